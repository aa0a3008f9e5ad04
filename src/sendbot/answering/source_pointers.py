"""Words that point at the source itself, not at what is asked of it: "which training offers
does the minister mention", "how many places are there in the answer", "what budget figure is
quoted by the minister". The written answer and its minister are where the
answer is to be found; read as topic words, they draw the answer's own record (who answered,
when) and thin out the words the question shares with the fact it asks about. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sendbot.answering.normalise import STOPWORDS

_SOURCE = r"(?:written )?(?:answer|reply|response)"
# The answer and its minister, not the department or the government: what those say or do
# is often the topic ("what does the department say it is delivering").
_SPEAKER = r"(?:minister|answer|reply|response)"
# Not "say" or "give": "what did the minister say there is for ...", "did the answer give
# any date" ask whether it says or gives something, and what follows is often a story's.
_SAYS = (
    r"(?:mention|mentions|mentioned|quote|quotes|quoted|cite|cites|cited|state|states|stated|"
    r"talk about|talks about|talked about|refer to|refers to|referred to|set out|sets out|"
    r"list|lists|listed|highlight|highlights|highlighted)"
)
_POINTERS = re.compile(
    # "... in the answer", "according to the reply", "from this response"; not "in the answer
    # about X", "the reply to the lords": words that say which answer is meant
    rf"\b(?:in|from|according to|within) (?:the|this|that|their|his|her|its) {_SOURCE}\b"
    r"(?! (?:about|on|to|from|of|by|for|given|dated|regarding|re|in)\b)|"
    # "does the minister mention", "what did the answer quote"
    rf"\b(?:does|did|do) (?:the )?{_SPEAKER} {_SAYS}\b|"
    # "the minister mentions", "the answer quoted"
    rf"\bthe {_SPEAKER} {_SAYS}\b|"
    # "mentioned in the answer", "quoted by the minister"
    rf"\b{_SAYS} (?:in|by) the (?:{_SOURCE}|minister)\b|"
    # "the review she mentioned", "the date mentioned there": the minister as "she" or "he",
    # the answer as "there" (not "they", often the department whose doing is asked)
    rf"\b(?:she|he) {_SAYS}\b|"
    rf"\b{_SAYS} (?:there|in there|in it)\b"
)
# Asking of the answer's own record, outright: then the words are what is asked.
_RECORD_ASKED = re.compile(
    r"\b(?:who|when|answered|replied|responded|signed|wrote)\b|"
    r"\b(?:which|what) (?:minister|date|day|department|dept)\b"
)


def without_source_pointers(said: Sequence[str]) -> Sequence[str]:
    """The question's (folded) words without those pointing at the source, when it asks
    nothing of the answer's record and other words name what it asks about; else as said."""
    text = " ".join(said)
    if not _POINTERS.search(text) or _RECORD_ASKED.search(text):
        return said
    kept = _POINTERS.sub(" ", text).split()
    if all(word in STOPWORDS for word in kept):
        return said  # "what did the minister mention?": the answer itself is all it names
    return kept
