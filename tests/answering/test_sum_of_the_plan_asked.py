"""'How much money is behind the SEND plan?': the plan's funding, asked in chat. The sums of the
Change Programme, PINS and the EP training rank close (they share the money words) but are
sums of things the question does not name, so they no longer keep the plan's own sum from
being answered. A sum the source does not give stays unanswered: a council's share, a
per-pupil amount, the cost to a family, the plan's whole-life cost, another year's sum."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much money is behind the SEND plan",
        "whats the funding figure they quote for the plan",
        "roughly how much is the governmnet spending on the plan this year",
        "how much is the send and ap plan funded by",
        "parent carer forum rep here, doing a slide for our termly meeting. what headline "
        "budget number did the minister quote for 2024/25?",
    ],
)
def test_the_plans_sum_is_answered(single_source_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(single_source_index, question, "high-needs-funding-2024-25")
    assert "£10.5 billion" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much money is behind the change programme", "change-programme"),
        ("how much funding for EP training", "educational-psychologists-funding"),
        ("how much money for the supported internships pilot", "supported-internships-pilot"),
    ],
)
def test_a_named_programmes_sum_is_still_its_own(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "how much money does my council get from the send plan",
        "how much of the plan's funding goes to each pupil",
        "how much will the send plan cost my family",
        "what is the plan's funding for 2025/26",
        "how much is the total cost of the improvement plan over its whole life",
        "what's the lifetime cost of the send plan",
        "how much pins money does each school get",
        "how much money is behind the PINS helpline",
    ],
)
def test_a_sum_the_source_does_not_give_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert not reply.answered, reply.text


def test_a_future_sum_of_a_named_programme_is_not_answered(shipped_index: FactIndex) -> None:
    assert not answer(shipped_index, "how much money will PINS get after 2025").answered


@pytest.mark.parametrize(
    "question",
    [
        "what headline budget number did the minister quote",
        "headline funding number for the improvement plan?",
        "what headline amount is backing the plan",
    ],
)
def test_a_money_number_or_headline_amount_asks_a_sum(question: str) -> None:
    assert analyse(question).intent is Intent.AMOUNT
