"""A fact -> what it holds, read once to compare with questions: its figures' roles, period, place.

A fact's profile comes from its figures (kinds and roles: opened, launched, ends, registered
...), the area it covers (its `place`, else England), the kinds of question its curated
questions ask (and its quote, where it says how, or what for), and what its written answer is
about. Roles are read from the figure's label unless the YAML declares them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sendbot.answering.answer_parts import AnswerPart, answer_part
from sendbot.answering.asked_address import gives_an_address
from sendbot.answering.asked_effect import reports_an_effect
from sendbot.answering.asked_when import PAPER_ROLES
from sendbot.answering.compared_years import states_a_change
from sendbot.answering.intent import Intent
from sendbot.answering.normalise import PLACE_WORDS, STOPWORDS, stem, words
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.figures import AGE_WORDS, MONTH_NAME_BY_NUMBER, MONTHS
from sendbot.knowledge.model import Fact, Figure, FigureKind
from sendbot.knowledge.periods import relative_period

DEFAULT_PLACE = "England"


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
        # "first year the survey asked about ...": when it started, not when a question was asked
        ("starts|start of|from|first year|first time", "starts"),
        ("established|set up|formed|founded", "established"),
        ("in the pipeline|pipeline", "pipeline"),
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
        ("is to|are to|will|planned|aims to", "planned"),
    )
)

END_ROLES = frozenset({"ends", "deadline", "until"})

START_ROLES = frozenset({"starts", "launched", "opened", "began", "established"})

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

PLANNED_ROLES = frozenset({"planned", "to-train"})

# Finished: "undertaken" says only that it was taken, not that it was completed.
DONE_ROLES = frozenset({"completed", "trained"})

OPEN_ROLES = frozenset({"opened", "created"})

ROLE_WORDS = {
    "to-train": "to be trained",
    "undertaken": "who took it",
    "pipeline": "in the pipeline",
}

DISTRIBUTIVE = frozenset({"each", "per"})

# Kinds of question no curated phrasing can make a fact answer: a verdict, a rule, a comparison
# or one person's case. A fact says what the department reports; "is it enough?" is not that.
VERDICT_INTENTS = frozenset(
    {
        Intent.OPINION,
        Intent.JUDGEMENT,
        Intent.REQUIRED,
        Intent.DIFFERENCE,
        Intent.CASE,
        Intent.PREDICTION,
    }
)


@dataclass(frozen=True, slots=True)
class FactProfile:
    intents: frozenset[Intent]
    count_roles: frozenset[str]
    dates: tuple[tuple[str, str], ...]  # (role, date as a reader says it) of its date figures
    place: str
    places: frozenset[str]  # place words the fact itself names
    distributive: bool  # it gives an amount per person or place ("each", "per")
    own_terms: frozenset[str]  # its own words (not its curated questions), as matched terms
    text: str = ""  # its own words, folded, for phrases such as a period ("last year")
    # ... each stemmed, synonyms left unfolded: "trust" of "Autism Education Trust". Only the
    # stems `own_terms` lacks are kept (most are terms too): read them with `own_terms`.
    other_stems: frozenset[str] = frozenset()
    count_terms: frozenset[str] = frozenset()  # the terms of what its counts count
    label_terms: frozenset[str] = frozenset()  # all the terms of its counts' labels
    main_label: str = ""  # the label of its first figure that is not a date
    main_kind: FigureKind | None = None
    percent_only: bool = False  # its only amounts are percentages: a rise, not a total
    gives_money: bool = False  # one of its figures is a sum of money
    gives_percent: bool = False  # one of its figures is a percentage
    period: str | None = None  # the period its figures cover: "this academic year", "so far"
    # Terms of a group it is about by leaving something out: "without an EHC plan".
    without_terms: frozenset[str] = frozenset()
    without: str = ""  # ... as written: "young people without an EHC plan"
    # ... and by having something: "young people with an EHC plan".
    with_terms: frozenset[str] = frozenset()
    with_: str = ""
    # Its quote says whom it is for ("to young people ... without an EHC plan") and none of its
    # curated questions asks who may take part: whom, not any one person's place.
    whom_only: bool = False
    says_whom: bool = False  # its quote says whom it reaches, whatever its questions ask
    states_change: bool = False  # its figure is a change from another time ("compared to")
    # The labels of its percentages when every one is a rise or fall, not a share of something.
    percent_changes: tuple[str, ...] = ()
    reports_results: bool = False  # it says what was found or achieved, not only what is planned
    # ... and of that, what came of something for those it serves, not only what was done
    reports_effect: bool = False
    # It gives more than one figure: "15 schools and one AP school", or a number and its rise.
    separate_counts: bool = False
    stage: str | None = None  # "interim": the stage of the findings it speaks of, when not final
    # The proper names it gives (people, organisations, places), each as its folded words.
    names: tuple[frozenset[str], ...] = ()
    # The year its period is, read against its date: "this academic year" in February 2024 is
    # 2023/24 (as the question's years are written: "2023_24").
    period_years: frozenset[str] = frozenset()
    # It says it reaches every area: "wherever they live", "in every region".
    everywhere: bool = False
    # The terms of what its written answer is about (its title and the question asked): "EP
    # funding" is the funding of an answer on educational psychologists, though the fact says
    # only "funding".
    topic_terms: frozenset[str] = frozenset()
    # The terms of what it names: its title and the words it writes as a name (with a capital
    # or a number: "Change Programme", "PINS", "CP 800"). "what is complex needs" is not
    # answered by a fact speaking of "the most complex needs" in passing.
    named_terms: frozenset[str] = frozenset()
    # The years its date figures give, as the question's years are written ("2022_23"): those
    # it only compares with ("compared to 2022/23"), and the others.
    base_years: frozenset[str] = frozenset()
    own_years: frozenset[str] = frozenset()
    as_of_year: int = 0  # the year of its written answer
    names_asker: bool = False  # it says who asked the question (tagged "mp")
    # The terms naming what its money is: its title, its sums' labels and the words before
    # "budget" or "funding" in its own words ("the high needs budget"). "Special Educational
    # Needs" in the name of a plan makes no budget an education budget.
    budget_terms: frozenset[str] = frozenset()
    # The names its written answer's title or question give with a year, as folded words:
    # "spring budget 2024" of "with reference to the Spring Budget 2024".
    named_years: frozenset[str] = frozenset()
    # It lists three or more of a kind: "working with local authorities, integrated care boards,
    # school representatives, parent group representatives and professionals".
    lists: bool = False
    # The part of its written answer's record it gives (who answered it, when ...), if one;
    # and then every term of what that answer is about (its title and question), common or not.
    answer_part: AnswerPart | None = None
    answer_terms: frozenset[str] = frozenset()
    # Its own figures other than dates, as (kind, value): what a question naming a figure of
    # it ("is the £21m per year?") names.
    figure_values: tuple[tuple[FigureKind, int | float | str], ...] = ()
    # Its quote writes out the web address where something is published.
    gives_address: bool = False

    @property
    def gives_a_time(self) -> bool:
        """It gives a date, or a year or period of its own."""
        return bool(self.dates or self.own_years or self.base_years or self.period_years)

    @property
    def dated(self) -> bool:
        """It gives a date to the month or day: something happened then."""
        return any(" " in day or day.count("-") for _, day in self.dates)


# Words with which a written answer says how something is done or what brought it about:
# "Feedback is received through frequent meetings", "As a result of the Autumn Statement".
_STATES_METHOD = re.compile(
    r"\b(?:through|via|by (?:means of |\w+ing\b)|because|following|as a result of|"
    r"in response to|due to|decides?|decided|based on|on the basis of|using)\b",
    re.IGNORECASE,
)

# Words with which a written answer says what something is for: "The Change Programme is a
# vehicle for testing them", "to secure the special provision", "designed to support"; an
# infinitive of a verb of bettering or making says it too: "grant funding ... to improve the
# transition into paid employment", "inspections ... to drive improvement", "£3 million to pilot
# extending Supported Internships".
_STATES_PURPOSE = re.compile(
    r"\b(?:(?:a|the) vehicle for|in order to|so that|so as to|aims? to|aimed at|intended to|"
    r"designed to|meant to|purpose|to secure|to ensure|to help|to support|"
    r"to (?:improve|strengthen|drive|boost|raise|increase|reduce|tackle|address|benefit|"
    r"better|build|create|develop|promote|enable|train|test|pilot|extend|expand))\b",
    re.IGNORECASE,
)

# Words with which a written answer says who something reaches, by what they have or lack or by
# their age: "to pilot extending Supported Internships to young people with learning
# difficulties and disabilities but without an Education, Health and Care plan", "designed to
# support young people aged 16-24": who is eligible, however its curated phrasings ask.
_STATES_WHO = re.compile(
    r"\b(?:to|for|support|supports|supporting) (?:young people|children|pupils|learners|"
    r"students|people|adults|families|\d+(?: to |-)\d+ year olds)(?: [\w-]+){0,8}? "
    r"(?:without\b|with (?:an? )?(?:education, health and care|ehc)|aged \d)",
    re.IGNORECASE,
)


def figure_role(figure: Figure) -> str | None:
    if figure.role:
        return figure.role
    label = " ".join(words(figure.label))
    if figure.kind is not FigureKind.DATE:
        return _count_role(label)
    return next((role for pattern, role in ROLE_FROM_LABEL if pattern.search(label)), None)


# Roles only a date can have: "children reached by the programme" ends nothing, "trained from
# 2024" starts nothing.
_DATE_ONLY_ROLES = frozenset({"ends", "starts"})


def _count_role(label: str) -> str | None:
    """What a count's label says of what it counts, by the role word it says first: "new places
    created by the schools opened" counts places created, not schools opened."""
    found = [
        (match.start(), -len(match.group(0)), role)
        for pattern, role in ROLE_FROM_LABEL
        if role not in _DATE_ONLY_ROLES and (match := pattern.search(label))
    ]
    return min(found)[2] if found else None


