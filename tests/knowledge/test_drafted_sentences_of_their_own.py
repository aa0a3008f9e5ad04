"""A draft accepted without edits answers what each sentence of its answer says (issue 11).

What a moderator notices: a sentence without figures that names its own subject ("The number
of specialist placements overall is expected to continue to increase ...") is a fact of its
own, still quoted with the figure before it but no longer in that fact's statement; a sentence
standing for the one before ("This is published at: ...") stays with it; a percentage
restating an amount is asked for in the amount's year. Drafted from captured answers as
`kb build FILE --out DIR` drafts them, and asked through the pure core.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.knowledge.drafts import draft_input
from sendbot.knowledge.sentences import stands_alone
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.draft_file import draft_base
from sendbot.storage.loader import load

PAGES = Path(__file__).resolve().parents[1] / "data" / "written-answers"
PLACES_DEMAND = PAGES / "written-answer-2026-01-27-special-school-places-demand.txt"
CHANGE_PROGRAMME = PAGES / "written-answer-2023-12-11-change-programme-evaluation.txt"
PINS = PAGES / "written-answer-2025-08-12-pins-evaluation.txt"
TOTAL_2024 = PAGES / "written-answer-2023-09-26-high-needs-funding-2024-25.txt"


def _facts(page: Path) -> list[dict[str, Any]]:
    drafts = draft_input(page.read_text(encoding="utf-8"), name=page.name)
    return [fact for draft in drafts.drafts for fact in draft.data["facts"]]


def _base(tmp_path: Path, page: Path) -> FactIndex:
    directory = tmp_path / "knowledge"
    assert draft_base([page], directory, BUNDLED_KNOWLEDGE / "synonyms.yaml") is None
    return build_index(load(directory).kb)


def _quoting(facts: list[dict[str, Any]], piece: str) -> list[dict[str, Any]]:
    return [fact for fact in facts if piece in fact["quote"]]


def test_a_sentence_with_its_own_subject_is_a_fact_of_its_own() -> None:
    facts = _facts(PLACES_DEMAND)
    expected = "The number of specialist placements overall is expected to continue to increase"
    (children,) = _quoting(facts, "from 115,000 to 200,000")
    # Still quoted with the count before it, as context, but not in its statement.
    assert expected in children["quote"]
    assert expected not in children["statement"]
    (own,) = [fact for fact in facts if fact["quote"].startswith(expected)]
    assert own["statement"] == (
        "The number of specialist placements overall is expected to continue to increase "
        "based on current trends."
    )


def test_a_sentence_standing_for_the_one_before_stays_with_it() -> None:
    # "This is published at: <link>" says what "this" is only with the sentence before.
    facts = _facts(PLACES_DEMAND)
    assert not [fact for fact in facts if fact["quote"].startswith("This is published")]
    (survey,) = _quoting(facts, "school capacity survey asked")
    assert "This is published at" in survey["quote"]


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("The Change Programme is a vehicle for testing these proposals.", True),
        ("This evaluation will thoroughly explore the implementation and outcomes.", False),
        ("Feedback is received through the department's frequent meetings with REACh.", True),
        ("This is published at: https://www.gov.uk/government/statistics/x.", False),
        ("It will be published in due course by the department.", False),
        ("These are listed on GOV.UK for every local authority.", False),
        ("This is welcome.", False),
    ],
)
def test_what_stands_alone(sentence: str, alone: bool) -> None:
    assert stands_alone(sentence) is alone


@pytest.mark.parametrize(
    ("question", "piece"),
    [
        ("are specialist placements expected to keep increasing?", "expected to continue"),
        ("will specialist placements continue to increase", "expected to continue"),
        ("specialist placemnts expected to go on increasing?", "expected to continue"),
    ],
)
def test_a_sentence_of_its_own_answers_what_it_says(
    tmp_path: Path, question: str, piece: str
) -> None:
    reply = answer(_base(tmp_path, PLACES_DEMAND), question)
    assert reply.answered and reply.fact is not None, reply.text
    assert piece in reply.fact.quote


def test_the_change_programme_as_a_vehicle_is_its_own_fact() -> None:
    facts = _facts(CHANGE_PROGRAMME)
    (vehicle,) = [f for f in facts if f["quote"].startswith("The Change Programme is a vehicle")]
    assert vehicle["statement"] == "The Change Programme is a vehicle for testing these proposals."
    (plan,) = _quoting(facts, "In March 2023")
    assert plan["quote"].endswith("The Change Programme is a vehicle for testing these proposals.")
    assert "vehicle" not in plan["statement"]


def test_an_elaboration_after_a_sentence_of_its_own_stays_with_the_claim_before_both() -> None:
    # "An independent evaluation of ... (PINS) programme is underway. Further information on
    # this evaluation is available on Contracts Finder here: <link>. This evaluation will
    # thoroughly explore ...": the link's digits are no figures, and "This evaluation" is the
    # one underway: quoted with it, not a fact of its own that a question about PINS finds.
    facts = _facts(PINS)
    (underway,) = [f for f in facts if f["quote"].startswith("An independent evaluation")]
    assert "This evaluation will thoroughly explore" in underway["quote"]
    assert underway["statement"].endswith("programme is underway.")
    assert not [f for f in facts if f["quote"].startswith("This evaluation")]


def test_a_date_opening_its_sentence_dates_the_clause_after_it() -> None:
    # "For the first time in 2023, the school capacity survey asked ...": no verb before it.
    (survey,) = _quoting(_facts(PLACES_DEMAND), "school capacity survey asked")
    date = next(figure for figure in survey["figures"] if figure["kind"] == "date")
    assert date["label"].startswith("school capacity survey asked")


def test_a_percentage_restating_an_amount_is_asked_in_the_amount_year() -> None:
    # "... increasing by a further £440 million, or 4.3%, in 2024/25 ...": asked with no
    # year, it took every question about any percentage rise in high needs funding.
    (rise,) = _quoting(_facts(TOTAL_2024), "or 4.3%")
    assert "what percentage is the increase in high needs funding in 2024/25?" in rise["questions"]
    assert "what percentage increase in high needs funding?" not in rise["questions"]
    assert "when total?" not in rise["questions"]  # the year of "the total 2024/25 budget"


def test_an_elaborating_sentence_is_said_in_the_statement_of_the_claim_it_follows() -> None:
    # "... will bring total high needs funding to £10.1 billion next year. This extra funding
    # will help local authorities and schools with ... autism.": "This" stands for the sum
    # before; the statement says it (a question about autism costs finds the fact it is of).
    page = PAGES / "written-answer-2023-02-22-high-needs-funding-2023-24.txt"
    (total,) = _quoting(_facts(page), "£10.1 billion next year")
    assert "This extra funding will help" in total["statement"]
