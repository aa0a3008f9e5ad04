"""A `topic` links each written answer's word on one thing; `kb check` keeps the links to that."""

import datetime as dt
from dataclasses import replace

from sendbot.knowledge.model import Fact, Figure, FigureKind
from sendbot.knowledge.topics import topic_facts, topic_problems
from tests.knowledge.builders import knowledge_base, placeholder_fact, written_answer

OLD = written_answer("old", dt.date(2023, 6, 12))
NEW = written_answer("new", dt.date(2026, 1, 27))
MIDDLE = written_answer("middle", dt.date(2024, 2, 8))


def said(fact_id: str, source: str, topic: str | None = "demand", **changes: object) -> Fact:
    fact = placeholder_fact(fact_id, dt.date(2026, 1, 27), source_id=source)

    return replace(fact, topic=topic, topic_line=7, **changes)  # type: ignore[arg-type]


def test_topic_facts_come_newest_answer_first_whatever_the_file_order() -> None:
    kb = knowledge_base(
        (OLD, [said("old-word", "old")]),
        (NEW, [said("new-word", "new")]),
        (MIDDLE, [said("middle-word", "middle"), said("other", "middle", topic=None)]),
    )
    assert [fact.id for fact in topic_facts(kb, "demand")] == [
        "new-word",
        "middle-word",
        "old-word",
    ]


def test_linked_topics_pass_the_check() -> None:
    kb = knowledge_base((OLD, [said("old-word", "old")]), (NEW, [said("new-word", "new")]))
    assert topic_problems(kb, {}) == []


def test_a_topic_of_one_written_answer_is_no_problem() -> None:
    # A base keeping some of the files may keep one answer's fact of a topic: it links nothing.
    kb = knowledge_base((OLD, [said("old-word", "old")]), (NEW, [said("x", "new", topic=None)]))
    assert topic_problems(kb, {"old": "knowledge/old.yaml"}) == []


def test_one_answer_gives_one_word_on_a_topic() -> None:
    kb = knowledge_base(
        (OLD, [said("old-word", "old")]),
        (NEW, [said("new-word", "new"), said("new-again", "new")]),
    )
    (problem,) = topic_problems(kb, {})
    assert problem.field == "facts[new-again].topic"
    assert "already given to new-word" in problem.message


def test_a_topic_is_not_a_measure() -> None:
    counted = (Figure(200_000, FigureKind.COUNT, "pupils"),)
    kb = knowledge_base(
        (OLD, [said("old-word", "old")]),
        (
            NEW,
            [
                said("new-word", "new"),
                said("count", "new", topic=None, figures=counted, measure="demand"),
            ],
        ),
    )
    (problem,) = topic_problems(kb, {})
    assert "also a measure" in problem.message


def test_a_topic_survives_the_round_trip_through_a_record_and_a_rewrite() -> None:
    """Saving an edit rewrites the file from records, and the cache rebuilds facts from them:
    a curated topic must come back, or the next edit would silently drop it."""
    from sendbot.knowledge.records import file_from_record, file_to_dict, json_safe
    from sendbot.settings import BUNDLED_KNOWLEDGE
    from sendbot.storage.loader import load

    shipped = load(BUNDLED_KNOWLEDGE).kb
    topical = [(kf, fact) for kf in shipped.files for fact in kf.facts if fact.topic]
    assert topical
    for knowledge_file, fact in topical:
        rebuilt = file_from_record(json_safe(file_to_dict(knowledge_file)), knowledge_file.path, "")
        again = next(f for f in rebuilt.facts if f.id == fact.id)
        assert again.topic == fact.topic
