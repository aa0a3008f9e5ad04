"""A reply whose quote looks ahead to a month ("will be made by May 2024", said in March 2024)
says, once that month is over, when it was said and that the date has passed: read in December
2026 without it, "will be made by May 2024" read as still to come, since the staleness line
("the latest figure ...") is not said under a date."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.unquoted_figures import unquoted_figures

TODAY = dt.date(2026, 12, 1)
MAY_2024 = "This was said on 22 March 2024, looking ahead to May 2024: that date has now passed."


@pytest.mark.parametrize(
    "question",
    [
        "when will the locations of the spring budget special schools be announced",
        "when is the announcement on special free school locations due",
        "will the special school locations be confirmed by may 2024?",
        # partial replies: the promise is what the reply shows
        "which areas get the 15 new special free schools",
        "have the locations of the 15 special free schools been announced yet?",
    ],
)
def test_a_promise_dated_by_a_month_gone_by_says_so(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.fact is not None
    assert reply.fact.id == "special-free-schools-location-announcement"
    assert reply.text.splitlines()[-1] == MAY_2024
    assert "latest figure" not in reply.text
    assert unquoted_figures(reply, shipped_index.kb) == []


@pytest.mark.parametrize(
    ("question", "line"),
    [
        (
            "how long is the ap specialist taskforce extended to?",
            "This was said on 8 February 2024, looking ahead to March 2025: that date has now"
            " passed.",
        ),
        (
            "when does the ittecf start?",
            "This was said on 9 June 2025, looking ahead to September 2025: that date has now"
            " passed.",
        ),
    ],
)
def test_other_dates_looked_ahead_to_say_so_too(
    shipped_index: FactIndex, question: str, line: str
) -> None:
    assert answer(shipped_index, question, today=TODAY).text.splitlines()[-1] == line


@pytest.mark.parametrize("today", [None, dt.date(2024, 5, 31)])
def test_before_the_month_is_over_or_with_no_date_known_nothing_is_said(
    shipped_index: FactIndex, today: dt.date | None
) -> None:
    question = "when is the announcement on special free school locations due"
    reply = answer(shipped_index, question, today=today)
    assert reply.fact is not None
    assert reply.text.splitlines()[-1].startswith("— Written answer by David Johnston")


def test_a_date_already_past_when_said_is_no_promise(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "when did the change programme start?", today=TODAY)
    assert reply.fact is not None and reply.fact.id == "change-programme"
    assert "looking ahead" not in reply.text


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # "autumn 2025", which the figure reader takes as the year alone
        (
            "what's expected in autumn 2025 re PINS",
            "This was said on 12 August 2025, looking ahead to autumn 2025: that date has now"
            " passed.",
        ),
        (
            "when will the new senco npq start?",
            "This was said on 8 February 2024, looking ahead to Autumn 2024: that date has now"
            " passed.",
        ),
    ],
)
def test_a_season_looked_ahead_to_says_so_once_it_is_over(
    shipped_index: FactIndex, question: str, line: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.text.splitlines()[-1] == line
    assert unquoted_figures(reply, shipped_index.kb) == []
    early = answer(shipped_index, question, today=dt.date(2024, 11, 30))
    assert "looking ahead" not in early.text


@pytest.mark.parametrize(
    ("question", "line", "before"),
    [
        # a time named from the day it was said, with no figure for the reader to find
        (
            "when is the schools white paper coming out?",
            "This was said on 21 November 2025, looking ahead to “early in the new year”: that"
            " time has now passed.",
            dt.date(2026, 6, 30),
        ),
        (
            "what did baroness smith say about SEND reform plans in june 2025?",
            "This was said on 16 June 2025, looking ahead to “later this year”: that time has"
            " now passed.",
            dt.date(2025, 12, 31),
        ),
    ],
)
def test_a_time_named_from_the_day_it_was_said_says_so_once_it_is_over(
    shipped_index: FactIndex, question: str, line: str, before: dt.date
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.text.splitlines()[-1] == line
    assert unquoted_figures(reply, shipped_index.kb) == []
    assert "looking ahead" not in answer(shipped_index, question, today=before).text


def test_next_year_beside_a_sum_is_a_financial_year_not_a_promise(
    shipped_index: FactIndex,
) -> None:
    # "£10.1 billion next year", said in February 2023: 2023/24's budget, not a date to come
    reply = answer(shipped_index, "what was total high needs funding in 2023/24?", today=TODAY)
    assert reply.fact is not None and "next year" in reply.fact.quote
    assert "looking ahead" not in reply.text
