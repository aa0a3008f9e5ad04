"""On the shipped base: a yes/no question offering two choices that exclude each other ("is it
in the core schools budget or separate?", "per year or spread out?", "in place yet or only
announced?") is answered by the fact settling its first choice, read alone, when the whole
message was declined; a second choice naming a thing of its own ("... or does it all go to
special schools?") is not dropped, and "or not", "or what" and a second figure offer no choice."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_alternatives import first_choice_alone
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.reply import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "is high needs money counted in the core schools budget or separate?",
            "core-schools-budget-2028-29",
        ),
        (
            "is high needs funding part of the core schools budget or kept apart from it?",
            "core-schools-budget-2028-29",
        ),
        (
            "is the £18m supported internships money per year or spread out?",
            "supported-internships-investment-2022",
        ),
        (
            "was dfe working on send reform plans in june 2025 or had things ground to a halt",
            "send-reform-plans-at-pace",
        ),
    ],
)
def test_first_choice_answers_the_choice(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    # The choice is answered by the fact, not by a "Yes" to its first half.
    assert reply.corrected is None or not reply.corrected.startswith("Yes"), reply.corrected


def test_a_fact_not_saying_the_first_choice_does_not_settle_it(
    single_source_index: FactIndex,
) -> None:
    # Which house asked: the question's own wording, read for "in the lords" alone, says
    # neither house.
    question = "was this written question tabled by someone in the lords or the commons?"
    assert answer(single_source_index, question).outcome is not Outcome.ANSWERED


def test_a_fact_far_from_the_whole_message_does_not_settle_it(shipped_index: FactIndex) -> None:
    # Read alone, the first choice gets the newest word on SEND reform (November 2025), which
    # the whole message, naming the June 2025 answer, comes nowhere near.
    question = (
        "was send reform still being planned as of june 2025 or had it stalled? in the "
        "neurodiversity answer"
    )
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.id != "schools-white-paper-early-new-year"


def test_a_second_choice_naming_another_thing_is_kept(shipped_index: FactIndex) -> None:
    # Mainstream against special schools: a fact on mainstream funding alone does not say.
    question = (
        "does any high needs cash reach mainstream schools, or does it all go to special schools?"
    )
    assert answer(shipped_index, question).outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    ("said", "first"),
    [
        (
            "does the 200k cover every kind of special school or just state ones? for a report",
            "does the 200k cover every kind of special school? for a report",
        ),
        ("the £18m, is that per year or over three years", "the £18m, is that per year"),
        (
            "is high needs inside the £59.6bn total or on top",
            "is high needs inside the £59.6bn total",
        ),
    ],
)
def test_the_second_choice_is_left_out(said: str, first: str) -> None:
    choices = first_choice_alone(said)
    assert choices is not None and choices.first_alone == first


@pytest.mark.parametrize(
    "said",
    [
        "is pins working or not?",
        "is the change programme any good or what",
        "was it £10m or £12m?",
        "what is the send or ap plan for",  # no yes/no clause
        "how many schools, or special schools?",
        "is the department really delivering on send or is it just spin?",  # a verdict asked
    ],
)
def test_no_choice_offered(said: str) -> None:
    assert first_choice_alone(said) is None


@pytest.mark.parametrize(
    "question",
    [
        "is the pins programme a dfe one or nhs",
    ],
)
def test_a_second_choice_naming_another_body_is_not_settled_by_the_first(
    single_source_index: FactIndex, question: str
) -> None:
    # A fact saying the department did it does not say another body has no part in it.
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
