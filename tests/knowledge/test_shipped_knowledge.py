"""The shipped knowledge base is sound, and the development evaluation set agrees with it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.verbatim import is_verbatim
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load

ROOT = Path(__file__).resolve().parent.parent.parent
KNOWLEDGE_DIR = BUNDLED_KNOWLEDGE
EVAL_FILE = ROOT / "tests" / "eval" / "questions.yaml"


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
        assert len(fact.questions) >= 3, fact.id
        assert len(fact.tags) >= 1, fact.id
        assert fact.title, fact.id


def test_source_urls_are_null_or_https(kb: KnowledgeBase) -> None:
    for source in kb.sources:
        assert source.url is None or source.url.startswith("https://"), source.id


def test_eval_facts_exist(kb: KnowledgeBase, eval_set: dict[str, Any]) -> None:
    missing = [entry["fact"] for entry in _in_scope(eval_set) if kb.fact(entry["fact"]) is None]
    assert missing == []


def test_every_fact_has_two_eval_questions(kb: KnowledgeBase, eval_set: dict[str, Any]) -> None:
    covered = Counter(entry["fact"] for entry in _in_scope(eval_set))
    thin = [fact.id for fact in kb if covered[fact.id] < 2]
    assert thin == []


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
