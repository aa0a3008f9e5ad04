"""What a question asks, read once, for a rule that compares it with every candidate fact
(asked_when, only_mentioned, unsaid_kinds). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

Readings = TypeVar("Readings", bound=tuple[Any, ...])

# Questions kept: a question is asked of every candidate fact in turn, then rarely again.
_KEPT = 512


def read_once(reading: Callable[[str], Readings]) -> Callable[[str], Readings | None]:
    """`reading` of a question's folded text, cached, or None when none of its readings is
    found: most questions ask none of what the rule compares, and it can stop at once."""

    @lru_cache(maxsize=_KEPT)
    def read(text: str) -> Readings | None:
        found = reading(text)
        return found if any(found) else None

    return read


# Texts kept for a search: a question's candidates are read one after the other, with at most a
# few other texts (its rewordings) read between them.
_SEARCHES_KEPT = 16


def searched_once(pattern: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """`pattern.search`, kept for the last few texts: a rule that searches the question's text
    before it reads the fact is asked it once for each of ten or so candidate facts, and most
    of its searches find nothing (a match is never changed, so one serves every candidate)."""
    return lru_cache(maxsize=_SEARCHES_KEPT)(pattern.search)
