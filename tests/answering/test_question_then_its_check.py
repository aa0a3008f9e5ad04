"""A question followed by a check of its answer ("who is the change programme working with?
is it only councils?"): the check's words must not draw the reply to a fact that names them
(one council of the programme); the question read alone answers, and the reply says so. A
check naming a figure ("is it 10.5bn?") is still read with the question, which checks it."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_the_question_alone_answers_when_the_check_draws_the_whole_astray(
    shipped_index: FactIndex,
) -> None:
    # read whole: "... including Bedford, the lead local authority for the East of England"
    reply = assert_answered_with(
        shipped_index,
        "who is the change programme working with? is it only councils?",
        "change-programme-partners",
    )
    assert "integrated care boards" in reply.text
    assert "is read as your question: what follows only checks its answer" in reply.text


def test_a_check_of_a_figure_is_read_with_its_question(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what is the high needs budget for 2024/25? is it 10.5bn?")
    assert reply.outcome is Outcome.ANSWERED
    assert "what follows only checks its answer" not in reply.text
