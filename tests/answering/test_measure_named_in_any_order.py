"""The measure a question names is the same whatever was asked before it in the process: the
bot answers many messages in a row, and `named_measure` keeps what it found for the last few
readings. A question read again with another intent (`due_by` reads a "why" as what was due) or
with its claimed figures taken out (`without_claims` keeps the whole question's words) is
another reading, not the same text asked again."""

from dataclasses import replace

import pytest

from sendbot.answering.asked_measure import named_measure
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import Question, analyse

# A level of a money measure asked of, and that text read as a count: "how many" names no
# budget ("how many schools" is not the schools budget).
TEXT = "what does the high needs budget come to these days?"


def _as_a_count(question: Question) -> Question:
    return replace(question, intent=Intent.COUNT)


@pytest.mark.parametrize("count_first", [False, True])
def test_another_intent_of_the_same_text_is_read_afresh(
    shipped_index: FactIndex, count_first: bool
) -> None:
    asked = analyse(TEXT)
    counted = _as_a_count(asked)
    readings = [counted, asked] if count_first else [asked, counted]
    found = {question.intent: named_measure(shipped_index, question) for question in readings}
    assert found[asked.intent] == "high-needs-budget"
    assert found[Intent.COUNT] is None


def test_the_same_reading_asked_again_names_the_same_measure(shipped_index: FactIndex) -> None:
    asked = analyse(TEXT)
    first = named_measure(shipped_index, asked)
    assert named_measure(shipped_index, analyse(TEXT)) == first == "high-needs-budget"
