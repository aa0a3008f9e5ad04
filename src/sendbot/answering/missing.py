"""What a fact holds, compared with what a question asks: the one plain sentence saying what the
written answer does not give, or None when the fact answers what was asked. Pure.

A fact's profile comes from its figures (kinds and roles: opened, launched, ends, registered
...), the area it covers (its `place`, else England), the kinds of question its curated
questions ask (and its quote, where it says how, or what for), and what its written answer is
about. Roles are read from the figure's label unless the YAML declares them. What a question
asks about time (over what period, on what date) is weighed in asked_when; what it asks of a
thing the fact only mentions, in only_mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sendbot.answering.asked_when import PAPER_ROLES, not_given
from sendbot.answering.compared_years import compares_years, states_a_change
from sendbot.answering.lacking import SOURCE, the_figure
from sendbot.answering.normalise import PLACE_WORDS, SMALLTALK, STOPWORDS, stem, words
from sendbot.answering.only_mentioned import only_mentioned
from sendbot.answering.question import FIGURE_ASKED, Intent, Question
from sendbot.answering.spelt_out import asked_letters, spells_out
from sendbot.knowledge.figures import AGE_WORDS, MONTHS
from sendbot.knowledge.model import Fact, Figure, FigureKind
from sendbot.knowledge.periods import relative_period

DEFAULT_PLACE = "England"
MONTH_NAMES = {number: name.capitalize() for name, number in MONTHS.items()}

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
# Counts of people, so that "completed" reads "the number who completed it".
PEOPLE_WORDS = frozenset(
    """people practitioners professionals teachers children pupils students psychologists
    sencos staff trainees young parents families workers places""".split()
)
# Words for anyone at all, and for any area, as the normaliser gives them.
PEOPLE_TERMS = frozenset(
    """people person kid child young pupil student staff worker individual family parent place
    one""".split()
)
# People by their role: counted by a fact that names the role ("SENCO training").
ROLE_TERMS = frozenset(
    """senco teacher practitioner professional psychologist ep trainee ta nurse governor
    head headteacher childminder intern apprentice""".split()
)
AREA_TERMS = frozenset("area council authority la region locality".split())
# What every written answer here is about: the training a fact's curated questions call "SEND
# training" is that, though its own words say only "training".
EVERY_ANSWERS_TOPIC = frozenset({"send", "sen"})
_UNIT_END = frozenset(
    """cost costs to train get receive be is are will would does do did in for from on at of
    by with not between over have has had and or across during""".split()
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
    states_change: bool = False  # its figure is a change from another time ("compared to")
    # The labels of its percentages when every one is a rise or fall, not a share of something.
    percent_changes: tuple[str, ...] = ()
    reports_results: bool = False  # it says what was found or achieved, not only what is planned
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
# vehicle for testing them", "to secure the special provision", "designed to support".
_STATES_PURPOSE = re.compile(
    r"\b(?:(?:a|the) vehicle for|in order to|so that|so as to|aims? to|aimed at|intended to|"
    r"designed to|meant to|purpose|to secure|to ensure|to help|to support)\b",
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
    if rest[:2].isdigit() and int(rest[:2]) in MONTH_NAMES:
        return f"{MONTH_NAMES[int(rest[:2])]} {year}"
    return value


def profile(
    fact: Fact,
    intent_of_text: Callable[[str], Intent],
    terms_of: Callable[[str], Sequence[str]],
    topic_terms: frozenset[str] = frozenset(),
) -> FactProfile:
    """`topic_terms`: what the fact's written answer is about (see FactProfile.topic_terms)."""
    intents: set[Intent] = {
        intent
        for question in fact.questions
        if (intent := intent_of_text(question)) not in VERDICT_INTENTS | {Intent.METHOD}
    }
    if _STATES_METHOD.search(fact.quote):
        intents.add(Intent.METHOD)  # only the source's own words can say how or what caused it
    if _STATES_PURPOSE.search(fact.quote):
        intents.add(Intent.REASON)  # ... or what it is for, however its phrasings ask
    count_roles: set[str] = set()
    dates: list[tuple[str, str]] = []
    base_years: set[str] = set()
    own_years: set[str] = set()
    for figure in fact.figures:
        if is_age(figure):
            continue  # "aged 16-24" says who it is for; it counts nothing
        intents |= INTENTS_OF_FIGURE[figure.kind]
        role = figure_role(figure)
        if figure.kind is FigureKind.COUNT and role:
            count_roles.add(role)
        if figure.kind is FigureKind.DATE:
            dates.append((role or "", said_date(str(figure.value))))
            year = _YEAR_OF_DATE.match(str(figure.value))
            if year and role not in PAPER_ROLES:
                compared = _COMPARED_WITH.search(figure.label)
                (base_years if compared else own_years).add(year[0].replace("/", "_"))
            if role in END_ROLES:
                intents.add(Intent.END)
            elif role in START_ROLES:
                intents.add(Intent.START)
    own_text = (fact.statement, fact.quote, fact.title or "", *(f.label for f in fact.figures))
    reports_results = any(_RESULTS.search(_HEDGED.sub("", text)) for text in own_text)
    if any(_FORECAST.search(text) for text in own_text):
        intents.add(Intent.PREDICTION)  # "expected to rise": the source does say what is next
    said = {word for text in (fact.quote, fact.statement, *fact.questions) for word in words(text)}
    counts = [
        figure for figure in fact.figures if figure.kind is FigureKind.COUNT and not is_age(figure)
    ]
    labels = [figure.label for figure in fact.figures]
    left_out = _WITHOUT.search(fact.title or "") or _WITHOUT.search(fact.statement)
    having = _WITH.search(fact.title or "") or _WITH.search(fact.statement)
    main = next((figure for figure in fact.figures if figure.kind is not FigureKind.DATE), None)
    kinds = {figure.kind for figure in fact.figures}
    period = _fact_period(" ".join(" ".join(words(text)) for text in (fact.statement, *labels)))
    own_terms = frozenset(term for text in own_text for term in terms_of(text))
    return FactProfile(
        intents=frozenset(intents),
        count_roles=frozenset(count_roles),
        dates=tuple(dates),
        place=fact.place or DEFAULT_PLACE,
        places=frozenset(said & PLACE_WORDS),
        distributive=not DISTRIBUTIVE.isdisjoint(said),
        own_terms=own_terms,
        text=" ".join(" ".join(words(text)) for text in own_text),
        other_stems=frozenset(
            stem(word) for text in own_text for word in words(text) if stem(word) not in own_terms
        ),
        count_terms=frozenset(
            term
            for figure in counts
            for term in terms_of(f"{_counted(figure.label)} {figure.unit or ''}")
        )
        | frozenset(terms_of(_counted(fact.title or "")))
        if counts
        else frozenset(),
        label_terms=frozenset(term for figure in counts for term in terms_of(figure.label)),
        main_label=main.label if main else "",
        main_kind=main.kind if main else None,
        percent_only=FigureKind.PERCENT in kinds and not kinds & {FigureKind.MONEY},
        gives_percent=FigureKind.PERCENT in kinds,
        gives_money=FigureKind.MONEY in kinds,
        states_change=states_a_change(fact),
        period=period,
        period_years=_years_of(period, fact.as_of),
        without_terms=frozenset(terms_of(left_out.group(1))) if left_out else frozenset(),
        without=left_out.group(0) if left_out else "",
        with_terms=frozenset(terms_of(having.group(1))) if having else frozenset(),
        with_=having.group(0) if having else "",
        percent_changes=_percent_changes(fact),
        reports_results=reports_results,
        separate_counts=sum(figure.kind is not FigureKind.DATE for figure in fact.figures) > 1,
        stage=_stage(" ".join(own_text)),
        names=_names(fact.quote),
        topic_terms=topic_terms,
        everywhere=any(_EVERYWHERE.search(text) for text in own_text),
        base_years=frozenset(base_years - own_years),
        own_years=frozenset(own_years),
        as_of_year=fact.as_of.year,
        names_asker="mp" in fact.tags,
        budget_terms=_budget_terms(fact, terms_of) if FigureKind.MONEY in kinds else frozenset(),
    )


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
_EVERYWHERE = re.compile(
    r"\b(?:wherever|every region|in every (?:region|area|part|local authority|council)|"
    r"no matter where|regardless of where)\b",
    re.IGNORECASE,
)
# Kinds of question a place asks a figure of: "how many in Devon" is not answered by a figure
# for every region. (Not asked_measure.FIGURE_INTENTS, which is about the newest figure.)
_LOCAL_FIGURE_INTENTS = FIGURE_ASKED | {Intent.COST, Intent.PAY}
# A question asking whether something reaches everywhere: "every region or just some areas?".
_ASKS_EVERYWHERE = re.compile(r"\b(?:every|everywhere|wherever|all (?:areas|regions)|some areas)\b")


