"""'The latest on X', answered with an older written answer's fact while a newer answer's fact
on X ranks close to it (it words X otherwise: "ITTECF" for "the ITT and ECF"): which one is the
latest word is in doubt, so neither is presented as the answer, and both are offered, the newer
first."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what is the latest on the ITT and ECF send content?",
        "most recent news on send content in the itt/ecf",
    ],
)
def test_an_older_answer_is_not_given_as_the_latest_word(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text
    offered = [suggestion.fact_id for suggestion in reply.suggestions]
    assert offered[:2] == ["ittecf-minimum-entitlement-2025", "itt-ecf-send-content"]


def test_the_newest_answers_fact_on_the_topic_still_answers(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "latest on send in teacher training", "ittecf-minimum-entitlement-2025"
    )


def test_a_question_not_asking_the_latest_keeps_its_answer(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what did the january 2024 itt and ecf announcement say about send content?",
        "itt-ecf-send-content",
    )
