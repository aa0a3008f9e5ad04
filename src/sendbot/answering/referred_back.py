"""'Did the 2023 answer say demand for places had grown?': the sentence saying it, not the next
one referring back to it. Pure.

A written answer's sentence often points back at the one before ("We have responded to this by
developing new specialist provision"); its fact's statement spells out what "this" is ("the
growth in demand for specialist placements"), so it shares the question's words about the
earlier sentence's point, and its phrasings may lift it first. When the question's words it
shares are said only by its statement, not by its quote, and a close fact of the same written
answer quotes them all, that fact says what was asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from sendbot.knowledge.model import Fact

# "this", "these" standing alone for what was said before ("responded to this by ...", "these
# will ..."): not "this wave", "this year", which name their own thing.
_REFERS_BACK = re.compile(
    r"\b(?:this|these)(?=\s*(?:[,.;:]|$)|\s+(?:by|is|was|were|are|will|would|has|have|had|"
    r"and|through|with|in|means)\b)",
    re.IGNORECASE,
)


def quote_refers_back(fact: Fact) -> bool:
    """Whether the fact's quote points back at something said before it ("responded to this")."""
    return _REFERS_BACK.search(fact.quote) is not None


def said_only_by_its_statement(
    fact: Fact, asked: Iterable[str], terms: Callable[[str], list[str]]
) -> frozenset[str]:
    """The question's terms (`asked`) that the fact's statement says and its quote does not."""
    return frozenset(asked).intersection(terms(fact.statement)) - frozenset(terms(fact.quote))


def quotes_them(fact: Fact, wanted: frozenset[str], terms: Callable[[str], list[str]]) -> bool:
    """Whether the fact's quote says every one of the `wanted` terms."""
    return wanted <= frozenset(terms(fact.quote))
