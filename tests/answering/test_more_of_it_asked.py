"""A question asking whether something has more of a thing ("does the new ITT framework have
more SEND content?") is answered by a close fact saying there is more of it ("significantly
more content related to adaptive teaching and SEND"), not by a sibling saying only that the
thing is there ("new and updated content on SEND"); a question asking no "more" keeps it."""

import pytest

from sendbot.answering.asked_more import more_asked_of, says_more_of
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import words
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "has the new teacher training framework got more SEND content in it?",
        "does the new framework for teacher training include more on adaptive teaching?",
        # the sibling of its own answer naming "new ... framework" in its quote is no rival:
        # it says no more of anything
        "does the new ITT framework have more SEND in it?",
    ],
)
def test_more_of_it_is_answered_by_the_fact_saying_more(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "ittecf-adaptive-teaching-send")
    assert "significantly more content" in reply.text


def test_whether_it_is_there_at_all_keeps_the_fact_saying_so(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "is there SEND content in the new teacher training framework?",
        "itt-ecf-send-content",
    )


def test_the_readings() -> None:
    assert more_asked_of(tuple(words("does it have more SEND content than before"))) == (
        "send",
        "content",
    )
    assert more_asked_of(tuple(words("is there actually more on adaptive teaching"))) == (
        "adaptive",
        "teaching",
    )
    # the size of a rise names no thing
    assert more_asked_of(tuple(words("is the high needs budget more than it was before"))) == ()
    assert more_asked_of(tuple(words("how much more is high needs now"))) == ()
    fold = lambda text: text.lower().split()  # noqa: E731
    assert says_more_of(
        "It contains significantly more content on SEND.", frozenset({"send"}), fold
    )
    assert not says_more_of("It includes new content on SEND.", frozenset({"send"}), fold)
