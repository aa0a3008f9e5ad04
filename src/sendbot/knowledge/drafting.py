"""Draft the fields of one fact (statement, figures, questions, tags, id) from a claim.

Everything here is made of the claim's own words: the statement is its quote tidied (white
space, typographic quotes, a capital and a full stop), labels and questions reuse words next to
each figure, and figures are those `extract_figures` finds in the quote. Nothing adds a number,
but for one: where the sentence says its figure's period only relative to the answer's date
("next year"), the measured figure's label names the period read (as the draft's `period` does),
so that a question asking for that year finds the figure in the draft's words.
Drafts are for a person to review; the templates are simple on purpose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import pairwise

from sendbot.knowledge.changes import Change, change_in
from sendbot.knowledge.drafted_measure import (
    DraftedMeasure,
    amount_named,
    draft_measure,
    figure_period,
    figure_span,
    restated_amount,
)
from sendbot.knowledge.figures import (
    MONTH_NAME_BY_NUMBER,
    MONTHS,
    NUMBER_WORDS,
    SCALES,
    FoundFigure,
    age_figures,
    extract_figures,
    is_day_of_a_month,
)
from sendbot.knowledge.figures import unbacked_figures as figures_not_in
from sendbot.knowledge.model import Fact, Figure, FigureKind
from sendbot.knowledge.sentences import Claim
from sendbot.knowledge.verbatim import fold

MAX_STATEMENT = 300
MAX_LABEL = 120
MAX_UNIT = 60
MAX_QUESTION = 200
MAX_FIGURES = 20
MAX_ID = 60
ID_WORDS = 5
KEYWORD_WORDS = 6
ELLIPSIS = "..."  # ASCII, as fold() would make it anyway

# extract_figures knows more qualifiers than a knowledge file accepts; these are the nearest.
QUALIFIER_FOR_FILE = {
    "more than": "more than",
    "over": "over",
    "up to": "up to",
    "at least": "at least",
    "almost": "almost",
    "nearly": "nearly",
    "around": "about",
    "about": "about",
    "approximately": "about",
    "under": "under",
    "fewer than": "under",
    "less than": "under",
}
QUALIFIER_WORDS = {word for qualifier in QUALIFIER_FOR_FILE for word in qualifier.split()}

CONJUNCTIONS = {"and", "or", "but", "which", "who", "that", "where", "while", "so"}
# A date's phrase ends where a comparison starts: "in the 2023/24 financial year [compared to
# 2022/23]" labels 2023/24 by its year, and "compared" is the role of the year after it.
DATE_PHRASE_STOPS = CONJUNCTIONS | {"compared", "than", "versus", "vs"}
PREPOSITIONS = {
    "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "across", "through",
    "since", "until", "between", "per", "as", "than", "within", "over", "under", "up",
}  # fmt: skip
AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would"}
FILLERS = {"a", "an", "the", "this", "these", "its", "their", "also", "alone", "further", "more"}
UNIT_FILLERS = FILLERS | {"new", "additional", "extra", "other"}
STOPWORDS = (
    CONJUNCTIONS | PREPOSITIONS | AUXILIARIES | FILLERS
    | {"department", "departments", "it", "they", "them", "all", "to", "made", "ensure"}
    | set(NUMBER_WORDS) | set(MONTHS) | set(SCALES)
)  # fmt: skip

# Simple keyword -> tag table; a reviewer adds the rest.
TAG_KEYWORDS: dict[str, re.Pattern[str]] = {
    tag: re.compile(pattern, re.IGNORECASE)
    for tag, pattern in {
        "special-schools": r"\bspecial (?:free )?schools?\b",
        "free-schools": r"\bfree schools?\b",
        "alternative-provision": r"\balternative provision\b|(?-i:\bAP\b)",
        "funding": r"£|\bfunding\b|\bbudget\b|\bgrant\b",
        "high-needs": r"\bhigh needs\b",
        "places": r"\bplaces\b",
        "training": r"\btraining\b|\bqualification\b",
        "autism": r"\bautis(?:m|tic)\b",
        "neurodiversity": r"\bneurodivers",
        "teachers": r"\bteachers?\b",
        "early-years": r"\bearly years\b",
        "senco": r"\bspecial educational needs co-?ordinators?\b|\bsendcos?\b|\bsencos?\b",
        "educational-psychologists": r"\bpsychologists?\b",
        "supported-internships": r"\bsupported internships?\b",
        "ehcp": r"\beducation, health and care plans?\b|\behc ?plans?\b|\behcps?\b",
        "inspection": r"\binspections?\b|\bofsted\b",
        "local-authorities": r"\blocal authorit(?:y|ies)\b",
    }.items()
}

# A quoted name ("'Partnerships for ... Schools'") is one token; otherwise runs of non-space.
_TOKEN = re.compile(r"[\u2018\u201c][^\u2019\u201d]+[\u2019\u201d]|'[^'\s][^']*'(?=\W|$)|\S+")
_EDGE_PUNCTUATION = ",;:.!?()[]"
_CLAUSE_END = re.compile(r"[,;:.!?)]$")
_WORD = re.compile(r"[a-z0-9]+")
# A link in an answer ("available on Contracts Finder here: https://...") holds digits that
# are no figures and words that make no id.
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.text.strip(_EDGE_PUNCTUATION).lower()


def draft_fact(claim: Claim, *, source_id: str, as_of: dt.date) -> Fact:
    """A fact for one claim. Its id may clash with another's; the caller makes ids unique."""
    found = own_figures(claim)
    # The figures of the clause the claim reports first: its measured figure is the
    # clause's ("£440 million"), not one of the phrase that opens the sentence.
    found = sorted(found, key=lambda figure: figure.start < claim.clause_start)[:MAX_FIGURES]
    change = change_in(claim.quote, found)
    if change is not None:
        found = _reached_first(found, change)
    figures = tuple(_figure(claim.quote, figure, found, change) for figure in found)
    figures = _apposed_named(claim.quote, found, figures)
    drafted = draft_measure(claim.quote, found, as_of)
    figures = _period_named(figures, drafted)
    return Fact(
        id=_fact_id(claim, found, change),
        statement=draft_statement(claim, found),
        quote=claim.quote,
        questions=tuple(_questions(claim, found, figures, change, as_of)),
        as_of=as_of,
        source_id=source_id,
        tags=tuple(tag for tag, pattern in TAG_KEYWORDS.items() if pattern.search(claim.quote)),
        figures=figures,
        measure=drafted.measure,
        period=drafted.period,
    )