# A figure asked for the whole country: "the total DSG for England", "nationally". (Read only
# of a fact about one area: most facts are England's.)
_ASKS_NATIONALLY = re.compile(
    r"\b(?:(?:in|for|across|of|throughout) (?:the whole of |all of )?england|england wide|"
    r"nationally|national(?:ly)? total|whole country|across the country|country wide)\b"
)


def _reaches_asker(question: Question, fact: FactProfile) -> bool:
    """The fact says it reaches every area, and the question asks whether it reaches the
    asker's own ("near me", "in my region") or every one, not for a figure: "is there one in
    Sheffield?" names a place the fact does not. Or it says what holds for every council or
    local setting, asked of the asker's: "is it the council or the school that's responsible?
    we're in Essex" of "local authorities ... are responsible"."""
    if question.intent in _LOCAL_FIGURE_INTENTS:
        return False
    if fact.everywhere:
        return question.local or bool(_ASKS_EVERYWHERE.search(question.text))
    # ... though not a count of councils ("a Change Programme made up of 32 local
    # authorities"): that speaks of some of them.
    return (
        question.local
        and not fact.count_terms & AREA_TERMS
        and bool(_OF_EVERY_COUNCIL.search(fact.text))
    )


# A fact's own words for what holds in each area: "local authorities are responsible for",
# "new local authority applications", "in their local setting".
_OF_EVERY_COUNCIL = re.compile(
    r"\blocal (?:authorities|settings?)\b|\b(?:all|every|each) (?:councils?|areas?)\b|\bcouncils\b"
)


