"""The period a question asks about: a year, a split year, a month, or a year relative to a
date ("last year", "two years ago") read against today or the newest written answer; and
whether a fact's figure is for it. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.normalise import STOPWORDS, words
from sendbot.answering.question import Question
from sendbot.knowledge.figures import MONTH_NAME_BY_NUMBER
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.measures import period_of
from sendbot.knowledge.model import Fact, KnowledgeBase
from sendbot.knowledge.periods import (
    RELATIVE_YEAR_OFFSETS,
    Period,
    parse_period,
    relative_period,
)

# A year relative to a date: "last year", "this financial year", "the current academic year".
# "FY" is a financial year: "last FY".
RELATIVE = re.compile(
    r"\b(this|current|last|previous|next|coming|following) "
    r"(?:(?:(financial|academic|school) )?year|(fy))\b"
)
# A year written right after a relative one: "next year 2024", "next financial year 2024-25".
_YEAR_WRITTEN_AFTER = re.compile(r" ((?:19|20)\d\d)(?:_\d\d)?\b")
# "the year before last": two years back.
BEFORE_LAST = re.compile(r"\b(?:the )?year before last\b")
_NUMBERS = {
    word: number
    for number, word in enumerate("a two three four five six seven eight nine ten".split(), 1)
} | {"one": 1}
AGO = re.compile(rf"\b({'|'.join(_NUMBERS)}|\d{{1,2}}) years? ago\b")


def asked_period(question: Question) -> Period | None:
    """The one period a question names ("2023_24" -> 2023/24, "2023", "March 2023"), else
    None."""
    if names_a_fiscal_event(question):
        return None
    months = named_months(question)
    if len(months) == 1 and set(question.years) <= {months[0][:4]}:
        return parse_period(months[0])
    if len(question.years) != 1 or months:
        return None
    return parse_period(question.years[0].replace("_", "/"))


# "the 2022 autumn statement", "the june 2025 spending review", "spending review 2025": the
# date names which fiscal event is meant (when it was), not a period its figure is for.
_FISCAL_EVENT = r"(?:autumn|spring) (?:statement|budget)|(?:comprehensive )?spending review"
_EVENT_MONTH = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?"
_EVENT_DATED = re.compile(
    rf"\b{_EVENT_MONTH}(?:19|20)\d{{2}} (?:{_FISCAL_EVENT})\b"
    rf"|\b(?:{_FISCAL_EVENT}) (?:of |in )?{_EVENT_MONTH}(?:19|20)\d{{2}}\b"
)


def names_a_fiscal_event(question: Question) -> bool:
    """The question's one date is that of a fiscal event it names ("the 2022 autumn
    statement"): no period is asked by it."""
    said = " ".join(question.words)
    found = _EVENT_DATED.search(said)
    return found is not None and len(named_years(question)) == 1


# Month names as people shorten them too: "feb 2024", "sept 2023".


def named_months(question: Question) -> list[str]:
    """The months a question names with their year, as periods: "in March 2023" -> 2023-03,
    "back in feb 2024" -> 2024-02."""
    said = question.words
    pairs = pairwise(said)
    return [
        f"{year}-{MONTH_WORDS[month]:02d}"
        for at, (month, year) in enumerate(pairs)
        if month in MONTH_WORDS
        and _YEAR.fullmatch(year)
        and not _LAUNCHED_IN.search(" ".join(said[max(0, at - 4) : at]))
        and not _names_an_answer(said[at + 2 : at + 2 + _MOST_BEFORE_ANSWER + 1])
    ]


# "the feb 2024 answer", "the jan 2026 lords answer", "in the sept 2023 reply", "the feb 2023
# funding answer", "the nov 2023 educational psychology question": the month says which
# written answer is meant (when it was given), not a period its figure is for. Words naming
# its House or topic may come between; a word such as "what" or "in" ends the name.
_ANSWER_WORDS = frozenset("answer answers reply response pq pqs wpq question questions q".split())
_MOST_BEFORE_ANSWER = 3


def _names_an_answer(after: Sequence[str]) -> bool:
    """The words after a month and its year name a written answer: an answer word, after at
    most _MOST_BEFORE_ANSWER words naming its House or topic."""
    for word in after:
        if word in _ANSWER_WORDS:
            return True
        if word in STOPWORDS or word in MONTH_WORDS or _YEAR.match(word):
            return False
    return False


# "the change programme that launched in sept 2023": the month names which programme is meant;
# it is no period the figure must be for.
_LAUNCHED_IN = re.compile(
    r"\b(?:that|which) (?:was |were |got )?(?:launched|started|began|begun|announced|"
    r"introduced|set up) in$"
)


def named_years(question: Question) -> set[str]:
    """Every year a question writes, asked about or not ("is it still 76 after 2023?")."""
    return {word for word in question.words if _YEAR.fullmatch(word[:4])}