def _period_named(figures: tuple[Figure, ...], drafted: DraftedMeasure) -> tuple[Figure, ...]:
    """The figures, the measured one (the first that is not a date) labelled with a period
    its sentence does not write (`DraftedMeasure.label`), cut to leave the period whole."""
    for position, figure in enumerate(figures):
        if figure.kind is not FigureKind.DATE:
            room = MAX_LABEL - (len(drafted.label(figure.label)) - len(figure.label))
            label = drafted.label(_clip(figure.label, room))
            return (*figures[:position], replace(figure, label=label), *figures[position + 1 :])
    return figures


def _reached_first(found: list[FoundFigure], change: Change) -> list[FoundFigure]:
    """The figures with the level a change reached (or its subject stands at) first of those
    that are not dates: the fact's measured figure is then what the sentence reports."""
    rest = [figure for figure in found if figure != change.reached]
    at = next((i for i, figure in enumerate(rest) if figure.kind is not FigureKind.DATE), len(rest))
    return [*rest[:at], change.reached, *rest[at:]]


def own_figures(claim: Claim) -> list[FoundFigure]:
    """The figures of the claim's focus, found in the whole quote as `kb check` finds them."""
    links = [link.span() for link in _LINK.finditer(claim.quote)]
    found = extract_figures(claim.quote)
    ages = age_figures(claim.quote, found)  # "aged 16", "aged 16-24": who, not how many
    return [
        figure
        for figure in found
        if figure not in ages
        and claim.focus_start <= figure.start
        and figure.end <= claim.focus_end
        and not any(start < figure.end and figure.start < end for start, end in links)
        and not is_day_of_a_month(claim.quote, figure)  # "on 11 June": no count to ask of
    ]


# --- statement ---------------------------------------------------------------------------


