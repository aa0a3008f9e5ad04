"""Whether a question asks what something is meant to do, by the words that say so. Pure.

"What are supported internships meant to lead to?", "what is the NPQ supposed to fix?": "meant",
"supposed" and the everyday verb after them say that a purpose is asked, not what it is asked
of. Rare in the knowledge base, or never seen, they would count against the very fact that
states the purpose. "Meant", the word the curated phrasings of purposes use, is read beside
"supposed", "intended" and "designed"; the everyday verb is dropped; and a fact that states no
purpose does not answer.
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
    purpose, and with "meant", the word the knowledge base's phrasings of purposes use, beside
    "supposed", "intended" or "designed"."""
    if not asks_a_purpose(question):
        return said
    return [
        _MEANT if word in PURPOSE_WORDS else word for word in said if word not in PURPOSE_VERBS
    ] or said


_MEANT = "meant"
