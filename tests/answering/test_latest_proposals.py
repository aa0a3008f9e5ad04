"""Asked for the newest on reform proposals, the reply is the newest word on the reform plans
(November 2025: a Schools White Paper early in the new year), not the one older answer whose
quote happens to say "policy proposals" (December 2023: the Change Programme tests them).
Asked what proposals the Change Programme tests, with no newest asked for, that answer stays."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "any news on the SEND reform proposals?",
        "latest on the proposals to reform SEND",
        "when are the reform proposals due? newest word please",
        "what's the most recent on the government's send reform proposal",
    ],
)
def test_newest_on_reform_proposals_is_the_newest_plan(
    shipped_index: FactIndex, question: str
) -> None:
    # Was the December 2023 Change Programme answer, or declined.
    reply = assert_answered_with(shipped_index, question, "schools-white-paper-early-new-year")
    assert "21 November 2025" in reply.text


def test_proposals_the_change_programme_tests_keep_their_answer(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "which proposals does the change programme test",
        "change-programme-tests-improvement-plan",
    )
