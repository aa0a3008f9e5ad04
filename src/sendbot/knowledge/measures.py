"""Facts that report the same measure over time: ordering them and checking they agree.

A fact with a `measure` reports its first figure that is not a date (Fact.measured) for its
`period`, or, when it names none, for its `as_of` date. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sendbot.knowledge.errors import Problem
from sendbot.knowledge.model import Fact, KnowledgeBase, KnowledgeFile
from sendbot.knowledge.periods import Period, parse_period

# Facts' periods, parsed once: a reply about a measure orders its facts by period every time.
_fact_period = lru_cache(maxsize=4096)(parse_period)


def period_of(fact: Fact) -> Period:
    """The period a fact's figure is for: its `period`, else the day of its `as_of`."""
    named = _fact_period(fact.period) if fact.period else None
    return named or Period(fact.as_of, fact.as_of, fact.as_of.isoformat())


def newest_first_key(fact: Fact) -> tuple[dt.date, dt.date, dt.date, str]:
    period = period_of(fact)
    # Same period: the later statement of it first (a newer answer may restate a figure).
    return (period.end, period.start, fact.as_of, fact.id)


def measure_names(kb: KnowledgeBase) -> list[str]:
    return sorted({fact.measure for fact in kb if fact.measure})


def history(kb: KnowledgeBase, measure: str) -> tuple[Fact, ...]:
    """The facts reporting `measure`, the newest period first."""
    facts = (fact for fact in kb if fact.measure == measure)
    return tuple(sorted(facts, key=newest_first_key, reverse=True))


def for_period(kb: KnowledgeBase, measure: str, period: str) -> tuple[Fact, ...]:
    """The facts reporting `measure` for exactly `period` (as written, e.g. "2023/24")."""
    wanted = parse_period(period)
    if wanted is None:
        return ()
    return tuple(
        fact
        for fact in history(kb, measure)
        if (period_of(fact).start, period_of(fact).end) == (wanted.start, wanted.end)
    )


@dataclass(frozen=True, slots=True)
class _Reported:
    fact: Fact
    index: int
    path: str


def disagreements(files: Iterable[KnowledgeFile]) -> list[Problem]:
    """One problem per fact whose figure for a measure and period differs from an earlier
    fact's figure for the same measure and period."""
    first: dict[tuple[str, dt.date, dt.date], _Reported] = {}
    problems: list[Problem] = []
    for knowledge_file in files:
        for index, fact in enumerate(knowledge_file.facts):
            if not fact.measure or fact.measured is None:
                continue
            period = period_of(fact)
            key = (fact.measure, period.start, period.end)
            earlier = first.setdefault(key, _Reported(fact, index, knowledge_file.path))
            if earlier.fact is fact or _agree(earlier.fact, fact):
                continue
            problems.append(
                Problem(
                    knowledge_file.path,
                    fact.measure_line,
                    f"facts[{fact.id}].measure",
                    f"{fact.measure} for {period.text} is {_shown(fact)} here but "
                    f"{_shown(earlier.fact)} in {earlier.fact.id} ({earlier.path}"
                    f"{':' + str(earlier.fact.measure_line) if earlier.fact.measure_line else ''})",
                )
            )
    return problems


def restates(one: Fact, other: Fact) -> bool:
    """Whether two facts give the same figure for the same measure (and the same period, when
    both name one): either answers a question about that figure rightly."""
    if not one.measure or one.measure != other.measure or not _agree(one, other):
        return False
    if one.period and other.period:
        first, second = period_of(one), period_of(other)
        return (first.start, first.end) == (second.start, second.end)
    return True


def _agree(one: Fact, other: Fact) -> bool:
    a, b = one.measured, other.measured
    return a is not None and b is not None and a.kind is b.kind and a.value == b.value


def _shown(fact: Fact) -> str:
    figure = fact.measured
    assert figure is not None
    return f"{figure.value!r} ({figure.kind.value})"
