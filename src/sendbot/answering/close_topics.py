"""Whether a decline may offer its closest facts as "closest topics".

The matcher always has some nearest fact, even for a question about nothing in the sources:
"what's the capital of France" is nearest capital funding for specialist places, by one word
used in another sense. Offered there, the topic reads as a broken answer. Closest topics are
offered when the best of them scores at the partial threshold (close by the matcher's own
measure), or when the question names a word the sources use of more than one fact ("EHCP",
"special school", "funding"): a word of what the sources are about, not one fact's stray word
("capital", "topping up") that an off-topic question may happen to use in another sense.
Among them a topic is offered only when it shares a word of what was asked other than the
department's name (every source is the department's), and never a record of an answer's
paperwork (when a question was asked, who answered it): "how long does an EHCP assessment take"
is not offered when a question on funding adequacy was asked. With none sharing a word, only
those close by the matcher's measure; with none to offer, the decline says what the sources
are, as off topic."""

from __future__ import annotations

from dataclasses import replace

from sendbot.answering.confidence import PARTIAL_THRESHOLD
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.match import MatchResult, Outcome
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS
from sendbot.knowledge.model import DOCUMENT_TAG, Fact

# Words that name the department every source is from: no topic of one fact more than another.
DEPARTMENT_NAMES = frozenset("dfe dept department ministry govt gov government".split())

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


@per_index
def _positions(index: FactIndex) -> dict[str, int]:
    """Each fact's id -> its position in the index (what `postings` files terms under)."""
    return {fact.id: position for position, fact in enumerate(index.facts)}


def _names_a_word_of(index: FactIndex, terms: set[str], fact: Fact) -> bool:
    """Whether the sources file one of `terms` under `fact` (its statement, quote, title,
    tags, questions: every field the matcher reads)."""
    position = _positions(index)[fact.id]
    return any(position in index.postings.get(term, {}) for term in terms)


def _sharing_a_word(index: FactIndex, result: MatchResult) -> MatchResult:
    """An on-topic decline's closest facts that share a word of what was asked: "how many
    autistic children wait for a diagnosis" is offered autism training, not the special school
    projects the matcher may rank beside it for "children" and "many". No record of an
    answer's paperwork; with none sharing a word, only those scoring at the partial threshold
    (see the module)."""
    terms = _topic_terms(index, result.question) - _department_terms(index)
    topics = [item for item in result.suggestions if DOCUMENT_TAG not in item.fact.tags]
    sharing = tuple(item for item in topics if _names_a_word_of(index, terms, item.fact))
    # With no word to share ("high needs money": everyday words), those close by the
    # matcher's own measure.
    close = tuple(item for item in topics if item.score >= PARTIAL_THRESHOLD)
    return replace(result, suggestions=sharing or close)


@per_index
def _department_terms(index: FactIndex) -> frozenset[str]:
    """The department's names as the index files them ("dfe", "department", "govt")."""
    return frozenset(index.normaliser.terms(" ".join(sorted(DEPARTMENT_NAMES))))


def with_close_topics_only(index: FactIndex, result: MatchResult) -> MatchResult:
    """A plain decline ("not in my sources") of an off-topic question without its closest
    facts, and of an on-topic one with those of them that share a word with it; other
    results as they are (a "which answer?" decline's facts are its choices)."""
    if result.outcome is not Outcome.DECLINED or result.missing is not None:
        return result
    if not result.suggestions:
        return result
    if is_on_topic(index, result.question):
        return _sharing_a_word(index, result)
    if max(item.score for item in result.suggestions) >= PARTIAL_THRESHOLD:
        return _sharing_a_word(index, result)
    return replace(result, suggestions=())
