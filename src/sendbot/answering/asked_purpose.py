"""Whether a question asks what something is meant to do, by the words that say so. Pure.

"What are supported internships meant to lead to?", "what is the NPQ supposed to fix?": "meant",
"supposed" and the everyday verb after them say that a purpose is asked, not what it is asked
of. Rare in the knowledge base, or never seen, they would count against the very fact that
states the purpose. Such a word the knowledge base has never seen ("intended", "designed") is
read as "meant", the word the curated phrasings of purposes use; an everyday verb it has never
seen is dropped; and a fact that states no purpose does not answer.
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


# "what is the budget meant to reach by 2028/29", "supposed to be £10bn", "what uplift were
# schools meant to get": a level or figure it is to reach or bring, not what it is for
# ("supposed to be used for", "meant to be for" are).
TO_A_FIGURE = re.compile(
    r"\b(?:meant|ment|supposed|suposed|intended|designed) to (?:reach|hit|"
    r"be(?! (?:used|spent|for)\b)|total|cost|rise|"
    r"grow|increase|fall|go up|come to|get to|get|receive|be given)\b"
)


def asks_a_purpose(question: Question) -> bool:
    """The question asks what something is meant to do, in words that say a purpose."""
    return (
        question.intent is Intent.REASON
        and not PURPOSE_WORDS.isdisjoint(question.words)
        and not TO_A_FIGURE.search(question.text.lower())
    )


# "is the change programme there to test the reforms?", "was it set up to ...", "is the money
# for building schools?": whether something is for a purpose, asked to be confirmed.
_YES_NO = re.compile(r"^(?:is|are|was|were|isn t|aren t|wasn t|does|did|do)\b")
_FOR_A_PURPOSE = re.compile(
    r"\b(?:(?<!^is )(?<!^are )(?<!^was )(?<!^were )there|meant|ment|supposed|suposed|intended|"
    r"designed|set up|aimed|in order) to\b"
    r"|\bfor \w+ing\b|\bthe (?:point|purpose|aim|idea) of\b"
)


def confirms_a_purpose(question: Question) -> bool:
    """The question asks yes or no whether something is for a purpose ("is the change
    programme there to test the reforms?"): not a figure, whatever its figures."""
    lowered = question.text.lower()
    return (
        _YES_NO.search(lowered) is not None
        and _FOR_A_PURPOSE.search(lowered) is not None
        and not TO_A_FIGURE.search(lowered)
    )


def without_purpose_words(
    question: Question, said: Sequence[str], known: Container[str]
) -> Sequence[str]:
    """`said` (the question's words) with each word asking a purpose that the knowledge base
    has never seen read as "meant", and without the everyday verb after it when the base has
    never seen that verb (`known`: its terms; a curated phrasing may say "supposed to", a source
    "lead to paid employment"), nor the "end" of "in the end"."""
    if not asks_a_purpose(question):
        return said
    kept = [
        _MEANT if word in PURPOSE_WORDS and stem(word) not in known else word
        for at, word in enumerate(said)
        if not (word in PURPOSE_VERBS and stem(word) not in known)
        # "meant to lead to in the end": eventually, not when it ends
        and not (word == "end" and tuple(said[at - 2 : at]) == ("in", "the"))
    ]
    return kept or said


# The word the curated phrasings of purposes use ("what is the Improvement Plan meant to
# achieve"): "intended" and "designed to" are read as it where the base never says them.
_MEANT = "meant"
