"""Whether a question asks what something is meant to do, by the words that say so. Pure.

"What are supported internships meant to lead to?", "what is the NPQ supposed to fix?": "meant",
"supposed" and the everyday verb after them say that a purpose is asked, not what it is asked
of. Rare in the knowledge base, or never seen, they would count against the very fact that
states the purpose. The everyday verb is dropped ("meant", "supposed", "intended" and
"designed" are one term, by the knowledge base's synonyms); and a fact that states no purpose
does not answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.intent import Intent
from sendbot.answering.question import Question

# "meant to", "supposed to", "intended to", "designed to": a purpose asked.
PURPOSE_WORDS = frozenset("meant ment supposed suposed intended designed".split())
# The everyday verbs such a question ends with ("meant to fix", "supposed to lead to"): what
# any purpose does, naming no topic. (Not "help", "improve", "ensure": a fact may say them.)
PURPOSE_VERBS = frozenset("fix solve lead accomplish".split())


def asks_a_purpose(question: Question) -> bool:
    """The question asks what something is meant to do, in words that say a purpose."""
    return question.intent is Intent.REASON and not PURPOSE_WORDS.isdisjoint(question.words)


def without_purpose_words(question: Question, said: Sequence[str]) -> Sequence[str]:
    """`said` (the question's words) without the everyday verb after the words asking a
    purpose, nor the "end" of "in the end"."""
    if not asks_a_purpose(question):
        return said
    return (
        [
            word
            for at, word in enumerate(said)
            if word not in PURPOSE_VERBS
            # "meant to lead to in the end": eventually, not when it ends
            and not (word == "end" and tuple(said[at - 2 : at]) == ("in", "the"))
        ]
        or said
    )
