"""Questions a user asks that the written answer cannot answer with a fact: whether a thing
repays the asker's time ("is PINS worth signing up for"), whether a figure is generous given
demand, whether 400 more EPs will "make a dent". Each gets a partial reply saying the written
answer makes no such judgement, never the fact as if it answered; the near misses that ask for
a sum ("how much is PINS worth") or what a thing is are answered as before."""

import re

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

# What is being done, and spent when the fact gives a sum.
_JUDGEMENT = re.compile(
    r"The written answer doesn't make that judgement; it says what is being done( and spent)?\."
)


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("is PINS worth signing up for as a school", "pins-primary-schools"),
        ("is pins worth my school applying for", "pins-primary-schools"),
        ("is the NPQ worth doing for an experienced senco", "npq-senco"),
        ("is the AP taskforce worthwhile", "ap-specialist-taskforce-extension"),
        ("honestly is 400 more EPs going to make a dent in the shortage?", None),
        ("is a 60% rise in high needs generous given demand", "high-needs-budget-increase"),
    ],
)
def test_a_verdict_is_not_answered(
    single_source_index: FactIndex, question: str, related: str | None
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and _JUDGEMENT.fullmatch(reply.missing)
    if related:
        assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much is PINS worth", "pins-programme"),
        ("what is the PINS programme worth", "pins-programme"),
        ("how many more EPs will be trained", "educational-psychologists-trainees"),
        ("pins programme - what is it?", "pins-programme"),
        ("the percentage increase in high needs, what is it", "high-needs-budget-increase"),
        ("what is the change programme", "change-programme"),
    ],
)
def test_near_misses_are_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id
