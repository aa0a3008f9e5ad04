""" "Last FY", "this FY" and "the year before last" are years relative to today, read as
financial years for a measure given by financial year, and the reply says how it read them."""

import datetime as dt

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex

TODAY = dt.date(2026, 12, 1)


def test_last_fy_is_the_last_financial_year_and_the_reply_says_so(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "high needs budget last FY", today=TODAY)
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "high-needs-total-2025-26"
    assert "“Last FY” is read as 2025/26, counting from today (1 December 2026)." in reply.text


def test_the_year_before_last_is_two_years_back(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "what was the high needs budget the year before last", today=TODAY
    )
    assert reply.answered and "over £10.5 billion" in reply.text
    assert "“The year before last” is read as 2024/25" in reply.text


def test_this_fy_gets_the_newest_said_to_be_for_its_own_year(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "high needs funding this fy", today=TODAY)
    assert reply.answered and "over £12 billion" in reply.text
    assert "the newest figure in the sources is for 2025/26" in reply.text


def test_the_year_before_this_one_is_not_this_academic_year(
    single_source_index: FactIndex,
) -> None:
    # the schools opened "this academic year": a count for the year before is not given
    reply = answer(
        single_source_index, "how many new special schools opened the school year before this one"
    )
    assert not reply.answered
    assert reply.missing is not None
    assert reply.missing.endswith("not the school year before this one.")
