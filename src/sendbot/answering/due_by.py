"""A question asking what was due by a month ("by May 2024 what was meant to be announced?"):
the one fact whose quote looks ahead to that very month ("An announcement on the location of
these schools will be made by May 2024") answers when it carries the question's topic, though
the question shares few of its words or draws the matcher to a sibling that gives nothing for
that month. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.asked_measure import missing_for, unsaid_topic
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.match import MatchResult, ScoredFact
from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact

# "by May 2024", "by sept 2023": a month and year something was to happen by.
_BY_MONTH = re.compile(r"\bby ([a-z]+) ((?:19|20)\d\d)\b")
# Words saying it was looked ahead to: "meant to", "supposed to", "due", "promised".
_DUE = re.compile(
    r"\b(?:meant|supposed|due|going|set|expected|expecting|planned|planning|promised|will)\b"
)
# Asked whether it happened ("did they announce ... by May 2024?", "were the locations
# announced by May 2024 in the end?"), which no written answer given before it says.
_DONE_ASKED = re.compile(r"^(?:did|has|have|had|were)\b|\b(?:actually|in the end|ever|yet)\b")


def due_by_answer(index: FactIndex, result: MatchResult, question: Question) -> MatchResult | None:
    """A question asking what was due by a month, answered by the one fact
    whose quote looks ahead to that month, when it carries every word of the question's topic
    and lacks nothing asked, and the probability given that verdict (the period-fact verdict:
    a fact giving the period named) reaches the threshold."""
    if result.best is None:
        return None
    month = _month_due(question)
    if month is None:
        return None
    due = [
        fact
        for fact in index.facts
        if "document" not in fact.tags and month in _months_looked_ahead_to(fact)
    ]
    if len(due) != 1:
        return None  # none, or several things due then: which one is meant is a guess
    fact = due[0]
    # "what was dfe meant to announce": what was due, not what it is for.
    as_due = (
        replace(question, intent=Intent.OTHER) if question.intent is Intent.REASON else question
    )
    # The words saying it was due ("planning") are no topic the fact must carry.
    due_words = frozenset(index.normaliser.terms(" ".join(_DUE.findall(question.text))))
    unsaid = unsaid_topic(index, question, fact, given=due_words)
    if unsaid or missing_for(index, as_due, fact) is not None:
        return None
    return result.answered_if_confident(Verdict.PERIOD_FACT, ScoredFact(fact, 0.0))


def _month_due(question: Question) -> tuple[int, int] | None:
    """The (year, month) a question asks what was due by, else None: a figure asked for, or
    whether the thing was done, is no such question."""
    if question.intent in FIGURE_ASKED:
        return None
    said = " ".join(question.words)
    if not _DUE.search(said) or _DONE_ASKED.search(said):
        return None
    months = _months_by(said)
    return months[0] if len(months) == 1 else None


def _months_looked_ahead_to(fact: Fact) -> list[tuple[int, int]]:
    return _months_by(fact.quote.lower())


def _months_by(text: str) -> list[tuple[int, int]]:
    """Each month a text says something is to happen by, as (year, month)."""
    return [
        (int(year), MONTH_WORDS[month])
        for month, year in _BY_MONTH.findall(text)
        if month in MONTH_WORDS
    ]
