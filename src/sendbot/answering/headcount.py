"""A count of people named by a word no written answer uses -> the words the answers count by.
Pure.

"What's the current special school headcount?" asks how many pupils special schools have; the
answers say "the number of children in all types of special schools". "Headcount" and a
school's "roll" are words no fact says, so read as written they count against every fact and
the question is declined. Read by what they are, a count of people: of a school, its pupils
("special school pupil numbers", "pupil numbers at special schools"). Anyone else's headcount is
left as written: read as "the EP numbers", "what's the EP headcount now?" became a partial reply
saying the answer "doesn't explain what the EP numbers now is". "Roll" only right after a
school: "roll out" is a start, "pupils on roll" the answers' own words.
"""

from __future__ import annotations

import re

# A school's headcount or roll(s): how many pupils it has (not "schools roll out PINS").
_SCHOOL_COUNT = re.compile(
    r"\b(schools?|schools['\u2019]|school['\u2019]s) (?:head[ -]?counts?|rolls?(?![ -]?out\b))\b",
    re.IGNORECASE,
)
# The headcount at schools: how many pupils they have. (Not "roll": "pupils on roll in
# special schools" is said in the answers' own words.)
_COUNT_AT_SCHOOLS = re.compile(
    r"\bhead[ -]?counts?(?= (?:at|in|of|for) (?:(?:the|all|our|\w+) ){0,2}schools?\b)",
    re.IGNORECASE,
)


def as_counted(text: str) -> str:
    """`text` with a school's headcount or roll read as its pupil numbers."""
    lowered = text.lower()
    if "head" not in lowered and "roll" not in lowered:
        return text  # nearly every question: no words to read
    text = _SCHOOL_COUNT.sub(r"\1 pupil numbers", text)
    return _COUNT_AT_SCHOOLS.sub("pupil numbers", text)
