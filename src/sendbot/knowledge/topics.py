"""Facts of different written answers that speak to the same topic in statements, not one
figure: each answer's word on it, the newest answer's being the latest (`Fact.topic`).

A `measure` ties facts reporting one figure over time; a `topic` ties what answers *said*
about one thing (demand for special school places; when the SEND reforms are coming), whose
figures, if any, are not one quantity. `kb check` holds the links to what they are for: each
topic takes one fact of each answer, is no measure's name, and links no record of an answer
itself. (A topic left with one answer's fact, as when a base keeps some of the files, links
nothing and is no problem.) Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sendbot.knowledge.errors import Problem
from sendbot.knowledge.model import Fact, KnowledgeBase


def topic_facts(kb: KnowledgeBase, topic: str) -> tuple[Fact, ...]:
    """The facts speaking to `topic`, the newest written answer's first."""
    facts = [fact for fact in kb if fact.topic == topic]
    return tuple(sorted(facts, key=lambda fact: _answered(kb, fact), reverse=True))


def _answered(kb: KnowledgeBase, fact: Fact) -> dt.date:
    return kb.source_of(fact).answered


def topic_problems(kb: KnowledgeBase, files: Mapping[str, str]) -> list[Problem]:
    """One problem per topic that gives one answer two words on it (which is that answer's
    is then a guess), or that is also a measure's name (a measure's newest figure and a
    topic's newest word are found differently). Each at the line of the fact's `topic`.
    `files` maps a source id to its file as shown."""
    measures = {fact.measure for fact in kb if fact.measure}
    by_topic: dict[str, list[Fact]] = {}
    for fact in kb:
        if fact.topic:
            by_topic.setdefault(fact.topic, []).append(fact)
    problems = []

    def problem(fact: Fact, message: str) -> None:
        shown = files.get(fact.source_id, fact.source_id)
        problems.append(
            Problem(shown, fact.topic_line or fact.id_line, f"facts[{fact.id}].topic", message)
        )

    for topic, facts in by_topic.items():
        seen: dict[str, Fact] = {}
        for fact in facts:
            earlier = seen.setdefault(fact.source_id, fact)
            if earlier is not fact:
                problem(
                    fact,
                    f"topic {topic} is already given to {earlier.id} of the same written answer: "
                    "give it to the one fact that is the answer's word on the topic",
                )
        if topic in measures:
            problem(
                facts[0],
                f"topic {topic} is also a measure: a topic's facts say things, a measure's "
                "report one figure; name them differently",
            )
    return problems
