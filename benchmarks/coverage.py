"""How much of each written answer the knowledge base can be asked about.

    .venv/bin/python benchmarks/coverage.py [--kb PATH] [--list] [--all]

People ask about anything an answer says. A sentence of the answer that no fact quotes can only
be declined, however it is asked. For each source this splits the answer text (the part after
"This question was answered on ...", without page furniture) into sentences and counts those
with content worth asking about: a figure or date, a named programme or body (a capitalised
name or an abbreviation past the sentence's first word), a commitment ("will", "committed",
"plans") or a reason ("to ensure", "because", "so that"). A sentence is covered when at least
COVERED_SHARE of its words lie inside some fact's quote (after the verbatim fold), so a quote
of one clause leaves the sentence uncovered when the other clause says something of its own.

Prints per source: content sentences, covered, uncovered; --list lists the uncovered ones
with the share of their words quoted; --all counts sentences without content too.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from sendbot.knowledge.figures import extract_figures
from sendbot.knowledge.ingest import IngestError, parse_written_answer
from sendbot.knowledge.model import KnowledgeFile
from sendbot.knowledge.sentences import sentence_spans
from sendbot.knowledge.verbatim import fold
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load

COVERED_SHARE = 0.8  # a short unquoted tail ("as set out above") does not leave it uncovered

_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:\s+(?:and|for|of|the)?\s*[A-Z][a-z]+)+|[A-Z]{2,}s?)\b")
_COMMITMENT = re.compile(
    r"\b(?:will|committed|commit|plans?|planned|intends?|aims?|continues? to|working to|"
    r"working at pace|set out|due course|ensure|must|should)\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:because|so that|to ensure|in order to|as a result|due to|reflects?|means that|"
    r"therefore|since|responded|in response)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"https?://\S+|\w+")  # a link is one word, not a dozen


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # folded
    quoted_share: float  # of its words, the share inside some fact's quote
    has_content: bool

    @property
    def covered(self) -> bool:
        return self.quoted_share >= COVERED_SHARE


def has_content(sentence: str) -> bool:
    """Whether a sentence says something a person could ask about (see the module docstring)."""
    if extract_figures(sentence) or _COMMITMENT.search(sentence) or _REASON.search(sentence):
        return True
    first = _WORD.search(sentence)
    after_first = sentence[first.end() :] if first else sentence
    return bool(_NAME.search(after_first))


def answer_sentences(knowledge: KnowledgeFile) -> list[Sentence]:
    """The answer's sentences, each with how much of it the file's facts quote."""
    passages = [fold(p.text) for p in parse_written_answer(knowledge.source.text).passages]
    body = " ".join(passages)  # one text, so a quote is found across paragraph breaks
    quoted = [False] * len(body)
    for fact in knowledge.facts:
        quote = fold(fact.quote)
        start = body.find(quote) if quote else -1
        while start >= 0:
            quoted[start : start + len(quote)] = [True] * len(quote)
            start = body.find(quote, start + 1)
    sentences: list[Sentence] = []
    offset = 0
    for passage in passages:  # sentences never run across a paragraph or bullet
        for span in sentence_spans(passage):
            start = offset + span.start
            text = passage[span.start : span.end]
            words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text)]
            inside = sum(all(quoted[a:b]) for a, b in words)
            share = inside / len(words) if words else 1.0
            sentences.append(Sentence(text, share, has_content(text)))
        offset += len(passage) + 1
    return sentences


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
