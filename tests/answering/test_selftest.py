from sendbot.answering.match import FactIndex, build_index
from sendbot.answering.selftest import self_test
from sendbot.knowledge import edits
from sendbot.knowledge.model import KnowledgeBase


def test_a_question_curated_for_two_facts_is_a_collision(shipped_kb: KnowledgeBase) -> None:
    owner = shipped_kb.fact("high-needs-funding-2024-25")
    assert owner is not None
    question = owner.questions[0]
    changed = edits.add_alias(shipped_kb, "special-schools-opened", question).kb
    report = self_test(build_index(changed), {"special-schools-opened", owner.id})
    assert not report.ok
    # Both copies collide; the owner's other phrasings, matched as closely by the copy, may too.
    assert [c.fact_id for c in report.collisions if c.question == question] == [
        owner.id,
        "special-schools-opened",
    ]
    for collision in report.collisions:
        assert {collision.fact_id, collision.answered_by} == {"special-schools-opened", owner.id}


def test_only_the_named_facts_are_checked(shipped_index: FactIndex) -> None:
    fact = shipped_index.kb.facts[0]
    report = self_test(shipped_index, {fact.id})
    assert report.questions == len(fact.questions)


def test_shipped_questions_each_answer_with_their_own_fact(shipped_index: FactIndex) -> None:
    report = self_test(shipped_index)
    assert report.collisions == (), "\n".join(map(str, report.collisions))
