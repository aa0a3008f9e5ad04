"""Asked for the newest on a topic whose news is a statement, not a figure: the newest written
answer's word on it, and what earlier answers said and when.

A fact's curated `topic` (see `sendbot.knowledge.topics`) links each written answer's word on
one thing. A question asking for the newest ("the latest on demand for special school
places"), naming no year or period, that the matcher answers with one answer's word on a topic
gets the newest answer's word on it instead; the reply lists the earlier answers' words with
their dates. Not when the reply is a measure's figure (a measure's own newest rule gave it),
unless the asker has told that figure ("PINS was £13m for 1680 schools, any update?").
A fact of no topic answers for its topic when a topic's word ranks as close to what was asked
(`topic_asked`): "the latest on the ITT framework's SEND content" matched to one answer's
detail on it is asked of the topic that answer's word and older ones speak to.
Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import islice

from sendbot.answering.asked_so_far import forecast_for_change_asked, says_it_has_changed
from sendbot.answering.checked_claim import claims, gives
from sendbot.answering.confidence import ANSWER_THRESHOLD, Verdict
from sendbot.answering.fact_index import FactIndex, gives_a_figure, per_index
from sendbot.answering.intent import Intent
from sendbot.answering.latest import (
    answered_on,
    asks_a_figure,
    asks_what_is_to_come,
    figures_asked_as_newest,
    same_thing,
    to_come,
    wanted_terms,
)
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.question import Question
from sendbot.answering.quoted_fragment import opening_fragment
from sendbot.answering.ranking import Ranking, among_first
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.topics import topic_facts


@per_index
def _topics(index: FactIndex) -> dict[str, tuple[Fact, ...]]:
    """Each topic's facts, the newest written answer's first."""
    names = {fact.topic for fact in index.facts if fact.topic}
    return {name: topic_facts(index.kb, name) for name in sorted(names)}


def newest_word(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    ranking: Callable[[], Ranking] | None = None,
    told: str = "",
) -> tuple[MatchResult, tuple[str, ...]] | None:
    """The result answered with its topic's newest word, and the earlier answers' words on
    it, for a question asking for the newest; None when the answer has no topic (nor one
    asked, by `ranking`, the question's topic ranked: `topic_asked`), the question names a
    year or period (that answer's word is asked), or the reply is not an answer. `told`: the
    whole message, whose figures the asker already has."""
    best = result.best
    if best is None or result.outcome is not Outcome.ANSWERED:
        return None
    if question.years or question.period:
        return None
    topic = best.fact.topic
    if (
        not topic
        and ranking is not None
        and _news_asked(question, best.fact, told)
        and _topics(index)
    ):
        topic = topic_asked(index, best.fact, ranking())
    facts = _topics(index).get(topic, ()) if topic else ()
    if len(facts) < 2:
        return None
    lead = facts[0]
    # ("The newest data on X": the words asking for the newest took "data" from `question`.)
    figure_asked = asks_a_figure(question) or figures_asked_as_newest(told)
    if figure_asked and not gives_a_figure(lead):
        lead = figure_of_its_answer(index, lead, best.fact) or lead
    if lead is not best.fact and answered_on(index, lead) >= answered_on(index, best.fact):
        if _to_come_of_its_answer(index, question, best.fact, lead):
            return None  # the newest answer's word on what is awaited, already
        if forecast_for_change_asked(question.text, lead.quote) and says_it_has_changed(
            best.fact.quote
        ):
            return None  # the newest word only forecasts; the fact answered says it happened
        newer = result.judged(Verdict.NEWEST_ON_TOPIC, best=ScoredFact(lead, best.score))
        if newer.confidence < ANSWER_THRESHOLD:
            return None
        offered = tuple(other for other in result.suggestions if other.fact is not lead)
        result = replace(newer, suggestions=(ScoredFact(best.fact, best.score), *offered))
        shown = lead
    elif topic != best.fact.topic:
        return None  # the fact answered is the newest word on the topic asked
    else:
        shown = best.fact
    said = _earlier_words(index, facts, shown)
    return result, said


# How far below the question's closest fact the topic's newest word may rank and still be
# what was asked, when the older word is not answered.
UNANSWERED_REACH = 0.1


def newest_word_of_unanswered(
    index: FactIndex, result: MatchResult, question: Question, ranking: Ranking
) -> tuple[MatchResult, tuple[str, ...]] | None:
    """Asked for the newest, a reply that is declined or partial with an older answer's word on
    a topic, where the topic's newest word ranks near the question's closest fact (`ranking`,
    the question's topic ranked) and gives what was asked: that word answers, with the earlier
    answers' words beside it. "The latest on SEND content in teacher training, when does it
    kick in?" is not partial for want of the January 2024 announcement's start date: the June
    2025 answer says it starts in September 2025; nor is "the current teacher training framework
    for SEND" declined for the tie between the two answers' words. None otherwise (a year or
    period named, the reply's fact of no topic, the newest word lacking what was asked)."""
    best = result.best
    if best is None or result.answered or not best.fact.topic or not ranking.candidates:
        return None
    if question.years or question.period:
        return None
    facts = _topics(index).get(best.fact.topic, ())
    if len(facts) < 2 or facts[0] is best.fact:
        return None
    lead = facts[0]
    floor = ranking.candidates[0].evidence.rank_score - UNANSWERED_REACH
    near = next(
        (
            candidate
            for candidate in islice(ranking.candidates, TOPIC_RIVALS)
            if index.facts[candidate.position] is lead
        ),
        None,
    )
    if near is None or near.evidence.rank_score < floor:
        return None
    if near.evidence.missing is not None or near.evidence.intent_fit == -1:
        return None
    if not _holds_most_asked(index, question, near.position):
        return None
    answered = result.answered_if_confident(
        Verdict.NEWEST_ON_TOPIC, ScoredFact(lead, round(near.evidence.rank_score, 4))
    )
    if answered is None:
        return None
    said = _earlier_words(index, facts, lead)
    return answered, said


def _holds_most_asked(index: FactIndex, question: Question, position: int) -> bool:
    """Whether the topic's newest word (at `position`) holds at least half of what the question
    names: a stray word shared ("what gcse grade is a pass these days": "pass", as in high needs
    money passed to schools) does not make it the newest word on what was asked, when the
    older reply was not given either."""
    wanted = wanted_terms(index, question.text)
    return 2 * len(wanted & index.fact_terms[position]) >= len(wanted)


def _to_come_of_its_answer(index: FactIndex, question: Question, shown: Fact, lead: Fact) -> bool:
    """Asked about plans or awaited findings, the fact answered says what is to come and is of
    the lead's own written answer: that answer's news on what was asked ("the status of the
    PINS evaluation": findings expected in autumn 2025, not that it is under way)."""
    return (
        shown.source_id == lead.source_id
        and asks_what_is_to_come(question.words)
        and to_come(index, shown)
    )


# How far below the fact answered a topic's word may rank on the question's topic and still
# be a word on what was asked.
TOPIC_REACH = 0.1
# How many of the closest facts are looked at for a topic's word.
TOPIC_RIVALS = 8


def _news_asked(question: Question, shown: Fact, told: str) -> bool:
    """Whether the news on a thing is asked ("the latest on X"), not who runs it, when or how
    many, and the fact answered is no measure's figure (a measure's newest rule gave it) or
    gives a figure the asker has told ("PINS was £13m for 1680 schools, any update?": what
    is newer than it is asked, and that measure has nothing newer)."""
    if question.intent is not Intent.OTHER:
        return False
    return not shown.measure or any(gives(shown, claim) for claim in claims(told))


def topic_asked(index: FactIndex, shown: Fact, ranking: Ranking) -> str | None:
    """The topic asked of, when the fact answered has none: the closest fact with a topic among
    the question's nearest, ranking above the fact answered (the top one, where that fact is not
    among them), or no further than TOPIC_REACH below it when of another answer. Below it, a
    word of the same answer is a sibling no nearer what was asked
    ("the latest on how high needs money gets to schools": allocated by councils, not their
    flexibility over it). Records of an answer carry no topic."""
    own = among_first(index, ranking, shown, TOPIC_RIVALS)
    floor = own.evidence.rank_score - TOPIC_REACH if own is not None else None
    below = False
    # Read in order and stopped at the first fact with a topic: the ones below are not
    # worked out.
    for candidate in islice(ranking.candidates, TOPIC_RIVALS):
        fact = index.facts[candidate.position]
        below = below or candidate is own
        if floor is not None and candidate.evidence.rank_score < floor:
            return None
        if fact.topic and candidate.evidence.missing is None:
            if own is None and candidate is not ranking.candidates[0]:
                return None
            return fact.topic if not below or fact.source_id != shown.source_id else None
    return None


def figure_of_its_answer(index: FactIndex, lead: Fact, shown: Fact) -> Fact | None:
    """Asked for a newer number ("50,000 more than 2017, is there a newer figure?"), where the
    topic's newest word gives none ("expected to continue to increase"): that answer's first
    fact giving a figure of the same kind and unit as the one shown (children in special
    schools, 200,000 in 2024/25), which is the newer number of that thing, of the shown
    fact's own measure or not."""
    figure = shown.measured
    if figure is None:
        return None
    # A sum has no unit to say what it is of: only its own curated topic says that a later
    # answer's sum is of the same thing ("anything after the £18m for supported internships?":
    # the £3m pilot, both supported internships funding). A count with no unit says nothing.
    by_topic = figure.unit is None
    if by_topic and (figure.kind is not FigureKind.MONEY or not shown.topic):
        return None
    return next(
        (
            fact
            for fact in index.facts
            if fact.source_id == lead.source_id
            and (not by_topic or fact.topic == shown.topic)
            and same_thing(index, fact, shown, of_its_measure_too=True)
        ),
        None,
    )


def said_before(index: FactIndex, fact: Fact) -> str:
    """An earlier word, as the reply's line of them lists it: the opening of its quote, in
    quotation marks, with who said it and when (its statement, written anew, would state
    figures no quote shown holds)."""
    source = index.kb.source_of(fact)
    when = human_date(answered_on(index, fact))
    return f'"{opening_fragment(fact)}" ({source.answered_by.name}, {when})'


def _earlier_words(index: FactIndex, facts: Sequence[Fact], shown: Fact) -> tuple[str, ...]:
    """The topic's words given in answers before the one `shown`, each with its date."""
    return tuple(
        said_before(index, fact)
        for fact in facts
        if answered_on(index, fact) < answered_on(index, shown)
    )
