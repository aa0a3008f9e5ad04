"""A question declined as worded, read again without the interjection it opens with. Pure.

"wait what actually is a supported internship", "hang on, how many schools opened?", "hold on
who answered that": chat opens a question with a word of surprise or pause, which asks
nothing. Read with it, "wait" weighs as the waiting some facts speak of, and "hang"/"hold" as
words of a topic, enough to turn the fact answering down. Only an interjection before a
question word is dropped ("wait times for an assessment?" asks of the waiting), and only when
the message is declined as worded: a message answered with it is answered as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.first_reading import FirstReading
from sendbot.answering.newest import Newest

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


def interjection_left_out(read: FirstReading) -> Newest | None:
    """A declined message opened by an interjection, read without it, when that is answered."""
    question = read.question
    reworded = without_interjection(question)
    if reworded == question:
        return None  # nearly every message
    newest = read.decided(reworded)
    if not newest.result.answered:
        return None
    return replace(newest, result=replace(newest.result, question=question))
