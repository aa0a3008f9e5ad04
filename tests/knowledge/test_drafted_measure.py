"""A drafted figure fact's measure key and period, as a moderator sees them in the draft: two
captured answers' drafts of one measure share a key and say which period each figure is for;
different measures get different keys; and a base of unedited drafts answers "what is the
latest X" with the newer figure and the earlier one with its date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import build_index
from sendbot.knowledge.drafted_measure import draft_measure
from sendbot.knowledge.drafts import draft_input
from sendbot.knowledge.figures import extract_figures
from sendbot.knowledge.review import Decision, DraftReview
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.draft_file import draft_base
from sendbot.storage.loader import load

PAGES = Path(__file__).resolve().parents[1] / "data" / "written-answers"
SHIPPED = BUNDLED_KNOWLEDGE / "sources"
TOTAL_2024 = PAGES / "written-answer-2023-09-26-high-needs-funding-2024-25.txt"
TOTAL_2025 = PAGES / "written-answer-2025-04-29-high-needs-1-billion-increase.txt"
IMPROVEMENT_PLAN = SHIPPED / "written-answer-2024-02-08-send-ap-improvement-plan.txt"
SPRING_BUDGET = PAGES / "written-answer-2024-03-22-special-free-schools-spring-budget.txt"
PLACES_DEMAND = PAGES / "written-answer-2026-01-27-special-school-places-demand.txt"
FUNDING_2023 = PAGES / "written-answer-2023-02-22-high-needs-funding-2023-24.txt"


def drafted(*pages: Path) -> list[dict[str, Any]]:
    """The facts of the pages' drafts, drafted one after another as into one directory."""
    ids: set[str] = set()
    questions: set[str] = set()
    facts: list[dict[str, Any]] = []
    for page in pages:
        drafts = draft_input(
            page.read_text(encoding="utf-8"),
            name=page.name,
            taken_ids=ids,
            taken_questions=questions,
        )
        for draft in drafts.drafts:
            facts.extend(draft.data["facts"])
            ids.update(fact["id"] for fact in draft.data["facts"])
    return facts


def giving(facts: list[dict[str, Any]], value: object) -> dict[str, Any]:
    """The drafted fact whose measured figure (its first that is not a date) is `value`."""
    for fact in facts:
        measured = [f for f in fact.get("figures", ()) if f["kind"] != "date"]
        if measured and measured[0]["value"] == value:
            return fact
    raise AssertionError(f"no drafted fact gives {value!r}")


def test_two_answers_totals_of_high_needs_funding_share_a_key_with_their_own_periods() -> None:
    facts = drafted(TOTAL_2024, TOTAL_2025)
    older, newer = giving(facts, 10_500_000_000), giving(facts, 12_000_000_000)
    assert (older["measure"], older["period"]) == ("high-need-funding", "2024/25")
    assert (newer["measure"], newer["period"]) == ("high-need-funding", "2025/26")
    # The £1 billion increase is another measure than the total it adds to.
    increase = giving(facts, 1_000_000_000)
    assert (increase["measure"], increase["period"]) == ("high-need-funding-increase", "2025/26")


def test_special_free_schools_approved_share_a_key_and_the_month_is_the_period() -> None:
    facts = drafted(IMPROVEMENT_PLAN, SPRING_BUDGET)
    approved_later, approved_march = giving(facts, 76), giving(facts, 33)
    assert approved_later["measure"] == approved_march["measure"] == "special-free-school-approved"
    assert "period" not in approved_later  # no period said: the figure holds on its date
    assert approved_march["period"] == "2023-03"  # "In March 2023, the department approved 33"
    # "confirmed plans for 15 additional special free schools": a decision's count, which
    # adds to the approvals, not their newest level.
    assert "measure" not in giving(drafted(SPRING_BUDGET), 15)


def test_this_academic_year_is_read_against_the_answers_date() -> None:
    opened = giving(drafted(IMPROVEMENT_PLAN), 15)
    assert (opened["measure"], opened["period"]) == ("special-school-opened", "2023/24")


