"""'whats PINS for, in a sentence?', 'in plain english what was the parliamentary question',
'when was the question put down in parliament': words that say how the reply is to be put
("in a sentence", "in plain english", "in simple terms", "like in one line") or where every
written question is put ("in parliament") ask nothing of any fact. Read as words of the
question they count against the very fact that answers it, so a message they decline is read
again without them. Pure.
"""

from __future__ import annotations

import re

# How the reply is to be put: "in a sentence", "like in one line", "in plain english", "in
# simple words", "in a nutshell", "in layman's terms", "in a few words", "in short".
_MANNER = re.compile(
    r"(?:\s*[,;:\u2013\u2014-]\s*)?\b(?:(?:like|just|maybe|but|so) )?"
    r"(?:in|into) (?:(?:plain|simple|normal|everyday|basic) "
    r"(?:english|words|terms|language)(?: terms)?|layman'?s terms|lay terms|laymans terms|"
    r"(?:a|one|1|a single|a short|a simple|a couple of|two|a few) "
    r"(?:sentences?|lines?|words?|nutshell)|a nutshell|"
    r"short(?! (?:supply|of|term|notice))|brief|summary)\b"
    r"|\b(?:simply|briefly|roughly) put\b|\bput simply\b|\btl;?dr\b|\beli5\b",
    re.IGNORECASE,
)
# Where every written question is put: "asked in parliament", "the question in parliament".
_IN_PARLIAMENT = re.compile(r"\s*\b(?:in|to|into) (?:the )?parliament\b", re.IGNORECASE)


def without_manner(text: str, *, keep_parliament: bool = False) -> str | None:
    """The message without the words saying how the reply is to be put, or where the written
    question was put (unless `keep_parliament`: "who raised this in parliament" asks who put
    it there); None when it has none of them."""
    reworded = _MANNER.sub("", text)
    if not keep_parliament:
        reworded = _IN_PARLIAMENT.sub("", reworded)
    reworded = re.sub(r"\s+([,?.!])", r"\1", " ".join(reworded.split()))
    reworded = re.sub(r"^[,;:\s-]+", "", reworded)
    if reworded == " ".join(text.split()) or not re.search(r"[a-z]{2}", reworded, re.I):
        return None
    return reworded
