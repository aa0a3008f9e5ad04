"""A yes/no check opened in the negative: "wasn't it 20 special schools?" asks what "was it 20
special schools?" asks. Read as the negative, "wasnt" and "isnt" were topic words (where "was"
and "is" weigh nothing) and the check was declined, or answered with a fact about what is not
so ("isn't it ..." with funding that is not ringfenced). Only the opening before "it", "that",
"they" or "those" is read so: "what isn't working" and "isn't the plan late?" keep theirs."""

from __future__ import annotations

import re

_NEGATIVE_OPENING = re.compile(
    r"^(\W*)(is|was|are|were)n[\u2019']?t(\s+(?:it|that|they|those)\b)", re.IGNORECASE
)


def as_plain_check(text: str) -> str:
    """`text` with a negative opening check ("wasn't it", "isnt that") read as the plain one."""
    found = _NEGATIVE_OPENING.match(text)
    if found is None:
        return text  # nearly every question: a failed match costs well under a microsecond
    return f"{found[1]}{found[2]}{found[3]}{text[found.end() :]}"
