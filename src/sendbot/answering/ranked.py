"""A question's candidates best first, each one's evidence worked out only when it is read.

Working out whether a fact answers (its phrasings compared with the question, what it lacks,
the kind of detail it gives) is most of what ranking a question costs, and most questions
read only their first few candidates. Each candidate comes with an upper bound on its rank
score, cheap to work out: the next candidate in rank order is known as soon as the best
evidence worked out so far beats every bound left, so candidates below are never worked out
unless something reads them. A candidate may also be glanced at first: its evidence but what
the fact lacks (about a third of the work), which gives its closeness, the tightest bound of
its rank score, and its topic rank score; what it lacks is worked out only if that bound
still competes.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, overload

from sendbot.answering.evidence import Evidence


class Candidate(NamedTuple):  # a tuple: one is made for each of 25 candidates a question
    position: int
    evidence: Evidence
    # evidence.rank_score, worked out once: candidates are sorted and compared by it.
    rank_score: float


class Bounds(NamedTuple):
    """The most each candidate's evidence can score, before it is worked out, by place."""

    closeness: Sequence[float]  # and so its rank score, which is at most its closeness
    topic_rank_score: Sequence[float]


class RankedCandidates(Sequence[Candidate]):
    """The candidates in exactly the order of sorting them all by rank score, best first, ties
    in the order given; read as any sequence, each evidence worked out once, when needed."""

    def __init__(
        self,
        positions: Sequence[int],
        bounds: Bounds,
        work_out: Callable[[int], Candidate],
        glance: Callable[[int], Evidence] | None = None,
    ) -> None:
        self.positions = tuple(positions)  # the facts, in the order given
        self._closest, self._closest_on_topic = bounds
        self._work_out = work_out
        # By place, the evidence but what the fact lacks (its `missing` is None whatever it
        # lacks): its closeness and topic rank score are exact.
        self._glance = glance
        self._known: dict[int, Candidate] = {}  # by place in the order given
        self._ranked: list[Candidate] = []  # the first ones, in order
        # The others, as needed (not a generator: one would hold this object in a cycle,
        # left for the garbage collector to find).
        self._waiting = self._by_bound(range(len(self.positions)))
        self._ready: list[tuple[float, int, Candidate]] = []
        self._glanced: list[tuple[float, int]] = []  # (-closeness, place), as a heap
        # Facts a rule passed over for the first that are not its rivals for the margin: they
        # take what it says as known ("this evaluation will ..." below "an evaluation is
        # underway"), or give another measure (a total, when the rise is asked).
        self.not_rivals: frozenset[int] = frozenset()
        # How many times a rule put a candidate first (`bring_first`): from this place on, the
        # candidates are in rank order.
        self._in_order_from = 0

    @classmethod
    def none(cls) -> RankedCandidates:
        return cls((), Bounds((), ()), _nothing_to_work_out)

    def _candidate(self, at: int) -> Candidate:
        candidate = self._known.get(at)
        if candidate is None:
            candidate = self._known[at] = self._work_out(at)
        return candidate

    def _by_bound(self, places: Iterable[int]) -> list[int]:
        """Places to work out (given in order), the highest bound (then the earliest place)
        last: sorted by bound alone from the latest place, as the sort keeps the order of
        equal bounds."""
        return sorted(reversed(list(places)), key=self._closest.__getitem__)

    def _next(
        self,
        waiting: list[int],
        ready: list[tuple[float, int, Candidate]],
        glanced: list[tuple[float, int]],
        floor: float | None = None,
    ) -> Candidate | None:
        """The next candidate in rank order (ties in the order given) of those `waiting` to be
        worked out, those `glanced` at and those worked out and `ready` to be given; None when
        none is left. With a `floor`, a candidate glanced at whose closeness is below it is
        left out.

        Why the order is exact: no candidate scores above its bound, nor above its closeness.
        A candidate worked out comes next when it sorts before the highest bound still to work
        out (and its place, for a tie), as that sorts before every candidate still to work
        out, whatever their evidence turns out to be. The highest waiting is glanced at first,
        then waits again with its closeness as its bound."""
        closest, glance = self._closest, self._glance
        while waiting or glanced:
            highest = (-closest[waiting[-1]], waiting[-1]) if waiting else glanced[0]
            if glanced and glanced[0] < highest:
                highest = glanced[0]
            if ready and ready[0][:2] < highest:
                break
            if glanced and highest is glanced[0]:
                at = heapq.heappop(glanced)[1]
            else:
                at = waiting.pop()
                if glance is not None and at not in self._known:
                    closeness = glance(at).closeness
                    if floor is None or closeness >= floor:
                        heapq.heappush(glanced, (-closeness, at))
                    continue
            candidate = self._candidate(at)
            heapq.heappush(ready, (-candidate.rank_score, at, candidate))
        return heapq.heappop(ready)[2] if ready else None

    def _rank_to(self, count: int) -> None:
        ranked = self._ranked
        while len(ranked) < count:
            candidate = self._next(self._waiting, self._ready, self._glanced)
            if candidate is None:
                return
            ranked.append(candidate)

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, at: int) -> Candidate: ...

    @overload
    def __getitem__(self, at: slice) -> Sequence[Candidate]: ...

    def __getitem__(self, at: int | slice) -> Candidate | Sequence[Candidate]:
        if isinstance(at, slice):
            whole = at.stop is None or at.stop < 0 or (at.start or 0) < 0
            self._rank_to(len(self) if whole else at.stop)
            return self._ranked[at]
        self._rank_to(at + 1 if at >= 0 else len(self))
        return self._ranked[at]

    def __iter__(self) -> Iterator[Candidate]:
        at = 0
        while True:
            self._rank_to(at + 1)
            if at >= len(self._ranked):
                return
            yield self._ranked[at]
            at += 1

    def reaching(self, closeness: float) -> Iterator[Candidate]:
        """In order, the first candidate and every other whose closeness may reach
        `closeness`: the others' bounds, or their closeness glanced at, say that theirs does
        not."""
        if not self.positions:
            return
        first = self[0]
        yield first
        waiting = self._by_bound(
            at
            for at, position in enumerate(self.positions)
            if position != first.position and self._closest[at] >= closeness
        )
        ready: list[tuple[float, int, Candidate]] = []
        glanced: list[tuple[float, int]] = []
        while (candidate := self._next(waiting, ready, glanced, closeness)) is not None:
            yield candidate

    def topic_rivals(self, above: float) -> Iterator[Candidate]:
        """Every candidate but the first whose topic rank score may be above `above`, in no
        particular order: the others' bounds, or their topic rank score glanced at, say that
        they are not."""
        first = self[0].position if self.positions else None
        glance = self._glance
        for at, position in enumerate(self.positions):
            if position == first or self._closest_on_topic[at] <= above:
                continue
            if glance is None or at in self._known or glance(at).topic_rank_score > above:
                yield self._candidate(at)

    def closest_on_topic(
        self, bonus: Callable[[int], float], leave_out: frozenset[int]
    ) -> list[tuple[float, Candidate]]:
        """The two candidates, of those not left out, with the highest topic rank score plus
        their `bonus` (by position), with that score, highest first, ties in rank order.
        Candidates are worked out highest bound first, until none left can reach the second
        score: as no score is above its bound, none of those is closer than either."""
        most = {
            at: self._closest_on_topic[at] + bonus(position)
            for at, position in enumerate(self.positions)
            if position not in leave_out
        }
        scored: list[tuple[float, int, Candidate]] = []
        for at in sorted(most, key=most.__getitem__, reverse=True):
            if len(scored) > 1 and most[at] < scored[1][0]:
                break
            candidate = self._candidate(at)
            scored.append(
                (candidate.evidence.topic_rank_score + bonus(candidate.position), at, candidate)
            )
            scored.sort(key=lambda entry: -entry[0])
        # In rank order among equal scores: the first candidate, then by rank score and place.
        first = self[0]
        scored.sort(key=lambda entry: (-entry[0], entry[2] is not first, -entry[2][2], entry[1]))
        return [(score, candidate) for score, _, candidate in scored[:2]]

    def bring_first(self, wanted: Callable[[Candidate], bool]) -> bool:
        """Put the first candidate that is `wanted` first, the others in order; False when
        there is none."""
        for at, candidate in enumerate(self):
            if wanted(candidate):
                if at:
                    self._ranked.insert(0, self._ranked.pop(at))
                    # The ones it was moved past each move down one place.
                    self._in_order_from += 1
                return True
        return False

    def down_to(self, floor: float) -> Iterator[Candidate]:
        """In order, every candidate up to the last that may rank at `floor` or above: those
        after it, in rank order, all rank below it, so they are not worked out. (Each candidate
        a rule put first leaves the one before it out of order, so that many are read first.)"""
        for at, candidate in enumerate(self):
            if at >= self._in_order_from and candidate.rank_score < floor:
                return
            yield candidate

    def in_order_where(self, kept: Callable[[int], bool]) -> Iterator[Candidate]:
        """In order, the candidates whose fact (by position) is `kept`, as reading them all and
        passing over the others gives them, without working out the others: those read so far
        first, then the rest in rank order among themselves (each ranks below every candidate
        read so far, whatever a rule put first)."""
        read = list(self._ranked)
        yield from (candidate for candidate in read if kept(candidate.position))
        done = {candidate.position for candidate in read}
        waiting = self._by_bound(
            at
            for at, position in enumerate(self.positions)
            if position not in done and kept(position)
        )
        ready: list[tuple[float, int, Candidate]] = []
        glanced: list[tuple[float, int]] = []
        while (candidate := self._next(waiting, ready, glanced)) is not None:
            yield candidate

    def where(self, kept: Callable[[int], bool]) -> Iterator[Candidate]:
        """Every candidate whose fact (by position) is `kept`, in no particular order: the
        others are not worked out."""
        for at, position in enumerate(self.positions):
            if kept(position):
                yield self._candidate(at)


def _nothing_to_work_out(at: int) -> Candidate:
    raise IndexError(at)
