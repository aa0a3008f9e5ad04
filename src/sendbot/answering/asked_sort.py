"""Questions asking what sort of thing something is ("what kind of evaluation is the change
programme getting?"): a fact that introduces the thing ("a formal independent evaluation")
names its sort; a fact that refers back to it ("The evaluation will help ...") takes it as
known and says something else about it. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.asked_existence import thing_named

# "what sort of evaluation", "which kinds of support", "what type of places"
_SORT_ASKED = re.compile(r"\b(?:what|which) (?:sorts?|kinds?|types?) of ([a-z][a-z -]*)")
# Where the name of the thing ends besides a preposition (`thing_named`'s): "evaluation |
# is being done".
_VERBS = frozenset(
    """is are was were will would does do did has have had be being been can could should
    get gets getting got""".split()
)


def thing_asked_the_sort_of(text: str) -> str | None:
    """The word naming the thing whose sort is asked: "what sort of evaluation is being done
    on the change programme" -> "evaluation"; None when the question asks no such thing."""
    found = _SORT_ASKED.search(text.lower())
    return thing_named(found.group(1), _VERBS) if found else None
