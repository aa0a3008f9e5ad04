"""Draft knowledge files from what moderators have: one answer's page, a list page, or the
Written Questions API's JSON. Pure: text in, drafts (and what was skipped, and why) out.

One draft per answer, each with the document its quotes are verbatim in. For a single answer's
page that document is the input itself; for a list page it is the answer's part of the page,
and for JSON the answer written out as text (`sendbot.knowledge.wq_api`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.ingest import (
    IngestError,
    WrittenAnswer,
    draft_answer,
    parse_written_answer,
    refuse_a_future_date,
    slugify,
    unused_id,
)
from sendbot.knowledge.list_page import is_list_page, listed_answers
from sendbot.knowledge.wq_api import api_answer, api_values, not_draftable, written_answer

SINGLE, LIST, API = "written answer page", "list of written answers", "Written Questions API JSON"


@dataclass(frozen=True, slots=True)
class Draft:
    """A knowledge file dict and the document beside it (`document` None: the input itself)."""

    label: str
    document_name: str
    document: str | None
    data: dict[str, Any]
    notes: tuple[str, ...] = ()

    @property
    def fact_count(self) -> int:
        return len(self.data["facts"])


@dataclass(frozen=True, slots=True)
class Skipped:
    label: str
    reason: str

    def __str__(self) -> str:
        return f"{self.label}: not drafted: {self.reason}"


@dataclass(frozen=True, slots=True)
class Drafts:
    shape: str
    drafts: tuple[Draft, ...]
    skipped: tuple[Skipped, ...]


STANDARD_INPUT = "-"  # the name `kb build -` reads its page from
# A knowledge file's top-level keys: given one to draft, a moderator meant to import it.
_KNOWLEDGE_FILE_KEYS = (re.compile(r"^source:", re.M), re.compile(r"^facts:", re.M))
KNOWLEDGE_FILE_GIVEN = (
    "it is a knowledge file (it has 'source:' and 'facts:'): add it as it is with "
    "'sendbot kb import FILE', or /kb import on Discord"
)

# A page saved from the browser ("Save Page As"), not its text: its lines are inside tags, so
# "no 'Question to the <department>:' line found" told the user it was no written answer.
_HTML_PAGE = re.compile(
    r"\A(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S
)
HTML_GIVEN = (
    "it is a web page's HTML, not its text: open the page in a browser, select all, copy and "
    "save the text in a .txt file to build from, or download the answer by its UIN with "
    "'sendbot kb fetch UIN' (/kb ingest answer: on Discord)"
)


def draft_input(
    text: str,
    *,
    name: str,
    sources_dir: str = "sources",
    taken_ids: AbstractSet[str] = frozenset(),
    taken_questions: AbstractSet[str] = frozenset(),
    today: dt.date | None = None,
) -> Drafts:
    """Draft every answer in `text` (the content of a file called `name`, or of standard
    input when `name` is STANDARD_INPUT).

    `taken_ids` are fact and source ids already in the knowledge base the drafts are for:
    drafted ids that clash get a numbered suffix; `taken_questions` their facts' questions (as
    `question_key` folds them), which drafted facts are not asked again. Raises IngestError
    when the text is none of the shapes; an answer in a list or a JSON reply that cannot be
    drafted (a holding answer, one not answered yet, one dated after `today`) is skipped, with
    why. One answer given alone and dated after `today` raises DatedInTheFuture.
    """
    batch = _Batch(sources_dir, taken_ids, taken_questions, today)
    stripped = text.lstrip("\ufeff \t\r\n")
    if _HTML_PAGE.match(stripped):
        raise IngestError(HTML_GIVEN)
    if stripped.startswith(("{", "[")):
        _draft_json(stripped, batch)
        shape = API
    elif is_list_page(text):
        for listed in listed_answers(text):
            if listed.answer is None:
                batch.skip(listed.label, listed.problem or "not a written answer")
            else:
                batch.add(listed.label, listed.answer, listed.text)
        shape = LIST
    else:
        # Standard input has no file name to keep: its copy is named after its source id.
        own_name = None if name == STANDARD_INPUT else name
        label = own_name or "standard input"
        try:
            parsed = parse_written_answer(text)
        except IngestError:
            if all(key.search(text) for key in _KNOWLEDGE_FILE_KEYS):
                raise IngestError(KNOWLEDGE_FILE_GIVEN) from None
            raise
        refuse_a_future_date(parsed, today)
        batch.add(label, parsed, text, document_name=own_name, is_input=True)
        shape = SINGLE
    if not batch.drafts and len(batch.skipped) == 1 and shape == SINGLE:
        raise IngestError(batch.skipped[0].reason)
    return Drafts(shape, tuple(batch.drafts), tuple(batch.skipped))


def is_written_answer(text: str) -> bool:
    """Whether `text` is what `kb build` drafts from (any of its shapes): given where a
    knowledge file belongs, it is worth saying which command takes it."""
    try:
        drafts = draft_input(text, name="answer")
    except (ValueError, KnowledgeError):
        return False
    return bool(drafts.drafts or drafts.skipped)


def _draft_json(text: str, batch: _Batch) -> None:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        # Some of json's messages end in "at" ("Unterminated string starting at"), which
        # read "starting at at line 1".
        where = exc.msg.removesuffix(" at")
        raise IngestError(f"not valid JSON: {where} at line {exc.lineno}") from None
    for value in api_values(payload):
        try:
            answer = api_answer(value)
        except IngestError as exc:
            batch.skip(f"question {value.get('uin', '?')}", str(exc))
            continue
        reason = not_draftable(answer)
        if reason:
            batch.skip(answer.label, reason)
            continue
        parsed, document = written_answer(answer)
        source_id = slugify(f"{answer.heading} {parsed.answered.isoformat()} {answer.uin}", 12)
        batch.add(
            answer.label,
            parsed,
            document,
            source_id=source_id,
            url=answer.url,
            kind=answer.kind,
        )


class _Batch:
    """Drafts made so far; source ids and fact ids unique across them."""

    def __init__(
        self,
        sources_dir: str,
        taken_ids: AbstractSet[str],
        taken_questions: AbstractSet[str],
        today: dt.date | None,
    ) -> None:
        self.sources_dir = sources_dir
        self.today = today
        self.drafts: list[Draft] = []
        self.skipped: list[Skipped] = []
        self._fact_ids: set[str] = set(taken_ids)
        self._source_ids: set[str] = set(taken_ids)
        self._questions: set[str] = set(taken_questions)

    def skip(self, label: str, reason: str) -> None:
        self.skipped.append(Skipped(label, reason))

    def add(
        self,
        label: str,
        answer: WrittenAnswer,
        document: str,
        *,
        document_name: str | None = None,
        is_input: bool = False,
        source_id: str | None = None,
        url: str | None = None,
        kind: str | None = None,
    ) -> None:
        try:
            refuse_a_future_date(answer, self.today)
        except IngestError as exc:
            self.skip(label, str(exc))
            return
        source_id = unused_id(
            source_id or slugify(f"{answer.title} {answer.answered.isoformat()}"),
            self._source_ids.__contains__,
        )
        name = document_name or f"{source_id}.txt"
        extra: dict[str, Any] = {"url": url} if url else {}
        if kind:
            extra["kind"] = kind
        try:
            data = draft_answer(
                answer,
                document=f"{self.sources_dir}/{name}",
                text=document,
                source_id=source_id,
                used_ids=self._fact_ids,
                used_questions=self._questions,
                **extra,
            )
        except IngestError as exc:  # a holding answer, or no claims
            self.skip(label, str(exc))
            return
        self._source_ids.add(source_id)
        self.drafts.append(Draft(label, name, None if is_input else document, data, answer.notes))
