"""Whether the whole of a message agrees with the answer its question, read alone, is given. Pure.

"how much for educational psychologists? our LA has one EP for the whole district": the story's
words ("LA", "district") dilute the question's, so the whole message is declined, though its
question alone is answered. Read alone, the question drops what the story adds; so its answer
stands below the surest confidence only when the whole message still ranks that fact among
its first few and says nothing the fact lacks (a place, a group, a period): the question's
words weigh most, and the story's still count.
"""

from __future__ import annotations

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import STORY_RIVALS, MatchResult
from sendbot.answering.ranking import among_first, rank


def whole_agrees(index: FactIndex, whole: str, alone: MatchResult) -> bool:
    """`alone` (a part of `whole` read on its own) is answered, and the whole message ranks
    its fact among its first STORY_RIVALS (as when its asking clauses are read alone: first,
    or second behind a fact the story's words named), lacking nothing the whole message asks."""
    if not alone.answered or alone.best is None:
        return False
    near = among_first(index, rank(index, whole), alone.best.fact, STORY_RIVALS)
    return near is not None and near.evidence.missing is None
