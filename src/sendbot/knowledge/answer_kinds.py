"""Answers that need handling of their own: holding answers and "information not held".

Pure text work on an answer's passages and its question.
"""

from __future__ import annotations

import re

from sendbot.knowledge.sentences import sentence_spans

MAX_QUESTION = 200  # the knowledge file limit for a question
# A holding answer is a sentence or two; a long answer that promises to write later still
# answers the rest, so only short ones count.
HOLDING_MAX_CHARS = 400

# The forms of words a holding answer uses: a promise to reply or write to the member soon.
# "will respond to the consultation in due course" is an answer, so neither counts.
_HOLDING = re.compile(
    r"\bwill\s+(?:reply|write)\b.{0,80}?\bas soon as (?:possible|practicable)\b"
    r"|\bwill\s+reply\b.{0,60}?\bshortly\b",
    re.IGNORECASE,
)
_INFORMATION = r"(?:information|data|figures|statistics|records?|estimates?)"
_NOT_HELD = re.compile(
    rf"\b(?:does|do|did)\s+not\s+(?:currently\s+|routinely\s+|centrally\s+)?"
    rf"(?:(?:hold|collect|record|keep|publish)\b[^.]*?|have\s+(?!to\b)(?:\w+\s+)?){_INFORMATION}\b"
    rf"|\b{_INFORMATION}\b[^.]*?\b(?:is|are)\s+not\s+(?:currently\s+)?"
    rf"(?:held|collected|recorded|available|kept)\b"
    r"|\bnot\s+(?:held|collected)\s+centrally\b",
    re.IGNORECASE,
)
_TO_ASK = re.compile(
    r"^\s*To ask (?:(?:His|Her) Majesty's Government,?|the [^,]{3,120},)\s+",
    re.IGNORECASE,
)


def holding_reason(answer: str) -> str | None:
    """One line saying why nothing should be drafted, when `answer` is a holding answer."""
    text = " ".join(answer.split())
    if len(text) <= HOLDING_MAX_CHARS and _HOLDING.search(text):
        return f"holding answer ({text[:80]!r}): no figures to cite until the full answer"
    return None


def not_held_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence saying the department does not hold some information."""
    return [
        (span.start, span.end)
        for span in sentence_spans(text)
        if _NOT_HELD.search(text[span.start : span.end])
    ]


def question_as_asked_by_a_user(question: str) -> str | None:
    """'To ask the Secretary of State for Education, how many ...' -> 'how many ...?'.

    The first part of the question (to a semicolon), clipped at a word to fit the limit.
    """
    asked = _TO_ASK.sub("", question, count=1).split(";")[0]
    asked = " ".join(asked.split()).rstrip(" .?,")
    if len(asked) > MAX_QUESTION - 1:
        asked = asked[: MAX_QUESTION - 1].rsplit(" ", 1)[0].rstrip(" ,")
    return f"{asked}?" if len(asked.split()) >= 3 else None
