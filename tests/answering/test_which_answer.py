"""A question about a written answer itself that does not say which answer: over several
answers none is picked; over one, that one is meant."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_when_was_it_asked_over_many_answers_asks_which(shipped_index: FactIndex) -> None:
    for question in ("what date was the question asked?", "when was it asked?"):
        reply = answer(shipped_index, question)
        assert reply.outcome is Outcome.DECLINED, reply.text
        assert "which one do you mean?" in reply.text
        assert len({suggestion.fact_id for suggestion in reply.suggestions}) > 1


def test_naming_the_answer_still_gets_its_date(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "when was the question on educational psychologists asked?")
    assert reply.outcome is Outcome.ANSWERED
    assert "8 November 2023" in reply.text


def test_over_one_answer_the_one_is_meant(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "what date was the question asked?", "document-asked-date"
    )


def test_which_minister_answered_over_many_answers_asks_which(shipped_index: FactIndex) -> None:
    # "minister" is a role every written answer has, not a topic naming one of them.
    for question in ("which minister answered it?", "which minister replied?"):
        reply = answer(shipped_index, question)
        assert reply.outcome is Outcome.DECLINED, reply.text
        assert "which one do you mean?" in reply.text


def test_which_minister_answered_over_one_answer_names_them(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(single_source_index, "which minister answered it?", "document-answered-by")
