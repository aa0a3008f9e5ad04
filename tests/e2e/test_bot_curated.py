"""The bot as `sendbot run` wires it: one knowledge store answers every question, misses go to
the gap log, answers are counted, and edits of the files on disk are picked up (or, when they
do not load, reported once while the last good version keeps answering)."""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pytest

from sendbot.storage import gaps as gaps_module
from sendbot.storage.gaps import AnswerStats, GapLog
from sendbot.storage.store import LOCK_FILE
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    JSON,
    NO_PINGS,
    audit_messages,
    final,
    kb_text,
    save_like_an_editor,
)
from tests.fakediscord import FakeDiscord
from tests.storage.storekit import KB_FILE, stored_text

if TYPE_CHECKING:
    from sendbot.discord_app.exts.kb_admin._watch import KnowledgeWatch

MISSED = "high needs money"
SCHOOLS = "how many special schools opened?"


async def ask(fake: FakeDiscord, question: str) -> tuple[JSON, JSON]:
    interaction = await fake.invoke_slash("ask", {"question": question})
    return interaction, await final(fake, interaction)


def answered_with(reply: JSON) -> str | None:
    for row in reply.get("components", []):
        for component in row["components"]:
            if component.get("custom_id", "").startswith("sb:src:"):
                return str(component["custom_id"]).removeprefix("sb:src:")
    return None


