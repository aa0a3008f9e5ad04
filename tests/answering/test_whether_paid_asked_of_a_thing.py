"""Whether those doing a thing are paid, asked of the thing ("is a supported internship paid or
unpaid?"), asks pay, as "do interns get paid?" does: a fact saying internships lead to "paid
employment" is related information, not the answer. Whether money is paid to someone is no
pay asked."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        # Was: the grants to improve "the transition into sustained, paid employment".
        "is a supported internship paid or unpaid?",
        "are the supported internship placements paid?",
    ],
)
def test_whether_a_thing_is_paid_is_not_answered_by_paid_jobs_after_it(
    shipped_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is Intent.PAY
    assert_not_answered(shipped_index, question, r"what anyone is paid")


def test_money_paid_to_someone_is_no_pay_asked() -> None:
    assert analyse("is the grant paid to councils?").intent is not Intent.PAY
