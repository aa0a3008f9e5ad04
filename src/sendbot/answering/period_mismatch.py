"""A question's period or date against those a fact gives: when the fact speaks of another time."""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import END_ROLES, START_ROLES, FactProfile
from sendbot.answering.intent import Intent
from sendbot.answering.lacking import SOURCE, the_figure
from sendbot.answering.question import Question
from sendbot.knowledge.figures import MONTHS, NUMBER_WORDS


def said_number(term: str) -> str:
    return term.replace("_", "/")


# "when will the group report", "when is it due to publish": the date of something to come.
_TO_COME = re.compile(
    r"\bwhen (?:will|is|are|s|would) (?:\w+ ){1,10}?(?:(?:due|expected|going|set) to )?"
    r"(?:report|publish|be published|be out|come out|make (?:its|their) recommendations)\b"
)

# Dates of something that has already happened: not the date of a report still to come.
PAST_ROLES = frozenset(
    {"established", "launched", "opened", "announced", "answered", "asked", "approved"}
)


# A publication after the one a fact dates: "the next progress update", "another report".
_A_LATER_ONE = re.compile(r"\b(?:next|another|further|follow up|followup|update|updated)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _happened(role: str, day: str, fact: FactProfile, asked: str) -> bool:
    """The date is of something done before the written answer: a past role ("launched"), or,
    asked of a later publication, a publication in a year before the answer's ("published on
    31 March 2023" in an answer of 2024 is not when "the next update" comes)."""
    if role in PAST_ROLES:
        return True
    year = _YEAR.search(day)
    return (
        role == "published"
        and year is not None
        and int(year[0]) < fact.as_of_year
        and bool(_A_LATER_ONE.search(asked))
    )


def only_past_dates(question: Question, fact: FactProfile) -> str | None:
    """'when will the task and finish group report?' of a fact dating only when the group was
    set up (or when the written answer was given): not when the report comes."""
    if question.intent is not Intent.DATE or not fact.dates:
        return None
    asked = " ".join(question.words)
    if not all(_happened(role, day, fact, asked) for role, day in fact.dates):
        return None
    if not _TO_COME.search(asked):
        return None
    role, day = fact.dates[0]
    return f"{SOURCE} gives when it was {role} ({day}), not when it will report or publish."


# "after 2024/25": a financial or academic year (folded "2024_25"), and such a year as dated.
_AFTER_SPAN = re.compile(r"\b(?:after|beyond|post|past) ((?:19|20)\d{2}_\d{2})\b")
_SPAN = re.compile(r"(?:19|20)\d{2}/\d{2}")
# A fact that speaks of what follows the year it dates.
_SAYS_LATER = re.compile(r"\b(?:next year|following year|continu\w*|beyond|onwards|future)\b")
_AFTER_YEAR = re.compile(r"\b(?:after|beyond|post|past) (?:(\w+) )?((?:19|20)\d{2})\b")


def after_its_end(question: Question, fact: FactProfile) -> str | None:
    """ "after 2025", asked of a fact whose dates end in 2025 ("between 2022 and 2025"): the
    year it runs to, which the question asks beyond. Or "after March 2025" (or "after 2025")
    of one that runs until March 2025: that date."""
    asked = " ".join(question.words)
    span = _AFTER_SPAN.search(asked)
    if span is not None:
        # "the high needs plan after 2024/25" of a figure for 2024/25, the latest year it dates
        said = span[1].replace("_", "/")
        years = [date for _, date in fact.dates if _SPAN.fullmatch(date)]
        if _SAYS_LATER.search(fact.text):
            return None  # "continuing that increased level of funding into next year"
        return said if years and max(years) == said else None
    found = _AFTER_YEAR.search(asked)
    if found is None:
        return None
    month, year = found[1], found[2]
    ends = [day for role, day in fact.dates if role in END_ROLES and day.endswith(f" {year}")]
    if ends and (month not in MONTHS or ends[0].lower().startswith(f"{month} ")):
        return ends[0]
    if len(fact.dates) < 2:
        return None
    years = [date[-4:] for _, date in fact.dates if date[-4:].isdigit()]
    return year if years and max(years) == year else None


# A fact's words for what comes after its years: "beyond 2025", "thereafter". (Not
# _SAYS_LATER's "into next year" nor "continuing": a fact continuing into next year speaks of
# no year after that one, which last_period_it_speaks_of tells.)
_SAYS_AFTER = re.compile(r"\b(?:beyond|thereafter|after that|following years|future years)\b")
# A year a question asks from, with no end: "from 2026 onwards", "2027 and beyond".
_FROM_A_YEAR_ON = re.compile(
    r"\b((?:19|20)\d{2}(?:_\d{2})?) (?:onwards?|and (?:beyond|after|later))\b"
)
_ONWARDS = frozenset({"onwards", "onward", "beyond", "after", "later"})


def asks_from_a_year_on(question: Question) -> bool:
    """Whether the question has a word that may ask from a year on ("2027 and beyond"): the
    first test of later_than_its_years, read once per question."""
    return not _ONWARDS.isdisjoint(question.words)


def later_than_its_years(question: Question, fact: FactProfile) -> str | None:
    """ "how many EPs are being trained from 2026 onwards" of a figure for 2024 and 2025: a
    period after every year the fact speaks of, unless it says what follows them. Returned:
    the year asked from."""
    found = _FROM_A_YEAR_ON.search(question.text)
    if found is None or not fact.own_years or _SAYS_AFTER.search(fact.text):
        return None
    year = found[1]
    return year if all(int(own[:4]) < int(year[:4]) for own in fact.own_years) else None


# "after next year", "beyond this year": what comes after a period the question names.
_AFTER_A_PERIOD = re.compile(
    r"\b(?:after|beyond|past) (?:the )?((?:next|this|coming) (?:financial |academic )?year)\b"
)


def last_period_it_speaks_of(question: Question, fact: FactProfile) -> str | None:
    """ "does the extra £1bn stop after next year?" of "continuing that increased level of
    funding into next year": next year is the last it speaks of, unless it says what follows.
    Returned: that period ("next year")."""
    beyond = _AFTER_A_PERIOD.search(question.text) if question.period else None
    if beyond and f" {beyond[1]} " in f" {fact.text} " and not _SAYS_AFTER.search(fact.text):
        return beyond[1]
    return None


# "before May 2022", "before 2022": a time before the one named.
_BEFORE_DATE = re.compile(r"\bbefore (?:(\w+) )?((?:19|20)\d{2})\b")


def before_its_start(question: Question, fact: FactProfile) -> str | None:
    """ "how many modules had been completed before May 2022", of a count since May 2022: the
    date its count starts from, which the question asks before. Returned: that date."""
    found = _BEFORE_DATE.search(" ".join(question.words))
    if found is None:
        return None
    month, year = found[1], found[2]
    for role, day in fact.dates:
        in_year = day.endswith(f" {year}") or day == year
        if (
            role in START_ROLES
            and in_year
            and (month not in MONTHS or day.lower().startswith(f"{month} "))
        ):
            return day
    return None


def only_compared_with(question: Question, fact: FactProfile) -> str | None:
    """ "the high needs increase for 2022/23", of a rise in 2023/24 "compared to 2022/23": the
    year asked is one the fact only compares with, and the question does not ask about a change
    since that year ("since 2022/23", "than in 2022/23"). Returned: that year."""
    if not fact.base_years:
        return None  # most facts compare with no year
    asked = [year for year in question.years if year not in fact.own_years]
    if not asked or len(asked) < len(question.years) or not set(asked) <= fact.base_years:
        return None
    if any(re.search(rf"\b{_SINCE_OR_THAN} (?:\w+ )?{year}\b", question.text) for year in asked):
        return None
    return asked[0]


# Words before a year that make it the one a change is measured from, not the year asked about.
_SINCE_OR_THAN = r"(?:since|from|than|compared (?:to|with)|vs|versus|on|over)"

# "five years ago", "a decade ago": a time some years before the written answer's own.
_YEARS_AGO = re.compile(
    r"^(?:(two|three|four|five|six|seven|eight|nine|ten|\d+) years|a decade) ago$"
)


def years_before(question: Question, fact: FactProfile) -> str | None:
    """ "how much was high needs funding five years ago", of £10.5 billion in 2024/25 said in
    February 2024: the fact's figures are of its own time, none of them years before it. Read
    against the written answer's date, as its own "over five years" is; a rise over those years
    is another matter ("how much bigger than five years ago")."""
    found = _YEARS_AGO.match(str(question.period))
    if found is None or question.change:
        return None
    back = 10 if found[1] is None else NUMBER_WORDS.get(found[1]) or int(found[1])
    if min(int(year[:4]) for year in fact.own_years) > fact.as_of_year - back:
        years = " and ".join(sorted(said_number(year) for year in fact.own_years))
        before = found[0].removesuffix(" ago")
        return f"{SOURCE} speaks of {years}, not of {before} before then."
    return None


def other_period(question: Question, fact: FactProfile) -> bool:
    """'last year' is not 'this academic year'. Only a fact that says which period its figure
    covers can be compared: '2024-25' may well be 'next year' to the asker."""
    asked = question.period
    if not asked or not fact.period or fact.period in question.text:
        return False
    # "how much bigger than five years ago" is answered by a rise "over five years".
    ago = re.match(r"(\w+) years? ago", asked)
    return not (question.change and ago and f"{ago.group(1)} years" in fact.period)


def missing_period(period: str, fact: FactProfile) -> str:
    asked = f"under {period}" if "government" in period and "under" not in period else period
    if fact.main_label:
        return f"{SOURCE} gives {the_figure(fact)}, not {asked}."
    return f"{SOURCE} doesn't give a figure for {asked}."


def has_year(fact_terms: frozenset[str], year: str) -> bool:
    """'2024' is in a fact about 2024/25; '2025_26' is not in one about 2024/25."""
    if year in fact_terms:
        return True
    return "_" not in year and any(term.startswith(year) for term in fact_terms)
