"""Whether a promised thing has come, asked in chat with the "has" left out ("white paper out
yet?", "the evaluation - over yet or not?"), or asked whether plans were "set out" yet: read as
"has it come out", "has it ended", so a fact giving it only as to come is related information
with the promise's date, never the answer (promised_only). "Did the plan set out a timetable"
asks what it holds, and "when is it out" asks when, which the promise answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.promised_only import asked_event
from tests.answering.expected_replies import assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # Was: the White Paper "early in the new year" presented as the answer.
        ("schools white paper out yet?", r"whether it has been published since"),
        # Was: what the evaluation will help the department understand.
        ("the evaluation of the change programme - over yet or not?", r"doesn't say it has ended"),
        # Was: the intention to set out plans for reform "later this year".
        ("have they set out the SEND reforms yet?", r"whether they have been published since"),
        ("SEND reforms set out yet?", r"whether it has been published since"),
    ],
)
def test_a_promise_asked_as_done_without_has_is_not_the_answer(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    "question",
    [
        "did the improvement plan set out a timetable?",
        "what did they set out in the plan",
        "when is the white paper out?",
        "how many have signed up already?",
        "besides the ones opened already, any more approved?",
        "beyond what has opened already, is another one planned near us?",
    ],
)
def test_no_event_asked_by_now(question: str) -> None:
    assert asked_event(question) is None
