"""The shortlist of facts worth scoring in full: merging the rarest words first and stopping
early must pick exactly the facts, in exactly the order, that scoring every fact would."""

import random
from collections import defaultdict
from pathlib import Path

import pytest

from sendbot.answering import ranking
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.ranking import CANDIDATES, DIRECT_MERGE, SORT_ALL, _shortlist
from sendbot.cli.bench import generate_knowledge
from sendbot.storage.loader import load


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> FactIndex:
    directory = Path(tmp_path_factory.mktemp("generated")) / "knowledge"
    generate_knowledge(directory, 600)
    return build_index(load(directory).kb)


def every_fact_scored(index: FactIndex, terms: list[str], mass: float) -> list[tuple[int, float]]:
    """The plain way: score every fact that shares a word, sort, keep the best."""
    coverage: dict[int, float] = defaultdict(float)
    for term in terms:
        for position, field_weight in index.postings.get(term, {}).items():
            coverage[position] += index.weight(term) * field_weight / mass
    return sorted(coverage.items(), key=lambda item: -item[1])[:CANDIDATES]


# DIRECT_MERGE 0: every question takes the pruned merge, however few facts its words reach;
# SORT_ALL 0: the best are always found with a heap, never by sorting every fact scored.
@pytest.mark.parametrize("direct_merge", [0, DIRECT_MERGE])
@pytest.mark.parametrize("sort_all", [0, SORT_ALL])
def test_shortlist_is_what_scoring_every_fact_gives(
    index: FactIndex, direct_merge: int, sort_all: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ranking, "DIRECT_MERGE", direct_merge)
    monkeypatch.setattr(ranking, "SORT_ALL", sort_all)
    rng = random.Random(5)
    common = sorted(index.postings, key=lambda term: -len(index.postings[term]))[:40]
    vocabulary = sorted(index.postings)
    for _ in range(1_500):
        # Mostly common words, which share many facts and many tied scores.
        terms = list(
            dict.fromkeys(
                rng.choice(common if rng.random() < 0.7 else vocabulary)
                for _ in range(rng.randint(1, 7))
            )
        )
        if rng.random() < 0.2:
            terms.append("neverseenword")
        mass = sum(index.weight(term) for term in terms)
        assert _shortlist(index, terms, mass) == every_fact_scored(index, terms, mass), terms
