"""Questions checking what a written question was about: "was the march 2024 pq about
funding?", "that june question was about autism, right?", "did the 2023 question ask about
recruitment?". Pure.

The question checked is often named by when it was put ("the nov 2023 question"): that month
or year says which question, and is not a date being checked; what the question asked (its
wording) is the answer, not the day it was asked.
"""

from __future__ import annotations

import re

# What a written question is called in chat.
_QUESTION = r"(?:question|pq|wpq|q)"
# Words that only stress the check: "was it really about", "mainly about".
_STRESS = r"(?:(?:really|actually|even|all|mainly|mostly|just|only|basically|primarily) )?"
# The question, named by up to five words before it: "the nov 2023 ep question".
_NAMED = rf"(?:the|that|this|ur|your) (?:[\w/'-]+ ){{0,5}}?{_QUESTION}"
_CHECKED = re.compile(
    # "was the nov 2023 ep question about value for money?"
    rf"\b(?:was|is|were) {_NAMED} {_STRESS}about\b"
    # "that nov 25 question was about performance trends?"
    rf"|\b{_QUESTION} (?:was|is|s|were) {_STRESS}about\b"
    # "the june pq asked about autism, right?", "the question was asking about deficits"
    rf"|\b{_QUESTION} (?:asked|asks|was asking|is asking) {_STRESS}about\b"
    # "did the 2023 question ask about recruitment?"
    rf"|\b(?:did|does) {_NAMED} {_STRESS}ask about\b"
)
# A check, not a question word's question: when, by whom or to whom a question was asked is
# another part of the record ("when was the question about funding asked?", "who asked the
# question about EPs?"), and "what"/"which"/"how" ask something of what the question was
# about ("the nov 2025 q asked about trends - what are the trends?", "which report was the
# question about"), which other rules read.
_OTHER_PART = re.compile(r"\b(?:when|who|whom|whose|date|day|what|whats|wat|which|how)\b")
# "was the question about funding answered in april?": the topic names the question, and its
# asking or answering is what is checked.
_RECORD_CHECKED_AFTER = re.compile(
    r"\babout\b.*\b(?:asked|answered|tabled|submitted|lodged|put|published|replied|signed)\b"
)


def checks_question_topic(text: str) -> bool:
    """Whether the (lower-case) text checks what a written question asked about, naming the
    question by its date or topic: the question's wording answers, not when it was asked."""
    return (
        "about" in text
        and bool(_CHECKED.search(text))
        and not _OTHER_PART.search(text)
        and not _RECORD_CHECKED_AFTER.search(text)
    )
