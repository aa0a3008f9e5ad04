"""Whether the source speaks of a topic: "is there anything in it about the early career
framework", "does the new ECF have anything on SEND in it?" ask what "is there (in it) about
the early career framework" asks. Weighed as a topic word, "anything" (a term of curated
phrasings such as "does it cost anything") held the topic's fact below the answering threshold.
Only "anything" just before "about", "on", "regarding" (or "in it about") is dropped: "does it
cost anything", "isn't it delivering anything?" and "changed anything" keep it, and so does
"doing anything about X", where "anything" is what is done, not a request for the topic."""

from __future__ import annotations

import re

_ANYTHING_ABOUT = re.compile(
    r"(?<!\bdo )(?<!\bdid )(?<!\bdoes )(?<!\bdone )(?<!\bdoing )"
    r"\banything (?:at all )?(?=(?:(?:in|from) (?:it|this|that|there|here|the \w+) )?"
    r"(?:about|on|regarding|re|concerning)\b)",
    re.IGNORECASE,
)


def without_anything_about(text: str) -> str:
    """`text` with "anything" dropped where it opens "anything (in it) about X"."""
    if "nything" not in text:
        return text  # nearly every question: a substring test costs well under a microsecond
    return _ANYTHING_ABOUT.sub("", text)
