"""A question written in another language ("Oes arian newydd ar gyfer ysgolion arbennig?") gets
the reply that sendbot reads and answers English only, not "I don't have that in my sources",
which read as if the sources lacked the topic. An English question full of shorthand, typos or
another language's words stays a question."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.message_kind import Kind
from sendbot.answering.question import analyse

ENGLISH_ONLY = "I only understand and answer in English"


@pytest.mark.parametrize(
    "question",
    [
        "Pryd mae'r ysgolion arbennig newydd yn agor?",  # Welsh
        "Oes unrhyw arian ar gyfer plant ag anghenion addysgol arbennig?",
        "Est-ce que les écoles spécialisées ont reçu plus d'argent ?",  # French
        "¿Cuánto dinero hay para los niños con necesidades especiales?",  # Spanish
        "Wie viel Geld gibt es für Kinder mit Förderbedarf?",  # German
    ],
)
def test_a_question_in_another_language_is_told_english_only(
    shipped_index: FactIndex, question: str
) -> None:
    assert analyse(question).kind is Kind.LANGUAGE
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.HELP
    assert reply.text.startswith(ENGLISH_ONLY)


@pytest.mark.parametrize(
    "question",
    [
        "hw mny new speshul skools opnd this yr?",  # typos, not another language
        "how many LAs are in the change programme? are all LAs in it",  # "LAs", twice
        "total high needs for the fy? and is dla counted",  # shorthand
        "how many ysgolion arbennig are there in wales?",  # English naming Welsh words
        "merci! how many special schools opened?",
    ],
)
def test_english_with_odd_words_is_still_a_question(question: str) -> None:
    assert analyse(question).kind is Kind.QUESTION
