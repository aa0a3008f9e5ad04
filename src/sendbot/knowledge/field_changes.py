"""How one fact's fields changed, as plain values: what Discord's /kb screens (markdown) and
`sendbot kb` (plain text) both show, so the two say the same. Pure: fact records in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Fields holding a list: shown as their size and the items taken out and added, since a fact
# may have dozens of questions and one changed is what a moderator needs to see.
LIST_FIELDS = ("questions", "tags", "figures")
# A fact added or removed has no changed fields: show these, which say which fact it is.
MAIN_FIELDS = ("statement", "quote", "questions")
NOT_THERE = "(not in the knowledge base)"
REMOVED = "(removed)"
UNSET = "—"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field before and after. A scalar field has `old` and `new` (None: not set); a
    list field has its sizes and the items only before (`removed`) or only after (`added`)."""

    name: str
    old: str | None = None
    new: str | None = None
    is_list: bool = False
    old_count: int = 0
    new_count: int = 0
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()


def value_text(value: Any) -> str:
    """A field's value, or a list item (a figure is a mapping), as one line of text."""
    if isinstance(value, Mapping):
        return ", ".join(f"{key}: {item}" for key, item in value.items())
    return str(value)


def field_change(name: str, old: Any, new: Any) -> FieldChange:
    if name in LIST_FIELDS or isinstance(old, list) or isinstance(new, list):
        old_texts = [value_text(item) for item in old or []]
        new_texts = [value_text(item) for item in new or []]
        return FieldChange(
            name,
            is_list=True,
            old_count=len(old_texts),
            new_count=len(new_texts),
            removed=tuple(text for text in old_texts if text not in new_texts),
            added=tuple(text for text in new_texts if text not in old_texts),
        )
    return FieldChange(
        name,
        old=str(old) if old is not None else None,
        new=str(new) if new is not None else None,
    )


def field_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, fields: Iterable[str]
) -> tuple[FieldChange, ...]:
    """Each of `fields` of a fact, `before` and `after` a change (None: no such fact then)."""
    return tuple(
        field_change(name, before.get(name) if before else None, after.get(name) if after else None)
        for name in fields
    )


def fields_to_show(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, fields: Iterable[str]
) -> tuple[str, ...]:
    """The fields a change's before and after show: those it changed, or for a fact added or
    removed (every field changed) the ones that say which fact it is."""
    if before is None or after is None:
        return MAIN_FIELDS
    return tuple(fields)


def _as_is(text: str) -> str:
    return text


def side_lines(
    change: FieldChange,
    *,
    after: bool,
    name: Callable[[str], str] = _as_is,
    value: Callable[[str], str] = _as_is,
) -> list[str]:
    """One field as it was (`after` False) or is, as lines: `questions (4)` then
    `- a question`; `title: Free schools`. `name` and `value` format the field's name and its
    values (Discord: bold, escaped); plain text as they are."""
    shown = name(change.name)
    if change.is_list:
        count, sign, items = (
            (change.new_count, "+", change.added)
            if after
            else (change.old_count, "-", change.removed)
        )
        return [f"{shown} ({count})", *(f"{sign} {value(item)}" for item in items)]
    said = change.new if after else change.old
    return [f"{shown}: {value(said) if said is not None else UNSET}"]


def plain_sides(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, fields: Iterable[str]
) -> tuple[list[str], list[str]]:
    """The lines of text before and after a change to a fact, for a terminal."""
    changes = field_changes(before, after, fields)
    old_lines = [line for c in changes for line in side_lines(c, after=False)]
    new_lines = [line for c in changes for line in side_lines(c, after=True)]
    return (
        old_lines if before is not None else [NOT_THERE],
        new_lines if after is not None else [REMOVED],
    )


def change_lines(change: FieldChange) -> list[str]:
    """One field's change in a single column, for a preview: `title was: …` and
    `title now: …`; `questions (1 -> 2)`, then `- a question taken out`, `+ one added`."""
    if change.is_list:
        return [
            f"{change.name} ({change.old_count} -> {change.new_count})",
            *(f"- {item}" for item in change.removed),
            *(f"+ {item}" for item in change.added),
        ]
    return [
        f"{change.name} was: {change.old if change.old is not None else UNSET}",
        f"{change.name} now: {change.new if change.new is not None else UNSET}",
    ]