def draft_statement(claim: Claim, found: Sequence[FoundFigure]) -> str:
    """The claim's core (its quote up to a sentence that says a thing of its own) as a tidy
    sentence; if too long, its own sentence, then that shortened, or its focus."""
    own = claim.quote[: claim.focus_end]
    for text in (claim.core, own):
        statement = _as_sentence(text, claim.quote)
        if len(statement) <= MAX_STATEMENT:
            return statement
    if claim.focus_start == 0:
        keep_until = max((figure.end for figure in found), default=0)
        return _as_sentence(_shorten(own, keep_until, claim.quote), claim.quote)
    focus = ELLIPSIS + claim.focus
    return _as_sentence(_shorten(focus, len(focus), claim.quote), claim.quote)


def _as_sentence(text: str, quote: str) -> str:
    """Tidy white space and quotes, capitalise, end with a full stop; never change a figure."""
    for tidy in (fold(text), " ".join(text.split())):
        sentence = tidy.rstrip(",;: ")
        sentence = sentence[:1].upper() + sentence[1:]
        if not sentence.endswith((".", "!", "?", ELLIPSIS)):
            sentence += "."
        # NFKC can turn a character into digits (a vulgar fraction); keep the raw text then.
        if not figures_not_in(sentence, quote):
            return sentence
    return sentence


def _shorten(text: str, keep_until: int, quote: str) -> str:
    """Cut at the last clause break after `keep_until` that fits, else at a word; add '...'.

    The last, not the first: a statement cut at its first comma ("Over the last year...")
    tells a reader nothing and shares no words with what they ask."""
    if len(text) < MAX_STATEMENT:
        return text
    limit = MAX_STATEMENT - 2  # room for the ellipsis
    breaks = [match.start() for match in re.finditer(r"[,;] ", text) if match.start() <= limit]
    after_figures = [position for position in breaks if position >= keep_until]
    cut = after_figures[-1] if after_figures else text.rfind(" ", 0, limit)
    while cut > 0 and figures_not_in(text[:cut], quote):
        cut = text.rfind(" ", 0, cut)  # never leave half a figure ("£10.5" of "£10.5 billion")
    return text[: max(cut, 0)].rstrip(",; ") + ELLIPSIS


# --- figures -----------------------------------------------------------------------------


def _figure(
    quote: str, figure: FoundFigure, found: Sequence[FoundFigure], change: Change | None = None
) -> Figure:
    after = _words_after(quote, figure, found)
    unit = _trim(after, leading=UNIT_FILLERS) if figure.kind is FigureKind.COUNT else []
    qualifier = None if _links_figures(quote, figure, found) else figure.qualifier
    label = figure_label(quote, figure, found)
    named = amount_named(quote, restated_amount(quote, figure) or figure)
    if named and not set(keywords(named.removeprefix("total "))) <= set(keywords(label)):
        # "Total high needs funding for children ... is over £12 billion": the words beside
        # the figure ("is") do not say what it is an amount of; its funding phrase does.
        said = len(set(keywords(label)) - set(keywords(named))) >= 2  # "England will total"
        label = f"{named}, {label}" if said else named
    if change is not None and figure in (change.reached, change.baseline):
        # "The number of children ... has increased from 115,000 to 200,000": both figures
        # are of the subject, far before them; the words beside them say nothing of it.
        label = change.named if figure == change.reached else f"earlier {change.named}"
        counted = change.counted if figure.kind is FigureKind.COUNT else None
        unit = _head_noun(counted) if counted else unit
    return Figure(
        value=figure.value,
        kind=figure.kind,
        label=_clip(label, MAX_LABEL),
        unit=_clip(" ".join(unit), MAX_UNIT) or None,
        qualifier=QUALIFIER_FOR_FILE.get(qualifier or ""),
    )


# "£440 million, or 4.3%": the percentage says the amount again, as a share.
_APPOSED = re.compile(r"\s*,?\s+or\s+")


def _apposed_named(
    quote: str, found: Sequence[FoundFigure], figures: tuple[Figure, ...]
) -> tuple[Figure, ...]:
    """A percentage that restates the amount before it ("a further £440 million, or 4.3%")
    labelled as that amount's percentage, not with the empty words beside it."""
    labelled = list(figures)
    for at, (one, other) in enumerate(pairwise(found), start=1):
        apposed = _APPOSED.fullmatch(quote[one.end : other.start])
        if apposed and one.kind is FigureKind.MONEY and other.kind is FigureKind.PERCENT:
            label = _clip(f"percentage {figures[at - 1].label}", MAX_LABEL)
            labelled[at] = replace(figures[at], label=label)
    return tuple(labelled)


