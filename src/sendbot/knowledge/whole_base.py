"""What `kb check` finds beyond what loading one file checks: a date after today, a question
under two facts, a topic twice in one answer or naming a measure, an answer the base has twice.

Pure: the base, today and how to show each source's file in; problems out. `kb check` reports
them all; a change that replaces or adds a whole file (an import, an ingest) is refused for the
ones it brings, so that the base it saves is one `kb check` passes (and a service that runs
`kb check` before it starts still starts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sendbot.knowledge.errors import Problem
from sendbot.knowledge.future_dates import future_date_problems
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.same_answer import repeated_answers
from sendbot.knowledge.shared_questions import shared_question_problems
from sendbot.knowledge.topics import topic_problems


def whole_base_problems(
    kb: KnowledgeBase, today: dt.date, files: Mapping[str, str]
) -> list[Problem]:
    """Every problem of the base as a whole. `files` maps a source id to its file as shown.
    An answer held twice is reported only when nothing else is (it reads every document)."""
    shown = {f.source.id: files.get(f.source.id, f.path) for f in kb.files}
    future = future_date_problems(kb, today, shown)
    shared = shared_question_problems(kb, shown)
    linked = topic_problems(kb, shown)
    if future or shared or linked:
        return [*future, *shared, *linked]
    advice = "keep one of the two"
    return [
        Problem(shown[source.id], source.id_line, "source", found.message(source.id, advice))
        for source, found in repeated_answers([f.source for f in kb.files])
    ]


def new_problems(
    before: KnowledgeBase, after: KnowledgeBase, today: dt.date, files: Mapping[str, str]
) -> list[Problem]:
    """The problems of `after` that `before` did not have (by field and message: lines move),
    so that a base with some already (edited by hand) can still take other changes."""
    had = {(p.field, p.message) for p in whole_base_problems(before, today, files)}
    return [
        problem
        for problem in whole_base_problems(after, today, files)
        if (problem.field, problem.message) not in had
    ]
