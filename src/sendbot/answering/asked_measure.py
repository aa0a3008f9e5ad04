"""Which measure a question asks about, if any: it names the measure and nothing the
measure's facts do not say; and when the question is about something else (a written answer
itself, a reason, a rise rather than a level). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sendbot.answering.asked_period import AGO, RELATIVE
from sendbot.answering.expansions import acronyms
from sendbot.answering.match import FIELD_WEIGHTS, FactIndex, MatchResult, Outcome
from sendbot.answering.measure_table import (
    measure_table,
    measure_terms,
    neutral_terms,
    position_of,
)
from sendbot.answering.normalise import COMMON_WORDS
from sendbot.answering.question import Intent, Question
from sendbot.knowledge.model import Fact

QUOTE_WEIGHT = FIELD_WEIGHTS["quote"]


def named_measure(index: FactIndex, question: Question) -> str | None:
    """The measure a question asks for and nothing else: it uses every word of the measure's
    name ("the high needs budget"; "funding" folds to "budget") and its other words are all
    found in that measure's facts or only say when ("latest", "now", "this year"). The most
    specific such measure when several are."""
    undated = AGO.sub(" ", RELATIVE.sub(" ", question.text))  # "3 years ago" says when
    asked = frozenset(index.normaliser.terms(undated)) - set(question.years)
    neutral = neutral_terms(index)
    named = []
    table = measure_table(index)
    for measure, facts in table.histories.items():
        needed = table.terms[measure]
        # "the high needs increase" names the high needs budget's increase: a measure's
        # generic word for money may go unsaid when its other words are there.
        said = needed - table.generic or needed
        if not said <= asked:
            continue
        # Words the facts themselves say (a quote's other words are context, not the measure).
        if unexplained(index, asked - needed - neutral, facts, QUOTE_WEIGHT):
            continue  # "the high needs budget for autism": something the measure is not
        named.append(measure)
    return max(named, key=lambda measure: len(measure_terms(index, measure)), default=None)


def unexplained(
    index: FactIndex, terms: frozenset[str], facts: Iterable[Fact], above: float = 0.0
) -> set[str]:
    """The terms none of `facts` carries in a field weighing more than `above`, leaving out
    words the knowledge base does not know ("campaigner") and everyday ones ("want"): those
    say nothing of another topic, while a word it knows ("autism") may."""
    positions = [position_of(index, fact) for fact in facts]
    return {
        term
        for term in terms
        if term in index.idf
        and term not in COMMON_WORDS
        and not any(index.postings[term].get(position, 0.0) > above for position in positions)
    }


# Questions asking for a figure, or for nothing in particular ("the latest high needs
# budget?"); "what is it used for?" or "why did it rise?" asks for something else.
FIGURE_INTENTS = frozenset({Intent.COUNT, Intent.AMOUNT, Intent.PERCENT, Intent.OTHER})

# A question about a written answer itself (who answered, when it was asked) is not about
# the figures the answer gives.
DOCUMENT_WORDS = frozenset(
    """question questions answer answers answered asked ask reply replied respond responded
    minister mp pq tabled lords department dept dfe published publish date""".split()
)
DOCUMENT_INTENTS = frozenset({Intent.DATE, Intent.START, Intent.PERSON, Intent.ASKER})


# "who is evaluating X", "who's running it": who carries something out, not who answered.
_WHO_DOES = re.compile(
    r"\bwho(?:'s| is| are| will be)\s+(?!\w+ing\b(?: the)? (?:answer|question|reply))\w+ing\b"
)


def about_the_answer(question: Question) -> bool:
    if not DOCUMENT_WORDS.isdisjoint(question.words):
        return True
    if question.intent is Intent.PERSON and _WHO_DOES.search(question.text.lower()):
        return False
    return question.intent in DOCUMENT_INTENTS


def answer_fact_misread(question: Question, result: MatchResult) -> bool:
    """The matcher answered with a fact about a written answer itself (its date, who gave it)
    a question that asks nothing about one: its phrasings name the answer's topic, which
    drew the question there."""
    return (
        result.outcome is Outcome.ANSWERED
        and result.best is not None
        and "document" in result.best.fact.tags
        and not about_the_answer(question)
        # "what does SEND stand for?": the question's own text spells it out.
        and not (
            question.intent is Intent.DEFINITION
            and question.subject.lower() in acronyms(result.best.fact.quote)
        )
    )


def asks_change_of_a_level(index: FactIndex, question: Question, measure: str) -> bool:
    """A question asking how much something rose ("how many more ...") names a measure of
    how much there is, not of how much it rose."""
    return question.change and not measure_terms(index, measure) & _change_terms(index)


def _change_terms(index: FactIndex) -> frozenset[str]:
    return measure_table(index).change


def more_specific(index: FactIndex, matched: str, named: str, question: Question) -> bool:
    """Whether the question uses a word that only the matched fact's measure has in its name
    ("since" in "the rise in the high needs budget since 2019/20"); a year it names does not
    count, as it may be the period asked for."""
    extra = measure_terms(index, matched) - measure_terms(index, named)
    asked = set(index.normaliser.terms(question.text)) - set(question.years)
    return bool(extra & asked)
