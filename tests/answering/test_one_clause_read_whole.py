"""A message of one clause has no story before its question: `unbroken` says so without
reading each sentence and clause for whether it asks, and the full reading agrees (it gives
the message whole), so the question is not read again alone."""

import pytest

from sendbot.answering.long_message import last_clause, last_question, unbroken

CONTEXT = 100

ONE_CLAUSE = [
    "how many new special schools have opened",
    "can my 19 year old with an ehc plan do a supported internship",
    "is high needs funding more than 60% higher than in 2019?",
    "will high needs funding top £10.5bn in 2024-25 after the increase",
    "pathway to apprenticeships for 16 to 24 year olds",
    "the 2023 figure for ep training places",
]

STORIED = [
    # a sentence, then the question
    "my son waits for a place. how many new special schools have opened?",
    # one sentence, its clauses broken by a comma, a dash or an asking word
    "my son waits for a place in kent, have they opened any?",
    "we are stuck - how many new special schools opened",
    "our school is full what is the high needs budget",
]


@pytest.mark.parametrize("message", ONE_CLAUSE)
def test_one_clause_is_read_whole_either_way(message: str) -> None:
    assert unbroken(message)
    assert last_question(message, CONTEXT) == message
    assert (last_clause(message, CONTEXT) or message) == message


@pytest.mark.parametrize("message", STORIED)
def test_a_message_with_a_break_is_read_in_parts(message: str) -> None:
    assert not unbroken(message)
