"""The gates in front of what_is_missing's checks: a check is called only for a question that
opens its gate, read once per question, so a gate must never be narrower than the first test
its check makes. Asked of a sample of the development questions (never the held-out sets) and
every fact of the shipped base: whenever a gate is closed, its check says nothing."""

from pathlib import Path

import pytest
import yaml

from sendbot.answering import missing
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.missing import CHECKS, AskedTerms
from sendbot.answering.question import Question, analyse
from sendbot.answering.scoring import asked_terms, missing_from, subject_terms

EVAL = Path(__file__).resolve().parents[1] / "eval"
# One development question in this many, sorted: questions of many kinds, few enough to ask of
# every fact and every closed gate in a few seconds.
SAMPLED = 200


def _development_questions() -> list[str]:
    held_out = {
        line.strip()
        for line in (EVAL / "HELD_OUT").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    questions: set[str] = set()
    for path in sorted(EVAL.glob("*.yaml")):
        if path.name in held_out:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for items in data.values():
            for item in items or ():
                questions.add(str(item["q"]) if isinstance(item, dict) else str(item))
    return sorted(questions)[::SAMPLED]


def _terms(index: FactIndex, question: Question) -> AskedTerms:
    return asked_terms(index, question, subject_terms(index, question))


def test_a_closed_gate_means_its_check_says_nothing_of_any_fact(
    shipped_index: FactIndex,
) -> None:
    questions = _development_questions()
    assert len(questions) > 150  # the sets are read
    narrower = []
    for text in questions:
        question = analyse(text)
        terms = _terms(shipped_index, question)
        for number, (gate, check) in enumerate(CHECKS):
            if gate(question, terms):
                continue
            for position, profile in enumerate(shipped_index.profiles):
                said = check(question, profile, shipped_index.fact_terms[position], terms)
                if said is not None:
                    narrower.append((number, text, shipped_index.facts[position].id, said))
    assert narrower == []


# "what factors go into the high needs formula" asks how a formula works; "how much is high
# needs funding" does not, and neither asks of a place, an office or a year.
def test_only_the_checks_a_question_opens_are_called(
    shipped_index: FactIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[str] = []
    index = len(CHECKS) - 2  # how_it_works, said just before _outcome_of_a_plan
    gate, check = CHECKS[index]

    def watched(*args: object) -> str | None:
        called.append("how_it_works")
        return check(*args)  # type: ignore[arg-type]

    watched_checks = (*CHECKS[:index], (gate, watched), *CHECKS[index + 1 :])
    monkeypatch.setattr(missing, "CHECKS", watched_checks)
    monkeypatch.setattr(missing, "_kept", [])
    missing_from(shipped_index, analyse("how much is high needs funding"), 0)
    assert called == []
    missing_from(shipped_index, analyse("what factors go into the high needs formula"), 0)
    assert called == ["how_it_works"]


def test_a_question_opens_few_of_the_checks(shipped_index: FactIndex) -> None:
    question = analyse("how much is high needs funding")
    checks = missing._checks_for(question, _terms(shipped_index, question))
    assert 0 < len(checks) < len(CHECKS) // 4
