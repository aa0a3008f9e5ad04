"""A rise whose size is asked as "the size of the rise": "what's the size of the high needs
increase?", "any update on the size of the SEND funding uplift". Pure.

Read as the plainer "how big is the high needs increase", which the rise's facts answer. As
written, "size of the high needs ..." is nearly word for word a total's curated phrasing ("size
of the high needs pot"), and the total ("over £12 billion") was given for the increase. Only
a rise named: "the size of the high needs pot" asks the total, and is left as it is.
"""

from __future__ import annotations

import re

# "what's the size of the", "the size of", then the rise within a few words: "the size of the
# high needs increase", "size of this year's uplift". (Not "the size of the total after the
# increase": a total asked.)
_SIZE_OF_A_RISE = re.compile(
    r"\b(?:(?:what|whats|what['\u2019]s|what is|what was) )?(?:the )?size of (?:the |this |that )?"
    r"(?=(?:(?!total\b|overall\b)[\w'\u2019/-]+ ){0,4}?"
    r"(?:increase|increases|rise|rises|uplift|uplifts|boost|jump|hike)\b)",
    re.IGNORECASE,
)


def as_how_big(text: str) -> str:
    """`text` with "the size of the X increase" read as "how big is the X increase"."""
    if "size" not in text.lower():
        return text  # nearly every question
    return _SIZE_OF_A_RISE.sub("how big is the ", text)
