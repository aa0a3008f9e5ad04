"""A /kb form submitted after a restart: what the moderator typed is not lost. A fact form
says in its custom_id what it was for, so it is saved through the same checks as a live one
(refused, with what was typed kept, when the knowledge base changed meanwhile)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from sendbot.discord_app.client import SendBot
from sendbot.settings import Settings
from sendbot.storage.curation import Curation
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    JSON,
    Unchanged,
    audit,
    final,
    kb,
    kb_text,
    modal_inputs,
    opened_modal,
    press,
    submit,
)
from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import running_bot

FACT = "special-schools-opened"
NEW_STATEMENT = "This academic year the department opened 15 new special schools."


def curated(settings: Settings) -> Callable[[], SendBot]:
    def make() -> SendBot:
        curation = Curation.open(settings)
        return SendBot(settings, curation.index, curation=curation)

    return make


async def message_saying(fake: FakeDiscord, words: str, timeout: float = 5.0) -> JSON:
    """The first message the bot has posted with `words` in it, once it is there."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        found = [m for m in fake.messages.values() if words in (m.get("content") or "")]
        if found:
            return found[0]
        assert loop.time() < deadline, f"no message saying {words!r}"
        await asyncio.sleep(0.01)


def settings_for(
    fake: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> Settings:
    return make_settings(
        kb_path=kb_dir,
        home_guilds=(fake.guild.id,),
        audit_channel=fake.guild.channel("mod-log").id,
        reload_interval=3600.0,
    )


async def test_an_edit_form_submitted_after_a_restart_is_saved_and_audited(
    fake_discord: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> None:
    fake = fake_discord
    settings = settings_for(fake, make_settings, kb_dir)
    async with running_bot(curated(settings), fake):
        await kb(fake, "edit", {"fact": FACT})

    async with running_bot(curated(settings), fake):
        saved = await submit(fake, "Edit a fact", {"statement": NEW_STATEMENT})
        # Only the box changed is saved, as a live form saves it.
        assert saved["content"].startswith(f"Saved change #1: edit `{FACT}` (statement).")
        assert NEW_STATEMENT in kb_text(kb_dir)
        fields = (await audit(fake, 1))["embeds"][0]["fields"]
        assert fields[1]["value"].startswith(f"**statement**: {NEW_STATEMENT}")


async def test_a_late_form_after_another_change_is_refused_and_reopens_with_only_its_changes(
    fake_discord: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> None:
    fake = fake_discord
    settings = settings_for(fake, make_settings, kb_dir)
    async with running_bot(curated(settings), fake):
        await kb(fake, "edit", {"fact": FACT})

    async with running_bot(curated(settings), fake):
        _, added = await kb(
            fake, "alias", {"fact": FACT, "question": "special schools count"}, member=fake.owner
        )
        assert added["content"].startswith("Saved change #1")
        unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
        stale = await submit(fake, "Edit a fact", {"statement": NEW_STATEMENT})
        assert stale["content"] == (
            "The knowledge base changed since you opened this form (you saw revision 1, it is "
            "now 2). Nothing was changed."
        )
        unchanged.check()

        # The statement typed is kept; the questions box, left as opened, shows the question
        # added meanwhile (saving would otherwise take it out again).
        kept = await message_saying(fake, "What you typed is kept")
        # And to copy, should the button expire too (it lasts 30 minutes, and no restart).
        copy = await message_saying(fake, "here it is to copy")
        assert f"**Statement**\n```\n{NEW_STATEMENT}\n```" in copy["content"]
        _, modal = await press(fake, kept, "Open the form with what I typed")
        boxes = modal_inputs(modal)
        assert boxes["statement"]["value"] == NEW_STATEMENT
        assert boxes["questions"]["value"].endswith("\nspecial schools count")
        saved = await submit(fake, "Edit a fact", {})
        assert saved["content"].startswith(f"Saved change #2: edit `{FACT}` (statement)")
        assert "special schools count" in kb_text(kb_dir)


async def test_an_add_form_submitted_after_a_restart_adds_the_fact(
    fake_discord: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> None:
    fake = fake_discord
    settings = settings_for(fake, make_settings, kb_dir)
    async with running_bot(curated(settings), fake):
        await kb(fake, "add")

    async with running_bot(curated(settings), fake):
        saved = await submit(
            fake,
            "Add a fact",
            {
                "title": "Special free schools approved",
                "statement": "The department has approved a further 76 special free schools.",
                "quote": "The department has also approved a further 76 special free schools",
                "questions": "how many special free schools are approved?",
            },
        )
        assert saved["content"].startswith(
            "Saved change #1: add `special-free-schools-approved` (id, title, statement, "
            "quote, questions, as\\_of)."
        )
        assert "- id: special-free-schools-approved\n" in kb_text(kb_dir)


async def test_a_late_form_for_a_fact_gone_since_hands_back_what_was_typed_without_pinging(
    fake_discord: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> None:
    fake = fake_discord
    settings = settings_for(fake, make_settings, kb_dir)
    async with running_bot(curated(settings), fake):
        await kb(fake, "edit", {"fact": FACT})

    async with running_bot(curated(settings), fake):
        confirm, _ = await kb(fake, "remove", {"fact": FACT})
        asked = fake.original_message(confirm)
        assert asked is not None
        await press(fake, asked, "Remove")
        unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
        typed = "Fifteen schools, said <@123> and @everyone.\n```\nnot the end"
        handed = await submit(fake, "Edit a fact", {"statement": typed})
        assert handed["content"].startswith("This form was open too long")
        assert (
            "**Statement**\n```\nFifteen schools, said <@123> and @everyone." in (handed["content"])
        )
        assert handed["allowed_mentions"] == {"parse": []}
        assert handed["flags"] == 64
        unchanged.check()


async def test_an_alias_form_submitted_after_a_restart_adds_the_question(
    fake_discord: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> None:
    """The gaps' "another fact…" form holds the question and the fact: all a save needs."""
    fake = fake_discord
    settings = settings_for(fake, make_settings, kb_dir)
    async with running_bot(curated(settings), fake):
        asked = await fake.invoke_slash("ask", {"question": "what about school buses in wales?"})
        await final(fake, asked)
        interaction, _ = await kb(fake, "gaps")
        gaps = fake.original_message(interaction)
        assert gaps is not None
        await press(fake, gaps, "#1 another fact")

    async with running_bot(curated(settings), fake):
        saved = await submit(
            fake,
            "Add a way of asking",
            {"question": "new special schools in wales?", "fact": FACT},
        )
        assert saved["content"].startswith(f"Saved change #1: alias `{FACT}`")
        assert "new special schools in wales?" in kb_text(kb_dir)


async def test_a_form_left_open_past_its_timeout_is_still_saved(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    bot, fake = await start_curated()
    await kb(fake, "edit", {"fact": FACT})
    custom_id, _ = opened_modal(fake, "Edit a fact")
    # What discord.py does when the form's 30 minutes are up: it drops the form.
    bot._connection._view_store._modals[custom_id]._dispatch_timeout()
    assert custom_id not in bot._connection._view_store._modals

    saved = await submit(fake, "Edit a fact", {"statement": NEW_STATEMENT})
    assert saved["content"].startswith(f"Saved change #1: edit `{FACT}` (statement).")
    assert NEW_STATEMENT in kb_text(kb_dir)
