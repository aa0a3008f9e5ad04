"""Words that say how a figure is put ("in % terms", "the overall amount", "over a thousand")
name no topic. A base that never uses them weighed each as much as its rarest topic word, so
a question saying one scored as if it asked about something the base does not cover."""

import pytest

from sendbot.answering.fact_index import GENERIC_FACTOR, FactIndex
from sendbot.answering.scoring import corrected_terms
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize("said", ["terms", "overall", "thousand", "hundreds"])
def test_a_word_of_how_a_figure_is_put_weighs_as_an_everyday_word(
    single_source_index: FactIndex, said: str
) -> None:
    (term,) = corrected_terms(single_source_index, said)
    assert term not in single_source_index.idf  # the one-source base never says it
    assert single_source_index.weight(term) == single_source_index.unknown_idf * GENERIC_FACTOR


def test_a_rise_asked_in_percentage_terms_is_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "high needs up by how much in % terms", "high-needs-budget-increase"
    )


def test_a_rise_in_real_terms_is_still_not_given(single_source_index: FactIndex) -> None:
    # The written answer gives the cash rise, never one adjusted for inflation.
    assert_not_answered(single_source_index, "what's the rise in real terms", ".")