async def test_misses_go_to_the_gap_log_and_answers_are_counted(
    start_curated: StartCurated, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writing_threads: set[str] = set()

    def on_thread(write: Callable[..., None]) -> Callable[..., None]:
        def recorded(*args: Any) -> None:
            writing_threads.add(threading.current_thread().name)
            write(*args)

        return recorded

    for name in ("add_gap_tally", "add_answer_tally"):
        monkeypatch.setattr(gaps_module, name, on_thread(getattr(gaps_module, name)))
    bot, fake = await start_curated()
    data = tmp_path / "data"
    interaction, answer = await ask(fake, SCHOOLS)
    assert answered_with(answer) == "special-schools-opened"
    _, declined = await ask(fake, MISSED)
    assert answered_with(declined) is None

    message = fake.original_message(interaction)
    assert message is not None
    custom_id = f"sb:miss:special-schools-opened:{fake.member.id}"
    await fake.wait_for_callback(await fake.click(message, custom_id))
    assert bot.curation is not None
    await asyncio.to_thread(bot.curation.flush)  # recorded off the event loop, by a worker

    gaps = {gap.question: gap for gap in GapLog(data).top()}
    assert gaps[MISSED].reasons == {"abstained": 1}
    assert gaps[MISSED].suggested == ("high-needs-budget",)
    assert gaps[SCHOOLS].reasons == {"not-what-i-asked": 1}
    stats = AnswerStats(data).stats()
    assert (stats.answers, stats.abstains) == (1, 1)
    assert stats.top_facts == (("special-schools-opened", 1),)
    stored = stored_text(data)
    assert MISSED in stored
    assert str(fake.member.id) not in stored  # no user ids
    # Written by the state writer's thread: answering never waits for the disk.
    assert writing_threads == {"sendbot-state-writer"}


async def test_an_invalid_edit_on_disk_is_reported_once_and_the_last_good_version_serves(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    bot, fake = await start_curated(reload_interval=0.02)
    mod_log = fake.guild.channel("mod-log")
    good = kb_text(kb_dir)
    broken = good.replace(
        "quote: In this academic year alone, the department has opened 15",
        "quote: In this academic year alone, the department has opened 16",
    )
    # Saved whole: a half-written file is read again before anything is reported (the store's
    # own tests catch one mid-write on purpose); here the report must be about this content.
    save_like_an_editor(kb_dir / KB_FILE, broken)
    report = await fake.wait_for_request("POST", rf"/channels/{mod_log.id}/messages")
    embed = report.json["embeds"][0]
    assert embed["title"] == "Knowledge files do not load"
    lines = embed["description"].splitlines()
    assert lines[0] == (
        "The knowledge files on disk changed but do not load. Still answering from the last "
        "good version (revision 1). Fix these, or restore the file:"
    )
    assert (
        "• **facts[special-schools-opened].quote**: not found verbatim in the source "
        f"document ({KB_FILE}, line 23)" in lines
    )
    assert report.json["allowed_mentions"] == NO_PINGS
    _, answer = await ask(fake, SCHOOLS)
    assert answered_with(answer) == "special-schools-opened"
    assert answer["embeds"][0]["fields"][0]["value"].startswith(
        '> "In this academic year alone, the department has opened 15'
    )
    await asyncio.sleep(0.1)  # several more looks at the same bad files: no second report
    assert len(audit_messages(fake)) == 1

    save_like_an_editor(
        kb_dir / KB_FILE,
        good.replace(
            "      - how many special schools opened?\n",
            "      - how many special schools opened?\n      - special school openings\n",
        ),
    )
    fixed = await fake.wait_for_request("POST", rf"/channels/{mod_log.id}/messages")
    assert fixed.json["content"] == (
        "Reloaded the knowledge files from disk: revision 1 → 1, 2 facts."
    )
    _, answer = await ask(fake, "special school openings")
    assert answered_with(answer) == "special-schools-opened"
    assert bot.curation is not None and bot.curation.store.problems == ()


async def test_without_an_audit_channel_problems_go_to_the_log_only(
    start_curated: StartCurated, kb_dir: Path, caplog: object
) -> None:
    bot, fake = await start_curated(audit_channel=None)
    (kb_dir / KB_FILE).write_text("facts: [", encoding="utf-8")
    watch = bot.get_cog("KnowledgeWatch")  # loaded with /kb: the cog that owns the store
    assert watch is not None
    assert await watch.check_knowledge() is False
    assert await watch.check_knowledge() is False  # reported once
    await fake.expect_no_request("POST", r"/channels/\d+/messages")
    assert bot.index().kb.fact("special-schools-opened") is not None


async def test_a_save_in_progress_elsewhere_delays_a_reload_with_one_log_line(
    start_curated: StartCurated, kb_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bot, fake = await start_curated()
    assert bot.curation is not None
    store = bot.curation.store
    store.lock_timeout = 0.2
    # (Not isinstance: loading the extension imports its module anew.)
    watch = cast("KnowledgeWatch", bot.get_cog("KnowledgeWatch"))
    assert watch is not None
    # This test looks for changes itself: the watch's own loop (which looks once at start-up)
    # is stopped, so that no look of its own races the edit below.
    watch.watch.cancel()
    good = kb_text(kb_dir)
    edited = good.replace(
        "      - how many special schools opened?\n",
        "      - how many special schools opened?\n      - special school openings\n",
    )
    save_like_an_editor(kb_dir / KB_FILE, edited)
    # Another process (a `sendbot kb` command, say) is in the middle of a save.
    fd = os.open(store.data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with caplog.at_level(logging.WARNING, logger="sendbot.kb.watch"):
            assert await watch.check_knowledge() is False
        # (The watch's own loop may have looked too, meanwhile: each look says the same.)
        records = [r for r in caplog.records if r.name == "sendbot.kb.watch"]
        # Nothing was reloaded while the save went on, so nothing was announced.
        await fake.expect_no_request("POST", r"/channels/\d+/messages")
    finally:
        os.close(fd)
    assert records
    for record in records:
        assert record.getMessage().startswith(
            "did not look for changed knowledge files: the knowledge base is busy"
        )
        assert record.exc_info is None  # a line, not a traceback

    # The save is done: the edit is read at the next look, this one or the watch loop's own
    # (which may run as soon as the lock is let go).
    await watch.check_knowledge()
    _, answer = await ask(fake, "special school openings")
    assert answered_with(answer) == "special-schools-opened"
