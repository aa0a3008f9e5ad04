"""A pound sign with no amount after it stands for the money asked about: "the £ behind PINS?"
asks how much, as "the money behind PINS?" does, and is answered with the fact giving the sum,
not one giving a count of the same thing. A pound sign before an amount is still read as the
amount ("is it £13m?"), and so is one named as a unit ("how many £", "£ and %")."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import fold_text
from tests.answering.expected_replies import assert_answered_with


def test_a_pound_sign_alone_is_read_as_money() -> None:
    assert fold_text("the £ behind PINS?").split() == ["the", "money", "behind", "pins?"]
    assert fold_text("is it £13m?").split() == ["is", "it", "pounds", "13", "million?"]
    # A unit named beside another, or counted, is still the unit: "how many £", "£ and %".
    assert "pounds" in fold_text("how many £ for it").split()
    assert "pounds" in fold_text("the rise, £ and %").split()


@pytest.mark.parametrize(
    "question",
    ["what's the £ for the extra EP training", "£ for the extra ed psych training?"],
)
def test_a_pound_sign_asks_for_the_sum_not_the_count(
    single_source_index: FactIndex, question: str
) -> None:
    # The £21 million, not the 400 psychologists it trains.
    assert_answered_with(single_source_index, question, "educational-psychologists-funding")
