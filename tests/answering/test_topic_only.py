"""A question asking only what was said on a topic the sources speak of ("anything on X?",
"what has the minister said about X") is answered by the closest fact on it, with the other
facts on it offered as related topics; a topic no fact speaks of, a topic with a date in it,
and what a document (not the government) says are not answered by this rule."""

import pytest

from sendbot.answering.answer import answer, decide
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.reply import MORE_ON_TOPIC_LEAD
from sendbot.answering.topic_only import topic_only_asked


def test_a_topic_the_answers_title_names_is_answered_from_that_answer(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "got anything re top-slicing")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.source is not None and reply.source.id == "high-needs-top-slicing-2026-02-26"
    # the answer's other parts, as topics to ask about next
    assert MORE_ON_TOPIC_LEAD in reply.text
    assert reply.suggestions
    assert reply.fact is not None
    assert all(item.fact_id != reply.fact.id for item in reply.suggestions)


def test_a_topic_many_facts_speak_of_gets_one_and_the_next_as_related(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what has the department said on EHC plans")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None
    said = f"{reply.fact.statement} {reply.fact.title} {' '.join(reply.fact.tags)}".lower()
    assert "ehc" in said
    assert len(reply.suggestions) >= 2


def test_the_governments_word_on_a_report_is_answered(shipped_index: FactIndex) -> None:
    result = decide(shipped_index, "what did ministers say about the ifs report").result
    assert result.outcome is Outcome.ANSWERED
    assert result.best is not None
    assert result.best.fact.source_id == "ifs-report-high-needs-2025-06-16"


@pytest.mark.parametrize(
    "question",
    [
        "anything on school uniforms?",  # no fact speaks of it
        "what did the chancellor say about fuel duty",
        "what's been said about the weather",
    ],
)
def test_a_topic_no_fact_speaks_of_stays_declined(shipped_index: FactIndex, question: str) -> None:
    assert answer(shipped_index, question).outcome is Outcome.DECLINED


def test_the_one_source_base_answers_it_too(single_source_index: FactIndex) -> None:
    result = decide(single_source_index, "is there anything about inspections?").result
    assert result.outcome is Outcome.ANSWERED
    assert result.verdict is Verdict.TOPIC_ONLY


def test_only_a_topic_asked_of_alone_is_this_kind() -> None:
    assert topic_only_asked("anything on the change programme?") == "the change programme"
    assert topic_only_asked("what did they say re deficits") == "deficits"
    assert topic_only_asked("what's been said about ed psychs") == "ed psychs"
    # something more specific is asked of the topic: a time, a figure, a question of its own
    assert topic_only_asked("what did they say about deficits in march 2025") is None
    assert topic_only_asked("what did they say about whether it is on track") is None
    assert topic_only_asked("what did they say about it") is None
    # what a document says is not what the government said of it
    assert topic_only_asked("what did the code of practice say about sen support") is None
    assert topic_only_asked("what does the ifs report say") is None
    # one answer named: the topic must be in that answer, which other rules read
    assert topic_only_asked("what did the smith answer say about deficits") is None
