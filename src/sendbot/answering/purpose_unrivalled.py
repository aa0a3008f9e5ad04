"""Asked what something is for ("what is the consortium supposed to deliver?", "what's the
improvement plan actually supposed to change for mainstream schools?"), declined: the closest
fact answers when its statement says a purpose and no other close fact says one. Pure.

Words saying a purpose is asked ("supposed to deliver", "meant to change") are rare or
unknown to the base and count against every fact, so the one stating the purpose is often
turned down though it is first, and the decline then names it first among the closest topics.
Where several facts close together state a purpose (what the extra high needs money will help
with, in each year's written answer) which of them is meant is not clear, and the decline
stands: only a purpose with no rival near it answers.
"""

from __future__ import annotations

import re

from sendbot.answering.asked_purpose import PURPOSE_WORDS, TO_A_FIGURE
from sendbot.answering.asked_recipients import asks_who_is_reached
from sendbot.answering.asked_whom import asks_whom_it_is_for
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
from sendbot.answering.normalise import COMMON_WORDS, stem
from sendbot.answering.purpose_stated import (
    PURPOSE_CLAUSE,
    PURPOSE_NOUNS,
    states_its_purpose,
    states_purpose_of,
)
from sendbot.answering.question import Question
from sendbot.answering.ranking import rank
from sendbot.answering.terms_not_held import terms_not_held

# How far below the closest fact another fact stating a purpose must rank for the closest one's
# purpose to be the one asked; and how many of the next facts are looked at.
PURPOSE_RIVAL_GAP = 0.05
PURPOSE_RIVALS = 6
# ... and how much of what the question names the closest fact must hold: a story told around
# the question ("our head says the new money solves everything - what's it really for next
# year?") may ask the purpose of another thing, or of another year, than the fact's.
PURPOSE_COVERAGE = 0.4

# "Which pupils is the grant meant for?": whom it is for, which the people its
# quote names say, not a purpose it states (`asked_whom`, `asked_recipients` read the others).
_WHICH_PEOPLE = re.compile(
    r"\b(?:which|what) (?:sort of |kind of |type of )?(?:children|kids|pupils|young people|"
    r"people|students|learners|families|parents|schools|councils|local authorities|settings|"
    r"groups?|ages?)\b"
)

# Words standing for a thing named before: a question asking what "it" is for names nothing,
# and the closest fact was drawn by its other words ("according to", "the dfe").
_POINTS_BACK = frozenset("it its they them their".split())


def asks_whom(text: str) -> bool:
    """The (lowered) question asks whom something is for or reaches, not what it is for."""
    return (
        asks_whom_it_is_for(text)
        or asks_who_is_reached(text)
        or _WHICH_PEOPLE.search(text) is not None
    )


def _asks_what_for(question: Question) -> bool:
    """A reason asked, or a word saying a purpose ("what is the consortium supposed to
    deliver?", read as no kind of detail) that is not a level it is meant to reach ("supposed
    to be £10bn"); not a time, a count or a sum it was meant to have ("when were the plans
    supposed to come out?")."""
    if question.intent is Intent.REASON:
        return True
    return (
        question.intent is Intent.OTHER
        and not PURPOSE_WORDS.isdisjoint(question.words)
        and not TO_A_FIGURE.search(question.text.lower())
    )


def _purpose_of_a_thing_named(read: FirstReading, position: int) -> bool:
    """The fact's statement says a purpose, and names before it a thing the question names:
    what the purpose is of ("the department has a contract with the consortium, to expand
    ..."), not a thing it mentions after ("a pilot to extend internships to young people
    without an EHC plan" says nothing of what an EHC plan is for)."""
    statement = read.index.facts[position].statement
    found = PURPOSE_CLAUSE.search(statement)
    if found is None:
        return False
    before = frozenset(read.index.normaliser.terms(statement[: found.start()])) - _ACTS
    asked = read.index.normaliser.terms(read.spelt)
    return any(term in before for term in asked if term not in COMMON_WORDS)


# What a purpose says is done, not a thing it is of: "what is the support for?" names no thing
# in "the department has supported all local authorities to strengthen ...".
_ACTS = frozenset(
    stem(word)
    for word in """help helped support supported secure ensure give test pilot improve strengthen
    drive boost raise tackle benefit build create develop promote enable train extend expand
    prepare deliver""".split()
)


# The terms of the words asking a purpose ("what's the end goal of ..."), folded as the
# question's are: they name no thing the purpose is of.
_ASKING_A_PURPOSE = frozenset(stem(word) for word in PURPOSE_NOUNS)


def unrivalled_purpose(read: FirstReading) -> Newest | None:
    """A declined question asking what something is for, answered by the closest fact when it
    states a purpose and no fact ranked within PURPOSE_RIVAL_GAP of it states one too, nor one
    further down that says a thing the question names and the closest fact does not."""
    if declined_best(read) is None:
        return None
    question = read.asked
    if not _asks_what_for(question) or asks_whom(read.spelt.lower()):
        return None
    if not _POINTS_BACK.isdisjoint(question.words):
        return None  # "what are they for?": the thing is named elsewhere, if at all
    ranking = rank(read.index, read.spelt, question)
    closest = closest_best(read, ranking)
    if closest is None or closest.evidence.coverage < PURPOSE_COVERAGE:
        return None
    if not _purpose_of_a_thing_named(read, closest.position):
        return None
    facts = read.index.facts
    # What the question names that the closest fact does not say ("the high needs money",
    # of a fact on education funding as a whole); not the word asking the purpose ("goal").
    asked = read.index.normaliser.terms(read.spelt)
    unsaid = terms_not_held(asked, read.index.fact_terms[closest.position], _ASKING_A_PURPOSE)
    # The closest fact saying, as its point, what the thing asked is for ("supported
    # internships are ... programmes designed to ..."): only a fact saying so of a thing asked
    # is a rival, not one telling what another thing is for ("the investment aims to double
    # ...", "through grant funding, the department has supported councils to ...").
    of_the_thing = states_purpose_of(facts[closest.position], asked, read.index.normaliser.terms)
    for other in next_ranked(ranking, PURPOSE_RIVALS):
        rival = facts[other.position]
        if not states_its_purpose(rival):
            continue
        if of_the_thing and not states_purpose_of(rival, asked, read.index.normaliser.terms):
            continue
        if ranked_near(closest, other, PURPOSE_RIVAL_GAP):
            return None  # two purposes, about as close: which is meant is not clear
        if unsaid & read.index.fact_terms[other.position]:
            return None  # a purpose further down says more of what was named
    return best_answers(read, Verdict.PURPOSE_UNRIVALLED)
