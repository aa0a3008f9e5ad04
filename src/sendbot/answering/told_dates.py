"""When the asker heard what they already have, in a question asking what is newer: "feb 2023
answer said £10.1bn total for high needs - what's the most recent total?", "back in sept 2023
it was £440m extra. whats the latest uplift?", "the £10.5bn they kept quoting in 2023/24?
whats it at now", "feb 2024 they announced a new ITT framework; what's the newest on it?".

The date in the clause telling the old claim says when that claim was made, not the period or
the answer asked for: read as the period asked, it pulls the reply back to the old answer's
figure, the one the asker already has. The question is still matched with it (it finds the
answer the asker has, from which the newest rules go forward), but which period, answer and
measure are asked is read without it (`decided_as_worded._decide_as_read`), and a reply
declined or giving the very figure told is read again without it
(`decided_as_worded.decide_as_worded`). Left as it is when the asking clause names a date of
its own ("it was 10.1bn in 2023/24, what was it in 2024/25?"), when no clause tells a claim (a
figure stated, or what an answer said), and when the year is the base a claimed figure is
counted from ("50k more than 2017", "opened since 2010"). Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sendbot.answering.asking_clauses import clause_asks
from sendbot.answering.checked_claim import MONTH_OR_SEASON, claims
from sendbot.answering.claimed_measure import THE_FIGURE, asks_newer_than
from sendbot.answering.latest import without_latest
from sendbot.answering.normalise import STOPWORDS, fold_text, words
from sendbot.knowledge.model import FigureKind

# Where a question splits into clauses: a sentence's end, a dash, a semicolon, colon or comma
# (not inside "4,000" or "10.1bn"), and "..." typed as a pause.
_CLAUSE_END = re.compile(r"\.{2,}|[.,](?!\d)|[?!;:]|\s[-\u2013\u2014]+\s|\s--\s")

# A split year written short, its two years following each other ("24/25", "23-24"): the
# way most askers write a financial or academic year. (Not "50/50" or "12/06".)
_SHORT_SPLIT_YEAR = "|".join(
    f"{first:02d}\\s?[/\\-\u2013]\\s?{first + 1:02d}" for first in range(10, 40)
)
# A year, a split year ("2023/24", "2023-24", "23/24") or a month's two-digit year ("feb 23").
_YEAR = rf"(?:(?:19|20)\d\d(?:\s?[/\-\u2013]\s?(?:19|20)?\d\d)?|{_SHORT_SPLIT_YEAR})"
# A date or period as a clause telling when a claim was made names it, with the words leading
# it: "back in sept 2023", "in 2023/24", "(the) june 2023 (answer)", "on 12 june 2023",
# "jan 23", "last year" ("the" stays: "the answer said ..."). Not a year after "than",
# "since", "from" or "compared to/with": the base a figure is counted from, part of the claim.
_TOLD_DATE = re.compile(
    r"(?<![\w/\-\u2013£])"
    r"(?:(?:way |all the way )?back (?:in |on |from )?|(?:in|on|from|during|as of) )?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)? )?(?:of )?"
    rf"(?:{MONTH_OR_SEASON}\.? (?:'?\d\d\b|{_YEAR})"
    rf"|{MONTH_OR_SEASON}\b(?= (?:answer|reply|response|pq|statement|one)\b))"
    rf"|(?<!than )(?<!since )(?<!from )(?<!compared to )(?<!compared with ){_YEAR}"
    r"|last (?:year|month|spring|summer|autumn|winter|term))"
    r"(?![\w/\-\u2013%])",
    re.IGNORECASE,
)
# Words telling what an answer or its speaker said, claimed or did: a clause telling a claim
# even without a figure ("feb 2024 they announced a new ITT framework").
_TELLING = re.compile(
    r"\b(?:said|says|say|saying|announced|mentioned|quoted|quoting|promised|stated|"
    r"confirmed|told|claimed|reported|gave|was|were|committed|set out|"
    r"talked about|referred to)\b",
    re.IGNORECASE,
)


# When a figure the asker names was given, said right after it: "the £10.1bn figure from
# 2023", "an old number from 2023", "the 77 ... is from 2023", "the £21m announced back in
# november 2023". ("From" after a figure's noun or "is"/"was" says when it was given; after a
# verb of change it is the base: "went up from 2023" is left to `_TOLD_DATE`, which keeps it.)
_GIVEN_WHEN = re.compile(
    r"(?:(?:\b(?:number|figure|total|one|stat|stats|statistic|amount|estimate|count|is|was|"
    r"were|are|dates)|\bthe £?\d[\d,.]*\s?(?:k|m|bn|million|billion)?)\s+(?=(?:back\s+)?from\b)|"
    r"\b(?:announced|quoted|said|given|published|stated|promised|confirmed|reported|quoting|"
    r"saying|announcing)\s+)"
    r"(?P<when>(?:back\s+)?(?:in|on|from)\s+"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:of )?{MONTH_OR_SEASON}\.? )?{_YEAR}"
    # "the £59.6bn from the sept 2023 answer": the answer it was given in, named by its date
    rf"|from\s+the\s+(?:{MONTH_OR_SEASON}\.? )?{_YEAR}\s+(?:answer|reply|response|pq))"
    r"(?![\w/\-\u2013%])",
    re.IGNORECASE,
)


# A period the asker sets aside in asking for the newest: "what's the current number, not the
# 2023 one", "want the newest figure not the 2022 one", "rather than the 2024/25 total". It
# names the figure the asker does not want, so it is no period asked, wherever it stands.
_SET_ASIDE_PERIOD = re.compile(
    r"\b(?:not|rather than|instead of|other than|as opposed to)\s+(?:the|that|those)\s+"
    rf"(?:old(?:er)?\s+)?(?P<when>{_YEAR})\s+"
    r"(?:one|ones|figures?|numbers?|totals?|amounts?|stats?|versions?|answers?|data)\b",
    re.IGNORECASE,
)


# A year a told figure is counted from: "I know 77 had opened since 2010", "they said 50k more
# than 2017". Part of the claim, it is kept when the claim is what names the topic ("77 opened
# since 2010 - anything more recent?"); when a clause asking for the newest names a topic of its
# own ("most recent figure for new special school openings? I know 77 had opened since 2010"),
# it is the asker's, not the period asked: read as asked, it asks for a count since 2010, which
# no later answer gives, in place of the newest figure.
_BASE_YEAR = re.compile(
    rf"\b(?:since|than|compared (?:to|with)) (?:in )?{_YEAR}(?![\w/\-\u2013%])", re.IGNORECASE
)
# Words that ask, or name a figure of no topic: "what's the newest number?", "anything more
# recent?" name none (`without_latest` leaves a question that would be left empty as it is).
_ASKING_WORDS = frozenset(
    "what whats how many much any anything figure figures number numbers total totals stat "
    "stats statistic update updates news info information one ones word pls please plz thanks "
    "ta there more recent newer latest newest current now since then".split()
)


def _names_its_topic(clause: str) -> bool:
    """Whether a clause asking for the newest names what of, besides asking words."""
    return any(
        word not in STOPWORDS and word not in _ASKING_WORDS
        for word in words(without_latest(clause))
    )


def sets_aside_a_period(text: str) -> bool:
    """Whether a question sets aside a period's figure ("not the 2022 one")."""
    return _SET_ASIDE_PERIOD.search(text) is not None


