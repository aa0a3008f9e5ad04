"""Draft a figure fact's `measure` key and `period` from the figure's own sentence.

The key names what the figure measures, in words normalised so that two answers' sentences
about one measure give the same key whatever their wording ("total high needs budget" and
"total high needs funding" -> `high-need-funding`; "to fund the training of a further 400
educational psychologists" and "to train 400 more education psychologists" ->
`education-psychologist-training-funding`), and different measures different keys: a count
keeps the verb saying what it counts (`special-free-school-approved`, not `-opened`), an
increase is not its total (`-increase`), a percentage not an amount (`-percent`). The period is
the one the sentence gives the figure ("in 2024/25", "in the 2025/26 financial year", "In March
2023, ...", "this academic year" read against the answer's date); a baseline ("since May 2022",
"compared to 2022/23", "from the 2019/20 allocations") is none. Where the text gives neither a
thing measured nor a period, the draft has none: a reviewer adds them. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sendbot.knowledge.changes import Change, change_in
from sendbot.knowledge.figures import FoundFigure, extract_figures
from sendbot.knowledge.model import FigureKind
from sendbot.knowledge.periods import RELATIVE_YEAR_OFFSETS, parse_period, relative_period
from sendbot.knowledge.sentences import RESTATES_CHANGE, sentence_spans
from sendbot.knowledge.verbatim import fold

MAX_KEY_WORDS = 6

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d+(?:[.,/]\d+)*|[,;:()]")

# What a money or percentage figure is an amount of: "high needs funding", "budgets".
_AMOUNT_NOUNS = {"funding", "budget", "budgets", "grant", "grants", "allocation", "allocations"}
# Words saying a figure is a change, not a level: "increase of £1 billion", "£1 billion higher".
_CHANGE_WORDS = {
    "increase", "increased", "increases", "increasing", "rise", "rises", "rising", "higher",
    "uplift", "boost", "extra", "cut", "cuts", "reduction", "decrease", "fall",
}  # fmt: skip
# "rise to £69.5 billion", "bring ... to £10.1 billion": the figure is the level reached.
_LEVEL_BEFORE = {"to", "total", "totals", "totalling"}
# What a count counts done: the verb beside it, in one form for every tense and voice.
_ROLE_VERBS = {
    "open": "opened", "opened": "opened", "opens": "opened", "opening": "opened",
    "approve": "approved", "approved": "approved", "approves": "approved",
    "train": "trained", "trained": "trained", "training": "trained", "trains": "trained",
    "create": "created", "created": "created", "creates": "created", "creating": "created",
    "complete": "completed", "completed": "completed",
    "register": "registered", "registered": "registered",
    "reach": "reached", "reached": "reached", "reaches": "reached",
    "publish": "published", "published": "published",
    "undertake": "undertaken", "undertaken": "undertaken", "undertook": "undertaken",
    "deliver": "delivered", "delivered": "delivered", "delivers": "delivered",
    "place": "placed", "placed": "placed",
    "support": "supported", "supported": "supported", "supports": "supported",
    "confirm": "confirmed", "confirmed": "confirmed",
    "announce": "announced", "announced": "announced",
    "build": "built", "built": "built",
    "recruit": "recruited", "recruited": "recruited",
}  # fmt: skip
# A count a decision gives ("confirmed plans for 15 additional special free schools") is that
# decision's, not the newest level of a count that later answers update.
_DECISIONS = {"confirmed", "announced"}
# Words that say nothing of what is measured: dropped from a key.
_NOT_KEY_WORDS = {
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "we", "it",
    "total", "overall", "new", "additional", "further", "more", "extra", "other", "over",
    "up", "around", "about", "almost", "nearly", "some", "all", "each", "every", "which",
    "department", "government", "is", "are", "was", "were", "be", "been", "will", "has",
    "have", "had", "and", "or", "of", "for", "to", "in", "on", "by", "with", "from", "at",
    "as", "than", "into", "across", "per", "year", "years", "similar", "including",
    "investing", "invest", "invested", "providing", "provide", "provided", "fund", "funds",
    "bring", "brings", "backed", "also", "alone", "still", "only", "so", "far", "date",
    "programme",
}  # fmt: skip
# Who a count is of, saying nothing of which count it is: "4000 children" needs more words.
_GENERIC = {"child", "children", "pupil", "people", "young", "person", "learner", "student"}
_PUNCTUATION = {",", ";", ":", "(", ")"}
_BREAKS = {",", ";", ":"}
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "being", "been"}
_CLAUSE_WORDS = {
    "and", "or", "but", "which", "who", "that", "where", "while", "to", "for", "of", "in",
    "by", "on", "at", "from", "through", "within", "via", "under", "across", "between",
    "into", "with", "than", "since", "until", "over", "as",
    "this", "next", "last",  # "300 psychologists [this academic year]": a period, not a noun
} | _AUXILIARIES  # fmt: skip
# Nouns an amount noun can name the kind of: "the high needs funding block" is not funding.
_AMOUNT_PARTS = {
    "block", "blocks", "formula", "settlement", "system", "arrangements", "reform", "reforms",
    "stream", "streams", "line", "lines", "gap", "gaps", "pressure", "pressures", "deficit",
    "deficits", "rules", "review", "consultation", "allocation", "allocations",
}  # fmt: skip
# The words that open the phrase an amount after the figure is for: "£1 billion increase to
# high needs funding", "increase of £1 billion for high needs budgets".
_FOR_WORDS = {"to", "for", "in"}
# "£21 million to fund ...": what an amount with no funding noun pays for.
_PAYS_FOR = {"fund", "train", "support", "deliver", "build", "create", "pay"}
_NOUN_FORM = {"train": "training", "trained": "training", "trains": "training"}
# Amounts named these ways are one measure: "budget" and "funding" of high needs alike.
_SAME_WORD = {"budget": "funding", "grant": "funding", "allocation": "funding"}

# A period the figure is for: "in 2024/25", "for 2023/24", "In March 2023,", "by 2028/29".
_FOR_PERIOD = re.compile(r"(?:\b(?:in|for|by|during)(?:\s+the)?|^)\s*$", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?P<which>this|next|last|the current|the coming)\s+(?:(?P<split>academic|financial)\s+)?"
    r"year\b",
    re.IGNORECASE,
)
# What makes a year a baseline: "compared to this financial year", "since 2015/16".
_BASELINE_BEFORE = re.compile(
    r"\b(?:since|from|compared (?:to|with)|than|between|before|after|until)(?:\s+the)?\s*$",
    re.IGNORECASE,
)
_BASELINE_FIGURE = re.compile(r"\bfrom\s*$", re.IGNORECASE)  # "increased from 115,000 to ..."


@dataclass(frozen=True, slots=True)
class DraftedMeasure:
    measure: str | None
    period: str | None
    # The period is read from words relative to the answer's date ("next year"): the sentence
    # never writes it, so a question naming it would find nothing of it in the draft's words.
    period_unwritten: bool = False

    def label(self, label: str) -> str:
        """The measured figure's label, naming a period its sentence does not write ("high
        needs funding to next year (2023/24)"): the draft's words then say which year its
        figure is for, as a figure's words say it where the sentence writes the year."""
        if self.period is None or not self.period_unwritten:
            return label
        return f"{label} ({self.period})"


