"""Questions about the archive itself: the newest written answer of all, of one House, or of
one minister ("whats the newest written answer you've got", "latest lords answer on send, who
gave it", "when did claire coutinho last answer on send"). Such a question names no topic, so
no fact's phrasings come near it; it is answered from the written answers' records: who gave
the newest one, when, or what it was asked. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sendbot.answering.answer_parts import AnswerPart, answer_part
from sendbot.answering.confidence import Verdict
from sendbot.answering.dated_answer import put_in_the_lords
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.normalise import STOPWORDS, words
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.model import Fact, Source

# Words asking for the newest, "last" only where it is an answer's ("his last answer", "when
# did she last answer"), never "last year" or "last i heard".
# (Searched from word starts only: each branch opens a word.)
_NEWEST = at_word_starts(
    r"\b(?:latest|newest|most recent(?:ly)?|recently|now|"
    r"last(?= (?:\w+ ){0,2}(?:answers?|answered|repl(?:y|ied)|responded|pqs?)\b))\b",
    re.IGNORECASE,
    letters="lmnr",
)
# Words naming a written answer or its minister: the question is about the answers.
_ABOUT_ANSWERS = re.compile(
    r"\b(?:answers?|answered|answering|repl(?:y|ies|ied)|pqs?|wpqs?|ministers?)\b", re.IGNORECASE
)
# Every word such a question may hold besides a minister's name: asking words, words for the
# newest, for written answers, a House, and the base's own subject. Any other word is a topic
# ("the latest answer on PINS"), whose news is the matcher's to find.
_ARCHIVE_WORDS = STOPWORDS | frozenset(
    """latest newest recent recently last answer answers answered answering reply replies
    replied respond responded response gave gives pq pqs wpq wpqs question questions qs
    written minister ministers lords commons house peer send sen dfe department education
    govt government whats whos youve date day""".split()
)
_LORDS_WORDS = frozenset({"lords", "peer"})
_COMMONS_WORDS = frozenset({"commons"})
# Asked what the newest answer was about: the question it answers.
_WHAT_ABOUT = re.compile(r"\babout\s*[?!.]*$|\babout what\b|\bwhat (?:was|is) it about\b")
# "what did the minister say most recently": what was said, which the records do not hold.
_SAYING = frozenset({"say", "says", "said", "saying", "tell", "told"})
_WHO = frozenset({"who", "whos", "minister", "ministers"})
# Words of a minister's name that do not tell one minister from another.
_TITLE_WORDS = frozenset({"baroness", "lord", "lady", "sir", "dame", "of", "the"})


@dataclass(frozen=True, slots=True)
class NewestRecord:
    """The record answered, and a line saying which answers it is the newest of."""

    result: MatchResult
    note: str


def newest_record(index: FactIndex, question: str) -> NewestRecord | None:
    """The record of the newest written answer asked about (its date, its minister, or what
    it was asked), answered; None when the question is not about the archive's newest answer."""
    lowered = question.lower()
    if not _NEWEST.search(lowered) or not _ABOUT_ANSWERS.search(lowered):
        return None
    said = words(lowered)
    named = _ministers_named(index, said)
    others = set(said) - _ARCHIVE_WORDS - {word for name in named for word in _name_words(name)}
    if others or not _SAYING.isdisjoint(said):
        return None  # a topic, a word this reading does not know, or what was said
    house = _house_asked(said)
    sources = [
        source
        for source in index.kb.sources
        if (not named or source.answered_by.name in named)
        and (house is None or _house_of(index)[source.id] == house)
    ]
    if not sources:
        return None
    newest = max(sources, key=lambda source: source.answered)
    record = _record_part(index, newest, _part_asked(lowered, said))
    if record is None:
        return None
    asked = MatchResult(question, Outcome.DECLINED, None, ())
    best = ScoredFact(record, 1.0)
    answered = asked.judged(Verdict.ANSWER_PART, outcome=Outcome.ANSWERED, best=best)
    return NewestRecord(answered, _newest_of(len(sources), named, house))


def _newest_of(count: int, named: frozenset[str], house: str | None) -> str:
    """ "This is the newest of the 3 written answers by Claire Coutinho in my sources." """
    by = f" by {' or '.join(sorted(named))}" if named else ""
    of_house = f"{house} " if house else ""
    if count == 1:
        return f"This is the only {of_house}written answer{by} in my sources."
    return f"This is the newest of the {count} {of_house}written answers{by} in my sources."


def _part_asked(lowered: str, said: list[str]) -> AnswerPart:
    """Who gave it, what it was about, else when: "whats the newest answer" is told by its
    date, and the record of the date names what it was on."""
    if not _WHO.isdisjoint(said):
        return AnswerPart.ANSWERER
    if _WHAT_ABOUT.search(lowered):
        return AnswerPart.QUESTION_TEXT
    return AnswerPart.ANSWERED_ON


def _record_part(index: FactIndex, source: Source, part: AnswerPart) -> Fact | None:
    return next(
        (fact for fact in index.facts if fact.source_id == source.id and answer_part(fact) is part),
        None,
    )


def _house_asked(said: list[str]) -> str | None:
    """ "Lords" or "Commons" when the question names one House only."""
    lords = not _LORDS_WORDS.isdisjoint(said)
    commons = not _COMMONS_WORDS.isdisjoint(said)
    if lords == commons:
        return None
    return LORDS if lords else COMMONS


LORDS = "Lords"
COMMONS = "Commons"


@per_index
def _house_of(index: FactIndex) -> dict[str, str]:
    """The House each written answer's question was put in: the Lords when the question is in
    the Lords' form or its records are tagged `lords`, else the Commons."""
    tagged = {fact.source_id for fact in index.facts if "lords" in fact.tags and answer_part(fact)}
    return {
        source.id: LORDS if source.id in tagged or put_in_the_lords(source) else COMMONS
        for source in index.kb.sources
    }


def _ministers_named(index: FactIndex, said: list[str]) -> frozenset[str]:
    """The ministers who gave written answers that the question names, by any word of their
    name that tells them apart ("coutinho", "david johnston")."""
    return frozenset(
        name
        for name in {source.answered_by.name for source in index.kb.sources}
        if not set(_name_words(name)).isdisjoint(said)
    )


def _name_words(name: str) -> list[str]:
    return [word for word in words(name.lower()) if word not in _TITLE_WORDS]


__all__ = ["NewestRecord", "newest_record"]
