"""Whether a question asks what something is meant to do, by the words that say so. Pure.

"What are supported internships meant to lead to?", "what is the NPQ supposed to fix?": "meant",
"supposed" and the everyday verb after them say that a purpose is asked, not what it is asked
of. Rare in the knowledge base, or never seen, they would count against the very fact that
states the purpose. The everyday verb is dropped ("meant", "supposed", "intended" and
"designed" are one term, by the knowledge base's synonyms); and a fact that states no purpose
does not answer.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from sendbot.answering.intent import Intent
from sendbot.answering.normalise import stem
from sendbot.answering.question import Question

# "meant to", "supposed to", "intended to", "designed to": a purpose asked.
PURPOSE_WORDS = frozenset("meant ment supposed suposed intended designed".split())
# The everyday verbs such a question ends with ("meant to fix", "supposed to lead to"): what
# any purpose does, naming no topic. (Not "help", "improve", "ensure": a fact may say them.)
PURPOSE_VERBS = frozenset("fix solve lead accomplish".split())


# "what is the budget meant to reach by 2028/29", "supposed to be £10bn": a level or figure
# it is to reach, not what it is for.
_TO_A_FIGURE = re.compile(
    r"\b(?:meant|ment|supposed|suposed|intended|designed) to (?:reach|hit|be|total|cost|rise|"
    r"grow|increase|fall|go up|come to|get to)\b"
)


def asks_a_purpose(question: Question) -> bool:
    """The question asks what something is meant to do, in words that say a purpose."""
    return (
        question.intent is Intent.REASON
        and not PURPOSE_WORDS.isdisjoint(question.words)
        and not _TO_A_FIGURE.search(question.text.lower())
    )


def without_purpose_words(
    question: Question, said: Sequence[str], known: Container[str]
) -> Sequence[str]:
    """`said` (the question's words) without the everyday verb after the words asking a
    purpose when the knowledge base has never seen it (`known`: its terms; "lead to paid
    employment" may be a source's own words), nor the "end" of "in the end"."""
    if not asks_a_purpose(question):
        return said
    kept = [
        word
        for at, word in enumerate(said)
        if not (word in PURPOSE_VERBS and stem(word) not in known)
        # "meant to lead to in the end": eventually, not when it ends
        and not (word == "end" and tuple(said[at - 2 : at]) == ("in", "the"))
    ]
    return kept or said