def is_age(figure: Figure) -> bool:
    """A figure that is someone's age ("16 years old"), not a number of anything."""
    return bool(AGE_WORDS.search(f"{figure.unit or ''} {figure.label}"))


def said_date(value: str) -> str:
    """'2023-09' -> 'September 2023'; other values as they are."""
    year, _, rest = value.partition("-")
    if rest[:2].isdigit() and int(rest[:2]) in MONTH_NAME_BY_NUMBER:
        return f"{MONTH_NAME_BY_NUMBER[int(rest[:2])].capitalize()} {year}"
    return value


def profile(
    fact: Fact,
    intent_of_text: Callable[[str], Intent],
    terms_of: Callable[[str], Sequence[str]],
    topic_terms: frozenset[str] = frozenset(),
    named_years: frozenset[str] = frozenset(),
    answer_terms: frozenset[str] = frozenset(),
) -> FactProfile:
    """`topic_terms` and `named_years`: what the fact's written answer is about, and the names
    with a year it gives (see FactProfile); `answer_terms`: all the terms of what it is about."""
    part = answer_part(fact)
    asked_whom = any(intent_of_text(question) is Intent.ELIGIBILITY for question in fact.questions)
    intents = _intents_of_words(fact, intent_of_text)
    figures = _read_figures(fact, intents)
    own_text = (fact.statement, fact.quote, fact.title or "", *(f.label for f in fact.figures))
    reports_results = any(_RESULTS.search(_HEDGED.sub("", text)) for text in own_text)
    if any(_FORECAST.search(text) for text in own_text):
        intents.add(Intent.PREDICTION)  # "expected to rise": the source does say what is next
    said = {word for text in (fact.quote, fact.statement, *fact.questions) for word in words(text)}
    labels = [figure.label for figure in fact.figures]
    left_out = _WITHOUT.search(fact.title or "") or _WITHOUT.search(fact.statement)
    having = _WITH.search(fact.title or "") or _WITH.search(fact.statement)
    main = next((figure for figure in fact.figures if figure.kind is not FigureKind.DATE), None)
    kinds = {figure.kind for figure in fact.figures}
    said_of_period = " ".join(" ".join(words(text)) for text in (fact.statement, *labels))
    period = _relative_period_said(said_of_period)
    own_terms = frozenset(term for text in own_text for term in terms_of(text))
    return FactProfile(
        intents=frozenset(intents),
        count_roles=frozenset(figures.count_roles),
        dates=tuple(figures.dates),
        place=fact.place or DEFAULT_PLACE,
        places=frozenset(said & PLACE_WORDS),
        distributive=not DISTRIBUTIVE.isdisjoint(said),
        own_terms=own_terms,
        text=" ".join(" ".join(words(text)) for text in own_text),
        other_stems=frozenset(
            stem(word) for text in own_text for word in words(text) if stem(word) not in own_terms
        ),
        count_terms=_count_terms(fact, figures.counts, terms_of),
        label_terms=frozenset(term for figure in figures.counts for term in terms_of(figure.label)),
        main_label=main.label if main else "",
        main_kind=main.kind if main else None,
        percent_only=FigureKind.PERCENT in kinds and not kinds & {FigureKind.MONEY},
        gives_percent=FigureKind.PERCENT in kinds,
        gives_money=FigureKind.MONEY in kinds,
        figure_values=tuple(
            (figure.kind, figure.value)
            for figure in fact.figures
            if figure.kind is not FigureKind.DATE
        ),
        states_change=states_a_change(fact),
        period=period,
        period_years=_years_of(period, fact.as_of),
        without_terms=frozenset(terms_of(left_out.group(1))) if left_out else frozenset(),
        without=left_out.group(0) if left_out else "",
        with_terms=frozenset(terms_of(having.group(1))) if having else frozenset(),
        with_=having.group(0) if having else "",
        whom_only=says_whom(fact) and not asked_whom,
        says_whom=says_whom(fact),
        percent_changes=_percent_changes(fact),
        reports_results=reports_results,
        reports_effect=any(reports_an_effect(text) for text in own_text),
        separate_counts=sum(figure.kind is not FigureKind.DATE for figure in fact.figures) > 1,
        stage=_stage(" ".join(own_text)),
        names=_names(fact.quote),
        topic_terms=topic_terms,
        named_terms=_named_terms(fact.title or "", own_text, terms_of),
        everywhere=any(_EVERYWHERE.search(text) for text in own_text),
        base_years=frozenset(figures.base_years - figures.own_years),
        own_years=frozenset(figures.own_years),
        as_of_year=fact.as_of.year,
        names_asker="mp" in fact.tags,
        budget_terms=_budget_terms(fact, terms_of) if FigureKind.MONEY in kinds else frozenset(),
        named_years=named_years,
        lists=bool(_LIST.search(fact.statement)),
        answer_part=part,
        answer_terms=answer_terms if part is not None else frozenset(),
        gives_address=gives_an_address(fact.quote),
    )