def one_copy_each(profiles: Iterable[FactProfile]) -> tuple[FactProfile, ...]:
    """The profiles, each set, tuple and string of theirs kept once per field across the
    base: most are empty or one of a few (intents, count roles, places), and at 10,000 facts
    a copy for every fact costs megabytes, in memory and in the compiled index."""
    pools: dict[str, dict[Any, Any]] = {field.name: {} for field in fields(FactProfile)}
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
# Words that say what is to come: a plan, an aim, something expected.
_PLANS = re.compile(
    r"\b(?:will|would|aims? to|aimed at|plans? to|planned|is to|are to|intends? to|"
    r"expected|due to|to test|to pilot|to be)\b"
)
# Words that say something was found or done: a result, not a plan.
_RESULTS = re.compile(
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
_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'\u2019-]*(?:\s+(?:(?:and|for|of|the|in)\s+)?[A-Z][\w'\u2019-]*)*"
)
# Capitalised words that name no one in particular.
_NOT_NAMES = frozenset(
    """department government secretary state minister parliament england members member
    house commons lords contracts finder""".split()  # where more is published, not who does it
) | frozenset(MONTHS)


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
_FACT_PERIOD = re.compile(
    r"\b(?:this (?:academic |financial )?year|so far|to date|since \w+ \d{4}|"
    r"over (?:the (?:last|past) )?\w+ years|in the (?:last|past) \w+ years)\b"
)
# "young people without an EHC plan": a group defined by what it does not have.
_WITHOUT = re.compile(r"(?:\b[\w-]+ ){0,2}\bwithout (?:an? )?([A-Za-z]+(?: plans?)?)")
_WITH = re.compile(r"(?:\b[\w-]+ ){0,2}\bwith (?:an? )?([A-Za-z]+(?: plans?)?)")


def _fact_period(text: str) -> str | None:
    found = _FACT_PERIOD.search(text)
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


# "which regions does it benefit": the areas it reaches, which "every region" names; but not
# "which regions and when", which asks more than where.
_AREAS = re.compile(r"(?:the )?(?:regions?|areas?|parts? of (?:the country|england))")
_ASKS_MORE = re.compile(r"\b(?:and|or) (?:when|where|how|what|who|why|which)\b")


# The words of asking whether something worked, apart from what it is.
_OUTCOME_WORDS = frozenset(
    """made make makes making difference differences real much work worked working works help
    helped helping helps succeed succeeded success successful effective impact results result
    outcome outcomes improve improved better worse far yet actually really good""".split()
)


def _names_no_topic(question: Question) -> bool:
    return all(
        word in STOPWORDS or word in SMALLTALK or word in _OUTCOME_WORDS for word in question.words
    )


