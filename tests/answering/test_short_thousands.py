"""Thousands written short ("5k", "1.5k", "5K") are read as the figure in full, as "5,000" is:
the question finds the fact that gives the figure, and the reply quotes the figure back as the
asker wrote it. A claim said before "is that right?" is asked with the place it names."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import fold_text
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

SENCO_TRAINING = "early-years-senco-training"
PLACES = "special-school-places-created"


def test_short_thousands_fold_to_the_figure_in_full() -> None:
    assert fold_text("so about 5k on") == fold_text("so about 5,000 on")
    assert fold_text("1.5k new places") == fold_text("1,500 new places")
    assert "500" in fold_text("0.5k").split()
    # Not a unit ("2.5km", "5kg"), nor a "k" that follows no figure.
    assert fold_text("2.5km 5kg k5") == "2.5km 5kg k5"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("so about 5k on the early years SENCO training?", SENCO_TRAINING),
        ("heard 5K on early years senco training", SENCO_TRAINING),
        ("was it 5,000 early years sencos registered?", SENCO_TRAINING),
        ("1.5k new places - is that right", PLACES),
        ("is it 5k+ new special school places?", PLACES),
    ],
)
def test_a_short_thousands_figure_finds_the_fact_that_gives_it(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_wrong_short_figure_is_corrected_as_the_asker_wrote_it(
    single_source_index: FactIndex,
) -> None:
    question = "is it 5k+ new special school places?"
    reply = assert_answered_with(single_source_index, question, PLACES)
    assert "not 5k" in reply.text


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("1.5k new places for kids in wales - is that right", "Wales"),
        ("1500 new places for kids in wales - is that right", "Wales"),
        ("is it 5k in scotland for senco training?", "Scotland"),
    ],
)
def test_a_figure_checked_for_a_place_the_source_does_not_cover_is_not_answered(
    single_source_index: FactIndex, question: str, place: str
) -> None:
    assert_not_answered(single_source_index, question, place)


def test_a_short_figure_with_nothing_it_counts_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert not answer(single_source_index, "what is 5k in pounds").answered
