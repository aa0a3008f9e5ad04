"""The answerable questions whose wanted fact the ranking puts first and sendbot still does not
answer with it, by the gate that held it back; and, beside them, the questions a looser gate
would answer wrongly at the same confidence and margin.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/first_ranked_misses.py [--list] [SET ...]

Every development set (dev_sets.EVERY_SET) by default, each on the base it was written for.
A question is `answerable` when listed in_scope (or latest, period on the many-source sets);
partial_or_declined and out_of_scope questions must not be answered. Gates:
- lacks_detail: the top fact's evidence says it cannot give what was asked (a partial);
- confidence: the evidence model's probability is below ANSWER_THRESHOLD, no rule said more;
- rule: the evidence model would answer but a rule (a rival, a topic ruled out, a verdict of
  a later stage) held it back, or the reply is about another fact.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from itertools import pairwise
from pathlib import Path

import yaml
from dev_sets import EVERY_SET
from paths import EVAL

from sendbot.answering.answer import decide
from sendbot.answering.calibration import ANSWER_THRESHOLD
from sendbot.answering.confidence import answer_probability, features
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.intent import FIGURE_ASKED
from sendbot.answering.match import _own_record_passed_over, margin_of, read_as_asked
from sendbot.answering.ranking import rank
from sendbot.answering.source_eval import items, quote_answers
from sendbot.knowledge.model import Fact
from sendbot.storage.loader import load

ANSWERABLE = ("in_scope", "latest", "period")
NOT_ANSWERABLE = ("partial_or_declined", "out_of_scope")


@dataclass(frozen=True, slots=True)
class Row:
    set_name: str
    many: bool
    question: str
    answerable: bool
    outcome: str
    reply_right: bool  # the reply's fact answers (whatever the outcome)
    top_right: bool  # the first-ranked fact answers
    missing: bool  # the top fact's evidence says it lacks what was asked
    probability: float  # the evidence model's probability for the top fact
    margin: float
    gate: str
    kind: str
    words: int
    values: dict[str, float]  # the top fact's evidence, as the confidence model reads it
    verdict: str  # the reply's rule verdict


def _answers(index: FactIndex, item: dict[str, object], by_fact: bool) -> Callable[[Fact], bool]:
    if by_fact:
        return lambda fact: fact.id == item["fact"]
    return lambda fact: quote_answers(item, index.kb.source_of(fact).document, fact.quote)


def _kind(question: str, intent_figure: bool, named: bool) -> str:
    words = len(question.split())
    if words <= 6:
        return "short"
    if named:
        return "named answer"
    return "figure asked" if intent_figure else "other"


def rows(names: list[str]) -> Iterator[Row]:
    indexes: dict[Path, FactIndex] = {}
    for name in names:
        kb, by_fact = EVERY_SET[name]
        if kb not in indexes:
            indexes[kb] = build_index(load(kb).kb)
        index = indexes[kb]
        data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
        for key in ANSWERABLE + NOT_ANSWERABLE:
            if by_fact and key in ("latest", "period"):
                continue
            for item in items(data, key):
                answerable = key in ANSWERABLE and (by_fact or "source" in item)
                answers = _answers(index, item, by_fact) if answerable else (lambda _: False)
                question = str(item["q"])
                result = decide(index, question).result
                ranking = rank(index, read_as_asked(index, question))
                if not ranking.candidates or not ranking.question.is_question:
                    continue
                top = ranking.candidates[0]
                # As the matcher weighs it: the top fact's own record, passed over, is no rival.
                passed_over = ranking.candidates.not_rivals | _own_record_passed_over(
                    index, ranking
                )
                margin = margin_of(ranking.candidates, index.facts, passed_over)
                probability = answer_probability(top.evidence, margin)
                reply_right = result.best is not None and answers(result.best.fact)
                top_right = answers(index.facts[top.position])
                if result.answered:
                    gate = "answered"
                elif top.evidence.missing is not None:
                    gate = "lacks_detail"
                elif probability < ANSWER_THRESHOLD:
                    gate = "confidence"
                else:
                    gate = "rule"
                asked = ranking.question
                named = any(w in asked.words for w in ("answer", "reply", "pq", "question"))
                kind = _kind(question, asked.intent in FIGURE_ASKED, named)
                yield Row(
                    name,
                    not by_fact,
                    question,
                    answerable,
                    result.outcome.value,
                    reply_right,
                    top_right,
                    top.evidence.missing is not None,
                    probability,
                    margin,
                    gate,
                    kind,
                    len(question.split()),
                    features(top.evidence, margin),
                    result.verdict.value,
                )


PROBABILITY_BANDS = (0.0, 0.3, 0.5, 0.6, 0.65, 0.7, ANSWER_THRESHOLD)
MARGIN_BANDS = (-1.0, 0.05, 0.15, 0.3, 2.0)


def _band_table(declined: list[Row]) -> None:
    """Questions held back by the confidence gate, by the evidence model's probability and the
    margin to the next rival: right (the top fact answers) / wrong (it does not, or nothing
    does) were each band answered."""
    print("  held back by confidence: right/wrong if answered, by probability (rows), margin")
    heads = [f"m<{high:.2f}" if high < 2 else "m>=0.30" for high in MARGIN_BANDS[1:]]
    print("    " + " " * 11 + "".join(f"{head:>11}" for head in heads))
    for low, high in pairwise(PROBABILITY_BANDS):
        cells = []
        for m_low, m_high in pairwise(MARGIN_BANDS):
            band = [
                r for r in declined if low <= r.probability < high and m_low <= r.margin < m_high
            ]
            right = sum(r.answerable and r.top_right for r in band)
            cells.append(f"{right}/{len(band) - right}")
        print(f"    p {low:.2f}-{high:.2f}" + "".join(f"{cell:>11}" for cell in cells))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--dump", type=Path, help="write every row as YAML for further study")
    args = parser.parse_args()
    names = args.sets or list(EVERY_SET)
    every = list(rows(names))
    if args.dump:
        args.dump.write_text(json.dumps([asdict(r) for r in every]))
    for many in (False, True):
        base = "many sources" if many else "one source"
        held = [
            r
            for r in every
            if r.many == many and r.answerable and r.top_right and r.gate != "answered"
        ]
        print(f"# {base}: {len(held)} answerable questions, wanted fact first, not answered")
        print("  by gate:", dict(Counter(r.gate for r in held)))
        print("  by kind:", dict(Counter(r.kind for r in held)))
        print("  by gate and outcome:", dict(Counter((r.gate, r.outcome) for r in held)))
        # At the same evidence: what a looser evidence threshold would answer wrongly.
        for low in (0.6, 0.65, 0.7):
            band = [
                r
                for r in every
                if r.many == many and r.gate == "confidence" and low <= r.probability
            ]
            right = sum(r.answerable and r.top_right for r in band)
            print(f"  threshold {low}: +{right} right, +{len(band) - right} wrong")
        _band_table([r for r in every if r.many == many and r.gate == "confidence"])
        if args.list:
            for r in sorted(held, key=lambda r: -r.probability):
                print(
                    f"  {r.gate:12} p={r.probability:.3f} m={r.margin:.3f} {r.outcome:9}"
                    f" {r.set_name}: {r.question}"
                )


if __name__ == "__main__":
    main()
