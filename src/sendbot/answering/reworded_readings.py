"""Second readings of a message not answered as asked, read in other words: "it" as the topic
its story names, "why was X set up" as X's purpose, a whole without the part it includes,
without what the asker sets aside or the words on how to put the reply, "the X one" as the
X question, and a claim of who answered as the check it makes. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.answer_parts import DOCUMENT_TAG, AnswerPart, answer_part
from sendbot.answering.asked_alternatives import (
    first_choice_alone,
    names_another_thing,
    says_the_first_choice,
)
from sendbot.answering.asks_nothing import without_words_asking_nothing
from sendbot.answering.checked_claim import claims, gives
from sendbot.answering.confidence import Verdict
from sendbot.answering.first_reading import FirstReading, if_sure, read_as, surely_answered_alone
from sendbot.answering.included_part import says_it_includes, without_included_part
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.newest import Newest
from sendbot.answering.one_named import with_one_named
from sendbot.answering.pointed_topic import quoted_topic, with_topic_named
from sendbot.answering.purpose_reworded import as_purpose_asked
from sendbot.answering.question import analyse
from sendbot.answering.ranking import among_first, rank
from sendbot.answering.set_aside import set_aside, without_set_aside
from sendbot.answering.told_answerer import as_answerer_checked
from sendbot.knowledge.figures import figures_besides_dates, same_figure
from sendbot.knowledge.model import Fact


def topic_pointed_to(read: FirstReading) -> Newest | None:
    """'our officers keep mentioning 'the change programme'. how much is it worth?', declined
    whole: its asking clauses with "it" read as the phrase the story quotes (or the name it
    gives: "something called PINS"), when that is surely answered (a second guess, so as sure
    as a question read alone must be)."""
    message = read.question
    reworded = with_topic_named(message)
    if reworded is None:
        return None
    quoted = quoted_topic(message) is not None
    why = "“it” read as what your message names" + (" in quotes" if quoted else "")
    return surely_answered_alone(read, reworded, why)


def purpose_asked(read: FirstReading) -> Newest | None:
    """'why was pins set up', declined as asked: read as "what is the purpose of pins", the
    words the base's purposes are asked by, when that is answered."""
    question = read.spelt
    reworded = as_purpose_asked(question)
    if reworded is None:
        return None
    return if_sure(read.decided_as_worded(reworded), reworded, "it asks what that is for")


def whole_asked(read: FirstReading) -> Newest | None:
    """'the latest schools budget incl high needs', not answered as asked (drawn to the part's
    own figure): read without the part, when that is answered by a fact saying the part too
    (see `included_part`)."""
    question = read.spelt
    parted = without_included_part(question)
    if parted is None:
        return None
    whole, part = parted
    newest = read.decided_as_worded(whole)
    best = newest.result.best
    if not newest.result.answered or best is None:
        return None
    # (Not held to `if_sure`: the fact saying the part as well is what makes it surer.)
    if not says_it_includes(read.index, best.fact, part):
        return None
    return read_as(newest, whole, f"its figure includes {part}")


def without_what_is_set_aside(read: FirstReading) -> Newest | None:
    """'beyond the ones that opened, how many more special free schools got the go ahead?':
    read without what it sets aside, when that is answered with another fact than the whole
    message's (whose words drew the fact set aside), giving no figure the set-aside clause
    names (the asker has it)."""
    question, whole = read.spelt, read.newest
    aside = set_aside(question)
    if aside is None:
        return None
    rest = without_set_aside(question)
    again = read.decided_as_worded(rest)
    found, kept = again.result, whole.result
    if not found.answered or found.best is None:
        return None
    same = kept.best is not None and kept.best.fact.id == found.best.fact.id
    if same and (
        kept.answered
        or (kept.outcome is Outcome.PARTIAL and _names_what_is_set_aside(found.best.fact, aside))
    ):
        # Answered with it already; or partial of a fact naming what is set aside ("which orgs
        # are in the consortium apart from the NDTi", of the fact naming only the NDTi): what
        # it lacks is the others, which the clause asks for
        return None
    fact = found.best.fact
    named = figures_besides_dates(aside.lower())
    if any(gives(fact, claim) for claim in claims(aside)) or any(
        same_figure(figure, given) for figure in named for given in fact.figures
    ):
        return None  # "apart from the 15 new special schools", "beyond the 76": set aside
    return read_as(again, rest, f"“{aside}” sets aside what you have")