def test_next_year_of_an_amount_is_the_next_financial_year_from_the_answers_date() -> None:
    # Answered 22 February 2023: "total high needs funding to £10.1 billion next year".
    total = giving(drafted(FUNDING_2023), 10_100_000_000)
    assert (total["measure"], total["period"]) == ("high-need-funding", "2023/24")


def test_a_baseline_year_is_never_the_period() -> None:
    # "Since May 2022, over 5,000 ... completed": a total to the answer's date, not May 2022.
    assert "period" not in giving(drafted(IMPROVEMENT_PLAN), 5000)


def test_a_figure_that_rose_from_one_level_to_another_is_measured_at_the_level_reached() -> None:
    # "Since 2015/16, the number of children in all types of special schools has increased
    # from 115,000 to 200,000 in 2024/25": 200,000 is the 2024/25 figure, 115,000 its baseline.
    fact = giving(drafted(PLACES_DEMAND), 200_000)
    assert (fact["measure"], fact["period"]) == ("children-type-special-school", "2024/25")
    reached, baseline = (f for f in fact["figures"] if f["kind"] == "count")
    assert reached["label"] == "number of children in all types of special schools"
    assert (baseline["value"], baseline["label"]) == (115_000, f"earlier {reached['label']}")
    assert "how many children in all types of special schools?" in fact["questions"]


def test_a_percentage_whose_sentence_names_nothing_gets_no_key() -> None:
    # "This is an increase of 10.6%": of what, the sentence does not say.
    assert "measure" not in giving(drafted(FUNDING_2023), 10.6)


def test_a_moderator_can_change_or_take_out_the_drafted_key_and_period() -> None:
    drafts = draft_input(TOTAL_2025.read_text(encoding="utf-8"), name=TOTAL_2025.name)
    review = DraftReview.of(drafts.drafts[0], TOTAL_2025.name, set())
    while review.current.get("measure") != "high-need-funding":
        review.decide(Decision.KEEP)
    position = review.position
    refused = review.edit("A statement.", ["q?"], measure="High Needs", period="2025")
    assert refused == "the measure 'High Needs' is not lowercase words joined by hyphens"
    refused = review.edit("A statement.", ["q?"], measure="high-needs-budget", period="25/26")
    assert refused is not None and refused.startswith("the period '25/26' is not one like")
    assert review.position == position  # nothing changed
    statement = review.current["statement"]
    assert review.edit(statement, ["how much?"], measure="high-needs-budget", period="") is None
    assert review.facts[position]["measure"] == "high-needs-budget"
    assert "period" not in review.facts[position]


def _drafted_base(tmp_path: Path, *pages: Path) -> Path:
    """The pages drafted and saved unedited into one base, as `sendbot kb build PAGE --out`
    does, with the shipped synonyms (as benchmarks/drafted.py builds its base)."""
    base = tmp_path / "drafts"
    assert draft_base(pages, base, BUNDLED_KNOWLEDGE / "synonyms.yaml") is None
    return base


def test_a_base_of_unedited_drafts_gives_the_newest_total_and_when_the_earlier_was_true(
    tmp_path: Path,
) -> None:
    index = build_index(load(_drafted_base(tmp_path, TOTAL_2024, TOTAL_2025)).kb)
    reply = answer(index, "what is the latest high needs funding?", today=dt.date(2025, 5, 1))
    assert reply.answered and reply.fact is not None, reply.text
    assert "£12 billion in the 2025/26 financial year" in reply.fact.quote
    assert 'Earlier: "over £10.5 billion in 2024/25" (David Johnston, 26 September 2023).' in (
        reply.text
    )