_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True, slots=True)
class RelativePeriod:
    """A year named relative to a date ("last year"), the period it was read as and why."""

    phrase: str
    period: Period
    note: str
    offset: int = 0  # years from the reference date: 0 for "this year", -1 for "last year"

    @property
    def now(self) -> bool:
        """ "this year", "the current financial year": the present, not a year before it."""
        return self.offset == 0


def relative_period_asked(
    kb: KnowledgeBase, question: Question, facts: tuple[Fact, ...], today: dt.date | None
) -> RelativePeriod | None:
    """ "last year", "this financial year": counted from today when the caller knows it, else
    from the date of the newest written answer, as a split year when the measure's figures
    are for split years (2024/25), else a calendar year."""
    text = " ".join(question.words)
    found = RELATIVE.search(text)
    if found is not None and _COMPARED_BEFORE.search(text, 0, found.start()):
        found = None  # "how much extra now compared to last year": the base, not the period
    ago = None if question.change else AGO.search(text)  # "up since five years ago": a rise
    before_last = BEFORE_LAST.search(text)
    written = _YEAR_WRITTEN_AFTER.match(text, found.end()) if found is not None else None
    if found is not None:
        offset, phrase = RELATIVE_YEAR_OFFSETS[found.group(1)], found.group(0)
        kind = {"school": "academic"}.get(found.group(2) or "", found.group(2))
        if found.group(3):
            kind, phrase = "financial", phrase.replace("fy", "FY")
    elif before_last is not None:
        offset, phrase, kind = -2, before_last.group(0), None
    elif ago is not None:
        offset, phrase, kind = -_NUMBERS.get(ago.group(1), 0), ago.group(0), None
        if ago.group(1).isdigit():
            offset = -int(ago.group(1))
    else:
        return None
    split_figures = any("/" in period_of(fact).text for fact in facts)
    split = (kind or "financial") if split_figures else kind
    if today is not None:
        reference, counted = today, f"counting from today ({human_date(today)})"
    else:
        reference = max(source.answered for source in kb.sources)
        counted = f"counting from {human_date(reference)}, the date of the newest written answer"
    period = relative_period(offset, reference, split)
    if written is not None and written[1] != str(period.start.year):
        return None  # "next year 2024": the year written says which one is meant
    note = f"“{phrase[0].upper()}{phrase[1:]}” is read as {period.text}, {counted}."
    return RelativePeriod(phrase, period, note, offset)


# Words right before a relative year that make it the base a figure is compared with.
_COMPARED_BEFORE = re.compile(r"\b(?:compared (?:to|with)|than|versus|vs|on) $")


def covers(asked: Period, fact: Fact) -> bool:
    """Whether a fact's figure is for the asked period: the same span, a span inside an asked
    calendar year or month, or a split year (2023/24) beginning in an asked calendar year."""
    span = period_of(fact)
    if (span.start, span.end) == (asked.start, asked.end):
        return True
    if "/" in asked.text:
        return False
    if len(asked.text) > len("2023"):  # a month or a day: the figure's span inside it
        return asked.start <= span.start and span.end <= asked.end
    year = asked.start.year
    inside = span.start.year == span.end.year == year
    return inside or ("/" in span.text and span.start.year == year)


def says_period(fact: Fact, asked: Period, question: Question) -> bool:
    """Whether a fact's own words name the asked period ("2022/23", "March 2023") the way
    the question does ("since 2010")."""
    # Its title and figures' labels too: "Warwickshire's allocation for 2025/26" is for that
    # year though its quote says only "is being allocated".
    labels = " ".join(figure.label for figure in fact.figures)
    said = words(f"{fact.statement} {fact.quote} {fact.title or ''} {labels}")
    year, _, month = asked.text.replace("/", "_").partition("-")
    if not question.change:
        # A year a figure is compared with is not the figure's own ("an increase of £6.9
        # million on their 2024/25 block" gives no 2024/25 allocation), unless a change is asked.
        said = _without_comparison_bases(said)
    if month:
        return year in said and MONTH_NAME_BY_NUMBER[int(month)] in said
    if "_" in year:
        return year in said or asked.text in implied_years(fact)
    if since_year(question, asked) and any(word.startswith(f"{year}_") for word in said):
        # "risen since 2019": the base a rise is counted from, which a figure may name by the
        # split year beginning in it ("an increase of over 60% from the 2019/20 allocations").
        return True
    # A calendar year the figure is for ("in 2023", "in March 2023"), or named as the question
    # names it ("since 2010"), not one it runs to ("to March 2025").
    if _asked_by(question.text, year) and _named_years_ending(said, year):
        return True
    before = {*_words_before(list(question.words), year, 1), "in", "for", "during"}
    return not before.isdisjoint(_words_before(said, year, 2))


