"""'extra EPs count', 'count of new places', 'headcount': the noun asks how many, as "number
of" does; the verb ("does it count as ...") asks no figure."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "extra EPs count",
        "EP trainee count?",
        "PINS schools count pls",
        "count of early years practitioners registered for the senco training",
        "headcount of the extra ed psychs being trained",
        "autism training count",
    ],
)
def test_the_noun_count_asks_how_many(question: str) -> None:
    assert analyse(question).intent is Intent.COUNT


@pytest.mark.parametrize(
    "question",
    [
        "does a school in PINS count as specialist provision",
        "what counts as SEND",
        "does the autism training count towards CPD",
        "does that count",
    ],
)
def test_the_verb_count_asks_no_figure(question: str) -> None:
    assert analyse(question).intent is not Intent.COUNT


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Declined before: the trainees and the money for them were a near tie.
        ("extra EPs count", "educational-psychologists-trainees"),
        ("EP trainee count?", "educational-psychologists-trainees"),
        ("headcount of the extra ed psychs being trained", "educational-psychologists-trainees"),
        ("PINS schools count pls", "pins-primary-schools"),
    ],
)
def test_a_count_asked_by_the_noun_is_answered(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


@pytest.mark.parametrize(
    "question",
    ["count of special schools closed", "does a school in PINS count as specialist provision"],
)
def test_nor_does_the_noun_answer_what_the_source_does_not_count(
    single_source_index: FactIndex, question: str
) -> None:
    assert not answer(single_source_index, question).answered


def test_on_the_shipped_base_too(shipped_index: FactIndex) -> None:
    assert_answered_with(shipped_index, "ep trainees count", "educational-psychologists-trainees")
    assert not answer(shipped_index, "does a special free school count as a state school").answered
