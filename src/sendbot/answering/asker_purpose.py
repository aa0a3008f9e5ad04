"""Why the asker wants the answer, told after the question: "total high needs budget for
2024/25? I need it for a governors report and want the official wording", "latest number of
pupils in special schools please, doing a presentation for our SEND board". What the answer is
for names no topic, yet its words ("report", "figure", "board") pull the match away from the
question's fact, or lower it below answering. Pure.
"""

from __future__ import annotations

import re

# A clause after the question telling what the answer is for: what the asker needs or wants
# it for, or what they are writing, preparing or filling in. From a clause's start to the end
# of the message (a later question mark would make it a question of its own).
_PURPOSE = re.compile(
    r"(?P<end>[?!.;,]|\s[-\u2013\u2014]+)\s*"
    r"(?:(?:and|so|as|but|just|because|cos|coz)\s+)*"
    r"(?:(?:i|we)(?:'?m|'?re| am| are)?\s+)?(?:(?:just|currently|basically)\s+)?"
    r"(?:need(?:s|ed|ing)?|want(?:s|ed|ing)?|writing|doing|putting together|preparing|building|"
    r"filling (?:in|out)|working on|drafting|planning|presenting|updating)\b"
    r"(?P<tail>[^?]*)$",
    re.IGNORECASE,
)
# What the asker is working on: the tail must name one, so that "need to know how many" and
# "want to know when" (asking again) are not taken for a purpose.
_WORK = re.compile(
    r"\b(?:report|presentation|newsletter|blog|post|piece|article|leaflet|briefing|bid|"
    r"consultation|response|meeting|board|forum|governors?|budget|planning|strategy|slides?|"
    r"assignment|essay|dissertation|letter|email|submission|campaign|talk|training|"
    r"official (?:figure|wording|number|source))\b",
    re.IGNORECASE,
)
# Words that ask: a tail with them asks something more.
_ASKS = re.compile(
    r"\b(?:what|whats|how|when|which|who|why|where|whether|if|is it|are they|does|did|do they|"
    r"can|could|will|would)\b",
    re.IGNORECASE,
)


_LAST_CLAUSE = re.compile(r"[?!.;,:()]|\s[-\u2013\u2014]+\s")


def without_purpose(text: str) -> str:
    """`text` without the clause ending it that tells what the answer is for; as it is when
    there is none, or nothing asked would be left before it."""
    found = _PURPOSE.search(text)
    if found is None or not _WORK.search(found[0]) or _ASKS.search(found["tail"]):
        return text
    kept = text[: found.start()].rstrip()
    # "SENCO here, putting together a briefing and need the date it was answered": what is
    # asked is in the purpose clause, after a greeting or who is asking.
    if len(_LAST_CLAUSE.split(kept)[-1].split()) < 3:
        return text
    return kept + ("?" if found["end"] == "?" else "")
