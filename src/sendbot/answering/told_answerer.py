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
# Asked whether it is true, with no one's word told: "is it true gillian keegan answered this
# herself?", "was it right that the education secretary wrote the reply?".
_ASKED_IF_TRUE = re.compile(
    r"^\W*(?:is|was|isn'?t|wasn'?t) it (?:really )?(?:true|right|correct|the case)(?: that)? "
    r"(?:it was )?(?P<name>(?:[\w.'-]+ ){1,4}?)(?:(?:who|that) )?"
    r"(?:actually |really )?(?:answered|answers|replied(?: to)?|responded(?: to)?|wrote|signed)\b"
    r"(?P<rest>[^,.?!;\n]*)",
    re.IGNORECASE,
)
# The answer told as coming from someone: "someone said the answer came from gillian keegan
# herself", "the reply was from the secretary of state?".
_TOLD_FROM = re.compile(
    r"\b(?:(?:the|this|that) (?P<topic>(?:[\w-]+ ){0,3}?))?(?:written )?(?:answer|reply|response) "
    r"(?:came|was|is|come) "
    r"(?:straight |directly )?from (?P<name>(?:[\w.'-]+ ?){1,4}?)(?P<rest> (?:herself|himself))?"
    r"(?=\s*(?:[,.?!;\n]|$| or\b))",
    re.IGNORECASE,
)
# Words that, first in the name told, show it is no name: "said it answered", "said they
# replied", "said the answer ...".
_THE_ANSWER = re.compile(r"^(?:the |this |that )?(?:written )?(?:answer|reply|response)\b", re.I)
_NOT_A_NAME = frozenset("it this that they he she the answer reply we you i".split())
# "the answer was from february", "from last year", "from 2024": a time, not who answered.
_A_TIME = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(?:last|this|next|before|after|ages|years?|months?|weeks?|days?|ago|recently)\b",
    re.IGNORECASE,
)
# "..., is that right or was it a junior minister": a check anywhere in the message.
_ASKS_IF_TRUE = re.compile(r"\b(?:is|was) (?:that|this|it) (?:right|true|correct)\b", re.I)


def as_answerer_checked(message: str) -> str | None:
    """The message as the check it makes of who answered, when it tells a name as the
    answerer's and its last clause asks only whether that is right; None otherwise."""
    found = _ASKED_IF_TRUE.search(message)
    if found is None:
        told = tag_asks_if_right(message)
        # "the reply was from the secretary of state herself?" checks it with no tag
        checks = told or "?" in message or bool(_ASKS_IF_TRUE.search(message))
        found = _TOLD_FROM.search(message) if checks else None
        if found is None and told:
            found = _TOLD_ANSWERER.search(message)
    if found is None:
        return None
    name = found["name"].strip()
    if name.split()[0].lower() in _NOT_A_NAME and len(name.split()) == 1:
        return None
    if _A_TIME.search(name):
        return None
    topic = (found.groupdict().get("topic") or "").strip()
    if topic and topic.lower() not in _NOT_A_NAME:
        # "the pins evaluation answer came from X": which answer is checked
        return f"did {name} answer the {topic} question?"
    # "wrote the answer": the answer is what "this" names in the check
    rest = _THE_ANSWER.sub("this", (found["rest"] or "").strip())
    if rest.lower() in ("herself", "himself"):
        rest = f"this {rest}"  # "the answer came from her herself": she answered this herself
    return f"did {name} answer {rest}?" if rest else f"did {name} answer this?"
