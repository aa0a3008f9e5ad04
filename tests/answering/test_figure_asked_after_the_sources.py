"""A figure asked for a time that begins after the newest written answer ("by late 2026",
"as of spring 2026", "this term" read in December 2026) is not given by an older figure: a
partial says where the written answers stop. With no time named, the newest figure is still
answered, and so is a time a source names itself."""

import datetime as dt

import pytest

from sendbot.answering.after_the_sources import may_name_a_later_time, time_asked_after
from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

NEWEST = dt.date(2026, 2, 26)
READ_ON = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "time"),
    [
        (
            "how many local authorities were taking part in the change programme by late 2026?",
            "late 2026",
        ),
        ("how many pupils attend special schools as of spring 2026", "spring 2026"),
    ],
)
def test_a_part_of_a_year_after_the_sources_is_not_answered(
    shipped_index: FactIndex, question: str, time: str
) -> None:
    assert_not_answered(
        shipped_index,
        question,
        rf"^The written answers stop at 26 February 2026: none of them covers {time}\.$",
    )


def test_this_term_is_read_from_todays_date(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "number of LAs in the change programme this term?", READ_ON)
    assert reply.outcome is Outcome.PARTIAL and not reply.answered
    assert reply.missing == (
        "The written answers stop at 26 February 2026: none of them covers this term."
    )


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("council numbers in the programme, autumn of 2027?", ("autumn 2027", dt.date(2027, 9, 1))),
        ("budget for the whole of march 2026", ("March 2026", dt.date(2026, 3, 1))),
        ("places this autumn", ("this autumn", dt.date(2026, 9, 1))),
        ("places this term", ("this term", dt.date(2026, 9, 1))),
    ],
)
def test_the_time_named_and_when_it_begins(question: str, named: tuple[str, dt.date]) -> None:
    assert time_asked_after(analyse(question), NEWEST, READ_ON) == named


@pytest.mark.parametrize(
    "question",
    [
        "funding early in 2026",  # begins with the year: the period reading weighs it
        "funding in january 2026",  # before the newest answer
        "the spring 2027 budget",  # a fiscal event named, not a time asked
        "places this term",  # no clock: nothing to count from
    ],
)
def test_times_not_after_the_sources(question: str) -> None:
    today = None if "this term" in question else READ_ON
    assert time_asked_after(analyse(question), NEWEST, today) is None


def test_the_newest_figure_is_still_answered_when_no_time_is_named(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index, "what's the most recent high needs total", "high-needs-total-2025-26"
    )
    reply = answer(shipped_index, "what's the most recent high needs total", READ_ON)
    assert reply.outcome is Outcome.ANSWERED and reply.fact is not None
    assert reply.fact.id == "high-needs-total-2025-26"


def test_a_date_claimed_is_no_time_asked(single_source_index: FactIndex) -> None:
    # the single-source base stops before summer 2024; the claim is checked against the fact
    assert_answered_with(
        single_source_index,
        "the ap specialist taskforce ends in summer 2024 doesnt it",
        "ap-specialist-taskforce-extension",
    )


def test_a_start_put_to_a_dated_fact_is_no_time_asked(single_source_index: FactIndex) -> None:
    # the single-source base stops before autumn 2025; the fact gives a date, not a figure
    assert_answered_with(
        single_source_index, "is the new npq for sencos starting autumn 2025?", "npq-senco"
    )


# Wordings of every shape the cheap test passes over or lets through: a later time named in
# words, in figures, in markup, folded from a figure, and none named at all.
_WORDINGS = (
    "how many pupils are in special schools as of spring 2026",
    "numbr of councils in the programe by late 2026?",
    "budget for the whole of march 2026",
    "places this autumn",
    "places this term",
    "current term places?",
    "places in autumn of 2,027?",
    "councils in it by Sept 2026?",
    "councils in it in DEC 2026",
    "what will the budget be mid-2026?",
    "places by the fall of 2026",
    "what happens in 2026, late in it?",
    "what will it be mid-2.027k",
    "budget for `late 2026`",
    "budget for late 20`26`",
    "budget for *late* 2026",
    "budget for late \uff12\uff10\uff12\uff16",  # in fullwidth digits
    "how many special schools opened?",
    "is high needs funding over £12 billion?",
    "is it true 400 more educational psychologists will be trianed",
    "were there 115,000 children in special schools in the past?",
    "what is the high needs budget for 2025/26?",
    "is the extra £1 billion carried into 2026-27?",
)


@pytest.mark.parametrize("question", _WORDINGS)
@pytest.mark.parametrize("today", [None, READ_ON])
def test_a_message_naming_a_later_time_is_always_read(question: str, today: dt.date | None) -> None:
    # The cheap test may let through a message naming no later time, never pass over one
    # that names one: the reply is as if every message were read.
    if time_asked_after(analyse(question), NEWEST, today) is not None:
        assert may_name_a_later_time(question, today)


@pytest.mark.parametrize(
    "question",
    [
        "how many special schools opened?",
        "is it true 400 more educational psychologists will be trianed",
        "is high needs funding over £12 billion?",
        "places this autumn",
        "what is the high needs budget for 2025-26?",
        "is the extra £1 billion carried into 2026-27?",
    ],
)
def test_a_message_writing_no_year_is_not_read_again_without_today(question: str) -> None:
    assert not may_name_a_later_time(question, None)