def _apposed_amount(
    quote: str, figure: FoundFigure, found: Sequence[FoundFigure]
) -> FoundFigure | None:
    """The amount a percentage restates ("a further £440 million, or 4.3%"), or None."""
    if figure.kind is not FigureKind.PERCENT:
        return None
    before = [other for other in found if other.end <= figure.start]
    one = max(before, key=lambda other: other.end, default=None)
    if one is None or one.kind is not FigureKind.MONEY:
        return None
    return one if _APPOSED.fullmatch(quote[one.end : figure.start]) else None


def _head_noun(phrase: str) -> list[str]:
    """The words of a noun phrase before its first preposition: "children" of "children in
    all types of special schools", "education, health and care plans" whole."""
    words: list[str] = []
    for word in phrase.split():
        if word.lower() in PREPOSITIONS or word.lower() in {"which", "who", "that"}:
            break
        words.append(word)
    return words


def _links_figures(quote: str, figure: FoundFigure, found: Sequence[FoundFigure]) -> bool:
    """Whether a figure's "over" joins it to the figure before ("60% over five years"): a
    preposition there, not "more than", so the figure must not be drafted as a minimum."""
    if figure.qualifier != "over":
        return False
    ends = [other.end for other in found if other.end <= figure.start]
    gap = quote[max(ends) : figure.start] if ends else None
    return gap is not None and re.fullmatch(r"\s*(?:over\s*)?", gap, re.IGNORECASE) is not None


def figure_label(quote: str, figure: FoundFigure, found: Sequence[FoundFigure]) -> str:
    """The words next to a figure in its clause ("department has opened new special schools").

    A date that opens a sentence ("In May 2022, the department launched ...") is labelled by
    the clause after it; any other date by the words before it ("Spring Budget 2023").
    """
    before = _trim(_words_before(quote, figure, found), leading=FILLERS, trailing=FILLERS)
    after = _words_after(quote, figure, found)
    if figure.kind is FigureKind.DATE:
        opens_sentence = quote[figure.end :].startswith(",")
        words = after if opens_sentence or not _trim(before, leading=PREPOSITIONS) else before
    else:
        words = [*before, *after]
    words = _trim(words, leading=FILLERS | PREPOSITIONS, trailing=PREPOSITIONS | FILLERS)
    return _clip(" ".join(words), MAX_LABEL) or _DEFAULT_LABEL[figure.kind]


_DEFAULT_LABEL = {
    FigureKind.COUNT: "number",
    FigureKind.MONEY: "amount",
    FigureKind.PERCENT: "percentage",
    FigureKind.DATE: "date",
}


def _words_before(quote: str, figure: FoundFigure, found: Sequence[FoundFigure]) -> list[str]:
    """Up to six words before the figure, stopping at punctuation, a conjunction or a figure
    (six, not four: "all special schools will receive a 3.4% increase" keeps "special")."""
    words: list[str] = []
    tokens = list(_tokens(quote[: figure.start]))
    for token in _without_qualifier(tokens, figure.qualifier)[::-1]:
        if _CLAUSE_END.search(token.text) or token.word in CONJUNCTIONS:
            break
        if _overlaps(token, found, 0) or len(words) == 6:
            break
        words.insert(0, fold(token.text.strip(_EDGE_PUNCTUATION)))
    return words


def _words_after(quote: str, figure: FoundFigure, found: Sequence[FoundFigure]) -> list[str]:
    """The phrase after a figure: its noun ("15 new special schools"), name ("£70 million
    Change Programme") or purpose ("£3 million to pilot ..."); for a date that opens a
    sentence, the start of the clause after its comma, passing over other figures.
    """
    rest = quote[figure.end :]
    is_date = figure.kind is FigureKind.DATE
    if is_date and rest.startswith(","):
        rest = rest[1:]
    elif not rest or rest[0] in ",;:.!?)":
        return []
    offset = len(quote) - len(rest)
    most = 6 if is_date else 5
    stop = DATE_PHRASE_STOPS if is_date else PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | {"made"}
    words: list[str] = []
    for token in _tokens(rest):
        if _overlaps(token, found, offset):
            if is_date:
                continue  # "the department launched a [£70 million] Change Programme"
            break
        purpose = token.word == "to" and not words
        if token.word in stop and not purpose:
            break
        if words and not is_date and token.text.islower() and token.word.endswith("ed"):
            break  # "23 inspection reports [published]": the verb starts another phrase
        if purpose:
            stop = CONJUNCTIONS  # a purpose runs on through its prepositions
        words.append(fold(token.text.strip(_EDGE_PUNCTUATION)))
        if _CLAUSE_END.search(token.text) or len(words) == most:
            break
    return _trim(words, trailing=PREPOSITIONS | FILLERS)


