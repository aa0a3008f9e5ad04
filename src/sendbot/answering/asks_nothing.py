"""'whats PINS for, in a sentence?', 'in plain english what was the parliamentary question',
'when was the question put down in parliament', 'was it asked back in december 2023?': words
that say how the reply is to be put ("in a sentence", "in plain english", "in simple terms",
"like in one line"), where every written question is put ("in parliament"), the business the
asker reads about ("in all this"), or only stress a time ("back in december") ask nothing of
any fact. Read as words of the question they count
against the very fact that answers it, so a message they decline is read again without them;
and a question said to "go in" was put, which the base's phrasings say as "asked". Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.normalise import may_hold

# How the reply is to be put: "in a sentence", "like in one line", "in plain english", "in
# simple words", "in a nutshell", "in layman's terms", "in a few words", "in short".
_MANNER = re.compile(
    r"(?:\s*[,;:\u2013\u2014-]\s*)?\b(?:(?:like|just|maybe|but|so) )?"
    # "can you put it in layman's terms", "explain it in a sentence": the asking of the manner
    r"(?:(?:(?:can|could|would) you |pls |please )?(?:put|say|explain|tell me|sum) "
    r"(?:it |that |this |(?:it |that |this )?up )?)?"
    r"(?:in|into) (?:(?:plain|simple|normal|everyday|basic) "
    r"(?:english|words|terms|language)(?: terms)?|layman'?s terms|lay terms|laymans terms|"
    r"(?:a|one|1|a single|a short|a simple|a couple of|two|a few) "
    r"(?:sentences?|lines?|words?|nutshell)|a nutshell|"
    r"short(?! (?:supply|of|term|notice))|brief|summary)\b"
    r"|\b(?:simply|briefly|roughly) put\b|\bput simply\b|\btl;?dr\b|\beli5\b"
    # "whats AP short for in all this": the whole business the asker is reading about
    r"|\s*\bin all (?:of )?(?:this|that)(?: stuff| business| mess)?\b",
    re.IGNORECASE,
)
# Where every written question is put: "asked in parliament", "the question in parliament".
_IN_PARLIAMENT = re.compile(r"\s*\b(?:in|to|into) (?:the )?parliament\b", re.IGNORECASE)
# "back in december 2023", "way back in 2022": "back" only stresses the time after it.
_BACK_IN = re.compile(
    r"\b(?:way )?back (?=(?:in|on|around|at the start of) (?:(?:early|late|mid) )?"
    r"(?:(?:19|20)\d\d\b|\d{1,2}(?:st|nd|rd|th)? |"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:spring|summer|autumn|winter)\b))",
    re.IGNORECASE,
)
# "the question went in in december", "when did the pq go in": a written question put down.
_WENT_IN = re.compile(
    r"\b(?P<what>question|pq|wpq|q|it) (?:(?:first|originally|actually) )?"
    r"(?P<verb>went|go|goes|gone|got put|was put|was sent|got sent|was handed) in\b",
    re.IGNORECASE,
)


# Words (in lower case) of which every match of `_MANNER` holds one: "in" or "into" before the
# manner, "put" of "simply put", "tl" of "tl;dr", "eli5".
_MANNER_WORDS = ("in ", "into ", "put", "tl", "eli5")


def _asked(found: re.Match[str]) -> str:
    """ "went in" -> "was asked"; "(did it) go in" -> "get asked"."""
    verb = found["verb"].lower()
    return f"{found['what']} {'get asked' if verb in ('go', 'goes') else 'was asked'}"


def without_words_asking_nothing(text: str, *, keep_parliament: bool = False) -> str | None:
    """The message without the words saying how the reply is to be put, or where the written
    question was put (unless `keep_parliament`: "who raised this in parliament" asks who put
    it there), or only stressing a time, and with a question that "went in" asked; None when
    it has none of them."""
    # Each pattern is searched only where one of its words may be: most messages hold none.
    reworded = _MANNER.sub("", text) if may_hold(text, _MANNER_WORDS) else text
    if may_hold(reworded, ("back",)):
        reworded = _BACK_IN.sub("", reworded)
    reworded = _WENT_IN.sub(_asked, reworded)
    if not keep_parliament and may_hold(reworded, ("parliament",)):
        reworded = _IN_PARLIAMENT.sub("", reworded)
    reworded = re.sub(r"\s+([,?.!])", r"\1", " ".join(reworded.split()))
    reworded = re.sub(r"^[,;:\s-]+", "", reworded)
    if reworded == " ".join(text.split()) or not re.search(r"[a-z]{2}", reworded, re.I):
        return None
    return reworded
