"""Asked whether something covers or includes a group or thing ("does the money cover children
with dyslexia?", "is autism included in that funding?"), declined: the closest fact answers
when its quote says "including" that very thing and no other close fact's quote names it.
Pure.

The thing asked about is a rare word the base says once, inside a clause of the quote
("including those with dyslexia"): the fact's statement and curated phrasings leave it out, so
the question's words score low against every fact, and the decline names the fact that says it
first among the closest topics. A thing no quote names "including" stays declined (or partial:
what the source does not break down is said by the rules on parts).
"""

from __future__ import annotations

import re

from sendbot.answering.closest_unrivalled import (
    best_answers,
    closest_best,
    declined_best,
    next_ranked,
)
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.match import rare_words_asked
from sendbot.answering.newest import Newest
from sendbot.answering.ranking import rank

# "does it cover", "is X included in", "does the 1.8bn include", "are they counted in": a yes
# or no on whether a thing is part of something.
_ASKS_WHETHER_COVERED = re.compile(
    r"^\W*(?:does|do|did|will|would|is|are|was|were|can)\b.*?"
    r"\b(?:cover|covers|covered|covering|include|includes|included|including|count|counted)\b"
)
# A quote saying what a thing includes: the words after "including" or "includes", to the end
# of the clause.
_INCLUDING = re.compile(r"\b(?:including|includes|which include|that include)\b([^.;:]*)")
# How rare a word must be to name the thing asked about (as `match.QUOTE_RIVAL_IDF`), and how
# many of the next facts are looked at for another quote naming it.
COVERED_IDF = 3.0
COVERED_RIVALS = 6


def asks_whether_covered(text: str) -> bool:
    """The (lowered) question asks yes or no whether something covers or includes a thing."""
    return _ASKS_WHETHER_COVERED.search(text) is not None


def named_as_included(index: FactIndex, position: int, asked: frozenset[str]) -> frozenset[str]:
    """The rare words asked that the fact's quote says after "including" or "includes"."""
    said: set[str] = set()
    for clause in _INCLUDING.findall(index.facts[position].quote.lower()):
        said.update(index.normaliser.terms(clause))
    return asked & frozenset(said)


def _names_another_whole(index: FactIndex, position: int, question: str) -> bool:
    """The question names what the thing should be part of by a joined term ("high needs
    money") that the fact's quote and statement do not use: the quote says the thing is
    included in something else (schools' budgets), which does not answer it."""
    fact = index.facts[position]
    told = frozenset(index.normaliser.terms(f"{fact.quote} {fact.statement}"))
    return any("_" in term and term not in told for term in index.normaliser.terms(question))


def covered_named(read: FirstReading) -> Newest | None:
    """A declined yes-or-no question on whether something covers a thing, answered by the
    closest fact when its quote says it includes that thing, named by a rare word asked, and
    none of the next COVERED_RIVALS facts' quotes has that word."""
    if declined_best(read) is None or not asks_whether_covered(read.spelt.lower()):
        return None
    index = read.index
    asked = rare_words_asked(index, read.spelt, COVERED_IDF)
    if not asked:
        return None
    ranking = rank(index, read.spelt)
    closest = closest_best(read, ranking)
    if closest is None:
        return None
    named = named_as_included(index, closest.position, asked)
    if not named or _names_another_whole(index, closest.position, read.spelt):
        return None
    for other in next_ranked(ranking, COVERED_RIVALS):
        if named & frozenset(index.normaliser.terms(index.facts[other.position].quote)):
            return None  # another quote names it too: which one answers is not clear
    return best_answers(read, Verdict.COVER_NAMED)
