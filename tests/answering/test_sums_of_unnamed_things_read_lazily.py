"""Which close facts give only sums of something the question does not name
(`sums_of_unnamed_things`): the top candidate alone says whether any is looked for, so the
others (working each out is most of what ranking costs) are read only when it says so, and what
is passed over is what reading them all first gave."""

from collections.abc import Iterator

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.ranked import Candidate
from sendbot.answering.ranking import rank
from sendbot.answering.sum_of_another import sums_of_unnamed_things

# The top fact alone rules the rivals out: a word no fact knows, a year it does not write, a
# sum of something the question does not name.
TOP_DECIDES = [
    "how much is the PINS helpline budget",
    "how much will pins get after 2025",
    "how much is the schools budget",
    "how much did high needs funding go up",
]
# The top fact's sum is of what is asked: the close facts are read, some passed over.
RIVALS_READ = [
    "how much money for special free schools",
    "how much is high needs funding in 2025-26",
    "how much is the change programme",
]


class _Counted:
    """The candidates, counting how many were read."""

    def __init__(self, candidates: Iterator[Candidate]) -> None:
        self._candidates = candidates
        self.read = 0

    def __iter__(self) -> Iterator[Candidate]:
        for candidate in self._candidates:
            self.read += 1
            yield candidate


@pytest.mark.parametrize("question", TOP_DECIDES)
def test_only_the_top_candidate_is_read_when_it_decides(
    shipped_index: FactIndex, question: str
) -> None:
    ranking = rank(shipped_index, question)
    counted = _Counted(iter(ranking.candidates))
    assert sums_of_unnamed_things(shipped_index, ranking.question, counted) == frozenset()
    assert counted.read == 1


@pytest.mark.parametrize("question", TOP_DECIDES + RIVALS_READ)
def test_the_same_facts_are_passed_over_as_when_all_were_read_first(
    shipped_index: FactIndex, question: str
) -> None:
    ranking = rank(shipped_index, question)
    read_first = list(rank(shipped_index, question).candidates[:7])
    assert sums_of_unnamed_things(
        shipped_index, ranking.question, ranking.candidates
    ) == sums_of_unnamed_things(shipped_index, ranking.question, read_first)


def test_a_sum_of_another_thing_is_passed_over(shipped_index: FactIndex) -> None:
    """ "how much money for special free schools": a close fact's sum of something else (not
    the schools') is no rival answer, so it is passed over."""
    ranking = rank(shipped_index, "how much money for special free schools")
    counted = _Counted(iter(ranking.candidates))
    assert sums_of_unnamed_things(shipped_index, ranking.question, counted)
    assert counted.read == 7
