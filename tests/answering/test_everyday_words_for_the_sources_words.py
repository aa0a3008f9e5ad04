"""People ask in everyday words for what the written answers say in their own: "worked out"
for "calculated", "guaranteed" for "an entitlement". The fact in the answer's words is the
answer, not a neighbour that shares more of the question's other words."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how was warwickshire's high needs money worked out",
        "how do they work out warwickshire's high needs allocation",
    ],
)
def test_worked_out_is_calculated(shipped_index: FactIndex, question: str) -> None:
    # Not "Warwickshire is being allocated over £104 million", which says how much, not how.
    reply = assert_answered_with(
        shipped_index, question, "warwickshire-high-needs-increase-2025-26"
    )
    assert "national funding formula" in reply.text


def test_guaranteed_is_an_entitlement(shipped_index: FactIndex) -> None:
    # Not the fact that the framework has more SEND content.
    assert_answered_with(
        shipped_index,
        "what are new teachers guaranteed under the ittecf",
        "ittecf-minimum-entitlement-2025",
    )


def test_what_the_department_claims_is_what_it_says(single_source_index: FactIndex) -> None:
    # "claims" is an everyday word for "says": it names no topic the fact lacks.
    assert_answered_with(
        single_source_index,
        "the department claims what about how the plan is going?",
        "department-delivering-plan",
    )


def test_spaces_at_a_school_are_its_places(single_source_index: FactIndex) -> None:
    # "spaces" names no topic of its own: the schools' places, not a decline
    assert_answered_with(
        single_source_index,
        "how many spaces do the schools that opened provide",
        "special-school-places-created",
    )


@pytest.mark.parametrize(
    "question",
    [
        "who hands out most of the high needs money to schools and colleges",
        "who allocates the bulk of high needs money",
    ],
)
def test_handing_out_the_bulk_is_allocating_the_vast_majority(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "an unprecedented level of high needs funding", which says how much, not by whom.
    reply = assert_answered_with(shipped_index, question, "high-needs-funding-reaches-settings")
    assert "allocated by local authorities" in reply.text
