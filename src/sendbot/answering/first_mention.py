"""Questions asking which written answer first said something: "which answer first mentioned
the £12bn total", "when was the Change Programme first mentioned". The earliest written answer
carrying every word of the topic answers, with its own fact on it and the dates of the later
answers saying it too; the newest-first rules would give the latest answer's. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import NEWS_FLOOR, answered_on, carrying, wanted_terms
from sendbot.answering.match import Candidate, MatchResult, ScoredFact, match
from sendbot.answering.ranking import rank
from sendbot.knowledge.human_date import human_date

# Words naming a written answer in the question ("which answer", "which pq", "which one").
_ANSWER = r"(?:written |parliamentary )?(?:answers?|repl(?:y|ies)|pqs?|questions?|responses?|one)"
# Saying something: "mentioned", "brought up", "talked about", "gave" (a figure).
_SAID = (
    r"(?:mention(?:ed|s)?|said|says?|brought up|brings? up|bring up|raised?|raises|"
    r"talk(?:ed|s)? about|spoke about|refer(?:red|s)? to|gave|gives?|cited?|cites|named?|names|"
    r"announced?|announces|stated?|states)"
)
# Mentioning, asked of when: "when was X first mentioned". ("When was X first announced" asks
# when it was announced, which no written answer's date says.)
_MENTIONED = (
    r"(?:mention(?:ed|s)?|brought up|bring up|raised?|talk(?:ed)? about|spoken about|"
    r"spoke about|refer(?:red)? to)"
)
# "first" and its everyday misspellings.
_FIRST = r"(?:first|frist|fisrt|1st)"
_WHICH = r"(?:which|wich|what|whats|what's|what is|what was)"
_AFTER = r"\s+(?P<topic>.+?)\s*[?!.]*$"

_FIRST_MENTION = (
    # "which answer first mentioned X", "which answer was (the) first (one here) to mention X",
    # "what was the first answer to mention X", "which answer was earliest to mention X"
    re.compile(
        rf"^\s*{_WHICH}\s+(?:(?:was|is)\s+)?(?:the\s+)?(?:{_FIRST}|earliest)\s+{_ANSWER}"
        rf"(?:\s+(?:here|of them|in (?:your|the) sources))?\s+(?:to|that|which)\s+{_SAID}{_AFTER}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\s*{_WHICH}\s+{_ANSWER}\s+(?:(?:was|is)\s+)?(?:the\s+)?(?:{_FIRST}|earliest)"
        rf"(?:\s+one)?(?:\s+(?:here|of them|in (?:your|the) sources))?\s+(?:to\s+)?{_SAID}"
        rf"{_AFTER}",
        re.IGNORECASE,
    ),
    # "which pq mentioned X first"
    re.compile(
        rf"^\s*{_WHICH}\s+{_ANSWER}\s+{_SAID}\s+(?P<topic>.+?)\s+{_FIRST}\s*[?!.]*$",
        re.IGNORECASE,
    ),
    # "the earliest answer that mentions X", "earliest answer on X"
    re.compile(
        rf"^\s*(?:the\s+)?(?:earliest|{_FIRST})\s+(?:written\s+)?{_ANSWER}\s+"
        rf"(?:(?:that|which|to)\s+{_SAID}|on|about|mentioning|naming|giving){_AFTER}",
        re.IGNORECASE,
    ),
    # "when was X first mentioned", "when did the dfe first mention X"
    re.compile(
        rf"^\s*when\s+(?:was|were|is|are)\s+(?P<topic>.+?)\s+{_FIRST}\s+{_MENTIONED}(?:\s+in\s+"
        rf"(?:an?|the)\s+{_ANSWER})?\s*[?!.]*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\s*when\s+did\s+(?:they|the dfe|dfe|the department|the government|the govt|govt|"
        rf"ministers?|the minister)\s+{_FIRST}\s+{_MENTIONED}{_AFTER}",
        re.IGNORECASE,
    ),
)
# "the first written answer to mention top slicing - which one?": the asking words at the end.
_WHICH_ONE_AT_END = re.compile(r"\s*[-,:]\s*which (?:one|answer)\s*[?!.]*$", re.IGNORECASE)


def first_mention_topic(question: str) -> str | None:
    """What a question asking which written answer first said something asks about ("the
    £12bn total"), or None when it asks no such thing."""
    text = _WHICH_ONE_AT_END.sub("", question.strip())
    for pattern in _FIRST_MENTION:
        found = pattern.match(text)
        if found is not None:
            return found["topic"]
    return None


@dataclass(frozen=True, slots=True)
class FirstMention:
    """The earliest written answer's fact on the topic, and a line saying it is the earliest."""

    result: MatchResult
    note: str


def first_mention(index: FactIndex, question: str) -> FirstMention | None:
    """The fact of the earliest written answer carrying every word of the topic asked about
    (the record of an answer only when nothing it says does), answered when confident; None
    when the question asks no such thing or no written answer says it."""
    topic = first_mention_topic(question)
    if topic is None:
        return None
    ranking = rank(index, topic)
    if not ranking.candidates or ranking.candidates[0].evidence.rank_score < NEWS_FLOOR:
        return None
    wanted = wanted_terms(index, topic)
    if not wanted:
        return None
    on_topic = carrying(index, ranking, wanted)
    said = [c for c in on_topic if "document" not in index.facts[c.position].tags] or on_topic
    if not said:
        return None
    earliest = min(answered_on(index, index.facts[c.position]) for c in said)
    # Of the earliest answer's facts on it, the one nearest what was asked.
    chosen = max(
        (c for c in said if answered_on(index, index.facts[c.position]) == earliest),
        key=_score,
    )
    best = ScoredFact(index.facts[chosen.position], round(_score(chosen), 4))
    matched = match(index, topic, ranking=ranking)
    answered = matched.answered_if_confident(Verdict.NEWEST_ON_TOPIC, best)
    if answered is None:
        return None
    later = sorted(
        {answered_on(index, index.facts[c.position]) for c in said} - {earliest},
    )
    return FirstMention(answered, _note(later))


def _score(candidate: Candidate) -> float:
    return candidate.evidence.rank_score


def _note(later: list[dt.date]) -> str:
    """Which answer this is among those saying it."""
    if not later:
        return "This is the only written answer in my sources that says this."
    dates = ", ".join(human_date(day) for day in later)
    return f"This is the earliest written answer in my sources that says this; later ones: {dates}."
