"""What holds now, asked where the sources give only what held before: the sentences saying so.

A figure or a state of things asked as of today ("how many are open as of today", "is it
still 32 councils today", "where does the white paper stand this week"). Every written answer
gives what held when it was given: the newest of them is shown with its date, as related
information, and the reply says the sources do not say what holds today. (A plain "what's the
latest X" or "X now" asks for the newest the sources give and is answered with it: only words
naming today, this week or this month ask for the day the asker is in.) `answer.decide` asks
this of every answer.

A figure asked for the present year ("this year", "this yr", "the current financial year",
read by `asked_period`) when no written answer gives one for it: the reply is partial,
saying first that the sources give no figure for that year and naming the period of the newest
one, as a time asked after the sources ("this term") is. The newest figure, given as the
answer, would read as this year's. `newest` asks this where it reads the period asked.
Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.question import Question
from sendbot.answering.trend import measure_phrase
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import Fact
from sendbot.knowledge.periods import period_label

# Folded text (lower case, no punctuation, apostrophes gone): "today", "todays date",
# "this week", "this month".
_TODAY = re.compile(r"\b(?:today(?:s date)?|this (?:week|month))\b")
# Words before the time that make it the time of the asker's story, not of the figure: "in a
# meeting today", "the head said today", "a leaflet we are printing this week", "never heard
# it before this week". (Not "paper" or "report": "the white paper", "inspection reports"
# are topics.)
_STORY_WORDS = frozenset(
    "meeting meetings morning evening briefing presentation speech call assembly lesson leaflet "
    "forecast article email server chat said told mentioned quoted heard read saw seen found "
    "asked printing writing doing putting sending before since earlier "
    # the asker's own doings: "i was (at a coffee morning) today", whose place may be read out
    "i we me my our us".split()
)
# How many words before the time are read for a story word.
_STORY_REACH = 6
# What a question asks as of today that a dated answer can only give as of its date: a figure,
# or how things stand (its intent is none in particular). Not when something happens: "as of
# today, when is the white paper due?" asks for the newest word on the date, which is answered.
_HOLDING_INTENTS = FIGURE_ASKED | {Intent.OTHER}


def may_ask_of_today(message: str) -> bool:
    """A cheap test before reading a message: whether it may name today, this week or this
    month at all (most do not, and reading one is a fifth of answering it)."""
    lowered = message.lower()
    return "today" in lowered or "this week" in lowered or "this month" in lowered


def today_asked(question: Question) -> str | None:
    """The words naming today ("today", "this week") when the question asks what holds then;
    None when it names no such time, or names it only in the asker's story."""
    if question.intent not in _HOLDING_INTENTS and not _only_todays_date(question):
        return None
    for found in _TODAY.finditer(question.text):
        before = question.text[: found.start()].split()[-_STORY_REACH:]
        if _STORY_WORDS.isdisjoint(before):
            return "today" if found[0].startswith("today") else found[0]
    return None


def _only_todays_date(question: Question) -> bool:
    """ "number of ehcps as of today's date": read as asking a date for its word "date" alone."""
    return (
        question.intent is Intent.DATE
        and "todays date" in question.text
        and "when" not in question.words
        and question.text.count("date") == 1
    )


def not_said_today_line(fact: Fact, asked: str) -> str:
    """The sentence saying the newest the sources give is as of its date, not of `asked`."""
    when = human_date(fact.as_of)
    if fact.figures and fact.period:
        # A figure for a year: the year it was true, then when it was given.
        return (
            f"The newest figure the written answers give is for {period_label(fact.period)} "
            f"(given on {when}); they do not say what it is {asked}."
        )
    if fact.figures:
        return (
            f"The newest figure the written answers give is as of {when}; they do not say "
            f"what it is {asked}."
        )
    return (
        f"The newest the written answers say on this is as of {when}; they do not say where "
        f"it stands {asked}."
    )


def now_not_given_line(measure: str, asked: str, phrase: str, newest: str) -> str:
    """ "The written answers give no high needs budget figure for 2026/27 ("this year"): the
    newest is for 2025/26." `asked` and `newest` are period texts ("2026/27")."""
    return (
        f"The written answers give no {measure_phrase(measure)} figure for "
        f"{period_label(asked)} (“{phrase}”): the newest is for {period_label(newest)}."
    )


def now_not_given_of_fact_line(asked: str, phrase: str, given: str) -> str:
    """ "The written answers give this figure for 2025/26, not for 2026/27 ("this year")." for
    a figure whose measure's newest is not what is asked (one council's allocation). Period
    texts, as above."""
    return (
        f"The written answers give this figure for {period_label(given)}, not for "
        f"{period_label(asked)} (“{phrase}”)."
    )
