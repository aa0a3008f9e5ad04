"""Questions asking what something lets someone do ("what did the budget announcement let the
department do?", "what will the new funding allow councils to do?"): a fact saying what it
makes possible ("means that the department can now go further", "will allow the department
to ...") answers; one only saying that it was announced or how much it is does not. Pure."""

from __future__ import annotations

import re

# "what does X let the department do", "what will X allow councils to do", "what did X enable"
_ASKS_WHAT_IT_LETS_DO = re.compile(
    r"\bwhat (?:\w+ )?(?:does|did|do|will|would|is|was) (?:[\w']+ ){1,10}?"
    r"(?:let|lets|allow|allows|enable|enables|permit|permits)\b"
)
# "means that the department can now", "will allow the department to", "enables councils to"
_SAYS_WHAT_IT_LETS_DO = re.compile(
    r"\bmeans that (?:\w+ ){0,4}?(?:can|could|will be able)\b|"
    r"\b(?:allows?|allowed|allowing|enables?|enabled|enabling|lets) (?:\w+ ){0,5}?to\b|"
    r"\bcan now\b"
)


def asks_what_it_lets_do(text: str) -> bool:
    return _ASKS_WHAT_IT_LETS_DO.search(text.lower()) is not None


def says_what_it_lets_do(quote: str) -> bool:
    return _SAYS_WHAT_IT_LETS_DO.search(quote.lower()) is not None
