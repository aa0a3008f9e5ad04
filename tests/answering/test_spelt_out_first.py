"""'what does SEND stand for?' is answered with a quote that spells the letters out; the reply
says what they stand for first, in the quote's own words, then shows the fact and quote."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        ("what does send stand for", "SEND stands for Special Educational Needs and Disabilities."),
        ("whats AP short for", "AP stands for Alternative Provision."),
        (
            "what do SEND and AP stand for",
            "SEND stands for Special Educational Needs and Disabilities."
            " AP stands for Alternative Provision.",
        ),
        (
            "whats PINS short for",
            "PINS stands for Partnerships for Inclusion of Neurodiversity in Schools.",
        ),
    ],
)
def test_the_letters_asked_are_spelt_out_before_the_fact(
    shipped_index: FactIndex, question: str, first_line: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.text.splitlines()[0] == first_line
    # every word said is the quote's own
    assert reply.fact is not None
    for spelt in first_line.split(" stands for ")[1:]:
        assert spelt.split(".")[0] in " ".join(reply.fact.quote.split())


def test_a_spelling_given_only_beside_the_statement_still_uses_the_quotes_words(
    single_source_index: FactIndex,
) -> None:
    """The statement puts SENCO beside the words; the quote has the words without the letters."""
    reply = answer(single_source_index, "what does SENCO stand for")
    assert reply.text.splitlines()[0] == "SENCO stands for special educational needs coordinator."


def test_a_question_about_the_programme_gets_no_spelling_line(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how many schools are in PINS")
    assert "stands for" not in reply.text
