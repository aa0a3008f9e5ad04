"""Questions asking whether something is open yet ("are the new special free schools open
yet?", "has the school we were promised opened?"), of a fact that never speaks of opening
(applications received): it cannot say, so the reply says the written answer does not say
whether they have opened, rather than show it as the answer. A fact that says what opened, or
when, may still answer; one giving them as planned is left to the promise rule
(promised_only), which says when they were promised. Pure.
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
# A fact giving them as planned (approved, in the pipeline, plans confirmed): the promise rule
# says more, that no answer here says they have opened since the promise and when it was made.
_AS_PLANNED = re.compile(
    r"\b(?:approved|approve|plans?|planned|pipeline|promised|proposed|will|to be)\b"
)


def asks_whether_open(question: Question) -> bool:
    return bool(_ASKS_OPEN.search(question.text))


def opening_not_said(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact does not tell whether they have opened; None when it
    speaks of opening."""
    if not asks_whether_open(question) or _SAYS_OPEN.search(fact.text):
        return None
    if _AS_PLANNED.search(fact.text) or fact.answer_part is not None:
        return None  # (a record of the answer, who gave it or when, is the record rules')
    return f"{SOURCE} doesn't say whether they have opened."
