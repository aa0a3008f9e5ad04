"""Off-the-shelf baselines on a labelled question set, for comparison with sendbot's matcher.

    .venv/bin/python benchmarks/baselines.py [tests/eval/final.yaml]

Each baseline scores every fact and answers with the best one when its score clears a
threshold. The threshold is the one that is best for the baseline on the very set being
measured (an oracle, so the baselines are flattered), chosen to maximise the lower of
in-scope accuracy and out-of-scope declines.
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml
from paths import EVAL, SINGLE_SOURCE_KB
from rapidfuzz import fuzz, process, utils

from sendbot.answering.evaluate import LabelledQuestion, evaluate, labelled_questions
from sendbot.answering.fact_index import build_index
from sendbot.answering.match import match
from sendbot.knowledge.model import Fact
from sendbot.storage.loader import load

DEFAULT_SET = EVAL / "final.yaml"
Scorer = Callable[[str], tuple[str, float]]  # question -> (best fact id, score)


def _fact_texts(fact: Fact) -> list[str]:
    return [fact.statement, *(fact.questions), fact.title or ""]


def rapidfuzz_scorer(facts: tuple[Fact, ...]) -> Scorer:
    choices = [(fact.id, text) for fact in facts for text in _fact_texts(fact) if text]

    def score(question: str) -> tuple[str, float]:
        found = process.extractOne(
            question,
            [text for _, text in choices],
            scorer=fuzz.WRatio,
            processor=utils.default_process,
        )
        assert found is not None
        return choices[found[2]][0], found[1] / 100

    return score


def bm25_scorer(facts: tuple[Fact, ...], k1: float = 1.5, b: float = 0.75) -> Scorer:
    def tokens(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", text.lower())

    documents = [tokens(" ".join(_fact_texts(fact))) for fact in facts]
    average = sum(map(len, documents)) / len(documents)
    frequency = Counter(term for document in documents for term in set(document))
    idf = {
        term: math.log(1 + (len(documents) - count + 0.5) / (count + 0.5))
        for term, count in frequency.items()
    }
    counts = [Counter(document) for document in documents]

    def score(question: str) -> tuple[str, float]:
        terms = tokens(question)
        best, best_score = facts[0].id, 0.0
        for fact, document, tf in zip(facts, documents, counts, strict=True):
            total = 0.0
            for term in terms:
                if term in tf:
                    norm = (
                        tf[term]
                        * (k1 + 1)
                        / (tf[term] + k1 * (1 - b + b * len(document) / average))
                    )
                    total += idf[term] * norm
            if total > best_score:
                best, best_score = fact.id, total
        return best, best_score

    return score


def sendbot_scorer(facts: tuple[Fact, ...]) -> Scorer:
    index = build_index(load(SINGLE_SOURCE_KB).kb)

    def score(question: str) -> tuple[str, float]:
        result = match(index, question)
        if result.best is None:
            return "", -1.0  # smalltalk or nothing in common: declined at any threshold
        return result.best.fact.id, result.confidence

    return score


def oracle(questions: list[LabelledQuestion], scorer: Scorer) -> str:
    scored = [(item, *scorer(item.question)) for item in questions]
    inside = [row for row in scored if row[0].fact_id]
    outside = [row for row in scored if not row[0].fact_id]
    best = None
    for threshold in sorted({score for _, _, score in scored}):
        right = sum(1 for item, fact_id, s in inside if s >= threshold and fact_id == item.fact_id)
        wrong = sum(1 for item, fact_id, s in inside if s >= threshold and fact_id != item.fact_id)
        declined = sum(1 for _, _, s in outside if s < threshold)
        key = min(right / len(inside), declined / len(outside))
        if best is None or key > best[0]:
            best = (key, right, wrong, declined)
    assert best is not None
    _, right, wrong, declined = best
    return (
        f"{right}/{len(inside)} right ({right / len(inside):.1%}), {wrong} wrong fact(s); "
        f"{declined}/{len(outside)} declined ({declined / len(outside):.1%})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET, help="a labelled set")
    path = parser.parse_args().set
    if not path.is_file():
        parser.error(f"no such question set: {path}")
    questions = labelled_questions(yaml.safe_load(path.read_text(encoding="utf-8")))
    kb = load(SINGLE_SOURCE_KB).kb
    print(f"{path.name}: thresholds chosen on this set itself (an oracle) for every matcher")
    for name, scorer in (
        ("rapidfuzz WRatio over statements, questions, titles", rapidfuzz_scorer(kb.facts)),
        ("BM25 over statements, questions, titles", bm25_scorer(kb.facts)),
        ("sendbot's ranking and confidence", sendbot_scorer(kb.facts)),
    ):
        print(f"  {name:<52} {oracle(questions, scorer)}")
    shipped = evaluate(build_index(kb), questions).summary()
    print(f"  sendbot as shipped (threshold fitted on the training set): {shipped}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
