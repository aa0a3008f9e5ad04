"""Is a source one the knowledge base already has? The same written answer saved twice (say, a
`kb build` draft of an answer already in the base, under another source id) would answer every
question twice and split its history, so a new source that is one already there is refused.

Pure: sources in, the existing source and why out. Two sources are the same written answer when
they cite the same document, name the same question (its UIN, from the page or API address,
answered on the same day; UINs are reused from one session to the next), or hold the same
answer text (compared word for word, ignoring case, punctuation and the page around it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.ingest import IngestError, WrittenAnswer, parse_written_answer
from sendbot.knowledge.list_page import is_list_page, listed_answers
from sendbot.knowledge.model import Source
from sendbot.knowledge.records import file_from_record, json_safe

_WORD = re.compile(r"[^\W_]+")
_UIN = re.compile(r"^(?:HL)?\d{1,8}$", re.IGNORECASE)
_UIN_IN_PATH = re.compile(r"/(?:question|detail/\d{4}-\d{2}-\d{2})/(?P<uin>(?:HL)?\d{1,8})(?:/|$)")
# Shorter answer texts ("The information is not held.") are too common to say two are one.
MIN_ANSWER_WORDS = 12


@dataclass(frozen=True, slots=True)
class SameAnswer:
    """The source already in the knowledge base that a new one repeats, and how they match."""

    existing: Source
    reason: str  # "the same document, sources/x.txt", "the same answer text", ...

    def message(self, new_id: str, advice: str = "edit that source instead") -> str:
        """One line for the person adding `new_id`."""
        return (
            f"{new_id} is the written answer already in the knowledge base as source "
            f"{self.existing.id} ({self.reason}); {advice}"
        )


def same_answer(new: Source, existing: Iterable[Source]) -> SameAnswer | None:
    """The first of `existing` (leave out the source `new` replaces) that is the same written
    answer as `new`, or None."""
    wanted = _Identity.of(new)
    for source in existing:
        reason = wanted.matches(_Identity.of(source))
        if reason:
            return SameAnswer(source, reason)
    return None


def repeated_answers(sources: Sequence[Source]) -> list[tuple[Source, SameAnswer]]:
    """Each source that repeats an earlier one in `sources`, with the one it repeats."""
    seen: list[_Identity] = []
    repeats = []
    for source in sources:
        identity = _Identity.of(source)
        for earlier in seen:
            reason = identity.matches(earlier)
            if reason:
                repeats.append((source, SameAnswer(earlier.source, reason)))
                break
        seen.append(identity)
    return repeats


@dataclass(frozen=True, slots=True)
class _Identity:
    """What makes a source the written answer it is."""

    source: Source
    question: tuple[str, dt.date] | None
    texts: frozenset[str]

    @classmethod
    def of(cls, source: Source) -> _Identity:
        return cls(source, question_key(source), answer_keys(source.text))

    def matches(self, other: _Identity) -> str | None:
        """How `other` is the same written answer, or None."""
        if self.source.document == other.source.document:
            return f"the same document, {self.source.document}"
        if self.question is not None and self.question == other.question:
            uin, answered = self.question
            return f"the same question, UIN {uin}, answered {human_date(answered)}"
        if self.texts & other.texts:
            return "the same answer text"
        return None


def drafted_source(data: Mapping[str, Any], document_text: str) -> Source:
    """The source of a draft (`sendbot.knowledge.drafts.Draft.data`), to compare before review."""
    return file_from_record(json_safe(data), "", document_text).source


def question_key(source: Source) -> tuple[str, dt.date] | None:
    """(UIN, answered) when the source's address names its question."""
    uin = uin_in_url(source.url) if source.url else None
    return (uin, source.answered) if uin else None


def uin_in_url(url: str) -> str | None:
    """HL9542 from a Parallel Parliament or Parliament page address, or the API's `uIN=`."""
    parts = urlsplit(url.strip())
    found = _UIN_IN_PATH.search(parts.path)
    if found:
        return found["uin"].upper()
    for value in parse_qs(parts.query).get("uIN", []) + parse_qs(parts.query).get("uin", []):
        if _UIN.match(value):
            return value.upper()
    return None


# Kept for the documents last compared: a whole file's change compares every document in the
# base with the new one, then the whole base before and after, at preview and again at save;
# each document is now parsed once, not six times (a document's text is its own key).
@functools.lru_cache(maxsize=1024)
def answer_keys(text: str) -> frozenset[str]:
    """The document's words, and its answer's words when it reads as a written answer's page
    or a list page's part for one (so two captures of one answer with different page
    furniture, or from a list, still match)."""
    keys = {_words(text)}
    for answer in _answers_in(text):
        keys.add(_words(" ".join(passage.text for passage in answer.passages)))
    return frozenset(key for key in keys if key.count(" ") + 1 >= MIN_ANSWER_WORDS)


def _answers_in(text: str) -> list[WrittenAnswer]:
    """The answer a page (or a list page's part for one answer) holds; none if not one."""
    try:
        if is_list_page(text):
            return [listed.answer for listed in listed_answers(text) if listed.answer]
        return [parse_written_answer(text)]
    except IngestError:
        return []


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