# A figure asked as reached by a year ("how many trained by 2025", "by the end of 2025"): one
# for years the fact lists up to that one ("across the academic years 2024 and 2025") is it.
_YEAR = re.compile(r"(?:19|20)\d\d")


def _asked_by(text: str, year: str) -> bool:
    return re.search(rf"\b(?:by|until|till)(?: the end of)? {year}\b", text) is not None


def _named_years_ending(said: list[str], year: str) -> str | None:
    """The years the fact names in a list or run ending in `year`: "2024 and 2025" of "the
    academic years 2024 and 2025", "2024 to 2025"."""
    for place, word in enumerate(said):
        if word != year or place < 2 or said[place - 1] not in {"and", "to"}:
            continue
        first = said[place - 2]
        if _YEAR.fullmatch(first) and first < year:
            return f"{first} {said[place - 1]} {year}"
    return None


def named_years_with(fact: Fact, asked: Period) -> str | None:
    """The years a fact's one figure is for together, the asked year last or first ("2024 and
    2025" asked for 2025 or 2024): a figure for both, not for the asked one alone."""
    if "/" in asked.text or "-" in asked.text:
        return None
    said = words(f"{fact.statement} {fact.quote}")
    for place, word in enumerate(said):
        if place + 2 >= len(said) or said[place + 1] not in {"and", "to"}:
            continue
        last = said[place + 2]
        if _YEAR.fullmatch(word) and _YEAR.fullmatch(last) and asked.text in (word, last):
            return f"{word} {said[place + 1]} {last}"
    return None


# "In this academic year alone, the department has opened 15 new special schools": a split
# year said relative to the fact's own date, as a question may say it too.
_THIS_SPLIT_YEAR = re.compile(r"\b(?:this|the current) (financial|academic|school) year\b")


def implied_years(fact: Fact) -> frozenset[str]:
    """The split years ("2023/24") a fact's own words name relative to its date: "this
    academic year" in a fact as of 8 February 2024 is 2023/24."""
    text = f"{fact.statement} {fact.quote}".lower()
    return frozenset(
        relative_period(0, fact.as_of, _SPLIT_OF[found.group(1)]).text
        for found in _THIS_SPLIT_YEAR.finditer(text)
    )


_SPLIT_OF = {"financial": "financial", "academic": "academic", "school": "academic"}


def since_year(question: Question, asked: Period) -> bool:
    """A change asked since the year: "how much has it risen since 2019?" counts from it."""
    return question.change and named_since(question, asked)


def named_since(question: Question, asked: Period) -> bool:
    """The year is named as where a count starts: "created since 2018", "risen since 2019"."""
    year = asked.text.replace("/", "_").partition("-")[0]
    return "since" in _words_before(list(question.words), year, 1)


def base_years_named(question: Question) -> set[str]:
    """The years a question names as what a figure is compared with or counted from:
    "compared with 2017", "than in 2017", "since 2017" (not "as of feb 2024")."""
    said = list(question.words)
    return {
        year
        for year in named_years(question)
        if not _BASE_WORDS.isdisjoint(_words_before(said, year, 2))
    }


# Words just before a year that make it the base of a comparison or a count.
_BASE_WORDS = frozenset({"compared", "than", "versus", "vs", "since"})


def _words_before(text: list[str], word: str, reach: int) -> set[str]:
    """The `reach` words before each time `word` occurs."""
    return {
        text[place - back]
        for place, found in enumerate(text)
        if found == word
        for back in range(1, reach + 1)
        if place - back >= 0
    }


# Words just before a year that make it the base a figure is compared with: "compared to
# 2022/23", "higher than in 2017", "an increase of £6.9 million on their 2024/25 block".
_COMPARED_WITH = frozenset({"compared", "than", "versus", "vs"})
# "on their", "on Warwickshire's": the base's owner may come between; "on SEND in" may not.
_ON_BASE = re.compile(
    r"\b(?:increase|rise|up|more|higher)\b.*\bon(?: (?!in\b|for\b|during\b)\w+){0,2}$"
)


def _without_comparison_bases(said: list[str]) -> list[str]:
    """`said` without the years a figure is only compared with: after "compared to" or "than",
    after "an increase ... on", and the first year of "from X in 2024/25 to Y in 2025/26"."""
    kept: list[str] = []
    for at, word in enumerate(said):
        if _YEAR.fullmatch(word[:4]) and _is_comparison_base(said, at):
            continue
        kept.append(word)
    return kept


def _is_comparison_base(said: list[str], at: int) -> bool:
    before = said[max(0, at - 3) : at]
    if not _COMPARED_WITH.isdisjoint(before):
        return True
    if _ON_BASE.search(" ".join(said[max(0, at - 8) : at])):
        return True
    return "from" in said[max(0, at - 6) : at] and "to" in said[at + 1 : at + 3]
