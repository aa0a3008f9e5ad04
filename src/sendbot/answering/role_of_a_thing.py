"""A question about the part something plays ("what role for special schools in the June 2025
answer", "do ICBs have any role in the change programme", "what role do ed psychs play"), not
about the office of the minister who answered ("whats the role of the guy who answered"). Pure.

"Role" alone reads as an office asked, the answerer's, so such a question drew the answer's
record (who answered) and named its minister as the answer. The part a thing plays is what
the answer says of that thing.
"""

from __future__ import annotations

import re

# Words naming a person, whose office is asked: after "role of / for / in" ("the role of the
# minister"), or just before "role" ("his actual role", "answering minister + role").
_PERSON_WORDS = frozenset(
    "minister ministers minister's guy guy's person person's man woman lady bloke answerer mp "
    "peer baroness lord secretary him her he she them they his their one who answered "
    "answering replying".split()
)
_PERSON = (
    r"(?:the |this |that |a |an )?(?:minister|ministers|guy|person|man|woman|lady|bloke|"
    r"answerer|mp|peer|baroness|lord|secretary|him|her|he|she|them|they|one who)\b"
)
# An office in a body is someone's: "his role in the DfE".
_BODY = r"(?:the )?(?:dfe|department|dept|government|govt|cabinet|ministry)\b"
# The part a thing plays: "role for special schools", "the role of EPs", "any role in the
# change programme", "what role do ed psychs play"; not "the role of the minister".
_ROLE_OF_A_THING = re.compile(
    rf"\broles? (?:of|for|in) (?!{_PERSON})(?!{_BODY})\w"
    r"|\broles?\b(?:\s+[\w']+){0,6}?\s+play(?:s|ed|ing)?\b"
    r"|\bplays? (?:a|an|any|no|the) (?:\w+ )?roles?\b"
    r"|\b(?:have|has|had) (?:a|an|any|no) (?:\w+ )?roles?\b"
)
# How many words before "role" may say whose it is.
_BEFORE = 4


def asks_a_things_role(text: str) -> bool:
    """The question asks the part something plays, not someone's office."""
    lowered = text.lower()
    for match in _ROLE_OF_A_THING.finditer(lowered):
        before = re.findall(r"[\w']+", lowered[: match.start()])[-_BEFORE:]
        if _PERSON_WORDS.isdisjoint(before):
            return True
    return False
