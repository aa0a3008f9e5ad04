"""A message too long to read whole -> the part of it that asks. Pure.

People tell their story first and ask at the end: "my son is 9 and has been out of school
since october, ... (300 characters) ... anyway does anyone know how many new special schools
opened?". The last sentence that asks is read, with as much of what was said just before it as
fits in a third of the limit: a place or a year said there still narrows what is asked, and more of
the story would only pull the question towards other facts.
"""

from __future__ import annotations

import re

from sendbot.answering.asking_clauses import ASKING
from sendbot.answering.markup import strip_markup
from sendbot.answering.normalise import fold_text

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def asking_part(message: str, limit: int) -> str | None:
    """The message when it fits in `limit` characters once its markup is gone; else its last
    asking sentence (its last sentence when none asks) with the sentences just before it that
    fit in a third of `limit`; None when that sentence alone is over `limit`."""
    plain = strip_markup(message)
    if len(plain) <= limit:
        return plain
    sentences = [sentence for sentence in _SENTENCE_END.split(plain) if sentence]
    asking = [at for at, sentence in enumerate(sentences) if _asks(sentence)]
    last = asking[-1] if asking else len(sentences) - 1
    part = sentences[last]
    if len(part) > limit:
        return None
    for sentence in reversed(sentences[:last]):
        longer = f"{sentence} {part}"
        if len(longer) > limit // 3:
            break
        part = longer
    return part


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(ASKING.match(fold_text(sentence)))