def fits(question: Question, fact: FactProfile) -> bool:
    """The fact gives the kind of detail the question asks for."""
    # The fact's flags are read before the question's intent: this runs for most candidates
    # of every question, and reading an enum member (`Intent.AMOUNT`) costs Python 3.11 a
    # slow attribute lookup (its EnumType has a __getattr__), while most facts have neither.
    if fact.percent_only and question.intent is Intent.AMOUNT and not question.change:
        return False  # "how much is the budget?" is not answered by how much it rose
    if fact.states_change and question.intent is Intent.DIFFERENCE and compares_years(question):
        return True  # "how much did it go up in 2024/25 vs 2023/24": the change answers it
    if fact.everywhere and (
        question.intent is Intent.PLACE
        or (
            question.intent is Intent.NAMED_LIST
            and _AREAS.fullmatch(question.subject.lower())
            and not _ASKS_MORE.search(question.text)
        )
    ):
        # "does support depend on where you live", "which regions does it benefit" of "wherever
        # they live", "every region" (not "which regions and when": every region says no when)
        return True
    return question.intent in fact.intents


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
    subject_terms: frozenset[str] = frozenset(),
    possessed_terms: frozenset[str] = frozenset(),
    subgroup_terms: frozenset[str] = frozenset(),
    measure_terms: frozenset[str] = frozenset(),
    share_terms: frozenset[str] = frozenset(),
    lacked_terms: frozenset[str] = frozenset(),
) -> str | None:
    """One plain sentence naming what the question asks and the fact does not give."""
    if (
        question.places
        and not all(_covers(fact, place) for place in question.places)
        and not _reaches_asker(question, fact)
    ):
        named = " or ".join(question.places)
        return f"{SOURCE} gives figures for {fact.place} as a whole, not for {named}."
    if (
        fact.place != DEFAULT_PLACE
        and not question.places
        and _ASKS_NATIONALLY.search(question.text)
    ):
        return f"{SOURCE} gives figures for {fact.place}, not for {DEFAULT_PLACE} as a whole."
    if question.local and fact.place == DEFAULT_PLACE and not _reaches_asker(question, fact):
        return f"{SOURCE} speaks for {fact.place} as a whole, not for any one area or council."
    # This runs for every candidate of every question: a check that needs something the
    # question does not say (a year, a period, a role ...) is not called at all.
    if question.years:
        years = [
            year
            for year in question.years
            if not has_year(fact_terms, year)
            and year not in fact.period_years
            # "was it published in 2022?" checks a date the fact gives: the fact answers it.
            and not (question.checking and "_" not in year and fact.dated)
        ]
        if years:
            return f"{SOURCE} doesn't give a figure for {' or '.join(map(_said_number, years))}."
        compared = _only_compared_with(question, fact)
        if compared:
            said = _said_number(compared)
            return (
                f"{SOURCE} gives {said} only as the year it compares with, not a figure for {said}."
            )
    if question.period and _other_period(question, fact):
        return _missing_period(str(question.period), fact)
    earlier = _years_before(question, fact) if question.period and fact.own_years else None
    if earlier:
        return earlier
    after = (
        _after_its_end(question, fact)
        if fact.dates and not _AFTER_WORDS.isdisjoint(question.words)
        else None
    )
    if after and " " in after:  # "March 2025": the date it runs until
        return f"{SOURCE} gives when it runs until ({after}), not what happens after that."
    if after:
        return f"{SOURCE} speaks of the years up to {after}, not after {after}."
    if question.intent is Intent.OUTCOME and _names_no_topic(question):
        # "has it made a difference?": whatever a fact reports reached or done, nothing in the
        # question says it is the "it" asked about
        return _missing_detail(question, fact)
    if question.findings and not fact.reports_results:
        if _PLANS.search(fact.text):
            return (
                f"{SOURCE} doesn't report results or findings; it says what is planned or expected."
            )
        # "23 inspection reports have been published", "100,000 have undertaken it": done,
        # though what came of it is not said
        return f"{SOURCE} doesn't report results or findings; it says what has been done."
    if question.stage and fact.stage:
        return f"{SOURCE} speaks of {fact.stage} findings, not a {question.stage} report."
    if (
        question.intent is Intent.PERSON
        and _WHO_CARRIES_OUT.search(question.text)
        and not _gives_names(question, fact)
    ):
        # "who is doing the PINS evaluation?" of a fact saying only that one is under way.
        return f"{SOURCE} doesn't name who."
    if (
        question.wants == "names"
        and question.intent in NAME_INTENTS
        and not _gives_names(question, fact)
    ):
        named = question.subject
        return f"{SOURCE} doesn't name the {named}." if named else f"{SOURCE} doesn't give names."
    if question.about and fact.names_asker and not _about_it(question.about, fact.text):
        # (an answer that names no asker at all says nothing of who asked: see below)
        topic = " ".join(question.written.get(word, word) for word in question.about)
        return f"{SOURCE} that names this asker is about another topic, not {topic}."
    if (
        question.wants == "places"
        and question.intent in PLACE_INTENTS
        and not fact.places
        and fact.place == DEFAULT_PLACE
    ):
        return f"{SOURCE} doesn't say where; it names no places."
    if fact.without_terms and fact.without_terms <= possessed_terms and not question.negated:
        return f"{SOURCE} is about {fact.without}; it doesn't say what applies with one."
    if lacked_terms and lacked_terms <= fact.with_terms and not lacked_terms & fact.without_terms:
        # "what's there for 16-24s with no EHC plan": not a fact about those with one.
        return f"{SOURCE} is about {fact.with_}; it doesn't say what applies without one."
    if (
        question.intent in STRICT_INTENTS
        and not fits(question, fact)
        and not _describes(question, fact, subject_terms)
    ):
        return _missing_detail(question, fact)
    if (
        question.intent is Intent.END
        and _TO_APPLY.search(question.text)
        and not _APPLYING.search(fact.text)
    ):
        # "the closing date for applying", of a programme's end: when it runs until is not
        # when applications close
        return f"{SOURCE} doesn't give a deadline to apply or sign up."
    if (
        question.intent is Intent.NAMED_LIST
        and "which" in question.words
        and _STILL_TO_COME.search(fact.text)
    ):
        # "which areas will the 15 schools go in", of "an announcement on the location of
        # these schools will be made by May 2024": when they will be named, not the names
        # (which "where are they going?" may be answered by: not yet known)
        return f"{SOURCE} says they are still to be announced; it doesn't name them."
    if (
        question.intent is Intent.NAMED_LIST
        and "which" in question.words
        and _names_an_example(fact)
    ):
        # "which councils are in the change programme apart from Bedford", of "the Change
        # Programme authorities, including Bedford": an example, not the list
        return f"{SOURCE} names only some of them, as examples; it doesn't list them all."
    if not _ON_ITS_OWN.isdisjoint(question.words) and " and " in fact.main_label:
        # "total budget for alternative provision on its own?", of the funding backing the
        # "SEND and AP Improvement Plan": one figure for both
        return f"{SOURCE} gives {the_figure(fact)} as one figure, not a separate one for each part."
    if (
        question.intent is Intent.COST
        and _FAMILY_PAYS.search(question.text)
        and not _FAMILIES.search(fact.text)
    ):
        # "do parents have to pay for an EP assessment", of a fact saying employers decide
        # what they can afford: who pays in a council is not what a family pays
        return f"{SOURCE} doesn't say what families pay."
    if (
        question.words[-1:] == ("budget",)
        and not fact.gives_money
        and question.intent in (Intent.OTHER, Intent.AMOUNT)
        and _WHAT_IS.match(question.text)
    ):
        # "what's Bedford's change programme budget", of a fact dating its launch: a sum of
        # money asked for without "how much" (its intent is left as it is: "what's the schools
        # budget these days" is the newest figure's to answer)
        return f"{SOURCE} doesn't give an amount for that."
    if (
        question.intent is Intent.PERCENT
        and not fact.gives_percent
        and fact.main_kind is not FigureKind.MONEY
        and not question.checking
        and not question.change
        and _A_PERCENTAGE.search(question.text)
    ):
        # "what percentage of children are in special schools" of "a greater proportion ...
        # than at any time in the past fifty years": a comparison, no percentage (which does
        # answer "the share now compared with the past")
        return f"{SOURCE} doesn't give a percentage as a figure."
    happened = _only_past_dates(question, fact) if question.intent is Intent.DATE else None
    if happened:
        return happened
    timing = not_given(question, fact)
    if timing:
        return timing
    if share_terms and not share_terms <= fact.own_terms:
        target = " ".join(question.written.get(word, word) for word in question.share_of)
        return f"{SOURCE} doesn't give the share that goes to {target}."
    if question.intent is Intent.PERCENT and fact.percent_changes and not question.change:
        return f"{SOURCE} gives the {fact.percent_changes[0]}, not a share of it."
    if question.intent is Intent.DEFINITION and subject_terms.isdisjoint(fact.own_terms):
        return _missing_detail(question, fact)
    letters = asked_letters(question) if question.intent is Intent.DEFINITION else None
    if letters and not spells_out(letters, fact.text):
        said = question.written.get(letters, letters)
        return f"{SOURCE} doesn't say what {said} stands for."
    if subgroup_terms and not subgroup_terms <= fact.own_terms | fact.other_stems:
        # Every word of the part asked about: "for autistic children" of places "for children
        # and young people" is a part the source does not count.
        part = "what share" if question.intent is Intent.PERCENT else "how many"
        return f"{SOURCE} gives {the_figure(fact)}, not {part} of them {question.subgroup}."
    if (
        measure_terms
        and question.intent is Intent.OUTCOME
        and measure_terms.isdisjoint(fact.own_terms)
    ):
        return _missing_detail(question, fact)
    if (
        question.intent is Intent.OUTCOME
        and fact.main_kind is FigureKind.COUNT
        and any(word.isdigit() and word in fact_terms for word in question.words)
    ):
        # "did the 4000 kids the taskforce reached go back into mainstream": the count the
        # fact gives, asked what came of those it counts
        return f"{SOURCE} gives {the_figure(fact)}, not what came of them."
    if (
        # "how many so far", or "have the 400 EPs qualified yet": what has been done to date
        question.intent in (Intent.COUNT, Intent.OTHER)
        and question.so_far
        and fact.count_roles
        and fact.count_roles <= PLANNED_ROLES
    ):
        return f"{SOURCE} gives {the_figure(fact)}, a plan, not how many so far."
    # "what topics do the 5,000 modules cover" asks to split a count; of a fact saying what a
    # course is about, it asks what the fact says.
    if question.breakdown == "by topic" and not fact.count_terms:
        pass
    elif question.breakdown == "between them" and fact.separate_counts:
        pass  # "how many special schools and how many AP schools" of one counting each
    elif question.checking and question.breakdown and question.breakdown in fact.text:
        pass  # "does the census count them by type?" of "published by type of provision"
    elif question.breakdown and fact.main_kind is None:
        # "how was the money split between regions", of a fact giving no figure at all
        return f"{SOURCE} gives no figure to break down."
    elif question.breakdown == "between them" and not fact.distributive:
        return f"{SOURCE} gives a total, not how many of each."
    elif question.breakdown and not fact.distributive:
        return f"{SOURCE} gives a total, not a breakdown {question.breakdown}."
    if question.role and question.intent is Intent.COUNT and not fact.count_terms:
        # "how many have completed one" of a fact that gives no number at all ("aims to double
        # the number"), though a curated phrasing asks "how many".
        return f"{SOURCE} doesn't give a number of {_subject(question, 'those')} {question.role}."
    if question.intent is Intent.COUNT and fact.count_terms:
        unit_missing = _missing_unit(question, fact, subject_terms)
        if unit_missing:
            return unit_missing
    # How a count came about first: "finished training" is a role, not a kind of training.
    role_missing = _missing_role(question, fact) if question.role else None
    if role_missing:
        return role_missing
    for term, phrase in kinds:
        if term in EVERY_ANSWERS_TOPIC and term in fact_terms:
            continue  # "online SEND training" of "online training modules", asked of as SEND's
        if not _names_kind(fact, term, phrase):
            if term in WHOLE_BUDGET_TERMS and fact.gives_money:
                whole = phrase.removeprefix("the ")
                return f"{SOURCE} gives {the_figure(fact)}, not the whole {whole}."
            return f"{SOURCE} doesn't give a figure for {phrase}."
    if not fact.distributive and _asks_each(question.words):
        unit = _after(question.words, DISTRIBUTIVE, question.written) or "one"
        return f"{SOURCE} gives a total, not an amount for each {unit}."
    return only_mentioned(question, fact, fact_terms)