def draft_measure(quote: str, found: Sequence[FoundFigure], as_of: dt.date) -> DraftedMeasure:
    """The measure key and period for the fact's measured figure (its first that is not a
    date), or None for what the sentence does not support."""
    measured = next((figure for figure in found if figure.kind is not FigureKind.DATE), None)
    if measured is None:
        return DraftedMeasure(None, None)
    change = change_in(quote, found)
    if change is not None and measured in (change.baseline, change.reached):
        measured = change.reached  # "increased from 115,000 to 200,000": the level reached
    start, end = _sentence_span(quote, measured.start)
    sentence = quote[start:end]
    figure_start, figure_end = measured.start - start, measured.end - start
    if change is not None and change.reached == measured:
        key = _subject_key(change, measured.kind)
    elif _BASELINE_FIGURE.search(sentence[:figure_start]):
        return DraftedMeasure(None, None)  # a baseline's period is not the answer's
    else:
        key = _measure_key(sentence, figure_start, figure_end, measured.kind)
    if key is None:
        return DraftedMeasure(None, None)
    if figure_span(quote, measured):
        return DraftedMeasure(key, None)  # over five years: no one year's figure
    period = _period(sentence, figure_start, measured.kind, as_of)
    written = {str(figure.value) for figure in extract_figures(quote)}
    return DraftedMeasure(key, period, period is not None and period not in written)


