"""The shipped knowledge base is sound in every source, and the development evaluation set
agrees with the one-source base it was written for."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from sendbot.answering.answer import decide
from sendbot.answering.answer_parts import answer_part
from sendbot.answering.fact_index import build_index
from sendbot.answering.which_answer import WHICH_ANSWER
from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.figures import unbacked_figures
from sendbot.knowledge.model import FigureKind, KnowledgeBase
from sendbot.knowledge.verbatim import is_verbatim
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load

ROOT = Path(__file__).resolve().parent.parent.parent
KNOWLEDGE_DIR = BUNDLED_KNOWLEDGE
EVAL_FILE = ROOT / "tests" / "eval" / "questions.yaml"
SINGLE_SOURCE_KB = ROOT / "tests" / "data" / "single-source-kb"


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    try:
        return load(KNOWLEDGE_DIR).kb
    except KnowledgeError as exc:  # pragma: no cover - shown only when the data is broken
        problems = "\n".join(str(problem) for problem in exc.problems)
        pytest.fail(f"the shipped knowledge base has problems:\n{problems}")


@pytest.fixture(scope="module")
def single_source_kb() -> KnowledgeBase:
    return load(SINGLE_SOURCE_KB).kb


@pytest.fixture(scope="module")
def eval_set() -> dict[str, Any]:
    data = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _in_scope(eval_set: dict[str, Any]) -> list[dict[str, str]]:
    entries = eval_set["in_scope"]
    assert isinstance(entries, list)
    return entries


def test_loads_without_problems(kb: KnowledgeBase) -> None:
    assert len(kb) > 0
    assert kb.sources


def test_every_quote_is_verbatim_in_its_source(kb: KnowledgeBase) -> None:
    for fact in kb:
        assert is_verbatim(fact.quote, kb.source_of(fact).text), fact.id


def test_every_fact_is_complete(kb: KnowledgeBase) -> None:
    for fact in kb:
        assert len(fact.questions) >= 10, fact.id
        assert len(fact.tags) >= 1, fact.id
        assert fact.title, fact.id


def test_every_number_a_statement_says_is_in_its_quote(kb: KnowledgeBase) -> None:
    unbacked = {fact.id: unbacked_figures(fact.statement, fact.quote) for fact in kb}
    assert {fact_id: found for fact_id, found in unbacked.items() if found} == {}


def test_every_fact_is_as_of_its_answer_unless_a_period_says_otherwise(
    kb: KnowledgeBase,
) -> None:
    for fact in kb:
        assert fact.period or fact.as_of == kb.source_of(fact).answered, fact.id


def test_every_source_says_when_it_was_answered(kb: KnowledgeBase) -> None:
    """Each source has a fact about the document itself: the date of its answer."""
    for source in kb.sources:
        dated = [
            fact
            for fact in kb
            if fact.source_id == source.id
            and any(
                figure.kind is FigureKind.DATE and figure.value == source.answered.isoformat()
                for figure in fact.figures
            )
        ]
        assert dated, source.id


def test_every_shipped_document_belongs_to_one_source(kb: KnowledgeBase) -> None:
    documents = sorted(path.name for path in (KNOWLEDGE_DIR / "sources").iterdir())
    cited = sorted(Path(source.document).name for source in kb.sources)
    assert cited == documents


def test_source_urls_are_null_or_https(kb: KnowledgeBase) -> None:
    for source in kb.sources:
        assert source.url is None or source.url.startswith("https://"), source.id


def test_eval_facts_exist(single_source_kb: KnowledgeBase, eval_set: dict[str, Any]) -> None:
    in_scope = _in_scope(eval_set)
    missing = [entry["fact"] for entry in in_scope if single_source_kb.fact(entry["fact"]) is None]
    assert missing == []


def test_every_fact_has_two_eval_questions(
    single_source_kb: KnowledgeBase, eval_set: dict[str, Any]
) -> None:
    covered = Counter(entry["fact"] for entry in _in_scope(eval_set))
    thin = [fact.id for fact in single_source_kb if covered[fact.id] < 2]
    assert thin == []


def test_the_first_source_is_shipped_as_frozen_apart_from_measures_and_wider_quotes(
    kb: KnowledgeBase, single_source_kb: KnowledgeBase
) -> None:
    """The eval sets measure the frozen copy; its facts must still be shipped. A shipped quote
    may widen the frozen one to the source's words around it (a frozen quote starting mid-
    sentence loses what its figure is of: "to train 400 more" without the £21 million), so the
    frozen quote must be contained in the shipped one; any other difference fails."""
    for fact in single_source_kb:
        shipped = kb.fact(fact.id)
        assert shipped is not None, fact.id
        assert shipped.statement == fact.statement, fact.id
        assert fact.quote in shipped.quote, fact.id
        # Phrasings may change: one that every source could answer ("what did the mp ask?")
        # gives way to ones naming this source's topic. Most of an answer's record's do (see
        # test_record_questions_over_many_answers_say_which_answer_they_mean); as many stay.
        kept = len(set(fact.questions) & set(shipped.questions))
        changeable = len(fact.questions) - 2 if answer_part(fact) is None else 0
        assert kept >= changeable, fact.id
        assert len(shipped.questions) >= len(fact.questions), fact.id


def test_eval_questions_are_not_copied_from_facts(
    kb: KnowledgeBase, eval_set: dict[str, Any]
) -> None:
    """The eval set is held out: no question in it is one the matcher was given."""
    fact_questions = {_fold(question) for fact in kb for question in fact.questions}
    entries = [*_in_scope(eval_set), *eval_set["out_of_scope"]]
    copied = [entry["q"] for entry in entries if _fold(entry["q"]) in fact_questions]
    assert copied == []


def test_eval_set_is_well_formed(eval_set: dict[str, Any]) -> None:
    in_scope = _in_scope(eval_set)
    out_of_scope = eval_set["out_of_scope"]
    assert all(set(entry) == {"q", "fact"} for entry in in_scope)
    assert all(set(entry) == {"q"} for entry in out_of_scope)
    questions = [_fold(entry["q"]) for entry in [*in_scope, *out_of_scope]]
    assert len(questions) == len(set(questions)), "a question is listed twice"


def test_record_questions_over_many_answers_say_which_answer_they_mean(kb: KnowledgeBase) -> None:
    """Over several written answers, "who answered this?" is asked back which answer is meant:
    a curated question of an answer's record (who answered, when, what was asked) names its
    answer, so it gets its own fact instead."""
    index = build_index(kb)
    asked_back = [
        (fact.id, question)
        for fact in kb
        if answer_part(fact) is not None
        for question in fact.questions
        if (decide(index, question).result.missing or "").startswith(
            (WHICH_ANSWER, "Several written answers")
        )
    ]
    assert asked_back == []
