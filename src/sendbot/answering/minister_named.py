"""A written answer named by the minister who gave it: "what's the £1bn for according to
mckinnell", "where does most of the money go according to gould", "what did baroness smith say
about dsg deficits". The surname says which answer (or answers) is asked of, as a date does in
`dated_answer`; it is no topic word, so the answer's facts are looked through without it
(`asked_measure.within_named_answer`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from sendbot.answering.answer_parts import AnswerPart, answer_part
from sendbot.answering.asked_measure import giving_in_named_answer
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.intent import Intent
from sendbot.answering.match import Candidate, ScoredFact
from sendbot.answering.named_month import MONTH_WORDS, dated_in_month, month_and_year
from sendbot.answering.question import Question, analyse

# Asked who ("who answered it, gould?", "which MP asked mckinnell"): the record's to answer.
_ASKS_WHO = frozenset({Intent.PERSON, Intent.ASKER})
# A question asking when (or since when) names a minister to ask when a thing was said
# ("when did mckinnell say the reforms would come out?") only with one of these words; without
# one ("when did mckinnell answer on it?") it asks the record's date.
# (intent.WHEN_ASKED without END: "until when" is not read as a minister's saying.)
_WHEN_INTENTS = frozenset({Intent.DATE, Intent.START})
_SAYING = frozenset(
    "say said says saying mention mentioned mentions told tell claim claimed".split()
)
# "what was georgia gould asked", "david johnston answered it, right? his job title?": the
# question put to them, their giving the answer, their office: the record's to give.
_OF_THE_RECORD = frozenset(
    "asked ask answered replied responded wrote signed job jobs role title".split()
)
# A peer's name is "Baroness Smith of Malvern": her surname is the word before "of".
_TITLES = frozenset({"baroness", "lord", "lady", "dame", "sir", "mr", "mrs", "ms", "dr"})


def surname_of(name: str) -> str:
    """A minister's surname, folded: "mckinnell", and "smith" of "Baroness Smith of Malvern"."""
    words = [word for word in name.lower().split() if word not in _TITLES]
    if "of" in words[1:]:
        words = words[: words.index("of")]
    return words[-1] if words else ""


def asks_what_was_said(question: Question) -> bool:
    """Whether a question naming a written answer asks what it said, not who gave it, what
    they were asked, their office, or (without a saying word) when."""
    if question.intent in _ASKS_WHO or not _OF_THE_RECORD.isdisjoint(question.words):
        return False
    return question.intent not in _WHEN_INTENTS or not _SAYING.isdisjoint(question.words)


def minister_sources(index: FactIndex, question: Question) -> frozenset[str]:
    """The written answers given by the minister the question names by surname, or asked by
    the member it names so as the answer's name ("the pawsey reply"); empty when it names
    none."""
    said = set(question.words)
    given = {
        source_id
        for source_id, (family, others) in _ministers(index).items()
        if (family in said or f"{family}s" in said) and _names(question.words, family, others)
    }
    asked = {
        source_id
        for source_id, family in _askers(index).items()
        if (family in said or f"{family}s" in said) and _labels(question.words, family)
    }
    return frozenset(given | asked)


@per_index
def _askers(index: FactIndex) -> dict[str, str]:
    """The surname of each written answer's asker, where a fact of it says who asked ("Asked
    by Mark Pawsey (Conservative - Rugby)")."""
    askers = {}
    for fact in index.facts:
        found = _ASKED_BY.search(fact.quote) if answer_part(fact) is AnswerPart.ASKER else None
        if found is not None:
            askers[fact.source_id] = surname_of(found["name"])
    return askers


_ASKED_BY = re.compile(r"\basked by (?P<name>[^(\n]+?)\s*(?:\(|$)", re.IGNORECASE)
# The words naming a written answer after a person's name: "the pawsey reply", "coutinho
# internships answer", "mckinnell dyslexia answer" (up to two words of its topic between).
_ANSWER_WORDS = frozenset("answer answers reply replies response responses pq".split())
_LABEL_REACH = 3