# "when will the group report", "when is it due to publish": the date of something to come.
_TO_COME = re.compile(
    r"\bwhen (?:will|is|are|s|would) (?:\w+ ){1,10}?(?:(?:due|expected|going|set) to )?"
    r"(?:report|publish|be published|be out|come out|make (?:its|their) recommendations)\b"
)
# Dates of something that has already happened: not the date of a report still to come.
PAST_ROLES = frozenset(
    {"established", "launched", "opened", "announced", "answered", "asked", "approved"}
)


# A fact saying what is asked is yet to be made known: "an announcement on the location of
# these schools will be made by May 2024", "the areas will be confirmed in due course".
_STILL_TO_COME = re.compile(
    r"\b(?:announcement|details|decision) (?:\w+ ){0,8}?will be (?:made|announced|published|"
    r"confirmed|set out)\b|\bwill be (?:announced|confirmed|named) (?:in due course|later|"
    r"shortly|soon|by)\b"
)
# A deadline asked of applying or signing up: "the closing date for applying", "deadline to
# register", "when do applications close".
_TO_APPLY = re.compile(
    r"\b(?:apply|applying|application|applications|register|registering|registration|"
    r"sign up|signing up|enrol|enrolling|enrolment)\b"
)
# A fact saying anything of applying or signing up.
_APPLYING = re.compile(r"\b(?:appl\w*|regist\w*|sign\w* up|enrol\w*|recruit\w*)\b")
# A list given by an example of it: "the Change Programme authorities, including Bedford".
_INCLUDING = re.compile(r"\bincluding (\w+)")
# "on its own", "by itself", "separately": a part of what a figure may give together.
_ON_ITS_OWN = frozenset({"own", "itself", "alone", "separately"})
# A cost asked of the asker or a family: "how much will we pay", "do parents have to pay".
_FAMILY_PAYS = re.compile(
    r"\b(?:i|we|parents|families|carers) (?:\w+ ){0,2}?(?:pay|be charged)\b|\bprivately\b|"
    r"\bcost (?:me|us|parents|families)\b"
)
# A fact that says anything of families, or of what is free to them.
_FAMILIES = re.compile(r"\b(?:parents?|famil(?:y|ies)|carers?|free|charge|charged|no cost)\b")
# "what's ...", "what was ...": a question asking what something is, or was.
_WHAT_IS = re.compile(r"(?:what is|what was|what were|whats|what s) ")
_A_PERCENTAGE = re.compile(r"\b(?:percentage|percent)\b")


