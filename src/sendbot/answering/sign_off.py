"""A question -> the same question without the thanks it ends with or doubled spaces. Pure.

"whats the schools budget now ta", "latest on PINS? thanks in advance": chat signs a question
off with thanks, and the thanks are no part of what is asked. Read with them, a question's
last clause is the thanks, not the question ("latest on ..." no longer ends the message), and
"ta" reads as a teaching assistant. Spaces typed twice ("how  many") say nothing either.
"""

from __future__ import annotations

import re

from sendbot.answering.chat_phrases import THANKS_SAYS

# Thanks at the end of a message, after what it asks: "? thanks", ", cheers!", "ta x".
_SIGN_OFF = re.compile(
    r"(?P<before>\S)(?P<mark>[\s,.!?-]*?)[\s,.-]+(?:(?:thanks|thank you|thank u|thankyou|thx|"
    r"ty|tia|cheers|ta|many thanks|much appreciated)(?: (?:so much|very much|a lot|loads|"
    r"in advance|in adv)){0,2})[\s!.x:)]*$",
    re.IGNORECASE,
)
# Words after which "ta" is a teaching assistant, not thanks: "training for a ta".
_TA_AS_A_ROLE = re.compile(
    r"\b(?:a|an|the|each|every|my|our|your|their|as|per|and|or|for|senco|teacher|hlta|sen)"
    r"[\s,.-]+ta\W*$",
    re.IGNORECASE,
)
_LONGEST_SIGN_OFF = 40
_THANKS_WORDS = frozenset("thanks thank thankyou thx ty tia cheers ta appreciated".split())
_SPACES = re.compile(r"[ \t]{2,}")
# What is said with thanks when nothing is asked: "ok thanks", "that's great, cheers".
_CHAT_BEFORE = re.compile(r"^\W*(?:ok|okay|cool|nice|great|hi|hello|hey|bye|yes|no|yep|nope)\b")


def without_sign_off(question: str) -> str:
    """`question` without the thanks it ends with and with single spaces; unchanged when the
    thanks are all it says ("thanks!" is a reply of its own)."""
    text = _SPACES.sub(" ", question) if "  " in question or "\t" in question else question
    tail = text[-_LONGEST_SIGN_OFF:].lower().split()
    if _THANKS_WORDS.isdisjoint(word.strip(",.!?:;)-") for word in tail):
        return text  # no thanks at the end: nearly every question
    # Only the message's end is searched: the longest thanks with what may come around them.
    found = _SIGN_OFF.search(text, max(0, len(text) - _LONGEST_SIGN_OFF))
    if found is None or _TA_AS_A_ROLE.search(text):
        return text
    before = text[: found.start("mark")].lower().replace("'", "").replace("\u2019", "")
    said = before.split()
    if len(said) < 2 or said[-1] in {"many", "much"}:
        return text  # "many thanks", "thanks thanks": thanks alone
    if _CHAT_BEFORE.match(before) or (len(said) <= 3 and THANKS_SAYS.match(" ".join(said))):
        return text  # "that's great thanks": thanks for a reply, nothing asked
    # The question's own mark stays: "latest on PINS? thanks" -> "latest on PINS?".
    mark = "?" if "?" in found["mark"] else ""
    return text[: found.start("mark")] + mark
