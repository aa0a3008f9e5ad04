"""Questions asking for the newest: "the latest X", "X now", "most recent news on X".
Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.asked_measure import answer_fact_misread
from sendbot.answering.match import FactIndex, MatchResult, Outcome, match
from sendbot.answering.question import Question, analyse

# Words asking for the newest figure or news: "the latest", "most recent news on", "now".
_LATEST = re.compile(
    r"\b(the )?(?:very )?(?:latest|newest|most recent|(?:most )?up[ -]to[ -]date|"
    r"current(?!ly)(?! (?:financial |academic |school )?year)|currently|right now|"
    r"at the moment|at present|these days|nowadays|as (?:it|things) stands?|"
    r"as (?:of|at) (?:now|today)|up (?:to|until) now)(?: news| updates?)?\b",
    re.IGNORECASE,
)
# "where is the high needs budget at now?", "where does it stand": how much it is, not a place.
_WHERE_AT = re.compile(
    r"^where(?:'s| is| are| does| do)\s+(?P<topic>.+?)\s+(?:at|stand)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def without_latest(text: str) -> str:
    """The question without the words asking for the newest ("what's the latest high needs
    budget" -> "what's the high needs budget"), or as it is when nothing else would be left."""
    where = _WHERE_AT.match(text.strip())
    if where:
        text = f"what is {where['topic']} {where['rest']}"
    # The article stays: "what is the up to date budget" is not "what is budget" (a definition).
    stripped = " ".join(_LATEST.sub(lambda found: found[1] or " ", text).split())
    return stripped if re.search(r"\w", stripped) else text


def match_for_newest(index: FactIndex, question: str, asked: Question | None = None) -> MatchResult:
    """The match for a question; for "the latest X", X matched on its own when that finds a
    measure, whose newest figure `resolve` then gives: with "latest" left in, matching is
    pulled towards facts whose phrasings happen to say "latest". `asked` is `question`
    analysed, when the caller has analysed it already."""
    asked = analyse(question) if asked is None else asked
    result = match(index, question, asked)
    stripped = without_latest(question)
    if stripped == question:
        return result
    topic = match(index, stripped)
    if topic.best is None or topic.outcome is Outcome.DECLINED:
        return result
    # "how recent is the answer ..." is a phrasing of every answer's date: a "most recent"
    # question that is not about an answer must not land there.
    misread = answer_fact_misread(asked, result)
    if misread and "document" not in topic.best.fact.tags:
        return replace(topic, question=question)
    if topic.best.fact.measure and not (result.answered and not topic.answered):
        return replace(topic, question=question)
    # "latest" drew the question to a fact that cannot answer it: X itself answers it. (One
    # the matcher declined stays declined: "the latest on X" is news it cannot date.)
    if (
        topic.answered
        and result.outcome is Outcome.PARTIAL
        and "document" not in topic.best.fact.tags
    ):
        return replace(topic, question=question)
    return result
