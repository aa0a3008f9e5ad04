"""What a question asks about time against the dates a fact gives: over what period a figure
runs, an exact date, or when something else happens. A fact dating a launch ("in September
2023, the department launched a £70 million Change Programme") says when it began, not over
what period the money runs; one dating when 33 schools were approved does not say when they
open; "early in the new year" is no exact date. Pure.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from sendbot.answering.asked_once import read_once
from sendbot.answering.event_dated_in_words import dates_an_event_asked
from sendbot.answering.intent import WHEN_ASKED, Intent
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.model import FigureKind

# "£70m change programme - over what period?", "over how many years is the 60% rise".
# "the 4000 children reached - over what time period?", "which years does it cover?"
# (Searched from word starts only: each branch opens a word.)
_PERIOD = at_word_starts(
    r"\b(?:over|for|across|covering|in|during) (?:what|which) (?:(?:time )?period|time ?frame|"
    r"timescale|years|length of time)\b|\bover what time\b|"
    # ... the period named first and what runs over it after: "what period is the 13m PINS
    # money over", "what time frame does the £70m cover", "what years is the EP money for"
    r"^(?:what|which) (?:time )?(?:period|time ?frame|timescale|years) (?:is|are|was|were|does|"
    r"do|did) (?:\w+ ){1,8}?(?:over|cover|covering|span|spanning|for)$|"
    r"\bover how (?:many years|long)\b|\bhow many years (?:is|does|did|will) (?:it|that|this) "
    r"(?:cover|run|last|span)\b|"
    r"\b(?:what|which) (?:years|period|time ?frame) (?:does|do|did|is|are|was|were) "
    r"(?:it|that|this|they|those|these) (?:cover|span|for|run)\b|\b(?:what|which) years$"
)
# "the 50,000 more pupils - up to what year is that?": where the period counted ends, which
# "since 2017" does not say.
_UNTIL = re.compile(r"\b(?:up to|until|till) (?:what|which) (?:year|date|point)\b")
# "up 60% - what baseline year are they comparing against?", "compared with which year?": where
# the change its figure counts starts. ("I want a baseline" asks for none.)
_FROM = re.compile(
    r"\b(?:what|which) (?:\w+ )?baseline\b|\bbaseline (?:year|date)\b|"
    r"\b(?:from|since) (?:what|which) (?:year|date|point|level)\b|"
    r"\bcompar\w* (?:\w+ ){0,2}?(?:to|with|against) (?:what|which)\b|"
    r"\b(?:what|which) (?:year|date|period) (?:\w+ ){0,4}?"
    r"(?:compar\w*|(?:measured|counted|calculated) from)\b"
)
# What a fact says of where its change starts: "from the 2019/20 allocations", "since 2017",
# "than in 2017", "compared to 2022/23" (a year folded to "2022_23").
_SPAN_START = re.compile(
    r"\b(?:since|from|compared (?:to|with)|between|than in) (?:the )?(?:\w+ )?"
    r"(?:19|20)\d\d(?:_\d\d)?\b"
)
# What a fact says of where its period ends: "between 2022 and 2025", "to 2025" (not "compared
# to 2017"), "so far", "this academic year".
_SPAN_END = re.compile(
    r"\b(?:(?<!compared )(?:to|until|till)|and) (?:\w+ )?(?:19|20)\d\d\b|\b(?:so far|to date|"
    r"this (?:academic |financial )?year|(?:19|20)\d\d/\d\d)\b"
)
# "what years did the 50 AP free schools open", "the 67 projects, what years will they open",
# "over what years were they approved": the year of each of many openings or approvals, which
# a span ("since 2010") does not give.
_YEARS_EACH = re.compile(
    r"\b(?:what|which) years (?:\w+ ){0,10}?(?:(?P<open>open|opened|opening)|"
    r"(?P<approved>approved|get approved|got approved))\b"
)
_EACH_YEAR = {"opened": "opens or opened", "approved": "was approved"}
# Years named together: "across the academic years 2024 and 2025", "from 2024 to 2026" give the
# years asked (a fact's words hold its title too: "since 2010 ... june 2023" is not that).
_YEARS_TOGETHER = re.compile(r"\b(?:19|20)\d\d,? (?:and|to|or) (?:\w+ )?(?:19|20)\d\d\b")
# "what's the exact date", "when exactly", "end exactly": a day, not a season or a year.
_EXACT = re.compile(r"\bexact (?:date|day)\b|\bexactly when\b|\bwhen exactly\b|\bexactly$")
# Said of a date whatever the question opens with ("what is the exact day it comes out");
# a bare "exactly" ("what will it look at exactly?") asks for a date only in a when-question.
_EXACT_DAY = re.compile(r"\bexact (?:date|day)\b")
# "which month", "what day exactly": a month or a day, which a year alone does not give.
_MONTH_ASKED = re.compile(r"\b(?:which|what) (?:month|day)\b")
_MONTH_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:spring|summer|autumn|"
    r"winter|new year)\b",
    re.IGNORECASE,
)
# "when will the 76 schools actually open", "when does the group have to report by", "when
# does the new framework come in": the date of one event.
_EVENT = re.compile(
    r"\bwhen (?:will|is|are|s|would|does|do) (?:\w+ ){1,10}?(?:actually |really |finally )?"
    r"(?:(?:due|expected|going|set|have|has|need|needs) to )?(?P<event>open|be opened|"
    r"report|publish|be published|come out|come in|make (?:its|their) recommendations|"
    # "when will the new EPs actually be working in councils": trained is not yet at work
    r"be working|start work|start working|be in post|"
    # "when will the 400 new EPs be qualified": those trained qualify after their training
    r"be qualified|be fully qualified|qualify|"
    # "when will the new ITT content actually start": its start, which its announcement is not
    r"start|begin|take effect|kick in|"
    # "when will the reforms be rolled out to every council": a start still to come
    r"be rolled out|roll out)\b|"
    # "the 33 special free schools - opening when?"
    r"\b(?P<event_first>open|opening|report|reporting) when\b"
)
# "when was the £2.6bn announced", "when was the research commissioned", "when did the pilot
# start", "when does the £18m actually end": the date of one event that has happened, or of
# the end of what runs now.
_PAST_EVENT = re.compile(
    # (the last event named: "when was the dfe commissioned research published" asks when it
    # was published; not when it was said to come: "when did they say they'd announce", nor
    # when it started doing something: "when did the survey start asking")
    r"\bwhen (?:was|were|did|has|have|had) (?:(?!(?:say|said|tell|told|would|will|going|to|"
    r"planned|plan)\b)\S+ ){1,10}(?:first |actually |originally |initially |really |officially )?"
    r"(?P<past>announced?|commission(?:ed)?|start(?:ed)?|begin|began|begun|launch(?:ed)?|"
    r"set up|published|publish)\b(?! \w+ing\b)|"
    r"\bwhen (?:does|do|will|is|are|s) (?:\S+ ){1,10}?(?:actually |really |finally |officially )?"
    r"(?P<end>end|finish|run out|stop|(?:have|has|need|needs) to be spent(?: by)?)\b"
)
_PAST_EVENT_OF = {
    "announce": "announced",
    "commission": "commissioned",
    "start": "started",
    "begin": "started",
    "began": "started",
    "begun": "started",
    "launch": "started",
    "launched": "started",
    "set up": "started",
    "publish": "published",
}
# Events whose date a financial or academic year ("2025/26") never is, nor the end of a span
# whose start the fact gives ("between 2022 and 2025"): when something was announced or done.
_DONE_ONCE = frozenset({"announced", "commissioned", "published"})
# The roles of dates that say when each event happens ("opened", "starts" ...).
_EVENT_ROLES = {
    "open": frozenset({"opened", "starts", "launched"}),
    "report": frozenset({"published", "ends"}),
    "come in": frozenset({"starts", "launched", "confirmed"}),
    "work": frozenset(),  # no date a fact gives says when those trained are at work
    "qualify": frozenset(),  # ... nor when they qualify: "to train 400 EPs across 2024 and 2025"
    "roll out": frozenset({"starts"}),
    "announced": frozenset({"announced", "confirmed", "launched"}),
    "commissioned": frozenset({"commissioned"}),
    "started": frozenset({"starts", "launched", "opened", "established", "began"}),
    "published": frozenset({"published", "answered"}),  # an answer is published when given
    "ends": frozenset({"ends", "deadline", "until"}),
}
# Other wordings of those events ("be opened", "publish"), each to the name the tables use.
_EVENT_OF = {
    "be opened": "open",
    "opening": "open",
    "reporting": "report",
    "publish": "report",
    "be published": "report",
    "come out": "report",
    "make its recommendations": "report",
    "make their recommendations": "report",
    "be working": "work",
    "start work": "work",
    "start working": "work",
    "be in post": "work",
    "be qualified": "qualify",
    "be fully qualified": "qualify",
    "start": "come in",
    "begin": "come in",
    "take effect": "come in",
    "kick in": "come in",
    "be rolled out": "roll out",
}
_SAID_EVENT = {
    "open": "they open",
    "report": "it will report or publish",
    "come in": "it comes in",
    "work": "they will be at work",
    "qualify": "they will qualify",
    "roll out": "it will be rolled out",
    "announced": "it was announced",
    "commissioned": "it was commissioned",
    "started": "it started",
    "published": "it was published",
    "ends": "it ends",
}
# The roles of a written answer's own dates: when it was asked and answered, not when
# anything it speaks of happened.
PAPER_ROLES = frozenset({"asked", "answered"})
# What a fact says of a span of time: "since May 2022", "over the next three years",
# "between 2022 and 2025", "in the 2024/25 financial year".
_SPAN = re.compile(
    r"\b(?:(?:since|between) (?:\w+ )?(?:19|20)\d\d|over (?:the )?(?:next |last |past )?\w+ "
    r"(?:years|months)|"
    r"(?:academic|financial) years?|this (?:academic |financial )?year|from \w+ \d{4} to)\b"
)
_ROLES_OF_INTENT = {
    Intent.START: frozenset({"starts", "launched", "opened", "established"}),
    Intent.END: frozenset({"ends"}),
}


class Asked(NamedTuple):
    period: bool  # over what period a figure runs
    exact: bool  # an exact date
    exact_day: bool  # "the exact date/day", a date asked whatever the question's intent
    event: str | None  # the event whose date is asked: "open", "report", "come in"
    until: bool = False  # up to when the period its figure counts runs
    since: bool = False  # from when the change its figure counts is measured
    month: bool = False  # "which month": more than the year
    years_each: str | None = None  # "what years did they open": "opened" or "approved"


@read_once
def _asked(text: str) -> Asked:
    found = _EVENT.search(text)
    said = (found["event"] or found["event_first"]) if found else None
    if said is None and (past := _PAST_EVENT.search(text)):
        said = "ends" if past["end"] else _PAST_EVENT_OF.get(past["past"], past["past"])
    return Asked(
        bool(_PERIOD.search(text)),
        bool(_EXACT.search(text)),
        bool(_EXACT_DAY.search(text)),
        _EVENT_OF.get(said, said) if said else None,
        bool(_UNTIL.search(text)),
        bool(_FROM.search(text)),
        bool(_MONTH_ASKED.search(text)),
        _years_each(text),
    )


def _years_each(text: str) -> str | None:
    found = _YEARS_EACH.search(text)
    if found is None:
        return None
    return "opened" if found["open"] else "approved"


def asks_when(text: str) -> bool:
    """Whether a (folded) question asks over what period, on what date or from or until when:
    what not_given weighs, of any fact."""
    return _asked(text) is not None


class Dated(Protocol):
    """What is read of a fact's profile (missing.FactProfile)."""

    @property
    def dates(self) -> tuple[tuple[str, str], ...]: ...  # (role, date as said)
    @property
    def text(self) -> str: ...  # its own words, folded
    @property
    def period(self) -> str | None: ...
    @property
    def main_kind(self) -> FigureKind | None: ...  # of its first figure that is not a date