def names_with_years(text: str) -> frozenset[str]:
    """The two words before each calendar year in `text` that name something, with the year:
    "the Spring Budget 2024" -> "spring budget 2024". Not a date ("22 March 2024") nor a year
    said as a time ("published in 2024"); "2024-25" is a year of its own, read as "2024_25"."""
    said = words(text)
    return frozenset(
        " ".join(said[at - 2 : at + 1])
        for at in range(2, len(said))
        if _CALENDAR_YEAR.fullmatch(said[at])
        and all(_names_a_thing(word) for word in said[at - 2 : at])
    )


_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")


def _names_a_thing(word: str) -> bool:
    return word.isalpha() and word not in STOPWORDS and word not in MONTHS


def _intents_of_words(fact: Fact, intent_of_text: Callable[[str], Intent]) -> set[Intent]:
    """The kinds of question the fact's curated questions ask ("how many have opened?"),
    less those no phrasing can make it answer; "how" and "what for" only as its quote says."""
    intents: set[Intent] = {
        intent
        for question in fact.questions
        if (intent := intent_of_text(question)) not in VERDICT_INTENTS | {Intent.METHOD}
    }
    if _STATES_METHOD.search(fact.quote):
        intents.add(Intent.METHOD)  # only the source's own words can say how or what caused it
    if _STATES_PURPOSE.search(fact.quote):
        intents.add(Intent.REASON)  # ... or what it is for, however its phrasings ask
    if says_whom(fact):
        intents.add(Intent.ELIGIBILITY)  # ... or whom it is for
    return intents


