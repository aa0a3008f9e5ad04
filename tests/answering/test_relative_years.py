""" "Last FY", "this FY" and "the year before last" are years relative to today, read as
financial years for a measure given by financial year, and the reply says how it read them."""

import datetime as dt

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

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


def test_this_fy_with_no_figure_for_it_is_partial_naming_the_newest_period(
    shipped_index: FactIndex,
) -> None:
    # Asked for the present year, which no source gives: what is missing comes first, then
    # the newest figure as related information, not as the answer.
    reply = answer(shipped_index, "high needs funding this fy", today=TODAY)
    assert reply.outcome is Outcome.PARTIAL and reply.missing is not None
    assert reply.missing.startswith("The written answers give no high needs budget figure")
    assert "for 2026/27 (“this FY”): the newest is for 2025/26." in reply.missing
    assert reply.text.startswith(reply.missing) and "over £12 billion" in reply.text


def test_this_yr_misspelt_reads_as_this_year(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "whats the goverment putting into high needs this yr", today=TODAY
    )
    assert reply.outcome is Outcome.PARTIAL and reply.missing is not None
    assert "the newest is for 2025/26" in reply.missing


def test_this_year_a_source_gives_stays_answered(shipped_index: FactIndex) -> None:
    # Counted from the newest written answer (February 2026), this financial year is 2025/26.
    reply = answer(shipped_index, "high needs funding this financial year")
    assert reply.answered and "over £12 billion" in reply.text


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


def test_the_sources_own_words_for_its_year_said_back_stay_answered(
    shipped_index: FactIndex,
) -> None:
    # "this academic year" is how the newest figure's answer names its own year: the asker
    # says it back, so that figure is asked, said to be for its own year.
    reply = answer(shipped_index, "number of new special schools opened this academic year?")
    assert reply.answered and "15 new special schools" in reply.text
    assert "the newest figure in the sources is for 2023/24" in reply.text


def test_an_older_years_figure_for_this_year_says_its_year_before_the_figure(
    shipped_index: FactIndex,
) -> None:
    # The 2023/24 figure given for "this year": its year leads the reply, not after the quote.
    reply = answer(shipped_index, "how many places have the new schools created this year")
    assert reply.answered, reply.text
    first = reply.text.splitlines()[0]
    assert first.startswith("“This year” is read as ") and first.endswith("is for 2023/24.")
    assert reply.text.index("2023/24") < reply.text.index("1,500")


def test_this_year_of_a_dated_answer_is_that_answers_year(shipped_index: FactIndex) -> None:
    # The asker dates the answer they quote: their "this year" is its year, so its figure is
    # the answer, not related information.
    reply = answer(
        shipped_index, "the feb 2024 answer - how many special free schools opened this year?"
    )
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"


def test_this_year_of_an_answer_quoted_is_that_answers_year(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index,
        "the improvement plan update says some special schools opened this year - how many?",
    )
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"


def test_this_year_said_back_of_the_sources_own_this_year_is_answered(
    shipped_index: FactIndex,
) -> None:
    # The source counts the places "opened this academic year": a "this year" says that back,
    # answered with the year it was, where the high needs total, given for a named year, is not.
    places = answer(shipped_index, "how many new places this year", today=TODAY)
    assert places.outcome is Outcome.ANSWERED
    assert "2023/24" in places.text
    budget = answer(shipped_index, "how much goes into high needs this yr", today=TODAY)
    assert budget.outcome is Outcome.PARTIAL