# The words of a set-aside clause that only point at what is set aside.
_POINTING = frozenset(
    """beyond on top of besides apart from other than in addition to over and above not
    counting excluding the those these them ones one that which who already""".split()
)


def _names_what_is_set_aside(fact: Fact, aside: str) -> bool:
    """The fact's quote says a word (beyond pointing ones) of the set-aside clause."""
    quote = set(re.findall(r"[a-z0-9]+", fact.quote.lower()))
    said = set(re.findall(r"[a-z0-9]+", aside.lower())) - _POINTING
    if said and said <= _THE_LEADER and "led by" in fact.quote.lower():
        return True  # "apart from the lead", of a quote saying who it is "led by"
    return not said.isdisjoint(quote)


_THE_LEADER = frozenset("lead leader leaders leading organisation body".split())


def without_manner(read: FirstReading) -> Newest | None:
    """'whats PINS for, in a sentence?', not answered as asked: read without the words saying
    how the reply is to be put, or where the question was put ("in parliament", kept when who
    put it there is asked), when that is answered. Those words ask nothing of the sources, so
    the message asks no less without them."""
    question = read.question
    keep = analyse(question).intent is Intent.ASKER
    reworded = without_words_asking_nothing(question, keep_parliament=keep)
    if reworded is None:
        return None
    newest = read.decided(reworded)
    if not newest.result.answered:
        return None
    return replace(newest, result=replace(newest.result, question=question))


def first_choice(read: FirstReading) -> Newest | None:
    """'does the 200k cover all types of special school or just state ones?', not answered as
    asked: read with its first choice alone, when that is answered. The choices exclude each
    other, so whether the first holds says which it is; the second's words need not be said."""
    question = read.question
    choices = first_choice_alone(question)
    if choices is None or names_another_thing(read.index, choices):
        return None
    newest = read.decided(choices.first_alone)
    best = newest.result.best
    if not newest.result.answered or best is None or not says_the_first_choice(best.fact, choices):
        return None
    # The fact is one the whole message comes close to (the second choice and what else it
    # says, "the neurodiversity answer", still count), or the newest figure of the measure it
    # names, which the figure it has ("still about 10.5 billion") keeps from the first few.
    near = among_first(read.index, rank(read.index, read.spelt), best.fact, _CHOICE_RIVALS)
    if near is None and newest.result.verdict is not Verdict.NEWEST_FIGURE:
        return None
    return replace(newest, result=replace(newest.result, question=question))


# How far down the whole message's ranking the fact settling its first choice may be.
_CHOICE_RIVALS = 5


def one_named(read: FirstReading) -> Newest | None:
    """'which previous answer was the white paper one following up', declined as asked: read
    with "the white paper one" as "the white paper question", when that is answered with a
    written answer's own record (what "the ... one" is asked of here)."""
    question = read.spelt
    reworded = with_one_named(question)
    if reworded is None:
        return None
    newest = read.decided_as_worded(reworded)
    best = newest.result.best
    if not newest.result.answered or best is None or DOCUMENT_TAG not in best.fact.tags:
        return None
    return replace(newest, result=replace(newest.result, question=question))


def answerer_checked(read: FirstReading) -> Newest | None:
    """'someone said Gillian Keegan answered this one herself, is that right?', declined as
    asked (its asking clause names nothing): read as the check it makes, "did Gillian Keegan
    answer this one herself?", when that is answered. It asks what the message asks, in its
    own words, so it needs no more than an answer's confidence."""
    question = read.spelt
    reworded = as_answerer_checked(question)
    if reworded is None:
        return None
    newest = read.decided_as_worded(reworded)
    best = newest.result.best
    # Only the record of who answered replies: "is it true the answer was from X?" read so
    # and answered by another fact would not be the check the message makes.
    if (
        not newest.result.answered
        or best is None
        or answer_part(best.fact) is not AnswerPart.ANSWERER
    ):
        return None
    return read_as(newest, reworded, "it checks who answered")
