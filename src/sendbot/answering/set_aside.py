"""'beyond the ones that opened, how many more special free schools got the go ahead?' -> 'how
many more special free schools got the go ahead?'. Pure.

A clause setting aside what the asker already has ("beyond the 15 that opened", "on top of the
ones that already opened", "apart from those") names it only to ask for something else; read
with the rest, its words draw the very fact it sets aside.
"""

from __future__ import annotations

import re

from sendbot.answering.setting_aside_words import either_of

# The words that set aside what the asker already has or add to it ("on top of the ones that
# opened"): a list of its own, as this reads what is asked beside a thing the asker has, not a
# thing left out of what is asked (`setting_aside_words`, with "except"). One of them the
# pattern needs, as an ASCII message lower-cased writes them: a message with none of them
# (most) is not searched. (Another message is always searched: a letter that is no ASCII one
# may match an ASCII one when case is ignored.)
_SETTING_ASIDE_WORDS = (
    "beyond",
    "on top of",
    "besides",
    "apart from",
    "other than",
    "in addition to",
    "over and above",
    "not counting",
    "excluding",
)
# Those words, then what is set aside (a pointer or "the ..."), up to the end of its clause: a
# stop, or the next asking word.
_SET_ASIDE = re.compile(
    rf"\s*\b{either_of(_SETTING_ASIDE_WORDS)}\s+(?:the|those|these|them)\b"
    # ("the 10.5bn": a point or comma between digits ends nothing)
    r"(?:(?!\b(?:how|what|which|are|is|has|have|did|do|does|will)\b)(?:\d[.,]\d|[^,.;:?!\n]))*",
    re.IGNORECASE,
)


def _found(text: str) -> re.Match[str] | None:
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in _SETTING_ASIDE_WORDS):
            return None
    return _SET_ASIDE.search(text)


def set_aside(text: str) -> str | None:
    """The clause of `text` that sets aside what the asker has, if one does."""
    found = _found(text)
    return found.group().strip() if found else None


def without_set_aside(text: str) -> str:
    """`text` without the clause setting aside what the asker already has (and a comma or
    "but" left dangling before what is asked)."""
    found = _found(text)
    if found is None:
        return text
    rest = f"{text[: found.start()]} {text[found.end() :]}"
    rest = re.sub(r"\s*,\s*(?=[,?.!]|$)|^\s*,\s*", " ", rest)
    rest = re.sub(r"\bbut\s*,?\s*(?=\b(?:how|what|which|are|is|has|have|did|do|does)\b)", "", rest)
    rest = re.sub(r"\s+([,?.!])", r"\1", rest)
    return " ".join(rest.split())