# Words that say which of a thing, not what it is: "the new inspection regime" asks about the
# one the department brought in, which a fact describing it answers.
_WHICH_ONE = frozenset({"new", "current", "latest", "recent", "strengthen", "revised", "updated"})


def _describes(question: Question, fact: FactProfile, subject_terms: frozenset[str]) -> bool:
    """'what is the new inspection regime' of a fact whose own words name the whole of it and
    say what it is ("a strengthened local authority inspection regime between Ofsted and the
    CQC"), though its curated questions ask no definition."""
    if question.intent is not Intent.DEFINITION or subject_terms.isdisjoint(_WHICH_ONE):
        return False  # "what is a special free school" asks what the term means
    named = subject_terms - _WHICH_ONE
    return len(named) > 1 and named <= fact.own_terms


def _only_past_dates(question: Question, fact: FactProfile) -> str | None:
    """'when will the task and finish group report?' of a fact dating only when the group was
    set up (or when the written answer was given): not when the report comes."""
    if question.intent is not Intent.DATE or not fact.dates:
        return None
    if not all(role in PAST_ROLES for role, _ in fact.dates):
        return None
    if not _TO_COME.search(" ".join(question.words)):
        return None
    role, day = fact.dates[0]
    return f"{SOURCE} gives when it was {role} ({day}), not when it will report or publish."


def _missing_role(question: Question, fact: FactProfile) -> str | None:
    """'completed' is not 'registered', 'needed' not 'to be trained', 'in total' not 'new'."""
    if question.role == "dropped out" and "dropped out" not in fact.count_roles:
        return f"{SOURCE} gives {the_figure(fact)}, not how many did not finish."
    if question.role == "completed" and fact.count_roles and not fact.count_roles & DONE_ROLES:
        done = _role_words(fact.count_roles)
        if not _counts_people(fact):
            if fact.count_roles & OPEN_ROLES:
                if not fact.period:
                    return None  # a school completed is a school opened
                # ... but those opened in one period are not all that have been completed.
                return (
                    f"{SOURCE} gives the number {done} {fact.period}, not how many have been "
                    "completed in all."
                )
            return f"{SOURCE} gives the number {done}, not the number completed."
        return f"{SOURCE} gives the number {done}, not the number who completed it."
    if question.role == "needed" and "needed" not in fact.count_roles:
        return f"{SOURCE} gives the number of {fact.main_label}, not how many are needed."
    if question.role == "opened" and fact.count_roles and not fact.count_roles & OPEN_ROLES:
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done}, not the number opened."
    if question.role == "total" and fact.count_roles and fact.count_roles <= FLOW_ROLES:
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done}, not how many there are in total."
    return None


# For a count asked by how it came about, the roles that come nearest: a school "completed" is
# one opened before it is one approved.
NEAR_ROLES = {
    "completed": DONE_ROLES | OPEN_ROLES | {"undertaken"},
    "opened": OPEN_ROLES | DONE_ROLES | {"undertaken"},
}


def nearest_role(question: Question, fact: FactProfile) -> bool:
    """The fact counts what was asked, or the nearest thing to it the source gives."""
    near = NEAR_ROLES.get(question.role or "")
    return bool(near and fact.count_roles & near)


_AFTER_WORDS = frozenset({"after", "beyond", "post", "past"})
_AFTER_YEAR = re.compile(r"\b(?:after|beyond|post|past) (?:(\w+) )?((?:19|20)\d{2})\b")


def _after_its_end(question: Question, fact: FactProfile) -> str | None:
    """ "after 2025", asked of a fact whose dates end in 2025 ("between 2022 and 2025"): the
    year it runs to, which the question asks beyond. Or "after March 2025" (or "after 2025")
    of one that runs until March 2025: that date."""
    found = _AFTER_YEAR.search(" ".join(question.words))
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


def _only_compared_with(question: Question, fact: FactProfile) -> str | None:
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
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBER_WORDS |= {"nine": 9, "ten": 10}


