"""Short forms the sources write in capitals, as a sentence says the asker's words back.

An asker types "send pupils" or "ehcps"; a reply that says "a number of send pupils" back reads
as a verb and as careless. The sources write these letters in capitals, so said-back words do.
"""

from __future__ import annotations

# The short forms, lower case, with the plurals people type; each as the sources write it.
_IN_CAPITALS = {
    "send": "SEND",
    "sen": "SEN",
    "senco": "SENCO",
    "sencos": "SENCOs",
    "sendco": "SENDCO",
    "sendcos": "SENDCOs",
    "ehcp": "EHCP",
    "ehcps": "EHCPs",
    "ehc": "EHC",
    "cqc": "CQC",
}

# "send" followed by these is the verb ("send them to", "send a letter"), not the short form.
_VERB_OBJECTS = frozenset("to them him her it a an the back out in me us my our their".split())


def in_source_capitals(words: list[str]) -> list[str]:
    """The words, each short form written as the sources write it."""
    shown: list[str] = []
    for index, word in enumerate(words):
        capitals = _IN_CAPITALS.get(word.lower())
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if capitals is None or (word.lower() == "send" and following in _VERB_OBJECTS):
            shown.append(word)
        else:
            shown.append(capitals)
    return shown
