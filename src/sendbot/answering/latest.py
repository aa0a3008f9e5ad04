"""Questions asking for the newest: "the latest X", "X now", "most recent news on X".
Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from itertools import islice

from sendbot.answering.answer_parts import FUTURE_WORDS
from sendbot.answering.asked_measure import (
    DOCUMENT_INTENTS,
    DOCUMENT_WORDS,
    about_the_answer,
    answer_fact_misread,
    named_measure,
)
from sendbot.answering.asked_period import named_months
from sendbot.answering.asked_so_far import forecast_for_change_asked, says_it_has_changed
from sendbot.answering.confidence import ANSWER_THRESHOLD, Verdict
from sendbot.answering.day_numbers import as_figures, sum_numbers
from sendbot.answering.fact_index import FactIndex, gives_a_figure, per_index
from sendbot.answering.figure_of_the_thing import gives_a_figure_of_the_thing
from sendbot.answering.how_many_said_otherwise import as_how_many
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.match import Candidate, MatchResult, Outcome, ScoredFact, match
from sendbot.answering.measure_checked import measure_checked
from sendbot.answering.measure_table import measure_table, neutral_terms, position_of
from sendbot.answering.news_of_topic import topic_before_news
from sendbot.answering.normalise import COMMON_WORDS, WORD_START, may_hold
from sendbot.answering.question import Question, analyse, asks_so_far
from sendbot.answering.ranking import Ranking, among_first, rank
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.periods import parse_period

# Who gives a figure or says something: the department or its ministers. (Not
# answer_parts.DEPARTMENT: "ministry" here turns "the latest ministry statement" into a reply.)
_WHO_SAYS = r"(?:dfe|govt|gov|government|department|dept|ministers?)"
# Without "dept", as these two rules were written: with it, "the most recent dept statement on
# X" and "the figure the dept gave" read as latest-news questions, which changes replies.
_WHO_SAYS_NOT_DEPT = r"(?:dfe|govt|gov|government|department|ministers?)"

# Words asking for the newest figure or news: "the latest", "most recent news on", "now".
# The letters its words start with (tests/answering/test_latest_letters.py checks them): a word
# starting otherwise is passed over at once, not tried against every branch (either case).
LATEST_OPENS = "abclmnrtuvw"
_LATEST = re.compile(
    WORD_START
    + f"(?=[{LATEST_OPENS}])"
    # ("recentest": "most recent", as chat may write it)
    + r"(?:according to )?(the )?(?:very )?(?:latest|newest|recentest|(?:most )?recently|"
    r"most recent|"
    r"last(?= (?:news|updates?)\b)|"
    # "was the last (high needs) rise the £440m one?": the newest rise, checked (not "the last
    # rise we heard of", which tells the asker's story, nor "the last of the rises")
    r"last(?= (?:(?!of )[\w-]+ ){0,2}(?:increase|rise|uplift|boost|top[- ]?up)s?\b"
    r"(?! (?:i|we|they|you|u)\b))|"
    r"(?:most )?up[ -]to[ -]date|(?:any(?:thing)? )?(?:newer|more recent)|"
    # "any recent news on X", "recent updates on X": "recent" alone dates a piece of news.
    r"(?:any )?recent(?= (?:news|updates?|word|info|information)\b)|"
    r"(?:been )?(?:updated|changed) since(?: then)?|"
    r"current(?!ly)(?! (?:financial |academic |school )?year)|currently|right now|"
    # "rn": right now, as chat writes it (ending its clause: not a word of a name)
    r"rn(?=\s*(?:[?!.,;]|$))|"
    r"at the mo(?:ment|)|atm|at the minute|at present|these days|nowadays|"  # "atm": at the moment
    r"as (?:it|things) stands?|"
    r"as (?:of|at) (?:now|today)|up (?:to|until) now|any (?:news|updates?)|what'?s new|"
    # "where are things up to with X": how X stands, as "where are we at with X" asks
    r"where (?:are|do) (?:we|things) (?:stand|at|now|with|up to)(?: now| at| with)?)"
    # What is asked for, by whom: "the most recent dfe statement on X", "the latest word on X";
    # "according to the latest data" asks what the data says, not about data ("data" is a word
    # of the base: the school census)
    rf"(?:(?: {_WHO_SAYS_NOT_DEPT}(?:'?s)?)?"
    r" (?:news|updates?|word|line|info|information|statements?|comments?|commitments?|"
    r"pledges?|promises?|data|stats|statistics)|"
    # "according to the most recent DfE written answer": whose answer is where to look too
    rf"(?: {_WHO_SAYS_NOT_DEPT}(?:'?s)?)? (?:written )?(?:answers?|repl(?:y|ies)|pqs?))?\b",
    re.IGNORECASE,
)
# "where is the high needs budget at now?", "where does it stand", "where is PINS up to": how
# much it is or how it stands, not a place. ("Where are we at with X" is asked of X: _LATEST
# takes its first words away.)
_WHERE_AT = re.compile(
    r"^where(?:'s| is| are| does| do)\s+(?!(?:we|things)\b)(?P<topic>[^?!]+?)\s+"
    r"(?:at|stand|up to)\b(?P<rest>.*)$",
    re.IGNORECASE,
)

# "has the high needs budget been updated since 2023?": what it is now, not yes or no.
_HAS_CHANGED = re.compile(
    r"^(?:has|have)\s+(?P<topic>.+?)\s+(?:been\s+)?(?:updated|changed)\s+since\b(?P<rest>.*)$",
    re.IGNORECASE,
)

_ASKS_NOT_WHAT = re.compile(r"^\W*(?:when|how|who|whos|who'?s|which)\b", re.IGNORECASE)
_NOW_AT_END = re.compile(r"\s+now(?=\s*(?:[?!.]|$))", re.IGNORECASE)
# "Now" set against another time: "how many are in special schools now compared with ten years
# ago", "number of pupils now as opposed to 2015/16" ask the newest figure first, then the
# earlier one, however the question starts.
_NOW_AGAINST_BEFORE = re.compile(
    r"\s+now(?=,?\s+(?:compared|vs\b|versus|against|as opposed))", re.IGNORECASE
)

_HOW_THINGS_STAND = re.compile(r"^\s*where (?:are|do) (?:we|things)\b", re.IGNORECASE)

_WORD_CHARACTER = re.compile(r"\w")
# "special school headcount, whats the most recent one u have": "one" stands for the topic
# named first, and "you have" asks only what the bot holds.
_DANGLING_ASK = re.compile(
    r"(?<=\w)\s*[-\u2013,:;]\s*(?:what'?s|whats|what is|what are|any)(?: the| its| their)?"
    r"(?: ones?(?: (?:you|u) (?:have|got|'?ve got)| (?:you|u)'?ve got)?)?"
    r"\s*[?.!]*$",
    re.IGNORECASE,
)


# Asking how something stands: "the (current) status of X", "X's state of play", "where is
# X up to". What is asked is X's newest news, as "the latest on X" asks it: "status of" reads
# "on" ("whats the status of pins" is "whats the on pins", as "whats the latest on pins" is
# read), a status ending the question goes.
_STATUS = re.compile(
    r"(?:'s)?\s*\b(?:status|state of play|(?<=current )(?:position|situation))\b"
    r"(?P<of> (?:of|on|with|for)\b)?",
    re.IGNORECASE,
)


# Asking for news of X, no one part of it: "the latest update on X", "any news on X".
_NEWS_ASKED = re.compile(r"\b(?:news|updates?)\b", re.IGNORECASE)
_ASKS_A_PART = re.compile(
    r"\b(?:on|about|re|of) (?:how|what|whats|when|who|why|which|where|whether)\b", re.IGNORECASE
)


# Words (in lower case) of which every match of `_STATUS` holds one.
_STATUS_WORDS = ("stat", "position", "situation")


def _says_status(text: str) -> bool:
    return may_hold(text, _STATUS_WORDS) and _STATUS.search(text) is not None


def _without_status(text: str) -> str:
    if not may_hold(text, _STATUS_WORDS):
        return text
    return _STATUS.sub(lambda found: " on" if found["of"] else " ", text)


# "the latest view on where special school demand is heading": what X is expected to do, as
# the newest word on it says ("X expected"), which "where" would otherwise read as a place
# asked. (Only asked for the newest: "where are the new schools heading" may ask where they
# will be.)
_HEADING = re.compile(
    r"\bwhere (?P<topic>(?:[\w'-]+ ){1,8}?)(?:is|are) (?:heading|headed|trending)\b",
    re.IGNORECASE,
)
# Words naming a count: where the numbers are heading asks which way, not how many.
_COUNT_WORDS = re.compile(r"\b(?:numbers?|figures?|counts?|totals?)\b", re.IGNORECASE)


def _expected(found: re.Match[str]) -> str:
    """ "where X numbers are heading" as "X expected"."""
    topic = " ".join(_COUNT_WORDS.sub(" ", found["topic"]).split()) or found["topic"].strip()
    return f"{topic} expected"


# A news word ending what names the topic: "PINS update?", "send reform news - any date yet".
# (Not "updates to the code", where the updates are what is asked about.)
_NEWS_AFTER_TOPIC = re.compile(
    r"(?<=\w)\s+(?:news|updates?|info|information)\b"
    r"(?=\s*(?:$|[?!.,;:]|[-\u2013]|\b(?:pls|please|plz|thanks|ta|recently)\b))",
    re.IGNORECASE,
)


# "the most recent figure dfe gave for X": who gave the figure, not what it is of.
_GIVEN_BY = re.compile(
    r"\b(?P<figure>figures?|numbers?|totals?|amounts?|sums?) (?:that |which )?(?:the )?"
    rf"(?:{_WHO_SAYS_NOT_DEPT}|they) (?:has |have |had )?"
    # Either tense: "the figure the dfe gives" is who gives it as much as "gave".
    r"(?:gave|given|gives?|said|says?|quoted|quotes?|announced|announces?|published|"
    r"publish(?:es)?|puts? out|reported|reports?|stated|states?)\b",
    re.IGNORECASE,
)
# Where the newest figure was given, ending its clause, and who gave it there: "the newest total
# the dfe has given in a written answer", "the headcount the DfE has actually quoted in these
# answers". They say where to look, as "the latest" does, not what the figure is of: left in,
# "written answer" and "given" draw the matcher to an answer's record (its date, who gave it).
# (Who gave it, said alone, stays: "the latest % growth dfe has quoted" is read as it was.)
_GIVEN_IN_ANSWERS = re.compile(
    rf"(?:\s+(?:that |which )?(?:the )?(?:{_WHO_SAYS_NOT_DEPT}|they) (?:has |have |had )?"
    r"(?:actually |ever |last |most recently |recently )?(?:gave|given|quoted|stated|published|"
    r"reported|put out)\b)?"
    r"(?:\s+(?:in|across|through) (?:a |an |the |these |those |its |their |any |one of the )?"
    r"(?:(?:written|parliamentary) )?(?:answers?|repl(?:y|ies)|pqs?)\b)"
    r"(?=\s*(?:$|[?!.,;:]|[-\u2013]))",
    re.IGNORECASE,
)


# "the newest number of special free schools the govt has signed off": who made the
# commitment is no topic; what it did to them is ("approved"), as the facts word it.
_COMMITTED_BY = re.compile(
    rf"\s+(?:that |which |has |have )?(?:the )?(?:{_WHO_SAYS}|they)"
    r" (?:has |have |had )?(?P<verb>committed to|signed off(?: on)?|promised|pledged|agreed to|"
    r"announced|confirmed|approved|green ?lit|given the go ahead (?:to|for))"
    r"(?=\s*(?:$|[?!.,;:]|[-\u2013]|\b(?:most recently|recently|so far|lately)\b))",
    re.IGNORECASE,
)
# What each commitment says of what is committed to, in the words the written answers use.
_COMMITTED_AS = {
    "committed to": "planned",
    "promised": "planned",
    "pledged": "planned",
    "agreed to": "planned",
    "signed off": "approved",
    "signed off on": "approved",
    "green lit": "approved",
    "greenlit": "approved",
}


def _as_committed(found: re.Match[str]) -> str:
    verb = " ".join(found["verb"].lower().split())
    verb = "approved" if verb.startswith("given the go ahead") else verb
    return " " + _COMMITTED_AS.get(verb, verb)


# "the newest on the SEND reform proposals": what is proposed is what is planned, and the
# newest word on the plans need not say "proposals" ("a full Schools White Paper early in the
# new year"); read as said, the rare word draws the topic to the one older answer saying
# "policy proposals", and no later fact ranks near enough to be news on it.
_PROPOSALS = re.compile(r"\bproposals?\b", re.IGNORECASE)


def _as_plans(found: re.Match[str]) -> str:
    return "plans" if found[0].lower().endswith("s") else "plan"


# "..., whats dfe's latest view": asking for the word the topic before it names.
_VIEW_ASKED = re.compile(
    r"(?<=\w)\s*[-\u2013,:;]\s*(?:what'?s|whats|what is)\s+(?:the\s+)?"
    rf"(?:{_WHO_SAYS}|their)(?:'s|s)?\s+(?:view|line|position|stance|"
    r"take|word)\s*[?.!]*$",
    re.IGNORECASE,
)


# The last few texts read: three rules of one question (its timing, a newer figure claimed,
# the newest word on it) ask this of the same text, and the answer is the text's alone.
@lru_cache(maxsize=8)
def asks_for_newest(text: str) -> bool:
    """Whether a question has words asking for the newest ("latest", "these days", ...)."""
    return bool(
        _LATEST.search(text)
        or _says_status(text)
        or _WHERE_AT.match(text.strip())
        # "PINS update?", "send reform news pls": a topic and a news word alone, read as
        # `as_latest_asked` reads it before the sources are asked of its words
        or topic_before_news(text) is not None
    )


# Where a message breaks off after its first part: the end of its first sentence, or a comma,
# semicolon or dash within it ("latest HN total pls, our SEN team keeps quoting ...").
_FIRST_PART_ENDS = re.compile(r"(?<=[?!.])\s+|(?<=[,;])\s+|\s+[-\u2013]\s+")


def newest_asked_first(text: str) -> tuple[str, str] | None:
    """ "schools budget now? i had 59.6bn written down from 2023" -> ("schools budget now?",
    "i had 59.6bn written down from 2023"): a first part asking for the newest, and what
    follows it; None when the first part asks for no newest or nothing follows."""
    parts = _FIRST_PART_ENDS.split(text.strip(), maxsplit=1)
    if len(parts) < 2 or not _WORD_CHARACTER.search(parts[1]):
        return None
    first = parts[0].rstrip(" ,;")
    newest = asks_for_newest(first) or _NOW_AT_END.search(first) is not None
    return (first, parts[1]) if newest else None


# "updated since 2023", "changed since nov 2023": the date is when the asker's news is from.
_SINCE_A_DATE = re.compile(
    r"\b(?P<asked>(?:updated|changed) since) (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]* )?(?:19|20)\d\d(?![/-]?\d)",
    re.IGNORECASE,
)


def since_then(text: str) -> str:
    """ "has X been updated since 2023?" as "has X been updated since then?": the year says
    when the asker's news is from, not the period asked, and the newest is asked for."""
    return _SINCE_A_DATE.sub(lambda found: f"{found['asked']} then", text)


