"""Small knowledge bases built in code: written answers and the facts quoted from them."""

import datetime as dt
from collections.abc import Sequence

from sendbot.knowledge.model import Fact, Figure, KnowledgeBase, KnowledgeFile, Source, Speaker


def written_answer(source_id: str, answered: dt.date, *, title: str | None = None) -> Source:
    """A Department for Education written answer, its document `<source id>.txt`."""
    return Source(
        source_id,
        title or f"High needs funding ({source_id})",
        "written answer",
        "Department for Education",
        answered,
        Speaker("Jane Minister"),
        "Open Parliament Licence v3.0",
        f"{source_id}.txt",
        "text",
    )


def placeholder_fact(
    fact_id: str,
    as_of: dt.date,
    *,
    source_id: str = "src",
    title: str | None = None,
    figures: tuple[Figure, ...] = (),
    measure: str | None = None,
    period: str | None = None,
) -> Fact:
    """A fact whose words no test reads (statement "S.", quote "Q", one question): for tests of
    what its date, source, title, figures and measure decide."""
    return Fact(
        fact_id,
        "S.",
        "Q",
        ("q?",),
        as_of,
        source_id,
        title=title,
        figures=figures,
        measure=measure,
        period=period,
    )


def knowledge_base(*files: tuple[Source, Sequence[Fact]]) -> KnowledgeBase:
    """One knowledge file, `<source id>.yaml`, for each source and the facts quoted from it."""
    return KnowledgeBase(
        tuple(KnowledgeFile(f"{source.id}.yaml", source, tuple(facts)) for source, facts in files)
    )