def _labels(said: tuple[str, ...], family: str) -> bool:
    """Whether the surname is said as a written answer's name: an answer word follows it
    within a few words ("the pawsey reply", "coutinho internships answer")."""
    return any(
        _is_surname(word, family)
        and not _ANSWER_WORDS.isdisjoint(said[place + 1 : place + 1 + _LABEL_REACH])
        for place, word in enumerate(said)
    )


def _is_surname(word: str, family: str) -> bool:
    """The word is the surname, or it with the possessive's apostrophe left out ("georgia
    goulds answer": "gould's" loses its "'s" as it is read, "goulds" keeps it)."""
    return word in (family, f"{family}s")


@per_index
def _ministers(index: FactIndex) -> dict[str, tuple[str, frozenset[str]]]:
    """Each written answer's minister: their surname, and the other words of their name."""
    return {
        source.id: (
            surname_of(source.answered_by.name),
            frozenset(source.answered_by.name.lower().split())
            - {surname_of(source.answered_by.name), "of"},
        )
        for source in index.kb.sources
    }


# A surname alone names the minister where it is said as a speaker's ("according to gould",
# "what did johnston say", "in coutinho's answer"): read alone, a short surname may be another
# word spelt without its vowels ("smth" read as "smith").
_BEFORE_A_SPEAKER = frozenset("to did does do has had in from by per".split())
_AFTER_A_SPEAKER = frozenset(
    """say said says saying mention mentioned mentions answer answers reply replies gave give
    gives told tell wrote claimed in on about talk talks talked talking state stated states
    cite cited cites quote quoted quotes announce announced announces promise promised
    promises refer referred refers confirm confirmed confirms set sets put puts""".split()
)


def _names(said: tuple[str, ...], family: str, others: frozenset[str]) -> bool:
    """Whether the words name the minister: by surname with another word of the name ("claire
    coutinho", "baroness smith"), or by surname said as a speaker's."""
    for place, word in enumerate(said):
        if not _is_surname(word, family):
            continue
        before = said[place - 1] if place else ""
        after = said[place + 1] if place + 1 < len(said) else ""
        if {before, after} & others or before in _BEFORE_A_SPEAKER or after in _AFTER_A_SPEAKER:
            return True
    return _labels(said, family)


def without_the_minister(index: FactIndex, question: Question) -> Question:
    """The question without the named minister's (or member's) names ("according to
    mckinnell" -> "according to", "the pawsey reply" -> "the reply"): they pointed at the
    answer, and are no words a fact of it must have."""
    said = set(question.words)
    people = [
        (family, others)
        for source_id in minister_sources(index, question)
        for family, others in (_ministers(index)[source_id], (_askers(index).get(source_id), ()))
        if family is not None and not said.isdisjoint({family, f"{family}s"})
    ]
    names = {word for family, others in people for word in {family, f"{family}s", *others}}
    kept: list[str] = []
    after_name = False
    for word in question.words:
        if word in names:
            # "total high needs funding per baroness smith", "according to coutinho": the
            # words pointing at the minister go with their name ("per" alone would ask an
            # amount for each).
            pointing = next((len(words) for words in _POINTING if kept[-len(words) :] == words), 0)
            del kept[len(kept) - pointing :]
            after_name = True
        elif after_name and word in _SPEAKING:
            # "the increase that mckinnell talked about": their speaking names the answer as
            # their name does; no fact of it need say "talked".
            continue
        else:
            kept.append(word)
            after_name = False
    return question if len(kept) == len(question.words) else analyse(" ".join(kept))


# The words pointing at whose word it is, said just before their name.
_POINTING = (["as", "per"], ["per"], ["according", "to"])
# The words of someone speaking, said just after their name.
_SPEAKING = frozenset(
    """talked talks talk talking about quoted quotes quote cited cites cite stated states
    announced announces mentioned mentions referred refers wrote writes say says said saying
    describe describes described""".split()
)


