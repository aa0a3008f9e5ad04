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


def follows_on(message: str) -> bool:
    """Whether a message's opening words lean on an earlier one: "and the AP one?", "what
    about last year?", "wasn't it 20?", "are you sure?"."""
    opening = message.strip().lower().replace("\u2019", "'")
    return _FOLLOWS_ON.match(opening) is not None
