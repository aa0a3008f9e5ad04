""" "Who is the delivery partner for the Change Programme?" asks who fills a role, not whom
something serves: it is answered with the partner the source names. "Who is the £1bn for?",
with "for" ending the question, still asks whom the money serves."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from sendbot.answering.reply import Outcome


def test_a_role_for_a_programme_is_answered_with_whoever_fills_it(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "so who is the delivery partner for the Change Programme?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert "REACh" in reply.text


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("who is the delivery partner for the change programme", Intent.PERSON),
        ("who is the secretary of state for education?", Intent.PERSON),
        ("who is the £1bn for?", Intent.REASON),
        ("who is the extra high needs funding for", Intent.REASON),
    ],
)
def test_only_a_for_that_ends_the_question_asks_whom_it_serves(
    question: str, intent: Intent
) -> None:
    assert analyse(question).intent is intent