def _years_before(question: Question, fact: FactProfile) -> str | None:
    """ "how much was high needs funding five years ago", of £10.5 billion in 2024/25 said in
    February 2024: the fact's figures are of its own time, none of them years before it. Read
    against the written answer's date, as its own "over five years" is; a rise over those years
    is another matter ("how much bigger than five years ago")."""
    found = _YEARS_AGO.match(str(question.period))
    if found is None or question.change:
        return None
    back = 10 if found[1] is None else _NUMBER_WORDS.get(found[1]) or int(found[1])
    if min(int(year[:4]) for year in fact.own_years) > fact.as_of_year - back:
        years = " and ".join(sorted(_said_number(year) for year in fact.own_years))
        before = found[0].removesuffix(" ago")
        return f"{SOURCE} speaks of {years}, not of {before} before then."
    return None


def _other_period(question: Question, fact: FactProfile) -> bool:
    """'last year' is not 'this academic year'. Only a fact that says which period its figure
    covers can be compared: '2024-25' may well be 'next year' to the asker."""
    asked = question.period
    if not asked or not fact.period or fact.period in question.text:
        return False
    # "how much bigger than five years ago" is answered by a rise "over five years".
    ago = re.match(r"(\w+) years? ago", asked)
    return not (question.change and ago and f"{ago.group(1)} years" in fact.period)


# "who is doing the PINS evaluation", "who's running it": who carries something out, which only
# a fact naming someone answers (not one saying that it is under way).
_WHO_CARRIES_OUT = re.compile(
    r"\bwho (?:is|s|are|will be) (?!\w+ing (?:the )?(?:answer|question|reply))\w+ing\b"
)
# The kinds of question a request for names or places can be: "who is on it", "which ones".
NAME_INTENTS = frozenset({Intent.NAMED_LIST, Intent.PERSON, Intent.OTHER})
PLACE_INTENTS = frozenset({Intent.NAMED_LIST, Intent.PLACE})
STEM = 5  # letters enough to match "special" with "specialist", "psychologists" with "psychology"


def _about_it(topic: Sequence[str], text: str) -> bool:
    """The fact's own words share a stem with a word of the topic asked about."""
    stems = {word[:STEM] for word in text.split() if len(word) >= STEM}
    return any(word[:STEM] in stems for word in topic if len(word) >= STEM) or not any(
        len(word) >= STEM for word in topic
    )


def _gives_names(question: Question, fact: FactProfile) -> bool:
    """A name the question does not itself say: "the Neurodivergence Task and Finish Group"
    names the group asked about, not who is on it."""
    asked = set(question.words)
    return any(not name <= asked for name in fact.names)


def _names_an_example(fact: FactProfile) -> bool:
    """The fact names one of many by "including" and a proper name: "including Bedford"."""
    found = _INCLUDING.search(fact.text)
    return found is not None and any(found[1] in name for name in fact.names)


def _covers(fact: FactProfile, place: str) -> bool:
    name = place.lower().removeprefix("the ")
    return name in fact.places or name in fact.place.lower()


def _counts_people(fact: FactProfile) -> bool:
    return not PEOPLE_WORDS.isdisjoint(words(fact.main_label))


# A budget named by the whole field: "the education budget" is all of it, which a fact on
# part of it ("Special Educational Needs" in a plan's name) does not name.
WHOLE_BUDGET_TERMS = frozenset({"education"})


def _names_kind(fact: FactProfile, term: str, phrase: str) -> bool:
    """The fact names this kind of funding, training or budget; or, for funding or training,
    the written answer it is from does ("EP funding" in an answer on EPs). A budget is named
    by the fact itself: the "schools budget" is not any budget an answer on schools gives."""
    if term in WHOLE_BUDGET_TERMS and phrase.lower().endswith("budget"):
        # "the education budget" is all of it: named only by a fact whose money is that
        return term in fact.budget_terms
    if term in fact.own_terms:
        return True
    if term in fact.topic_terms and not phrase.lower().endswith("budget"):
        return True
    # "trust" of "Autism Education Trust", which a synonym folds into one term; and a word
    # cut short ("autism awarenes training") of the fact's whole one.
    if term in fact.other_stems:
        return True
    whole = fact.own_terms | fact.other_stems
    return len(term) >= STEM and any(word.startswith(term) for word in whole)


def _asks_each(said: Sequence[str]) -> bool:
    """ "per school", "each year"; not "per the November answer", which says whose words."""
    if DISTRIBUTIVE.isdisjoint(said):
        return False  # most questions
    return any(
        word in DISTRIBUTIVE and not (word == "per" and following == "the")
        for word, following in zip(said, (*said[1:], ""), strict=True)
    )


def _missing_period(period: str, fact: FactProfile) -> str:
    asked = f"under {period}" if "government" in period and "under" not in period else period
    if fact.main_label:
        return f"{SOURCE} gives {the_figure(fact)}, not {asked}."
    return f"{SOURCE} doesn't give a figure for {asked}."


def _missing_unit(
    question: Question, fact: FactProfile, subject_terms: frozenset[str]
) -> str | None:
    """'How many places ...' is not answered by a count of schools, nor 'how many teachers'
    by a count of professionals, nor 'how many were bad' by how many were published."""
    if question.grade and question.grade not in fact.text:
        return f"{SOURCE} gives {the_figure(fact)}, not how many were {question.grade}."
    return counts_another_thing(question, fact, subject_terms)


