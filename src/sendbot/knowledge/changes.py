"""A figure that moved from one level to another: "the number of children in all types of
special schools has increased from 115,000 to 200,000 in 2024/25".

The level reached (200,000) is what the sentence reports as it stands, and what a reader asks
("how many children are in special schools?"); the level it started from is a baseline. Both
are of the sentence's subject ("the number of children in all types of special schools"),
which is before the verb, far from either figure. Pure: text and its figures in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from sendbot.knowledge.figures import FoundFigure
from sendbot.knowledge.model import FigureKind

# The verb of a change, with its auxiliaries: "has increased", "rose", "will rise", "fell".
_CHANGE_VERB = re.compile(
    r"\s+(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:been\s+|be\s+)?"
    r"(?:increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|gr(?:ow|ows|own|ew|owing)|"
    r"f(?:all|alls|allen|ell|alling)|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
    r"(?:gone|go|goes|went)\s+(?:up|down)|doubled|tripled|climbed|declined|reduced|"
    r"expanded|moved|changed)"
    r"(?:\s+(?:overall|in\s+total|steadily|sharply|significantly))?\s+$",
    re.IGNORECASE,
)
# The verb saying a "number of ..." stands at a figure: "reached 4,000", "is 434,000".
_LEVEL_VERB = re.compile(
    r"\s+(?:(?:has|have|had|will)\s+)?(?:reached|reach|reaches|totalled|totals|total|"
    r"(?:stands|stood|stand)\s+at|(?:rose|risen|increased|grown|grew|fallen|fell)\s+to|"
    r"is|was|are|were|be)\s+$",
    re.IGNORECASE,
)
_MEASURE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:total\s+)?(?:number|numbers|proportion|percentage|share)\s+of\s",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
# Where the subject's phrase starts: after the clause before it ("Since 2015/16, ...").
# A comma starts the subject only where a noun phrase starts after it ("Since 2015/16, the
# number of ..."), not inside a list within it ("the number of education, health and care").
_CLAUSE_BREAK = re.compile(
    r"[;:()]\s*|\.\s+|,\s+(?=(?i:the|a|an|this|these|our|its|their)\s|[A-Z])"
)
_LEADING = re.compile(r"^(?:the|a|an|this|that|our|its|their|overall|total)\s+", re.IGNORECASE)
_NUMBER_OF = re.compile(r"^(?:total\s+)?(?:number|numbers|amount|count)\s+of\s+", re.IGNORECASE)
MAX_SUBJECT_WORDS = 14


@dataclass(frozen=True, slots=True)
class Change:
    """`subject` went from `baseline` to `reached` ("from 115,000 to 200,000"), or, with no
    baseline, stands at `reached` ("The number of supported internships reached 4,000")."""

    baseline: FoundFigure | None
    reached: FoundFigure
    subject: str  # "the number of children in all types of special schools", as written

    @property
    def named(self) -> str:
        """The subject without its article, in lower case where the sentence's capital
        opened it: "number of children in all types of ...", "spending on ..."."""
        named = _LEADING.sub("", self.subject)
        return named[:1].lower() + named[1:] if named[1:2].islower() else named

    @property
    def counted(self) -> str | None:
        """What a count's subject counts ("children in all types of special schools"), or
        None when it is no "number of ..."."""
        counted = _NUMBER_OF.sub("", self.named)
        return counted if counted != self.named else None


def change_in(quote: str, found: Sequence[FoundFigure]) -> Change | None:
    """The first "<subject> <changed> from <figure> to <figure>" in `quote` whose two figures
    are of one kind (not dates), or None."""
    for baseline, reached in pairwise(sorted(found, key=lambda figure: figure.start)):
        if baseline.kind is FigureKind.DATE or baseline.kind is not reached.kind:
            continue
        if not _TO.fullmatch(quote[baseline.end : reached.start]):
            continue
        before = quote[: baseline.start]
        said_from = _FROM.search(before)
        if said_from is None:
            continue
        verb = _CHANGE_VERB.search(before[: said_from.start()] + " ")
        if verb is None:
            continue
        subject = _subject(before[: verb.start()])
        if subject:
            return Change(baseline, reached, subject)
    return _level_in(quote, found)


def _level_in(quote: str, found: Sequence[FoundFigure]) -> Change | None:
    """The first figure a "number of ..." subject stands at: "The number of supported
    internships taken up reached 4,000", "the proportion of pupils ... is 13.6%"."""
    for figure in found:
        if figure.kind is FigureKind.DATE:
            continue
        verb = _LEVEL_VERB.search(
            quote[: figure.start]
            if not figure.qualifier
            else _without_qualifier(quote[: figure.start], figure.qualifier)
        )
        if verb is None:
            continue
        subject = _subject(verb.string[: verb.start()])
        if subject and _MEASURE_SUBJECT.match(subject):
            return Change(None, figure, subject)
    return None


def _without_qualifier(text: str, qualifier: str) -> str:
    """The text before a figure without the qualifier left before it ("over")."""
    trimmed = text.rstrip()
    if trimmed.lower().endswith(qualifier):
        return trimmed[: -len(qualifier)]
    return text


def _subject(text: str) -> str | None:
    """The noun phrase ending `text`: back to the last clause break, a few words at most."""
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text)]
    phrase = text[max(breaks, default=0) :].strip()
    words = phrase.split()
    if not words or len(words) > MAX_SUBJECT_WORDS or any(ch.isdigit() for ch in phrase):
        return None
    return phrase
