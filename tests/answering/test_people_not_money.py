"""Asked about the people a sum trains, with no money named, the count of the sum's sentence
answers ("400 more education psychologists"), not the £21 million; asked about the money, the
sum answers. A count asked by the places funded is the count's too."""

import pytest

from sendbot.answering.match import FactIndex
from tests.answering.expected_replies import assert_answered_with

TRAINEES = "educational-psychologists-trainees"
FUNDING = "educational-psychologists-funding"


@pytest.mark.parametrize(
    "question",
    [
        "will there be more ed psychs trained",
        "is the government training more ed psychs",
        "more educational psychologists being trained from 2024?",
        # the places the money pays for are counted
        "trainee EP places funded?",
    ],
)
def test_the_people_trained_are_the_count(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, TRAINEES)


@pytest.mark.parametrize(
    "question",
    [
        "is there money to train more ed psychs?",
        "what is the ep training funding for?",
        "how much is going on training more educational psychologists",
        "what has the department provided to train extra EPs",
        # a sum told is checked: the money's own fact
        "is it 21m to train more EPs?",
        # a message read without its "how much funding" still asks the money
        "how much funding is there to train more ed psychs, the thing announced last year?",
    ],
)
def test_money_named_is_the_sum(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, FUNDING)
