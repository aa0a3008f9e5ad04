"""A draft accepted without edits answers questions about its answer's main figures (issue 11).

What a moderator notices: a figure that rose "from X to Y" is the fact's figure at Y, named by
the sentence's subject; a sentence stating two measures becomes two facts; an amount is named
by what it is of. Each asked of a base drafted from that one answer, as `kb build FILE --out
DIR` makes it (with the shipped synonyms), through the pure core.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.knowledge.drafts import draft_input
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.draft_file import draft_base
from sendbot.storage.loader import load

PAGES = Path(__file__).resolve().parents[1] / "data" / "written-answers"
PLACES_DEMAND = PAGES / "written-answer-2026-01-27-special-school-places-demand.txt"
TOTAL_2024 = PAGES / "written-answer-2023-09-26-high-needs-funding-2024-25.txt"
SPRING_BUDGET = PAGES / "written-answer-2024-03-22-special-free-schools-spring-budget.txt"

# An answer of my own wording: levels reached, stated by a "number of ..." subject.
TRENDS = """Special Educational Needs: Trends

(asked on 24th February 2025) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, what recent trends there have been in the number
of pupils with special educational needs.


Answered by
Catherine McKinnell Portrait
Catherine McKinnell
Minister of State (Education)
This question was answered on 10th March 2025

The number of education, health and care plans has risen from 354,000 to 434,000 in 2024.

Spending on home to school transport for children with SEND increased from £1.2 billion to \
£1.6 billion in 2023/24.

The number of supported internships taken up reached 4,000 in 2023/24, an increase of 8% on \
the previous year.
"""


def _facts(text: str, name: str) -> list[dict[str, Any]]:
    drafts = draft_input(text, name=name)
    return [fact for draft in drafts.drafts for fact in draft.data["facts"]]


def _quoting(facts: list[dict[str, Any]], piece: str) -> list[dict[str, Any]]:
    return [fact for fact in facts if piece in fact["quote"]]


def _measured(fact: dict[str, Any]) -> dict[str, Any]:
    return next(figure for figure in fact["figures"] if figure["kind"] != "date")


def _base(tmp_path: Path, page: Path) -> FactIndex:
    directory = tmp_path / "knowledge"
    assert draft_base([page], directory, BUNDLED_KNOWLEDGE / "synonyms.yaml") is None
    return build_index(load(directory).kb)


@pytest.mark.parametrize(
    "question",
    [
        "how many children are in special schools now?",
        "how many childen in specal schools",
        "has the number of children in special schools gone up?",
        "how many children were in special schools in 2015/16",
    ],
)
def test_a_count_that_rose_from_one_level_to_another_answers_how_many(
    tmp_path: Path, question: str
) -> None:
    # "Since 2015/16, the number of children in all types of special schools has increased
    # from 115,000 to 200,000 in 2024/25": declined before, its only count label "number".
    reply = answer(_base(tmp_path, PLACES_DEMAND), question)
    assert reply.answered and reply.fact is not None, reply.text
    assert "from 115,000 to 200,000" in reply.fact.quote


@pytest.mark.parametrize(
    "question",
    ["how many special schools are there?", "how many children are in mainstream schools?"],
)
def test_another_count_is_not_given_that_figure(tmp_path: Path, question: str) -> None:
    reply = answer(_base(tmp_path, PLACES_DEMAND), question)
    assert not (reply.answered and reply.fact is not None and "200,000" in reply.fact.quote)


def test_levels_reached_are_measured_at_the_level_and_named_by_their_subject() -> None:
    facts = _facts(TRENDS, "written-answer-2025-03-10-send-trends.txt")
    plans = _quoting(facts, "care plans has risen")[0]
    assert (_measured(plans)["value"], plans["period"]) == (434_000, "2024")
    assert "how many education, health and care plans?" in plans["questions"]
    transport = _quoting(facts, "home to school transport")[0]
    assert (_measured(transport)["value"], transport["period"]) == (1_600_000_000, "2023/24")
    internships = _quoting(facts, "reached 4,000")[0]
    assert _measured(internships)["label"] == "number of supported internships taken up"
    # Three subjects, three measures: none reads as the newest figure of another.
    keys = [fact.get("measure") for fact in (plans, transport, internships)]
    assert None not in keys and len(set(keys)) == 3


def test_a_sentence_stating_two_measures_is_two_facts() -> None:
    facts = _facts(TOTAL_2024.read_text(encoding="utf-8"), TOTAL_2024.name)
    # "Within the total 2024/25 budget for schools of £59.6 billion, high needs funding will
    # be increasing by a further £440 million, or 4.3%, ...": one fact quoting the whole
    # sentence, measured at the rise, its percentage labelled as the rise's; the opening
    # phrase is no fact of its own (it states nothing alone) but the fact's second figure.
    (rise,) = _quoting(facts, "£59.6 billion")
    assert rise["quote"].endswith("compared to this financial year.")
    assert _measured(rise)["value"] == 440_000_000
    assert 59_600_000_000 in [figure["value"] for figure in rise["figures"]]
    assert (rise["measure"], rise["period"]) == ("high-need-funding-increase", "2024/25")
    percent = next(figure for figure in rise["figures"] if figure["kind"] == "percent")
    assert percent["label"] == "percentage increase in high needs funding"
    # "... to over £10.5 billion in 2024/25, an increase of over 60% from the 2019/20
    # allocations": the total keeps its key; the rise since 2019/20 is another fact, unkeyed.
    total = next(f for f in facts if f["quote"].endswith("over £10.5 billion in 2024/25"))
    assert total["measure"] == "high-need-funding"
    since = next(f for f in facts if f.get("figures") and _measured(f)["value"] == 60)
    assert "measure" not in since


# An answer of my own wording: sentences opened by a phrase with a figure and no verb.
OPENING_PHRASES = """Special Educational Needs: Funding

