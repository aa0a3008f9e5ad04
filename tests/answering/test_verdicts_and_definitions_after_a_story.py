"""Questions a user asks that the written answer cannot answer with a fact: whether a thing
repays the asker's time ("is PINS worth signing up for"), whether a figure is generous given
demand, whether 400 more EPs will "make a dent"; and what a thing is, asked before the asker
says who they are ("what is the early career framework? I'm a parent so no idea"). Each gets
a partial reply naming what is missing, never the fact as if it answered; the near misses that
ask for a sum ("how much is PINS worth") or name the thing before "what is it" are answered as
before."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

_JUDGEMENT = (
    "The written answer doesn't make that judgement; it says what the department is doing and "
    "spending."
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
    assert reply.missing == _JUDGEMENT
    if related:
        assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(
    ("question", "related", "missing"),
    [
        (
            "what is the early career framework? I'm a parent not a teacher so no idea",
            "itt-ecf-send-content",
            "The written answer doesn't explain what the early career framework is.",
        ),
        (
            "what is the universal training offer? sorry total beginner here",
            "autism-awareness-training",
            "The written answer doesn't explain what the universal training offer is.",
        ),
        (
            "whats a special free school, im a parent so no clue",
            "special-free-schools-approved",
            "The written answer doesn't explain what a special free school is.",
        ),
        (
            "what is a supported internship? my lad is 17",
            "supported-internships-all-las",
            "The written answer doesn't explain what a supported internship is.",
        ),
    ],
)
def test_a_definition_before_the_story_is_not_answered(
    single_source_index: FactIndex, question: str, related: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == missing
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
