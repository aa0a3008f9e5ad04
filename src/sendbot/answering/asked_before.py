"""A message -> the same message without the apology that it may repeat an earlier one. Pure.

"sorry if this has been asked before, whats the high needs budget now?", "not sure if this
was already asked - ...": the apology speaks of this chat, not of a written answer. Read with
it, "asked" reads as asking about an answer's record (when it was asked, by whom), which
keeps a measure's newest figure from answering; and it names no topic.
"""

from __future__ import annotations

import re

# The apology, opening or ending the message, with the break that sets it apart: "sorry if
# this has been asked before,", "apologies if someone already asked this -", "(may have been
# asked already)". "This" and "it" here are the message itself.
_APOLOGY = (
    r"(?:(?:sorry|apologies|soz|sry)(?: in advance)?(?: if| in case)|not sure if|"
    r"(?:this|it) (?:may|might) have)"
    r"(?: (?:this|it|that)(?: question| one)?(?: has| 's|'s| was| is)?|"
    r" (?:someone|anyone|somebody)(?: has| 's|'s)?)?"
    r"(?: already)?(?: been)?(?: already)? (?:asked|answered|covered|posted)"
    r"(?: (?:this|it))?(?: (?:before|already|here|earlier|previously)){0,2}"
)
_OPENING = re.compile(r"^\W*\(?" + _APOLOGY + r"\)?\s*(?:[,;:.!)]+|\s[-\u2013]+)\s*", re.IGNORECASE)
_ENDING = re.compile(
    r"(?<=\S)\s*(?:[,;:.!?(]+|\s[-\u2013]+)\s*\(?" + _APOLOGY + r"\)?[\s.!)]*$", re.IGNORECASE
)
_WORD = re.compile(r"\w")
# A word every apology has: most messages have none, and are passed over at once.
_APOLOGY_VERB = re.compile(r"asked|answered|covered|posted", re.IGNORECASE)


def without_asked_before(text: str) -> str:
    """`text` without an opening or closing apology that it may have been asked before; as
    it is when there is none, or the apology is all it says."""
    if not _APOLOGY_VERB.search(text):
        return text  # nearly every question
    opened = _OPENING.sub("", text, count=1)
    ended = _ENDING.sub("", opened, count=1)
    if ended != opened and not ended.rstrip().endswith(("?", "!", ".")):
        ended = ended.rstrip() + ("?" if "?" in opened[len(ended) :] else "")
    return ended if _WORD.search(ended) else text
