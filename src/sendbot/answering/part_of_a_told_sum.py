"""A part asked of a whole sum the asker names: "what's the REACh contract worth, out of the
£70m?" asks how much of the £70 million one part gets. A fact whose only sum is that £70 million
gives the whole, which the asker already has, not the part. Pure."""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.intent import Intent
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question
from sendbot.knowledge.figures import SCALES
from sendbot.knowledge.model import FigureKind

# "out of the £18m" (folded: "pounds 18 million"): the whole, told. ("how much of the £1bn goes
# to ..." is read as a share asked, by the share's checks.)
_OUT_OF_A_SUM = re.compile(
    r"\bout of (?:the |that |this |its |their )?(?:whole |total |overall )?"
    r"pounds (\d+(?:\.\d+)?) ?(million|billion|thousand|m|bn|k)?\b"
)
_ASKED = frozenset({Intent.AMOUNT, Intent.PERCENT, Intent.OTHER})


def asks_a_part_of_a_told_sum(question: Question) -> bool:
    """Whether a part is asked out of a whole sum the asker tells ("out of the £70m"): what
    whole_not_the_part weighs, of any fact."""
    return question.intent in _ASKED and _OUT_OF_A_SUM.search(" ".join(question.words)) is not None


def whole_not_the_part(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact gives only the whole sum the question names as what its
    part is out of; None when the fact gives another sum, or the question names no whole."""
    if question.intent not in _ASKED:
        return None
    found = _OUT_OF_A_SUM.search(" ".join(question.words))
    if found is None:
        return None
    whole = float(found[1]) * SCALES.get(found[2] or "", 1)
    sums = [
        float(value)
        for kind, value in fact.figure_values
        if kind is FigureKind.MONEY and isinstance(value, int | float)
    ]
    if not sums or any(abs(value - whole) > whole * 1e-9 for value in sums):
        return None
    said = f"£{found[1]} {found[2]}" if found[2] else f"£{found[1]}"
    return f"{SOURCE} gives the whole {said}, not how much of it goes to the part asked about."
