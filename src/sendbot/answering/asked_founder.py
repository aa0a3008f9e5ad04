"""Questions asking who set something up ("who set up the task and finish group?", "who
launched PINS?", "who was the working group established by?"), and whether a fact says. Pure.

Such a "who" asks which body acted, not a person's name: a fact saying "the department
established the group" gives it, though it names no one, but only of the thing it says was set
up: "who started the change programme's evaluation?" is not answered by the programme's launch.
"""

from __future__ import annotations

import re

from sendbot.answering.normalise import POINTING_WORDS, STOPWORDS, stem, words

# The verbs of setting something up, in the forms a question uses them.
_SET_UP = (
    r"(?:set|sets|setting|established?|establishes|launch(?:ed|es)?|creat(?:ed|es|e)|"
    r"found(?:ed|s)?|commission(?:ed|s)?|form(?:ed|s)?|convened?|start(?:ed|s)?|"
    r"introduc(?:ed|es|e)|came up with|come up with)"
)

_SET_UP_WORD = re.compile(_SET_UP)

# "who set up the group", "who has launched it", "who was it set up by", "who's behind it".
# Not "who sets how much EPs are paid", "who sets the rates": who decides an amount.
_FOUNDER_ASKED = re.compile(
    rf"\bwho (?:(?:has|have|had|did|actually|originally|first|initially) )?{_SET_UP}\b"
    r"(?! (?:how|what|which|whether|the (?:level|levels|amount|amounts|rate|rates|pay|price)"
    r"|pay|rates?|levels?|prices?)\b)"
    rf"|\bwho (?:is|s|was) behind\b"
    rf"|\bwho (?:was|were|is|are|has|have been) (?:[\w-]+ ){{0,6}}?{_SET_UP}(?: up)? by\b"
    rf"|\b{_SET_UP}(?: up)? by (?:who|whom)\b"
)

# A fact's words saying which body set it up: "the department established the group",
# "the government has launched ...", "the department announced the programme" (its own
# programme, announced when it was launched).
_FOUNDER_NAMED = re.compile(
    r"\b(?:department|government|dfe|secretary of state|minister|ministers|nhs england|ofsted)"
    r"(?: (?:has|have|had|also|jointly))? (?:established|set up|launched|created|founded|"
    r"commissioned|formed|convened|introduced|announced)\b"
)

# ... said the other way round: "a research report on the workforce, commissioned by the
# department": the thing set up is said before it.
_SET_UP_BY = re.compile(
    r"\b(?:established|set up|launched|created|founded|commissioned|formed|convened|"
    r"introduced|announced) by (?:the )?(?:department|government|dfe|secretary of state|"
    r"minister|ministers|nhs england|ofsted)\b"
)

# How many words after a fact's founder verb name the thing set up ("the neurodivergence task
# and finish group which includes ..."): enough for a long name, not the next sentence's.
_THING_SET_UP_WORDS = 10

# Words of the asking itself, not of the thing asked about ("who set it up", "who's behind it").
_ASKING_WORDS = frozenset({"behind", "whom", "who", "up", "by", "set"}) | POINTING_WORDS


def asks_who_set_it_up(text: str) -> bool:
    """The (folded) question asks who set something up."""
    return _FOUNDER_ASKED.search(text) is not None


def _thing_asked_about(question_text: str) -> set[str]:
    """The stems of what the question asks who set up: the words after its founder verb
    ("who launched the change programme evaluation"), else those before it ("who was the group
    set up by", "the group - who set it up?")."""
    found = _FOUNDER_ASKED.search(question_text)
    if found is None:
        return set()
    after = _topic_stems(question_text[found.end() :])
    return after or _topic_stems(question_text[: found.end()])


def _topic_stems(text: str) -> set[str]:
    return {
        stem(word)
        for word in words(text)
        if word not in STOPWORDS and word not in _ASKING_WORDS and not _SET_UP_WORD.fullmatch(word)
    }


def says_who_set_it_up(fact_text: str, question_text: str) -> bool:
    """The fact's (folded) words say which body set up the thing the question asks about: every
    word of that thing is among the words naming what the fact says was set up."""
    asked = _thing_asked_about(question_text)
    for named in _FOUNDER_NAMED.finditer(fact_text):
        set_up = words(fact_text[named.end() :])[:_THING_SET_UP_WORDS]
        initials = "".join(word[0] for word in set_up if word not in STOPWORDS)
        if all(
            word in {stem(word) for word in set_up} or _initials_of(word, initials)
            for word in asked
        ):
            return True
    return False


def says_any_body_set_up(fact_text: str) -> bool:
    """The fact's (folded) words say some body set something up, either way round ("the
    department launched", "commissioned by the department"): what was set up is then for the
    rest of the evidence to weigh."""
    return _FOUNDER_NAMED.search(fact_text) is not None or _SET_UP_BY.search(fact_text) is not None


def _initials_of(asked: str, initials: str) -> bool:
    """ "who launched PINS?" of "announced the Partnerships for Inclusion of Neurodiversity in
    Schools programme": an asked name (its stem, "pin") that is the initials of the name the
    fact spells out. Three letters at least, so that a short word is not read as initials."""
    return len(asked) >= 3 and asked in initials
