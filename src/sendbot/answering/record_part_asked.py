"""Which part of a written answer's own record a message surely asks for, by the words that
can ask nothing else: "when did the question first get asked?", "date of the written q itself",
"which minister put their name to it?", "when did the dfe reply?". Pure.

Only such a record can answer these: another fact (the further engagement "early in the new
year", the department the question went to) given for one of them is a wrong answer, however
close its words. A message asking two parts ("who answered, and when?") is none of these.
"""

from __future__ import annotations

import re

from sendbot.answering.answer_parts import AnswerPart

_QUESTION = r"(?:question|q|pq|wpq)"
# Words about the answering, which an asked date must not have between "when" and "asked".
_NOT_ANSWERING = r"(?:(?!\b(?:answer\w*|repl\w*|respon\w*|publish\w*|came|come|out)\b)[^?.!;])"
_ASKED_VERB = (
    r"(?:ask|asked|tabled|put down|put in|submitted|lodged|get asked|got asked|"
    r"(?:first |originally )?(?:go|went|gone) in)"
)
# "responded to the consultation", "replied to my letter": an answer to something else.
_NOT_TO_ANOTHER = (
    r"(?! to (?!(?:the |a |an |our |my |your |this |that )?"
    r"(?:written |original |parliamentary )?(?:question|q|pq|wpq|this|it|that|mp|member|"
    r"peer)\b)\w+)"
)
_PARTS = (
    (
        AnswerPart.ASKED_ON,
        re.compile(
            # "when was the question asked", "what date did the mp table the pq"
            rf"\b(?:when|what date|which date|what day|what time)\b{_NOT_ANSWERING}*?"
            rf"\b(?:{_QUESTION}|it|this|mp|member|peer)\b{_NOT_ANSWERING}*?\b{_ASKED_VERB}\b"
            # "date of the written q itself", "the date the question was put down"
            rf"|\bdate (?:of|for) (?:the |this )?(?:written |original |actual )?{_QUESTION}\b"
            rf"(?! (?:was |got )?answered)"
            rf"|\bdate (?:the |this )(?:written |original |actual )?{_QUESTION} was "
            rf"(?:(?:first|originally) )?{_ASKED_VERB}\b"
        ),
    ),
    (
        AnswerPart.ANSWERED_ON,
        re.compile(
            # "when did the dfe reply", "what date was it answered", "when was the answer given"
            r"\b(?:when|what date|which date|what day)\b(?:(?!\b(?:asked|ask|tabled)\b)[^?.!;])*?"
            r"\b(?:answered|replied|responded|(?:did|does) (?:\w+ ){1,3}?(?:answer|reply|"
            r"respond)|gave (?:this|the|its|their|that) (?:answer|reply|response))\b"
            + _NOT_TO_ANOTHER
        ),
    ),
    (
        AnswerPart.ANSWERER,
        re.compile(
            # "who answered this", "who was it that replied", "which minister put their name
            # to it", "who signed off the reply" (not "who wrote the plan", "who asked")
            r"\bwho (?:\w+ ){0,4}?(?:answered|answerd|replied|responded)\b"
            + _NOT_TO_ANOTHER
            + r"|\bwho (?:\w+ ){0,4}?(?:wrote|signed(?: off)?|gave) (?:the |this |that )?"
            r"(?:written )?(?:answer|reply|response|it|this)\b"
            r"|\bwhich (?:\w+ )?minister (?:\w+ ){0,2}?(?:answered|replied|responded|wrote|"
            r"signed|put (?:their|his|her) name)\b"
        ),
    ),
)


# "who answered it, and when?", "answered when and by who": a second part asked.
_AND_ANOTHER = re.compile(r"\b(?:and|&|\+) (?:when|by who|by whom|who|what date|which minister)\b")


def record_part_asked(text: str) -> AnswerPart | None:
    """The one part of a written answer's record the message surely asks for, or None."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    if _AND_ANOTHER.search(lowered):
        return None
    asked = {part for part, words in _PARTS if words.search(lowered)}
    return asked.pop() if len(asked) == 1 else None
