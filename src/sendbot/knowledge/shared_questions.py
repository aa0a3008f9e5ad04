"""Example questions two facts share: "how many special schools opened?" under two facts
leaves which one answers it to scoring, and `kb check` said "ok" (only `kb test` found it).
Pure: each question's line is the one the loader kept.
"""

from __future__ import annotations

from collections.abc import Mapping

from sendbot.knowledge.errors import Problem
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.verbatim import question_key


def shared_question_problems(kb: KnowledgeBase, files: Mapping[str, str]) -> list[Problem]:
    """One problem per question that an earlier fact (in file order) already has, at the
    later one's line (its `id` line when the loader kept none). `files` maps a source id to
    its file as shown."""
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
                lines = fact.question_lines
                line = lines[number] if number < len(lines) else fact.id_line
                problems.append(
                    Problem(
                        shown,
                        line,
                        f"facts[{fact.id}].questions[{number}]",
                        f"fact {owner} already has this question: keep it under one fact",
                    )
                )
    return problems
