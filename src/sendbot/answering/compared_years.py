"""Questions comparing a figure in two years ("how much did it go up in 2024/25 vs
2023/24?") and facts that state such a change: the change answers the question, which is no
difference between two things to explain. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact

_A_YEAR = r"(?:(?:19|20)\d\d(?:_\d\d)?|this year|last year|(?:the )?year before|previous year)"
# "2023_24 vs 2022_23", "go up by vs 2024_25", "in 2024_25 vs this year"; not "mainstream
# units vs special schools", a breakdown.
_YEARS_COMPARED = re.compile(
    rf"\b(?:(?:19|20)\d\d(?:_\d\d)?|year|before) (?:versus|vs)\b"
    rf"|\b(?:versus|vs) (?:the )?{_A_YEAR}\b"
)
# A figure said as a change from another time: "increase by £970 million ... compared to
# 2022/23", "an increase of £6.9 million on", "increased from 115,000 to 200,000".
_STATES_CHANGE = re.compile(
    r"\b(?:compared (?:to|with)|increas(?:e|ed|ing) (?:by|of|from)|"
    r"(?:rise|rose|risen|grown|grew) (?:by|from)|higher than|(?:million|billion) higher)\b",
    re.IGNORECASE,
)


def compares_years(question: Question) -> bool:
    return bool(_YEARS_COMPARED.search(" ".join(question.words)))


def states_a_change(fact: Fact) -> bool:
    return bool(_STATES_CHANGE.search(fact.quote))
