"""What a fact holds, compared with what a question asks: the one plain sentence saying what the
written answer does not give, or None when the fact answers what was asked. Pure.

A fact's profile comes from its figures (kinds and roles: opened, launched, ends, registered
...), the area it covers (its `place`, else England) and the kinds of question its curated
questions ask. Roles are read from the figure's label unless the YAML declares them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sendbot.answering.normalise import PLACE_WORDS, words
from sendbot.answering.question import Intent, Question
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.model import Fact, Figure, FigureKind

DEFAULT_PLACE = "England"
MONTH_NAMES = {number: name.capitalize() for name, number in MONTHS.items() if len(name) > 3}

INTENTS_OF_FIGURE = {
    FigureKind.COUNT: {Intent.COUNT},
    FigureKind.MONEY: {Intent.AMOUNT},
    FigureKind.PERCENT: {Intent.AMOUNT, Intent.PERCENT},
    FigureKind.DATE: {Intent.DATE},
}
# The role a figure plays, read from its label when the YAML does not declare one. First match.
ROLE_FROM_LABEL: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{pattern})\b"), role)
    for pattern, role in (
        ("runs until|until|extended to|ends|deadline|by", "ends"),
        ("starts|start of|from", "starts"),
        ("launch|launched", "launched"),
        ("announcement|announced", "announced"),
        ("published", "published"),
        ("confirmed", "confirmed"),
        ("answered", "answered"),
        ("asked", "asked"),
        ("opened", "opened"),
        ("approved", "approved"),
        ("registered", "registered"),
        ("completed", "completed"),
        ("undertaken", "undertaken"),
        ("to be trained", "to-train"),
        ("trained", "trained"),
        ("reached", "reached"),
        ("created", "created"),
    )
)
END_ROLES = frozenset({"ends", "deadline", "until"})
START_ROLES = frozenset({"starts", "launched", "opened", "began"})
# Counts of things done or added, not of all there are.
FLOW_ROLES = frozenset(
    {
        "opened",
        "approved",
        "registered",
        "completed",
        "undertaken",
        "trained",
        "to-train",
        "reached",
        "published",
        "created",
        "launched",
        "announced",
    }
)
DONE_ROLES = frozenset({"completed", "undertaken", "trained"})
OPEN_ROLES = frozenset({"opened", "created"})
ROLE_WORDS = {"to-train": "to be trained", "undertaken": "who took it"}
DISTRIBUTIVE = frozenset({"each", "per"})


@dataclass(frozen=True, slots=True)
class FactProfile:
    intents: frozenset[Intent]
    count_roles: frozenset[str]
    dates: tuple[tuple[str, str], ...]  # (role, date as a reader says it) of its date figures
    place: str
    places: frozenset[str]  # place words the fact itself names
    distributive: bool  # it gives an amount per person or place ("each", "per")
    own_terms: frozenset[str]  # its own words (not its curated questions), as matched terms

    @property
    def dated(self) -> bool:
        """It gives a date to the month or day: something happened then."""
        return any(" " in day or day.count("-") for _, day in self.dates)


def figure_role(figure: Figure) -> str | None:
    if figure.role:
        return figure.role
    label = " ".join(words(figure.label))
    return next((role for pattern, role in ROLE_FROM_LABEL if pattern.search(label)), None)


def said_date(value: str) -> str:
    """'2023-09' -> 'September 2023'; other values as they are."""
    year, _, rest = value.partition("-")
    if rest[:2].isdigit() and int(rest[:2]) in MONTH_NAMES:
        return f"{MONTH_NAMES[int(rest[:2])]} {year}"
    return value


def profile(
    fact: Fact,
    intent_of_text: Callable[[str], Intent],
    terms_of: Callable[[str], Sequence[str]],
) -> FactProfile:
    intents: set[Intent] = {intent_of_text(question) for question in fact.questions}
    count_roles: set[str] = set()
    dates: list[tuple[str, str]] = []
    for figure in fact.figures:
        intents |= INTENTS_OF_FIGURE[figure.kind]
        role = figure_role(figure)
        if figure.kind is FigureKind.COUNT and role:
            count_roles.add(role)
        if figure.kind is FigureKind.DATE:
            dates.append((role or "", said_date(str(figure.value))))
            if role in END_ROLES:
                intents.add(Intent.END)
            elif role in START_ROLES:
                intents.add(Intent.START)
    own_text = (fact.statement, fact.quote, fact.title or "", *(f.label for f in fact.figures))
    said = {word for text in (fact.quote, fact.statement, *fact.questions) for word in words(text)}
    return FactProfile(
        intents=frozenset(intents),
        count_roles=frozenset(count_roles),
        dates=tuple(dates),
        place=fact.place or DEFAULT_PLACE,
        places=frozenset(said & PLACE_WORDS),
        distributive=not DISTRIBUTIVE.isdisjoint(said),
        own_terms=frozenset(term for text in own_text for term in terms_of(text)),
    )


SOURCE = "The written answer"


def _said_number(term: str) -> str:
    return term.replace("_", "/")


def _subject(question: Question, fallback: str) -> str:
    return question.subject or fallback


# Kinds of question a fact answers only if its figures or curated questions say so; a "why"
# or an unclassified question is left to the confidence model.
STRICT_INTENTS = frozenset(Intent) - {Intent.REASON, Intent.OTHER}


def what_is_missing(
    question: Question,
    fact: FactProfile,
    fact_terms: frozenset[str],
    kinds: Sequence[tuple[str, str]] = (),
) -> str | None:
    """One plain sentence naming what the question asks and the fact does not give."""
    if question.places and not {place.lower() for place in question.places} <= fact.places:
        named = " or ".join(question.places)
        return f"{SOURCE} gives figures for {fact.place} as a whole, not for {named}."
    if question.local and fact.place == DEFAULT_PLACE:
        return f"{SOURCE} speaks for {fact.place} as a whole, not for any one area or council."
    years = [
        year
        for year in question.years
        if not _has_year(fact_terms, year)
        # "was it published in 2022?" checks a date the fact gives: the fact answers it.
        and not (question.checking and "_" not in year and fact.dated)
    ]
    if years:
        return f"{SOURCE} doesn't give a figure for {' or '.join(map(_said_number, years))}."
    if question.intent in STRICT_INTENTS and question.intent not in fact.intents:
        return _missing_detail(question, fact)
    for term, phrase in kinds:
        if term not in fact.own_terms:
            return f"{SOURCE} doesn't give a figure for {phrase}."
    if DISTRIBUTIVE.intersection(question.words) and not fact.distributive:
        unit = _after(question.words, DISTRIBUTIVE) or "one"
        return f"{SOURCE} gives a total, not an amount for each {unit}."
    if question.role == "completed" and fact.count_roles and not fact.count_roles & DONE_ROLES:
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done}, not the number who completed it."
    if question.role == "opened" and fact.count_roles and not fact.count_roles & OPEN_ROLES:
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done}, not the number opened."
    if question.role == "total" and fact.count_roles and fact.count_roles <= FLOW_ROLES:
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done}, not how many there are in total."
    return None


def _has_year(fact_terms: frozenset[str], year: str) -> bool:
    """'2024' is in a fact about 2024/25; '2025_26' is not in one about 2024/25."""
    if year in fact_terms:
        return True
    return "_" not in year and any(term.startswith(year) for term in fact_terms)


def _role_words(roles: frozenset[str]) -> str:
    return " or ".join(sorted(ROLE_WORDS.get(role, role) for role in roles))


def _after(raw_words: Sequence[str], markers: frozenset[str]) -> str | None:
    for position, word in enumerate(raw_words[:-1]):
        if word in markers:
            return raw_words[position + 1]
    return None


def _missing_detail(question: Question, fact: FactProfile) -> str:
    intent = question.intent
    if intent is Intent.END:
        started = [(role, day) for role, day in fact.dates if role not in END_ROLES]
        if started:
            role, day = started[0]
            verb = f"when it {role}" if role in {"starts", "ends"} else f"when it was {role}"
            if not role:
                verb = "a date"
            return f"{SOURCE} gives {verb} ({day}), not when it ends or any deadline."
        return f"{SOURCE} doesn't give an end date or deadline for that."
    if intent is Intent.START:
        ends = [day for role, day in fact.dates if role in END_ROLES]
        if ends:
            return f"{SOURCE} gives when it runs until ({ends[0]}), not when it started."
        return f"{SOURCE} doesn't say when that started."
    sentences = {
        Intent.COUNT: f"{SOURCE} doesn't give a number of {_subject(question, 'those')}.",
        Intent.AMOUNT: f"{SOURCE} doesn't give an amount for that.",
        Intent.PERCENT: f"{SOURCE} doesn't give a percentage or share for that.",
        Intent.DATE: f"{SOURCE} doesn't give a date for that.",
        Intent.PERSON: f"{SOURCE} doesn't name the person.",
        Intent.ASKER: f"{SOURCE} doesn't say who asked the question.",
        Intent.PLACE: f"{SOURCE} doesn't say where.",
        Intent.NAMED_LIST: f"{SOURCE} doesn't name the {_subject(question, 'ones it counts')}.",
        Intent.COST: f"{SOURCE} doesn't give a cost to families, schools or anyone else.",
        Intent.OUTCOME: f"{SOURCE} doesn't report results or outcomes.",
        Intent.DEFINITION: (
            f"{SOURCE} doesn't explain what {_subject(question, 'that')} is or stands for."
        ),
        Intent.ELIGIBILITY: f"{SOURCE} doesn't say who is eligible.",
        Intent.CASE: (
            f"{SOURCE} can't say what will happen in any one person's case; "
            "it speaks for England as a whole."
        ),
        Intent.REASON: f"{SOURCE} doesn't say why.",
        Intent.OPINION: f"{SOURCE} gives the department's account, not anyone's opinion of it.",
    }
    return sentences.get(intent, f"{SOURCE} doesn't say that.")
