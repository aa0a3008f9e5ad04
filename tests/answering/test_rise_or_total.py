"""A written answer often gives a total and the rise that brought it there in one sentence
("will increase by £970 million ... and will bring total high needs funding to £10.1
billion"). Which a fact states, a rise or a level, is read from its figures' labels, not from
its quote; a quote giving a sum none of its figures is keeps it from being only one or the
other."""

from sendbot.answering.compared_years import (
    amounts,
    gives_only_changes,
    gives_only_levels,
    states_a_change,
)
from sendbot.knowledge.model import Fact, KnowledgeBase


def _fact(kb: KnowledgeBase, fact_id: str) -> Fact:
    return next(fact for file in kb.files for fact in file.facts if fact.id == fact_id)


def test_a_total_whose_quote_tells_the_rise_too_states_no_change(shipped_kb: KnowledgeBase) -> None:
    total = _fact(shipped_kb, "high-needs-total-2023-24")
    assert "increase by £970 million" in total.quote
    assert not states_a_change(total)
    assert states_a_change(_fact(shipped_kb, "high-needs-increase-2023-24"))
    # "increased from 115,000 to 200,000": both ends of the change are its figures
    assert states_a_change(_fact(shipped_kb, "pupils-in-special-schools-2024-25"))


def test_a_fact_giving_only_a_rise_gives_only_changes(shipped_kb: KnowledgeBase) -> None:
    assert gives_only_changes(_fact(shipped_kb, "high-needs-increase-2023-24"))
    assert not gives_only_changes(_fact(shipped_kb, "high-needs-total-2023-24"))
    # "over 60%" alone among its figures, but its quote gives the £10.5 billion total too
    assert not gives_only_changes(_fact(shipped_kb, "high-needs-rise-since-2019-20"))


def test_a_level_whose_quote_tells_no_change_gives_only_levels(shipped_kb: KnowledgeBase) -> None:
    assert gives_only_levels(_fact(shipped_kb, "change-programme"))
    # its quote tells the £970 million rise as well as the total
    assert not gives_only_levels(_fact(shipped_kb, "high-needs-total-2023-24"))
    # "has increased from 115,000 to 200,000", though 115,000 is its only figure
    assert not gives_only_levels(_fact(shipped_kb, "pupils-in-special-schools-2015-16"))


def test_the_span_of_a_rise_is_not_an_amount(shipped_kb: KnowledgeBase) -> None:
    # "60% over five years": the five years is how long it took, not a level
    given = amounts(_fact(shipped_kb, "high-needs-budget-increase"))
    assert [figure.value for figure in given] == [60]
