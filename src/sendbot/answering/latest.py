"""Questions asking for the newest: "the latest X", "X now", "most recent news on X".
Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sendbot.answering.answer_parts import FUTURE_WORDS
from sendbot.answering.asked_measure import (
    DOCUMENT_INTENTS,
    DOCUMENT_WORDS,
    about_the_answer,
    answer_fact_misread,
)
from sendbot.answering.confidence import ANSWER_THRESHOLD, Verdict
from sendbot.answering.match import (
    Candidate,
    FactIndex,
    MatchResult,
    Outcome,
    Ranking,
    ScoredFact,
    match,
    rank,
)
from sendbot.answering.measure_table import neutral_terms
from sendbot.answering.normalise import COMMON_WORDS, WORD_START
from sendbot.answering.question import Intent, Question, analyse
from sendbot.knowledge.model import Fact, FigureKind

# Words asking for the newest figure or news: "the latest", "most recent news on", "now".
_LATEST = re.compile(
    WORD_START
    + r"(?:according to )?(the )?(?:very )?(?:latest|newest|(?:most )?recently|most recent|"
    r"(?:most )?up[ -]to[ -]date|"
    r"current(?!ly)(?! (?:financial |academic |school )?year)|currently|right now|"
    r"at the moment|at present|these days|nowadays|as (?:it|things) stands?|"
    r"as (?:of|at) (?:now|today)|up (?:to|until) now|any (?:news|updates?)|what'?s new|"
    r"where (?:are|do) (?:we|things) (?:stand|at|now)(?: now| at)?)"
    r"(?: news| updates?| (?:written )?(?:answers?|repl(?:y|ies)|pqs?))?\b",
    re.IGNORECASE,
)
# "where is the high needs budget at now?", "where does it stand": how much it is, not a place.
_WHERE_AT = re.compile(
    r"^where(?:'s| is| are| does| do)\s+(?P<topic>.+?)\s+(?:at|stand)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


_WORD_CHARACTER = re.compile(r"\w")


def without_latest(text: str) -> str:
    """The question without the words asking for the newest ("what's the latest high needs
    budget" -> "what's the high needs budget"), or as it is when nothing else would be left."""
    where = _WHERE_AT.match(text.strip())
    if where:
        text = f"what is {where['topic']} {where['rest']}"
    # The article stays: "what is the up to date budget" is not "what is budget" (a definition).
    stripped = " ".join(_LATEST.sub(lambda found: found[1] or " ", text).split())
    return stripped if _WORD_CHARACTER.search(stripped) else text


def match_for_newest(
    index: FactIndex, question: str, asked: Question | None = None, stripped: str | None = None
) -> MatchResult:
    """The match for a question; for "the latest X", X matched on its own when that finds a
    measure, whose newest figure `resolve` then gives: with "latest" left in, matching is
    pulled towards facts whose phrasings happen to say "latest". "The latest on X", where X
    is no measure, gets the newest written answer's fact on X. `asked` is `question`
    analysed and `stripped` it without_latest, when the caller has them already."""
    asked = analyse(question) if asked is None else asked
    result = match(index, question, asked)
    stripped = without_latest(question) if stripped is None else stripped
    if stripped == question:
        return result
    # The topic is ranked once: matched here and searched for its newest news below.
    topic_ranking = rank(index, stripped)
    topic = match(index, stripped, ranking=topic_ranking)
    chosen = _newest_or_topic(index, question, asked, result, topic)
    newer = _newer_figure(index, stripped, topic_ranking, chosen)
    if newer is not None:
        return newer
    if chosen.answered and chosen.best is not None and chosen.best.fact.measure:
        return chosen  # a measure: its newest figure is `resolve`'s to find
    if chosen.outcome is Outcome.PARTIAL and not about_the_answer(asked):
        return chosen  # on topic, but the sources do not give what was asked
    news = newest_on_topic(index, stripped, topic_ranking)
    if news is None:
        return chosen
    if (
        chosen.answered
        and chosen.best is not None
        and not answer_fact_misread(asked, chosen)
        and _answered_on(index, chosen.best.fact) >= _answered_on(index, news.fact)
    ):
        return chosen  # the matched fact is news as recent
    answered = replace(chosen, question=question).judged(
        Verdict.NEWEST_ON_TOPIC, outcome=Outcome.ANSWERED, best=news, missing=None
    )
    if answered.confidence < ANSWER_THRESHOLD:
        return chosen
    # What else to offer: the topic's own closest facts, not those "latest" drew it to, each
    # shown as no likelier than the reply itself.
    offered = tuple(
        ScoredFact(other.fact, min(other.score, answered.confidence))
        for other in topic.suggestions
        if other.fact is not news.fact
    )
    return replace(answered, suggestions=offered)


def _newer_figure(
    index: FactIndex, topic: str, ranking: Ranking, chosen: MatchResult
) -> MatchResult | None:
    """ "The latest on how many more special free schools are planned": a later written
    answer giving a figure of the same thing (the same kind and unit: "special free
    schools") and every word of the topic is the newer figure, though it counts them
    differently ("15 additional" confirmed, not "a further 76" approved); asked about the
    approved ones, the answer that does not say "approved" is no newer figure of them. Facts
    of the chosen fact's own measure are `resolve`'s to order."""
    if not chosen.answered or chosen.best is None or not ranking.candidates:
        return None
    shown = chosen.best.fact
    figure = shown.measured
    if figure is None or figure.unit is None or "document" in shown.tags:
        return None
    wanted = frozenset(index.normaliser.terms(topic)) - neutral_terms(index) - COMMON_WORDS
    wanted -= _document_terms(index) | _news_terms(index)
    if not wanted:
        return None
    since = _answered_on(index, shown)
    newer = [
        candidate
        for candidate in _carrying(index, ranking, wanted)
        if _same_thing(index.facts[candidate.position], shown)
        and _answered_on(index, index.facts[candidate.position]) > since
    ]
    if not newer:
        return None
    best = max(newer, key=lambda c: (_answered_on(index, index.facts[c.position]), -c.position))
    fact = index.facts[best.position]
    answered = chosen.judged(
        Verdict.NEWEST_ON_TOPIC,
        outcome=Outcome.ANSWERED,
        best=ScoredFact(fact, round(best.evidence.rank_score, 4)),
        missing=None,
    )
    return answered if answered.confidence >= ANSWER_THRESHOLD else None


def _same_thing(fact: Fact, shown: Fact) -> bool:
    """A figure of the same kind and unit, outside the shown fact's measure."""
    figure, other = fact.measured, shown.measured
    if figure is None or other is None or "document" in fact.tags:
        return False
    if shown.measure and fact.measure == shown.measure:
        return False
    return figure.kind is other.kind and figure.unit == other.unit


def _newest_or_topic(
    index: FactIndex, question: str, asked: Question, result: MatchResult, topic: MatchResult
) -> MatchResult:
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


# A fact on the topic ranks at least this share of the closest fact's score.
NEWS_SHARE = 0.6
# and the closest at least this: "the latest on X" must name something the base knows well.
NEWS_FLOOR = 0.5
# How much nearer the question than the newest answer's first fact on its topic another of its
# facts must be to be the news given instead.
NEWS_LEAD_MARGIN = 0.05


def _carrying(index: FactIndex, ranking: Ranking, wanted: frozenset[str]) -> list[Candidate]:
    """The candidates close to the best that carry every word wanted and lack nothing the
    question asks for, best first."""
    top = ranking.candidates[0].evidence.rank_score
    return [
        candidate
        for candidate in ranking.candidates
        if candidate.evidence.rank_score >= NEWS_SHARE * top
        and candidate.evidence.missing is None
        and candidate.evidence.intent_fit != -1
        and wanted <= index.fact_terms[candidate.position]
    ]


def newest_on_topic(
    index: FactIndex, topic: str, ranking: Ranking | None = None
) -> ScoredFact | None:
    """The fact of the newest written answer on `topic`: the answer's first fact carrying
    every word of it (nothing asked that it does not give), or, when only the answer's own
    record (its question) speaks of it, the answer's first fact. About the answers
    themselves ("who answered the most recent question on X"), the newest answer's record.
    `ranking` is `topic` ranked, when the caller has ranked it already."""
    ranking = rank(index, topic) if ranking is None else ranking
    if not ranking.candidates:
        return None
    question = ranking.question
    # Who gave the most recent answer, when: the answer's record; what it said: its facts.
    # Not when it speaks of what is to come: "when will the govt publish its plans" asks when
    # the plans come out, which no written answer's record says.
    document_too = (
        question.intent in DOCUMENT_INTENTS
        and about_the_answer(question)
        and FUTURE_WORDS.isdisjoint(question.words)
    )
    if question.intent not in NEWS_INTENTS and not document_too:
        return None  # a figure asked for: the matcher's, or a measure's newest
    top = ranking.candidates[0].evidence.rank_score
    if top < NEWS_FLOOR:
        return None
    wanted = frozenset(index.normaliser.terms(topic)) - neutral_terms(index) - COMMON_WORDS
    # "the most recent written answer on X": X; "the most recent minister to answer": any
    wanted -= _document_terms(index) | _news_terms(index)
    if not wanted and not document_too:
        return None
    on_topic = _carrying(index, ranking, wanted)
    if FIGURE_WORDS & set(question.words):
        # "the latest tribunal figures": news without a figure does not answer that.
        on_topic = [c for c in on_topic if _gives_a_figure(index.facts[c.position])]
    if wanted & _money_terms(index):
        # "the latest funding news on X": the newest sum of money put into X, where an
        # answer gives one; news of funding without a sum answers only when none does.
        sums = [c for c in on_topic if _gives_money(index.facts[c.position])]
        on_topic = sums or on_topic
    if not on_topic:
        return None
    newest = max(_answered_on(index, index.facts[candidate.position]) for candidate in on_topic)
    of_newest = [c for c in on_topic if _answered_on(index, index.facts[c.position]) == newest]
    # The newest answer's first word on it: an answer leads with its news, then explains.
    said = [c for c in of_newest if document_too or not _is_record(index.facts[c.position])]
    if said:
        first = min(said, key=lambda candidate: candidate.position)
        # Unless another of its facts on it is clearly nearer what was asked ("the latest
        # assessment of demand": that demand will go on rising, not the survey that measures it).
        # (Asked when it was published or who gave it, its record comes first, as it is.)
        closest = max(said, key=lambda candidate: candidate.evidence.rank_score)
        nearer = closest.evidence.rank_score - first.evidence.rank_score > NEWS_LEAD_MARGIN
        if nearer and not document_too:
            first = closest
        return ScoredFact(index.facts[first.position], round(first.evidence.rank_score, 4))
    # Only the record of the question speaks of it: what the answer to it says first.
    source = index.kb.source_of(index.facts[of_newest[0].position])
    lead = next(
        (fact for fact in index.facts if fact.source_id == source.id and not _is_record(fact)),
        None,
    )
    return ScoredFact(lead, round(of_newest[0].evidence.rank_score, 4)) if lead else None


# Words asking for a figure where the question's form does not ("the latest figures on X").
FIGURE_WORDS = frozenset(
    "figure figures number numbers statistics stats data total count amount".split()
)


# Words asking about money ("funding", "investment", "budget" and "cash" fold to one term).
MONEY_WORDS = "funding money pounds"


def _money_terms(index: FactIndex) -> frozenset[str]:
    return frozenset(index.normaliser.terms(MONEY_WORDS))


def _gives_money(fact: Fact) -> bool:
    return any(figure.kind is FigureKind.MONEY for figure in fact.figures)


def _gives_a_figure(fact: Fact) -> bool:
    return any(figure.kind is not FigureKind.DATE for figure in fact.figures)


def _is_record(fact: Fact) -> bool:
    """A fact about a written answer itself: who gave it, when, what was asked."""
    return "document" in fact.tags


def _document_terms(index: FactIndex) -> frozenset[str]:
    return frozenset(index.normaliser.terms(" ".join(sorted(DOCUMENT_WORDS))))


# Words asking how things stand, not about what: "the current position on X".
NEWS_WORDS = "position situation state status picture story happening said say says assessment"
# News, or when something is to happen ("the latest on when the plans come out").
NEWS_INTENTS = frozenset({Intent.OTHER, Intent.DATE, Intent.START, Intent.END})


def _news_terms(index: FactIndex) -> frozenset[str]:
    return frozenset(index.normaliser.terms(NEWS_WORDS))


def _answered_on(index: FactIndex, fact: Fact) -> dt.date:
    return index.kb.source_of(fact).answered
