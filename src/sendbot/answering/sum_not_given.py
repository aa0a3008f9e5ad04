"""Questions asking how much money something is, or how big a sum is ("how big are the
councils' deficits?", "what's the contract worth?", "what are they paid?", "the high needs money
for deaf pupils - figure?"), of a fact that speaks of that money but gives no figure at all
(deficits straining councils, a contract let, what extra money will help with): the reply says
the written answer gives no amount rather than show it as the answer. A fact whose curated
phrasings ask "how much" reads as answering amounts, and the confidence model cannot see that
its quote holds no number. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# Money, as a question or a fact names it ("£" is folded to "money").
_MONEY = (
    r"(?:money|funding|funds?|cash|debts?|deficits?|overspends?|budgets?|grants?|allocations?|"
    r"spending|spend|costs?|contracts?|pot|investment|sum|payments?)"
)
_SPEAKS_OF_MONEY = re.compile(rf"\b{_MONEY}\b")

# How much or how big that money is: "how much SEN debt", "how big are the deficits", "what
# size is the pot", "what's the contract worth", "... money for deaf kids - figure?". Not who
# decides it ("who decides how much schools spend on SEND"): that asks who.
_ASKS_A_SUM = re.compile(
    r"(?<!decide )(?<!decides )(?<!decided )(?<!chooses )(?<!choose )(?<!sets )"
    rf"\bhow (?:much|big|large)\b(?: \w+){{0,4}}? {_MONEY}\b|"
    rf"\b{_MONEY}(?: \w+){{0,4}}? (?:how (?:much|big|large)|what size)\W*$|"
    r"\bwhat size (?:is|are|was|were)\b|"
    r"\bwhat (?:is|s|are|was|were) (?:\w+ ){1,4}?worth\b|"
    rf"\b{_MONEY}\b(?: \w+){{0,6}}? (?:figure|amount|sum|total)\W*$"
)

# What people are paid ("what are they paid as delivery partner", "how much do the interns get
# paid"): no fact giving no figure says it, whatever money it speaks of.
_ASKS_PAY = re.compile(
    r"\b(?:what|how much) (?:are|were|do|does|did|will) (?:\w+ ){1,3}?(?:get |being )?paid\b"
)

# A number in the fact's words that is not a year ("2023", "2023_24" as folded): a figure its
# curated figures may have left out.
_A_NUMBER = re.compile(r"\b(?!(?:19|20)\d\d(?:_\d\d)?\b)\d")
# A fact stating a size without a figure ("aiming to double the number"): that is its answer.
_SIZE_IN_WORDS = re.compile(r"\b(?:double|doubled|doubling|triple|tripled|halve|halved|half)\b")


def asks_how_much_money(question: Question) -> bool:
    """Whether the question asks the size of a sum of money, or what someone is paid."""
    if question.checking:
        return False
    return bool(_ASKS_A_SUM.search(question.text) or _ASKS_PAY.search(question.text))


def no_sum_given(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact gives no amount; None when it gives a figure of any kind
    (whether it is the one asked is the other checks'), says a size in words, speaks of no
    money (a sum asked of it is the matcher's to weigh) or is a record of the written answer
    (who gave it, when: the record rules')."""
    if not asks_how_much_money(question) or fact.answer_part is not None:
        return None
    if fact.figure_values or _A_NUMBER.search(fact.text) or _SIZE_IN_WORDS.search(fact.text):
        return None
    if not _ASKS_PAY.search(question.text) and not _SPEAKS_OF_MONEY.search(fact.text):
        return None
    if "total" in question.words:
        return f"{SOURCE} gives no figure for that total."  # as only_mentioned says it
    return f"{SOURCE} doesn't give an amount for that."
