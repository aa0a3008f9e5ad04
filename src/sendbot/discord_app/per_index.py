"""A value built from the fact index serving now, such as a command's autocomplete choices:
built once per index and rebuilt only when the index is swapped (after a reload or an edit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from sendbot.answering.fact_index import FactIndex

T = TypeVar("T")


class PerIndex(Generic[T]):
    def __init__(self, build: Callable[[FactIndex], T]) -> None:
        self._build = build
        self._built: tuple[FactIndex, T] | None = None

    def of(self, index: FactIndex) -> T:
        if self._built is None or self._built[0] is not index:
            self._built = (index, self._build(index))
        return self._built[1]

    def kept(self, index: FactIndex) -> T | None:
        """The value built for `index`, if it is the one kept; None, building nothing."""
        return self._built[1] if self._built is not None and self._built[0] is index else None