@pytest.mark.parametrize(
    ("one", "other", "key"),
    [
        (
            "Total high needs funding will reach £11 billion in 2024/25.",
            "The high needs budget stands at over £11 billion for 2024/25.",
            "high-need-funding",
        ),
        (
            "We are increasing high needs funding by £500 million in the 2024/25 financial year.",
            "High needs budgets will rise by £500 million this financial year.",
            "high-need-funding-increase",
        ),
        (
            "Since 2020, 300 educational psychologists have been trained.",
            "The department has trained 300 educational psychologists this academic year.",
            "education-psychologist-trained",
        ),
    ],
)
def test_one_measure_worded_two_ways_gets_one_key(one: str, other: str, key: str) -> None:
    answered = dt.date(2024, 5, 1)
    keys = {draft_measure(text, extract_figures(text), answered).measure for text in (one, other)}
    assert keys == {key}


def test_a_count_sharing_its_noun_with_the_next_figure_gets_no_key() -> None:
    # "opened 77 special and 50 alternative provision free schools": 77 special what? Its
    # key would be 'special-opened', which a later answer's "latest ... opened" would reach.
    text = "Our Free Schools programme has opened 77 special and 50 alternative provision schools."
    assert draft_measure(text, extract_figures(text), dt.date(2023, 6, 12)).measure is None


@pytest.mark.parametrize(
    "question",
    [
        "how much is total high needs funding for 2023/24?",
        "what was the high needs budget in 2023-24",
        "high needs funding 23/24?",
        "how much did high needs funding come to in 2023/24 overall",
        "hi, quick one - high needs total in 2023/24??",
    ],
)
def test_an_unedited_draft_answers_for_the_year_its_answer_calls_next_year(
    tmp_path: Path, question: str
) -> None:
    # Answered 22 February 2023: "will bring total high needs funding to £10.1 billion next
    # year". The draft's period is 2023/24, but no word of the answer says 2023/24: the
    # draft's question asking for that year's figure does. (It used to be declined, or
    # answered with the 2024/25 schools budget's rise on a base of every captured answer.)
    index = build_index(load(_drafted_base(tmp_path, FUNDING_2023, TOTAL_2024)).kb)
    reply = answer(index, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert "£10.1 billion next year" in reply.fact.quote


@pytest.mark.parametrize(
    "question",
    [
        "how much is total high needs funding for 2022/23?",  # only the year it compares with
        "how much is total high needs funding for 2026/27?",  # no answer gives it
    ],
)
def test_the_drafts_year_question_answers_no_other_year(tmp_path: Path, question: str) -> None:
    index = build_index(load(_drafted_base(tmp_path, FUNDING_2023, TOTAL_2024)).kb)
    reply = answer(index, question)
    assert not (reply.answered and reply.fact is not None and "£10.1" in reply.fact.quote)


def test_only_a_period_the_sentence_does_not_write_is_added_to_the_figures_label() -> None:
    total = giving(drafted(FUNDING_2023), 10_100_000_000)
    assert total["figures"][0]["label"].endswith("high needs funding to next year (2023/24)")
    # "over £10.5 billion in 2024/25": the sentence writes its year, which its words carry.
    written = giving(drafted(TOTAL_2024), 10_500_000_000)
    assert "(2024/25)" not in written["figures"][0]["label"]


def test_a_years_label_stops_where_a_comparison_with_another_year_starts() -> None:
    # "increase by £970 million in the 2023/24 financial year compared to 2022/23": 2023/24 is
    # the rise's own year, not one it compares with (a label saying "compared" made it one,
    # and "how much did high needs go up in 2023/24?" was told 2023/24 is only compared with).
    rise = giving(drafted(FUNDING_2023), 970_000_000)
    labels = {str(f["value"]): f["label"] for f in rise["figures"] if f["kind"] == "date"}
    assert "compared" not in labels["2023/24"]


@pytest.mark.parametrize(
    "question",
    [
        "how much did high needs go up in 2023/24",
        "by how much did high needs funding increase in 2023-24?",
        "what was the rise in high needs money for 23/24",
    ],
)
def test_an_unedited_draft_answers_for_the_year_of_its_rise(tmp_path: Path, question: str) -> None:
    index = build_index(load(_drafted_base(tmp_path, FUNDING_2023, TOTAL_2024)).kb)
    reply = answer(index, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert "£970 million" in reply.fact.quote