# "when was the high needs total last updated (and what is it)?": the newest figure of it, whose
# reply says when; "when did we last hear about PINS, what was said": the newest word on it.
_LAST_UPDATED = re.compile(
    r"^\s*when (?:was|were|is|are) (?:the )?(?P<topic>.+?) last (?:updated|changed|revised|"
    r"mentioned|given|reported|announced|confirmed|published)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_LAST_HEARD = re.compile(
    r"^\s*when (?:did|have|has) (?:we|you|i|they|dfe|the dfe|govt|the govt|the government|"
    r"ministers?|the minister|the department) last (?:hear[d]?|mention(?:ed)?|say|said|"
    r"update[d]?|report(?:ed)?|talk(?:ed)?|spoke|speak|comment(?:ed)?|give|gave)"
    r"(?: anything| something)?(?: about| on| of| re)? (?P<topic>.+?)(?P<rest>)$",
    re.IGNORECASE,
)
# What such a question adds after its topic: the newest's own reply tells it.
_AND_WHAT_IT_IS = re.compile(
    r"^\s*(?:[,-]\s*)?(?:and\s+)?(?:what(?:'?s| is| was| were| did (?:it|they|he|she) say)|"
    r"what (?:was|is) (?:it|said|the figure|the number))\b(?:\s+(?:it|said))?\s*[?!.]*$",
    re.IGNORECASE,
)


