"""A declined question about the asker's own case says why: "is my kid's school getting any of
the new money?", "will my daughter's college get more funding?". No fact is close enough to
show as related information, so the reply would be a bare "I don't have that in my sources",
which reads as if the sources never mention the money; the reason no source can answer is that
written answers speak for England as a whole, never for one child, school or council. Pure.
"""

from __future__ import annotations

from dataclasses import replace

from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.newest import Newest
from sendbot.answering.question import analyse

# Said in place of "I don't have that in my sources." (the closest topics follow it).
ONE_PERSONS_CASE = (
    "My sources can't say what will happen in any one person's case: they speak for England "
    "as a whole."
)
# "how much will our council get?": the asker's own area rather than a person.
ONE_AREAS_CASE = "My sources speak for England as a whole, not for any one area or council."


def own_case_declined(question: str, newest: Newest) -> Newest | None:
    """`newest`, declined, with the sentence saying that the sources speak for no one's own
    case, when `question` asks about the asker's own child, school or council; None when the
    decision stands as it is (answered, partial, or declined for another reason)."""
    result = newest.result
    if result.outcome is not Outcome.DECLINED or result.missing:
        return None
    read = analyse(question)
    if read.intent is not Intent.CASE:
        return None
    why = ONE_AREAS_CASE if read.local else ONE_PERSONS_CASE
    return replace(newest, result=replace(result, missing=why))
