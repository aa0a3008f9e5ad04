"""A word of emphasis between the letters and what is asked of them ("what do SEND and AP
actually stand for", "what does AP really mean") and letters named as letters ("what does the
letter AP mean", "what do those letters even stand for") still ask what the letters stand for:
the source's own spelling out answers them. A question naming no letters asks nothing of any."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.expansions import acronyms_asked, letters_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with

KNOWN = frozenset({"send", "ap", "pins"})


@pytest.mark.parametrize(
    ("message", "letters"),
    [
        ("what do SEND and AP actually stand for", ("send", "ap")),
        ("AP really stands for what?", ("ap",)),
    ],
)
def test_stressed_letters_are_read(message: str, letters: tuple[str, ...]) -> None:
    question = analyse(message)
    assert acronyms_asked(question.text, "", question.written, KNOWN) == letters


@pytest.mark.parametrize(
    ("message", "letters"),
    [
        ("what does the letter AP mean", ("ap",)),
        ("what does PINS really mean", ("pins",)),
        ("we keep hearing SEND and AP, what do those letters even stand for", ("send", "ap")),
    ],
)
def test_letters_named_as_letters_are_read(message: str, letters: tuple[str, ...]) -> None:
    question = analyse(message)
    assert letters_asked(question.text, question.written, KNOWN) == letters


@pytest.mark.parametrize(
    "message",
    [
        "what do SEND and AP really stand for",
        "what does the letter AP mean",
        "my head keeps saying SEND at meetings, what do the letters really mean?",
    ],
)
def test_the_spelling_out_answers(single_source_index: FactIndex, message: str) -> None:
    assert_answered_with(single_source_index, message, "document-question")


def test_no_letters_named_asks_for_none(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "what do those letters actually stand for?")
    assert reply.outcome is Outcome.DECLINED
