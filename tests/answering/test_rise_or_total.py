"""A written answer often gives a total and the rise that brought it there in one sentence
("will increase by £970 million ... and will bring total high needs funding to £10.1
billion"). Which a fact states, a rise or a level, is read from its figures' labels, not from
its quote; a quote giving a sum none of its figures is keeps it from being only one or the
other."""

from sendbot.answering.answer import answer
from sendbot.answering.compared_years import (
    amounts,
    asks_a_total,
    gives_a_level,
    gives_only_changes,
    states_a_change,
    states_only_levels,
)
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.ranking import rank
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


def test_a_level_states_only_levels_whatever_its_quote_tells(shipped_kb: KnowledgeBase) -> None:
    assert states_only_levels(_fact(shipped_kb, "change-programme"))
    # its quote tells the £970 million rise as well, but its statement gives the total alone
    assert states_only_levels(_fact(shipped_kb, "high-needs-total-2023-24"))
    assert not states_only_levels(_fact(shipped_kb, "high-needs-increase-2023-24"))
    # "increased from 115,000 to 200,000": both ends of the change are its figures
    assert not states_only_levels(_fact(shipped_kb, "pupils-in-special-schools-2024-25"))


def test_the_span_of_a_rise_is_not_an_amount(shipped_kb: KnowledgeBase) -> None:
    # "60% over five years": the five years is how long it took, not a level
    given = amounts(_fact(shipped_kb, "high-needs-budget-increase"))
    assert [figure.value for figure in given] == [60]


def test_a_fact_giving_a_total_beside_its_rise_gives_a_level(shipped_kb: KnowledgeBase) -> None:
    assert gives_a_level(_fact(shipped_kb, "high-needs-total-2023-24"))
    assert not gives_a_level(_fact(shipped_kb, "high-needs-increase-2023-24"))


def test_a_question_asking_what_a_sum_reached_asks_a_total() -> None:
    for asked in (
        "the £970 million took total high needs funding to what?",
        "the extra money took high needs funding to what?",
        "what does high needs funding total now",
        "what's the overall high needs budget",
    ):
        assert asks_a_total(analyse(asked)), asked
    for not_asked in (
        "how much did high needs go up in 2023/24",
        "how much more high needs money is there in 2024/25 vs 2023/24",
    ):
        assert not asks_a_total(analyse(not_asked)), not_asked


def test_the_total_a_rise_brought_is_not_answered_with_the_rise(shipped_index: FactIndex) -> None:
    # the rise the asker names is what they have; the total it brought is what they ask
    for asked in (
        "the £970 million took total high needs funding to what?",
        "what did the £970 million take total high needs funding to",
    ):
        ranking = rank(shipped_index, asked)
        first = shipped_index.facts[ranking.candidates[0].position]
        assert first.id == "high-needs-total-2023-24", asked
        reply = answer(shipped_index, asked)
        assert reply.fact is None or reply.fact.id != "high-needs-increase-2023-24", asked
    # the rise asked is still answered by the rise
    reply = answer(shipped_index, "how much did high needs go up in 2023/24")
    assert reply.fact is not None and reply.fact.id == "high-needs-increase-2023-24"