def _without_qualifier(tokens: list[_Token], qualifier: str | None) -> list[_Token]:
    """Drop "over" / "up to" left before a figure whose span does not include its qualifier."""
    size = len(qualifier.split()) if qualifier else 0
    if size and [token.word for token in tokens[-size:]] == (qualifier or "").split():
        return tokens[:-size]
    return tokens


def _tokens(text: str) -> Iterator[_Token]:
    for match in _TOKEN.finditer(text):
        yield _Token(match.group(), match.start(), match.end())


def _overlaps(token: _Token, found: Sequence[FoundFigure], offset: int) -> bool:
    start, end = token.start + offset, token.end + offset
    return any(start < figure.end and figure.start < end for figure in found)


def _trim(
    words: list[str],
    *,
    leading: AbstractSet[str] = frozenset(),
    trailing: AbstractSet[str] = frozenset(),
) -> list[str]:
    start, end = 0, len(words)
    while start < end and words[start].lower() in leading:
        start += 1
    while end > start and words[end - 1].lower() in trailing:
        end -= 1
    return words[start:end]


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space where there is one."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    return text[: space if space > 0 else limit].rstrip()


# --- questions, id -----------------------------------------------------------------------


def _questions(
    claim: Claim,
    found: Sequence[FoundFigure],
    figures: Sequence[Figure],
    change: Change | None = None,
    as_of: dt.date | None = None,
) -> Iterator[str]:
    seen: set[str] = set()
    for question in (
        *(_change_question(change, f) if change else None for f in found),
        *(
            asked
            for f, figure in zip(found, figures, strict=True)
            if not change or f not in (change.reached, change.baseline)
            for asked in _with_other_wordings(
                _figure_question(_said_in(claim, f), f, figure, found, as_of)
            )
        ),
        *(
            asked
            for f, figure in zip(found, figures, strict=True)
            for asked in _planned_questions(claim.quote, f, figure)
        ),
        " ".join(
            keywords(claim.quote[claim.clause_start or claim.focus_start : claim.focus_end])[
                :KEYWORD_WORDS
            ]
        ),
    ):
        if question and question not in seen and len(question) <= MAX_QUESTION:
            seen.add(question)
            yield question
    if not seen:
        yield " ".join(fold(claim.focus).lower().split()[:KEYWORD_WORDS])


# "how much is the increase in high needs funding in 2025/26?": the sum added.
_INCREASE_ASKED = re.compile(r"^how much is the increase in (?P<of>.+)\?$")
# "over five years" in a question, asked as "over 5 years" too: the matcher reads the two apart.
_SPELT_YEARS = re.compile(r"\b(?P<number>two|three|four|five|six|seven|eight|nine|ten) years\b")


def _with_other_wordings(question: str | None) -> tuple[str | None, ...]:
    """A figure question, then the same asked as people also ask it: an increase as a sum
    added ("how much extra high needs funding in 2025/26?"), as an increase's draft that never
    says "extra" leaves that word to whichever fact's words happen to say it (a total's "this
    extra funding will help ..."); a span of years in digits ("over 5 years")."""
    if question is None:
        return (question,)
    asked = _INCREASE_ASKED.match(question)
    added = f"how much extra {asked['of']}?" if asked else None
    spelt = _SPELT_YEARS.search(question)
    digits = (
        _SPELT_YEARS.sub(lambda found: f"{NUMBER_WORDS[found['number']]} years", question)
        if spelt
        else None
    )
    return tuple(dict.fromkeys(filter(None, (question, added, digits))))


# "confirmed plans for 15 additional special free schools": a count of what is planned.
_PLANS_FOR = re.compile(r"\bplans?\s+(?:for|to\s+(?:open|build|create|deliver))\s+$", re.IGNORECASE)
# Words saying a count is of more ("additional special free schools"): asked as "new" ones.
_MORE_WORDS = {"additional", "further", "more", "extra"}


