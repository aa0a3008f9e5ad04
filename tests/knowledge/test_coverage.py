"""Every sentence of a written answer that says something can be asked about: a fact quotes it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sendbot.knowledge.coverage import answer_sentences
from sendbot.knowledge.model import Fact, KnowledgeBase, KnowledgeFile
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load
from tests.knowledge.builders import written_answer

ANSWER = """Schools: Special Educational Needs

(asked on 1st March 2024) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, how many special schools have opened.


Answered by
Jane Minister
This question was answered on 8th March 2024

The department has opened 15 new special schools this year, which creates over 1,500 places.

We have responded to rising demand by developing new specialist provision. Thank you.

Reticulating Splines
"""


def _file(*quotes: str) -> KnowledgeFile:
    answered = written_answer("answer", dt.date(2024, 3, 8), title="Special schools")
    source = dataclasses.replace(answered, text=ANSWER)
    facts = tuple(
        Fact(f"fact-{n}", quote, quote, ("q",), dt.date(2024, 3, 8), "answer")
        for n, quote in enumerate(quotes)
    )
    return KnowledgeFile("answer.yaml", source, facts)


def _uncovered(file: KnowledgeFile) -> list[str]:
    return [s.text for s in answer_sentences(file) if s.has_content and not s.covered]


def test_a_sentence_no_fact_quotes_is_uncovered() -> None:
    file = _file(
        "The department has opened 15 new special schools this year, which creates over 1,500"
    )
    assert _uncovered(file) == [
        "We have responded to rising demand by developing new specialist provision."
    ]


def test_a_quote_of_one_clause_leaves_the_other_clause_uncovered() -> None:
    # "which creates over 1,500 places" says something of its own.
    file = _file(
        "The department has opened 15 new",
        "We have responded to rising demand by developing new specialist provision.",
    )
    assert _uncovered(file) == [
        "The department has opened 15 new special schools this year, which creates over "
        "1,500 places."
    ]


def test_the_question_page_furniture_and_courtesies_are_not_asked_about() -> None:
    file = _file(
        "The department has opened 15 new special schools this year, which creates over 1,500",
        "We have responded to rising demand by developing new specialist provision.",
    )
    sentences = answer_sentences(file)
    assert [s.text for s in sentences if not s.has_content] == ["Thank you."]
    assert all("Reticulating" not in s.text and "To ask" not in s.text for s in sentences)
    assert _uncovered(file) == []


def test_every_content_sentence_of_the_shipped_answers_is_quoted() -> None:
    kb: KnowledgeBase = load(BUNDLED_KNOWLEDGE).kb
    uncovered = [text for file in kb.files for text in _uncovered(file)]
    # The census data sentence, once left out, is quoted whole by the fact giving the address
    # of the SEN in England statistics, which people ask for.
    assert uncovered == []
