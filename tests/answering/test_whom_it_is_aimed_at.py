"""'Who is it aimed at?' is read as what something is for (the why intent), but it asks whom
it serves: a fact whose quote says whom it reaches ("for 16 to 24 year olds with minimal work
experience") gives that, though it states no purpose. Before, such a fact was counted as not
answering a "why" question, ranked below unrelated facts that state a purpose, and the
question was declined or got a partial reply saying the answer does not say what it is for."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "who exactly are traineeships aimed at?",
        "traineeships - who are they intended for?",
        "my nephew is 20 and left college, who is the traineeship route aimed at",
    ],
)
def test_whom_traineeships_are_aimed_at_is_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "traineeships-without-ehc-plan")


def test_a_sibling_whose_questions_ask_who_may_apply_does_not_say_whom_it_serves(
    shipped_index: FactIndex,
) -> None:
    # Only the quote's own words count: a fact some of whose questions ask whether councils
    # may apply does not say whom the new schools are for.
    assert_answered_with(
        shipped_index,
        "who are the new special free schools aimed at?",
        "special-free-schools-approved",
    )