def amount_named(quote: str, figure: FoundFigure) -> str | None:
    """What an amount or percentage is of, in its sentence's words, as its key reads it:
    "total high needs funding" (of "Total high needs funding for ... is over £12 billion"),
    "increase in high needs budgets" (of "an increase of £1 billion for high needs budgets");
    None when no funding noun names it (a purpose, "£21 million to fund ...", or nothing)."""
    if figure.kind not in {FigureKind.MONEY, FigureKind.PERCENT}:
        return None
    start, end = _sentence_span(quote, figure.start)
    sentence = quote[start:end]
    before = _words(_without_asides(sentence[: figure.start - start]))
    after = _words(sentence[figure.end - start :])
    phrase = _amount_of(before, after)
    if not phrase or phrase[-1] not in _AMOUNT_NOUNS or not _key_words(phrase[:-1]):
        return None
    first = next(
        (i for i, word in enumerate(phrase) if word == "total" or word not in _NOT_KEY_WORDS),
        0,
    )
    named = " ".join(phrase[first:])
    return f"increase in {named}" if _is_change(before, after) else named


def restated_amount(quote: str, figure: FoundFigure) -> FoundFigure | None:
    """The amount of the sentence before that a figure's sentence restates ("... will increase
    by £970 million in the 2023/24 financial year. This is an increase of 10.6%": the £970
    million), when its own sentence names no amount and opens by restating a change; else None.
    The figure is then named, and dated, as that amount is."""
    if figure.kind not in {FigureKind.MONEY, FigureKind.PERCENT}:
        return None
    start, _ = _sentence_span(quote, figure.start)
    if start == 0 or not RESTATES_CHANGE.match(quote, start) or amount_named(quote, figure):
        return None
    before, _ = _sentence_span(quote, start - 1)
    return next(
        (
            other
            for other in extract_figures(quote[:start])
            if before <= other.start
            and other.kind is FigureKind.MONEY
            and amount_named(quote, other) is not None
        ),
        None,
    )


def figure_period(quote: str, figure: FoundFigure, as_of: dt.date) -> str | None:
    """The period its sentence gives a figure, read as a measured figure's period is; none
    for a figure over a span of years ("60% over five years"): its sentence's year ("in
    2024/25") is where the span ends, and what it is of, not the figure's."""
    if figure_span(quote, figure):
        return None
    start, end = _sentence_span(quote, figure.start)
    return _period(quote[start:end], figure.start - start, figure.kind, as_of)


# "60% over five years", "across the last 3 years": a change over a span, not in one year.
_SPAN = re.compile(
    r"\s*(?P<span>(?:over|across|during|in)\s+(?:the\s+)?(?:last\s+|past\s+|next\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years)\b",
    re.IGNORECASE,
)


def figure_span(quote: str, figure: FoundFigure) -> str | None:
    """The span of years written right after a figure ("over five years"), or None."""
    found = _SPAN.match(quote, figure.end)
    return " ".join(found["span"].split()) if found else None


def _sentence_span(quote: str, position: int) -> tuple[int, int]:
    """The sentence of `quote` holding `position`, cut as claims are ("£10.5 billion", "e.g.
    the" and "Mr. Smith" stay whole)."""
    for sentence in sentence_spans(quote):
        if sentence.start <= position < sentence.end:
            return sentence.start, sentence.end
    return 0, len(quote)


# --- the key -----------------------------------------------------------------------------


def _measure_key(sentence: str, start: int, end: int, kind: FigureKind) -> str | None:
    before = _words(_without_asides(sentence[:start]))
    after = _words(sentence[end:])
    if kind is FigureKind.COUNT:
        thing = _clause(after)
        joined = after[len(thing) : len(thing) + 2]
        if len(joined) == 2 and joined[0] in {"and", "or"} and joined[1][0].isdigit():
            return None  # "77 special and 50 AP free schools": its noun is the next figure's
        if not set(_key_words(thing)) - _GENERIC:
            return None  # "4000 children": children of what? Another answer's count too
        role = _role(before[-4:], after[len(thing) : len(thing) + 5])
        if role in _DECISIONS:
            return None  # each budget's "plans for 15 more" adds to the count; none is its level
        words = [*_key_words(thing), *([role] if role else [])]
    else:
        thing = _key_words(_amount_of(before, after))
        if not set(thing) - {"funding"}:
            return None  # "an increase of 10.6%": of what, the sentence does not say
        words = [*thing, *(["funding"] if kind is FigureKind.MONEY else [])]
        if _is_change(before, after):
            words.append("increase")
        if kind is FigureKind.PERCENT:
            words.append("percent")
    words = list(dict.fromkeys(words))
    return "-".join(words[:MAX_KEY_WORDS]) if len(words) >= 2 else None


