"""Second readings of a message asking for a part of a written answer's record (when it was
asked or answered, who answered): asked in the curated words for that part, each decided once
for an index. Pure."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sendbot.answering.answer_parts import AnswerPart, answer_part
from sendbot.answering.decided_as_worded import decide_as_worded
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.first_reading import FirstReading, read_as
from sendbot.answering.match import Outcome
from sendbot.answering.measure_table import position_of
from sendbot.answering.newest import Newest
from sendbot.answering.record_part_asked import record_part_asked
from sendbot.knowledge.model import Fact

# Each part of a written answer's record, asked in the words the curated phrasings use.
_RECORD_QUESTIONS = {
    AnswerPart.ASKED_ON: "when was the question asked?",
    AnswerPart.ANSWERED_ON: "when was the question answered?",
    AnswerPart.ANSWERER: "who answered the question?",
}


# The record parts asked in the curated words, each decided once for a base (and day and
# staleness): the two readings below ask them of every question naming a part, and their
# decision never changes (a base is never changed once indexed). Kept with the index they were
# decided on (`per_index`), so that an old index is let go with its decisions.
_RECORD_DECIDED_KEPT = 8


@per_index
def _record_decisions(index: FactIndex) -> dict[tuple[str, dt.date | None, int], Newest]:
    return {}


def _record_part_decided(
    index: FactIndex, asked: str, today: dt.date | None, stale_months: int
) -> Newest:
    decided = _record_decisions(index)
    key = (asked, today, stale_months)
    kept = decided.get(key)
    if kept is not None:
        return kept
    newest = decide_as_worded(index, asked, today, stale_months)
    if len(decided) >= _RECORD_DECIDED_KEPT:
        decided.clear()  # (another day or staleness: the few kept serve a running bot)
    decided[key] = newest
    return newest


def record_part_unmet(read: FirstReading) -> Newest | None:
    """'when was the white paper engagement q asked', answered with another fact than the
    part of the record it surely asks for (the engagement "early in the new year", the date
    answered): that would be a wrong answer. Asked in the curated words for that part, when
    that gives it (one written answer), else declined (many: which one is meant is a guess)."""
    question, newest = read.spelt, read.newest
    part = record_part_asked(question)
    best = newest.result.best
    if part is None or best is None or answer_part(best.fact) is part:
        return None
    asked = _RECORD_QUESTIONS[part]
    again = _record_part_decided(read.index, asked, read.today, read.stale_months)
    found = again.result.best
    if again.result.answered and found is not None and answer_part(found.fact) is part:
        return read_as(again, asked, "it asks for that part of the written answer's record")
    return replace(newest, result=replace(newest.result, outcome=Outcome.DECLINED, missing=None))


# "the question on school transport", "the pq about ehcps": a written answer named by topic.
_NAMES_A_TOPIC = re.compile(
    r"\b(?:question|q|pq|wpq|answer|reply|one) (?:on|about|re|regarding|into) ", re.IGNORECASE
)


def record_part_alone(read: FirstReading) -> Newest | None:
    """'Quick one for the newsletter footnote - what date should I put for when the government
    answered this written question?', declined whole (its story dilutes it): asked in the
    curated words for the one part of the record it surely asks for, when that gives the record
    of the written answer the whole message came closest to. Not when it names the answer by a
    topic ("who answered the question on school transport"): the curated words would drop it."""
    question, newest = read.spelt, read.newest
    part = record_part_asked(question)
    if part is None:
        return None
    named = _NAMES_A_TOPIC.search(question)
    near = (newest.result.best, *newest.result.suggestions[:2])
    closest = {scored.fact.source_id for scored in near if scored is not None}
    asked = _RECORD_QUESTIONS[part]
    again = _record_part_decided(read.index, asked, read.today, read.stale_months)
    found = again.result.best
    if (
        not again.result.answered
        or found is None
        or answer_part(found.fact) is not part
        or found.fact.source_id not in closest
        or (named is not None and not _about_its_topic(read.index, found.fact, question, named))
    ):
        return None
    return read_as(again, asked, "it asks for that part of the written answer's record")


def _about_its_topic(index: FactIndex, record: Fact, question: str, named: re.Match[str]) -> bool:
    """Whether the topic a message names its written answer by ("the reply on the send/ap
    plan") is that record's answer's own (its title and question): "who answered the question
    on school transport" is not asked of an answer on the SEND improvement plan."""
    topic = re.split(r"[,?.!;]| who | when | what | which ", question[named.end() :])[0]
    terms = set(index.normaliser.terms(topic))
    own = index.profiles[position_of(index, record)].topic_terms
    parts = {part for term in own for part in term.split("_")}
    return bool(terms) and terms <= own | parts
