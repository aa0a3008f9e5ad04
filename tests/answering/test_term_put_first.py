"""What a term means, asked with the term first and the asking words after it ("the ECF -
what's that then?", "NPQ = what?", "universal training offer means what", "early career
framework, meaning?") or after "explain", is read as a definition: partial when the written
answer only names the term, answered when a fact explains it; a term with a figure in it
("£13m programme - what is that?") asks what the figure is for, and is left to the other
rules, as is "X - what is it?"."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.term_put_first import term_asked_of
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("the ECF - what's that then?", "itt-ecf-send-content"),
        ("universal training offer means what", "autism-awareness-training"),
        ("early career framework, meaning?", "itt-ecf-send-content"),
        ("could you explain the universal training offer to me", "autism-awareness-training"),
        ("initial teacher training = what?", "itt-ecf-send-content"),
    ],
)
def test_a_term_first_the_source_does_not_explain_is_partial(
    single_source_index: FactIndex, question: str, related: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "doesn't explain what" in reply.missing
    assert reply.fact is not None and reply.fact.id == related


def test_a_term_first_the_source_explains_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(shipped_index, "pins - what's that exactly?", "pins-programme")


@pytest.mark.parametrize(
    ("message", "reading"),
    [
        ("Adaptive Teaching = what?", "what is adaptive teaching"),
        ("SEN units = what exactly??", "what is sen units"),
        ("top slicing = what then", "what is top slicing"),
        ("dsg deficit - what is that exactly", "what is dsg deficit"),
        ("pls explain the local offer", "what is local offer"),
        ("£13m programme - what is that?", None),
        ("the local offer - what is it?", None),
        ("high needs funding this year - what is this?", None),
        ("the change programme, what is it for?", None),
        ("explain why the budget went up", None),
        ("explain the new inspections part", None),
        ("4000 children whats that", None),
    ],
)
def test_which_messages_are_read_as_a_term_asked_of(message: str, reading: str | None) -> None:
    assert term_asked_of(message) == reading


def test_a_term_equals_what_with_stress_is_not_answered_by_a_naming(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "SEN units = what exactly?")
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert reply.missing is not None and "explain what" in reply.missing