def says_whom(fact: Fact) -> bool:
    """Its quote says whom it reaches, by what they have or lack or by their age."""
    return _STATES_WHO.search(fact.quote) is not None


@dataclass(slots=True)
class _FiguresRead:
    """What a fact's figures say, read in one pass over them."""

    counts: list[Figure] = field(default_factory=list)  # its counts, not ages
    count_roles: set[str] = field(default_factory=set)
    dates: list[tuple[str, str]] = field(default_factory=list)
    base_years: set[str] = field(default_factory=set)  # years it only compares with
    own_years: set[str] = field(default_factory=set)


def _read_figures(fact: Fact, intents: set[Intent]) -> _FiguresRead:
    """The roles of its counts, its dates and their years; adding to `intents` the kinds of
    question each figure answers ("when does it end?" of a date it runs until)."""
    read = _FiguresRead()
    for figure in fact.figures:
        if is_age(figure):
            continue  # "aged 16-24" says who it is for; it counts nothing
        intents |= INTENTS_OF_FIGURE[figure.kind]
        role = figure_role(figure)
        if figure.kind is FigureKind.COUNT:
            read.counts.append(figure)
        if figure.kind is FigureKind.COUNT and role:
            read.count_roles.add(role)
        if figure.kind is FigureKind.DATE:
            read.dates.append((role or "", said_date(str(figure.value))))
            year = _YEAR_OF_DATE.match(str(figure.value))
            if year and role not in PAPER_ROLES:
                compared = _COMPARED_WITH.search(figure.label)
                (read.base_years if compared else read.own_years).add(year[0].replace("/", "_"))
            if role in END_ROLES:
                intents.add(Intent.END)
            elif role in START_ROLES:
                intents.add(Intent.START)
    return read


