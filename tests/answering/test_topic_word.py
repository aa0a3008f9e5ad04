"""Asked for the newest on a topic whose news is a statement: the newest written answer's word
on it (`Fact.topic`), and what earlier answers said and when."""

import datetime as dt
from dataclasses import replace

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.question import analyse
from sendbot.answering.topic_word import newest_word
from sendbot.knowledge.model import Fact
from tests.knowledge.builders import knowledge_base, placeholder_fact, written_answer

OLD = written_answer("old", dt.date(2023, 6, 12))
NEW = written_answer("new", dt.date(2026, 1, 27))


def said(fact_id: str, source: str, statement: str, topic: str | None = "demand") -> Fact:
    fact = placeholder_fact(fact_id, dt.date(2026, 1, 27), source_id=source)
    return replace(fact, statement=statement, topic=topic)


OLD_WORD = said("old-word", "old", "Demand has grown.")
NEW_WORD = said("new-word", "new", "Demand is expected to go on rising.")
UNLINKED = said("survey", "new", "A survey asks councils about demand.", topic=None)


@pytest.fixture(scope="module")
def index() -> FactIndex:
    return build_index(knowledge_base((OLD, [OLD_WORD]), (NEW, [NEW_WORD, UNLINKED])))


def answered_with(fact: Fact) -> MatchResult:
    return MatchResult(
        "q", Outcome.ANSWERED, ScoredFact(fact, 0.9), (), confidence=0.9, evidence_confidence=0.9
    )


def test_an_older_answers_word_gives_way_to_the_newest_and_is_listed(index: FactIndex) -> None:
    found = newest_word(index, answered_with(OLD_WORD), analyse("latest on demand?"))
    assert found is not None
    result, before = found
    assert result.best is not None and result.best.fact is NEW_WORD
    assert result.answered
    assert before == ('"Q" (Jane Minister, 12 June 2023)',)
    # The older word is still offered.
    assert [offered.fact for offered in result.suggestions] == [OLD_WORD]


def test_the_newest_word_itself_keeps_its_place_and_lists_the_earlier(index: FactIndex) -> None:
    found = newest_word(index, answered_with(NEW_WORD), analyse("latest on demand?"))
    assert found is not None
    result, before = found
    assert result.best is not None and result.best.fact is NEW_WORD
    assert before == ('"Q" (Jane Minister, 12 June 2023)',)


def test_a_year_asked_keeps_that_answers_word(index: FactIndex) -> None:
    assert newest_word(index, answered_with(OLD_WORD), analyse("demand in 2023?")) is None


def test_a_fact_of_no_topic_is_left_alone(index: FactIndex) -> None:
    assert newest_word(index, answered_with(UNLINKED), analyse("latest on demand?")) is None


def test_a_reply_that_is_not_an_answer_is_left_alone(index: FactIndex) -> None:
    partial = replace(answered_with(OLD_WORD), outcome=Outcome.PARTIAL)
    assert newest_word(index, partial, analyse("latest on demand?")) is None


# The shipped base, in everyday words of my own: the newest answer's word, the earlier listed.
@pytest.mark.parametrize(
    ("question", "fact_id", "earlier"),
    [
        (
            "what's the newest on when the send reforms are due",
            "schools-white-paper-early-new-year",
            "(Baroness Smith of Malvern, 16 June 2025)",
        ),
        (
            "any update on pins lately?",
            "pins-independent-evaluation",
            "(David Johnston, 8 February 2024)",
        ),
        (
            "whats new on money for supported internships",
            "supported-internships-pilot",
            "(Claire Coutinho, 9 January 2023)",
        ),
        (
            "current thinking on whether specialist place demand keeps growing",
            "specialist-placements-expected-to-rise",
            "(Claire Coutinho, 12 June 2023)",
        ),
        # Most high needs money passed through councils to schools: February 2023, then 2026.
        (
            "do local authorities still pass the high needs money on to schools?",
            "high-needs-funding-reaches-settings",
            "(Claire Coutinho, 22 February 2023)",
        ),
    ],
)
def test_shipped_topics_answer_with_the_newest_word(
    shipped_index: FactIndex, question: str, fact_id: str, earlier: str
) -> None:
    _answers_with_the_newest_word(shipped_index, question, fact_id, earlier)


def test_shipped_topic_asked_of_a_year_is_not_moved_on(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "what did the 2023 answer say about money for supported internships"
    )
    assert reply.fact is not None and reply.fact.id != "supported-internships-pilot"
    assert not any(note.startswith("Earlier answers on this") for note in reply.notes)


