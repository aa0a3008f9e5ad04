"""Example questions two facts share: "how many special schools opened?" under two facts
leaves which one answers it to scoring, and `kb check` said "ok" (only `kb test` found it).
Pure: the lines of the questions in their files are given.
"""

from __future__ import annotations

from collections.abc import Mapping

from sendbot.knowledge.errors import Problem
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.verbatim import question_key
from sendbot.knowledge.yamltext import LinedDict, LinedList


def shared_question_problems(
    kb: KnowledgeBase,
    files: Mapping[str, str],
    lines: Mapping[tuple[str, int], int] | None = None,
) -> list[Problem]:
    """One problem per question that an earlier fact (in file order) already has, at the
    later one. `files` maps a source id to its file as shown; `lines` maps (fact id, question
    number) to the question's line (else the fact's `id` line is given)."""
    first: dict[str, str] = {}
    problems = []
    for knowledge_file in kb.files:
        shown = files.get(knowledge_file.source.id, knowledge_file.path)
        for fact in knowledge_file.facts:
            for number, question in enumerate(fact.questions):
                key = question_key(question)
                owner = first.setdefault(key, fact.id)
                if owner == fact.id:
                    continue
                line = (lines or {}).get((fact.id, number), fact.id_line)
                problems.append(
                    Problem(
                        shown,
                        line,
                        f"facts[{fact.id}].questions[{number}]",
                        f"fact {owner} already has this question: keep it under one fact",
                    )
                )
    return problems


def question_lines(data: object) -> dict[tuple[str, int], int]:
    """(fact id, question number) -> line, from a knowledge file read by `load_yaml`."""
    found: dict[tuple[str, int], int] = {}
    facts = data.get("facts") if isinstance(data, LinedDict) else None
    for fact in facts if isinstance(facts, LinedList) else ():
        questions = fact.get("questions") if isinstance(fact, LinedDict) else None
        if not isinstance(fact.get("id") if isinstance(fact, LinedDict) else None, str):
            continue
        if isinstance(questions, LinedList):
            for number, line in enumerate(questions.lines):
                found[(fact["id"].strip(), number)] = line
    return found
