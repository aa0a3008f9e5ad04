"""A yes/no question about how money is used ("can schools use the high needs top-up however
they want?") that the matcher declines is not answered with a budget's newest figure: the
total does not say whether. A request put as a question ("do you know how much ...?") still
gets the newest figure."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "can schools use the high needs top up however they want?",
        "do councils let schools decide how they use high needs money",
    ],
)
def test_a_yes_or_no_question_is_not_given_a_newest_total(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    # Was: "High needs funding in England will total over £12 billion ..." (or the core
    # schools budget for 2028/29) presented as the answer.
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert reply.fact is None or reply.fact.id not in {
        "high-needs-total-2025-26",
        "core-schools-budget-2028-29",
    }


@pytest.mark.parametrize(
    "question",
    [
        "do you know how much high needs funding there is now?",
        "what is the high needs budget?",
    ],
)
def test_a_request_for_the_figure_still_gets_the_newest(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
