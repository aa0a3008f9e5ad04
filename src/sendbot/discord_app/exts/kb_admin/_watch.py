"""Picks up edits of the knowledge files on disk: a `tasks` loop that asks the store to reload.

The store decides whether anything changed (a cheap look at sizes and modification times
first) and keeps serving the last good version when the files no longer load. This cog says
what happened: the log and the audit channel hear of a reload, or of files that do not load
(once per distinct bad content).
"""

from __future__ import annotations

import logging

from discord.ext import commands, tasks

from sendbot.discord_app.client import SendBot
from sendbot.discord_app.exts.kb_admin._render import invalid_files_embed, reloaded_text
from sendbot.discord_app.send import to_embed
from sendbot.knowledge.errors import KnowledgeError, StoreBusy
from sendbot.storage.curation import Curation

log = logging.getLogger("sendbot.kb.watch")


class KnowledgeWatch(commands.Cog):
    def __init__(self, bot: SendBot, curation: Curation) -> None:
        self.bot = bot
        self.curation = curation
        self.watch.change_interval(seconds=bot.settings.reload_interval)

    async def cog_load(self) -> None:
        self.watch.start()

    async def cog_unload(self) -> None:
        self.watch.cancel()

    @tasks.loop(seconds=60)  # the real interval is set from the settings in __init__
    async def watch(self) -> None:
        try:
            await self.check_knowledge()
        except Exception:
            log.exception("error while looking for changed knowledge files")

    @watch.before_loop
    async def _after_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def check_knowledge(self) -> bool:
        """Reload the knowledge files if they changed on disk; True if a new version is served."""
        store = self.curation.store
        before = store.current.revision
        try:
            changed = await store.reload_if_changed()
        except KnowledgeError as exc:
            serving = store.current.revision
            log.error(
                "the knowledge files on disk changed but do not load; still serving revision "
                "%d:\n%s",
                serving,
                "\n".join(str(problem) for problem in exc.problems),
            )
            await self.bot.audit(embed=to_embed(invalid_files_embed(exc.problems, serving)))
            return False
        except StoreBusy as exc:  # another process is saving: its change is read next time
            log.warning("did not look for changed knowledge files: %s", exc)
            return False
        if changed:
            snapshot = store.current
            log.info(
                "reloaded the knowledge files: revision %d -> %d, %d facts",
                before,
                snapshot.revision,
                len(snapshot.kb),
            )
            await self.bot.audit(reloaded_text(before, snapshot.revision, len(snapshot.kb)))
        return changed
