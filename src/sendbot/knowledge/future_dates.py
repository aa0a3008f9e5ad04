"""Dates after today in a knowledge base: a typo ("2062-02-08" for "2026-02-08") that would
make a figure the newest in the sources for decades. Pure: `today` is given.

Checked by `kb check`, not on every load: the bot must not stop serving a base because the
clock of the machine it runs on is behind.
"""

from __future__ import annotations

import datetime as dt

from sendbot.knowledge.errors import Problem
from sendbot.knowledge.model import KnowledgeBase


def future_date_problems(kb: KnowledgeBase, today: dt.date, files: dict[str, str]) -> list[Problem]:
    """One problem per source date and fact as_of after `today`; `files` maps a source id to
    its file as shown to the user."""
    problems = []
    for knowledge_file in kb.files:
        source = knowledge_file.source
        shown = files.get(source.id, knowledge_file.path)
        for name, date in (("answered", source.answered), ("asked", source.asked)):
            if date is not None and date > today:
                problems.append(_problem(shown, source.id_line, f"source.{name}", date, today))
        for fact in knowledge_file.facts:
            if fact.as_of > today:
                where = f"facts[{fact.id}].as_of"
                problems.append(_problem(shown, fact.id_line, where, fact.as_of, today))
    return problems


def after_today(date: dt.date, today: dt.date) -> str | None:
    """Why `date` is refused ("2099-01-01 is after today, ...: a typo?"), or None: `kb check`
    says it of a base, `/kb edit` and `kb add`/`kb edit` of a date typed in, `kb build` and
    /kb ingest of an answer's date (`ingest.DatedInTheFuture`)."""
    if date <= today:
        return None
    return f"{date.isoformat()} is after today, {today.isoformat()}: a typo?"


def _problem(shown: str, line: int | None, field: str, date: dt.date, today: dt.date) -> Problem:
    return Problem(shown, line, field, after_today(date, today) or "")
