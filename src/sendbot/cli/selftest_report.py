"""What `sendbot kb test` prints: each problem, the summary, then what each kind means and how
to fix it, naming the file that holds each fact's questions."""

from __future__ import annotations

import posixpath
import re
import textwrap
from collections.abc import Iterator

from sendbot.answering.selftest import Collision, SelfTest
from sendbot.knowledge.model import KnowledgeBase

FIX = (
    "To fix one, reword the question so it asks for what only its own fact gives, or remove "
    "it if it is too vague to belong to one fact: edit the fact's `questions:` in the file "
    "named (then `sendbot kb check`), or use `/kb edit` on Discord. If the other fact is the "
    "right answer, the question belongs there instead. Then run `sendbot kb test` again."
)


def _files_by_fact(kb: KnowledgeBase) -> dict[str, str]:
    return {
        fact.id: posixpath.basename(knowledge_file.path)
        for knowledge_file in kb.files
        for fact in knowledge_file.facts
    }


WIDTH = 100
NBSP = "\u00a0"  # textwrap breaks lines only at ASCII white space


def report_lines(report: SelfTest, kb: KnowledgeBase, *, list_weak: bool) -> Iterator[str]:
    """The problems one to a line, the summary, then wrapped paragraphs of advice."""
    yield from _problem_lines(report, kb, list_weak=list_weak)
    yield report.summary()
    for paragraph in _advice(report, list_weak=list_weak):
        yield _wrap(paragraph)


def _wrap(paragraph: str) -> str:
    """Wrapped at WIDTH, never inside a `command`: it stays copyable in one piece."""
    spans = re.sub(r"`[^`]*`", lambda code: code.group().replace(" ", NBSP), paragraph)
    return textwrap.fill(spans, WIDTH).replace(NBSP, " ")


def _problem_lines(report: SelfTest, kb: KnowledgeBase, *, list_weak: bool) -> Iterator[str]:
    files = _files_by_fact(kb)
    for collision in (*report.collisions, *report.ties, *report.overruled):
        yield problem_line(collision, files.get(collision.fact_id, "?"))
    for weak in report.weak if list_weak else ():
        yield f"weak: {weak}"


def problem_line(collision: Collision, file: str | None = None) -> str:
    """One collision or tie as `kb test`, `kb add` and `kb alias` print it, with the file
    holding the question when it is known."""
    kind = (
        "tie"
        if collision.tie
        else "overruled"
        if collision.overruled
        else "contradicted"
        if collision.contradicted
        else "collision"
    )
    where = f" ({file})" if file else ""
    return f"{kind}: {collision}{where}"


def _advice(report: SelfTest, *, list_weak: bool) -> Iterator[str]:
    if any(collision.contradicted for collision in report.collisions):
        yield (
            "Contradicted: a rule beyond the matcher answers a fact's own question with another "
            "fact, whose reply says a figure the question claims is wrong though its own fact "
            "gives it; the test fails until none is left. Reword the question to name what only "
            "its own fact gives (its year), or report it as a bug in the answering rules."
        )
    if report.collisions:
        yield (
            "A collision: a fact's own question is answered with another fact, so people who "
            "ask it get the wrong one; the test fails until none is left."
        )
    if report.ties:
        yield (
            "A tie: a fact's own question is answered with its fact, but another fact matches it "
            "as closely, so which one answers is an accident of ranking that any edit can "
            "change. Ties do not fail the test."
        )
    if report.collisions or report.ties:
        yield FIX
    if report.overruled:
        yield (
            "Overruled: the matcher gives a fact's own question to its fact, but the reply "
            "answers it with another, by a rule beyond the matcher (such as the newest figure of "
            "a measure, or the period asked); the score is the reply's. That is what people who "
            "ask it are told. Overruled questions do not fail the test; if the other fact is not "
            "a right answer, reword the question or remove it."
        )
    if report.weak:
        listed = "" if list_weak else "; `sendbot kb test --weak` lists them"
        yield (
            "A weak match: a fact's own question that its fact does not answer (the reply is "
            "partial or declined); add a plainer phrasing with `sendbot kb alias FACT "
            f'"QUESTION"`{listed}.'
        )
