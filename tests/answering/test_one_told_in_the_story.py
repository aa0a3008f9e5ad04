"""One of a thing told in the asker's story ("there is one EP for the whole district") is not an
amount asked for one of it: the total answers, as it does the question without the story. One
asked for ("what does it cost to train one EP?", "how much per EP?") still is not answered by a
total. On the one-source base."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "how much is the EP funding? there is one EP for the whole district where we live",
        "how much for training EPs? we have one EP for the whole borough",
        "the EP training money, how much? our county has about one EP for every district",
    ],
)
def test_one_of_a_thing_told_in_the_story_is_not_asked(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "educational-psychologists-funding")


@pytest.mark.parametrize(
    "question",
    [
        "what does it cost to train one EP?",
        "how much per EP? we only have one EP for the whole county",
    ],
)
def test_an_amount_asked_for_one_is_still_not_answered_by_a_total(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "not an amount for each")
