"""Questions asking whether something is open yet ("are the new special free schools open
yet?", "has the school we were promised opened?"), of a fact that never speaks of opening
(applications received, plans confirmed, an announcement to come): it cannot say, so the reply
says the written answer does not say whether they have opened, rather than show it as the
answer. A fact that says what opened, or when, may still answer. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# A yes-or-no question on its being open: "are the 15 schools open yet", "is it open now",
# "have the approved schools opened", "has our new special school actually opened yet".
_ASKS_OPEN = re.compile(
    r"^(?:(?:so|but|and|ok|okay|also) )?(?:is|are|has|have)\b(?: \w+){1,8}? "
    r"(?:(?:actually|already|now) )?(?:open|opened|up and running)(?: (?:yet|now|already))?$"
)
# A fact speaking of opening: what opened, is open, or when it will open.
_SAYS_OPEN = re.compile(r"\b(?:open|opens|opened|opening)\b")


def asks_whether_open(question: Question) -> bool:
    return bool(_ASKS_OPEN.search(question.text))


def opening_not_said(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact does not tell whether they have opened; None when it
    speaks of opening."""
    if not asks_whether_open(question) or _SAYS_OPEN.search(fact.text):
        return None
    return f"{SOURCE} doesn't say whether they have opened."
