"""A count the source gives as an addition ("approved a further 76 special free schools") is
not a total: asked how many in total, the reply says it gives the further number, and never
presents it as the total."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "how many special free schools have been approved in total?",
        "what's the total number of special free schools approved",
        "how many special free schools approved altogether?",
    ],
)
def test_a_further_count_is_not_the_total(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(
        shipped_index,
        question,
        r"gives a further 76 special free schools approved, not how many in total\.",
    )


def test_the_further_count_still_answers_how_many_were_approved(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "how many special free schools has the department approved?",
        "special-free-schools-approved",
    )


def test_the_further_ones_asked_in_total_are_the_addition(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many additional special free schools got the go-ahead altogether?",
        "special-free-schools-approved",
    )


@pytest.mark.parametrize(
    "question",
    [
        "the new special schools and the AP school, how many places do they create in total?",
        "how many places in total does the new AP free school create with the special schools",
    ],
)
def test_what_they_create_in_total_is_the_places_created(
    single_source_index: FactIndex, question: str
) -> None:
    # "Create", as "created", asks the places created, not every place there is.
    reply = assert_answered_with(single_source_index, question, "special-school-places-created")
    assert "1,500" in reply.text


def test_places_there_are_in_total_are_still_not_the_places_created(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "how many special school places are there in total?",
        r"not how many there are in total",
    )


def test_that_in_total_sums_what_the_message_names(single_source_index: FactIndex) -> None:
    # "That" is the schools just named: their places, not every special school place there is.
    reply = assert_answered_with(
        single_source_index,
        "the special schools and the AP free school, how many places is that altogether?",
        "special-school-places-created",
    )
    assert "1,500" in reply.text


def test_two_figures_told_and_summed_are_no_fact_s_figure(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "the 5000 early years practitioners plus the 100,000 autism trained, how many people is "
        "that in total?",
        r"not how many there are in total",
    )
