"""Questions asking whom something is for, or from what age to what age ("who are supported
internships for?", "are they only for young people with an EHC plan?", "what age range is it
for?"), and whether a fact says so. Pure.

Siblings on one scheme share its name: the fact saying how much was invested in it, or that
every council was funded to offer it, may rank level with the one saying whom it supports
("designed to support young people aged 16-24 with EHC plans"). Only the last answers.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import is_age, says_whom
from sendbot.knowledge.model import Fact

# "who are they for", "who is the pilot aimed at": "for" ending a clause (not "who is
# responsible for funding"); "only for", "just for", "open to"; "EHC plans only".
_WHOM_ASKED = re.compile(
    r"\bwho (?:is|are|was|were) (?:[\w-]+ ){0,5}?(?:for|aimed at)(?= *(?:[?.!,;]|$|and\b|or\b))|"
    r"\b(?:only|just|solely|exclusively) for\b|\bopen to\b|"
    r"\b(?:ehcps?|plans?|kids|children|pupils|people|students|learners) only\b"
)

# "what age range", "which ages", "how old do you have to be", "up to what age", "age limit";
# not how old the written answer or its information is ("how old is this info").
_AGE_ASKED = re.compile(
    r"\b(?:what|which) ages?\b|\bage (?:range|limit|group|bracket|band)s?\b|"
    r"\bhow old(?! (?:(?:is|was|are) )?(?:the|this|that|it|these|info)\b)|"
    r"\b(?:up to|until|from|to) what age\b"
)


def asks_the_age(text: str) -> bool:
    """The question asks at what ages something is open to people."""
    return _AGE_ASKED.search(text.lower()) is not None


def asks_whom_it_is_for(text: str) -> bool:
    """The question asks whom something is for, or whether only some people."""
    return asks_the_age(text) or _WHOM_ASKED.search(text.lower()) is not None


def gives_an_age(fact: Fact) -> bool:
    return any(is_age(figure) for figure in fact.figures)


def says_whom_it_is_for(fact: Fact, age_asked: bool) -> bool:
    """The fact's quote says whom it reaches (by what they have or lack, or their age); an age
    asked needs an age given."""
    return gives_an_age(fact) if age_asked else says_whom(fact)
