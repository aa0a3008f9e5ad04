"""The number of a parliamentary question (its UIN, "the PQ number", "the question's
reference"): no part of a written answer's record in the sources gives one, so a record
answering it (the question's wording, its date) answers something else. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.normalise import fold_text

_QUESTION = r"(?:question|q|pq|wpq|written question|parliamentary question)"
_NUMBER = r"(?:number|no|num|ref|reference|id|identifier|code|uin)"
_NUMBER_ASKED = re.compile(
    rf"\buins?\b|\b{_QUESTION}s? {_NUMBER}\b|\b{_NUMBER} (?:of|for) (?:the|this|that|its) "
    rf"(?:{_QUESTION})\b|\b(?:what|which) {_NUMBER} (?:was|is|did|does|had|has) "
    rf"(?:the|this|that|it)\b(?:(?! how many).)*{_QUESTION}?"
)
_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of (?!the |this |that |its )")

# "Answer of 31 March 2025 to Question 40830": a record that itself gives a question's number.
_NUMBER_GIVEN = re.compile(r"\b(?:question|uin|pq)\s*(?:number\s*|no\.?\s*)?\d{3,}", re.IGNORECASE)

QUESTION_NUMBER_MISSING = "The written answer does not give the question's number (its UIN)."


def asks_question_number(question: str) -> bool:
    """'what was the question number?', 'whats the pq ref', 'uin?': the question's own
    number, not a count ("how many questions were asked?")."""
    text = fold_text(question).replace("questions ", "question ")
    return bool(_NUMBER_ASKED.search(text)) and not _HOW_MANY.search(text)


def gives_question_number(said: str) -> bool:
    """The fact's own words give some question's number: it may be the number asked for."""
    return bool(_NUMBER_GIVEN.search(said))
