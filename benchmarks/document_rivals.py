"""How often a fact about a written answer itself (its `document` facts: who answered, when,
which department, the question's text) is the first or second candidate for an answerable
question whose right fact is about the topic, across the development sets.

    .venv/bin/python benchmarks/document_rivals.py [--list]

Such a fact ties with or beats the topic fact it shares words with (its curated phrasings
name the topic), so the margin is lost or the wrong fact put first. Development sets only
(the held-out sets in tests/eval/HELD_OUT are never read); --list prints each such question.
"""

from __future__ import annotations

import argparse

import yaml
from held_out import is_held_out
from paths import EVAL, SINGLE_SOURCE_KB

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.ranking import rank
from sendbot.answering.source_eval import answerable_groups, items, quote_answers
from sendbot.knowledge.model import Fact
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load


def _is_document(fact: Fact) -> bool:
    return "document" in fact.tags


def _right(index: FactIndex, item: dict[str, object], by_fact: bool) -> list[Fact]:
    if by_fact:
        return [fact for fact in index.facts if fact.id == item["fact"]]
    return [
        fact
        for fact in index.facts
        if quote_answers(item, index.kb.source_of(fact).document, fact.quote)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each question counted")
    args = parser.parse_args()
    indexes = {
        True: build_index(load(SINGLE_SOURCE_KB).kb),
        False: build_index(load(BUNDLED_KNOWLEDGE).kb),
    }
    total_questions = total_first = total_second = 0
    for path in sorted(EVAL.glob("*.yaml")):
        if is_held_out(path):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        by_fact = "multisource" not in path.name
        index = indexes[by_fact]
        group = (
            items(data, "in_scope")
            if by_fact
            else [item for kind in answerable_groups(data).values() for item in kind]
        )
        asked = first = second = 0
        for item in group:
            right = _right(index, item, by_fact)
            if not right or any(_is_document(fact) for fact in right):
                continue
            asked += 1
            candidates = rank(index, str(item["q"])).candidates[:2]
            places = [
                at for at, c in enumerate(candidates) if _is_document(index.facts[c.position])
            ]
            if 0 in places:
                first += 1
            elif 1 in places:
                second += 1
            if places and args.list:
                print(f"    [{'first' if 0 in places else 'second'}] {item['q']!r}")
        print(f"{path.name}: {first} first, {second} second, of {asked} topic questions")
        total_questions += asked
        total_first += first
        total_second += second
    print(
        f"all development sets: a document fact first for {total_first}, second for "
        f"{total_second}, of {total_questions} answerable topic questions"
    )


if __name__ == "__main__":
    main()
