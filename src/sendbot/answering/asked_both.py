"""Questions asking two things joined by "and" ("has it reached many children and has it been
extended?", "is it still running and who runs it?"), and the facts whose quote says something
of each. Pure.

One sentence of a written answer often makes two facts, one quote holding the other ("has
extended the programme to March 2025" inside "... to March 2025 which has reached over 4000
children"): the shorter one says only the part asked last, and ranks first on its curated
phrasings; the longer one says both parts and answers the whole question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sendbot.answering.sibling_answer import same_sentence
from sendbot.knowledge.model import Fact

# "and" opening a second question: an auxiliary or a question word after it ("... and has it
# been extended", "... and when does it end"), or a second past participle's "been".
_SECOND_ASKED = re.compile(
    r"\band (?=(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could|been|"
    r"how|when|what|who|where|which|why)\b)"
)


def parts_asked(asking: str, terms: Callable[[str], Sequence[str]]) -> tuple[frozenset[str], ...]:
    """The terms only each part of a question asking two or more things says, one set a part;
    nothing when it asks one thing, or a part names no term of its own (what it asks of is
    then in the other part's words)."""
    parts = [part for part in _SECOND_ASKED.split(asking) if part.strip()]
    if len(parts) < 2:
        return ()
    said = [frozenset(terms(part)) for part in parts]
    own = tuple(
        words.difference(*(other for at, other in enumerate(said) if at != place))
        for place, words in enumerate(said)
    )
    return own if all(own) else ()


def says_each(quote_terms: frozenset[str], parts: Sequence[frozenset[str]]) -> bool:
    """The quote says a term of every part asked."""
    return all(not part.isdisjoint(quote_terms) for part in parts)


def holds_more_of_it(longer: Fact, shorter: Fact) -> bool:
    """`longer` is of `shorter`'s sentence and says more: its quote holds `shorter`'s whole."""
    return (
        longer is not shorter
        and len(longer.quote) > len(shorter.quote)
        and same_sentence(longer, shorter)
    )
