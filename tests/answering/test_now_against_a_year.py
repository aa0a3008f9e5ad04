"""The present set beside a year gone by ("special school pupil numbers now compared with
2015?"): the fact giving the change from that year answers, with both years; a year it does
not count from is named as not given."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.now_against_a_year import year_set_against_now
from tests.answering.expected_replies import assert_answered_with


def test_the_change_from_the_year_named_answers_with_both_years(
    shipped_index: FactIndex,
) -> None:
    # "2015" as a calendar year; the source counts from 2015/16.
    reply = assert_answered_with(
        shipped_index,
        "how many kids in special schools now vs 2015",
        "pupils-in-special-schools-2024-25",
    )
    first = reply.text.splitlines()[0]
    assert "2015/16" in first and "2024/25" in first


def test_a_year_the_answer_does_not_count_from_is_named_as_not_given(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "children in all types of special schools now against 2014")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert (
        reply.missing == "The written answer gives figures for 2015/16 and 2024/25, not for 2014."
    )
    assert reply.fact is not None and reply.fact.id == "pupils-in-special-schools-2024-25"


def test_the_readings() -> None:
    assert year_set_against_now("pupils in special schools today versus 2012") == "2012"
    assert year_set_against_now("how many now compared with 2015_16") == "2015"
    assert year_set_against_now("how many special schools in 2015") is None  # no present
    assert year_set_against_now("now vs 2015 and 2019") is None  # two years
