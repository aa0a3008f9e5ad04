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
# "send" after a subject or a modal is the verb too ("they send", "can send"; a plural noun
# of four letters or more, "councils send", is read as a subject below): the short form
# follows a quantifier, a preposition or an article.
_VERB_SUBJECTS = frozenset(
    """i we you they who which that las eps can could will would should must may might do did
    dont don't didn't to""".split()
)
_NOT_A_SUBJECT = frozenset("this was has does is its plus less across towards as us".split())


def _is_the_verb(previous: str, following: str) -> bool:
    """Whether "send" between these two words is the verb, not the short form."""
    if following in _VERB_OBJECTS:
        return True
    # a plural noun before it is its subject: "schools send", "eps send"
    plural_noun = len(previous) > 3 and previous.endswith("s") and previous not in _NOT_A_SUBJECT
    return previous in _VERB_SUBJECTS or plural_noun


def in_source_capitals(words: list[str]) -> list[str]:
    """The words, each short form written as the sources write it."""
    shown: list[str] = []
    for index, word in enumerate(words):
        capitals = _IN_CAPITALS.get(word.lower())
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        previous = words[index - 1].lower() if index else ""
        if capitals is None or (word.lower() == "send" and _is_the_verb(previous, following)):
            shown.append(word)
        else:
            shown.append(capitals)
    return shown
