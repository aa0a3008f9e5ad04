"""What is worked out once per index (`per_index`) is worked out afresh for a new index: a
changed base is a new index, and must never be answered with the words of the old one."""

from pathlib import Path

import pytest

from sendbot.answering import fact_index
from sendbot.answering.fact_index import FactIndex, build_index, per_index
from sendbot.storage.loader import load


@pytest.fixture(scope="module")
def small_index() -> FactIndex:
    return build_index(load(Path(__file__).parent.parent / "data" / "small-kb").kb)


def test_worked_out_once_per_index(shipped_index: FactIndex) -> None:
    calls: list[FactIndex] = []

    @per_index
    def facts_of(index: FactIndex) -> int:
        calls.append(index)
        return len(index.facts)

    assert facts_of(shipped_index) == len(shipped_index.facts)
    assert facts_of(shipped_index) == len(shipped_index.facts)
    assert calls == [shipped_index]


def test_a_new_index_is_worked_out_afresh(shipped_index: FactIndex, small_index: FactIndex) -> None:
    @per_index
    def facts_of(index: FactIndex) -> int:
        return len(index.facts)

    assert facts_of(shipped_index) == len(shipped_index.facts)
    assert facts_of(small_index) == len(small_index.facts) != len(shipped_index.facts)
    assert facts_of(shipped_index) == len(shipped_index.facts)


def test_only_the_last_few_indexes_are_kept(
    shipped_index: FactIndex, small_index: FactIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fact_index, "INDEXES_KEPT", 1)
    calls: list[FactIndex] = []

    @per_index
    def facts_of(index: FactIndex) -> int:
        calls.append(index)
        return len(index.facts)

    facts_of(shipped_index)
    facts_of(small_index)  # the shipped index's value is let go
    facts_of(shipped_index)
    assert calls == [shipped_index, small_index, shipped_index]
