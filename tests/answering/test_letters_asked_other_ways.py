"""Letters asked about in other words than "stand for": "what does AP mean in all this", "the
meaning of SEND and AP", "whats the AP in SEND and AP", "SEND and AP = ? full words pls", "no
clue what the letters mean, can you spell them out?". The source's own spelling out answers
them; a question about what a named thing means for someone does not ask for letters."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.expansions import letters_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse

KNOWN = frozenset({"send", "ap", "pins"})


def asked(message: str) -> tuple[str, ...]:
    question = analyse(message)
    return letters_asked(question.text, question.written, KNOWN)


@pytest.mark.parametrize(
    ("message", "letters"),
    [
        ("sorry newbie here, what does AP mean in all this?", ("ap",)),
        ("what is meaning of SEND and AP? english not my first language", ("send", "ap")),
        ("whats the AP in SEND and AP?", ("ap",)),
        ("`SEND` and `AP` = ? full words pls", ("send", "ap")),
        (
            "my mum keeps seeing SEND and AP in the news and has no clue what the letters "
            "mean, can you spell them out?",
            ("send", "ap"),
        ),
    ],
)
def test_the_letters_asked_about_are_read(message: str, letters: tuple[str, ...]) -> None:
    assert asked(message) == letters


@pytest.mark.parametrize(
    "message",
    [
        "what does the AP taskforce mean for my child",  # a named thing, not its letters
        "full list of the SEND schools in full pls",  # "in full" asks for no letters
        "what's the AP in the plan",  # "in" names no letters
        "whats the ap in send and ap",  # written as words, not as letters
        "can you spell out how the funding works",
    ],
)
def test_no_letters_are_asked_about(message: str) -> None:
    assert asked(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "sorry newbie here, what does AP mean in all this?",
        "what is meaning of SEND and AP? english not my first language sorry",
        "`SEND` and `AP` = ? full words pls",
        "sorry new here, whats the AP in SEND and AP? my daughters school keeps saying it and "
        "i'm too embarrassed to ask",
    ],
)
def test_the_source_spelling_them_out_answers(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "document-question"
