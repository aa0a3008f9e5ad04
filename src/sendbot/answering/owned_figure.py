"""A figure asked for by its name, with whose it is ("what's Kent's uplift?", "what is the
council's rise"): "what is" reads as a definition question, but it asks for the sum, so a fact
that names every word of it and gives a sum or a percentage answers it; saying the source
"doesn't explain what Kent uplift is" above that very sum would contradict the reply."""

from __future__ import annotations

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.question import Question

# Names of a figure, not of a thing that may want explaining.
FIGURE_NAMES = frozenset(
    "increase increases rise rises uplift uplifts cut cuts deficit deficits budget budgets "
    "allocation allocations spend spending total cost costs amount".split()
)


def asks_a_named_figure(
    question: Question, fact: FactProfile, subject_terms: frozenset[str]
) -> bool:
    """The subject ends in a figure's name after the words saying whose it is, the fact
    names all of them and gives a sum of money or a percentage."""
    subject = question.subject.lower().split()
    if len(subject) < 2 or subject[-1] not in FIGURE_NAMES:
        return False
    if not subject_terms or not subject_terms <= fact.own_terms:
        return False
    return fact.gives_money or fact.gives_percent
