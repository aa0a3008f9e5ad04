"""Whether a fact's statement says what something is for, and whether a question asks that.
Pure.

"What is the extra high needs money supposed to help councils with?": the fact giving the
rise ("will increase by £970 million") and the one saying what the money will help with share
most of their words, and the rise's curated phrasings may lift it first. Only the one whose
statement says a purpose ("will help local authorities and schools with the rising costs",
"aims to double", "designed to support", "so that ...", "is a vehicle for testing") answers.
The statement is read, not the quote: a quote may run on into a sibling's purpose clause that
the fact's own point leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from sendbot.answering.asked_purpose import TO_A_FIGURE
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.asks_nothing import without_words_asking_nothing
from sendbot.answering.intent import Intent
from sendbot.answering.question import Question, analyse
from sendbot.knowledge.model import Fact

# A clause saying what something is for, or what it will help with or bring about. ("Will
# increase by £970 million" says how much, not what for: only verbs of what a thing does for
# someone follow "will".)
PURPOSE_CLAUSE = re.compile(
    r"\b(?:(?:a|the) vehicle for|in order to|so that|so as to|aims? to|aiming to|aimed at|"
    r"intended to|intends to|designed to|meant to|purpose|objective|ambition|goal|helps|ensures|"
    r"(?:will|would|should) (?:help|ensure|support|enable|improve|give|secure|benefit|strengthen|"
    r"boost|prepare|test)|"
    r"to (?:help|support|secure|ensure|give|test|pilot|improve|strengthen|drive|boost|raise|"
    r"increase|reduce|tackle|address|benefit|better|build|create|develop|promote|enable|train|"
    r"extend|expand|meet|prepare|understand))\b",
    re.IGNORECASE,
)


def states_its_purpose(fact: Fact) -> bool:
    """The fact's statement says what the thing it is about is for or will help with."""
    return PURPOSE_CLAUSE.search(fact.statement) is not None


# A clause saying what its subject is for, as its point: "the Change Programme is a vehicle
# for testing them", "supported internships are ... programmes designed to support", "the
# investment aims to double". Not a purpose told in passing of something else's act ("the
# department launched a £70 million Change Programme to test its reforms": the launch's).
# The subject is the few words before the verb, from the clause's start.
_PURPOSE_OF_ITS_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|that|which|while)\s+)"
    r"(?P<subject>(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)\s+"
    r"(?:(?:is|are|was|were|will be)\s+(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:(?:a|an|the)\s+(?:[\w'\u2019-]+\s+)?vehicle for|designed to|intended to|meant to|"
    r"there to|set up to)|aims? to|aimed to|exists? to)\b",
    re.IGNORECASE,
)


def states_purpose_of(
    fact: Fact, asked: Collection[str], terms: Callable[[str], list[str]]
) -> bool:
    """The fact's statement says, as its point, what a thing the question names is for: the
    subject of its purpose clause has terms, all of them `asked` (the question's terms)."""
    for found in _PURPOSE_OF_ITS_SUBJECT.finditer(fact.statement):
        if _REFERS_BACK.fullmatch(found["subject"]):
            continue
        subject = terms(found["subject"])
        if subject and all(term in asked for term in subject):
            return True
    return False


# A subject that refers back to a thing named before ("the investment", "this funding", "the
# new qualification"): no name, so not the thing a question names, whatever its words.
_REFERS_BACK = re.compile(
    r"(?i:(?:and|but|that|which|while)\s+)?(?i:the|this|that|these|those|its|their|such)"
    r"(?:\s+[a-z][\w'\u2019-]*)+"
)


def asks_what_it_is_for(question: Question) -> bool:
    """The question asks what something is for, in words that say a purpose ("what is the
    £1bn for", "what's the aim of the reforms", "what is it meant to help with"): not why
    something happened ("why did costs rise": a cause is no purpose), not what a thing does
    ("what does the framework do for new teachers"), nor a figure it is meant to bring ("what
    uplift were schools meant to get")."""
    if "why" in question.words:
        return False
    # Read without the words saying how the reply is to be put: "what is PINS for, in one
    # line?" ends its question with "for".
    text = (without_words_asking_nothing(question.text) or question.text).lower()
    if question.intent is not Intent.REASON:
        # ("what will the new qualification ensure for SENCOs?" reads as no reason asked)
        return _WHAT_IT_WILL_BRING.search(text) is not None and not TO_A_FIGURE.search(text)
    return _SAYS_A_PURPOSE.search(text) is not None and not TO_A_FIGURE.search(text)


def asks_it_in_its_asking_clauses(text: str, question: Question) -> bool:
    """`asks_what_it_is_for` of the message (`text`, as written) or of its asking clauses
    alone: "what's PINS actually for? SENCO here, our LA keeps mentioning it" ends its question
    with "for", which the words told after it hide."""
    if asks_what_it_is_for(question):
        return True
    if question.intent is not Intent.REASON:
        return False
    asked = asking_text(text)
    return asked != text and asks_what_it_is_for(analyse(asked))


# What a thing will bring about, asked ("what will the qualification ensure for SENCOs", "what
# is the plan going to achieve"): what it is for. Not what it has achieved (its results, which
# a purpose does not give), nor what it will "deliver" (often a figure: places, schools).
_WHAT_IT_WILL_BRING = re.compile(
    r"\bwhat\b.*\b(?:will|would|should|going to|meant to|supposed to)\b(?:\s+[\w'-]+){0,8}?\s+"
    r"(?:ensure|achieve|guarantee|make sure)\b"
    # "what will the 2024/25 money help schools with", "what does the funding help councils
    # with": what it is to help with is its purpose, as "what is it meant to help with" asks.
    r"|\bwhat\b.*\b(?:will|would|does|do|is|are|going to)\b(?:\s+[\w'/-]+){0,8}?\s+help"
    r"(?:\s+[\w'-]+){0,3}?\s+with\W*$"
)


# The nouns a question names a purpose with ("what's the point", "the end goal"): what it
# asks, not a guess at the answer.
PURPOSE_NOUNS = ("purpose", "point", "aim", "aims", "goal", "goals", "objective", "objectives")

# The words of a question that name a purpose: a "for" ending it (or before the period it is
# for), a noun for a purpose, "meant to" and its kin, what a sum pays for.
_SAYS_A_PURPOSE = re.compile(
    r"\bfor(?: (?:exactly|actually|really|basically))?(?: in \S+(?: year)?)?\W*$|"
    r"\b(?:purpose|point|aims?|goals?|objectives?|meant|ment|supp?oss?ed|intended|designed|"
    r"help with|spent on|used for|towards)\b"
)
