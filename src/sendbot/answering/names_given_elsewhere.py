"""A partial reply to "which councils are in X?" shows a fact that names some of them when one
does: "the written answer doesn't name the councils", said of the closest fact, is false when
another written answer names one ("including Bedford"). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.missing import gives_names, names_an_example
from sendbot.answering.question import Question
from sendbot.answering.ranked import Candidate

# How close on topic, as a share of the closest fact's score, a fact naming some must be: the
# same thing asked of (the Change Programme's authorities), not a different list.
NAMING_SHARE = 0.85
# How far down the facts closest on topic it may be.
NAMING_RIVALS = 4

_NAMES_ASKED = frozenset({Intent.NAMED_LIST, Intent.PERSON})


def naming_some(
    index: FactIndex, question: Question, scored: Sequence[tuple[float, Candidate]]
) -> Candidate | None:
    """The fact to show instead of the closest one on topic, `scored[0]`, when that one names
    none of those asked for and one about as close names some of them as examples; None
    otherwise."""
    if question.intent not in _NAMES_ASKED and question.wants != "names":
        return None
    closest_score, closest = scored[0]
    if gives_names(question, index.profiles[closest.position]):
        return None
    for score, other in scored[1:NAMING_RIVALS]:
        if score < closest_score * NAMING_SHARE:
            break
        profile = index.profiles[other.position]
        # names some as examples ("including Bedford"): not a name of the programme itself
        if (
            other.evidence.missing is not None
            and names_an_example(profile)
            and gives_names(question, profile)
        ):
            return other
    return None