(asked on 2nd June 2025) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, what funding is available for pupils with SEND.


Answered by
Catherine McKinnell Portrait
Catherine McKinnell
This question was answered on 16th June 2025

Within a total early years budget of £8 billion in 2024/25, funding for SEN inclusion will \
rise by £30 million.

Alongside £2.6 billion of capital funding for new places, the department has opened 20 \
special free schools this year.

As part of the £1 billion increase in 2025/26, Kent County Council is being allocated £45 \
million.
"""


def test_an_opening_phrase_with_no_verb_is_no_fact_of_its_own() -> None:
    facts = _facts(OPENING_PHRASES, "written-answer-2025-06-16-send-funding.txt")
    # Every fact quotes a whole sentence: none is "Within a total early years budget of ...".
    assert all(fact["quote"].endswith(".") for fact in facts if "document" not in fact["tags"])
    measured = [
        _measured(fact)["value"]
        for fact in facts
        if "document" not in fact["tags"] and fact.get("figures")
    ]
    assert measured == [30_000_000, 20, 45_000_000]


@pytest.mark.parametrize(
    ("question", "piece"),
    [
        ("what is the total early years budget for 2024/25?", "£8 billion"),
        ("early years budget 24/25 total", "£8 billion"),
        ("how much will SEN inclusion funding rise by?", "£30 million"),
        ("how much more for sen inclusion in early years", "£30 million"),
        ("how much capital funding is there for new places?", "£2.6 billion"),
        ("how many new special free schools have opened", "20 special free schools"),
        ("what is the increase in 2025/26", "£1 billion"),
        ("kent county council allocation", "£45 million"),
    ],
)
def test_both_figures_of_a_sentence_with_an_opening_phrase_are_answered(
    tmp_path: Path, question: str, piece: str
) -> None:
    page = tmp_path / "written-answer-2025-06-16-send-funding.txt"
    page.write_text(OPENING_PHRASES, encoding="utf-8")
    reply = answer(_base(tmp_path, page), question, today=dt.date(2025, 7, 1))
    assert reply.answered and reply.fact is not None, reply.text
    assert piece in reply.fact.quote


@pytest.mark.parametrize(
    "question",
    [
        "how much is the high needs budget?",
        "how many alternative provision schools opened?",
        "how much is surrey getting?",
        "how much did kent get in 2023/24?",
    ],
)
def test_what_those_sentences_do_not_say_is_not_answered_from_them(
    tmp_path: Path, question: str
) -> None:
    page = tmp_path / "written-answer-2025-06-16-send-funding.txt"
    page.write_text(OPENING_PHRASES, encoding="utf-8")
    reply = answer(_base(tmp_path, page), question, today=dt.date(2025, 7, 1))
    assert not reply.answered, reply.text


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        # A date that opens a sentence is the clause's date, not a figure of its own.
        (SPRING_BUDGET, "In March 2023, the department approved 33 new special free schools."),
    ],
)
def test_an_opening_date_does_not_split_its_sentence(page: Path, sentence: str) -> None:
    facts = _facts(page.read_text(encoding="utf-8"), page.name)
    assert [fact["quote"] for fact in _quoting(facts, "approved 33")] == [sentence]


@pytest.mark.parametrize(
    ("question", "piece"),
    [
        ("what % rise is high needs getting in 2024-25", "4.3%"),
        ("high needs increase 24/25 in percent", "4.3%"),
        ("how much is the total schools budget for 2024/25", "£59.6 billion"),
    ],
)
def test_each_measure_of_a_split_sentence_answers_its_own_question(
    tmp_path: Path, question: str, piece: str
) -> None:
    reply = answer(_base(tmp_path, TOTAL_2024), question, today=dt.date(2023, 10, 1))
    assert reply.answered and reply.fact is not None, reply.text
    assert piece in reply.fact.quote


def test_a_sentence_of_function_words_after_its_verb_is_named_by_its_subject() -> None:
    """The sentence "An announcement on the location of these schools will be made by May 2024":
    nothing after "will" says what it is about, so its id comes from the subject, never "fact"."""
    facts = _facts(SPRING_BUDGET.read_text(encoding="utf-8"), SPRING_BUDGET.name)
    (announcement,) = _quoting(facts, "An announcement on the location")
    assert announcement["id"] == "announcement-location-schools"
    assert "fact" not in {fact["id"] for fact in facts}
