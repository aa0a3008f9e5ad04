"""'What is X meant to do exactly?' asks what X is for, a purpose, not for X to be explained:
"exactly" at the end does not make "X meant to help schools do" a thing the source only
mentions."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.only_mentioned import asks_what_it_is_or_does
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what is pins supposed to help primary schools do exactly",
        "what is the pins programme meant to help schools achieve exactly",
    ],
)
def test_what_it_is_meant_to_do_is_its_purpose(
    single_source_index: FactIndex, question: str
) -> None:
    assert not asks_what_it_is_or_does(analyse(question))
    reply = assert_answered_with(single_source_index, question, "pins-primary-schools")
    assert "neurodiverse children" in reply.text


def test_what_a_thing_is_in_practice_still_asks_it_explained() -> None:
    assert asks_what_it_is_or_does(analyse("what is a universal training offer in practice"))
