"""A question checking a figure ("is the plan backed by £8 billion?", "are 50 councils in the
change programme?", "was it tabled in December 2023?", "only 500 new places??"): the figure it
states is the claim to check, not what the question is about. A fact giving that kind of figure
answers it whatever the figure it gives (the reply shows the real one), and a fact that does not
give the figure claimed is no further from the question for that. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from sendbot.answering.answer_parts import DOCUMENT_TAG
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact, FigureKind

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|winter)"
)
# A year alone, not the first year of a span ("2024/25" names a period, not a date claimed).
_YEAR = r"(?:19|20)\d\d(?![/\-\u2013]\d)"
# Each kind of figure as a question states it, in the order they are read: a sum's number is
# no count, nor a date's day.
_CLAIMS: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    (
        FigureKind.MONEY,
        re.compile(
            r"\u00a3\s?\d[\d,.]*\s?(?:bn|billion|m|million|k|thousand)?\b"
            r"|\b\d[\d,.]*\s?(?:bn|billion|m|million|mn)\b"
        ),
    ),
    (FigureKind.PERCENT, re.compile(r"\b\d[\d.]*\s?(?:%|percent\b|per cent\b)")),
    (
        FigureKind.DATE,
        re.compile(
            rf"\b(?:(?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:of )?{_MONTH}(?: {_YEAR})?|{_YEAR})\b"
        ),
    ),
    (FigureKind.COUNT, re.compile(r"(?<![/\-\u2013])\b\d[\d,]*k?\b(?![/\-\u2013]\d)")),
)
# What every claim has: a digit, or the start of a month's or season's name (a date's, when
# it has no digit).
_DIGIT = re.compile(r"\d")
_MONTH_STARTS = tuple(
    "jan feb mar apr may jun jul aug sep oct nov dec spring summer autumn winter".split()
)
# What asks for each kind of figure, in the claim's place.
_ASKING = {
    FigureKind.MONEY: "how much",
    FigureKind.COUNT: "how many",
    FigureKind.PERCENT: "what percentage",
    FigureKind.DATE: "when",
}
# Words of a claim that say its scale or unit, not its value.
_SCALE_WORDS = frozenset("bn billion m mn million k thousand percent per cent of".split())
_PART = re.compile(r"\d[\d.]*|[a-z]{3,}")


class Claim(NamedTuple):
    start: int
    end: int
    kind: FigureKind
    said: str  # as the question words it, lower case


def claims(text: str) -> tuple[Claim, ...]:
    """The figures a question states, in any order; not one it names with "the" ("the 4000
    children reached" names the figure a fact gives, to ask something else of it)."""
    lowered = text.lower()
    if not _DIGIT.search(lowered) and not any(month in lowered for month in _MONTH_STARTS):
        return ()  # no digit and no month: most questions
    found: list[Claim] = []
    for kind, pattern in _CLAIMS:
        for stated in pattern.finditer(lowered):
            start, end = stated.span()
            if any(start < other.end and other.start < end for other in found):
                continue  # read already as another kind: "£8 billion" is no count of 8
            if lowered[:start].endswith("the ") or stated.group(0) == "may":
                continue  # "the 4000 children" names the fact's figure; "may" alone is a verb
            found.append(Claim(start, end, kind, stated.group(0)))
    return tuple(found)


def gives(fact: Fact, claim: Claim) -> bool:
    """The fact says the figure claimed: a sum, count or percentage of the same value among
    its numbers ("£10.5bn" is its "£10.5 billion", "115k" its "115,000"; "5bn" is not its
    "10.5 billion", nor "10 billion"); a date's number and month in its words."""
    said = f"{fact.statement} {fact.quote}".lower().replace(",", "")
    if claim.kind is not FigureKind.DATE:
        value = _value(claim.said.replace(",", ""))
        if value is None:
            return False
        number, scale = value
        given = [_value(stated.group(0)) for stated in _NUMBER.finditer(said)]
        return any(
            (number * scale == figure * times) or (scale == 1 and number == figure)
            for figure, times in filter(None, given)
        )
    parts = [
        part for part in _PART.findall(claim.said.replace(",", "")) if part not in _SCALE_WORDS
    ]
    # A month is matched by its first three letters: "jan" is said as "January"; a number
    # whole ("31" is not the "31" of "2031", nor "5" the "5" of "10.5").
    return all(
        re.search(
            rf"(?<![\d.]){re.escape(part)}(?![\d]|\.\d)"
            if part[0].isdigit()
            else rf"\b{re.escape(part[:3])}",
            said,
        )
        for part in parts
    )


# A number as a fact or a claim writes it (commas taken out), with the scale after it.
_NUMBER = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s?(bn|billion|mn|million|m|k|thousand)?(?![\d]|\.\d|[a-z])"
)
_SCALE = {
    "bn": 10**9,
    "billion": 10**9,
    "mn": 10**6,
    "million": 10**6,
    "m": 10**6,
    "k": 10**3,
    "thousand": 10**3,
}


def _value(text: str) -> tuple[Decimal, int] | None:
    """The first number in `text` and its scale (1 when it names none)."""
    found = _NUMBER.search(text)
    if found is None:
        return None
    return Decimal(found[1]), _SCALE.get(found[2] or "", 1)


