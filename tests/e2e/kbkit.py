"""Helpers for the /kb end-to-end tests: what the moderator finally sees, the audit channel."""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from typing import Any

from tests.fakediscord import FakeChannel, FakeDiscord, FakeMember, FakeUser
from tests.storage.storekit import KB_FILE, history_rows, tree_hashes

JSON = dict[str, Any]
EPHEMERAL = 64
NO_PINGS = {"parse": []}
MODAL, MESSAGE, DEFERRED, DEFERRED_UPDATE, UPDATE = 9, 4, 5, 6, 7
TEXT_DISPLAY = 10


async def final(
    fake: FakeDiscord, interaction: JSON, *, followup: bool = True, timeout: float = 5.0
) -> JSON:
    """What the user finally reads: the response message, or the follow-up after a deferral
    (or after an update of the clicked message, unless `followup` is False: then the
    update itself). A modal's own data for a modal."""
    callback = await fake.wait_for_callback(interaction, timeout=timeout)
    assert callback.status == 200, callback.response
    kind = callback.json["type"]
    if kind in (MESSAGE, MODAL) or (kind == UPDATE and not followup):
        return dict(callback.json["data"])
    path = rf"/webhooks/{fake.application_id}/{re.escape(interaction['token'])}"
    followup = await fake.wait_for_request("POST", path, timeout=timeout)
    assert followup.status in (200, 204), followup.response
    return dict(followup.json)


async def kb(
    fake: FakeDiscord,
    sub: str,
    options: dict[str, Any] | None = None,
    *,
    member: FakeMember | FakeUser | None = None,
    **where: Any,
) -> tuple[JSON, JSON]:
    """Run `/kb <sub>` (as the moderator unless `member`): (the interaction, what they read)."""
    interaction = await fake.invoke_slash(
        f"kb {sub}", options or {}, member=member or fake.moderator, **where
    )
    return interaction, await final(fake, interaction)


async def press(
    fake: FakeDiscord,
    message: JSON,
    label: str,
    *,
    member: FakeMember | None = None,
    followup: bool = True,
) -> tuple[JSON, JSON]:
    """Press the button labelled `label` (a prefix is enough) on `message`."""
    custom_id = button(message, label)
    click = await fake.click(message, custom_id, member=member or fake.moderator)
    return click, await final(fake, click, followup=followup)


async def undo(fake: FakeDiscord, *, member: FakeMember | None = None) -> tuple[JSON, JSON]:
    """Run /kb undo and confirm it: (what it asked, what the moderator read once saved)."""
    return await _confirmed(fake, "undo", "Undo", member)


async def redo(fake: FakeDiscord, *, member: FakeMember | None = None) -> tuple[JSON, JSON]:
    """Run /kb redo and confirm it: (what it asked, what the moderator read once saved)."""
    return await _confirmed(fake, "redo", "Redo", member)


async def _confirmed(
    fake: FakeDiscord, sub: str, label: str, member: FakeMember | None
) -> tuple[JSON, JSON]:
    interaction, asked = await kb(fake, sub, member=member)
    message = fake.original_message(interaction)
    assert message is not None and buttons(message), asked
    _, saved = await press(fake, message, label, member=member)
    return asked, saved


def buttons(message: JSON) -> list[tuple[str, str, bool]]:
    """(label, custom_id, disabled) of every button on a message."""
    return [
        (c["label"], c["custom_id"], c.get("disabled", False))
        for row in message.get("components", [])
        for c in row["components"]
        if c["type"] == 2
    ]


def button(message: JSON, label: str) -> str:
    found = [cid for text, cid, _ in buttons(message) if text.startswith(label)]
    assert found, f"no button {label!r} in {buttons(message)}"
    return found[0]


def modal_inputs(modal: JSON) -> dict[str, JSON]:
    """The text inputs of a modal the bot opened, by custom_id."""
    inputs = {}
    for component in modal["components"]:
        if component["type"] == TEXT_DISPLAY:
            continue
        inner = component.get("component") or component.get("components", [{}])[0]
        inputs[inner["custom_id"]] = inner
    return inputs


def modal_texts(modal: JSON) -> list[str]:
    """The text shown in a modal between its inputs."""
    return [c["content"] for c in modal["components"] if c["type"] == TEXT_DISPLAY]


def opened_modal(fake: FakeDiscord, title: str) -> tuple[str, JSON]:
    """(custom_id, data) of the newest modal with this title."""
    found = [(cid, data) for cid, data in fake.modals.items() if data["title"] == title]
    assert found, f"no modal {title!r}; opened: {[d['title'] for d in fake.modals.values()]}"
    return found[-1]


async def submit(
    fake: FakeDiscord, title: str, values: dict[str, str], *, member: FakeMember | None = None
) -> JSON:
    """Fill in the bot's newest modal with this title (other inputs keep their pre-filled
    text, as Discord sends them) and submit it; what the user then reads."""
    custom_id, modal = opened_modal(fake, title)
    filled = {cid: inp.get("value") or "" for cid, inp in modal_inputs(modal).items()}
    filled.update(values)
    interaction = await fake.submit_modal(custom_id, filled, member=member or fake.moderator)
    return await final(fake, interaction)


def audit_messages(fake: FakeDiscord, channel: FakeChannel | None = None) -> list[JSON]:
    return fake.bot_messages(channel or fake.guild.channel("mod-log"))


async def audit(
    fake: FakeDiscord, number: int, *, timeout: float = 2.0, channel: FakeChannel | None = None
) -> JSON:
    """The `number`th message in the audit channel (#mod-log unless `channel`), once posted."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(found := audit_messages(fake, channel)) < number:
        if loop.time() > deadline:
            raise AssertionError(f"audit message {number} never came: {found}")
        await asyncio.sleep(0.01)
    return found[number - 1]


def kb_text(kb_dir: Path) -> str:
    return (kb_dir / KB_FILE).read_text(encoding="utf-8")


def save_like_an_editor(path: Path, text: str) -> None:
    """Write a whole new version at once, as editors save (temp file, then rename), so the
    bot's reload loop can never catch it half written."""
    temp = path.with_name(f".{path.name}.saving")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


class Unchanged:
    """Every file of the knowledge directory (and the change log) byte for byte, to compare."""

    def __init__(self, kb_dir: Path, data_dir: Path) -> None:
        self.kb_dir, self.data_dir = kb_dir, data_dir
        self.files = tree_hashes(kb_dir)
        self.log = history_rows(data_dir)

    def check(self) -> None:
        assert tree_hashes(self.kb_dir) == self.files
        assert history_rows(self.data_dir) == self.log
