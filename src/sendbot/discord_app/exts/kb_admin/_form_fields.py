"""The fact form moderators fill in on Discord: five text boxes <-> a fact's YAML fields. Pure.

Discord's modals hold at most five text inputs of at most 4,000 characters each, so the form
has title, statement, quote, questions (one per line) and tags (comma-separated); the id,
source and date come from the command's options. Nothing is validated here beyond splitting
the text: the store validates a change exactly as loading a file would.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sendbot.knowledge.model import Fact
from sendbot.knowledge.parse import MAX_LENGTH, MAX_QUESTIONS, MAX_TAGS
from sendbot.knowledge.verbatim import question_key, tidy_question, tidy_tag

TEXT_INPUT_LIMIT = 4000  # Discord's limit for one text input (and for its pre-filled value)
TITLE_LIMIT = MAX_LENGTH["title"]
STATEMENT_LIMIT = MAX_LENGTH["statement"]
QUOTE_LIMIT = MAX_LENGTH["quote"]
QUESTIONS_LIMIT = min(TEXT_INPUT_LIMIT, MAX_QUESTIONS * (MAX_LENGTH["question"] + 1))
TAGS_LIMIT = min(TEXT_INPUT_LIMIT, MAX_TAGS * (MAX_LENGTH["tag"] + 2))
SLUG_LIMIT = 60

_BULLET = re.compile(r"^(?:[-*\u2022]|\d+[.)])\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def parse_questions(text: str) -> list[str]:
    """One question per line, tidied (`tidy_question`); blank lines, list bullets and repeats
    dropped, order kept."""
    questions: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        question = tidy_question(_BULLET.sub("", line.strip()))
        key = question_key(question)
        if question and key not in seen:
            seen.add(key)
            questions.append(question)
    return questions


def parse_tags(text: str) -> list[str]:
    """Comma- (or line-) separated tags, lower-cased, inner spaces as hyphens; repeats dropped."""
    tags: list[str] = []
    for part in re.split(r"[,\n]", text):
        tag = tidy_tag(part)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def slugify(text: str, limit: int = SLUG_LIMIT) -> str:
    """A fact id from a title: `New special schools (2024)` -> `new-special-schools-2024`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[:limit]
        slug = cut[: cut.rfind("-")] if "-" in cut else cut
    return slug.strip("-")


@dataclass(frozen=True, slots=True)
class FactForm:
    """The five text boxes, as typed (or as pre-filled from a fact)."""

    title: str = ""
    statement: str = ""
    quote: str = ""
    questions: str = ""
    tags: str = ""

    def boxes(self) -> list[tuple[str, str]]:
        """(box name, text) of each box, as a late form's submission lists them."""
        return [(name, getattr(self, name)) for name in BOXES]

    @classmethod
    def of(cls, fact: Fact) -> FactForm:
        return cls(
            title=fact.title or "",
            statement=fact.statement,
            quote=fact.quote,
            questions="\n".join(fact.questions),
            tags=", ".join(fact.tags),
        )

    def new_fact(self, fact_id: str, as_of: str) -> dict[str, Any]:
        """The YAML fields of a new fact (title and tags left out when empty)."""
        fields: dict[str, Any] = {"id": fact_id}
        if self.title.strip():
            fields["title"] = self.title.strip()
        fields["statement"] = self.statement.strip()
        fields["quote"] = self.quote.strip()
        fields["questions"] = parse_questions(self.questions)
        tags = parse_tags(self.tags)
        if tags:
            fields["tags"] = tags
        fields["as_of"] = as_of
        return fields

    def changes(self, fact: Fact, *, with_questions: bool = True) -> dict[str, Any]:
        """Only the fields that differ from `fact`; None removes an emptied title or tags.

        `with_questions=False` leaves the questions alone (they did not fit in the form).
        """
        changes: dict[str, Any] = {}
        title = self.title.strip() or None
        if title != fact.title:
            changes["title"] = title
        for name, old in (("statement", fact.statement), ("quote", fact.quote)):
            new = getattr(self, name).strip()
            if new != old:
                changes[name] = new
        if with_questions:
            questions = parse_questions(self.questions)
            if tuple(questions) != fact.questions:
                changes["questions"] = questions
        tags = parse_tags(self.tags)
        if tuple(tags) != fact.tags:
            changes["tags"] = tags or None
        return changes


def rebased(typed: FactForm, opened: Fact | str, now: Fact) -> FactForm:
    """What was typed into a form opened on `opened` (the fact, or after a restart the form's
    `box_digest` of it), moved onto the fact as it is `now`: a box the moderator changed
    keeps what they typed, one they left takes the fact's text now. Reopened after another
    moderator's change, the form showed every box as first opened, and saving it took that
    change out again without a word."""
    if isinstance(opened, str):
        changed: Collection[str] = changed_boxes(typed, opened)
    else:
        changed = typed.changes(opened, with_questions=questions_fit(opened))
    current = FactForm.of(now)
    return FactForm(
        title=typed.title if "title" in changed else current.title,
        statement=typed.statement if "statement" in changed else current.statement,
        quote=typed.quote if "quote" in changed else current.quote,
        questions=typed.questions if "questions" in changed else current.questions,
        tags=typed.tags if "tags" in changed else current.tags,
    )


def questions_fit(fact: Fact) -> bool:
    """Whether the fact's questions, one per line, fit in one text input."""
    return len(FactForm.of(fact).questions) <= QUESTIONS_LIMIT


BOXES = ("title", "statement", "quote", "questions", "tags")
DIGEST_WIDTH = 3  # hex digits per box: a changed box passes for unchanged once in 4,096


def _box_texts(form: FactForm) -> tuple[str, ...]:
    """Each box as `changes` reads it: stripped, questions and tags as parsed."""
    return (
        form.title.strip(),
        form.statement.strip(),
        form.quote.strip(),
        "\n".join(parse_questions(form.questions)),
        ",".join(parse_tags(form.tags)),
    )


def box_digest(form: FactForm) -> str:
    """A short fingerprint of each box, short enough for a form's custom_id: a form submitted
    after a restart no longer has the fact it was opened on, only this, and tells from it
    which boxes the moderator changed."""
    return "".join(
        hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGEST_WIDTH] for text in _box_texts(form)
    )


def changed_boxes(typed: FactForm, digest: str) -> frozenset[str]:
    """The boxes of `typed` whose text differs from the form's as opened (its `box_digest`)."""
    now = box_digest(typed)
    step = DIGEST_WIDTH
    return frozenset(
        name
        for at, name in enumerate(BOXES)
        if now[at * step : (at + 1) * step] != digest[at * step : (at + 1) * step]
    )
