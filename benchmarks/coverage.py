"""How much of each written answer the knowledge base can be asked about.

    .venv/bin/python benchmarks/coverage.py [--kb PATH] [--list] [--all]

People ask about anything an answer says. A sentence of the answer that no fact quotes can only
be declined, however it is asked. For each source this splits the answer text (the part after
"This question was answered on ...", without page furniture) into sentences and counts those
with content worth asking about (a figure or date, a named programme, a commitment, a reason:
see sendbot.knowledge.coverage). A sentence is covered when at least COVERED_SHARE of its words
lie inside some fact's quote, so a quote of one clause leaves the sentence uncovered when the
other clause says something of its own.

Prints per source: content sentences, covered, uncovered; --list lists the uncovered ones
with the share of their words quoted; --all counts sentences without content too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sendbot.knowledge.coverage import answer_sentences
from sendbot.knowledge.ingest import IngestError
from sendbot.knowledge.model import KnowledgeFile
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load


def report(knowledge: list[KnowledgeFile], *, list_uncovered: bool, every: bool) -> list[str]:
    lines: list[str] = []
    totals = [0, 0]
    width = max(len(k.source.id) for k in knowledge)
    lines.append(f"{'source':<{width}}  sentences  covered  uncovered")
    for file in sorted(knowledge, key=lambda k: k.source.id):
        try:
            sentences = [s for s in answer_sentences(file) if every or s.has_content]
        except IngestError as error:
            lines.append(f"{file.source.id:<{width}}  not a written answer: {error}")
            continue
        covered = sum(s.covered for s in sentences)
        totals[0] += len(sentences)
        totals[1] += covered
        lines.append(
            f"{file.source.id:<{width}}  {len(sentences):>9}  {covered:>7}  "
            f"{len(sentences) - covered:>9}"
        )
        if list_uncovered:
            lines.extend(
                f"    [{s.quoted_share:.0%} quoted] {s.text}" for s in sentences if not s.covered
            )
    share = totals[1] / totals[0] if totals[0] else 1.0
    lines.append(
        f"{'all':<{width}}  {totals[0]:>9}  {totals[1]:>7}  {totals[0] - totals[1]:>9}"
        f"  ({share:.1%} covered)"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--kb", type=Path, default=BUNDLED_KNOWLEDGE, help="default: the shipped base"
    )
    parser.add_argument("--list", action="store_true", help="list each uncovered sentence")
    parser.add_argument("--all", action="store_true", help="count sentences without content too")
    args = parser.parse_args()
    state = load(args.kb)
    if not state.kb.files:
        parser.error(f"no knowledge files in {args.kb}")
    print("\n".join(report(list(state.kb.files), list_uncovered=args.list, every=args.all)))


if __name__ == "__main__":
    main()
