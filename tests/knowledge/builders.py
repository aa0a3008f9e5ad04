"""Small knowledge bases built in code: written answers and the facts quoted from them."""

import datetime as dt
from collections.abc import Sequence

from sendbot.knowledge.model import Fact, KnowledgeBase, KnowledgeFile, Source, Speaker


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


def knowledge_base(*files: tuple[Source, Sequence[Fact]]) -> KnowledgeBase:
    """One knowledge file, `<source id>.yaml`, for each source and the facts quoted from it."""
    return KnowledgeBase(
        tuple(KnowledgeFile(f"{source.id}.yaml", source, tuple(facts)) for source, facts in files)
    )
