"""'Latest' questions that say the figure the asker already has, and 'latest' questions the
words asking for the newest draw to another fact of the newest answer, on the shipped base.

A newer written answer does not repeat the old figure ("it was 200k", "my notes say £9.1bn"),
so the figure claimed is no word of the topic the newest figure is found by; years and spans
stay, as they say which figure or when. A later answer's figure counts the same thing when its
unit reads the same to the matcher ("pupils" and "children"). Among one written answer's facts,
the words asking for the newest choose none: the topic alone does."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import same_unit, without_claimed_figures
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with

SPECIAL_SCHOOL_PUPILS_EARLIER = (
    'Earlier: "Since 2015/16, the number of children in all types of special schools has '
    'increased from 115,000 to 200,000 in 2024/25" (Baroness Smith of Malvern, 27 January '
    "2026)."
)
HIGH_NEEDS_TOTALS_EARLIER = (
    'Earlier: "£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023); '
    '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024).'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it was 50k more than 2017, whats the number", "it was , whats the number"),
        ("my council quotes 10.5bn, what's the total", "my council quotes , what's the total"),
        ("the head said £9.1 billion, how much is it", "the head said , how much is it"),
        ("what is the figure, i had a 10.6% rise", "what is the figure, i had a rise"),
        ("pins was £13m for 1680 schools, how many", "pins was for schools, how many"),
        ("how many, 76 approved special free schools?", "how many, approved special free schools?"),
    ],
)
def test_the_figure_claimed_is_left_out(text: str, expected: str) -> None:
    assert without_claimed_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "high needs funding in 2025/26",
        "high needs funding in 2025-26",
        "special schools since 2017",
        "the rise in high needs over 5 yrs",
        "the increase over the last 10 years",
        "special free schools approved in march 2023",
    ],
)
def test_years_periods_and_spans_stay(text: str) -> None:
    assert without_claimed_figures(text) == text


def test_a_question_of_figures_alone_is_kept() -> None:
    # Nothing would be left to ask about: the question stays as it is.
    assert without_claimed_figures("10.1bn?") == "10.1bn?"


def test_figures_stay_when_no_figure_is_asked() -> None:
    # The 4,000 reached are what is asked about, not a figure the asker has.
    question = "how are the 4,000 young people reached doing"
    assert without_claimed_figures(question) == question


def test_units_read_as_the_matcher_reads_them(shipped_index: FactIndex) -> None:
    assert same_unit(shipped_index, "pupils", "children")
    assert same_unit(shipped_index, "education psychologists", "educational psychologists")
    assert not same_unit(shipped_index, "special free schools", "children")
    assert not same_unit(shipped_index, None, "children")
    assert same_unit(shipped_index, None, None)


@pytest.mark.parametrize(
    "question",
    [
        "the head said 200k kids in special schools, what's the latest count?",
        "my notes say 115,000 pupils in special schools, what is the newest figure?",
        "it was 50k more than 2017 when i looked, what's the latest number in special schools?",
    ],
)
def test_an_old_special_school_figure_then_the_newest_count(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")
    # The newest count, the 2015/16 one beside it; its quote writes both, so no line repeats it.
    assert [item.fact_id for item in reply.earlier] == ["pupils-in-special-schools-2015-16"]
    assert SPECIAL_SCHOOL_PUPILS_EARLIER not in reply.text.splitlines()


@pytest.mark.parametrize(
    "question",
    [
        "our newsletter says high needs is £9.1bn, what is the latest total?",
        "a colleague said 10.5 billion for high needs, what's the current total?",
    ],
)
def test_an_old_high_needs_total_then_the_newest(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert HIGH_NEEDS_TOTALS_EARLIER in reply.text.splitlines()


def test_a_span_is_no_figure_claimed(shipped_index: FactIndex) -> None:
    # "over 5 yrs" says which rise: the five-year rise, not the yearly one.
    reply = answer(shipped_index, "most recent % rise over 5 yrs in high needs")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.measure == "high-needs-budget-rise-since-2019-20"


@pytest.mark.parametrize(
    "question",
    [
        "latest about new special free schools",
        "the most recent on extra special free schools?",
    ],
)
def test_latest_words_choose_no_fact_of_the_newest_answer(
    shipped_index: FactIndex, question: str
) -> None:
    # The March 2024 answer's news is its 15 more schools; its "most recent ... application
    # round" is found only by the words asking for the newest.
    assert_answered_with(shipped_index, question, "spring-budget-2024-special-free-schools")