def not_given(question: Question, fact: Dated) -> str | None:
    """The sentence saying what the fact's dates do not give that the question asks, or None."""
    asked = _asked(question.text)
    if asked is None:
        return None
    dates = fact.dates
    # Over what period a figure runs: a fact giving no figure (when the answer was given) has
    # nothing to run over, and is left to the ranking.
    if asked.period and fact.main_kind is not None and not _gives_span(dates, fact.text):
        so_far = f"; it gives the figure {fact.period}" if fact.period else ""
        return f"{SOURCE} doesn't say over what period{so_far}."
    if (
        asked.years_each
        and fact.main_kind is not None
        and not _YEARS_TOGETHER.search(fact.text)
        and not any(role == asked.years_each for role, _ in dates)
    ):
        # "what years did the 50 AP free schools open" of "opened ... since 2010": one year
        # at most, not the year of each
        return f"{SOURCE} doesn't give the year each {_EACH_YEAR[asked.years_each]}."
    if (
        asked.until
        and fact.main_kind is not None
        and not any(role == "ends" for role, _ in dates)
        and not _SPAN_END.search(fact.text)
    ):
        return f"{SOURCE} doesn't say up to what year its figure runs."
    if (
        asked.since
        and fact.main_kind is not None
        and not any(role == "starts" for role, _ in dates)
        and not _SPAN_START.search(fact.text)
    ):
        return f"{SOURCE} doesn't say from what year its figure is counted."
    event_dates = _event_dates(asked.event, dates) if asked.event else dates
    if (
        asked.event
        and event_dates
        and all(role and role not in _EVENT_ROLES[asked.event] for role, _ in event_dates)
    ):
        role, day = event_dates[0]
        return f"{SOURCE} gives {_when(role)} ({day}), not when {_SAID_EVENT[asked.event]}."
    if asked.event in _DONE_ONCE and dates and not event_dates:
        return f"{SOURCE} gives the year its figure is for ({dates[0][1]}), not when it was done."
    own_dates = [day for role, day in dates if role not in PAPER_ROLES]
    if (
        asked.month
        and own_dates
        and not any(_MONTH_NAMED.search(day) for day in own_dates)
        # "which day was the spending review?" of "in the Spending Review on 11 June, ...":
        # the event asked is dated in the fact's words, if not in its figures
        and not dates_an_event_asked(fact.text, question.words)
    ):
        # "when does the £2.6bn have to be spent by, which month", of "between 2022 and 2025"
        return f"{SOURCE} gives only the year ({own_dates[-1]}), not the month."
    if (asked.exact and question.intent in WHEN_ASKED) or (
        asked.exact_day and question.intent is Intent.OTHER
    ):
        roles = _ROLES_OF_INTENT.get(question.intent)
        # A date of unknown role may be the one asked: only the known ones rule it out.
        if not any(roles is None or not role or role in roles for role, _ in dates):
            return f"{SOURCE} doesn't give an exact date for that."
    return None


def _event_dates(event: str, dates: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The dates that may say when `event` happened: for something announced or done once,
    not a financial or academic year of unknown role ("2025/26", the year a figure is for), nor
    the end of a span whose start is given ("between 2022 and 2025")."""
    if event not in _DONE_ONCE:
        return dates
    starts = any(role == "starts" for role, _ in dates)
    return tuple((role, day) for role, day in dates if role or not ("/" in day or starts))


def _gives_span(dates: tuple[tuple[str, str], ...], text: str) -> bool:
    if any(role not in PAPER_ROLES and ("/" in day or role == "starts") for role, day in dates):
        return True  # a financial or academic year, or the start of the period counted
    return bool(_SPAN.search(text))


def _when(role: str) -> str:
    if role == "starts":
        return "when it starts"
    if role == "ends":
        return "when it runs until"
    return f"when it was {role}"
