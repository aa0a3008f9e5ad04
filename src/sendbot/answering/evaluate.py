"""Score the matcher on a labelled question set: in-scope accuracy and out-of-scope refusals.

Pure: takes the questions and an index, returns the numbers and every miss, so a person
tuning the matcher sees exactly which questions went wrong and how. Each question is decided
as `answer` decides it (the newest-figure and record rules included), so the numbers are
those of the replies people get, as benchmarks/outcomes.py counts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sendbot.answering.answer import decide
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import MatchResult


@dataclass(frozen=True, slots=True)
class LabelledQuestion:
    question: str
    fact_id: str | None  # None: out of scope, must be declined


@dataclass(frozen=True, slots=True)
class Miss:
    question: str
    expected: str | None
    got: str | None
    answered: bool
    confidence: float

    def __str__(self) -> str:
        verdict = f"answered {self.got}" if self.answered else f"declined (best {self.got})"
        return (
            f"{self.question!r}: expected {self.expected or 'decline'}, "
            f"{verdict} at {self.confidence:.2f}"
        )


@dataclass(frozen=True, slots=True)
class Evaluation:
    in_scope: int
    in_scope_right: int
    in_scope_wrong_fact: int  # the worst outcome: a wrong fact presented as the answer
    out_of_scope: int
    out_of_scope_declined: int
    # Out of the repr: pytest prints a failing test's arguments, and a held-out set's
    # questions must never be shown.
    misses: tuple[Miss, ...] = field(repr=False)

    @property
    def accuracy(self) -> float:
        return self.in_scope_right / self.in_scope if self.in_scope else 1.0

    @property
    def decline_rate(self) -> float:
        return self.out_of_scope_declined / self.out_of_scope if self.out_of_scope else 1.0

    def summary(self) -> str:
        return (
            f"in scope: {self.in_scope_right}/{self.in_scope} right ({self.accuracy:.1%}), "
            f"{self.in_scope_wrong_fact} wrong fact(s) given; "
            f"out of scope: {self.out_of_scope_declined}/{self.out_of_scope} declined "
            f"({self.decline_rate:.1%})"
        )


def _miss(item: LabelledQuestion, result: MatchResult) -> Miss:
    return Miss(
        item.question,
        item.fact_id,
        result.best.fact.id if result.best else None,
        result.answered,
        result.confidence,
    )


def evaluate(index: FactIndex, questions: Sequence[LabelledQuestion]) -> Evaluation:
    right = wrong_fact = declined = 0
    misses: list[Miss] = []
    for item in questions:
        result = decide(index, item.question).result
        answered_id = result.best.fact.id if result.answered and result.best else None
        if item.fact_id is None:
            if answered_id is None:
                declined += 1
            else:
                misses.append(_miss(item, result))
        elif answered_id == item.fact_id:
            right += 1
        else:
            wrong_fact += answered_id is not None
            misses.append(_miss(item, result))
    in_scope = sum(item.fact_id is not None for item in questions)
    return Evaluation(
        in_scope=in_scope,
        in_scope_right=right,
        in_scope_wrong_fact=wrong_fact,
        out_of_scope=len(questions) - in_scope,
        out_of_scope_declined=declined,
        misses=tuple(misses),
    )


def labelled_questions(data: object) -> list[LabelledQuestion]:
    """The parsed eval YAML ({in_scope: [{q, fact}], out_of_scope: [{q}]}) -> questions."""
    if not isinstance(data, dict):
        raise ValueError("an evaluation set is a mapping with in_scope and out_of_scope lists")
    items = [LabelledQuestion(str(entry["q"]), str(entry["fact"])) for entry in data["in_scope"]]
    items += [LabelledQuestion(str(entry["q"]), None) for entry in data["out_of_scope"]]
    return items
