""" "What does X stand for?" asked other ways round is answered from the quote that spells X
out: "AP stands for?", "PINS is short for what?", "what do SEND and AP stand for?", "everyone
says PINS, what does it stand for?", "what does AP stand for (or mean) in this?". Letters no quote
spells out, and a pronoun the message gives no acronym for, are still not answered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.expansions import acronyms_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.reply import Outcome


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("AP stands for?", "Alternative Provision (AP)"),
        ("what does AP stand for in this?", "Alternative Provision (AP)"),
        ("what does AP mean in this?", "Alternative Provision (AP)"),
        ("sorry, new to this, what does send and ap mean in this?", "Alternative Provision (AP)"),
        ("what do SEND and AP stand for?", "Alternative Provision (AP)"),
        ("my nephew's school says AP a lot, what does it stand for?", "Alternative Provision (AP)"),
    ],
)
def test_the_letters_asked_are_spelt_out_however_the_question_is_put(
    single_source_index: FactIndex, question: str, spelt: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert spelt in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "PINS is short for what?",
        "my sister's school keeps mentioning PINS, what does it stand for?",
    ],
)
def test_on_the_shipped_base_the_letters_are_spelt_out_too(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert "Partnerships for Inclusion of Neurodiversity in Schools" in reply.text


def test_both_acronyms_asked_come_from_one_quote_that_spells_both_out(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "what do SEND and AP stand for?")
    assert "Special Educational Needs and Disabilities (SEND)" in reply.text


@pytest.mark.parametrize(
    "question",
    ["what does it stand for?", "OK, what does it stand for?", "what does NFF stand for?"],
)
def test_letters_that_cannot_be_told_or_spelt_out_are_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert answer(single_source_index, question).outcome is not Outcome.ANSWERED


def test_the_pronoun_is_the_one_known_acronym_written_in_capitals() -> None:
    question = analyse("everyone says SEND and EHCP, what does it stand for?")
    assert acronyms_asked(question.text, question.subject, question.written, {"send"}) == ("send",)
    assert acronyms_asked(question.text, question.subject, question.written, {"send", "ehcp"}) == ()


@pytest.mark.parametrize(
    "question",
    [
        "my friend keeps mentioning SEND and AP, what do those two stand for?",
        "people keep saying SEND and AP at meetings, what do the two stand for",
        "SEND and AP are everywhere on this page, what do both of them actually stand for?",
    ],
)
def test_letters_pointed_at_with_a_count_are_each_spelt_out(
    single_source_index: FactIndex, question: str
) -> None:
    # "those two", "the two", "both of them": the acronyms the message wrote before
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert "SEND stands for Special Educational Needs and Disabilities." in reply.text
    assert "AP stands for Alternative Provision." in reply.text


def test_a_count_points_back_as_the_pronoun_alone_would() -> None:
    question = analyse("everyone says SEND, what do those two stand for?")
    assert acronyms_asked(question.text, question.subject, question.written, {"send"}) == ("send",)
    question = analyse("everyone says SEND and EHCP and AP, what do those two stand for?")
    known = {"send", "ehcp", "ap"}
    assert acronyms_asked(question.text, question.subject, question.written, known) == (
        "send",
        "ehcp",
        "ap",
    )
