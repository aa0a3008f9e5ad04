"""Whether a message asks how to apply for, or who may have, a thing no source ever names: "how
do i apply for free school meals", "where can we claim carers allowance", "is my son eligible
for a bus pass". Pure.

Such a question is off topic, however close its other words come to a fact: "free school" in
"free school meals" is no special free school, and the one fact on applying (councils bidding
for special free schools) is no answer to it. What is applied for is read as the words after
"for" or "to", up to the next clause; its last word (the thing itself: "meals", "allowance",
"pass") is one the sources never use when it is a real English word the base does not know
(a misspelling of the base's own word is corrected first; an unknown acronym may be one of
its names in shorthand, so it is left alone).
"""

from __future__ import annotations

import re

from sendbot.answering.asking_clauses import folded_clauses
from sendbot.answering.confidence import Verdict
from sendbot.answering.english_words import ENGLISH_WORDS
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.newest import Newest
from sendbot.answering.wordlists import COMMON_WORDS

# The question asks how to apply, or whether one qualifies: "how do i apply for", "how can we
# claim", "where do parents sign up for", "is my kid eligible for", "are we entitled to". The
# asking clause only: "i'm hoping to apply for the EP doctorate, how many ..." asks a count.
_APPLYING_ASKED = re.compile(
    r"^(?:(?:so|and|but|ok|hi|hey|also|quick question) )*"
    r"(?:(?:how|where) (?:do|can|could|would|should|does|did) (?:i|we|you|parents|families|"
    r"carers|one|people|my \w+|our \w+) (?:go about |actually |even )?"
    r"(?:apply|applying|claim|claiming|sign up|register|get)|"
    r"(?:is|are|am|would|will) (?:i|we|my \w+|our \w+|he|she|they) (?:be )?"
    r"(?:eligible|entitled|qualified))"
    r" (?:for|to)(?: an?| the| some| any)? (?P<thing>[a-z' ]+)"
)
# Where what is applied for ends: the clause goes on ("for my toddler", "if we move").
_THING_ENDS = re.compile(
    r" (?:for|if|when|in|at|from|because|as|and|or|with|without|since|while|now|please|pls|"
    r"thanks|ta)\b.*$"
)


def unseen_thing_declined(index: FactIndex, question: str, newest: Newest) -> Newest | None:
    """`newest`, declined, when `question` asks how to apply for (or who may have) a thing no
    source names; None when the decision stands (declined already, or another question)."""
    if newest.result.outcome not in (Outcome.ANSWERED, Outcome.PARTIAL):
        return None
    if not any(applies_for_an_unseen_thing(index, clause) for clause in folded_clauses(question)):
        return None
    declined = newest.result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.DECLINED, missing=None)
    return Newest(declined)


def applies_for_an_unseen_thing(index: FactIndex, asked: str) -> bool:
    """Whether the (folded, lower-case) asking clause `asked` asks how to apply for, or who may
    have, a thing whose own word no source uses."""
    found = _APPLYING_ASKED.match(asked)
    if found is None:
        return False
    thing = _THING_ENDS.sub("", found["thing"]).split()
    if not thing:
        return False
    last = thing[-1]
    if last in COMMON_WORDS or last not in ENGLISH_WORDS:
        return False
    terms = index.normaliser.terms(last)
    return bool(terms) and all(
        term not in index.idf
        and term not in index.normaliser.phrase_words
        and term not in COMMON_WORDS
        for term in terms
    )
