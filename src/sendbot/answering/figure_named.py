"""A question asking what a figure of the sources stands for: "what does the 76 refer to",
"whats the 23 figure", "100,000 professionals, whats that about". Its only words besides the
figure ask what it is, so the evidence (words in common) is slight and it was declined; but
the fact giving that figure, when one measure's facts alone give it, is what it asks about.
Words right after the figure say what it counts ("the 5000 practitioners"): they pick among
facts giving the same number (5,000 modules, 5000 practitioners). Pure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.figure_span import answers_its_span, asks_figure_span
from sendbot.knowledge.figures import figures_besides_dates, same_figure
from sendbot.knowledge.model import Fact, FigureKind

# Words that ask what a figure is: one of them must be there ("what is the 76?" could ask
# anything of it; "what does the 76 refer to" asks what it counts).
_ASKS_WHAT_IT_IS = frozenset(
    "refer refers referring relate relates mean means meaning about figure number thing "
    "represent represents stand".split()
)
# The other words such a question may hold besides the figure and what it counts.
_FILLER = frozenset(
    "what whats what's wat wot does do did is are was the a that this those these it its to "
    "ok okay so and then for exactly actually again pls please hi hey of there".split()
)
# The words of a question asking what time a figure covers (see `figure_span`): "is the 23
# per year or so far?", "the 400, is that a year or in total?".
_SPAN_WORDS = frozenset(
    "per each every a one year years yr yrs yearly annual annually annum or over across both "
    "all whole so far to date total in altogether together cumulative since when which just "
    "only academic financial".split()
)
# A word, or any other mark alone (a digit, a comma, "?"): what stands either side of the figure.
_WORD = re.compile(r"[a-z']+|[^\sa-z']")
# At most this many words after the figure say what it counts.
_COUNTED_WORDS = 3


class NamedFigure(NamedTuple):
    """The figure a question asks the meaning of, and the words after it that say what it
    counts ("practitioners" of "the 5000 practitioners"; none of "the 76")."""

    kind: FigureKind
    value: int | float | str
    counted: tuple[str, ...]
    # It asks only what time the figure covers ("is the 23 per year or so far?"): a fact
    # whose words do not say is not what it asks about.
    of_span: bool = False


def figure_named(text: str) -> NamedFigure | None:
    """The figure a question asks the meaning of; None when the question asks anything else
    (another word is left)."""
    lowered = text.lower()
    figures = figures_besides_dates(lowered)
    if len(figures) != 1:
        return None
    figure = figures[0]
    if not any(character.isdigit() for character in lowered[figure.start : figure.end]):
        return None  # "what about this one?": a number written as a word is a pronoun there
    before = _WORD.findall(lowered[: figure.start])
    after = _WORD.findall(lowered[figure.end :])
    counted: list[str] = []
    spanning = asks_figure_span(lowered)
    for token in after:
        if len(counted) == _COUNTED_WORDS or not token[0].isalpha():
            break
        if token in _FILLER or token in _ASKS_WHAT_IT_IS or (spanning and token in _SPAN_WORDS):
            break
        counted.append(token)
    rest = [*before, *after[len(counted) :]]
    words = [token for token in rest if token[0].isalpha()]
    # "is the 23 per year or so far?": asks what time the figure covers, in words of time
    of_span = spanning and not any(word in _ASKS_WHAT_IT_IS for word in words)
    asking = _SPAN_WORDS if of_span else _ASKS_WHAT_IT_IS
    if not any(word in asking for word in words):
        return None
    if any(word not in _FILLER and word not in asking for word in words):
        return None  # "what does cp 800 mean" asks of "cp", not of the figure
    return NamedFigure(figure.kind, figure.value, tuple(counted), of_span)


def fact_giving(index: FactIndex, text: str) -> int | None:
    """The position of the fact a question asking what a figure stands for is about: of the
    facts whose own figures give it and whose words hold what it counts, when they are one
    fact or one measure's (several answers repeating it), the newest. None when the question
    asks something else or the figure is more than one thing's."""
    named = figure_named(text)
    if named is None:
        return None
    terms = frozenset(term for word in named.counted for term in index.normaliser.terms(word))
    giving = [
        position
        for position, fact in enumerate(index.facts)
        if _gives(fact, named)
        and terms <= index.fact_terms[position]
        and (not named.of_span or answers_its_span(text, index.profiles[position]))
    ]
    if not giving or len({_measure_of(index.facts[p]) for p in giving}) > 1:
        return None
    return max(giving, key=lambda position: index.facts[position].as_of)


def _gives(fact: Fact, named: NamedFigure) -> bool:
    """The fact's own figures (not every number its quote holds) give the value: "the 15" is
    the 15 special schools opened, not the places their quote also counts."""
    return any(
        given.kind is not FigureKind.DATE and same_figure((named.kind, named.value), given)
        for given in fact.figures
    )


def _measure_of(fact: Fact) -> str:
    # A fact of no measure is its own: two such facts giving the figure are two things.
    return fact.measure or f"fact:{fact.id}"
