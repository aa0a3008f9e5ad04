"""Whether a question asks if something is being done or will be ("are they inviting new
applications?", "can my council bid for one?"), and whether a fact says what is or is not
planned. Pure.

"Is DfE opening a new application round for these schools?": the sibling facts of the written
answer share its words (the applications received last round, the earlier ones that can now
be approved), and word overlap picks among them by chance. Only the one saying what is planned
("does not currently plan to invite new local authority applications") answers whether it is
happening.
"""

from __future__ import annotations

import re

from sendbot.knowledge.model import Fact

# A clause asking yes or no of what is done now or next: "are they inviting", "is DfE opening",
# "can my LA bid", "will there be", "do they plan to". Its start: the message's, a sentence's,
# or after a dash or "and".
_YES_OR_NO_OF_DOING = re.compile(
    r"(?:^|[.?!;:,\u2013\u2014-]\s*|\b(?:and|but|so|or)\s+)"
    r"(?:can|could|will|would|are|is|do|does)\s+"
    r"(?!(?:it|that|this)\s+(?:true|right|correct)\b)"
    r"(?:[\w']+\s+){0,5}?(?:[\w']+ing|bid|apply|plan to|invite|open|run|ask)\b"
)
# A quote saying what is or is not planned.
_STATES_A_PLAN = re.compile(
    r"\b(?:(?:does|do|did) not (?:currently )?plan|(?:has|have) no (?:current )?plans?|"
    r"no (?:current )?plans? to|plans to|planning to|intends? to|intending to)\b",
    re.IGNORECASE,
)


def asks_whether_it_is_done(text: str) -> bool:
    return _YES_OR_NO_OF_DOING.search(text.lower()) is not None


def states_a_plan(fact: Fact) -> bool:
    """The fact's quote says what is, or is not, planned."""
    return _STATES_A_PLAN.search(fact.quote) is not None