# What "when was X last updated" asks of the sources or the bot themselves, not of a topic.
_NOT_A_TOPIC = re.compile(
    r"^(?:it|this|that|they|these|those)\b|\b(?:answers?|repl(?:y|ies)|questions?|pqs?|page|"
    r"sources?|knowledge|database|data|bot|you|info(?:rmation)?|list)\b",
    re.IGNORECASE,
)


def last_update_asked(text: str) -> str:
    """ "when was X last updated?" and "when did we last hear about X?" as "the latest on X":
    the newest figure or word on X is asked for, and its reply says when it was given."""
    found = _LAST_UPDATED.match(text) or _LAST_HEARD.match(text)
    if found is None:
        return text
    topic, rest = found["topic"], found["rest"]
    if _NOT_A_TOPIC.search(topic):
        return text  # "when was this answer last updated?": the answer's own date
    ends = re.search(r"\s+and what\b.*$|\s*[,-]\s*what\b.*$", topic + rest, re.IGNORECASE)
    if ends is not None and _AND_WHAT_IT_IS.match(ends[0]):
        topic, rest = (topic + rest)[: ends.start()], ""
    return f"the latest on {topic}{rest}"


def _article_kept(found: re.Match[str]) -> str:
    """What is left of the words asking for the newest: their article ("the up to date budget"
    is not "budget", a definition), unless "according to" took it ("the total according to the
    latest answer" is "the total")."""
    according = found[0].lower().startswith("according")
    return found[1] if found[1] and not according else " "


def without_latest(text: str) -> str:
    """The question without the words asking for the newest ("what's the latest high needs
    budget" -> "what's the high needs budget"), or as it is when nothing else would be left."""
    where = _WHERE_AT.match(text.strip())
    if where:
        text = f"what's the latest on {where['topic']} {where['rest']}"
    news_of = topic_before_news(text)
    if news_of is not None:
        text = f"what's the latest on {news_of}"
    changed = _HAS_CHANGED.match(text.strip())
    if changed:
        text = f"what is {changed['topic']} updated since{changed['rest']}"
    # The article stays: "what is the up to date budget" is not "what is budget" (a definition).
    stripped = " ".join(_LATEST.sub(_article_kept, _without_status(text)).split())
    if stripped != text:
        # "most recent PINS update?", "newest send reform news": the news words after the
        # topic ask for its newest news, as "the latest update on PINS" does before it.
        stripped = _NEWS_AFTER_TOPIC.sub("", stripped)
        # "what's the latest number of X" is "what's the number of X" now, which every
        # question reads as "how many X" (`read_as_asked`), as it would have been asked.
        stripped = as_how_many(_HEADING.sub(_expected, stripped))
        stripped = _VIEW_ASKED.sub("", stripped)
        stripped = _GIVEN_BY.sub(lambda found: found["figure"], stripped)
        if _GIVEN_IN_ANSWERS.search(stripped) and not analyse(stripped).change:
            # (Not of a change: "is it going up? the newest total given in these answers" is
            # no one level alone, and read without them its reply is an older total's.)
            stripped = _GIVEN_IN_ANSWERS.sub("", stripped)
        stripped = _COMMITTED_BY.sub(_as_committed, stripped)
        stripped = _PROPOSALS.sub(_as_plans, stripped)
    # "when are the reforms coming now?", "how many are being trained now": "now" ending a
    # question asking when, how many or who asks for the newest. ("What's X now" stays: "what's
    # X" alone reads as asking what X is; "working in schools now" asks how many so far.)
    if _ASKS_NOT_WHAT.match(stripped) and not asks_so_far(stripped):
        stripped = _NOW_AT_END.sub("", stripped)
    stripped = _NOW_AGAINST_BEFORE.sub("", stripped)
    # "pins - whats the most recent update": the topic comes first, the asking words after it
    # are left with nothing to ask about.
    stripped = _DANGLING_ASK.sub("", stripped)
    return stripped if _WORD_CHARACTER.search(stripped) else text