def _subject_key(change: Change, kind: FigureKind) -> str | None:
    """The key of what changed, named by the sentence's subject ("the number of children in
    all types of special schools" -> `child-type-special-school`)."""
    words = _key_words(_words(change.counted or change.named))
    if kind is FigureKind.COUNT and not set(words) - _GENERIC:
        return None
    if kind is FigureKind.MONEY:
        words.append("funding")
    elif kind is FigureKind.PERCENT:
        words.append("percent")
    words = list(dict.fromkeys(words))
    return "-".join(words[:MAX_KEY_WORDS]) if len(words) >= 2 else None


# ", which includes funding for local authorities' high needs budgets,": an aside between a
# subject and its verb, saying nothing of what the figure after it is.
_ASIDE = re.compile(r",\s+which\s[^,;:]*,")


def _without_asides(text: str) -> str:
    """The words before a figure without a relative aside ("the Core Schools Budget, which
    includes ..., will rise to" reads "the Core Schools Budget will rise to"): the amount is
    the subject's, which the aside's commas would otherwise cut off."""
    return _ASIDE.sub("", text)


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(fold(text))]


def _clause(words: list[str]) -> list[str]:
    """The words up to the first punctuation, figure, clause or preposition word."""
    kept: list[str] = []
    for word in words:
        if word in _PUNCTUATION or word[0].isdigit() or word in _CLAUSE_WORDS:
            break
        if kept and word in _ROLE_VERBS and word.endswith(("ed", "en")):
            break  # "23 inspection reports [published]"
        kept.append(word)
    return kept


def _phrase_before(words: list[str]) -> tuple[list[str], str | None]:
    """The words before the end of `words` back to a clause word, and that word."""
    kept: list[str] = []
    for word in reversed(words):
        if word in _PUNCTUATION or word[0].isdigit() or word in _CLAUSE_WORDS:
            return kept[::-1], word
        kept.append(word)
    return kept[::-1], None


def _role(before: list[str], after: list[str]) -> str | None:
    """The verb saying what is counted: nearest before the figure ("has opened 15"), else
    after its noun ("5,000 modules have been completed")."""
    for word in reversed(before):
        if word in _ROLE_VERBS:
            return _ROLE_VERBS[word]
    for word in after:
        if word in _PUNCTUATION:
            break
        if word in _ROLE_VERBS:
            return _ROLE_VERBS[word]
    return None


def _amount_of(before: list[str], after: list[str]) -> list[str]:
    """What an amount is of: the nearest "... funding" / "... budget" phrase in the figure's
    clause (no comma between: "Funding for mainstream schools, ... and high needs funding
    ..., will be £1.8 billion higher" is of both), before it or after it for, to or in
    ("an increase of £1 billion for high needs budgets"), else what it pays for
    ("£21 million to fund the training of 400 educational psychologists")."""
    own_before = before[_last_break(before) + 1 :]
    own_after = after[: _first_break(after)]
    phrases: list[tuple[int, list[str]]] = []
    for index, word in enumerate(own_before):
        phrase, _ = _phrase_before(own_before[:index])
        if word in _AMOUNT_NOUNS and _is_head(own_before, index):
            phrases.append((len(own_before) - index, [*phrase, word]))
    for index, word in enumerate(own_after):
        phrase, opened_by = _phrase_before(own_after[:index])
        if word in _AMOUNT_NOUNS and _is_head(own_after, index) and opened_by in _FOR_WORDS:
            phrases.append((index + 1, [*_owner_named(phrase, own_before), word]))
    named = [(distance, phrase) for distance, phrase in phrases if _key_words(phrase[:-1])]
    if named:
        return min(named, key=lambda pair: pair[0])[1]
    if own_after[:1] == ["to"] and own_after[1:2] and own_after[1] in _PAYS_FOR:
        # Through its prepositions and figures: "to fund the training of a further 400 ..."
        purpose = [word for word in own_after[1:] if word != "of" and not word[0].isdigit()]
        return _clause(purpose)
    return []


