"""A fact that gives every figure the top fact gives, and more, is no rival to it: the £21 million
bullet of the February 2024 answer ("£21 million to train 400 more education psychologists across
the academic years 2024 and 2025") says the 400 that its sibling ("to train 400 more ...") says,
so the top fact's lead is measured past it. A fact lacking one of the top fact's figures still is
a rival. And "how much is for 2024 and how much for 2025" asks a split by year, which the bullet's
one total for both years does not give."""

import pytest

from sendbot.answering.evidence import Evidence
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import margin_of
from sendbot.answering.question import analyse
from sendbot.answering.ranked import Candidate
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def _candidate(position: int, rank_score: float) -> Candidate:
    evidence = Evidence(0.5, 0.5, 0.5, 0.5, 0.5, 0, False, 0.0)
    return Candidate(position, evidence, rank_score)


def _position(index: FactIndex, fact_id: str) -> int:
    return next(at for at, fact in enumerate(index.facts) if fact.id == fact_id)


def test_a_fact_giving_the_top_facts_figures_and_more_is_no_rival(
    shipped_index: FactIndex,
) -> None:
    trainees = _position(shipped_index, "educational-psychologists-trainees")
    funding = _position(shipped_index, "educational-psychologists-funding")
    other = _position(shipped_index, "pins-primary-schools")
    candidates = [_candidate(trainees, 0.65), _candidate(funding, 0.64), _candidate(other, 0.4)]
    assert margin_of(candidates, shipped_index.facts) == pytest.approx(0.25)


def test_a_fact_lacking_one_of_the_top_facts_figures_is_a_rival(
    shipped_index: FactIndex,
) -> None:
    # The trainees' fact gives no sum: it cannot say the £21 million the top fact says.
    trainees = _position(shipped_index, "educational-psychologists-trainees")
    funding = _position(shipped_index, "educational-psychologists-funding")
    other = _position(shipped_index, "pins-primary-schools")
    candidates = [_candidate(funding, 0.65), _candidate(trainees, 0.64), _candidate(other, 0.4)]
    assert margin_of(candidates, shipped_index.facts) == pytest.approx(0.01)


@pytest.mark.parametrize(
    "question",
    [
        "of the £21m, how much is for 2024 and how much for 2025?",
        "how much is going on ep training in 2024 and how much in 2025",
    ],
)
def test_how_much_for_one_year_and_how_much_for_another_asks_a_split_by_year(
    question: str,
) -> None:
    assert analyse(question).breakdown == "by year"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The sum asked, for the years the bullet names: the £21 million, not the 400 alone.
        (
            "ep training funding for the 2024 and 2025 academic years?",
            "educational-psychologists-funding",
        ),
        # Both asked: the one fact that gives both.
        (
            "how many eps and how much money for training them in 2024 and 2025",
            "educational-psychologists-funding",
        ),
    ],
)
def test_the_sum_for_ep_training_is_the_funding_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_the_funding_is_not_split_by_year(shipped_index: FactIndex) -> None:
    # Never the funding as the answer: the bullet's years are the span of one total.
    assert_not_answered(
        shipped_index,
        "of the £21 million for EP training, how much is for 2024 and how much is for 2025?",
        "not a breakdown by year|a figure for 2025|not one for 2025",
    )
