"""Asked only what was said on a topic ("what did they say about ehcps?", "anything on top
slicing?", "what did they say about the IFS report?"), declined: the closest fact on that
topic answers, when the sources plainly speak of it. Pure.

Such a question names a topic and asks nothing more specific of it, so every fact on the topic
scores low against it (no fact's phrasings ask "what did they say"), and the matcher, finding no
one fact clearly closest, declines though the sources say much on it. A fact speaks of the
topic when every word naming the topic is in what it says (statement, quote, title, tags) or in
the title or question of its written answer ("the IFS report" is what that whole answer is
about); the one the matcher ranks first among those answers, and the next few on it are
offered beside it as related topics. A topic no fact speaks of in all its words ("school
uniform", "income tax") stays declined; so does a topic with a date or a question word in it
("DSG deficits in june 2025", "whether it is on track"), which asks something more specific,
and what a document says ("what did the PINS interim findings say?"): the sources hold the
government's words on the IFS report, not the report's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from sendbot.answering.answer_parts import answer_part
from sendbot.answering.confidence import Verdict, answer_probability
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.match import Outcome, ScoredFact
from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.newest import Newest
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS
from sendbot.answering.ranking import rank
from sendbot.answering.topic_in_shape import topic_in_shape

# Who may have said it: "they", "the minister", "the dept", "ministers": the government, whose
# words the sources are. Not a document ("what does the code of practice say about X", "what
# did the PINS findings say"): what it says is not held. Nor one written answer named ("the
# pawsey reply"), which may not speak of the topic others do (see `titled_answer`).
_SPEAKER = r"(?:minister|ministers|government|govt|gov|department|dept|dfe|secretary of state)"
_WHO = rf"(?:(?:they|he|she|you|ministers|dfe|govt|government|the (?:\w+ )?{_SPEAKER}) )?"
_ABOUT = r"(?:about|on|re|regarding|concerning)"
# The ways of asking only what was said on a topic; `topic` is what it was said of.
_TOPIC_ONLY = (
    # "what did they say about X", "what has the minister said on X", "what's the dfe saying re X"
    re.compile(
        rf"^(?:what|wat|wot)(?: did| does| do| has| have|s|'s| is| was)? {_WHO}"
        rf"(?:say|said|says|saying)(?: anything)? {_ABOUT} (?P<topic>.+)$"
    ),
    # "anything on X", "is there anything about X", "got anything re X"
    re.compile(
        rf"^(?:(?:is|was) there |(?:have )?(?:you )?got )?(?:anything|owt|something) "
        rf"(?:at all )?(?:said )?{_ABOUT} (?P<topic>.+)$"
    ),
    # "what's said about X", "what's been said on X", "what is there on X"
    re.compile(
        rf"^what(?:s|'s| is| was| has| have)(?: been| being)? (?:said|there) {_ABOUT} "
        r"(?P<topic>.+)$"
    ),
)
# Words that make the rest a question of its own ("whether it's on track", "how many"), or
# point back to an earlier message ("it", "that"), not name a topic.
_ASKING_WORDS = frozenset(
    "how when why who whom which what whether if much many it that this them those".split()
)
# Nor is a month one: "DSG deficits in june" asks of a time.
_NOT_A_TOPIC = _ASKING_WORDS | frozenset(MONTH_WORDS)
# How many of the next facts on the topic are offered beside it as related topics.
RELATED_ON_TOPIC = 3
# How far down the matcher's ranking a fact on the topic is looked for.
LOOKED_THROUGH = 25


def topic_only_asked(text: str) -> str | None:
    """The topic a question asks only what was said of ("top slicing" of "anything on top
    slicing?"); None when it asks something more, or is not of this shape."""
    plain = " ".join(text.lower().replace("\u2019", "'").strip(" ?!.").split())
    return topic_in_shape(_TOPIC_ONLY, plain, _NOT_A_TOPIC, ends=" ?!.")


def _topic_terms(index: FactIndex, topic: str) -> frozenset[str]:
    return frozenset(
        term
        for term in index.normaliser.terms(topic)
        if term not in STOPWORDS and term not in COMMON_WORDS
    )


@per_index
def _said_terms(index: FactIndex) -> tuple[frozenset[str], ...]:
    """By position, the terms a fact says of itself (statement, quote, title, tags) and that
    the written answer it is from is titled and asked with: not its curated phrasings, which
    name what people ask, not what was said."""
    about = {
        source.id: frozenset(index.normaliser.terms(f"{source.title} {source.question or ''}"))
        for source in index.kb.sources
    }
    said = []
    for fact in index.facts:
        own = f"{fact.statement} {fact.quote} {fact.title or ''} {' '.join(fact.tags)}"
        said.append(frozenset(index.normaliser.terms(own)) | about.get(fact.source_id, frozenset()))
    return tuple(said)


def topic_only_answered(read: FirstReading) -> Newest | None:
    """A declined question asking only what was said on a topic, answered by the fact the
    matcher ranks first among those speaking of it, with the next few on it as related."""
    result = read.newest.result
    if result.outcome is not Outcome.DECLINED or result.missing is not None:
        return None
    # "what does the IFS report say?" may be declined as lacking what a report gives: a topic
    # asked of only lacks nothing a fact on it says. Read as sent, too: "anything on X" is
    # read without its "anything" (`anything_about`), which leaves "on X".
    topic = topic_only_asked(read.question) or topic_only_asked(read.spelt)
    if topic is None:
        return None
    index = read.index
    terms = _topic_terms(index, topic)
    if not terms:
        return None  # "what did they say about it all": no word names a topic
    said = _said_terms(index)
    on_topic: list[ScoredFact] = []
    for candidate in islice(rank(index, read.spelt).candidates, LOOKED_THROUGH):
        fact = index.facts[candidate.position]
        if answer_part(fact) is not None:
            continue  # when it was asked, who answered: the record, not what was said
        if terms <= said[candidate.position] and all(fact.id != f.fact.id for f in on_topic):
            chance = round(answer_probability(candidate.evidence, 0.0), 4)
            on_topic.append(ScoredFact(fact, chance))
        if len(on_topic) > RELATED_ON_TOPIC:
            break
    if not on_topic:
        return None
    best, *related = on_topic
    # The matcher shortlists facts by the question's words: a fact on the topic only by its
    # written answer's title (the top-slicing answer's other parts) is found in base order.
    for position, fact in enumerate(index.facts):
        if len(related) >= RELATED_ON_TOPIC:
            break
        given = {item.fact.id for item in (best, *related)}
        if answer_part(fact) is None and terms <= said[position] and fact.id not in given:
            related.append(ScoredFact(fact, 0.0))
    answered = result.answered_if_confident(Verdict.TOPIC_ONLY, best)
    if answered is None:
        return None
    return replace(read.newest, result=replace(answered, suggestions=tuple(related)))
