"""A figure claimed with nothing else said of it: "someone said 10 billion, is that right?",
"someone said 30 LAs?". Its size names what it is a claim about when one figure of the whole
knowledge base is of its kind (a sum, or a count of the unit it names) and within a factor of
two of it: the £10.5 billion, not the £13 million, is what "10 billion" gets wrong. Two such
figures (a budget year by year) and it names neither. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.checked_claim import Claim
from sendbot.answering.claimed_unit import names_its_unit
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import STOPWORDS, stem, words
from sendbot.knowledge.figures import extract_figures
from sendbot.knowledge.model import Fact, Figure, FigureKind

# How far a claim may be from the figure it gets wrong: "10 billion" of "£10.5 billion", "30
# LAs" of 32; a claim ten times out is a figure of something else.
SCALE = 2.0
_ASKING = {FigureKind.MONEY: "how much", FigureKind.COUNT: "how many"}


def figure_of_its_scale(
    index: FactIndex, clause: str, stated: Sequence[Claim]
) -> tuple[Fact, Figure] | None:
    """The one fact and figure the single claim told in `clause` can be about, when the clause
    says nothing else but the count's unit; None when it names a topic (which the matcher
    reads), or no figure, or more than one, is of its size."""
    if len(stated) != 1 or stated[0].kind not in _ASKING:
        return None
    claim = stated[0]
    read = extract_figures(claim.said)
    value = read[0].value if read else None
    if not isinstance(value, int | float) or value <= 0:
        return None
    rest = set(index.normaliser.terms(f"{clause[: claim.start]} {clause[claim.end :]}"))
    found: list[tuple[Fact, Figure]] = []
    for fact in index.facts:
        for figure in fact.figures:
            if _of_its_scale(figure, claim.kind, value) and _names_nothing_else(
                index, fact, figure, clause, claim, rest
            ):
                found.append((fact, figure))
    return found[0] if len(found) == 1 else None


def asking_for_figure(kind: FigureKind, figure: Figure) -> str:
    """The claim asked for as its figure's label says what it is: "how much funding backing
    the SEND and AP Improvement Plan in 2024/25"."""
    return f"{_ASKING[kind]} {figure.label}"


def _of_its_scale(figure: Figure, kind: FigureKind, value: float) -> bool:
    given = figure.value
    return (
        figure.kind is kind
        and isinstance(given, int | float)
        and given > 0
        and 1 / SCALE <= given / value <= SCALE
    )


def _names_nothing_else(
    index: FactIndex, fact: Fact, figure: Figure, clause: str, claim: Claim, rest: set[str]
) -> bool:
    """A sum claimed alone ("its £10 billion") or of what the fact is about ("the send plan
    has 10 billion"); a count, with the unit of the fact's count."""
    if claim.kind is FigureKind.MONEY:
        return not rest or _of_its_words(fact, figure, clause, claim)
    unit = set(index.normaliser.terms(figure.unit)) if figure.unit else set()
    return bool(unit) and rest <= unit and names_its_unit(index, fact, clause, (claim,))


# Words that check or qualify a sum claimed, not a topic: "heard it was over 10 billion,
# correct?", "more than ten billion quid, yes or no", "the whole plan only has 8bn"; as stems,
# with the stop words (stemmed once here, not on each claim).
_OF_THE_CLAIM = frozenset(
    stem(word)
    for word in STOPWORDS
    | frozenset(
        """correct right true accurate yes no quid pounds over under more less than about
        around roughly nearly almost whole total entire overall altogether only just""".split()
    )
)


def _of_its_words(fact: Fact, figure: Figure, clause: str, claim: Claim) -> bool:
    """Every word the clause says besides the sum is one the fact says ("the send plan has"
    of "the SEND and AP Improvement Plan is backed by"): the sum is claimed of its topic."""
    said = {stem(word) for word in words(f"{clause[: claim.start]} {clause[claim.end :]}")}
    said -= _OF_THE_CLAIM
    # (its title too: "Funding behind the SEND and AP Improvement Plan" of "has 8bn behind it")
    own = {
        stem(word)
        for word in words(f"{fact.title or ''} {fact.statement} {fact.quote} {figure.label}")
    }
    return said <= own