def _planned_questions(quote: str, found: FoundFigure, figure: Figure) -> tuple[str, ...]:
    """For a count of what plans are for, the question of how many are planned, and of how
    many new ones when the sentence counts them as more ("how many new special free schools
    are planned?"): its own words ("confirmed plans for") say no "planned" a reader asks."""
    if figure.kind is not FigureKind.COUNT or not figure.unit or figure.value == 1:
        return ()
    if not _PLANS_FOR.search(quote[: found.start]):
        return ()
    unit = figure.unit.lower()
    after = quote[found.end :].split()
    more = bool(after) and after[0].lower() in _MORE_WORDS
    return (
        f"how many {after[0].lower()} {unit} are planned?"
        if more
        else f"how many {unit} are planned?",
        *((f"how many new {unit} are planned?",) if more else ()),
    )


def _said_in(claim: Claim, figure: FoundFigure) -> str:
    """The text a figure is asked of: the claim's quote, or for a figure of the phrase that
    opens it, that phrase alone (its question is not made of the clause's words)."""
    return claim.quote[: claim.clause_start] if figure.start < claim.clause_start else claim.quote


def _change_question(change: Change, figure: FoundFigure) -> str | None:
    """What a reader asks of the level a change reached: "how many children in all types of
    special schools?", "how much is high needs funding?"."""
    if figure != change.reached:
        return None
    if figure.kind is FigureKind.COUNT:
        return f"how many {change.counted}?" if change.counted else None
    if figure.kind is FigureKind.MONEY:
        return f"how much is {change.named}?"
    if figure.kind is FigureKind.PERCENT:
        return f"what percentage is {change.named}?"
    return None


def _figure_question(
    quote: str,
    found: FoundFigure,
    figure: Figure,
    all_found: Sequence[FoundFigure],
    as_of: dt.date | None = None,
) -> str | None:
    """'how many <unit>?', 'how much is the <funding> in <period>?', 'how much funding
    <purpose>?', 'what percentage ...', 'when ...?'."""
    if figure.kind is FigureKind.COUNT:
        return f"how many {figure.unit}?" if figure.unit and figure.value != 1 else None
    # A sentence restating the change before it ("This is an increase of 10.6%") is asked
    # of what that change is of, in its year.
    # So is a percentage restating the amount before it ("£440 million, or 4.3%, in
    # 2024/25"): asked without its year, it took every question of any percentage rise.
    of = restated_amount(quote, found) or _apposed_amount(quote, found, all_found) or found
    named = amount_named(quote, of)
    if named and figure.kind in {FigureKind.MONEY, FigureKind.PERCENT}:
        # The year keeps two answers' figures of one funding apart: a question both drafts
        # would ask ("how much is the high needs funding?") stays with the older draft only.
        period = figure_period(quote, of, as_of) if as_of else None
        # Over a span ("60% over five years"), asked over it: no year is the figure's.
        when = f" in {period}" if period else f" {figure_span(quote, of) or ''}".rstrip()
        asked = "how much is the" if figure.kind is FigureKind.MONEY else "what percentage is the"
        return f"{asked} {named.removeprefix('total ')}{when}?"
    if figure.kind is FigureKind.MONEY:
        after = " ".join(_words_after(quote, found, all_found))
        if not after:
            return f"how much {' '.join(keywords(quote)[:KEYWORD_WORDS])}?"
        return (
            f"how much funding {after}?" if after.startswith("to ") else f"how much is the {after}?"
        )
    if figure.label in _DEFAULT_LABEL.values():
        return None
    if figure.kind is FigureKind.PERCENT:
        return f"what percentage {figure.label.removeprefix('percentage ')}?"
    # "the total 2024/25 budget" labels its year "total": "when total?" asks nothing.
    return f"when {figure.label}?" if len(keywords(figure.label)) >= 2 else None


# How a drafted figure question opens, and the kind of figure it asks for.
_FIGURE_ASKS: tuple[tuple[str, FigureKind], ...] = (
    ("how many ", FigureKind.COUNT),
    ("how much ", FigureKind.MONEY),
    ("what percentage ", FigureKind.PERCENT),
)
_ASKED_IN = re.compile(r" in (?P<period>[^ ?]+)\?$")


