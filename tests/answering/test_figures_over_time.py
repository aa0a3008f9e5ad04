"""Replies about a measure's figures over time say when each was true, in words a new reader
can follow: a figure said later of an earlier time is said to be so ("Earlier, though said in a
later answer", which "This is the latest figure" beside it does not contradict), a quoted piece
whose period is named only elsewhere in its quote gets that period, and a period's figure given
as asked says that newer ones exist and what they are for. Every figure stays a quoted piece
(no figure outside a quote)."""

import datetime as dt
from dataclasses import replace

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.unquoted_figures import unquoted_figures

TODAY = dt.date(2026, 12, 1)

THIRTY_THREE = (
    "Earlier, though said in a later answer: "
    '"In March 2023, the department approved 33 new special free schools" '
    "(David Johnston, 22 March 2024)."
)
LATEST = (
    "This is the latest figure in the sources, from an answer given on "
    "8 February 2024 — more than 12 months ago."
)
TWELVE_BN = (
    '"over £12 billion in the 2025/26 financial year" (Baroness Smith of Malvern, 16 June 2025)'
)
TEN_POINT_FIVE = '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024)'
TEN_POINT_ONE = '"£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023)'


@pytest.mark.parametrize(
    "question",
    [
        "how many special free schools have been approved?",
        "how many new special free schools were given the go ahead",
        "number of special free schools approved",
        "special free schools approved so far?",
        "how many new special free schools have been approved so far",
    ],
)
def test_a_figure_said_later_of_an_earlier_time_does_not_contradict_the_latest(
    shipped_index: FactIndex, question: str
) -> None:
    """76 as of February 2024, beside 33 for March 2023 said in March 2024: the 33 is of an
    earlier time though said later, not "In a later answer" then "This is the latest
    figure"."""
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "special-free-schools-approved"
    lines = reply.text.splitlines()
    assert lines[-2:] == [THIRTY_THREE, LATEST]
    assert unquoted_figures(reply, shipped_index.kb) == []


def test_without_a_date_the_figure_said_later_is_still_named_for_its_time(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how many special free schools have been approved?")
    assert reply.text.splitlines()[-1] == THIRTY_THREE


def test_a_figure_of_a_later_time_said_in_an_earlier_answer_is_named_so(
    shipped_index: FactIndex,
) -> None:
    """Asked for March 2023, the 33 said in March 2024: the 76 is of a later time, though
    its answer (February 2024) is earlier."""
    reply = answer(shipped_index, "how many special free schools were approved in march 2023?")
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "special-free-schools-approved-march-2023"
    assert reply.text.splitlines()[-1] == (
        "Later, though said in an earlier answer: "
        '"a further 76 special free schools" (David Johnston, 8 February 2024).'
    )


@pytest.mark.parametrize(
    "question",
    [
        "whats the total high needs budget?",
        "how much is high needs funding?",
        "how much money goes on high needs now",
        "how much high needs funding does Devon get?",
    ],
)
def test_an_earlier_figure_said_as_next_year_gets_the_period_its_quote_names(
    shipped_index: FactIndex, question: str
) -> None:
    """ "£10.1 billion next year" was said in February 2023 of 2023/24, which its quote names
    in another sentence: a reader of the piece alone could not tell."""
    reply = answer(shipped_index, question, today=TODAY)
    assert f"Earlier: {TEN_POINT_ONE}; {TEN_POINT_FIVE}." in reply.text.splitlines()
    assert unquoted_figures(reply, shipped_index.kb) == []


def test_no_longer_names_the_period_of_the_figure_claimed(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is high needs funding still £10.1bn?", today=TODAY)
    assert (
        f"No longer: that was {TEN_POINT_ONE}; the newest figure is the one above."
        in reply.text.splitlines()
    )
    assert unquoted_figures(reply, shipped_index.kb) == []


@pytest.mark.parametrize(
    ("question", "fact_id", "later"),
    [
        (
            "high needs funding in 2023/24?",
            "high-needs-total-2023-24",
            f"{TEN_POINT_FIVE}; {TWELVE_BN}",
        ),
        (
            "how much was the high needs budget in 23/24",
            "high-needs-total-2023-24",
            f"{TEN_POINT_FIVE}; {TWELVE_BN}",
        ),
        (
            "hn funding 2023-24 total pls",
            "high-needs-total-2023-24",
            f"{TEN_POINT_FIVE}; {TWELVE_BN}",
        ),
        (
            "high needs allocation for the 2023 to 2024 financial year",
            "high-needs-total-2023-24",
            f"{TEN_POINT_FIVE}; {TWELVE_BN}",
        ),
        ("what was high needs funding for 2024/25", "high-needs-funding-2024-25", TWELVE_BN),
        (
            "what was the increase in high needs funding in 2023/24?",
            "high-needs-increase-2023-24",
            '"a further £440 million, or 4.3%, in 2024/25 compared to this financial year" '
            "(David Johnston, 26 September 2023); "
            '"over £1 billion in the 2025/26 financial year" (Georgia Gould, 26 February 2026)',
        ),
        (
            "how much did high needs go up by in 2024/25",
            None,
            '"over £1 billion in the 2025/26 financial year" (Georgia Gould, 26 February 2026)',
        ),
    ],
)
def test_a_period_s_figure_says_a_newer_one_exists_and_its_period(
    shipped_index: FactIndex, question: str, fact_id: str | None, later: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.answered and reply.fact is not None
    if fact_id is not None:
        assert reply.fact.id == fact_id
    assert reply.text.splitlines()[-1] == f"Later: {later}."
    assert unquoted_figures(reply, shipped_index.kb) == []
    # The figures listed are in the reply's JSON too, with their periods.
    assert {item.period for item in reply.earlier} >= {"2025/26"}


@pytest.mark.parametrize(
    "question",
    [
        "what was high needs funding for 2025/26",  # the newest period: nothing newer
        "what was the high needs budget last year?",  # read as 2025/26, the newest
        "how many kids were in special schools in 2024/25",  # no later figure
        "how much high needs funding did Warwickshire get in 2025/26",
    ],
)
def test_a_period_with_no_newer_figure_lists_none(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert not any(line.startswith("Later:") for line in reply.text.splitlines())


def test_a_period_no_answer_gives_is_partial_as_before(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what was high needs funding in 2022/23", today=TODAY)
    assert reply.outcome.value == "partial"
    assert not any(line.startswith("Later:") for line in reply.text.splitlines())


def test_only_the_period_a_listed_figure_s_quote_writes_is_let_through(
    shipped_index: FactIndex,
) -> None:
    """The period beside a quoted piece is a figure outside the quote: let through only as the
    period of a figure listed, which that figure's own quote writes."""
    reply = answer(shipped_index, "whats the total high needs budget?", today=TODAY)
    assert unquoted_figures(reply, shipped_index.kb) == []
    wrong = reply.text.replace(", for 2023/24 (", ", for 2022/23 (")
    assert wrong != reply.text
    found = unquoted_figures(replace(reply, text=wrong), shipped_index.kb)
    assert [(item.kind, item.figure) for item in found] == [("earlier", "2022/23")]
