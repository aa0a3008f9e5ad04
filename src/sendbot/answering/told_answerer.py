"""'someone in our group said Gillian Keegan answered this one herself, is that right?' ->
'did gillian keegan answer this one herself?'. Pure.

A message that tells who answered, as someone's word, and only asks whether that is right: its
asking clause ("is that right?") names nothing, and its telling clause is a story, so neither
is read as asking who answered. Reworded as the check it makes, the written answer's record of
who answered it replies, and puts the name told right when it is not the answerer's.
"""

from __future__ import annotations

import re

from sendbot.answering.checked_claim import tag_asks_if_right

# Told as someone's word, then who, then the answering: "said gillian keegan answered this
# one", "reckons it was the education secretary who replied to this".
_TOLD_ANSWERER = re.compile(
    r"\b(?:said|says|reckons?|reckoned|thinks?|thought|claims?|claimed|heard|told (?:me|us))"
    r" (?:that )?(?:it was )?(?P<name>(?:[\w.'-]+ ){1,4}?)(?:(?:who|that) )?"
    r"(?:answered|answers|replied(?: to)?|responded(?: to)?|wrote|signed)\b"
    r"(?P<rest>[^,.?!;\n]*)",
    re.IGNORECASE,
)
# Words that, first in the name told, show it is no name: "said it answered", "said they
# replied", "said the answer ...".
_THE_ANSWER = re.compile(r"^(?:the |this |that )?(?:written )?(?:answer|reply|response)\b", re.I)
_NOT_A_NAME = frozenset("it this that they he she the answer reply we you i".split())


def as_answerer_checked(message: str) -> str | None:
    """The message as the check it makes of who answered, when it tells a name as the
    answerer's and its last clause asks only whether that is right; None otherwise."""
    if not tag_asks_if_right(message):
        return None
    found = _TOLD_ANSWERER.search(message)
    if found is None:
        return None
    name = found["name"].strip()
    if name.split()[0].lower() in _NOT_A_NAME and len(name.split()) == 1:
        return None
    # "wrote the answer": the answer is what "this" names in the check
    rest = _THE_ANSWER.sub("this", found["rest"].strip())
    return f"did {name} answer {rest}?" if rest else f"did {name} answer this?"
