"""A question quoting an older answer's figure, with when it was given, and asking for the
newest: the date is when the asker heard it, not the period or answer asked. The reply is the
newest fact of that measure or topic, the older figure beside it as earlier context; a question
asking for that date's figure, or naming its own date in the asking clause, keeps it."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.told_dates import without_told_dates
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "feb 2023 answer said £10.1bn total for high needs - what's the most recent total?",
            "answer said £10.1bn total for high needs - what's the most recent total?",
        ),
        (
            "back in sept 2023 it was £440m extra for high needs. whats the latest uplift?",
            "it was £440m extra for high needs. whats the latest uplift?",
        ),
        (
            "has it gone up since the £10.5bn they kept quoting in 2023/24? whats it at now",
            "has it gone up since the £10.5bn they kept quoting? whats it at now",
        ),
        (
            "the June 2023 Pawsey answer said 50k more than 2017. what's the newest figure?",
            "the Pawsey answer said 50k more than 2017. what's the newest figure?",
        ),
        (
            "i remember £10.5bn from the sept 23 reply, has it changed since",
            "i remember £10.5bn from the reply, has it changed since",
        ),
    ],
)
def test_the_told_clause_loses_its_date(question: str, read: str) -> None:
    assert without_told_dates(question) == read


@pytest.mark.parametrize(
    "question",
    [
        # the asking clause names its own period: that is the one asked
        "it was 10.1bn in 2023/24, what was it in 2024/25?",
        # no clause asks for what is newer
        "what did the feb 2023 answer say the high needs total was?",
        # the year a claimed figure is counted from is part of the claim
        "they said 50k more than 2017 - whats the newest number",
        "77 special free schools opened since 2010 - anything more recent?",
        # a question of its own names the answers it asks about; "nov 23" is no count
        "did the EP number change between the nov 23 and feb 24 answers, whats the latest",
        # nothing told: the year is the period asked
        "latest high needs figure for 2025/26?",
    ],
)
def test_left_as_it_is(question: str) -> None:
    assert without_told_dates(question) == question


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "feb 2023 answer said £10.1bn total for high needs - what's the most recent total "
            "dfe has given?",
            "high-needs-total-2025-26",
        ),
        (
            "the 2023 answer said high needs was 10.1 billion, is there a newer total?",
            "high-needs-total-2025-26",
        ),
        (
            "feb 2023 answr said total HN was 10.1bn... whats the latest??",
            "high-needs-total-2025-26",
        ),
        (
            "has the high needs total gone up since the £10.5bn they kept quoting in 2023/24? "
            "whats it at now",
            "high-needs-total-2025-26",
        ),
        (
            "i remember a £10.5bn high needs figure from the sept 2023 reply, has it changed since",
            "high-needs-total-2025-26",
        ),
        (
            "back in sept 2023 it was £440m extra for high needs. whats the latest uplift they've "
            "quoted?",
            "high-needs-increase-continued-2026-27",
        ),
        (
            "they said £970m more for high needs in feb 2023, what's the most recent increase",
            "high-needs-increase-continued-2026-27",
        ),
        (
            "nov 2023 answer: £21m for EP training. latest figure?",
            "educational-psychologists-funding",
        ),
        (
            "the June 2023 Pawsey answer said 50k more pupils in special schools than 2017. "
            "what's the newest figure?",
            "pupils-in-special-schools-2024-25",
        ),
        (
            "there was £18m for supported internships back in 2022, anything more recent?",
            "supported-internships-pilot",
        ),
        (
            "they said reform plans 'later this year' in june 2025, is that still the plan",
            "schools-white-paper-early-new-year",
        ),
        # declined as read: read again without when the asker heard it
        (
            "in june 2025 they said reform plans 'later this year' - what's the most recent "
            "word on timing? my head keeps asking",
            "schools-white-paper-early-new-year",
        ),
        (
            "nov 2023 they were funding 400 more EPs. newest number?",
            "educational-psychologists-trainees",
        ),
        ("HN was 10.1bn in the feb 23 answer, what's it now?", "high-needs-total-2025-26"),
        (
            "the sept 2023 reply had the core schools budget at £59.6bn, whats it now",
            "core-schools-budget-2028-29",
        ),
        (
            "the £1bn rise from april 2025 - has there been anything newer on the increase?",
            "high-needs-increase-continued-2026-27",
        ),
    ],
)
def test_the_newest_is_given_for_an_old_figure_told_with_its_date(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_the_old_figure_is_earlier_context(shipped_index: FactIndex) -> None:
    question = "feb 2023 answer said £10.1bn for high needs - what's the most recent total?"
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert (
        '"£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023)' in reply.text
    )


def test_a_later_word_is_not_checked_against_the_old_figure(shipped_index: FactIndex) -> None:
    # The £18m is the asker's older figure, shown with its date; the staleness line, if any,
    # is about the answer shown, not the one it replaced.
    question = "there was £18m for supported internships back in 2022, anything more recent?"
    reply = assert_answered_with(shipped_index, question, "supported-internships-pilot")
    assert "not £18m" not in reply.text
    assert "(Claire Coutinho, 9 January 2023)" in reply.text
    assert "from an answer given on 9 January 2023" not in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what did the feb 2023 answer say the high needs total was?", "high-needs-total-2023-24"),
        ("how much was high needs in 2023/24?", "high-needs-total-2023-24"),
        (
            "how many EPs did the nov 2023 answer say would be trained?",
            "educational-psychologists-trainees-2023-11-17",
        ),
        ("what was the core schools budget in 2024/25?", "schools-budget-2024-25"),
    ],
)
def test_a_date_asked_keeps_its_answer(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_someone_elses_figure_with_no_topic_named_gets_its_topics_newest(
    shipped_index: FactIndex,
) -> None:
    # Nothing but the figure says what is asked: not the newest high needs total.
    question = "someone said 50k more than 2017, whats the latest figure"
    assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")


@pytest.mark.parametrize(
    "question",
    [
        "what's the latest number of new special free schools the government has committed to?",
        "what's the latest number of new special free schools?",
    ],
)
def test_the_latest_number_of_is_how_many(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered, reply.text
    assert "15 additional special free schools" in reply.text
