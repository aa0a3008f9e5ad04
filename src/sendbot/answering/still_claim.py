""" "is it still £10.5bn?", "is high needs funding £10.1bn?", "are there 115,000 children in
special schools?": a figure the asker believes holds, checked against the newest one. When the
claimed figure is an earlier figure of the measure and not the newest, the reply says so and
when it was true, beside the newest figure it gives; asked in the past tense ("was it
£10.1bn?"), that it was. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from sendbot.answering.reply import EarlierFigure
from sendbot.knowledge.figures import FoundFigure, extract_figures, same_figure
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.periods import parse_period, period_label

# A question about the past ("was it £10.1bn?", "were there 115,000?"): an earlier figure
# answers it, which "no longer" would deny. ("Did it go up by 440m again?" asks of now.)
_PAST = re.compile(r"^\W*(?:was|were)\b(?!.*\b(?:again|now|this time)\b)", re.IGNORECASE)


class NoLonger(NamedTuple):
    """The sentence, and whether it replaces the line checking the claim: a claim the shown
    quote gives only as an earlier year's figure ("from 115,000 to 200,000") is no "yes", and
    one asked of the past is no "not"."""

    sentence: str
    replaces_check: bool


def no_longer_holds(
    question: str,
    words: Sequence[str],
    newest: Fact,
    earlier: Sequence[EarlierFigure],
    checking: bool = False,
) -> NoLonger | None:
    """Said of a figure the question claims ("still", or a yes/no check) that is an earlier
    figure of the measure, not the newest; else None."""
    if not ("still" in words or checking) or not earlier:
        return None
    claimed = [claim for claim in extract_figures(question) if claim.kind is not FigureKind.DATE]
    if not claimed:
        return None
    given_before = [claim for claim in claimed if _earlier_only(claim, newest, earlier)]
    if len(given_before) != len(claimed):
        return None
    for figure in earlier:
        if any(_backed(claim, figure.value) for claim in claimed):
            said = _told(figure)
            if "still" not in words and _PAST.match(question):
                return NoLonger(f"Yes, earlier: {said}; the newest figure is below.", True)
            if "still" not in words and figure.period and _a_plan_for_later(newest):
                # "is the schools budget £59.6bn?" of £59.6bn for 2024/25 beside a plan of
                # £69.5bn by 2028/29: no figure for a year between says the claim no longer
                # holds, so it is confirmed with its year, not contradicted by the plan's.
                return NoLonger(
                    f"Yes, for {period_label(figure.period)}: {said}; the newest figure, "
                    "planned for a later year, is below.",
                    True,
                )
            if any(_backed(claim, newest.quote) for claim in claimed):
                return NoLonger(f"No longer: that was {said}; the newest figure is below.", True)
            return NoLonger(
                f"No longer: that was {said}; the newest figure is the one above.", False
            )
    return None


def _a_plan_for_later(newest: Fact) -> bool:
    """The newest figure is for a period that starts after its answer was given: a plan
    ("will rise to £69.5 billion by 2028/29"), not the figure that stands now."""
    span = parse_period(newest.period) if newest.period else None
    return span is not None and span.start > newest.as_of


# A piece of quote longer than this is a whole sentence, not the words around a figure.
_SHORT_PIECE = 60


def _told(figure: EarlierFigure) -> str:
    """The earlier figure with who said it and when: its piece of quote, or, when that is a
    whole sentence giving a later figure too ("from 115,000 to 200,000 in 2024/25"), the
    figure alone with the period it is for ('"115,000", for 2015/16')."""
    if figure.period and not figure.period_said and len(figure.quoted) > _SHORT_PIECE:
        return replace(figure, quoted=figure.value, period_said=period_label(figure.period)).text
    return figure.text


def _earlier_only(claim: FoundFigure, newest: Fact, earlier: Sequence[EarlierFigure]) -> bool:
    """The claim is an earlier figure: one the newest quote does not give, or gives only as
    the figure of an earlier year (115,000 of "from 115,000 to 200,000 in 2024/25")."""
    if not any(_backed(claim, figure.value) for figure in earlier):
        return False
    if not _backed(claim, newest.quote):
        return True
    measured = newest.measured
    return measured is not None and not same_figure(claim, measured)


def _backed(claim: FoundFigure, text: str) -> bool:
    return any(same_figure(claim, found) for found in extract_figures(text))