def _count_terms(
    fact: Fact, counts: Sequence[Figure], terms_of: Callable[[str], Sequence[str]]
) -> frozenset[str]:
    """The terms of what its counts count, with what its title says is counted ("places" of
    "new places created"); none for a fact with no count."""
    if not counts:
        return frozenset()
    counted = frozenset(
        term
        for figure in counts
        for term in terms_of(f"{_counted(figure.label)} {figure.unit or ''}")
    )
    return counted | frozenset(terms_of(_counted(fact.title or "")))


# The words that name a sum of money in a fact's own words: "the high needs budget".
_BUDGET_NAMED = re.compile(r"((?:[\w-]+ ){1,3})(?:budgets?|funding|grants?|block)\b", re.I)


def _budget_terms(fact: Fact, terms_of: Callable[[str], Sequence[str]]) -> frozenset[str]:
    named = [fact.title or ""]
    named += [figure.label for figure in fact.figures if figure.kind is FigureKind.MONEY]
    for text in (fact.statement, fact.quote):
        named += [found[1] for found in _BUDGET_NAMED.finditer(text)]
    return frozenset(term for text in named for term in terms_of(text))


# A year or split year a date figure gives ("2023", "2022/23", the year of "2023-09").
_YEAR_OF_DATE = re.compile(r"^(?:19|20)\d\d(?:/\d\d)?(?=$|-)")

# A date figure's label saying the year is only the one compared with: "year compared with",
# "financial year the increase is compared with", "year of the allocations compared with".
_COMPARED_WITH = re.compile(r"\bcompared\b", re.IGNORECASE)

# A fact saying it reaches every area answers whether it reaches the asker's: "will there be
# listening sessions near me?" of "listening sessions in every region".
# Three or more things in a row: "A, B, C and D" (not a number's comma: "5,000").
_LIST = re.compile(r"(?:\b[a-z][\w ]{2,40}, (?=[a-z])){2,}[\w ]{2,40}\band [a-z]")

_EVERYWHERE = re.compile(
    r"\b(?:wherever|every region|in every (?:region|area|part|local authority|council)|"
    r"no matter where|regardless of where)\b",
    re.IGNORECASE,
)


def one_copy_each(profiles: Iterable[FactProfile]) -> tuple[FactProfile, ...]:
    """The profiles, each set, tuple and string of theirs kept once per field across the
    base: most are empty or one of a few (intents, count roles, places), and at 10,000 facts
    a copy for every fact costs megabytes, in memory and in the compiled index."""
    pools: dict[str, dict[Any, Any]] = {each.name: {} for each in fields(FactProfile)}
    shared = []
    for profile in profiles:
        parts = {
            name: pool.setdefault(value, value)
            for name, pool in pools.items()
            if isinstance(value := getattr(profile, name), (frozenset, tuple, str))
        }
        shared.append(replace(profile, **parts))
    return tuple(shared)


# A result only supposed or to come: "may have improved", "will be increased".
_HEDGED = re.compile(r"\b(?:may|might|could|would|will) (?:have |be )?(?:been )?\w+", re.I)

# Words that say something was found or done: a result, not a plan.
# (Searched from word starts only: each branch opens a word.)
_RESULTS = at_word_starts(
    r"\b(?:found|finds|showed|shows|shown|concluded|concludes|identified|revealed|reveals|"
    r"has reached|have reached|reached|achieved|has doubled|have doubled|doubled|"
    r"evidence (?:shows|suggests)|results (?:show|suggest)|improved|reduced|increased)\b",
    re.I,
)

_STAGE_WORDS = re.compile(
    r"\b(interim|initial|emerging|early|first)\s+(?:findings|results|report)", re.I
)


def _stage(text: str) -> str | None:
    found = _STAGE_WORDS.search(text)
    if not found or re.search(r"\bfinal\b", text, re.I):
        return None
    return found.group(1).lower()