_POSSESSIVES = {"their", "its"}


def _owner_named(phrase: list[str], before: list[str]) -> list[str]:
    """ "their" of "a 3.4% increase to their budgets" as the clause's subject ("all special
    schools will receive ...": all special schools' budgets), the words before its first
    auxiliary; the phrase as it is when it has no possessive or the clause no such subject."""
    if not phrase or phrase[0] not in _POSSESSIVES:
        return phrase
    verb = next((i for i, word in enumerate(before) if word in _AUXILIARIES), None)
    subject = before[:verb] if verb else []
    return [*subject, *phrase[1:]] if _key_words(subject) else phrase


def _is_head(words: list[str], index: int) -> bool:
    """Whether the amount noun ends its phrase: "the high needs funding block" is a block."""
    following = words[index + 1 : index + 2]
    return not following or following[0] not in _AMOUNT_PARTS


def _last_break(words: list[str]) -> int:
    return max((i for i, word in enumerate(words) if word in _BREAKS), default=-1)


def _first_break(words: list[str]) -> int:
    return next((i for i, word in enumerate(words) if word in _BREAKS), len(words))


def _is_change(before: list[str], after: list[str]) -> bool:
    """Whether the amount is a change ("increase of £1 billion", "£1 billion increase",
    "will increase by £970 million", "£1.8 billion higher") rather than a level."""
    near_before = [word for word in before[-4:] if word not in {"a", "an", "the", "further"}]
    if near_before and near_before[-1] in _LEVEL_BEFORE:
        return False  # "rise to £69.5 billion", "bring ... to £10.1 billion"
    # The figure's own clause ("we are increasing high needs funding by £500 million").
    near = [*before[_last_break(before) + 1 :], *after[:2]]
    return any(word in _CHANGE_WORDS for word in near)


def _key_words(words: Sequence[str]) -> list[str]:
    """Content words, each in one form: singular ("schools" -> "school"), "-ional" as
    "-ion" ("educational" -> "education"), "train" as "training", "budget" as "funding"."""
    kept: list[str] = []
    for word in words:
        word = word.strip("'\u2019-")
        if not word or word in _NOT_KEY_WORDS or not word.isalpha() or len(word) < 2:
            continue
        if word in _CHANGE_WORDS:
            continue  # said by the key's "-increase", not by its name
        kept.append(_one_form(word))
    return kept


def _one_form(word: str) -> str:
    if word in _NOUN_FORM:
        return _NOUN_FORM[word]
    if word.endswith("ional"):
        word = word[:-2]
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    return _SAME_WORD.get(word, word)


# --- the period --------------------------------------------------------------------------


def _period(sentence: str, figure_start: int, kind: FigureKind, as_of: dt.date) -> str | None:
    """The period the sentence gives its figure: the nearest after the figure, else before."""
    candidates: list[tuple[int, str]] = []
    for date in extract_figures(sentence):
        if date.kind is not FigureKind.DATE or parse_period(str(date.value)) is None:
            continue
        if len(str(date.value)) == len("2024-02-08"):
            continue  # "on 11 June 2025": the day of an event, not what a figure is for
        if _FOR_PERIOD.search(sentence[: date.start]) and not _BASELINE_BEFORE.search(
            sentence[: date.start]
        ):
            candidates.append((date.start, str(date.value)))
    for match in _RELATIVE.finditer(sentence):
        if _BASELINE_BEFORE.search(sentence[: match.start()]):
            continue
        said = (match["split"] or "").lower()
        split = said or ("financial" if kind is FigureKind.MONEY else None)
        if split is None:
            continue  # "this year" of a count: calendar, academic or financial? Not said.
        offset = RELATIVE_YEAR_OFFSETS[match["which"].lower().removeprefix("the ")]
        candidates.append((match.start(), relative_period(offset, as_of, split).text))
    after = [pair for pair in candidates if pair[0] > figure_start]
    if after:
        return min(after)[1]
    before = [pair for pair in candidates if pair[0] < figure_start]
    return max(before)[1] if before else None
