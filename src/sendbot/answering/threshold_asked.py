"""Asked for the amount above which something starts ("how much per child before the council
pays?", "what's the cut-off for top-up funding per pupil", "above what sum does the high needs
block cover support?"), declined: the closest fact answers when its quote gives an amount for
each one that costs are counted above ("support costs in excess of £6,000 per pupil") and no
other fact close to it gives such an amount. Pure.

The words saying a threshold is asked ("before it kicks in", "cut-off") are not the fact's,
and its curated phrasings name the amount the asker does not know, so the fact giving the
threshold is turned down though it is first, with the written answer's own record (whose
phrasings name the amount too) close behind it. Another fact giving a threshold close to it
leaves which is meant unclear, and the decline stands.
"""

from __future__ import annotations

import re

from sendbot.answering.closest_unrivalled import (
    best_answers,
    closest_best,
    declined_best,
    next_ranked,
    ranked_near,
)
from sendbot.answering.confidence import Verdict
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.intent import Intent
from sendbot.answering.newest import Newest
from sendbot.answering.ranking import rank
from sendbot.answering.terms_not_held import terms_not_held

# How far below the closest fact another fact giving a threshold must rank for the closest
# one's to be the one asked; how many of the next facts are looked at; and how much of what
# the question names the closest fact must hold.
THRESHOLD_RIVAL_GAP = 0.05
THRESHOLD_RIVALS = 6
THRESHOLD_COVERAGE = 0.6

# A threshold asked: "before X kicks in / steps in / pays", "the cut-off", "the threshold",
# "above what amount", "how much ... until the council pays". "Pays", "funds" and "covers" end
# the clause or take the rest ("pays up", "covers the extra"): "before the council pays for an
# assessment" asks when a named thing is paid for, not the amount above which support starts.
_ASKS_THRESHOLD = re.compile(
    r"\b(?:before|until|till|til) (?:\w+ ){0,5}?(?:kicks? in|kick in|steps? in|takes? over|"
    r"starts? paying|picks? up|comes? in|applies|"
    r"(?:pays?|funds?|covers?)(?= *(?:$|[?.!,;]|(?:in|up|out|anything|more|extra|then)\b|"
    r"(?:for )?(?:it|them|the (?:rest|extra|difference|remainder|costs?))\b)))|"
    r"\bthresholds?\b|\bcut ?offs?\b|"
    r"\b(?:above|over|beyond|past) (?:what|which) (?:amount|sum|level|figure|cost)\b"
)
# An amount for each one that costs are counted above: "in excess of £6,000 per pupil",
# "above £10,000 per place".
_THRESHOLD_AMOUNT = re.compile(
    r"\b(?:in excess of|above|more than|exceeding|beyond) £[\d,.]+(?: (?:thousand|k))? "
    r"(?:per|a|each|for each) (?:pupil|child|student|learner|place|head|person)\b",
    re.IGNORECASE,
)
# An amount asked ("how much", "what amount"), or one for each ("per pupil", "a child"): "what
# is the threshold for an EHC plan" asks what makes a child eligible, not a sum.
_FOR_EACH = re.compile(r"\b(?:per|a|each) (?:pupil|child|kid|student|learner|place|head)\b")
# The words that ask for a threshold, which the fact giving it need not hold: read through the
# index's normaliser, so that their synonyms ("kicks in", "spend") are left out too.
_THRESHOLD_ASKING_WORDS = (
    "before until kicks in steps in takes over starts paying pays picks up comes in applies "
    "funds covers threshold cut off above over beyond past amount sum level figure cost costs "
    "spend much per each pupil child kid student learner place head"
)


def asks_threshold(text: str) -> bool:
    """The (lowered) question asks for the amount above which something starts."""
    return _ASKS_THRESHOLD.search(text) is not None


def gives_threshold(quote: str) -> bool:
    """A fact's quote gives an amount for each one that costs are counted above."""
    return _THRESHOLD_AMOUNT.search(quote) is not None


def threshold_given(read: FirstReading) -> Newest | None:
    """A declined question asking for a threshold amount, answered by the closest fact when
    its quote gives one, it holds enough of what the question names and every thing it names
    besides the words asking for a threshold, and no other fact ranked
    within THRESHOLD_RIVAL_GAP of it gives one too."""
    best = declined_best(read)
    if best is None:
        return None
    question = read.asked
    text = read.spelt.lower()
    if not asks_threshold(text):
        return None
    if question.intent is not Intent.AMOUNT and not _FOR_EACH.search(text):
        return None
    if not gives_threshold(best.fact.quote):
        return None
    ranking = rank(read.index, read.spelt, question)
    closest = closest_best(read, ranking)
    if closest is None or closest.evidence.coverage < THRESHOLD_COVERAGE:
        return None
    normaliser = read.index.normaliser
    asking = frozenset(normaliser.terms(_THRESHOLD_ASKING_WORDS))
    held = read.index.fact_terms[closest.position]
    if terms_not_held(normaliser.terms(read.spelt), held, asking):
        return None  # the question names a thing the fact does not say
    facts = read.index.facts
    for other in next_ranked(ranking, THRESHOLD_RIVALS):
        near = ranked_near(closest, other, THRESHOLD_RIVAL_GAP)
        if near and gives_threshold(facts[other.position].quote):
            return None  # two thresholds, about as close: which is meant is not clear
    return best_answers(read, Verdict.THRESHOLD_GIVEN)
