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


def test_who_answered_over_many_answers_names_the_newest(shipped_index: FactIndex) -> None:
    # Declined before, as no one answer's minister was sure: now it asks which, and says
    # who answered the newest written answer.
    for question in ("who answered this PQ?", "who answered the question", "who replied"):
        reply = answer(shipped_index, question)
        assert reply.outcome is Outcome.DECLINED, reply.text
        assert "which one do you mean?" in reply.text
        assert "The newest, of 26 February 2026" in reply.text
        assert "answered by Georgia Gould" in reply.text


def test_who_asked_over_many_answers_is_not_one_answers_asker(shipped_index: FactIndex) -> None:
    # Only the June 2023 answer says who asked it: the question names no answer, so that
    # asker is not given as the answer, and the reply says he asked (Claire Coutinho answered).
    reply = answer(shipped_index, "what's the name of the MP who asked")
    assert reply.outcome is Outcome.DECLINED, reply.text
    assert "which one do you mean?" in reply.text.lower()
    assert "was asked by Mark Pawsey" in reply.text
    assert "answered by Mark Pawsey" not in reply.text


def test_who_asked_a_named_answer_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "who asked the question about special school places",
        "places-2023-06-12-asked-by",
    )


def test_who_asked_over_one_answer_says_it_is_not_given(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "what's the name of the MP who asked")
    assert not reply.answered
    assert reply.outcome is Outcome.DECLINED or "doesn't say who asked" in (reply.missing or "")
