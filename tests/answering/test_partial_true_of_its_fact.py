"""A partial reply's sentence says something true of the fact it shows: not "doesn't explain
what X's rise is" above X's rise, not "as of its date, not for 2025" of a figure across 2024
and 2025, not "figures for England" of a question whether a council takes part."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.place_takes_part import asks_if_place_takes_part


@pytest.mark.parametrize(
    "question",
    ["whats warwickshires increase", "what is Warwickshire's rise?"],
)
def test_a_named_figure_asked_with_what_is_is_answered_by_that_figure(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "warwickshire-high-needs-increase-2025-26"


def test_a_figure_reached_by_the_last_year_it_names_is_answered(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how many educational psychologists are being trained by 2025?")
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "educational-psychologists-trainees"


def test_one_of_the_years_a_figure_spans_is_said_to_be_part_of_them(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how many EPs get trained in 2025")
    assert reply.outcome.value == "partial"
    assert reply.missing == (
        "The written answer gives one figure for 2024 and 2025 together, not one for 2025 alone."
    )


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("is Leeds part of the change programme", "Leeds"),
        ("does Cornwall take part in the change programme?", "Cornwall"),
    ],
)
def test_whether_a_council_takes_part_is_what_is_said_missing(
    shipped_index: FactIndex, question: str, place: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome.value == "partial"
    assert reply.missing == f"The written answer doesn't say whether {place} takes part."


def test_a_count_within_a_place_is_not_read_as_asking_whether_it_takes_part() -> None:
    assert (
        asks_if_place_takes_part("how many councils in devon are in the programme", ["Devon"])
        is None
    )
    assert asks_if_place_takes_part("is devon one of the areas in it", ["Devon"]) == "Devon"
