"""Run every fact's own questions through the matcher: what a moderator checks after a change.

A collision is a curated question that now answers with another fact (two facts compete
for it), unless that fact restates the same figure for the same measure (two answers giving
one number, e.g. a budget repeated in a later answer); a weak match is one that still finds
its fact but below the answering threshold, or not at all. Pure: an index in, a report out.
"""

from __future__ import annotations

from dataclasses import dataclass

from sendbot.answering.match import FactIndex, match
from sendbot.knowledge.measures import restates


@dataclass(frozen=True, slots=True)
class Collision:
    question: str
    fact_id: str  # the fact the question belongs to
    answered_by: str  # the fact that answers it now

    def __str__(self) -> str:
        return f"{self.question!r} belongs to {self.fact_id} but answers with {self.answered_by}"


@dataclass(frozen=True, slots=True)
class WeakMatch:
    question: str
    fact_id: str
    confidence: float

    def __str__(self) -> str:
        return f"{self.question!r} ({self.fact_id}) is declined at confidence {self.confidence:.2f}"


@dataclass(frozen=True, slots=True)
class SelfTest:
    questions: int
    collisions: tuple[Collision, ...]
    weak: tuple[WeakMatch, ...]

    @property
    def ok(self) -> bool:
        return not self.collisions

    def summary(self) -> str:
        return (
            f"{self.questions} question{'' if self.questions == 1 else 's'} checked: "
            f"{len(self.collisions)} collision(s), "
            f"{len(self.weak)} weak match(es)"
        )


def self_test(index: FactIndex, fact_ids: set[str] | None = None) -> SelfTest:
    """Check the questions of every fact, or only of `fact_ids`."""
    collisions: list[Collision] = []
    weak: list[WeakMatch] = []
    checked = 0
    for fact in index.kb:
        if fact_ids is not None and fact.id not in fact_ids:
            continue
        for question in fact.questions:
            checked += 1
            result = match(index, question)
            best = result.best.fact if result.best else None
            if result.answered and best is not None:
                if best.id != fact.id and not restates(best, fact):
                    collisions.append(Collision(question, fact.id, best.id))
            elif not result.answered:
                weak.append(WeakMatch(question, fact.id, result.confidence))
    return SelfTest(checked, tuple(collisions), tuple(weak))
