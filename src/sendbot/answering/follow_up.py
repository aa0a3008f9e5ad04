"""A message that follows on from an earlier one ("and the AP one?", "wasn't it 20?").

Every message is answered on its own, with no memory of the ones before it, so such a message
is usually declined; the reply then says why, rather than only that the sources lack it (they
may well hold the answer to the whole question)."""

from __future__ import annotations

import re

FOLLOW_UP_NOTE = (
    "I read each message on its own, without the ones before it: if this follows on from an "
    "earlier question, please ask it in full."
)

# Its opening words lean on what was said before: a joining word, "what about", a check of
# "it" or "that", or "the other one".
_FOLLOWS_ON = re.compile(
    r"^(?:and|but|also|or)\b"
    r"|^(?:what|how)\s+about\b"
    r"|^(?:wasn'?t|isn'?t|was|is|are|aren'?t|were|weren'?t)\s+(?:it|that|they|those)\b"
    r"|^(?:are\s+you\s+sure|really|why\s+not|what\s+else|same\s+for|the\s+other\s+one)\b"
)


# "Is it true (that) the high needs budget is £11bn?": an "it" that stands for the clause after
# it, not for something said before. Two words at least must follow, so "is it true?" and "is
# it right that?" still lean on an earlier message.
# So does "is it ok for the council to keep some back?", "is it legal to cut it?": an "it"
# that stands for what someone doing something (the "to ..." after it) would be. Only words
# that judge an act: "is it likely to rise?", "is it enough to cover costs?" ask of a thing.
_IT_STANDS_FOR_WHAT_FOLLOWS = re.compile(
    r"^(?:is|was|isn'?t|wasn'?t)\s+it\s+"
    r"(?:(?:true|right|correct|accurate|the\s+case|fair\s+to\s+say|confirmed)\s+"
    r"(?:that\s+)?\w+\s+\w"
    r"|(?:ok|okay|alright|fair|right|wrong|legal|lawful|illegal|allowed|possible|normal|usual|"
    r"reasonable|acceptable)\s+(?:for\s+(?:\w+\s+){1,4}?)?to\s+\w+\s+\w)"
)

# Asks about "it" or "that" with nothing before it to say what ("how much was it?", "when
# did that start?", "how many were there?"), or ends on "then" ("what was it in 2024/25 then?").
_POINTS_BACK = re.compile(
    r"^(?:how\s+(?:much|many|long|big|old)|what|when|where|who|why|which)"
    r"(?:'s|\s+(?:is|was|are|were|did|does|do|has|have|had|will|would|said))?"
    r"\s+(?:it|that|they|those|there|he|she)\b"
)
_ENDS_ON_THEN = re.compile(r"\bthen\W*$")


def leans_on_earlier(message: str) -> bool:
    """Whether a message reads as part of a conversation: its opening words follow on
    (`follows_on`), it asks about "it" or "that" with nothing to say what, or it ends on
    "then". Said when such a message is declined; it never changes how one is answered."""
    opening = message.strip().lower().replace("\u2019", "'")
    return (
        (follows_on(opening) and _IT_STANDS_FOR_WHAT_FOLLOWS.match(opening) is None)
        or _POINTS_BACK.match(opening) is not None
        or _ENDS_ON_THEN.search(opening) is not None
    )


def follows_on(message: str) -> bool:
    """Whether a message's opening words lean on an earlier one: "and the AP one?", "what
    about last year?", "wasn't it 20?", "are you sure?"."""
    opening = message.strip().lower().replace("\u2019", "'")
    return _FOLLOWS_ON.match(opening) is not None
