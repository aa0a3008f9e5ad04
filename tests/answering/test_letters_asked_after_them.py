"""What letters stand for, asked with the letters first and "what" after them ("EHCP is short
for what in this?"), or of letters typed in small letters beside "what do the letters mean":
the source's own spelling out answers, said first."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.expansions import letters_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("EHCP is short for what in this", "EHCP stands for Education, Health and Care plan."),
        ("so PINS stands for what in that?", "PINS stands for Partnerships for Inclusion"),
        ("so send stands for what in this?", "SEND stands for Special Educational"),
        ("ap is short for what in that", "AP stands for Alternative Provision."),
    ],
)
def test_letters_then_what_in_this_are_spelt_out(
    single_source_index: FactIndex, message: str, said: str
) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED, (message, reply.outcome, reply.text)
    assert reply.corrected is not None and reply.corrected.startswith(said), reply.corrected


@pytest.mark.parametrize(
    "message",
    [
        "ap and send, what do those letters stand for",
        "ap and send, i have no clue what those letters mean",
    ],
)
def test_letters_in_small_letters_are_spelt_out(
    single_source_index: FactIndex, message: str
) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED, (message, reply.outcome, reply.text)
    assert reply.corrected is not None
    assert "SEND stands for Special Educational Needs and Disabilities." in reply.corrected
    assert "AP stands for Alternative Provision." in reply.corrected


def test_capitals_written_are_still_the_only_letters_read() -> None:
    # Typed in capitals, the letters written so are the ones asked, not every known word.
    question = analyse("we send forms about AP to the council, what do the letters mean")
    assert letters_asked(question.text, question.written, frozenset({"send", "ap"})) == ("ap",)
