from sendbot.answering.fact_index import FactIndex
from sendbot.answering.related import MAX_RELATED, related_facts


def test_related_facts_are_near_and_never_the_fact_itself(shipped_index: FactIndex) -> None:
    kb = shipped_index.kb
    for fact in kb:
        related = related_facts(shipped_index, fact)
        assert fact not in related
        assert len(related) <= MAX_RELATED
        assert len({other.id for other in related}) == len(related)
    opened = kb.fact("special-schools-opened")
    assert opened is not None
    assert "special-school-places-created" in [f.id for f in related_facts(shipped_index, opened)]
