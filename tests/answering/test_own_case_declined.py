"""A question about the asker's own child, school or council that no fact comes near enough to
show as related information ("is my kid's school getting any of the new money?") is declined
saying why: the sources speak for England as a whole. A bare "I don't have that in my sources"
read as if they never mention the money."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.own_case_declined import ONE_AREAS_CASE, ONE_PERSONS_CASE
from sendbot.answering.reply import reply_json


@pytest.mark.parametrize(
    "question",
    [
        "is my kid's school getting any of the new money?",
        "will my stepson's academy get more funding out of this?",
        "is my granddaughter's nursery getting extra cash?",
    ],
)
def test_ones_own_school_declined_says_why(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED
    assert reply.text.startswith(ONE_PERSONS_CASE)
    assert "I don't have that in my sources" not in reply.text
    assert reply_json(reply)["missing"] == ONE_PERSONS_CASE


def test_ones_own_council_declined_says_so(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is our local council getting any of the new cash?")
    assert reply.outcome is Outcome.DECLINED
    assert reply.text.startswith(ONE_AREAS_CASE)


@pytest.mark.parametrize(
    "question",
    ["what is the weather in london?", "how many dentists does the NHS employ?"],
)
def test_other_declines_keep_their_sentence(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED
    assert reply.text.startswith("I don't have that in my sources.")
    assert reply.missing is None