def rewordings(fact: Fact, question: str) -> Iterator[str]:
    """Other wordings of a figure question another answer's draft already asks, made of the
    words that set this fact's figure apart: a count's noun with the words its unit left out
    ("how many additional special free schools?", where an older answer's 76 took "how many
    special free schools?"), then its label whole; an amount's label ("how much is the total
    high needs funding in 2025/26?"), then its year as the sentence writes it ("... in the
    2025/26 financial year?"). Without one, a newer answer's main figure is asked for only
    by the opening words of its sentence, and every question about it finds the older one."""
    kind = next((kind for opening, kind in _FIGURE_ASKS if question.startswith(opening)), None)
    figure = next((figure for figure in fact.figures if figure.kind is kind), None)
    if figure is None or figure.label in _DEFAULT_LABEL.values():
        return
    asked_in = _ASKED_IN.search(question)
    period = f" in {asked_in['period']}" if asked_in else ""
    label = figure.label.lower()
    if kind is FigureKind.COUNT:
        # A count its sentence dates ("In March 2023, ... approved 33") is asked with its
        # date: without it, it would be asked as if it were the newest count.
        when = _period_said(fact)
        named = _unit_as_labelled(figure)
        if named:
            yield f"how many {named}{when}?"
        yield f"how many {label}{when}?"
    else:
        asked = "how much is the" if kind is FigureKind.MONEY else "what percentage is the"
        yield f"{asked} {label.removeprefix('percentage ')}{period}?"
    written = next(
        (
            f" in the {date.value} {date.label}"
            for date in fact.figures
            if date.kind is FigureKind.DATE
            and asked_in
            and str(date.value) == asked_in["period"]
            and date.label.endswith("year")
        ),
        None,
    )
    if written and asked_in:
        yield f"{question[: asked_in.start()]}{written}?"


def _period_said(fact: Fact) -> str:
    """' in March 2023' for a fact whose period is a month, ' in 2023/24' for a year, else ''."""
    if not fact.period:
        return ""
    month = re.fullmatch(r"(\d{4})-(\d{2})", fact.period)
    if month:
        return f" in {MONTH_NAME_BY_NUMBER[int(month[2])].capitalize()} {month[1]}"
    return f" in {fact.period}"


def _unit_as_labelled(figure: Figure) -> str | None:
    """A count's unit with the words before it in its label that the unit left out
    ("additional special free schools" of "... plans for additional special free schools"),
    up to a function word or a verb; None when the label adds none."""
    if not figure.unit:
        return None
    words = figure.label.lower().split()
    unit = figure.unit.lower().split()
    if words[-len(unit) :] != unit:
        return None
    start = len(words) - len(unit)
    while start > 0:
        word = words[start - 1]
        if word in STOPWORDS or word.endswith("ed"):
            break
        start -= 1
    return " ".join(words[start:]) if start < len(words) - len(unit) else None


def _fact_id(claim: Claim, found: Sequence[FoundFigure], change: Change | None = None) -> str:
    """Salient words of the first non-date figure's label (the subject of a change), else of
    the focus from its verb, else of the whole focus (a sentence whose words after its verb are
    all function words, "... will be made by May 2024", would otherwise be called "fact")."""
    if change is not None and len(keywords(change.named)) >= 2:
        return _slug(keywords(change.counted or change.named))
    for figure in found:
        if figure.kind is not FigureKind.DATE:
            words = keywords(figure_label(claim.quote, figure, found))
            if len(words) >= 2:
                return _slug(words)
            break
    verb = re.search(r"\b(?:has|have|had|is|are|was|were|will|[a-z]{2,}ed)\b", claim.focus)
    from_verb = keywords(claim.focus[verb.start() :]) if verb else []
    return _slug(from_verb or keywords(claim.focus)) or "fact"


def _slug(words: Sequence[str]) -> str:
    return _clip(" ".join(words[:ID_WORDS]), MAX_ID).replace(" ", "-")


def keywords(text: str) -> list[str]:
    """Lower-case content words, without numbers and function words."""
    words = _WORD.findall(fold(_LINK.sub(" ", text)).lower().replace("'", ""))
    return [word for word in words if word not in STOPWORDS and not word.isdigit()]
