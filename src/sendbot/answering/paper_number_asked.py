"""'What's the reference number of the improvement plan?' -> '... command paper number ...'.
Pure.

A government paper laid before Parliament is numbered as a command paper ("CP 800"); people
ask for it as its reference, paper or publication number. Read as written, "reference" and
"number" draw facts counting things; read as the command paper number, the rules for a
paper's record find it.
"""

from __future__ import annotations

import re

# The number of a plan or paper named after it: "the reference number of the send plan",
# "paper number for the improvement plan" (not "the reference number of the question").
_PAPER_NUMBER = re.compile(
    r"\b(?:reference|ref|paper|publication|official|document|doc) (?:number|no\b\.?|num\b|nr\b)"
    r"(?= (?:of|for) (?:the |this |that )?(?:[\w&]+ ){0,6}?(?:plan|paper)\b)",
    re.IGNORECASE,
)

_NUMBER_WORD = re.compile(r"number|\b(?:no|num|nr)\b")


def as_command_paper(text: str) -> str:
    """`text` with a plan's or paper's reference number read as its command paper number."""
    lowered = text.lower()
    if not _NUMBER_WORD.search(lowered) or ("plan" not in lowered and "paper" not in lowered):
        return text  # nearly every question: no words to read
    return _PAPER_NUMBER.sub("command paper number", text)
