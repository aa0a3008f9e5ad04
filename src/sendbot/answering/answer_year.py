"""The years a question names a written answer by ("in the june 2023 answer, what did the
minister say about demand?", "has demand gone up? (2023 answer)"): the year the answer was
given, not a period its figures are for, so a fact of an answer given that year need not
repeat it (a fact giving "over 50,000 more pupils ... compared to 2017" answers a question
naming its 2023 answer). Pure."""

from __future__ import annotations

import re

from sendbot.answering.dated_answer import DATED_ANSWER
from sendbot.answering.question import Question

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "(2023 answer)", "2023 lords reply": the year right before the answer's name, with no "the"
# (`DATED_ANSWER` reads the forms with one: "the june 2023 answer", "the answer from 2023").
_YEAR_BEFORE_ANSWER = re.compile(
    r"\b(?:19|20)\d{2} (?:(?:lords|commons) )?(?:written )?(?:answer|reply|response|pq)s?\b"
)


def years_naming_an_answer(question: Question) -> frozenset[str]:
    """The years, as written ("2023"), the question names a written answer by."""
    text = " ".join(question.words)
    named = [found.group(0) for found in DATED_ANSWER.finditer(text)]
    named += [found.group(0) for found in _YEAR_BEFORE_ANSWER.finditer(text)]
    return frozenset(year for name in named for year in _YEAR.findall(name))