# A minister may have given several answers, and a surname names an answer less surely than a
# date: one of theirs answers only when it is close and clearly closer than the next.
CLEARLY_CLOSE = 0.5
CLEARLY_CLOSER = 0.1
# The most of what is asked (by weight) that the knowledge base has never seen.
UNKNOWN_AT_MOST = 0.4


def clearly_closest(
    index: FactIndex, question: Question, sources: frozenset[str]
) -> ScoredFact | None:
    """The fact of the minister's answers that gives what was asked, when it is close and no
    other of their facts is nearly as close (which of them answers would be a guess)."""
    # Only the first and its nearest rival are compared: the candidates below them are never
    # worked out (the filter reads each candidate alone, so those it keeps are the same either
    # way).
    giving = (
        candidate
        for candidate in giving_in_named_answer(index, question, sources)
        # "how big is the increase mckinnell talked about": England's, not one area's, when
        # the question names no area (the same area's words are found in either).
        if question.places or index.facts[candidate.position].place is None
    )
    first = next(giving, None)
    if first is None or first.rank_score < CLEARLY_CLOSE:
        return None
    if first.evidence.unknown_share > UNKNOWN_AT_MOST:
        return None  # "did johnson say anything about football": not what any answer is on
    rival = _nearest_rival(index, first, giving)
    if rival is not None and first.rank_score - rival.rank_score < CLEARLY_CLOSER:
        return None
    return ScoredFact(index.facts[first.position], round(first.rank_score, 4))


# How many facts quoting the first one's sentence are passed over to find its rival.
SAME_QUOTE_REACH = 2


def _nearest_rival(
    index: FactIndex, first: Candidate, giving: Iterator[Candidate]
) -> Candidate | None:
    """The next candidate quoting another passage: two facts read from one sentence ("increased
    from 115,000 to 200,000 in 2024/25": the 2015/16 figure and the 2024/25 one) quote the same
    words, so the closer reading is no guess between them."""
    quote = index.facts[first.position].quote
    for candidate in islice(giving, SAME_QUOTE_REACH + 1):
        if index.facts[candidate.position].quote != quote:
            return candidate
    return None


# "how much of an increase did the minister cite", "what did they say the £1bn is for": who
# spoke and their speaking, in a question naming the answer they gave; what was said is asked.
_SPEAKER_SPEAKING = re.compile(
    r"\b(?:(?:did|does|do|has|have|had) )?(?:the )?(?:minister|ministers|government|govt|"
    r"department|dept|dfe|they|she|he) (?:say|said|says|cite|cited|cites|mention|mentioned|"
    r"mentions|quote|quoted|quotes|give|gave|gives|state|stated|states|talk about|talked about|"
    r"refer to|referred to|point to|pointed to)\b"
)


def without_the_speaker(question: Question) -> Question:
    """The question naming an answer without who spoke in it and their speaking: they are
    the answer named, no words a fact of it need have."""
    text = " ".join(question.words)
    said = " ".join(_SPEAKER_SPEAKING.sub(" ", text).split())
    return question if said == text or not said else analyse(said)


def of_the_month_named(
    index: FactIndex, sources: frozenset[str], question: Question
) -> tuple[frozenset[str], Question]:
    """Of a minister's answers, those given in the month the question names with them ("per
    baroness smith in june 2025": not her PINS answer of August), and the question without
    that month, which says when the answer was given, not a period asked; all of them and the
    question as it is when it names no month one of them was given in."""
    named = month_and_year(question.words)
    if named is None:
        return sources, question
    month, year = named
    dated = frozenset(
        source.id
        for source in index.kb.sources
        if source.id in sources and dated_in_month(source, month, year)
    )
    if not dated:
        return sources, question
    text = _IN_A_MONTH.sub(" ", " ".join(question.words))
    return dated, analyse(" ".join(text.split()))


_IN_A_MONTH = re.compile(
    rf"\b(?:(?:in|from|during|back in) )?(?:{'|'.join(MONTH_WORDS)}) (?:19|20)\d\d\b"
)
