"""A search kept for the last few texts finds what the pattern's own search finds."""

from __future__ import annotations

import re

from sendbot.answering.asked_once import searched_once
from sendbot.answering.question import analyse
from sendbot.answering.unsaid_kinds import office_held_then

_COST = re.compile(r"\bhow much (?:\w+ ){0,3}?(cost|costs)\b")


def test_a_kept_search_finds_the_same_match() -> None:
    search = searched_once(_COST)
    for text in ("how much does the evaluation cost", "what is pins", "how much will it cost"):
        found, expected = search(text), _COST.search(text)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )
        assert search(text) is found  # the second time, the match kept


def test_a_rule_reading_the_question_once_reads_each_question_afresh() -> None:
    # office_held_then searches the question once for all its candidate facts: a question
    # read after it must still be read for itself, not given the first one's answer.
    asked = analyse("who was education secretary when the £1bn answer came out")
    other = analyse("how much is high needs funding")
    fact = type("Profile", (), {"text": "an extra £1 billion for high needs"})()
    assert office_held_then(asked, fact) is not None  # type: ignore[arg-type]
    assert office_held_then(other, fact) is None  # type: ignore[arg-type]
    assert office_held_then(asked, fact) is not None  # type: ignore[arg-type]
