"""A question -> the same question without the interjection it opens with. Pure.

"wait what actually is a supported internship", "hang on, how many schools opened?", "hold on
who answered that": chat opens a question with a word of surprise or pause, which asks
nothing. Read with it, "wait" weighs as the waiting some facts speak of, and "hang"/"hold" as
words of a topic, enough to turn the fact answering down or to draw another. Only an
interjection before a question word is dropped: "wait times for an assessment?" asks of the
waiting.
"""

from __future__ import annotations

import re

# The interjection, with the commas, dashes or dots typed after it, then a word a question
# opens with (kept).
_OPENING_INTERJECTION = re.compile(
    r"^\W*(?:wait|hang on|hold on|hold up|hmm+|ah+|oh+|erm+|um+)"
    r"(?: (?:a (?:sec|second|minute|min)|then|though))?[\s,.!:;-]+"
    r"(?=(?:so |ok |okay |but |and )?(?:what|whats|what's|how|who|whos|who's|when|whens|"
    r"when's|where|wheres|where's|why|which|is|isnt|isn't|are|arent|aren't|does|do|did|was|"
    r"were|has|have|can|could|will|would|should)\b)",
    re.IGNORECASE,
)


def without_interjection(question: str) -> str:
    """`question` without the interjection it opens with, when a question follows it."""
    found = _OPENING_INTERJECTION.match(question)
    if found is None:
        return question
    return question[found.end() :]
