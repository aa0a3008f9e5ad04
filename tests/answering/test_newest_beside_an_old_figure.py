"""Newest asked, as people ask it: when the asker's old figure was given, said right
after it ("the £10.1bn figure from 2023"), is not the period asked; a news word after the topic
("most recent PINS update?") asks for its newest news; what the answer is for ("need it for a
governors report") names no topic; a change asked from the year a fact compares with to its
answer's own year is that fact's. Near-misses keep their replies."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asker_purpose import without_purpose
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.told_dates import without_told_dates
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what's the high needs budget currently, the £10.1bn figure from 2023 must be out "
            "of date by now",
            "high-needs-total-2025-26",
        ),
        (
            "latest high needs total? the 10.5bn number from 2023 is surely old",
            "high-needs-total-2025-26",
        ),
        (
            "my council quotes £10.1bn from feb 2023 for high needs, whats the up to date figure",
            "high-needs-total-2025-26",
        ),
        (
            "the overall schools budget - the 59.6bn from 2023 was for 24/25, what's the newest "
            "number they've given?",
            "core-schools-budget-2028-29",
        ),
        (
            "latest on ed psych training funding? is there anything newer than the £21m "
            "announced back in november 2023",
            "educational-psychologists-funding",
        ),
        (
            "anything more recent than the 440m high needs rise announced in september 2023?",
            "high-needs-increase-continued-2026-27",
        ),
    ],
)
def test_when_the_old_figure_was_given_is_not_asked(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "what's the high needs budget currently, the £10.1bn figure from 2023 must be out "
            "of date by now",
            "what's the high needs budget currently, the £10.1bn figure must be out of date by now",
        ),
        (
            "latest on EP funding? anything newer than the £21m announced back in november 2023",
            "latest on EP funding? anything newer than the £21m announced",
        ),
    ],
)
def test_the_date_a_figure_was_given_is_left_out(question: str, read: str) -> None:
    assert without_told_dates(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "how much has high needs gone up from 2019/20",  # the base of a rise
        "it was 10.1bn in 2023/24, what was it in 2024/25?",  # the period asked
        "is high needs still £10.5bn in 2024/25?",  # "in" a period, not when it was said
    ],
)
def test_a_base_or_a_period_asked_keeps_its_year(question: str) -> None:
    assert without_told_dates(question) == question


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what was the high needs budget in 2023/24", "high-needs-total-2023-24"),
        (
            "how much was announced in november 2023 for ep training",
            "educational-psychologists-funding-2023-11-17",
        ),
        ("it was 10.1bn in 2023/24, what was it in 2024/25?", "high-needs-funding-2024-25"),
    ],
)
def test_a_period_or_answer_asked_keeps_its_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("most recent PINS update?", "pins-independent-evaluation"),
        ("any PINS updates recently?", "pins-independent-evaluation"),
        ("newest send reform update", "schools-white-paper-early-new-year"),
        ("most recent high needs funding update", "high-needs-total-2025-26"),
    ],
)
def test_a_news_word_after_the_topic_asks_its_newest(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    ["is there an update on my child's EHCP", "latest news on school uniform prices"],
)
def test_news_of_what_the_sources_do_not_cover_is_declined(
    shipped_index: FactIndex, question: str
) -> None:
    assert answer(shipped_index, question).outcome is Outcome.DECLINED


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "total high needs budget for 2024/25 - I need it for a governors report and want "
            "the official wording",
            "high-needs-total-2024-25",
        ),
        (
            "total high needs for 2024/25? writing a piece for our parent forum newsletter and "
            "want the official figure",
            "high-needs-total-2024-25",
        ),
        (
            "latest number of pupils in special schools please, doing a presentation on "
            "specialist place sufficiency for our SEND board",
            "pupils-in-special-schools-2024-25",
        ),
        (
            "latest figure for the overall high needs pot in England? doing a presentation for "
            "our parent forum on Thursday",
            "high-needs-total-2025-26",
        ),
    ],
)
def test_what_the_answer_is_for_names_no_topic(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "how much is high needs? i need to know how much my council gets",  # asks again
        "what is PINS, i want to know",  # no work named
        "SENCO here, putting together a briefing and need the date this was answered",
    ],
)
def test_a_purpose_clause_that_asks_stays(question: str) -> None:
    assert without_purpose(question) == question


def test_a_place_before_the_purpose_still_narrows(shipped_index: FactIndex) -> None:
    question = "how many special free schools in the north west? need it for a report"
    assert answer(shipped_index, question).outcome is Outcome.DECLINED


@pytest.mark.parametrize(
    "question",
    [
        "how many more pupils in special schools in 2023 than in 2017",
        "as of 2023 how many more pupils were in special schools than in 2017",
        "by 2023 how much had the special school population grown since 2017",
    ],
)
def test_a_change_to_its_answers_own_year_is_the_facts(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "special-school-pupils-rise-since-2017")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("how many more pupils in special schools in 2024 than in 2017", "2024"),
        ("how many more pupils in special schools in 2022 than in 2017", "2022"),
        ("how many more pupils in special schools in 2023 than in 2015", ""),
    ],
)
def test_another_year_stays_partial(shipped_index: FactIndex, question: str, missing: str) -> None:
    assert_not_answered(shipped_index, question, missing)
