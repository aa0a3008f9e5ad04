"""'Who said X, and when?' asks who gave the written answer saying X and when: what the
citation of any fact quoted from that answer gives. The fact saying X answers it; "when did they
say the white paper would come out" still asks when the white paper comes."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.missing import asks_who_said
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "text",
    [
        "who said eps have a critical role",
        "who stated that eps have a critical role and when",
        "who announced it and when was that",
        "who claimed there would be an evaluator and when did they say it",
    ],
)
def test_who_said_it_and_when_is_read_as_asking_of_the_citation(text: str) -> None:
    assert asks_who_said(text)


@pytest.mark.parametrize(
    "text",
    [
        "who says a child gets a place",  # who decides, not who said it
        "when did they say the white paper would come",  # when it comes
        "who said the white paper would come and when will it come out",
        "who answered the question on eps",
        "which minister wrote the reply on eps",  # the answerer, another fact's part
    ],
)
def test_other_who_and_when_questions_are_not(text: str) -> None:
    assert not asks_who_said(text)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "who stated that educational psychologists have a critical role, and when was that?",
            "educational-psychologists-critical-role",
        ),
        (
            "who claimed the change programme had appointed an independent evaluator, and when "
            "did they say it?",
            "change-programme-independent-evaluation",
        ),
    ],
)
def test_the_fact_saying_it_answers_who_said_it_and_when(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    # who gave it and when: the citation every answered fact carries
    assert reply.citation and reply.citation.startswith("Written answer by ")
