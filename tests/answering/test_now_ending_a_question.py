""" "Now" ending a question that asks when, how many or who asks for the newest, on the shipped
base: "when are the reforms coming now?" is answered from the newest written answer on them,
not the older one whose words match it best. "What's X now" keeps its "now": "what's X" alone
reads as asking what X is; nor "working in schools now", which asks how many so far."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import without_latest
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("when are the reforms coming now?", "when are the reforms coming?"),
        ("how many are being trained now", "how many are being trained"),
        ("who answers these now? no one knows", "who answers these? no one knows"),
        ("whats high needs funding now", "whats high needs funding now"),
        ("how are things now going", "how are things now going"),
        # in post now: how many so far, which "now" says
        ("how many are working in schools now", "how many are working in schools now"),
    ],
)
def test_now_at_the_end_asks_for_the_newest(text: str, expected: str) -> None:
    assert without_latest(text) == expected


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when are the SEND reforms being published now?", "schools-white-paper-early-new-year"),
        ("when is the send reform coming now", "schools-white-paper-early-new-year"),
        (
            "how many more special free schools are being planned now?",
            "spring-budget-2024-special-free-schools",
        ),
        ("who answers the SEND written questions now?", "top-slicing-2026-02-26-answered-by"),
    ],
)
def test_the_newest_answer_on_it(shipped_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(shipped_index, question, fact_id)
