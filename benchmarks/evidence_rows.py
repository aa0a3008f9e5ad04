"""Dump the rows the evidence model alone decides, with candidate signals it does not weigh yet.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/evidence_rows.py rows.json

One row per question of every development set (dev_sets.EVERY_SET, each on its base) that
fit_confidence.examples fits: the top fact's features as confidence.features reads them, the
evidence probability of the reply, whether the top fact answers, and new signals computed from
the question's terms (as the matcher reads them) and the facts' terms:
- rare_cov: share of the question's known terms' IDF squared the top fact holds (rare words
  count more than in coverage);
- rare_margin: rare_cov of the top fact minus that of the runner-up;
- rival_holds: the question's weight (IDF) the top fact lacks and the runner-up holds, as a
  share of the question's known weight (the question may be about the runner-up);
- lacked_known: the question's known weight the top fact lacks, as a share;
- id_named: share of the top fact's id words (as terms the base knows) in the question;
- measure_named: whether a word of the top fact's measure is in the question;
- phrasings: the number of the top fact's phrasings (log);
- runner_cov: the runner-up's coverage.
Development sets only.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from dev_sets import EVERY_SET, labelled

from sendbot.answering.answer import decide
from sendbot.answering.confidence import Verdict, features
from sendbot.answering.match import margin_of
from sendbot.answering.normalise import COMMON_WORDS
from sendbot.answering.ranking import _topic_words, rank
from sendbot.answering.scoring import query_terms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", nargs="*")
    args = parser.parse_args()
    names = args.sets or list(EVERY_SET)
    rows = []
    for item in labelled({name: EVERY_SET[name] for name in names}):
        index = item.index
        ranking = rank(index, item.question)
        if not ranking.candidates:
            continue
        top = ranking.candidates[0]
        if top.evidence.missing is not None:
            continue
        result = decide(index, item.question).result
        if result.verdict is not Verdict.NONE:
            continue
        fact = index.facts[top.position]
        values = features(top.evidence, margin_of(ranking.candidates, index.facts))
        terms, _ = query_terms(index, _topic_words(ranking.question, index.idf))
        known = [(t, index.idf[t]) for t in terms if t in index.idf and t not in COMMON_WORDS]
        weight = sum(w for _, w in known) or 1.0
        weight2 = sum(w * w for _, w in known) or 1.0
        top_terms = index.fact_terms[top.position]
        runner = ranking.candidates[1] if len(ranking.candidates) > 1 else None
        runner_terms = index.fact_terms[runner.position] if runner else frozenset()
        rare_top = sum(w * w for t, w in known if t in top_terms) / weight2
        rare_runner = sum(w * w for t, w in known if t in runner_terms) / weight2
        lacked = [(t, w) for t, w in known if t not in top_terms]
        id_terms = {
            t for t in index.normaliser.terms(fact.id.replace("-", " ").replace("_", " "))
        } & set(index.idf)
        measure_terms = (
            set(index.normaliser.terms(fact.measure.replace("_", " ").replace("-", " ")))
            if fact.measure
            else set()
        )
        qterms = set(terms)
        rows.append(
            {
                "set_name": item.set_name,
                "many": not EVERY_SET[item.set_name][1],
                "question": item.question,
                "fact": fact.id,
                "right": int(item.answers(fact)),
                "answerable": item.answerable,
                "off_topic": item.off_topic,
                "answered": result.answered,
                "probability": result.evidence_confidence,
                "values": values,
                "rare_cov": rare_top,
                "rare_margin": rare_top - rare_runner,
                "rival_holds": sum(w for t, w in lacked if t in runner_terms) / weight,
                "lacked_known": sum(w for _, w in lacked) / weight,
                "id_named": len(id_terms & qterms) / len(id_terms) if id_terms else 0.0,
                "measure_named": float(bool(measure_terms & qterms)),
                "phrasings": math.log(len(index.phrasing_texts[top.position])),
                "runner_cov": runner.evidence.coverage if runner else 0.0,
                "runner_score": runner.rank_score if runner else 0.0,
                "top_score": top.rank_score,
                "known_terms": len(known),
                "rarest_lacked": max((w for _, w in lacked), default=0.0) / index.unknown_idf,
            }
        )
    args.out.write_text(json.dumps(rows))
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