# A fact of no topic, matched to the newest asked: the topic a word ranking as close speaks to
# is asked of, and its newest answer's word answers (questions worded for this test).
@pytest.mark.parametrize(
    ("question", "fact_id", "earlier"),
    [
        (
            "what's the latest on SEND content in the teacher training framework",
            "ittecf-minimum-entitlement-2025",
            "(David Johnston, 8 February 2024)",
        ),
        (
            "newest news on demand for places in special schools",
            "specialist-placements-expected-to-rise",
            "(Claire Coutinho, 12 June 2023)",
        ),
    ],
)
def test_a_sibling_of_no_topic_gives_way_to_its_topics_newest_word(
    shipped_index: FactIndex, question: str, fact_id: str, earlier: str
) -> None:
    _answers_with_the_newest_word(shipped_index, question, fact_id, earlier)


def test_a_fact_of_no_topic_far_above_any_topics_word_keeps_its_place(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "latest on the school capacity survey", today=dt.date(2026, 3, 1))
    assert reply.fact is not None and reply.fact.id == "school-capacity-survey-special-schools"
    assert not any(note.startswith("Earlier answers on this") for note in reply.notes)


def test_a_fact_asked_who_of_is_not_moved_to_a_topics_word(shipped_index: FactIndex) -> None:
    question = "newest on SEND training for teachers right now, who provides it"
    reply = answer(shipped_index, question, today=dt.date(2026, 3, 1))
    # The CPD programme names who provides it; the ITT framework's timing would not.
    assert reply.fact is not None and reply.fact.id == "universal-services-programme"


def test_a_sibling_ranking_above_its_answers_topic_word_keeps_its_place(
    shipped_index: FactIndex,
) -> None:
    question = "whats the newest on how high needs money gets into schools"
    reply = answer(shipped_index, question, today=dt.date(2026, 3, 1))
    # How the money is allocated, not the same answer's word on councils' flexibility over it.
    assert reply.fact is not None and reply.fact.id == "high-needs-funding-reaches-settings"


@pytest.mark.parametrize(
    "question",
    [
        "is pins still just the 13m for 1680 schools or is there an update",
        "any newer news on PINS than the £13m for 1680 schools?",
    ],
)
def test_a_figure_the_asker_has_gives_way_to_its_topics_newest_word(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question, today=dt.date(2026, 3, 1))
    assert reply.outcome is Outcome.ANSWERED
    # The 1680 schools are what the asker has: the August 2025 answer's word is what is newer.
    assert reply.fact is not None and reply.fact.id == "pins-independent-evaluation"
    (line,) = [note for note in reply.notes if note.startswith("Earlier answers on this: ")]
    assert "(David Johnston, 8 February 2024)" in line


def test_a_figure_asked_for_at_its_newest_keeps_its_measure(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how many primary schools does pins support, latest")
    assert reply.fact is not None and reply.fact.id == "pins-primary-schools"
    assert "1680" in reply.text


def _answers_with_the_newest_word(
    index: FactIndex, question: str, fact_id: str, earlier: str
) -> None:
    """The reply answers with `fact_id` and lists the earlier answers, `earlier` among them."""
    reply = answer(index, question, today=dt.date(2026, 3, 1))
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == fact_id
    (line,) = [note for note in reply.notes if note.startswith("Earlier answers on this: ")]
    assert earlier in line


@pytest.mark.parametrize(
    "question",
    [
        "someone told me 50k more pupils in special schools than 2017 - got a newer number?",
        "whats the latest number on demand for special school places",
        # "latest data", "newest stats": the words asking for the newest take the word asking
        # a figure with them, but a figure is what is asked all the same.
        "most up to date stats you have on demand for specialist places?",
        "recentest data re demand for places in special schools",
    ],
)
def test_a_number_asked_of_a_topic_whose_newest_word_has_none_is_that_answers_figure(
    shipped_index: FactIndex, question: str
) -> None:
    # The January 2026 answer's word on demand ("expected to continue to increase") gives no
    # number; its count of children in special schools is the newer number of that thing.
    reply = answer(shipped_index, question, today=dt.date(2026, 3, 1))
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "pupils-in-special-schools-2024-25"
    assert "200,000" in reply.text


@pytest.mark.parametrize(
    "question", ["when are the send reforms coming out", "when is the white paper coming"]
)
def test_when_something_is_to_come_is_the_newest_word_on_it(
    shipped_index: FactIndex, question: str
) -> None:
    # Not June 2025's "later this year": November 2025's "early in the new year", with the
    # earlier word and its date.
    reply = answer(shipped_index, question)
    assert reply.fact is not None and reply.fact.id == "schools-white-paper-early-new-year"
    assert "Schools White Paper early in the new year" in reply.text
    assert "(Baroness Smith of Malvern, 16 June 2025)" in reply.text


def test_when_something_happened_keeps_the_answer_matched(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "when did the change programme start")
    assert reply.fact is not None and reply.fact.topic is None
    assert "September 2023" in reply.text


def test_when_something_is_to_come_per_a_named_answer_keeps_that_answers_word(
    shipped_index: FactIndex,
) -> None:
    reply = answer(
        shipped_index, "when will send reform plans come out, per the june 2025 lords answer"
    )
    assert reply.fact is not None and reply.fact.id == "send-reform-plans-later-2025"