# A figure the asker already has, written in a question asking for the newest: "it was
# £10.1bn", "50k more than 2017" (the year it is counted from is the claim's too), "the 76
# approved", "a 10.6% rise". Not a year or a period ("2017", "2024/25", "2025-26") standing
# alone, nor a span ("over 5 yrs"): those say which figure, or when.
_CLAIMED_FIGURE = re.compile(
    r"(?<![\w/.-])(?P<figure>£?\s?\d[\d,]*(?:\.\d+)?\s?"
    r"(?:k|m|bn|million|billion|thousand|%|percent|per cent)?)(?![\w/.-]|\s?[-/]\s?\d)"
    r"(?!\s?(?:-\s?)?(?:yrs?|years?|months?|weeks?|days?|terms?)\b)"
    r"(?P<since>(?:\s(?:more|fewer|extra|additional|higher|up))?"
    r"\s(?:than|since|compared (?:to|with))\s(?:in\s)?(?:[a-z]+\s)?(?:19|20)\d\d(?![/-]?\d))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def without_claimed_figures(text: str) -> str:
    """A question asking for the newest without the figures it says the asker has ("it was
    50k more than 2017, what's the number in special schools" -> "it was , what's the number
    in special schools"): the newer figure is found by what it is of, and a newer answer does
    not say the old figure. Years stay; so does the text when nothing else would be left, and
    when no figure is asked for ("how are the 4,000 children reached doing now" asks about
    them)."""
    if not _CLAIMED_FIGURE.search(text) or not asks_a_figure(analyse(text)):
        return text  # "how are the 4,000 reached doing now": they are what is asked about

    def drop(found: re.Match[str]) -> str:
        return found[0] if _YEAR.match(found["figure"].strip()) else " "

    stripped = " ".join(_CLAIMED_FIGURE.sub(drop, text).split())
    return stripped if _WORD_CHARACTER.search(stripped) else text


# When something was to come, as the asker heard it said, naming a year: "last i heard the
# plans were 'later this year'". Quoted, any such phrase; unquoted, "later this year" only
# ("next year" unquoted may be the period asked: "the latest on high needs for next year").
_QUOTE = "'\u2018\u2019\"\u201c\u201d"
_CLAIMED_TIMING = re.compile(
    rf"[{_QUOTE}](?:later this year|(?:early )?in the new year|next year)[{_QUOTE}]|"
    r"\blater this year\b",
    re.IGNORECASE,
)


def without_claimed_timing(text: str) -> str:
    """A question asking for the newest (or whether something still holds) with the timing
    it says the asker heard as "soon": "is the govt still saying the plans will come 'later
    this year'?" asks for the newest word on when, which names another time; "this year",
    read as the period asked, would find no answer. (Left out, it would take the words on
    when something is to come with it: "is it still due or has it moved?")"""
    if not (asks_for_newest(text) or _STILL.search(text)) or not _CLAIMED_TIMING.search(text):
        return text
    return _CLAIMED_TIMING.sub("soon", text)


_STILL = re.compile(r"\bstill\b", re.IGNORECASE)


def match_for_newest(
    index: FactIndex, question: str, asked: Question | None = None, stripped: str | None = None
) -> MatchResult:
    """The match for a question; for "the latest X", X matched on its own when that finds a
    measure, whose newest figure `resolve` then gives: with "latest" left in, matching is
    pulled towards facts whose phrasings happen to say "latest". "The latest on X", where X
    is no measure, gets the newest written answer's fact on X. `asked` is `question`
    analysed and `stripped` it without_latest, when the caller has them already."""
    asked = analyse(question) if asked is None else asked
    stripped = without_latest(question) if stripped is None else stripped
    if not asked.is_question:
        # "is this up to date?" is about the bot: no topic to find the newest figure of.
        return match(index, question, asked)
    if stripped == question:
        if "still" not in asked.words:
            return match(index, question, asked)
        # "are more special free schools still being planned?": whether it stands now, which
        # a later written answer's word on it says (the Spring Budget's 15 more), when one
        # ranks close to the fact matched.
        ranking = rank(index, question, asked)
        found = match(index, question, asked, ranking)
        return _newer_word(index, found, ranking) or found
    # The topic is ranked once: matched here and searched for its newest news below.
    topic_ranking = rank(index, stripped)
    found = _match_newest(index, question, asked, stripped, topic_ranking)
    figure_asked = figures_asked_as_newest(question)
    found = _newer_word(index, found, topic_ranking, figure_asked) or found
    return _happened_over_forecast(index, question, asked, found)


def _happened_over_forecast(
    index: FactIndex, question: str, asked: Question, found: MatchResult
) -> MatchResult:
    """ "Has demand actually grown recently?" asks what has happened: a newer answer's
    forecast ("is expected to continue to increase") does not say, and the question's own match,
    a fact saying it has grown, answers in its place."""
    if found.best is None or not forecast_for_change_asked(asked.text, found.best.fact.quote):
        return found
    whole = match(index, question, asked)
    if whole.answered and whole.best is not None and says_it_has_changed(whole.best.fact.quote):
        return whole
    return found


def _match_newest(
    index: FactIndex, question: str, asked: Question, stripped: str, topic_ranking: Ranking
) -> MatchResult:
    """`match_for_newest`'s choice before a later written answer's word is looked for."""
    if "still" not in asked.words and measure_checked(index, asked):
        # "is high needs money £11bn these days?" checks the sum against the measure's newest
        # figure (`resolve`'s, as for "is high needs money £11bn?"): the newest answer's word
        # on high needs money may be another figure (a rise, a budget including it).
        whole = match(index, question, asked)
        if whole.outcome is Outcome.DECLINED:
            return whole
    topic = match(index, stripped, ranking=topic_ranking)
    if _HOW_THINGS_STAND.match(question) or _WHERE_AT.match(question.strip()):
        # "where are we at with X", "where's X at now" ask how X stands, not where: their
        # "where" is no place asked.
        chosen = _newest_or_topic(index, question, asked, replace(topic, question=question), topic)
    elif _answers_a_measure(topic):
        # What `_newest_or_topic` chooses whatever the whole question matches: that match (a
        # second ranking, "latest" and all) is not worked out.
        chosen = replace(topic, question=question)
    else:
        chosen = _newest_or_topic(index, question, asked, match(index, question, asked), topic)
    if DOCUMENT_WORDS.isdisjoint(asked.words) and _record_over_what_is_to_come(
        index, chosen, topic
    ):
        # "the most recent word on when the send reforms land": when the White Paper comes,
        # which the topic's fact says, not the date the newest answer was given.
        chosen = replace(topic, question=question)
    newer = _newer_figure(index, stripped, topic_ranking, chosen)
    if newer is not None:
        return newer
    # "the status of X", "any update on X" ask how X stands, no one part of it: the newest
    # answer's lead. ("The latest update on how X is done" asks one part of it.)
    news_asked = _NEWS_ASKED.search(question) and not _ASKS_A_PART.search(stripped)
    how_it_stands = bool(_says_status(question) or news_asked)
    news = newest_on_topic(
        index,
        stripped,
        topic_ranking,
        lead_only=how_it_stands,
        answer_named=not ANSWER_WORDS.isdisjoint(asked.words),
        figure_asked=figures_asked_as_newest(question),
    )
    if news is None and _drawn_by_latest(index, chosen, topic, topic_ranking):
        return replace(topic, question=question)
    measure = chosen.best.fact.measure if chosen.best is not None else None
    later = news and measure and news_after_figures(index, topic_ranking, news.fact, measure)
    if chosen.answered and measure and not later:
        if news is not None and chosen.best is not None and news.fact is chosen.best.fact:
            # The newest answer's word on the topic is the fact matched: it is the news asked
            # for ("the latest word on high needs funding for next year": continued into the
            # year after its answer), judged as such.
            newest = chosen.answered_if_confident(Verdict.NEWEST_ON_TOPIC, chosen.best)
            return newest or chosen
        return chosen  # a measure: its newest figure is `resolve`'s to find
    if (
        chosen.outcome is Outcome.DECLINED
        and measure
        and news is not None
        and news.fact.measure != measure  # (the measure's own newest figure is the answer)
        and not later
        and not asked.change  # "is it going up? the newest total": not one level alone
        and named_measure(index, asked) == measure
    ):
        # "what's the current plan for the schools budget overall": the question names the
        # measure whose figure ranks nearer than the newest answer's word on the topic, so
        # that word is no surer an answer than the figure was.
        return chosen
    if chosen.outcome is Outcome.PARTIAL and (
        not about_the_answer(asked) or _when_it_comes_partly(index, asked, chosen)
    ):
        return chosen  # on topic, but the sources do not give what was asked
    if news is None:
        return _topic_if_newest(index, chosen, topic, topic_ranking)
    if (
        chosen.answered
        and chosen.best is not None
        and not answer_fact_misread(asked, chosen)
        and answered_on(index, chosen.best.fact) >= answered_on(index, news.fact)
        and not _lead_of_the_same_answer(index, topic_ranking, chosen.best.fact, news.fact)
        and not (
            _LATEST.search(question)  # (not when only the question's spacing was changed)
            and topic.answered  # (the topic alone found well enough to set the order)
            and _drawn_from_the_news(index, topic_ranking, chosen.best.fact, news.fact)
        )
    ):
        return chosen  # the matched fact is news as recent
    answered = replace(chosen, question=question).judged(
        Verdict.NEWEST_ON_TOPIC, outcome=Outcome.ANSWERED, best=news, missing=None
    )
    if answered.confidence < ANSWER_THRESHOLD:
        return chosen
    # What else to offer: the topic's own closest facts, not those "latest" drew it to, each
    # shown as no likelier than the reply itself.
    offered = tuple(
        ScoredFact(other.fact, min(other.score, answered.confidence))
        for other in topic.suggestions
        if other.fact is not news.fact
    )
    return replace(answered, suggestions=offered)


# Words naming a written answer itself. Not "date" ("send reform date latest?" asks when the
# reforms come), nor who gives news ("the latest from the dfe on X") or "published" ("when
# will the plans be published"), which ask of what the answer speaks of as well.
ANSWER_WORDS = DOCUMENT_WORDS - frozenset("date dfe department dept published publish".split())


def _record_over_what_is_to_come(index: FactIndex, chosen: MatchResult, topic: MatchResult) -> bool:
    """The whole question, naming no answer, drew an answer's record (when it was given),
    where its topic alone is answered with a fact saying what is to come: what is asked is
    when that comes."""
    return (
        chosen.best is not None
        and _is_record(chosen.best.fact)
        and topic.answered
        and topic.best is not None
        and _says_what_comes(index, topic.best.fact)
    )


# How far below the fact answered a fact of a later written answer may rank and still be
# a word on the same thing that the newest was asked for.
NEWER_REACH = 0.15
# ... and how far below, asked whether what the asker names still holds.
STILL_REACH = 0.4


def _newer_word(
    index: FactIndex, result: MatchResult, ranking: Ranking, figure_asked: bool = False
) -> MatchResult | None:
    """'the latest on X' answered with a fact of an older written answer, when a fact of a
    later one ranks close to it on X alone, lacks nothing asked and gives the kind of detail
    asked: the later answer's word is the newest ("the latest on the universal training offer
    for school staff": the June 2025 answer's CPD programme, not the February 2024 count of
    autism training). Not a figure of another measure ("the latest % rise in high needs" is
    not the newer total), which `resolve` orders by measure. `figure_asked`: the whole question
    asked a figure ("the newest data on X"), which its topic alone may no longer say."""
    if not result.answered or result.best is None or not ranking.candidates:
        return None
    shown = result.best.fact
    since = answered_on(index, shown)
    own = among_first(index, ranking, shown, NEWER_RIVALS)
    if own is None:
        return None
    # ("Is it still the AET training or something newer?" names what the asker has, which the
    # newer need not say: nor need it rank as close. "Is it still traineeships for young people
    # without an EHCP?" is answered by the later pilot of supported internships for them.)
    # (A measure's figure asked of keeps its measure's newest: `resolve` orders those.)
    still = "still" in ranking.question.words and shown.measure is None
    floor = own.evidence.rank_score - (STILL_REACH if still else NEWER_REACH)
    said = frozenset[str]()
    if not still:
        said = _topic_said_by(index, ranking.question.text, own.position)
    near = own.evidence.rank_score - NEWER_REACH
    for candidate in islice(ranking.candidates, NEWER_RIVALS):
        if candidate.evidence.rank_score < floor:
            return None
        fact = index.facts[candidate.position]
        if candidate.evidence.rank_score < near and (
            fact.measure
            or not _says_most_of(index, ranking.question.text, own.position, candidate.position)
        ):
            continue  # far below, and on another topic: no later word on what the asker named
        if (
            candidate.evidence.missing is None
            and candidate.evidence.intent_fit != -1
            and not _is_record(fact)
            and said <= index.fact_terms[candidate.position]
            and answered_on(index, fact) > since
            and not (shown.measure and fact.measure and fact.measure != shown.measure)
            and _gives_kind_asked(ranking.question, fact)
            and (not figure_asked or gives_a_figure_of_the_thing(fact))
        ):
            scored = ScoredFact(fact, round(candidate.evidence.rank_score, 4))
            return result.answered_if_confident(Verdict.NEWEST_ON_TOPIC, scored)
    return None


def _says_most_of(index: FactIndex, question: str, own: int, other: int) -> bool:
    """Whether the fact at `other` says more than half the words of the question that the fact
    answered (at `own`) says: the pilot for young people without an EHC plan says "young
    people" and "EHCP" of "is it still traineeships for young people without an EHCP"."""
    said = _topic_said_by(index, question, own)
    return len(said) < 2 * len(said & index.fact_terms[other])


# How many of the topic's closest facts are looked at for the fact answered and a later one.
NEWER_RIVALS = 6


# The words asking for the newest that name figures: "the latest data", "newest stats".
_FIGURES_NAMED = re.compile(r"\b(?:data|stats|statistics)$", re.IGNORECASE)


def figures_asked_as_newest(text: str) -> bool:
    """Whether the words asking for the newest ask for figures ("the newest data on X", "most
    up to date stats on X"): `without_latest` takes them away with the rest, but what is asked
    is still a figure, which a statement of no figure ("expected to continue to increase") does
    not give."""
    return any(_FIGURES_NAMED.search(found.group(0)) for found in _LATEST.finditer(text))


def asks_a_figure(question: Question) -> bool:
    """Whether a question asks for a figure, by its form or its words ("the latest number")."""
    return question.intent in FIGURE_ASKED or bool(FIGURE_WORDS & set(question.words))


def _gives_kind_asked(question: Question, fact: Fact) -> bool:
    """A figure asked for ("the latest count of X") is given only by a fact giving one; a
    date asked for, by a fact giving a date."""
    if asks_a_figure(question):
        return gives_a_figure_of_the_thing(fact)  # (not only "in fifty years")
    if question.intent in (Intent.DATE, Intent.START):
        return any(figure.kind is FigureKind.DATE for figure in fact.figures)
    return True


def _drawn_by_latest(
    index: FactIndex, chosen: MatchResult, topic: MatchResult, ranking: Ranking
) -> bool:
    """The fact answered was found only with the words asking for the newest left in: the
    topic on its own is declined, with no news on it either, and does not even shortlist that
    fact. "latest dfe line on how high needs money gets to schools" is no question about the
    latest high needs budget, which phrasings saying "latest" drew it to."""
    if not chosen.answered or chosen.best is None or topic.outcome is not Outcome.DECLINED:
        return False
    # The shortlist's facts, without working out how close each is.
    return all(
        index.facts[position] is not chosen.best.fact for position in ranking.candidates.positions
    )


def _lead_of_the_same_answer(index: FactIndex, ranking: Ranking, chosen: Fact, news: Fact) -> bool:
    """Asked for news, the news found is the first word on the topic of the written answer the
    matched fact comes from, and the matched fact was nearest only by a phrasing naming the
    topic alone (`_names_only_the_topic`): "the latest on the PINS evaluation" is that one is
    under way, not what it will look at."""
    if ranking.question.intent is not Intent.OTHER:
        return False
    if news is chosen or news.source_id != chosen.source_id or gives_a_figure(chosen):
        return False  # a figure named by the topic is the news on it: Warwickshire's funding
    return any(
        index.facts[candidate.position] is chosen and _names_only_the_topic(candidate)
        for candidate in ranking.candidates
    )


def _drawn_from_the_news(index: FactIndex, ranking: Ranking, chosen: Fact, news: Fact) -> bool:
    """The matched fact comes from the news's own written answer but ranks below it on the
    topic alone: the words asking for the newest drew the matcher to it ("the latest on new
    special free schools": the answer's "most recent ... application round", not its news
    of 15 more schools). Among one answer's facts, "latest" chooses none."""
    if news is chosen or answered_on(index, news) != answered_on(index, chosen):
        return False
    scores = {index.facts[c.position].id: c.evidence.rank_score for c in ranking.candidates}
    return scores.get(chosen.id, 0.0) < scores.get(news.id, 0.0)


def _topic_if_newest(
    index: FactIndex, chosen: MatchResult, topic: MatchResult, ranking: Ranking
) -> MatchResult:
    """The topic's own answer where "latest" made the matcher decline it ("current status of
    the ITTECF - when does it kick in") and no fact close to it comes from a later written
    answer: that is the latest there is. Else `chosen`."""
    if chosen.outcome is not Outcome.DECLINED or not topic.answered or topic.best is None:
        return chosen
    if "document" in topic.best.fact.tags:
        return chosen
    since = answered_on(index, topic.best.fact)
    top = ranking.candidates[0].evidence.rank_score
    said = _topic_said_by(index, ranking.question.text, position_of(index, topic.best.fact))
    later = any(
        answered_on(index, index.facts[candidate.position]) > since
        and said <= index.fact_terms[candidate.position]
        for candidate in ranking.candidates
        if candidate.evidence.rank_score >= NEWS_SHARE * top
    )
    return chosen if later else replace(topic, question=chosen.question)


def news_after_figures(index: FactIndex, ranking: Ranking, news: Fact, measure: str) -> bool:
    """Whether `news`, the newest written answer's word on a topic (`ranking`, the topic
    ranked), is later news than every figure of `measure` and nearer the topic than its newest
    figure: "the latest on high needs funding for next year" is the February 2026 answer's
    word, not the June 2025 total ("latest" alone may draw the matcher to that); "the schools
    budget at the moment" is its newest figure. Not when a figure is asked ("newest number")."""
    if FIGURE_WORDS & set(ranking.question.words):
        return False
    figures = measure_table(index).histories[measure]
    if answered_on(index, news) <= max(answered_on(index, fact) for fact in figures):
        return False
    scores = {index.facts[c.position].id: c.evidence.rank_score for c in ranking.candidates}
    return scores.get(news.id, 0.0) > scores.get(figures[0].id, 0.0)


def _newer_figure(
    index: FactIndex, topic: str, ranking: Ranking, chosen: MatchResult
) -> MatchResult | None:
    """ "The latest on how many more special free schools are planned": a later written
    answer giving a figure of the same thing (the same kind and unit: "special free
    schools") and every word of the topic is the newer figure, though it counts them
    differently ("15 additional" confirmed, not "a further 76" approved); asked about the
    approved ones, the answer that does not say "approved" is no newer figure of them. Facts
    of the chosen fact's own measure are `resolve`'s to order."""
    if not chosen.answered or chosen.best is None or not ranking.candidates:
        return None
    shown = _shown_for_newest(index, ranking, chosen.best.fact)
    figure = shown.measured
    if figure is None or figure.unit is None or "document" in shown.tags:
        return None
    wanted = wanted_terms(index, topic)
    if not wanted:
        return None
    since = answered_on(index, shown)
    counted = _counted_as(index, topic, figure.label) - wanted

    def may_be_newer(position: int) -> bool:
        fact = index.facts[position]
        return (
            answered_on(index, fact) > since
            and same_thing(index, fact, shown)
            and counted <= index.fact_terms[position]
        )

    # Whether a fact may be the newer figure is its own: when no candidate's may, the ones
    # close to the best (most of them worked out to find which) need not be read.
    if not any(map(may_be_newer, ranking.candidates.positions)):
        return None
    newer = [c for c in carrying(index, ranking, wanted) if may_be_newer(c.position)]
    if not newer:
        return None
    best = max(newer, key=lambda c: (answered_on(index, index.facts[c.position]), -c.position))
    fact = index.facts[best.position]
    scored = ScoredFact(fact, round(best.evidence.rank_score, 4))
    return chosen.answered_if_confident(Verdict.NEWEST_ON_TOPIC, scored)


def _shown_for_newest(index: FactIndex, ranking: Ranking, matched: Fact) -> Fact:
    """The fact whose figure the reply gives, asked for the newest: of a measure, its newest
    figure, which `resolve` shows in place of the one matched when no period is named (the
    March 2023 wave's 33 matched, the February 2024 answer's further 76 shown), so that a later
    answer's figure is newer than that one, not only than the one matched."""
    asked = ranking.question
    if matched.measure is None or asked.years or asked.period or named_months(asked):
        return matched
    return measure_table(index).histories[matched.measure][0]


def _counted_as(index: FactIndex, topic: str, label: str) -> frozenset[str]:
    """The topic's words the shown figure's label says, everyday ones too: "the latest count
    of special free schools opened" counts those opened ("special free schools opened since
    2010"), which a newer figure of those approved does not."""
    return frozenset(index.normaliser.terms(topic)) & frozenset(index.normaliser.terms(label))


def same_thing(index: FactIndex, fact: Fact, shown: Fact, of_its_measure_too: bool = False) -> bool:
    """A figure of the same kind and unit, outside the shown fact's measure (the measure's
    own newest is `resolve`'s to order), or within it too when `of_its_measure_too` (a later
    written answer's figure is the newer number whatever its measure). Units are compared as
    the matcher reads them: "children" and "pupils" (one synonym group), or "education
    psychologists" and "educational psychologists", count the same thing."""
    figure, other = fact.measured, shown.measured
    if figure is None or other is None or "document" in fact.tags:
        return False
    if not of_its_measure_too and shown.measure and fact.measure == shown.measure:
        return False
    return figure.kind is other.kind and same_unit(index, figure.unit, other.unit)


def same_unit(index: FactIndex, unit: str | None, other: str | None) -> bool:
    """Whether two figures' units name the same thing once read as the matcher reads words
    (synonyms and stems folded): "pupils" is "children"; no unit is only the same as none."""
    if unit is None or other is None:
        return unit is other
    return unit == other or index.normaliser.terms(unit) == index.normaliser.terms(other)


def _answers_a_measure(topic: MatchResult) -> bool:
    """The topic alone answers with a measure's figure: `_newest_or_topic` chooses it."""
    return topic.answered and topic.best is not None and bool(topic.best.fact.measure)


def _newest_or_topic(
    index: FactIndex, question: str, asked: Question, result: MatchResult, topic: MatchResult
) -> MatchResult:
    """The whole question's match (`result`) or its topic's, without the words asking for the
    newest. (Whenever the topic answers with a measure's figure, the topic's: see
    `_answers_a_measure`.)"""
    if result.best is None and topic.best is not None:
        # "how much is high needs worth these days": the words asking for the newest left the
        # matcher nothing to go on; the topic on its own is what was asked.
        return replace(topic, question=question)
    if topic.best is None or topic.outcome is Outcome.DECLINED:
        return result
    # "how recent is the answer ..." is a phrasing of every answer's date: a "most recent"
    # question that is not about an answer must not land there.
    misread = answer_fact_misread(asked, result)
    if misread and "document" not in topic.best.fact.tags:
        return replace(topic, question=question)
    if topic.best.fact.measure and not (result.answered and not topic.answered):
        return replace(topic, question=question)
    # "latest" drew the question to a fact that cannot answer it: X itself answers it. (One
    # the matcher declined stays declined: "the latest on X" is news it cannot date.)
    if (
        topic.answered
        and result.outcome is Outcome.PARTIAL
        and "document" not in topic.best.fact.tags
    ):
        return replace(topic, question=question)
    return result


# A fact on the topic ranks at least this share of the closest fact's score.
NEWS_SHARE = 0.6
# and the closest at least this: "the latest on X" must name something the base knows well.
NEWS_FLOOR = 0.5
# How much nearer the question than the newest answer's first fact on its topic another of its
# facts must be to be the news given instead.
NEWS_LEAD_MARGIN = 0.05


def _topic_said_by(index: FactIndex, question: str, position: int) -> frozenset[str]:
    """What of the topic asked the fact at `position` says: a later fact is a later word on
    the topic only when it says that too (the newest high needs total is no later word on the
    Change Programme's size)."""
    return wanted_terms(index, question) & index.fact_terms[position]


def wanted_terms(index: FactIndex, topic: str) -> frozenset[str]:
    """The words of a topic that news on it must carry: not those saying when, everyday
    words, nor words naming a written answer or news itself ("the most recent written answer
    on X": X; "the most recent minister to answer": none, so any answer)."""
    return frozenset(index.normaliser.terms(topic)) - _not_wanted(index)


@per_index
def _not_wanted(index: FactIndex) -> frozenset[str]:
    """The words `wanted_terms` leaves out of a topic."""
    return neutral_terms(index) | COMMON_WORDS | _document_terms(index) | _news_terms(index)


def carrying(index: FactIndex, ranking: Ranking, wanted: frozenset[str]) -> list[Candidate]:
    """The candidates close to the best that carry every word wanted (or all but one of three
    or more, their written answer's other facts the rest) and lack nothing the question asks
    for, best first."""
    top = ranking.candidates[0].evidence.rank_score
    close = [
        candidate
        for candidate in ranking.candidates.down_to(NEWS_SHARE * top)
        if candidate.evidence.rank_score >= NEWS_SHARE * top
        and candidate.evidence.missing is None
        and candidate.evidence.intent_fit != -1
    ]
    # An answer may say it over two facts: "the ITTECF" in one, its SEND content in the next.
    # (A topic of one or two words is said by one fact: a fact missing half of it is off it.)
    # Each answer's words are gathered once, when one of its facts first lacks a word.
    said_by: dict[str, set[str]] = {}
    # "is high needs money £11bn these days?": "on 11 June" in a quote carries no such sum.
    carried = partial(_carried, index, sum_numbers(ranking.question.text))

    def said_by_its_answer(candidate: Candidate) -> set[str]:
        source_id = index.facts[candidate.position].source_id
        if source_id not in said_by:
            said_by[source_id] = _said_by(index, ranking, source_id, carried)
        return said_by[source_id]

    return [
        candidate
        for candidate in close
        if wanted <= carried(candidate.position)
        or (
            len(wanted - carried(candidate.position)) == 1 < len(wanted) - 1
            and wanted <= said_by_its_answer(candidate)
        )
    ]


def _carried(index: FactIndex, sums: frozenset[str], position: int) -> frozenset[str]:
    """The terms of the fact at `position`, less the numbers of sums asked that its quote says
    only as a day."""
    return as_figures(index.fact_terms[position], index.facts[position].quote, sums)


def _said_by(
    index: FactIndex, ranking: Ranking, source_id: str, carried: Callable[[int], frozenset[str]]
) -> set[str]:
    """The words of the candidates of one written answer that are not its record and lack
    nothing asked (`carried`: a candidate's words)."""
    said: set[str] = set()
    of_the_answer = partial(_of_the_answer, index, source_id)
    for candidate in ranking.candidates.where(of_the_answer):
        if candidate.evidence.missing is None:
            said.update(carried(candidate.position))
    return said


def _of_the_answer(index: FactIndex, source_id: str, position: int) -> bool:
    """The fact at `position` is one of the written answer's, not its record."""
    fact = index.facts[position]
    return fact.source_id == source_id and not _is_record(fact)


def newest_on_topic(
    index: FactIndex,
    topic: str,
    ranking: Ranking | None = None,
    lead_only: bool = False,
    answer_named: bool = False,
    figure_asked: bool = False,
) -> ScoredFact | None:
    """The fact of the newest written answer on `topic`: the answer's first fact carrying
    every word of it (nothing asked that it does not give), or, when only the answer's own
    record (its question) speaks of it, the answer's first fact. About the answers
    themselves ("who answered the most recent question on X"), the newest answer's record.
    `ranking` is `topic` ranked, when the caller has ranked it already; `lead_only`: the answer's
    first fact on it, whichever of its facts is nearer the words asked; `answer_named`: the
    whole question named a written answer ("when was the latest answer on X given?"), which
    `topic`, without the words asking for the newest, may no longer say."""
    ranking = rank(index, topic) if ranking is None else ranking
    if not ranking.candidates:
        return None
    question = ranking.question
    # Who gave the most recent answer, when: the answer's record; what it said: its facts.
    # Not when it speaks of what is to come: "when will the govt publish its plans" asks when
    # the plans come out, which no written answer's record says.
    document_too = (
        question.intent in DOCUMENT_INTENTS
        and about_the_answer(question)
        and FUTURE_WORDS.isdisjoint(question.words)
    )
    awaited = awaited_results_asked(question)
    if question.intent not in NEWS_INTENTS and not document_too and not awaited:
        return None  # a figure asked for: the matcher's, or a measure's newest
    top = ranking.candidates[0].evidence.rank_score
    if top < NEWS_FLOOR:
        return None
    wanted = wanted_terms(index, topic)
    if not wanted and not document_too:
        return None
    on_topic = carrying(index, ranking, wanted)
    if figure_asked or FIGURE_WORDS & set(question.words):
        # "the latest tribunal figures": news without a figure does not answer that, nor news
        # whose only number is how long ("the highest share in fifty years").
        on_topic = [c for c in on_topic if gives_a_figure_of_the_thing(index.facts[c.position])]
    if wanted & _money_terms(index):
        # "the latest funding news on X": the newest sum of money put into X, where an
        # answer gives one; news of funding without a sum answers only when none does.
        sums = [c for c in on_topic if _gives_money(index.facts[c.position])]
        on_topic = sums or on_topic
    if not on_topic:
        return None
    newest = max(answered_on(index, index.facts[candidate.position]) for candidate in on_topic)
    of_newest = [c for c in on_topic if answered_on(index, index.facts[c.position]) == newest]
    # The newest answer's first word on it: an answer leads with its news, then explains.
    if document_too and not answer_named and _when_it_comes_asked(index, question, of_newest):
        document_too = False
    said = [c for c in of_newest if document_too or not _is_record(index.facts[c.position])]
    if said:
        # The answer's curated word on a topic, when one of these facts is it, is its news
        # (an answer may open with what led up to it: "over the last year ... listened"
        # before its decision to engage further); else its first fact on it.
        # (Asked about the answer itself, its record is what is asked: kept.)
        words = [] if document_too else [c for c in said if index.facts[c.position].topic]
        first = min(words or said, key=lambda candidate: candidate.position)
        # Unless another of its facts on it is clearly nearer what was asked ("the latest
        # assessment of demand": that demand will go on rising, not the survey that measures it).
        # (Asked when it was published or who gave it, its record comes first, as it is.)
        closest = max(said, key=lambda candidate: candidate.evidence.rank_score)
        nearer = closest.evidence.rank_score - first.evidence.rank_score > NEWS_LEAD_MARGIN
        if question.intent is Intent.OTHER:
            nearer = nearer and _nearer_than_the_topic(index, closest, first, wanted)
        if nearer and not document_too and not lead_only:
            first = closest
        # Asked about plans, what is to come is the news on them ("the current status of the
        # SEND reform plans": a White Paper early in the new year), not the progress made so
        # far. (The latest on a programme is its answer's first word: an evaluation under way,
        # before the findings expected later.)
        if asks_what_is_to_come(question.words) and not document_too:
            coming = _what_is_to_come(index, ranking, first)
            if coming is None and awaited:
                return None  # results asked, and no word on when they come: none to give
            first = coming or first
        return ScoredFact(index.facts[first.position], round(first.evidence.rank_score, 4))
    # Only the record of the question speaks of it: what the answer to it says first.
    source = index.kb.source_of(index.facts[of_newest[0].position])
    lead = next(
        (
            fact
            for fact in index.facts
            if fact.source_id == source.id
            and not _is_record(fact)
            # Results asked: that answer's word on when they come, or none.
            and (not awaited or to_come(index, fact))
        ),
        None,
    )
    return ScoredFact(lead, round(of_newest[0].evidence.rank_score, 4)) if lead else None


def _when_it_comes_partly(index: FactIndex, asked: Question, chosen: MatchResult) -> bool:
    """A date asked naming no written answer ("is there a date for the white paper yet?"),
    answered in part by a fact saying what is to come ("early in the new year"): the date of
    what comes is asked, which the sources give only so far, not when the answer was given."""
    fact = chosen.best.fact if chosen.best is not None else None
    return (
        fact is not None and ANSWER_WORDS.isdisjoint(asked.words) and _says_what_comes(index, fact)
    )


def _when_it_comes_asked(index: FactIndex, question: Question, of_newest: list[Candidate]) -> bool:
    """A date asked naming no written answer ("send reform date latest?", "any date yet for
    the white paper?"), where the newest answer on the topic says what is to come: the date
    asked is when that comes, not when the answer was given."""
    return (
        question.intent in (Intent.DATE, Intent.START)
        and ANSWER_WORDS.isdisjoint(question.words)
        and any(_says_what_comes(index, index.facts[c.position]) for c in of_newest)
    )


def _nearer_than_the_topic(
    index: FactIndex, closest: Candidate, first: Candidate, wanted: frozenset[str]
) -> bool:
    """Whether `closest` is nearer what was asked than the answer's first fact on it for more
    than naming the topic: a phrasing of it made of the topic's words alone ("what will the
    pins evaluation look at?": all but "pins evaluation" are everyday words) says no more of
    what was asked than any fact on the topic, unless it carries a word of the topic `first`
    lacks. (Asked for news, not a figure or a date.)"""
    lacked = wanted - index.fact_terms[first.position]
    return not _names_only_the_topic(closest) or bool(lacked & index.fact_terms[closest.position])


def _names_only_the_topic(candidate: Candidate) -> bool:
    """Its best phrasing carries the topic's words and no others."""
    return candidate.evidence.precision >= WHOLE and candidate.evidence.recall >= WHOLE


# A share this close to 1 is the whole (shares are sums of floating-point weights).
WHOLE = 0.999


# Words asking about what is planned, whose news is what is to come.
PLAN_WORDS = frozenset("plan plans planned planning next upcoming timetable timeline".split())
# Words naming what is awaited of a programme: asked for the newest on its results, the news
# is when they come ("any update on pins results?": interim findings expected in autumn 2025),
# not that its evaluation is under way. (Asked of the evaluation itself, answers differ.)
AWAITED_WORDS = frozenset("results findings outcomes".split())


def asks_what_is_to_come(words: Sequence[str]) -> bool:
    """Whether a question asking for the newest asks about plans or awaited findings, whose
    news is what is to come."""
    return not (PLAN_WORDS | AWAITED_WORDS).isdisjoint(words)


def awaited_results_asked(question: Question) -> bool:
    """Asked for the newest on a programme's results ("any results yet?", "the newest news on
    its findings"): the question asks what came of it (its intent is the outcome) in words
    naming what is awaited. The newest answer's word on when they come is the news asked,
    where it has one (`newest_on_topic`); what the results said stays unanswered."""
    return question.intent is Intent.OUTCOME and not AWAITED_WORDS.isdisjoint(question.words)


# Words saying when something is to happen, counted from the answer's date.
_TO_COME = re.compile(
    r"\b(?:in the new year|next year|later this year|in the coming (?:months|weeks|year)|"
    r"in due course)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:will|expected|due|shall|from)\b", re.IGNORECASE)


def _says_what_comes(index: FactIndex, fact: Fact) -> bool:
    """A fact of what an answer says (not its record) that says what is to come."""
    return not _is_record(fact) and to_come(index, fact)


def to_come(index: FactIndex, fact: Fact) -> bool:
    """Whether a fact says what is to happen after its answer was given: "expected in autumn
    2025" (answered August 2025), "from September 2025 ... will" (June 2025), "a full Schools
    White Paper early in the new year"."""
    if _TO_COME.search(fact.quote):
        return True
    if not _FUTURE.search(fact.quote):
        return False
    answered = answered_on(index, fact)
    for figure in fact.figures:
        span = parse_period(str(figure.value)) if figure.kind is FigureKind.DATE else None
        if span is not None and span.end > answered:
            return True
    return False


def _what_is_to_come(index: FactIndex, ranking: Ranking, first: Candidate) -> Candidate | None:
    """The first fact of `first`'s answer, near it in the ranking, that says what is to come:
    the answer is on the topic, so it need not repeat every word asked."""
    source = index.facts[first.position].source_id
    coming = [
        candidate
        for candidate in ranking.candidates
        if index.facts[candidate.position].source_id == source
        and candidate.evidence.rank_score >= NEWS_SHARE * first.evidence.rank_score
        and candidate.evidence.missing is None
        and to_come(index, index.facts[candidate.position])
    ]
    return min(coming, key=lambda candidate: candidate.position) if coming else None


# Words asking for a figure where the question's form does not ("the latest figures on X").
FIGURE_WORDS = frozenset(
    "figure figures number numbers statistics stats data total count amount".split()
)


# Words asking about money ("funding", "investment", "budget" and "cash" fold to one term).
MONEY_WORDS = "funding money pounds"


@per_index
def _money_terms(index: FactIndex) -> frozenset[str]:
    return frozenset(index.normaliser.terms(MONEY_WORDS))


def _gives_money(fact: Fact) -> bool:
    return any(figure.kind is FigureKind.MONEY for figure in fact.figures)


def _is_record(fact: Fact) -> bool:
    """A fact about a written answer itself: who gave it, when, what was asked."""
    return "document" in fact.tags


@per_index
def _document_terms(index: FactIndex) -> frozenset[str]:
    return frozenset(index.normaliser.terms(" ".join(sorted(DOCUMENT_WORDS))))


# Words asking how things stand, not about what: "the current position on X", "the latest
# dfe view (line, stance) on X".
NEWS_WORDS = (
    "position situation state status picture story happening said say says assessment view line "
    "stance"
)
# News, or when something is to happen ("the latest on when the plans come out").
NEWS_INTENTS = frozenset({Intent.OTHER, Intent.DATE, Intent.START, Intent.END})


@per_index
def _news_terms(index: FactIndex) -> frozenset[str]:
    return frozenset(index.normaliser.terms(NEWS_WORDS))


def answered_on(index: FactIndex, fact: Fact) -> dt.date:
    """When the written answer giving `fact` was answered."""
    return index.kb.source_of(fact).answered
