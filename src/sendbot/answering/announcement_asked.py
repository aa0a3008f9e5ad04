"""When the places of something are to be made known, asked in everyday words ("when will we
find out where the new schools go", "when were they going to say where they'll be built",
"when do we hear where the 10 new colleges are going"): reworded as "when will the locations
of X be announced", the words a fact on an announcement still to come says it in. As asked,
"find out", "say", "hear" and "go" are words of many facts (and "say" reads as asking what a
written answer says), so the fact on the announcement ranks among the record's dates and the
question is declined. Pure.

The reading answers only when the fact it gives says an announcement is still to be made
("will be made by", "will be announced"): that is what such a question asks, so the bar is
the answering threshold, not a second guess's surer one.
"""

from __future__ import annotations

import re

from sendbot.answering.first_reading import FirstReading, read_as
from sendbot.answering.newest import Newest

# What a question may open or close with around what it asks: "so", "ok", "lol", "tho".
_OPENING = r"^\W*(?:(?:so|ok|okay|and|but|wait|sorry|hi|hey|um|erm|any idea|do you know)\W+)*"
_CLOSING = r"(?:\W+(?:lol|tho|though|then|again|exactly|really|actually|anyway|pls|please))*\W*$"
_WHEN = r"when (?:will|would|do|does|did|are|were|was|is|should|can|shall)"
# Who makes it known, or comes to know it: "we", "they", "the dfe", "parents".
_WHO = (
    r"(?:we|they|you|i|people|parents|families|councils|(?:the )?(?:dfe|department|dept|"
    r"government|govt|gov|minister|ministers))"
)
_GOING_TO = r"(?:(?:be )?(?:going to|gonna|planning to|meant to|due to|supposed to) )?"
_MADE_KNOWN = (
    r"(?:find out|found out|hear|hear about|know|learn|get told|be told|told|say|said|tell us|"
    r"tell|announce|announced|confirm|confirmed|reveal|revealed|publish|published|decide|"
    r"decided|name|named)"
)
_THING_WORD = r"[\w£.,/'\u2019&-]+"
_THING = rf"(?P<thing>{_THING_WORD}(?: {_THING_WORD}){{0,6}}?)"
# What the thing is to do there: "go", "are going", "will be built", "are being put".
_PLACED = (
    r"(?:go|goes|going|are going|is going|are gonna go|will go|'ll go|'ll be|will be|would be|"
    r"would go|be|are|is|are to be|to be|end up|will end up|get built|are built|will be built|"
    r"are being built|be built|open|opening|will open|are opening|are being put|get put|"
    r"are located|will be located|be located)"
)
_SHAPE = re.compile(
    rf"{_OPENING}{_WHEN} {_WHO} {_GOING_TO}{_MADE_KNOWN} where {_THING}"
    rf"(?: {_PLACED}(?: (?:built|put|located|sited))?)?{_CLOSING}",
    re.IGNORECASE,
)
# Words that stand for something said before: read alone they name nothing to look up.
_NAMES_NOTHING = frozenset("it its this that these those they them there here".split())

# A fact saying an announcement is still to be made: "an announcement ... will be made by May
# 2024", "will be announced in the autumn".
_ANNOUNCEMENT_TO_COME = re.compile(
    r"\bannouncement\b[^.]*\bwill be made\b|\b(?:will|is to|are to) be announced\b",
    re.IGNORECASE,
)

# A question longer than this tells a story as well: it is read as a whole.
_LONGEST = 120


def places_asked_of(text: str) -> str | None:
    """The thing whose places a question asks when they will be made known ("the 15
    schools"), when the whole question has that shape; None otherwise."""
    if len(text) > _LONGEST:
        return None
    lowered = " ".join(text.lower().split()).replace("\u2019", "'")
    found = _SHAPE.match(lowered)
    if found is None:
        return None
    thing = found["thing"].strip(" ,.")
    if not set(thing.split()).isdisjoint(_NAMES_NOTHING):
        return None
    return thing


def as_announcement_asked(text: str) -> str | None:
    """'when will we find out where the new schools go' -> 'when will the locations of the
    new schools be announced'; None when the question does not ask that."""
    thing = places_asked_of(text)
    if thing is None:
        return None
    return f"when will the locations of {thing} be announced"


def says_announcement_to_come(said: str) -> bool:
    return _ANNOUNCEMENT_TO_COME.search(said) is not None


def announcement_asked(read: FirstReading) -> Newest | None:
    """A declined question asking when the places of something will be made known, read as
    when their locations will be announced: answered when the fact given says that
    announcement is still to be made."""
    reworded = as_announcement_asked(read.spelt)
    if reworded is None:
        return None
    newest = read.decided_as_worded(reworded)
    best = newest.result.best
    if not newest.result.answered or best is None:
        return None
    if not says_announcement_to_come(f"{best.fact.statement} {best.fact.quote}"):
        return None
    return read_as(newest, reworded, "it asks when that will be announced")