# A proper name: capitalised words, joined by "and", "for", "of" ("Task and Finish Group").
# (a name may open with capitals then small letters, "REACh"; not a plural of letters, "SENCOs")
_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][a-z]|[A-Z]{2,}(?!s\b)[a-z])[\w'\u2019-]*"
    r"(?:\s+(?:(?:and|for|of|the|in)\s+)?[A-Z][\w'\u2019-]*)*"
)

# Capitalised words that name no one in particular.
_NOT_NAMES = frozenset(
    """department government secretary state minister parliament england members member
    house commons lords contracts finder""".split()  # where more is published, not who does it
) | frozenset(MONTHS)


# Words written as (part of) a name: "Change Programme", "PINS", "CP 800".
_NAMED_WORDS = re.compile(r"\b[A-Z0-9][\w'\u2019-]*")


def _named_terms(
    title: str, own_text: Sequence[str], terms_of: Callable[[str], Sequence[str]]
) -> frozenset[str]:
    """Its title's terms and those of the words it writes as names, each name's words read
    together ("Change Programme" is one term)."""
    named = [" ".join(_NAMED_WORDS.findall(text)) for text in own_text]
    return frozenset(term for text in (title, *named) for term in terms_of(text))


def _names(quote: str) -> tuple[frozenset[str], ...]:
    names = []
    for found in _NAME.finditer(quote):
        # A name spelt out before its letters ("Partnerships for Inclusion of Neurodiversity in
        # Schools (PINS)") is named by a question saying "PINS".
        letters = _LETTERS_AFTER.match(quote, found.end())
        if letters:
            names.append(frozenset({letters.group(1).lower()}))
            continue
        folded = frozenset(words(found.group(0))) - _NOT_NAMES - {"and", "for", "of", "the", "in"}
        if folded:
            names.append(folded)
    return tuple(names)


_LETTERS_AFTER = re.compile(r"\s*\(([A-Z]{2,})\)")

_CHANGE_LABEL = re.compile(r"\b(?:increase|increased|rise|rose|growth|fall|cut|decrease|change)\b")


def _percent_changes(fact: Fact) -> tuple[str, ...]:
    labels = tuple(figure.label for figure in fact.figures if figure.kind is FigureKind.PERCENT)
    return labels if labels and all(_CHANGE_LABEL.search(label) for label in labels) else ()


_FORECAST = re.compile(r"\b(?:expected|forecast|projected|predicted|set to|likely to)\b", re.I)

# The periods a fact's figures may be said to cover, relative to the answer's date.
_RELATIVE_PERIOD = re.compile(
    r"\b(?:this (?:academic |financial )?year|so far|to date|since \w+ \d{4}|"
    r"over (?:the (?:last|past) )?\w+ years|in the (?:last|past) \w+ years)\b"
)

# "young people without an EHC plan": a group defined by what it does not have.
_WITHOUT = re.compile(r"(?:\b[\w-]+ ){0,2}\bwithout (?:an? )?([A-Za-z]+(?: plans?)?)")

_WITH = re.compile(r"(?:\b[\w-]+ ){0,2}\bwith (?:an? )?([A-Za-z]+(?: plans?)?)")


def _relative_period_said(text: str) -> str | None:
    """The period a fact's (folded) words say its figures cover relative to the answer's date
    ("this academic year", "so far"): not its `period` nor a year it names (see
    `newest._own_period`), which this profile does not read."""
    found = _RELATIVE_PERIOD.search(text)
    return found.group(0) if found else None


_THIS_YEAR = re.compile(r"^this (?:(academic|financial) )?year$")


def _years_of(period: str | None, as_of: dt.date) -> frozenset[str]:
    """'this academic year', said on 8 February 2024: {'2023_24'}."""
    found = _THIS_YEAR.match(period or "")
    if found is None:
        return frozenset()
    year = relative_period(0, as_of, found.group(1)).text
    return frozenset({year.replace("/", "_")})


# Where a count's label stops naming what is counted: "new places | created by the schools".
_LABEL_END = frozenset(
    """by who which that to in from since under for the so opened approved created registered
    completed reached published undertaken trained announced confirmed launched is are""".split()
)


def _counted(label: str) -> str:
    """'new places created by the schools opened' -> 'new places': what the count is of."""
    counted: list[str] = []
    for word in words(label):
        if word in _LABEL_END:
            break
        counted.append(word)
    return " ".join(counted)
