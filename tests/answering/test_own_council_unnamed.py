"""A question about the asker's own council, which it does not name ("how much does my local
authority get?"), is not answered with the one council a written answer names: that council's
figure is related information, and the reply says it is for that council only. Asked how a
council of theirs fares, the reply speaks of areas and councils, not of "one person's case"."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what high needs allocation does my local authority receive for 2025/26?",
        "how much high needs funding is my local authority getting?",
    ],
)
def test_one_named_council_is_not_the_askers(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    if reply.outcome is Outcome.PARTIAL:
        assert reply.missing is not None
        assert "council" in reply.missing and "person" not in reply.missing


def test_warwickshires_figure_is_related_and_said_to_be_its_only(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how much high needs funding does my local authority receive?")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "Warwickshire only" in reply.missing
    assert "£104 million" in reply.text  # the related figure, shown as related


def test_the_askers_council_is_not_a_persons_case(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how much high needs cash does my council get each year")
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert "person" not in reply.text
    assert reply.missing is None or "council" in reply.missing


def test_the_council_named_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what is warwickshire council's high needs allocation?",
        "warwickshire-high-needs-2025-26",
    )


def test_the_region_told_is_the_askers_own(shipped_index: FactIndex) -> None:
    # the asker names the region in words of its own; the fact is that region's
    assert_answered_with(
        shipped_index,
        "im based in the east of england, which council heads up the change programme "
        "partnership for our region?",
        "change-programme-bedford-east-of-england",
    )
