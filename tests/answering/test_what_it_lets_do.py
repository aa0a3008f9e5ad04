"""Asked what something lets someone do, a fact saying what it makes possible ("means that the
department can now go further") answers, not the closer fact saying only what was announced."""

import pytest

from sendbot.answering.asked_enabled import asks_what_it_lets_do, says_what_it_lets_do
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what did the spring budget news on special free schools let the department do?",
        "special free schools: what does the spring budget announcement let dfe do now",
    ],
)
def test_what_the_announcement_makes_possible_answers(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "The Spring Budget confirmed plans for 15 additional special free schools."
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-more-applications-considered"
    )
    assert "go further" in reply.text


def test_the_readings() -> None:
    assert asks_what_it_lets_do("what will the new money allow councils to do?")
    assert asks_what_it_lets_do("what did the budget let the department do")
    assert not asks_what_it_lets_do("how much did the budget give?")
    assert not asks_what_it_lets_do("will they let parents choose a school?")
    assert says_what_it_lets_do("The announcement means that the department can now go further.")
    assert says_what_it_lets_do("The loop will allow the department to hear from families.")
    assert not says_what_it_lets_do("The budget confirmed plans for 15 new schools.")
