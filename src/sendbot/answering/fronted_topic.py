"""A topic put first, then asked of with a bare measure: "professionals who've done autism
awareness training, what's the total?". Pure.

The clause before the question is no scene to set aside (as "parent here reading about autism
training, when did the plan come out?" is): the question's own words name only a measure
("the total", "the number", "the figure"), so what it is the total of is the clause before it.
Read alone, "what's the total?" would be answered with whichever total the sources give most
plainly (the £10.5 billion), a wrong answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from sendbot.answering.normalise import stem

# Words naming a measure of something, never the thing: "what's the total", "the number?",
# "figure pls", "stats?".
_MEASURE_WORDS = frozenset(
    stem(word)
    for word in """total totals number numbers figure figures amount amounts sum count tally
    overall altogether stat stats statistics""".split()
)


def names_only_a_measure(asked_terms: Iterable[str]) -> bool:
    """The asking clauses' terms (as the matcher reads them) name no topic, only a measure of
    one, or nothing at all: what is measured is said elsewhere in the message."""
    return all(term in _MEASURE_WORDS for term in asked_terms)
