"""Forms submitted when nothing in this process waits for them any more.

A form lives in memory: left open past its timeout, or submitted after a restart, its
submission reaches no modal. It still carries every box as typed. A form whose custom_id says
what it was for is made again by the extension that opened it (`LateForms`) and submitted
through the same checks as a live one; any other gets what was typed back, privately, box by
box, to copy into a new form (`typed_replies`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from discord import ui

from sendbot.discord_app.render import MESSAGE_LIMIT

# Remakes the form a custom_id names (None: not one of its forms).
FormMaker = Callable[[str], ui.Modal | None]

FENCE = "```"
# A fence inside a box would end its code block early: the copy would lose the rest.
FENCE_STAND_IN = "`\u200b``"
EMPTY = "*(empty)*"


class LateForms:
    """The makers of forms that can be submitted late, as extensions register them."""

    def __init__(self) -> None:
        self._makers: list[FormMaker] = []

    def add(self, maker: FormMaker) -> None:
        self._makers.append(maker)

    def remove(self, maker: FormMaker) -> None:
        if maker in self._makers:
            self._makers.remove(maker)

    def remade(self, custom_id: str) -> ui.Modal | None:
        """The form this custom_id names, made again, or None when no extension knows it."""
        for maker in self._makers:
            modal = maker(custom_id)
            if modal is not None:
                return modal
        return None


def typed_boxes(components: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(custom_id, text) of every text box in a form submission's components, in order
    (inside action rows and labels, as Discord nests them)."""
    boxes: list[tuple[str, str]] = []
    for component in components:
        if component.get("type") == 1:
            boxes.extend(typed_boxes(component.get("components") or ()))
        elif component.get("type") == 18 and isinstance(component.get("component"), Mapping):
            boxes.extend(typed_boxes([component["component"]]))
        elif component.get("type") == 4 and isinstance(component.get("custom_id"), str):
            boxes.append((component["custom_id"], str(component.get("value") or "")))
    return boxes


def box_name(custom_id: str) -> str:
    """ "statement" -> "Statement": the boxes' custom_ids are their field names."""
    return custom_id.replace("_", " ").replace("-", " ").capitalize()


def _box_block(custom_id: str, text: str) -> str:
    if not text.strip():
        return f"**{box_name(custom_id)}**: {EMPTY}"
    return f"**{box_name(custom_id)}**\n{FENCE}\n{text.replace(FENCE, FENCE_STAND_IN)}\n{FENCE}"


def typed_replies(
    intro: str, boxes: Sequence[tuple[str, str]], limit: int = MESSAGE_LIMIT
) -> list[str]:
    """`intro`, then each box under its name in a code block (copied as typed; no mention in
    it can ping), in as few messages of at most `limit` characters as hold them. A box too
    long for one message is split over several blocks, at a line end where one is near."""
    blocks: list[str] = []
    for custom_id, text in boxes:
        block = _box_block(custom_id, text)
        if len(block) <= limit:
            blocks.append(block)
            continue
        head = f"**{box_name(custom_id)}** (continued below)\n"
        room = limit - len(head) - 2 * len(FENCE) - 2
        body = text.replace(FENCE, FENCE_STAND_IN)
        while body:
            cut = (
                len(body) if len(body) <= room else (body.rfind("\n", room // 2, room) + 1 or room)
            )
            blocks.append(f"{head}{FENCE}\n{body[:cut]}\n{FENCE}")
            body = body[cut:]
    messages = [intro]
    for block in blocks:
        joined = f"{messages[-1]}\n{block}"
        if len(joined) <= limit:
            messages[-1] = joined
        else:
            messages.append(block)
    return messages
