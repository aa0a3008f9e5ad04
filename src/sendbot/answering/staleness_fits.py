"""Whether the staleness line fits a reply. "This is the latest figure in the sources, from an
answer given on ... — more than 12 months ago." says how old the newest figure of something
that changes is: an amount, a count, a share. Under a definition ("what are supported
internships?", whose only numbers are an age range) or a date ("when did the Change Programme
start?") there is no such figure, and the line left a parent asking "latest figure of what?".
The citation under every reply already says when the answer was given."""

from __future__ import annotations

from sendbot.answering.asked_measure import FIGURE_INTENTS
from sendbot.answering.asked_purpose import confirms_a_purpose
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact

# Units of numbers that are no level of anything: an age range ("aged 16-24"), a span of years
# ("the highest in fifty years").
_NOT_A_LEVEL = frozenset({"years", "years old"})


def states_a_changing_figure(fact: Fact) -> bool:
    """The figure `fact` reports is an amount, a count or a share that a later answer could
    give anew: not a date, an age or a span of years."""
    figure = fact.measured
    return figure is not None and figure.unit not in _NOT_A_LEVEL


def asks_for_a_figure(question: Question) -> bool:
    """The question is answered by a figure ("how many", "how much", "what share", or a topic
    named alone); not by a date, a definition, a reason, a person or a purpose confirmed."""
    return question.intent in FIGURE_INTENTS and not confirms_a_purpose(question)
