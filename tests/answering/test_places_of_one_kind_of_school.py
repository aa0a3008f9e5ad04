"""Places asked for the smaller of two kinds of school whose places a figure counts together:
partial, naming what the figure is for; the larger kind and the whole are answered as before."""

from __future__ import annotations

import dataclasses

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.part_of_a_joint_count import places_of_one_kind
from sendbot.answering.question import analyse

JOINT = "special-school-places-created"


@pytest.mark.parametrize(
    "question",
    [
        "how many places are there in the new AP schools?",
        "how many alternative provision places were created",
        "how many AP places did they make this year",
    ],
)
def test_places_of_the_smaller_kind_alone_are_not_given(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome.value == "partial"
    assert reply.missing is not None
    assert "together, not a separate figure for" in reply.missing
    assert "places" in reply.missing


@pytest.mark.parametrize(
    "question",
    ["how many places in the new special schools?", "how many new places were created in total"],
)
def test_places_of_the_larger_kind_or_of_both_are_answered(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None and reply.fact.id == JOINT


@pytest.mark.parametrize("spelt", ["seven", "eight", "nine", "ten"])
def test_a_larger_kind_counted_in_words_up_to_ten_is_read_as_its_number(
    shipped_index: FactIndex, spelt: str
) -> None:
    # every count the sentence's pattern reads in words is a number: "eight special schools
    # and one AP school" has AP as the smaller kind, as "seven ..." does
    joint = dataclasses.replace(
        next(
            profile
            for fact, profile in zip(shipped_index.facts, shipped_index.profiles, strict=True)
            if fact.id == JOINT
        ),
        text=f"{spelt} new special schools and one ap free school which create 900 new places",
    )
    question = analyse("how many AP places are there")
    sentence = places_of_one_kind(question, joint)
    assert sentence is not None and "not a separate figure for AP places" in sentence
