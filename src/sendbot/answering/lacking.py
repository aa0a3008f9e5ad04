"""The wording the "what the source lacks" sentences share: how they start ("The written answer
doesn't name who.") and how they name a fact's main figure. Its own module so that missing and
the modules it imports (only_mentioned, asked_when) share one copy without an import cycle.
Pure.
"""

from __future__ import annotations

import re
from typing import Protocol

from sendbot.answering.source_capitals import in_source_capitals
from sendbot.knowledge.model import FigureKind

SOURCE = "The written answer"


class Figured(Protocol):
    """What is read of a fact's profile to name its main figure (missing.FactProfile)."""

    @property
    def main_label(self) -> str: ...  # the label of its first figure that is not a date
    @property
    def main_kind(self) -> FigureKind | None: ...


def the_figure(fact: Figured) -> str:
    """Its main figure as a sentence says it: "the number of approved schools"."""
    if not fact.main_label:  # a figure curated without a label still reads as a sentence
        return "a number" if fact.main_kind is FigureKind.COUNT else "a figure"
    if fact.main_kind is FigureKind.COUNT:
        return f"the number of {fact.main_label}"
    if _OWNED.match(fact.main_label):  # "Warwickshire's allocation", never "the Warwickshire's"
        return fact.main_label
    return f"the {fact.main_label}"


# A label that opens with its owner ("Warwickshire's high needs block allocation") already says
# whose figure it is.
_OWNED = re.compile(r"\w+['\u2019]s\b")


# Where the asker's own words stop naming a thing and go on asking, chatting or telling:
# "extra eps and starting when", "supported internship like in one line", "early career
# framework never heard of it", "ap free school my lad is 17". A sentence says back only the
# words before these.
_ASKING = frozenset("how what when where which who whom whose why whether".split())
_CHAT = frozenset(
    """u ur pls plz please lol tho btw anyway anyways just actually really even basically
    literally specifically exactly never like anywhere""".split()
)
# A clause about the thing begins: "the dept say its plan ...", "pins money spent on".
_CLAUSE = frozenset(
    """i im ive me my we our you your youre they theyre he she his her
    is are was were will would said say says spent""".split()
)
_ENDS_THE_NAME = _ASKING | _CHAT | _CLAUSE
# Words a name never ends with: the joins left when what followed them was cut away.
_LOOSE_END = frozenset("and n or on of for to with w the a an in at by from about".split())
# Chat shorthand, said back in full.
_IN_FULL = {
    "ppl": "people",
    "orgs": "organisations",
    "dept": "department",
    "govt": "government",
    "w": "with",
}


def said_back(phrase: str, asking_ends: bool = True) -> str | None:
    """The asker's phrase as a sentence may say it back: the name it starts with, without the
    asking or chat after it ("extra eps and starting when" -> "extra eps"); None when no name
    is left ("replacing what", "dept say ..."), so that the sentence names the kind of detail
    instead. With `asking_ends` false a second asking is kept: "are primary and how many
    secondary" reads well after "not how many of them"."""
    ends = _ENDS_THE_NAME if asking_ends else _CHAT
    kept: list[str] = []
    cut = False
    for word in phrase.split():
        if word.lower() in ends:
            cut = True
            if word.lower() in _CLAUSE and len(kept) == 1:
                return None  # "the dept say its plan ...": one word is who says, not what
            break
        kept.append(word)
    while kept and kept[-1].lower() in _LOOSE_END:
        kept.pop()
    if cut and kept and kept[-1].lower().endswith("ing"):
        # "and starting when", "replacing what": a verb before the cut began the asking.
        if len(kept) == 1:
            return None
        if kept[-2].lower() in ("and", "or"):
            del kept[-2:]
    in_full = [_IN_FULL.get(word.lower(), word) for word in kept]
    return as_said(" ".join(in_source_capitals(in_full))) or None


# A split year is folded into one word to be matched ("2024/25", "24-25" -> "2024_25"); a
# sentence says it as the sources write it.
_FOLDED_YEAR = re.compile(r"\b((?:19|20)\d{2})_(\d{2})\b")


def as_said(text: str) -> str:
    """Folded words a sentence says back, as the sources write them: "2024_25" -> "2024/25"."""
    return _FOLDED_YEAR.sub(r"\1/\2", text)
