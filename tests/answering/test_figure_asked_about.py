"""A question asking what a figure of the sources stands for ("what does the 76 refer to",
"whats the 23 figure") is answered with the fact giving that figure, when one thing's facts
give it; words after the figure ("the 5000 practitioners") pick between facts giving the same
number, and a question naming something besides the figure ("what does cp 800 mean") is read
as before."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.figure_named import figure_named
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        ("what does the 76 refer to", "special-free-schools-approved", "a further 76 special"),
        ("whats the 23 figure", "inspection-reports-published", "23"),
        ("ok and what about the 76 thing, what are those?", "special-free-schools-approved", "76"),
        ("100,000 professionals, whats that about", "autism-awareness-training", "100,000"),
        ("what does the 15 refer to", "special-schools-opened", "15 new special schools"),
        ("what does the 5000 practitioners refer to", "early-years-senco-training", "5000"),
    ],
)
def test_the_fact_giving_the_figure_named_answers(
    single_source_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert said in reply.text


def test_the_same_figure_in_the_shipped_base_is_its_measures_newest(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index, "what does the 10.5bn refer to", "high-needs-funding-2024-25"
    )
    assert "10.5 billion" in reply.text


def test_a_number_two_things_give_is_not_guessed(single_source_index: FactIndex) -> None:
    # 5,000 modules completed and 5000 practitioners registered: which is meant is not said.
    assert not answer(single_source_index, "what does the 5000 refer to").answered


@pytest.mark.parametrize(
    "question",
    ["what does cp 800 mean", "what are the 76 schools", "76 more?", "is the 76 for autism"],
)
def test_a_question_naming_more_than_the_figure_is_not_read_so(question: str) -> None:
    assert figure_named(question) is None
