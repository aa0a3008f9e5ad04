"""'how many have been approved in total?' of "a further 76 approved": an addition is not a total.

A count the source gives as added to others ("a further 76", "an additional 15") says how many
came on top of an earlier number, not how many there are or have been in all. Given as the
answer to a total it would put a total in the department's mouth; the reply says which it is.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.intent import Intent
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question
from sendbot.knowledge.model import FigureKind

# Words asking for the whole: "in total", "altogether", "the total number", "all told".
_ASKS_A_TOTAL = re.compile(
    r"\b(?:in total|total|altogether|all together|overall|in all|all told|combined|"
    r"cumulative|all in)\b"
)

# Words asking for the added ones themselves: "how many further schools in total" asks the
# addition, which the fact gives.
_ASKS_AN_ADDITION = re.compile(r"\b(?:further|additional|extra|more|another|new)\b")

# A count label saying it comes on top of others: "further special free schools approved".
_ADDED = re.compile(r"^(?:a )?(?:further|additional|extra|more|another|new additional)\b")


def asks_a_total(question: Question) -> bool:
    """Whether a count is asked as a total: what addition_not_total weighs, of any fact."""
    return question.intent is Intent.COUNT and _ASKS_A_TOTAL.search(question.text) is not None


def addition_not_total(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's count is an addition, when a total is asked of it."""
    if question.intent is not Intent.COUNT or fact.main_kind is not FigureKind.COUNT:
        return None
    if not _ADDED.search(fact.main_label.lower()) or not _ASKS_A_TOTAL.search(question.text):
        return None
    if _ASKS_AN_ADDITION.search(question.text):
        return None
    added = next(value for kind, value in fact.figure_values if kind is FigureKind.COUNT)
    said = f"{added:,}" if isinstance(added, int | float) else str(added)
    what = _ADDED.sub("", fact.main_label.lower()).strip()
    return f"{SOURCE} gives a further {said} {what}, not how many in total."