def checkable_kinds(fact: Fact) -> frozenset[FigureKind]:
    """The kinds of figure a claim about the fact may be checked against: its dates only when
    one is to the month or day (something happened then) or it gives nothing else; a sum's
    year is the period it is for, not a date to check."""
    kinds = frozenset(figure.kind for figure in fact.figures)
    dated = any(
        figure.kind is FigureKind.DATE and _TO_THE_MONTH.match(str(figure.value))
        for figure in fact.figures
    )
    return kinds if dated or kinds == {FigureKind.DATE} else kinds - {FigureKind.DATE}


# A date to the month ("2023-09") or day ("2024-01-31"), not a year or span ("2024/25").
_TO_THE_MONTH = re.compile(r"\d{4}-\d{2}")


def _checkable(fact: Fact, claim: Claim, asked_when: bool = False) -> bool:
    """A year alone is no date to check against a written answer's own record: "was this
    answered in 2023?" may be asking about another written answer; not when the message asks
    "when" itself (`asked_when`: "someone said it came out in 2024, when was it published?")."""
    if (
        claim.kind is FigureKind.DATE
        and not asked_when
        and DOCUMENT_TAG in fact.tags
        and _YEAR_ONLY.match(claim.said)
    ):
        return False
    return claim.kind in checkable_kinds(fact)


_YEAR_ONLY = re.compile(rf"{_YEAR}$")


def asked_of(
    fact: Fact, text: str, stated: tuple[Claim, ...], asked_when: bool = False
) -> str | None:
    """`text` asking for the figures it claims that the fact does not give ("is it 1000 more
    educational psychologists" -> "is it how many more educational psychologists"), when the
    fact gives each of those kinds; None when it gives every figure claimed, or cannot give
    one it does not. (`asked_when`: the message asks "when" of the dates it reports.)"""
    unmet = [claim for claim in stated if not gives(fact, claim)]
    if not unmet or any(not _checkable(fact, claim, asked_when) for claim in unmet):
        return None
    asked = text.lower()
    for claim in sorted(unmet, reverse=True):
        asked = f"{asked[: claim.start]}{_ASKING[claim.kind]}{asked[claim.end :]}"
    return " ".join(asked.split())


# Words that ask what, how much, when ...: a question with none of them that states a figure
# ("only 500 new places??", "change programme launched jan 2024?") checks it.
_ASKING_WORDS = frozenset(
    "what whats how hows when whens who whos whose which where wheres why".split()
)


def checks_a_figure(checking: bool, said: Sequence[str]) -> bool:
    """A yes/no question (`checking`), or one whose words (`said`) ask nothing else: any
    figure it states is the claim to check."""
    return checking or _ASKING_WORDS.isdisjoint(said)


def checks_its_date(question: Question, fact: Fact) -> bool:
    """'was PINS announced in March 2023?': the month named is a date to check against the
    one the fact gives, not a period whose figure is asked for."""
    if not checks_a_figure(question.checking, question.words):
        return False
    dated = FigureKind.DATE in checkable_kinds(fact)
    return dated and any(claim.kind is FigureKind.DATE for claim in claims(question.text))


# What may be left of a clause that only checks a figure of something named elsewhere: "was
# it spring 2023?", "is that 8 billion?".
_POINTING_CHECK = frozenset(
    "was is were are it that this they them those these in by about".split()
)


def only_checks_a_claim(text: str, stated: tuple[Claim, ...] | None = None) -> bool:
    """'when the plan came out, was it spring 2023?': the clause asks only whether the figure
    is right, of what the message names before; the figure is no topic of its own. (`stated`
    is `claims(text)`, when the caller has it.)"""
    stated = claims(text) if stated is None else stated
    if not stated:
        return False
    lowered = text.lower()
    for claim in sorted(stated, reverse=True):
        lowered = f"{lowered[: claim.start]} {lowered[claim.end :]}"
    return all(word in _POINTING_CHECK for word in re.findall(r"[a-z]+", lowered))


# Words of a clause that asks only whether what the message said is right: "is that right?",
# "is that true?", "is that the right number?", "correct?".
_RIGHT_WORDS = frozenset("right true correct accurate wrong".split())
_ASKS_IF_RIGHT = (
    _POINTING_CHECK | _RIGHT_WORDS | frozenset("the so actually really number figure".split())
)


def asks_if_right(text: str) -> bool:
    """'..., is that right?': the clause asks only whether what the message said before is
    right, so the figures said there are the claims to check."""
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and not _RIGHT_WORDS.isdisjoint(words) and _ASKS_IF_RIGHT.issuperset(words)


# Words telling that a figure was said by someone else: "someone claimed", "the council says",
# "I read", "I heard", "saw on facebook".
_REPORTED = re.compile(
    r"\b(?:claim(?:s|ed)?|sa(?:y|ys|id)|told|tells|heard|hear|read|saw|seen|reckons?|"
    r"according to|apparently|rumou?r)\b"
)


def reported_claims(text: str, asked: str) -> tuple[Claim, ...]:
    """'someone claimed the plan only came out in 2024, when was it published?': the figures a
    message reports someone else saying, outside the clauses that ask (`asked`), of the kind
    those clauses ask for ("when" a date, "how much" a sum): claims the answer checks, not
    what is asked about."""
    if asked == text or not _REPORTED.search(text.lower()):
        return ()
    asked_words = asked.lower()
    wanted = {kind for kind, asking in _ASKING.items() if re.search(rf"\b{asking}\b", asked_words)}
    if not wanted:
        return ()
    in_asked = {claim.said for claim in claims(asked)}
    return tuple(
        claim for claim in claims(text) if claim.kind in wanted and claim.said not in in_asked
    )