# What every date dropped here holds: a digit, "last" ("last year") or a month or season
# ("the june answer"). A message with none keeps its words, without its clauses being read.
_MAY_TELL_A_DATE = re.compile(rf"\d|\blast |\b{MONTH_OR_SEASON}\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def without_told_dates(text: str) -> str:
    """`text` without the dates of the clauses telling the asker's old claim, when another
    clause asks for what is newer and names no date of its own; as it is otherwise. (Kept:
    `answer` asks it of the same question twice, before and after reading it as asked.)"""
    if not _MAY_TELL_A_DATE.search(text):
        return text
    clauses = _clauses(text)
    asking = [(start, end) for start, end in clauses if asks_newer_than(text[start:end])]
    if not asking:
        return text
    # A clause asking what is newer than a figure it names with when that was given ("is
    # there anything newer than the £21m announced back in november 2023", "the £10.1bn
    # figure from 2023 must be out of date by now"): that date is the figure's, not asked.
    given = [
        found.span("when")
        for start, end in asking
        for found in _GIVEN_WHEN.finditer(text, start, end)
        if _tells_a_claim(text[start : found.start("when")])  # (the figure it follows too)
    ] + [found.span("when") for found in _SET_ASIDE_PERIOD.finditer(text)]
    if any(
        not any(found.start() < b and a < found.end() for a, b in given)
        for start, end in asking
        for found in _TOLD_DATE.finditer(text, start, end)
    ):
        return text  # "... what was it in 2024/25?": the period asked
    told = [span for span in clauses if span not in asking]
    if not any(_tells_a_claim(text[start:end]) for start, end in told):
        told = []
    bases = (
        [found.span() for start, end in told for found in _BASE_YEAR.finditer(text, start, end)]
        if any(_names_its_topic(text[start:end]) for start, end in asking)
        else []
    )
    dates = (
        given
        + bases
        + [found.span() for start, end in told for found in _TOLD_DATE.finditer(text, start, end)]
        + [
            found.span("when")
            for start, end in told
            for found in _GIVEN_WHEN.finditer(text, start, end)
        ]
    )
    if not dates:
        return text
    kept, at = [], 0
    for start, end in sorted(set(dates)):
        kept.append(text[at : max(start, at)])  # (overlapping spans: one left out whole)
        at = max(at, end)
    kept.append(text[at:])
    return _SPACE_BEFORE_MARK.sub("", " ".join("".join(kept).split()))


_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[?!.,;:])")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause of `text` starts and ends; only those with a word in them."""
    spans, start = [], 0
    for mark in _CLAUSE_END.finditer(text):
        spans.append((start, mark.start()))
        start = mark.end()
    spans.append((start, len(text)))
    return [(start, end) for start, end in spans if re.search(r"\w", text[start:end])]


def _tells_a_claim(clause: str) -> bool:
    """A clause stating a figure ("£10.1bn", "50k more", "77"), or telling what was said;
    not a question of its own ("did the number change between the nov 23 and feb 24 answers"
    names the answers it asks about)."""
    # (Its dates are no figures stated: "nov 23" is no count of 23. Asked what is newer, "the
    # £10.5bn they kept quoting" is the asker's figure, as `newer_than_claimed` reads it.)
    figures = THE_FIGURE.sub("", _TOLD_DATE.sub(" ", clause))
    if any(claim.kind is not FigureKind.DATE for claim in claims(figures)):
        return True
    return bool(_TELLING.search(clause)) and not clause_asks(fold_text(clause))
