"""What a question asks, read once, for a rule that compares it with every candidate fact
(asked_when, only_mentioned). Pure.
"""

from __future__ import annotations

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
