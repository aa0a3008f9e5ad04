"""Whether a decline may offer its closest facts as "closest topics".

The matcher always has some nearest fact, even for a question about nothing in the sources:
"what's the capital of France" is nearest capital funding for specialist places, by one word
used in another sense. Offered there, the topic reads as a broken answer. Closest topics are
offered when the best of them scores at the partial threshold (close by the matcher's own
measure), or when the question names a word the sources use of more than one fact ("EHCP",
"special school", "funding"): a word of what the sources are about, not one fact's stray word
("capital", "topping up") that an off-topic question may happen to use in another sense."""

from __future__ import annotations

from dataclasses import replace

from sendbot.answering.confidence import PARTIAL_THRESHOLD
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import MatchResult, Outcome
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS

# A word filed under this many facts or more is one of the topics of the sources.
TOPIC_WORD_FACTS = 2


def _topic_terms(index: FactIndex, question: str) -> set[str]:
    """The question's terms that say what it is about: not stopwords, everyday words or bare
    numbers (a year alone does not make "who won the cup in 2024" a question on SEN)."""
    return {
        term
        for term in index.normaliser.terms(question)
        if term not in STOPWORDS and term not in COMMON_WORDS and not term.isdigit()
    }


def is_on_topic(index: FactIndex, question: str) -> bool:
    """Whether `question` names a word of what the sources are about (see the module)."""
    return any(
        len(index.postings.get(term, ())) >= TOPIC_WORD_FACTS
        for term in _topic_terms(index, question)
    )


def with_close_topics_only(index: FactIndex, result: MatchResult) -> MatchResult:
    """A plain decline ("not in my sources") of an off-topic question without its closest
    facts; other results as they are (a "which answer?" decline's facts are its choices)."""
    if result.outcome is not Outcome.DECLINED or result.missing is not None:
        return result
    if not result.suggestions or is_on_topic(index, result.question):
        return result
    if max(item.score for item in result.suggestions) >= PARTIAL_THRESHOLD:
        return result
    return replace(result, suggestions=())
