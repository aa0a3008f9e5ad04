"""The labelled development sets, each question with how to tell whether a fact answers it.

Used by fit_confidence.py (to fit the confidence model) and calibration_check.py (to measure
it). Development sets only: their misses may be read. The held-out sets (tests/eval/HELD_OUT)
are never listed here.

- train.yaml, questions.yaml and the chat sets (dev_chat.yaml, dev3_chat.yaml, ...): the frozen
  one-source knowledge base, as the accuracy tests score them; a fact answers an `in_scope`
  question when it is the labelled fact, and no fact answers the others.
- dev_multisource.yaml, dev3_multisource.yaml, dev4_multisource.yaml: the shipped base; a fact
  answers an `in_scope`, `latest` or `period` question when its source document is the labelled
  one (or one in `also`) and its quote holds the labelled verbatim piece; no fact answers the
  others.
Greetings and help lines are left out: no fact is weighed for them.

The confidence model is fitted on FITTED; the dev3 and dev4 sets are kept out of the fit, so
that the calibration check has questions the fit never saw. EVERY_SET is every development set,
the retired held-out sets (final4-52, multisource1-49) and dev5 to dev50 among them (dev18 and
dev33 were not kept): fit_ranking.py fits on all of them but one and checks on that one, set by
set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from paths import EVAL, SHIPPED_KB, SINGLE_SOURCE_KB

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.source_eval import items, quote_answers
from sendbot.knowledge.model import Fact
from sendbot.storage.loader import load

# Every development set: the base its questions were written for (as the accuracy tests
# measure them: the chat sets on the one-source base, the multi-source sets on the shipped one)
# and whether it is labelled by fact id (else by source file and quoted piece). The ranking and
# evidence models are fitted and checked set by set on these (benchmarks/fit_ranking.py).
# final4-44 and multisource1-41 were held out when written and are development sets now;
# tests/eval/HELD_OUT lists the sets that are still held out.
EVERY_SET = {
    "train.yaml": (SINGLE_SOURCE_KB, True),
    "questions.yaml": (SINGLE_SOURCE_KB, True),
    "dev_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev3_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev4_chat.yaml": (SINGLE_SOURCE_KB, True),
    "final4.yaml": (SINGLE_SOURCE_KB, True),
    "final5.yaml": (SINGLE_SOURCE_KB, True),
    "final6.yaml": (SINGLE_SOURCE_KB, True),
    "final7.yaml": (SINGLE_SOURCE_KB, True),
    "dev5_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev_multisource.yaml": (SHIPPED_KB, False),
    "dev3_multisource.yaml": (SHIPPED_KB, False),
    "dev4_multisource.yaml": (SHIPPED_KB, False),
    "multisource.yaml": (SHIPPED_KB, False),
    "multisource2.yaml": (SHIPPED_KB, False),
    "multisource3.yaml": (SHIPPED_KB, False),
    "multisource4.yaml": (SHIPPED_KB, False),
    "dev5_multisource.yaml": (SHIPPED_KB, False),
    "dev6_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev6_multisource.yaml": (SHIPPED_KB, False),
    "dev7_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev7_multisource.yaml": (SHIPPED_KB, False),
    "dev8_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev8_multisource.yaml": (SHIPPED_KB, False),
    "dev9_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev9_multisource.yaml": (SHIPPED_KB, False),
    "dev10_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev10_multisource.yaml": (SHIPPED_KB, False),
    "dev11_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev11_multisource.yaml": (SHIPPED_KB, False),
    "final8.yaml": (SINGLE_SOURCE_KB, True),
    "final9.yaml": (SINGLE_SOURCE_KB, True),
    "final10.yaml": (SINGLE_SOURCE_KB, True),
    "final11.yaml": (SINGLE_SOURCE_KB, True),
    "final12.yaml": (SINGLE_SOURCE_KB, True),
    "final13.yaml": (SINGLE_SOURCE_KB, True),
    "multisource5.yaml": (SHIPPED_KB, False),
    "multisource6.yaml": (SHIPPED_KB, False),
    "multisource7.yaml": (SHIPPED_KB, False),
    "multisource8.yaml": (SHIPPED_KB, False),
    "multisource9.yaml": (SHIPPED_KB, False),
    "multisource10.yaml": (SHIPPED_KB, False),
    "dev12_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev12_multisource.yaml": (SHIPPED_KB, False),
    "final14.yaml": (SINGLE_SOURCE_KB, True),
    "multisource11.yaml": (SHIPPED_KB, False),
    "dev13_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev13_multisource.yaml": (SHIPPED_KB, False),
    "final15.yaml": (SINGLE_SOURCE_KB, True),
    "multisource12.yaml": (SHIPPED_KB, False),
    "dev14_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev14_multisource.yaml": (SHIPPED_KB, False),
    "final16.yaml": (SINGLE_SOURCE_KB, True),
    "multisource13.yaml": (SHIPPED_KB, False),
    "dev15_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev15_multisource.yaml": (SHIPPED_KB, False),
    "final17.yaml": (SINGLE_SOURCE_KB, True),
    "multisource14.yaml": (SHIPPED_KB, False),
    "dev16_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev16_multisource.yaml": (SHIPPED_KB, False),
    "final18.yaml": (SINGLE_SOURCE_KB, True),
    "multisource15.yaml": (SHIPPED_KB, False),
    "dev17_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev17_multisource.yaml": (SHIPPED_KB, False),
    "final19.yaml": (SINGLE_SOURCE_KB, True),
    "multisource16.yaml": (SHIPPED_KB, False),
    "final20.yaml": (SINGLE_SOURCE_KB, True),
    "multisource17.yaml": (SHIPPED_KB, False),
    "dev19_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev19_multisource.yaml": (SHIPPED_KB, False),
    "final22.yaml": (SINGLE_SOURCE_KB, True),
    "multisource19.yaml": (SHIPPED_KB, False),
    "dev20_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev20_multisource.yaml": (SHIPPED_KB, False),
    "final23.yaml": (SINGLE_SOURCE_KB, True),
    "multisource20.yaml": (SHIPPED_KB, False),
    "dev21_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev21_multisource.yaml": (SHIPPED_KB, False),
    "final24.yaml": (SINGLE_SOURCE_KB, True),
    "multisource21.yaml": (SHIPPED_KB, False),
    "dev22_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev22_multisource.yaml": (SHIPPED_KB, False),
    "final25.yaml": (SINGLE_SOURCE_KB, True),
    "multisource22.yaml": (SHIPPED_KB, False),
    "dev23_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev23_multisource.yaml": (SHIPPED_KB, False),
    "final26.yaml": (SINGLE_SOURCE_KB, True),
    "multisource23.yaml": (SHIPPED_KB, False),
    "dev24_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev24_multisource.yaml": (SHIPPED_KB, False),
    "final27.yaml": (SINGLE_SOURCE_KB, True),
    "multisource24.yaml": (SHIPPED_KB, False),
    "final28.yaml": (SINGLE_SOURCE_KB, True),
    "multisource25.yaml": (SHIPPED_KB, False),
    "dev25_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev25_multisource.yaml": (SHIPPED_KB, False),
    "dev26_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev26_multisource.yaml": (SHIPPED_KB, False),
    "final29.yaml": (SINGLE_SOURCE_KB, True),
    "multisource26.yaml": (SHIPPED_KB, False),
    "dev27_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev27_multisource.yaml": (SHIPPED_KB, False),
    "final30.yaml": (SINGLE_SOURCE_KB, True),
    "multisource27.yaml": (SHIPPED_KB, False),
    "dev28_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev28_multisource.yaml": (SHIPPED_KB, False),
    "final31.yaml": (SINGLE_SOURCE_KB, True),
    "multisource28.yaml": (SHIPPED_KB, False),
    "dev29_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev29_multisource.yaml": (SHIPPED_KB, False),
    "final32.yaml": (SINGLE_SOURCE_KB, True),
    "multisource29.yaml": (SHIPPED_KB, False),
    "dev30_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev30_multisource.yaml": (SHIPPED_KB, False),
    "final33.yaml": (SINGLE_SOURCE_KB, True),
    "multisource30.yaml": (SHIPPED_KB, False),
    "dev31_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev31_multisource.yaml": (SHIPPED_KB, False),
    "final34.yaml": (SINGLE_SOURCE_KB, True),
    "multisource31.yaml": (SHIPPED_KB, False),
    "dev32_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev32_multisource.yaml": (SHIPPED_KB, False),
    "final35.yaml": (SINGLE_SOURCE_KB, True),
    "multisource32.yaml": (SHIPPED_KB, False),
    "dev34_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev34_multisource.yaml": (SHIPPED_KB, False),
    "final37.yaml": (SINGLE_SOURCE_KB, True),
    "multisource34.yaml": (SHIPPED_KB, False),
    "dev35_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev35_multisource.yaml": (SHIPPED_KB, False),
    "final38.yaml": (SINGLE_SOURCE_KB, True),
    "multisource35.yaml": (SHIPPED_KB, False),
    "dev36_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev36_multisource.yaml": (SHIPPED_KB, False),
    "final39.yaml": (SINGLE_SOURCE_KB, True),
    "multisource36.yaml": (SHIPPED_KB, False),
    "dev37_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev37_multisource.yaml": (SHIPPED_KB, False),
    "final40.yaml": (SINGLE_SOURCE_KB, True),
    "multisource37.yaml": (SHIPPED_KB, False),
    "dev38_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev38_multisource.yaml": (SHIPPED_KB, False),
    "final41.yaml": (SINGLE_SOURCE_KB, True),
    "multisource38.yaml": (SHIPPED_KB, False),
    "dev39_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev39_multisource.yaml": (SHIPPED_KB, False),
    "final42.yaml": (SINGLE_SOURCE_KB, True),
    "multisource39.yaml": (SHIPPED_KB, False),
    "dev40_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev40_multisource.yaml": (SHIPPED_KB, False),
    "final43.yaml": (SINGLE_SOURCE_KB, True),
    "multisource40.yaml": (SHIPPED_KB, False),
    "dev41_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev41_multisource.yaml": (SHIPPED_KB, False),
    "final44.yaml": (SINGLE_SOURCE_KB, True),
    "multisource41.yaml": (SHIPPED_KB, False),
    "dev42_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev42_multisource.yaml": (SHIPPED_KB, False),
    "final45.yaml": (SINGLE_SOURCE_KB, True),
    "multisource42.yaml": (SHIPPED_KB, False),
    "dev43_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev43_multisource.yaml": (SHIPPED_KB, False),
    "final46.yaml": (SINGLE_SOURCE_KB, True),
    "multisource43.yaml": (SHIPPED_KB, False),
    "dev44_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev44_multisource.yaml": (SHIPPED_KB, False),
    "final47.yaml": (SINGLE_SOURCE_KB, True),
    "multisource44.yaml": (SHIPPED_KB, False),
    "dev45_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev45_multisource.yaml": (SHIPPED_KB, False),
    "final48.yaml": (SINGLE_SOURCE_KB, True),
    "multisource45.yaml": (SHIPPED_KB, False),
    "dev46_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev46_multisource.yaml": (SHIPPED_KB, False),
    "final49.yaml": (SINGLE_SOURCE_KB, True),
    "multisource46.yaml": (SHIPPED_KB, False),
    "dev47_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev47_multisource.yaml": (SHIPPED_KB, False),
    "final50.yaml": (SINGLE_SOURCE_KB, True),
    "multisource47.yaml": (SHIPPED_KB, False),
    "dev48_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev48_multisource.yaml": (SHIPPED_KB, False),
    "final51.yaml": (SINGLE_SOURCE_KB, True),
    "multisource48.yaml": (SHIPPED_KB, False),
    "dev49_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev49_multisource.yaml": (SHIPPED_KB, False),
    "final52.yaml": (SINGLE_SOURCE_KB, True),
    "multisource49.yaml": (SHIPPED_KB, False),
    "dev50_chat.yaml": (SINGLE_SOURCE_KB, True),
    "dev50_multisource.yaml": (SHIPPED_KB, False),
}
# The confidence model is fitted on FITTED and checked on NOT_FITTED, each set on its base in
# EVERY_SET, so that the calibration check scores the sets as the accuracy tests do.
FITTED = {
    name: EVERY_SET[name]
    for name in ("train.yaml", "questions.yaml", "dev_chat.yaml", "dev_multisource.yaml")
}
NOT_FITTED = {
    name: EVERY_SET[name]
    for name in (
        "dev3_chat.yaml",
        "dev3_multisource.yaml",
        "dev4_chat.yaml",
        "dev4_multisource.yaml",
    )
}
QUESTION_LISTS = ("in_scope", "latest", "period", "partial_or_declined", "out_of_scope")


@dataclass(frozen=True, slots=True)
class Labelled:
    set_name: str
    question: str
    index: FactIndex  # the knowledge base it was written for
    answers: Callable[[Fact | None], bool]  # whether a fact answers it
    # Whether some fact answers it; else whether it is off topic (only a decline handles it).
    answerable: bool = True
    off_topic: bool = False


def _is_fact(wanted: object) -> Callable[[Fact | None], bool]:
    return lambda fact: fact is not None and fact.id == wanted


def _quotes(index: FactIndex, item: dict[str, object]) -> Callable[[Fact | None], bool]:
    def answers(fact: Fact | None) -> bool:
        if fact is None:
            return False
        return quote_answers(item, index.kb.source_of(fact).document, fact.quote)

    return answers


def _never(_: Fact | None) -> bool:
    return False


def labelled(sets: dict[str, tuple[Path, bool]] = FITTED) -> Iterator[Labelled]:
    """Every labelled question of `sets`, set by set."""
    indexes: dict[Path, FactIndex] = {}
    for name, (kb, by_fact) in sets.items():
        if kb not in indexes:
            indexes[kb] = build_index(load(kb).kb)
        index = indexes[kb]
        data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
        for key in QUESTION_LISTS:
            for item in items(data, key):
                if by_fact:
                    answerable = key == "in_scope"
                    answers = _is_fact(item["fact"]) if answerable else _never
                else:
                    answerable = key != "out_of_scope" and "source" in item
                    answers = _quotes(index, item) if answerable else _never
                # Off topic only where the set lists on-topic unanswerable questions apart.
                off_topic = key == "out_of_scope" and "partial_or_declined" in data
                yield Labelled(name, str(item["q"]), index, answers, answerable, off_topic)