def counts_another_thing(
    question: Question, fact: FactProfile, subject_terms: frozenset[str]
) -> str | None:
    """The fact counts something other than what the question counts (`subject_terms`):
    schools, not places. Said as what the fact gives instead; None when it counts that."""
    if not subject_terms or not subject_terms.isdisjoint(fact.count_terms):
        return None
    # "people", "kids", "staff" are whoever the fact counts; "teachers" are not "professionals".
    if _counts_people(fact) and subject_terms & (PEOPLE_TERMS | (ROLE_TERMS & fact.label_terms)):
        return None  # "how many SENCOs" of "practitioners registered for SENCO training"
    if subject_terms & AREA_TERMS and (fact.count_terms | fact.own_terms) & AREA_TERMS:
        return None
    return f"{SOURCE} gives {the_figure(fact)}, not a number of {question.subject}."


def has_year(fact_terms: frozenset[str], year: str) -> bool:
    """'2024' is in a fact about 2024/25; '2025_26' is not in one about 2024/25."""
    if year in fact_terms:
        return True
    return "_" not in year and any(term.startswith(year) for term in fact_terms)


def _role_words(roles: frozenset[str]) -> str:
    return " or ".join(sorted(ROLE_WORDS.get(role, role) for role in roles))


def _after(
    raw_words: Sequence[str], markers: frozenset[str], written: dict[str, str]
) -> str | None:
    """The whole noun after "each" or "per": "each educational psychologist", not "each
    educational"."""
    for position, word in enumerate(raw_words[:-1]):
        if word in markers:
            unit: list[str] = []
            for following in raw_words[position + 1 :]:
                if following in _UNIT_END:
                    break
                unit.append(written.get(following, following))
            return " ".join(unit[:4]) or None
    return None


# The sentence for each kind of detail a fact does not give, made only for the kind asked:
# built for every candidate a question has, so never all of them at once.
_DETAIL_SENTENCES: dict[Intent, Callable[[Question], str]] = {
    Intent.COUNT: lambda question: (
        f"{SOURCE} doesn't give a number of {_subject(question, 'those')}."
    ),
    Intent.AMOUNT: lambda question: f"{SOURCE} doesn't give an amount for that.",
    Intent.PERCENT: lambda question: f"{SOURCE} doesn't give a percentage or share for that.",
    Intent.DATE: lambda question: f"{SOURCE} doesn't give a date for that.",
    Intent.PERSON: lambda question: f"{SOURCE} doesn't name the person.",
    Intent.ASKER: lambda question: f"{SOURCE} doesn't say who asked the question.",
    Intent.PLACE: lambda question: f"{SOURCE} doesn't say where.",
    Intent.NAMED_LIST: lambda question: (
        f"{SOURCE} doesn't name the {_subject(question, 'ones it counts')}."
    ),
    Intent.COST: lambda question: (
        f"{SOURCE} doesn't give a cost to families, schools or anyone else."
    ),
    Intent.OUTCOME: lambda question: (
        f"{SOURCE} doesn't report results or judge whether it is working; it says what is "
        "being done."
    ),
    Intent.DEFINITION: lambda question: (
        f"{SOURCE} doesn't explain what {_subject(question, 'that')} is or stands for."
    ),
    Intent.ELIGIBILITY: lambda question: f"{SOURCE} doesn't say who is eligible.",
    Intent.CASE: lambda question: (
        f"{SOURCE} can't say what will happen in any one person's case; "
        "it speaks for England as a whole."
    ),
    Intent.REASON: lambda question: f"{SOURCE} doesn't say why.",
    Intent.METHOD: lambda question: (
        f"{SOURCE} doesn't say how that is done or decided."
        if question.text.startswith("how") or " how " in question.text
        else f"{SOURCE} doesn't say what brought it about."
    ),
    Intent.OPINION: lambda question: (
        f"{SOURCE} gives the department's account, not anyone's opinion of it."
    ),
    Intent.JUDGEMENT: lambda question: (
        f"{SOURCE} doesn't make that judgement; it says what the department is doing and spending."
    ),
    Intent.REQUIRED: lambda question: f"{SOURCE} doesn't say whether it is required or optional.",
    Intent.PAY: lambda question: f"{SOURCE} doesn't say what anyone is paid.",
    Intent.DIFFERENCE: lambda question: (
        # "how many dropped out vs finished": figures to set side by side, not an explanation
        f"{SOURCE} doesn't give a figure for each to compare."
        if question.text.startswith(("how many", "how much"))
        else f"{SOURCE} doesn't compare them or explain the difference."
    ),
    Intent.PREDICTION: lambda question: (
        f"{SOURCE} doesn't say what will happen next; it reports what has been done and planned."
    ),
}


def _missing_detail(question: Question, fact: FactProfile) -> str:
    intent = question.intent
    if intent is Intent.END:
        started = [(role, day) for role, day in fact.dates if role not in END_ROLES]
        if started:
            role, day = started[0]
            verb = "a start date" if role == "starts" else f"when it was {role}"
            if not role:
                verb = "a date"
            return f"{SOURCE} gives {verb} ({day}), not when it ends or any deadline."
        return f"{SOURCE} doesn't give an end date or deadline for that."
    if intent is Intent.START:
        ends = [day for role, day in fact.dates if role in END_ROLES]
        if ends:
            return f"{SOURCE} gives when it runs until ({ends[0]}), not when it started."
        # "when does it come into force?" of a fact dating its announcement
        other = [(role, day) for role, day in fact.dates if role and role not in START_ROLES]
        if other:
            role, day = other[0]
            return f"{SOURCE} gives when it was {role} ({day}), not when it starts."
        return f"{SOURCE} doesn't say when that started."
    sentence = _DETAIL_SENTENCES.get(intent)
    return sentence(question) if sentence else f"{SOURCE} doesn't say that."
