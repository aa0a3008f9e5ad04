"""What there is for a group or on a topic, answered by the few facts that each give a part of
it ("what training is available for SENCOs?": the NPQ for SENCOs and early years SENCO
training), when the matcher, looking for one fact, finds several about as close and declines.
Pure."""

from __future__ import annotations

from sendbot.answering.answer_parts import answer_part
from sendbot.answering.confidence import ANSWER_THRESHOLD, answer_probability
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import ScoredFact, figures_given
from sendbot.answering.normalise import STOPWORDS, words
from sendbot.answering.ranking import Ranking
from sendbot.knowledge.measures import newest_first_key
from sendbot.knowledge.model import Fact

# An overview is two to four facts: one is the single-fact reply; more is a list of topics.
FEWEST_FACTS = 2
MOST_FACTS = 4
# Every fact of it ranks within this much of the first, so each answers about as well ...
BAND = 0.15
# ... and is itself, with no rival, this likely to be what was asked.
PART_FLOOR = 0.2
# Each fact is itself close to the question (its words, its best phrasing).
CLOSE = 0.45


def overview_facts(index: FactIndex, ranking: Ranking) -> tuple[ScoredFact, ...] | None:
    """The two to four facts that together answer a question asking what there is, each with
    the probability that it alone is what was asked; None when the close facts that could
    answer are one or more than four, or the question is more likely about none of them than
    about one."""
    candidates = ranking.candidates
    if not candidates:
        return None
    group: list[ScoredFact] = []
    for candidate in candidates.down_to(candidates[0].rank_score - BAND):
        fact = index.facts[candidate.position]
        if answer_part(fact) is not None:
            continue  # who answered, when: the written answer's record is no part of it
        if any(_says_the_same(fact, kept.fact) for kept in group):
            continue  # one part of the overview, said twice
        # Its probability as if it had no rival: the others are parts of the same answer.
        chance = answer_probability(candidate.evidence, 0.0)
        if chance < PART_FLOOR:
            continue  # close in words, but no answer to any part of it
        if candidate.evidence.missing is not None or candidate.evidence.closeness < CLOSE:
            return None
        group.append(ScoredFact(fact, round(chance, 4)))
        if len(group) > MOST_FACTS:
            return None
    # The question is about one of them at least (they are rivals: their chances add up).
    if len(group) < FEWEST_FACTS or sum(item.score for item in group) < ANSWER_THRESHOLD:
        return None
    return tuple(newest_first_within_a_measure(group))


# A fact whose quote shares this much of its words with a closer fact's quote says the same
# thing (the NPQ for SENCOs, and what it is meant to achieve, quoting the same sentence).
SAME_WORDS = 0.5


def _says_the_same(fact: Fact, other: Fact) -> bool:
    """Two answers repeating one figure, or two facts quoting mostly the same words."""
    given = figures_given(fact)
    if given and given == figures_given(other):
        return True
    said, also_said = _quoted_words(fact), _quoted_words(other)
    fewer = min(len(said), len(also_said))
    return fewer > 0 and len(said & also_said) >= SAME_WORDS * fewer


def _quoted_words(fact: Fact) -> frozenset[str]:
    return frozenset(word for word in words(fact.quote) if word not in STOPWORDS)


def newest_first_within_a_measure(scored: list[ScoredFact]) -> list[ScoredFact]:
    """In the matcher's order, but the facts of one measure newest first, in the places the
    measure's facts took."""
    places: dict[str, list[int]] = {}
    for at, item in enumerate(scored):
        if item.fact.measure:
            places.setdefault(item.fact.measure, []).append(at)
    ordered = list(scored)
    for at_places in places.values():
        if len(at_places) < 2:
            continue
        newest = sorted(
            (scored[at] for at in at_places),
            key=lambda item: newest_first_key(item.fact),
            reverse=True,
        )
        for at, item in zip(at_places, newest, strict=True):
            ordered[at] = item
    return ordered
