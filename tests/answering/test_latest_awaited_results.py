"""On the shipped base: asked for the newest on a programme's results or findings ("the most
recent news about the PINS findings", "newest update on PINS, are there any results"), the
news is the newest answer's word on when they come (interim findings expected in autumn 2025),
not a decline for want of the results themselves. Asked what the results said, with or without
words asking for the newest, the reply still says the sources do not give them."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "what's the most recent news about the PINS findings",
        "newest update on the PINS programme please, the head asked if there are any results",
    ],
)
def test_newest_on_awaited_results_is_when_they_come(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "pins-interim-findings-autumn-2025")


@pytest.mark.parametrize(
    "question",
    [
        "what did the PINS interim findings conclude?",
        "what did the PINS interim findings conclude? latest?",
    ],
)
def test_what_the_results_said_is_still_not_given(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "results or findings")
