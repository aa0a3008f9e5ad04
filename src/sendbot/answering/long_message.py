"""A message too long to read whole, or whose story drowns its question -> the part that asks.
Pure.

People tell their story first and ask at the end: "my son is 9 and has been out of school
since october, ... (300 characters) ... anyway does anyone know how many new special schools
opened?". The last sentence that asks is read, with as much of what was said just before it as
fits in a third of the limit: a place or a year said there still narrows what is asked, and more of
the story would only pull the question towards other facts. A shorter message the bot cannot
answer whole is read the same way once: "what is a supported internship exactly? my nephew's
college mentioned it at his annual review and we were too embarrassed to ask".
"""

from __future__ import annotations

import re

from sendbot.answering.asking_clauses import clause_asks
from sendbot.answering.normalise import fold_text

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Where a run-on sentence (speech-to-text rarely ends one) breaks into clauses: after a comma,
# semicolon or colon, around a dash, before a question word or "anyone know", and before a
# reason told after the question ("... opened this year because our local one is full").
_CLAUSE_START = re.compile(
    r"(?<=[,;:])\s+|\s+-\s+|\s+(?=(?:how|what|whats|when|which|who|where|why|does anyone"
    r"|anyone know|is there|are there|is it|because|cos|coz|cuz)\b)",
    re.I,
)

# Where one sentence asks two things: "how many special schools have opened and how many more
# are planned?" (before "and" and a question word).
_JOINED_QUESTION = re.compile(
    r",?\s+and\s+(?=(?:how|what|whats|when|which|who|where|why|is there|are there)\b)", re.I
)


def last_question(plain: str, context: int) -> str:
    """The last sentence that asks (the last sentence when none asks), with the sentences just
    before it while the whole fits in `context` characters."""
    sentences = [sentence for sentence in _SENTENCE_END.split(plain) if sentence]
    asking = [at for at, sentence in enumerate(sentences) if _asks(sentence)]
    last = asking[-1] if asking else len(sentences) - 1
    return _with_what_came_before(sentences, last, context)


def unbroken(plain: str) -> bool:
    """No sentence or clause of the message begins after another: `last_question` gives it
    whole, and so does `last_clause` when any of it asks (most questions are one clause)."""
    return _SENTENCE_END.search(plain) is None and _CLAUSE_START.search(plain) is None


def last_clause(sentence: str, context: int) -> str:
    """A sentence too long to read whole -> its last clause that asks, with the clauses just
    before it while the whole fits in `context` characters; '' when no clause of it asks."""
    clauses = [clause for clause in _CLAUSE_START.split(sentence) if clause.strip()]
    asking = [at for at, clause in enumerate(clauses) if _asks(clause)]
    return _with_what_came_before(clauses, asking[-1], context) if asking else ""


def _with_what_came_before(pieces: list[str], last: int, context: int) -> str:
    """pieces[last], with the pieces just before it while the whole fits in `context`."""
    part = pieces[last]
    for piece in reversed(pieces[:last]):
        longer = f"{piece} {part}"
        if len(longer) > context:
            break
        part = longer
    return part


def questions_asked(plain: str, context: int, *, joined: bool = False) -> list[str]:
    """Each sentence ending in a question mark, in order (with `joined`, each question of one
    joined to another by "and" too); the first with the sentences just before it (a story
    naming a place or a year) while the whole fits in `context` characters. Only the mark
    counts: a sentence that opens like a question is often a story ("we're in Devon ...")."""
    sentences = [sentence for sentence in _SENTENCE_END.split(plain) if sentence]
    asking = [at for at, sentence in enumerate(sentences) if sentence.rstrip().endswith("?")]
    if not asking:
        return []
    parts = [_JOINED_QUESTION.split(sentences[at]) if joined else [sentences[at]] for at in asking]
    (first, *also), *later = parts
    first = _with_what_came_before([*sentences[: asking[0]], first], asking[0], context)
    return [first, *also, *(part for sentence in later for part in sentence)]


def asking_sentences(plain: str) -> int:
    """How many of the message's sentences ask something."""
    return sum(_asks(sentence) for sentence in _SENTENCE_END.split(plain) if sentence)


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or clause_asks(fold_text(sentence))
