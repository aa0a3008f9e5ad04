"""Whether an eligibility question asks about one person: the asker's own child ("can my son
do it", "is she eligible"), or the asker ("could I join"). A written answer may say whom a
scheme is for; it never says whether one person gets a place. Pure.
"""

from __future__ import annotations

import re

_ONE_PERSON = re.compile(
    # the asker's own one: "my son", "our daughter", "my 19 year old"
    r"\b(?:my|our) (?:\w+ ){0,3}?(?:child|son|daughter|kid|boy|girl|grandson|granddaughter|"
    r"teen|teenager|lad|young person|\d+ ?yo|\d+ (?:year|yr) old)\b|"
    # the asker, or a child already told of, as the one asking to take part
    r"\b(?:can|could|would|will|may|might|is|am|are|does|do) (?:i|we|she|he)\b"
)


def asks_for_one(text: str) -> bool:
    """Whether the (folded) question asks of the asker or their own one."""
    return _ONE_PERSON.search(text) is not None
