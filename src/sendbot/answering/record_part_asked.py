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
    r"(?:asked|tabled|put down|put in|submitted|lodged|get asked|got asked|"
    r"(?:first |originally )?(?:go|went|gone) in)"
)
# Asked of the question itself, or of "it" put passively: "when was the pq tabled", "when
# was it asked", "when did the mp ask" (not "when did it first ask about capacity": a survey
# may ask, and "what did the question ask about" asks its wording).
_ASKED_OF = (
    rf"\b(?:{_QUESTION}\b{_NOT_ANSWERING}*?\b{_ASKED_VERB}"
    r"|(?:(?:it|this|that) (?:was|got|were)|(?:was|were) (?:it|this|that)) "
    r"(?:(?:first|originally|actually) )?(?:asked|tabled|put down|submitted|lodged)"
    r"|(?:it|this|that) (?:(?:first|originally|actually) )?(?:asked|tabled|put down|submitted|"
    r"lodged)"
    r"|(?:ask|asked|table|tabled|submit|submitted|lodge|lodged) (?:the|this|that) "
    rf"(?:written |original )?{_QUESTION}"
    rf"|(?:mp|member|peer|lord|baroness)\b{_NOT_ANSWERING}*?\b(?:ask|{_ASKED_VERB})"
    # "did someone ask parliament", "did they ask the secretary of state": who was asked is
    # what a written question is put to
    r"|(?:someone|somebody|they|he|she) (?:ask|asked|put it to) (?:parliament|the (?:secretary "
    r"of state|minister|department|dfe|government|govt|education secretary)))\b"
)
# A question asking when: "when was", "what date did" (not "... when they replied on X", a
# clause saying when something was said).
_WHEN = (
    r"\b(?:when (?:was|were|did|is|does|has|had)|what date|which date|what day|which day|"
    r"what month|which month)\b"
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
            _WHEN
            + _NOT_ANSWERING
            + r"*?"
            + _ASKED_OF
            # "date of the written q itself", "the date the question was put down"
            + rf"|(?<!answer )(?<!answered )\bdate (?:of|for) (?:the |this )?"
            rf"(?:written |original |actual )?{_QUESTION}\b"
            rf"(?! (?:was |got )?answered)"
            rf"|\bdate (?:the |this )(?:written |original |actual )?{_QUESTION} was "
            rf"(?:(?:first|originally) )?{_ASKED_VERB}\b"
        ),
    ),
    (
        AnswerPart.ANSWERED_ON,
        re.compile(
            # "when did the dfe reply", "what date was it answered", "when was the answer given"
            _WHEN + r"(?:(?!\b(?:asked|ask|tabled)\b)[^?.!;])*?"
            # (a verb: "when did the dfe answer", not "when was the plan published, does the
            # answer say?", whose answer is where the date is looked for)
            r"\b(?:answered|replied|responded|(?:did|does) (?:\w+ ){1,3}?"
            r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bits )(?:answer|reply|"
            r"respond)|gave (?:this|the|its|their|that) (?:answer|reply|response))\b"
            + _NOT_TO_ANOTHER
            # "which month was the answer given in", "when was the reply published"
            + r"|"
            + _WHEN
            + r"(?:(?!\b(?:asked|ask|tabled)\b)[^?.!;])*?\b(?:answer|reply|response) "
            r"(?:was |were )?(?:given|published|issued|made|sent|put out)\b"
            # "the exact date the answer was published", "the date the govt answered"
            r"|\bdate (?:that |when )?(?:the |this |its )?(?:(?:written |govt |government )?"
            r"(?:answer|reply|response) was (?:given|published|issued|made|sent)|"
            r"(?:govt|government|dfe|department|minister) (?:answered|replied|responded))\b"
            # "date of the reply saying X", "need the date on that answer": the answer's own
            # date, asked (not "published up to the date of this answer", a time it gives)
            r"|(?:^|\b(?:what'?s|what is|need|want|give me|get)\s)(?:the |exact )*"
            r"date (?:of|on|for) (?:the |this |that )?(?:written |govt |government )?"
            r"(?:answer|reply|response)\b(?!'s)"
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
            # "credit whoever gave the govt reply", "whoever answered it, who was it?"
            + (
                r"|\bwhoever (?:\w+ ){0,2}?(?:answered|replied|responded|wrote|signed|gave) "
                r"(?:[\w/]+ ){0,3}?(?:answer|reply|response|it|this|question|q|pq|wpq)\b"
            )
        ),
    ),
)


# "who answered it, and when?", "answered when and by who": a second part asked.
_AND_ANOTHER = re.compile(
    r"\b(?:and|&|\+) (?:on |at )?(?:when|by who|by whom|who|what date|which date|what day|"
    r"which minister)\b"
)


# "the asking date, not the answer date", "I know when it was asked but ...": a part set aside
# by name, which the readings of what is set aside weigh; none is surely asked here.
_SETS_ASIDE = re.compile(r"\b(?:not|rather than|instead of|i know|we know|already know)\b")


# "who actually put the question in? the answer only seems to say who replied": who asked is
# what is asked, which the record seldom says; "who replied" there only tells.
_WHO_ASKED = re.compile(
    r"\bwho (?:\w+ ){0,2}?(?:put|asked|tabled|raised|lodged|submitted|sent|posed)\b"
    r"|\b(?:which|what) (?:mp|member|peer|lord|baroness|politician)\b"
)


# Words every one of the _PARTS needs: one asking when or who ("when", "what date", "who",
# "which minister"), and one of asking or answering ("asked", "tabled", "put down", "went in";
# "answered", "replied", "wrote", "signed", "gave"; "the date of the q" has its own). Most
# messages lack one or the other, and are told so without reading the long patterns.
_PART_WORDS = ("when", "date", "day", "month", "who", "minister")
_RECORD_WORDS = (
    *("ask", "table", "put ", "submit", "lodge", "go in", "went in", "gone in", "date "),
    *("answer", "repl", "respond", "gave", "wrote", "signed", "minister"),
)


# "is this answer from 2024 or 2023?", "was it answered in jan 2024 or dec 2023": which of two
# times the answer is of, each a year (a month before it or not): when it was answered is
# asked, as "when was it answered?" asks it.
_TIME = r"(?:(?:[a-z]{3,9}) )?(?:19|20)\d\d"
_WHICH_TIME_ANSWERED = re.compile(
    r"\b(?:is|was|s) (?:this|that|it|the)"
    r"(?: (?:written |parliamentary )?(?:answer|reply|response|one))?"
    r"(?: (?:answered|replied|responded|given|dated|written))?"
    rf" (?:from|in|of|dated) {_TIME} or (?:from |in |of )?{_TIME}\b"
)


def record_part_asked(text: str) -> AnswerPart | None:
    """The one part of a written answer's record the message surely asks for, or None."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    if _WHICH_TIME_ANSWERED.search(lowered) and not _AND_ANOTHER.search(lowered):
        return AnswerPart.ANSWERED_ON
    if not any(word in lowered for word in _PART_WORDS) or not any(
        word in lowered for word in _RECORD_WORDS
    ):
        return None
    if any(words.search(lowered) for words in (_AND_ANOTHER, _SETS_ASIDE, _WHO_ASKED)):
        return None
    asked = {part for part, words in _PARTS if words.search(lowered)}
    return asked.pop() if len(asked) == 1 else None
