"""'Is the last rise the one I heard of?': "the last" rise checked against a figure asks for the
newest rise, which the reply gives (the older one among its earlier figures); "last" telling
the asker's own story, or another noun, is not read as "latest"."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import asks_for_newest
from tests.answering.expected_replies import assert_answered_with

NEWEST_RISE = "high-needs-increase-continued-2026-27"


@pytest.mark.parametrize(
    "question",
    [
        "was the last high needs increase the 440 million one",
        "is the last increase to high needs the 440m rise?",
        "was the last boost to high needs funding that £440m one",
    ],
)
def test_last_rise_checked_gets_the_newest(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, NEWEST_RISE)


@pytest.mark.parametrize(
    ("text", "newest"),
    [
        ("was the last rise in high needs the 970m one", True),
        ("the last rise we heard about was 440m, how much is high needs", False),
        ("was the last answer on pins in 2024", False),  # an answer, not a rise
    ],
)
def test_last_rise_read_as_latest(text: str, newest: bool) -> None:
    assert asks_for_newest(text) is newest
