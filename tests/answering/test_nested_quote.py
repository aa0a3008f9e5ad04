"""Which facts quote another fact of their written answer whole and add a count: worked out once
per base, the same facts `adds_a_count_to` picks out pair by pair."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.nested_quote import adding_a_count, adds_a_count_to


def test_the_facts_adding_a_count_are_those_it_finds_pair_by_pair(
    shipped_index: FactIndex,
) -> None:
    facts = shipped_index.facts
    by_pairs = frozenset(
        position
        for position, fact in enumerate(facts)
        if any(adds_a_count_to(fact, other) for other in facts)
    )
    assert by_pairs  # the shipped base has some (the inspection reports published)
    assert adding_a_count(facts) == by_pairs
