"""A restart in the middle of a moderator's work: page turners, confirmations and forms live
in memory, so their buttons are answered with what happened, not left to fail (and a form's
submission with what was typed in it; test_bot_late_forms: fact forms are saved late, and
test_bot_kb_ingest_resume: an ingest review is picked up from disk)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sendbot.discord_app.client import SendBot
from sendbot.discord_app.orphans import ORPHAN_BUTTON, ORPHAN_FORM
from sendbot.settings import Settings
from sendbot.storage.curation import Curation
from tests.e2e.kbkit import EPHEMERAL, NO_PINGS, Unchanged, button, final, kb, opened_modal, press
from tests.e2e.test_bot_kb_ingest import ANSWER
from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import running_bot


def curated(settings: Settings) -> Callable[[], SendBot]:
    def make() -> SendBot:
        curation = Curation.open(settings)
        return SendBot(settings, curation.index, curation=curation)

    return make


async def test_buttons_and_forms_from_before_a_restart_say_so_and_change_nothing(
    fake_discord: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> None:
    fake = fake_discord
    settings = make_settings(kb_path=kb_dir, home_guilds=(fake.guild.id,), reload_interval=3600.0)
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        interaction, _ = await kb(fake, "ingest", {"file": upload})
        review = fake.original_message(interaction)
        assert review is not None
        await press(fake, review, "Edit", followup=False)  # a form is open when it stops
        _, form = opened_modal(fake, "Edit the drafted fact")
        # A form whose custom_id says nothing of what it was for (as every form's did before
        # forms were saved late): nothing can take its submission.
        fake.modals["a-form-of-old"] = {**form, "custom_id": "a-form-of-old"}
        asked, _ = await kb(fake, "remove", {"fact": "special-schools-opened"})
        confirm = fake.original_message(asked)
        assert confirm is not None
    unchanged = Unchanged(kb_dir, settings.data_dir)

    async with running_bot(curated(settings), fake):
        # (A review's buttons and its edit form pick it up from disk: test_bot_kb_ingest_resume.)
        click = await fake.click(confirm, button(confirm, "Remove"), member=fake.moderator)
        said = [await final(fake, click)]
        submitted = await fake.submit_modal(
            "a-form-of-old",
            {"statement": "This is a 10.6% increase.", "questions": "by how much?"},
            message=review,
            member=fake.moderator,
        )
        said.append(await final(fake, submitted))

        assert said[0]["content"] == ORPHAN_BUTTON
        # What was typed in it comes back, box by box, to copy into the next one.
        assert said[1]["content"] == (
            f"{ORPHAN_FORM}\n**Statement**\n```\nThis is a 10.6% increase.\n```\n"
            "**Questions**\n```\nby how much?\n```\n**Measure**: *(empty)*\n**Period**: *(empty)*"
        )
        assert all(reply["flags"] == EPHEMERAL for reply in said)
        assert all(reply["allowed_mentions"] == NO_PINGS for reply in said)
        unchanged.check()

        # What lives on after a restart still works: the buttons under an answer.
        answer = await fake.invoke_slash("ask", {"question": "how many special schools opened?"})
        await fake.wait_for_callback(answer)
        answered = fake.original_message(answer)
        assert answered is not None
        shown: Any = await final(fake, await fake.click(answered, button(answered, "Show source")))
        assert shown.get("content") != ORPHAN_BUTTON
