from bot.answering.match import FactIndex, build_index
from bot.answering.selftest import self_test
from bot.knowledge import edits
from bot.knowledge.model import KnowledgeBase


def test_a_question_curated_for_the_wrong_fact_is_a_collision(shipped_kb: KnowledgeBase) -> None:
    changed = edits.add_alias(
        shipped_kb, "special-schools-opened", "how much money is in the high needs budget?"
    ).kb
    report = self_test(build_index(changed), {"special-schools-opened"})
    (collision,) = report.collisions
    assert collision.fact_id == "special-schools-opened"
    assert collision.answered_by.startswith("high-needs-")  # one of the budget facts
    assert not report.ok


def test_only_the_named_facts_are_checked(shipped_index: FactIndex) -> None:
    fact = shipped_index.kb.facts[0]
    report = self_test(shipped_index, {fact.id})
    assert report.questions == len(fact.questions)
