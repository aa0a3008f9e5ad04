"""Who holds an office the fact speaks of but names no one in: "who is the former Minister for
School Standards in the Nov 2025 answer?", of a fact saying that minister listened to parents;
"who is the chief inspector at Ofsted?", of a fact on Ofsted's inspections. The topic matches;
the person asked for is not in the quote. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.answer_parts import AnswerPart
from sendbot.answering.asked_once import searched_once
from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.intent import Intent
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# The office's own word, and the words that may qualify it before or after: "former minister
# for school standards", "chief inspector of ofsted", "secretary of state for education".
_TITLE = (
    r"(?:secretary of state|education secretary|sec of state|minister|chief inspector|"
    r"inspector|commissioner|permanent secretary)"
)
_BEFORE = r"(?:(?:former|previous|ex|old|current|new|present|then|chief|children|childrens|"
_BEFORE += r"schools?|send|education|junior|senior|shadow) )*"
# "for school standards", "of ofsted": up to three words naming what the office is for.
# Words that end the office's name: what is said of it, not what it is for.
_NOT_FOR = (
    r"(?:answer|reply|question|in|on|the|that|they|who|now|doing|mentioned|referred|at|from|"
    r"named|said|says|is|was|in|nov|november|during|when)\b"
)
_FOR = (
    r"(?: (?:for|of|at) (?:the )?(?!"
    + _NOT_FOR
    + r")\w+(?: and \w+| (?!"
    + _NOT_FOR
    + r")\w+){0,2})?"
)
_ASKS_HOLDER = re.compile(
    r"\b(?:who|which person) (?:is|s|was|are|were) (?:the |this |that )?(?P<office>"
    + _BEFORE
    + r"(?P<title>"
    + _TITLE
    + r"))(?P<tail>"
    + _FOR
    + r")\b(?! who)"
)
_asks_holder = searched_once(_ASKS_HOLDER)

# The words of an office said around a name: "Georgia Gould, Minister of State (Education)".
_OFFICE_WORDS = frozenset(
    """secretary state minister parliamentary under education school schools standards
    department for of the chief inspector commissioner""".split()
)
# How near a name must stand to the office to be its holder's: "the Secretary of State, Bridget
# Phillipson", "Georgia Gould Minister of State": a word or two, not "... like Tom Rees".
_NEAR = 3


def asks_who_holds_an_office(question: Question) -> bool:
    """Whether the question asks who holds an office ("who is the education secretary"): what
    holder_not_named weighs, of any fact."""
    return question.intent is Intent.PERSON and _asks_holder(question.text) is not None


def holder_not_named(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact does not name who holds the office asked about; None when
    no office holder is asked, or a name stands beside the office in the fact."""
    if question.intent is not Intent.PERSON:
        return None
    found = _asks_holder(question.text)
    if found is None:
        return None
    if fact.answer_part is AnswerPart.ANSWERER and found["title"] == "minister":
        return None  # "who was the minister that answered": the record's own answerer
    said = found["office"] + found["tail"]
    office = " ".join(question.written.get(word, word) for word in said.split())
    title = found["title"]
    words = fact.text.split()
    title_words = title.split()
    at = [
        start
        for start in range(len(words) - len(title_words) + 1)
        if words[start : start + len(title_words)] == title_words
    ]
    if not at:
        return f"{SOURCE} doesn't name the {office}."
    if any(_named_beside(words, start, len(title_words), fact) for start in at):
        return None
    return f"{SOURCE} mentions the {office} but doesn't name them."


def _named_beside(words: list[str], start: int, length: int, fact: FactProfile) -> bool:
    """A name of a person (not of the office or its department) within `_NEAR` words of the
    office at `start`."""
    near = set(words[max(0, start - _NEAR) : start]) | set(
        words[start + length : start + length + _NEAR]
    )
    for name in fact.names:
        personal = name - _OFFICE_WORDS
        if personal and personal & near:
            return True
    return False
