"""/kb: the moderators' commands for keeping the knowledge base right, from Discord.

Thin: every change goes to the knowledge store, which validates it exactly as loading a file
does and refuses anything invalid without touching a file; the text comes from
`_render` and `_form_fields`, the forms and buttons from `_forms`, the permission check from
`_access` (its rule from `_moderation`), all beside this module. Domain errors
(KnowledgeError, StoreError) become ephemeral replies here. Every saved change is confirmed
with its new revision and what it added to the self-test, and announced in the audit channel.

Who may use it: on a home server (SENDBOT_HOME_GUILDS; /kb is registered there only), Manage
Server or one of the server's moderator roles, checked on every command, button and modal
(`default_permissions` only hides the commands in Discord's client). Everything is
ephemeral: only the moderator sees the replies.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from sendbot.answering.autocomplete import ChoiceList
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.selftest import check_alias
from sendbot.discord_app.client import SendBot
from sendbot.discord_app.errors import Refused, where
from sendbot.discord_app.exts.ask import complete
from sendbot.discord_app.exts.kb_admin._access import refusal
from sendbot.discord_app.exts.kb_admin._forms import Confirm, FactModal, GapsView, late_form
from sendbot.discord_app.exts.kb_admin._history import HistoryPager, read_page
from sendbot.discord_app.exts.kb_admin._ingest import late_press, start_ingest
from sendbot.discord_app.exts.kb_admin._moderation import discord_actor
from sendbot.discord_app.exts.kb_admin._render import (
    GAPS_PER_PAGE,
    NOTHING_CHANGED,
    GapRow,
    alias_left_unanswered,
    audit_embed,
    diff_embed,
    gaps_embed,
    history_embed,
    not_announced_text,
    problems_text,
    redo_question_text,
    refusal_text,
    reloaded_text,
    renamed_copy_text,
    reverting_embed,
    saved_text,
    selftest_embed,
    stats_embed,
    undo_question_text,
)
from sendbot.discord_app.exts.kb_admin._review import ReviewView
from sendbot.discord_app.exts.kb_admin._review_choices import review_choices
from sendbot.discord_app.exts.kb_admin._self_tests import SelfTests
from sendbot.discord_app.exts.kb_admin._watch import KnowledgeWatch
from sendbot.discord_app.late_presses import PressMaker
from sendbot.discord_app.per_index import PerIndex
from sendbot.discord_app.render import MESSAGE_LIMIT, clip, escape, fact_embed
from sendbot.discord_app.send import respond, to_embed
from sendbot.knowledge.edits import refuse_removing_the_last
from sendbot.knowledge.errors import (
    AliasCollides,
    AliasNotAQuestion,
    FactExists,
    FactNotFound,
    KnowledgeError,
    Problem,
    SourceNotFound,
    StaleRevision,
    StoreError,
)
from sendbot.knowledge.future_dates import after_today
from sendbot.knowledge.model import Fact
from sendbot.knowledge.parse import SLUG
from sendbot.knowledge.renamed_copy import original_of
from sendbot.knowledge.yamltext import MAX_BYTES
from sendbot.storage.alias_check import answered_with, still_unanswered
from sendbot.storage.curation import Curation
from sendbot.storage.history import HistoryEntry
from sendbot.storage.review_states import ReviewStates
from sendbot.storage.store import Snapshot

log = logging.getLogger("sendbot.kb_admin")

CONFIRM_TIMEOUT = 300.0
GAPS_TIMEOUT = 840.0  # under the 15 minutes an interaction's token lasts (history pages too)
MAX_IMPORT_BYTES = MAX_BYTES
DOWNLOAD_TIMEOUT = 30.0
MAX_FILES_PER_MESSAGE = 10

Interaction = discord.Interaction[Any]
Change = Callable[[str], Awaitable[HistoryEntry]]  # actor -> the saved change


class UndoOrRedo(Protocol):
    """`KnowledgeStore.undo` or `.redo`."""

    def __call__(
        self, actor: str, *, expected_revision: int | None = None
    ) -> Awaitable[HistoryEntry]: ...


def _one_line(text: str) -> str:
    return " ".join(text.split())


async def download(url: str, name: str, limit: int) -> bytes:
    """The file `name` at `url`, refusing (KnowledgeError) to read more than `limit` bytes."""
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT)
    data = bytearray()
    async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as response:
        response.raise_for_status()
        async for chunk in response.content.iter_chunked(64 * 1024):
            data += chunk
            if len(data) > limit:
                raise _too_large(name, None, limit)
    return bytes(data)


# A required `fact` of spaces, which Discord sends as given: "no fact with id ''" named none.
WHICH_FACT = f"{NOTHING_CHANGED} Which fact? Start typing a topic in `fact` to pick one."
# `question` of spaces: validation's "facts[...].questions[2]: must not be empty" read as a fault.
WHICH_QUESTION = (
    f"{NOTHING_CHANGED} Which question? Type it in `question`, worded the way people ask it."
)


def option_problem(
    fact_id: str | None, as_of: str | None, today: dt.date | None = None
) -> str | None:
    """Why `id` or `as_of` would be refused once the form is submitted, said before it opens:
    "/kb edit as_of: yesterday" cost the moderator a filled-in form to learn it. A date after
    `today` (default: the machine's) is refused as `kb check` refuses it in a file."""
    if fact_id and not SLUG.match(fact_id):
        return (
            f"{NOTHING_CHANGED} `id` must be lowercase words joined by hyphens, like "
            f"`special-schools-opened`, not {escape(repr(fact_id))}."
        )
    if not as_of:
        return None
    try:
        date = dt.date.fromisoformat(as_of)  # the rule loading applies to `as_of`
    except ValueError:
        shown = escape(repr(as_of))
        return f"{NOTHING_CHANGED} `as_of` must be a date like 2024-02-08, not {shown}."
    if future := after_today(date, today or dt.date.today()):
        return f"{NOTHING_CHANGED} `as_of`: {future}"
    return None


def _too_large(name: str, size: int | None, limit: int) -> KnowledgeError:
    # Without a size (Discord's was wrong; the download passed the limit) there is no number.
    shown = f"is {size:,} bytes; the limit is" if size is not None else "is over the limit of"
    return KnowledgeError([Problem(name, None, "", f"file {shown} {limit:,} bytes")])


# --- the cog --------------------------------------------------------------------------------


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class KbAdmin(
    commands.GroupCog,
    group_name="kb",
    group_description="Moderators: fix, add and check the facts sendbot answers from",
):
    def __init__(self, bot: SendBot, curation: Curation) -> None:
        self.bot = bot
        self.store = curation.store
        self.gaps_log = curation.gaps
        self.stats_log = curation.stats
        self.confirm_timeout = CONFIRM_TIMEOUT
        self.gaps_timeout = GAPS_TIMEOUT
        self.history_timeout = GAPS_TIMEOUT
        self._fact_choices = PerIndex(ChoiceList.facts)
        self._self_tests = SelfTests()
        # One callable, so that unloading removes the very one loading added.
        self._late_form: Callable[[str], discord.ui.Modal | None] = lambda custom_id: late_form(
            self, custom_id
        )
        # /kb ingest reviews in progress: on disk, and the one view of each that is live.
        self.reviews = ReviewStates(curation.store.data_dir)
        self.live_reviews: dict[str, ReviewView] = {}
        self._late_press: PressMaker = lambda custom_id: late_press(self, custom_id)
        super().__init__()

    async def cog_load(self) -> None:
        # A fact or alias form submitted after its timeout or a restart is still saved.
        self.bot.late_forms.add(self._late_form)
        # A review's buttons pressed after its timeout or a restart pick it up from disk.
        self.bot.late_presses.add(self._late_press)
        try:
            removed = await asyncio.to_thread(self.reviews.remove_stale)
        except OSError as exc:
            log.warning("could not clear the stale /kb ingest reviews: %s", exc)
        else:
            if removed:
                log.info("cleared %d /kb ingest review(s) left for over a day", len(removed))

    async def cog_unload(self) -> None:
        self.bot.late_forms.remove(self._late_form)
        self.bot.late_presses.remove(self._late_press)

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        """Every /kb command: moderators only, in a server (the tree reports the refusal)."""
        reason = await refusal(interaction, self.bot)
        if reason is not None:
            raise Refused(reason)
        return True

    # --- helpers ---------------------------------------------------------------------------

    async def save(
        self,
        interaction: Interaction,
        change: Change,
        *,
        on_stale: Callable[[StaleRevision], str] | None = None,
    ) -> HistoryEntry | None:
        """Make one change as this moderator; tell them, and the audit channel, how it went.
        `on_stale`: what to tell them instead when another change was saved first."""
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        served = self.store.current.index
        try:
            entry = await change(discord_actor(interaction.user.id, interaction.user.display_name))
        except (KnowledgeError, StoreError) as exc:
            log.info("refused a change in %s: %s", where(interaction), _one_line(str(exc)))
            if on_stale is not None and isinstance(exc, StaleRevision):
                text = on_stale(exc)
            else:
                text = refusal_text(exc)
            await respond(interaction, text, ephemeral=True)
            return None
        log.info("saved %s", entry.describe())
        # Compared with the self-test before the change, so the moderator sees only what
        # this change added: one full run, of the base after it (see `_self_tests`).
        before, after = await asyncio.to_thread(
            self._self_tests.around, served, self.store.current.index
        )
        other_base = None
        if entry.action in ("undo", "redo"):  # they act on this base's changes alone
            other_base = await asyncio.to_thread(self.store.newest_of_another_base, entry.seq)
        text = saved_text(entry, before, after, other_base)
        await respond(interaction, text, ephemeral=True)
        user = interaction.user
        embed = audit_embed(entry, user.display_name, user.id)
        await self.announce(interaction, embed=to_embed(embed))
        return entry

    async def announce(
        self,
        interaction: Interaction,
        text: str | None = None,
        *,
        embed: discord.Embed | None = None,
    ) -> None:
        """Post to the audit channels; tell the moderator of any that refused it."""
        failed = await self.bot.audit(text, embed=embed)
        if failed:
            await respond(interaction, not_announced_text(failed), ephemeral=True)

    def alias_change(self, fact_id: str, question: str, *, force: bool = False) -> Change:
        """Add a phrasing to a fact; refused when taken for chat even then ("hello"), and,
        unless `force`, when it collides with another fact (the rules `sendbot kb alias`
        applies)."""
        store = self.store

        async def change(actor: str) -> HistoryEntry:
            checked = await asyncio.to_thread(
                check_alias, store.current.index, fact_id, question, force=force
            )
            # Never saved, forced or not: no one typing it would get the fact.
            if checked.chat is not None:
                raise AliasNotAQuestion(question, fact_id, checked.chat.value)
            if checked.collisions:
                raise AliasCollides([str(collision) for collision in checked.collisions])
            return await store.add_alias(fact_id, question, actor=actor)

        return change

    async def save_alias(
        self, interaction: Interaction, fact_id: str, question: str, *, force: bool = False
    ) -> HistoryEntry | None:
        """Save an alias, then say if the question, asked now, is still not answered with
        its fact (the rules may see it ask for what the fact does not give)."""
        entry = await self.save(interaction, self.alias_change(fact_id, question, force=force))
        if entry is not None:
            index = self.store.current.index
            why = await asyncio.to_thread(still_unanswered, index, fact_id, question)
            if why:
                note = alias_left_unanswered(question, fact_id, why)
                await respond(interaction, note, ephemeral=True)
        return entry

    async def _defer(self, interaction: Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)

    def fact_choices(self) -> ChoiceList:
        return self._fact_choices.of(self.store.current.index)

    async def _complete_fact(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """The autocomplete of every command's `fact` option."""
        if await refusal(interaction, self.bot) is not None:
            return []
        return await complete(interaction, lambda: self.fact_choices().complete(current))

    async def _fact_or_refuse(
        self, interaction: Interaction, snapshot: Snapshot[FactIndex], fact_id: str
    ) -> Fact | None:
        """The fact from the snapshot a form or confirmation is based on (its revision); None,
        and the moderator told, when there is no such fact."""
        if not fact_id.strip():
            await respond(interaction, WHICH_FACT, ephemeral=True)
            return None
        found = snapshot.kb.fact(fact_id.strip())
        if found is None:
            await self._refuse(interaction, FactNotFound(fact_id.strip()))
        return found

    async def _refuse(self, interaction: Interaction, error: StoreError | KnowledgeError) -> None:
        await respond(interaction, refusal_text(error), ephemeral=True)

    # --- changing facts --------------------------------------------------------------------

    @app_commands.command(name="add")
    @app_commands.rename(source_id="source", fact_id="id")
    @app_commands.describe(
        source_id="The source document the quote is from (needed when there are several)",
        fact_id="The new fact's id, lowercase-with-hyphens (default: made from its title)",
        as_of="The date the fact holds for, like 2024-02-08 (default: the source's date)",
    )
    async def add(
        self,
        interaction: Interaction,
        source_id: str | None = None,
        fact_id: app_commands.Range[str, 1, 80] | None = None,
        as_of: app_commands.Range[str, 1, 20] | None = None,
    ) -> None:
        """Add a fact: a form asks for its title, statement, quote, questions and tags."""
        snapshot = self.store.current
        kb = snapshot.kb
        if source_id is None and len(kb.sources) != 1:
            ids = ", ".join(source.id for source in kb.sources)
            text = f"Choose the fact's source with `source:` (one of {escape(ids)})."
            await respond(interaction, clip(text, MESSAGE_LIMIT), ephemeral=True)
            return
        source = kb.source(source_id.strip()) if source_id else kb.sources[0]
        if source is None:
            await self._refuse(interaction, SourceNotFound(str(source_id).strip()))
            return
        new_id = fact_id.strip() if fact_id else None
        date = as_of.strip() if as_of else None
        if problem := option_problem(new_id, date):
            await respond(interaction, problem, ephemeral=True)
            return
        if new_id and (existing := kb.fact(new_id)) is not None:
            await self._refuse(interaction, FactExists(existing.id, existing.source_id))
            return
        modal = FactModal(
            self,
            revision=snapshot.revision,
            source=source,
            fact_id=new_id,
            as_of=date or source.answered.isoformat(),
        )
        await interaction.response.send_modal(modal)

    @add.autocomplete("source_id")
    async def _add_source(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if await refusal(interaction, self.bot) is not None:
            return []
        sources = self.store.current.kb.sources
        choices = ChoiceList.of(source.id for source in sources)
        return await complete(interaction, lambda: choices.complete(current))

    @app_commands.command(name="edit")
    @app_commands.rename(fact_id="fact")
    @app_commands.autocomplete(fact_id=_complete_fact)
    @app_commands.describe(
        fact_id="The fact to change: start typing a topic to search",
        as_of="A new date for the fact, like 2024-02-08 (default: unchanged)",
    )
    async def edit(
        self,
        interaction: Interaction,
        fact_id: str,
        as_of: app_commands.Range[str, 1, 20] | None = None,
    ) -> None:
        """Correct a fact: a form opens with its title, statement, quote, questions and tags."""
        date = as_of.strip() if as_of else None
        if problem := option_problem(None, date):
            await respond(interaction, problem, ephemeral=True)
            return
        snapshot = self.store.current
        fact = await self._fact_or_refuse(interaction, snapshot, fact_id)
        if fact is None:
            return
        modal = FactModal(self, revision=snapshot.revision, fact=fact, as_of=date)
        await interaction.response.send_modal(modal)

    @app_commands.command(name="remove")
    @app_commands.rename(fact_id="fact")
    @app_commands.autocomplete(fact_id=_complete_fact)
    @app_commands.describe(fact_id="The fact to remove: start typing a topic to search")
    async def remove(self, interaction: Interaction, fact_id: str) -> None:
        """Remove a fact, after you confirm (/kb undo puts it back)."""
        snapshot = self.store.current
        fact = await self._fact_or_refuse(interaction, snapshot, fact_id)
        if fact is None:
            return
        try:  # said now, not after the moderator has confirmed
            refuse_removing_the_last(snapshot.kb, fact.id)
        except StoreError as exc:
            await self._refuse(interaction, exc)
            return
        store, revision, target = self.store, snapshot.revision, fact.id

        async def remove_it(pressed: Interaction) -> HistoryEntry | None:
            return await self.save(
                pressed,
                lambda actor: store.remove_fact(target, actor=actor, expected_revision=revision),
            )

        view = Confirm(
            self, interaction.user.id, remove_it, label="Remove", timeout=self.confirm_timeout
        )
        embed = to_embed(fact_embed(fact, snapshot.kb.source_of(fact)))
        await respond(
            interaction,
            f"Remove this fact? Its questions will no longer be answered. (Revision {revision}.)",
            embed=embed,
            view=view,
            ephemeral=True,
        )
        view.origin = interaction

    @app_commands.command(name="alias")
    @app_commands.rename(fact_id="fact")
    @app_commands.autocomplete(fact_id=_complete_fact)
    @app_commands.describe(
        fact_id="The fact that should answer the question: start typing a topic to search",
        question="The question, worded the way people ask it",
        force="Save it even if another fact answers it or matches it as closely (default: no)",
    )
    async def alias(
        self,
        interaction: Interaction,
        fact_id: str,
        question: app_commands.Range[str, 1, 200],
        force: bool = False,
    ) -> None:
        """Teach a fact another way of asking for it: the usual fix for a missed question."""
        if not fact_id.strip():
            await respond(interaction, WHICH_FACT, ephemeral=True)
            return
        if not question.strip():
            await respond(interaction, WHICH_QUESTION, ephemeral=True)
            return
        await self.save_alias(interaction, fact_id.strip(), question.strip(), force=force)

    @app_commands.command(name="undo")
    async def undo(self, interaction: Interaction) -> None:
        """Revert the newest change not yet undone, after you confirm (/kb redo brings it back)."""
        store = self.store
        await self._confirm_then(
            interaction, "Undo", store.undo_preview, undo_question_text, store.undo
        )

    @app_commands.command(name="redo")
    async def redo(self, interaction: Interaction) -> None:
        """Bring back the change the newest undo reverted, after you confirm (until another
        change is saved)."""
        store = self.store
        await self._confirm_then(
            interaction, "Redo", store.redo_preview, redo_question_text, store.redo
        )

    async def _confirm_then(
        self,
        interaction: Interaction,
        label: str,
        preview: Callable[[], HistoryEntry],
        question: Callable[[HistoryEntry, int, HistoryEntry | None], str],
        act: UndoOrRedo,
    ) -> None:
        """Show what undo or redo would do (`preview`, read only: nothing to do, or a conflict,
        is refused at once and nothing is written, not even the data directory), then do it
        when the moderator presses `label`."""
        revision = self.store.current.revision
        try:
            target = await asyncio.to_thread(preview)
            other_base = await asyncio.to_thread(self.store.newest_of_another_base)
        except StoreError as exc:
            await self._refuse(interaction, exc)
            return

        # At the revision shown: a change saved meanwhile (by anyone) would make the change
        # acted on another than the one confirmed, so the press is then refused as stale.
        async def act_on_press(pressed: Interaction) -> HistoryEntry | None:
            return await self.save(pressed, lambda actor: act(actor, expected_revision=revision))

        view = Confirm(
            self, interaction.user.id, act_on_press, label=label, timeout=self.confirm_timeout
        )
        text = question(target, revision, other_base)
        shown = reverting_embed(target, label)
        embed = to_embed(shown) if shown is not None else None
        await respond(interaction, text, embed=embed, view=view, ephemeral=True)
        view.origin = interaction

    @app_commands.command(name="import")
    @app_commands.rename(as_name="name")
    @app_commands.describe(
        file="A knowledge YAML file, e.g. one from /kb export, edited",
        as_name="The knowledge file it replaces or adds (default: the upload's own name)",
    )
    async def import_file(
        self,
        interaction: Interaction,
        file: discord.Attachment,
        as_name: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        """Replace or add a knowledge file with an uploaded one: see the changes, then Import."""
        name = as_name.strip() if as_name and as_name.strip() else file.filename
        if file.size > MAX_IMPORT_BYTES:
            error = _too_large(name, file.size, MAX_IMPORT_BYTES)
            await respond(interaction, refusal_text(error, "The file"), ephemeral=True)
            return
        await self._defer(interaction)
        try:
            data = await download(file.url, name, MAX_IMPORT_BYTES)
        except KnowledgeError as exc:
            await respond(interaction, refusal_text(exc, "The file"), ephemeral=True)
            return
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("could not download %s for /kb import: %s", name, exc)
            text = f"I could not download {escape(name)}; please try again. {NOTHING_CHANGED}"
            await respond(interaction, text, ephemeral=True)
            return
        revision = self.store.current.revision
        try:
            diff = await asyncio.to_thread(self.store.preview_file, name, data)
        except (KnowledgeError, StoreError) as exc:
            text = refusal_text(exc, "The file")
            if (original := original_of(data, self.store.current.kb, name)) is not None:
                text += "\n" + renamed_copy_text(name, original)
            await respond(interaction, clip(text, MESSAGE_LIMIT), ephemeral=True)
            return
        embed = to_embed(diff_embed(name, diff, revision))
        if not diff:
            await respond(interaction, embed=embed, ephemeral=True)
            return
        store = self.store

        async def import_it(pressed: Interaction) -> HistoryEntry | None:
            return await self.save(
                pressed,
                lambda actor: store.replace_file(
                    name, data, actor=actor, expected_revision=revision
                ),
            )

        view = Confirm(
            self, interaction.user.id, import_it, label="Import", timeout=self.confirm_timeout
        )
        await respond(interaction, embed=embed, view=view, ephemeral=True)
        view.origin = interaction

    @app_commands.command(name="ingest")
    @app_commands.describe(
        file="A written answer: its page's text, or the Written Questions API's JSON",
        answer="Or the answer's UIN (12345, HL7917) or its page URL, to download",
        review="Or go on with one of your unfinished reviews: pick it (Cancel on it discards it)",
    )
    async def ingest(
        self,
        interaction: Interaction,
        file: discord.Attachment | None = None,
        answer: app_commands.Range[str, 1, 300] | None = None,
        review: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Add a written answer as a new source; no options: go on with your review."""
        await start_ingest(self, interaction, file, answer, download, review)

    @ingest.autocomplete("review")
    async def _ingest_review(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """The moderator's unfinished reviews, the latest changed first."""
        if await refusal(interaction, self.bot) is not None:
            return []
        try:
            mine = await asyncio.to_thread(self.reviews.of_owner, interaction.user.id)
        except OSError as exc:
            log.warning("could not read the /kb ingest reviews in progress: %s", exc)
            return []
        return review_choices(mine, current, dt.datetime.now(dt.UTC))

    # --- looking -----------------------------------------------------------------------------

    @app_commands.command(name="gaps")
    @app_commands.describe(page=f"Which page, {GAPS_PER_PAGE} questions to a page (default: 1)")
    async def gaps(
        self, interaction: Interaction, page: app_commands.Range[int, 1, 100] = 1
    ) -> None:
        """Questions declined, answered in part or marked "Not what I asked", most asked first."""
        await self._defer(interaction)
        every = await asyncio.to_thread(self.gaps_log.top, 100 * GAPS_PER_PAGE)
        left_out = await asyncio.to_thread(self.gaps_log.of_other_bases)
        pages = max(1, -(-len(every) // GAPS_PER_PAGE))
        page = min(page, pages)
        start = (page - 1) * GAPS_PER_PAGE
        index = self.store.current.index
        rows = []
        for number, gap in enumerate(every[start : start + GAPS_PER_PAGE], start=start + 1):
            top = next(
                ((f.id, f.label) for i in gap.suggested if (f := index.kb.fact(i)) is not None),
                None,
            )
            # As the reply gives it: the matcher alone answers some that the reply does not.
            now = answered_with(index, gap.question)
            rows.append(GapRow(number, gap, top, now))
        embed = to_embed(gaps_embed(rows, page, pages, len(every), left_out))
        if not rows:
            await respond(interaction, embed=embed, ephemeral=True)
            return
        view = GapsView(self, interaction.user.id, rows, self.gaps_timeout)
        await respond(interaction, embed=embed, view=view, ephemeral=True)
        view.origin = interaction

    @app_commands.command(name="test")
    async def test(self, interaction: Interaction) -> None:
        """Ask every fact's own questions: which answer with another fact, which are declined."""
        await self._defer(interaction)
        report = await asyncio.to_thread(self._self_tests.of, self.store.current.index)
        await respond(interaction, embed=to_embed(selftest_embed(report)), ephemeral=True)

    @app_commands.command(name="history")
    @app_commands.rename(fact_id="fact")
    @app_commands.autocomplete(fact_id=_complete_fact)
    @app_commands.describe(fact_id="Only the changes to this fact (default: all)")
    async def history(self, interaction: Interaction, fact_id: str | None = None) -> None:
        """The latest saved changes: who changed what, and when."""
        target = fact_id.strip() if fact_id else None
        first = await asyncio.to_thread(read_page, self.store, target, None)
        unknown = None
        if target and not first.entries and self.store.current.kb.fact(target) is None:
            unknown = [choice.value for choice in self.fact_choices().complete(target, limit=3)]
        embed = to_embed(
            history_embed(first.entries, target, left_out=first.left_out, unknown=unknown)
        )
        if not first.has_older:
            await respond(interaction, embed=embed, ephemeral=True)
            return
        view = HistoryPager(self, target, first, timeout=self.history_timeout)
        await respond(interaction, embed=embed, view=view, ephemeral=True)
        view.origin = interaction

    @app_commands.command(name="stats")
    async def stats(self, interaction: Interaction) -> None:
        """How often I answered and declined, and the facts asked for most."""
        counts = await asyncio.to_thread(self.stats_log.stats, 10)
        embed = stats_embed(counts, self.store.current.kb)
        await respond(interaction, embed=to_embed(embed), ephemeral=True)

    @app_commands.command(name="export")
    async def export(self, interaction: Interaction) -> None:
        """The knowledge files as attachments, to edit and bring back with /kb import."""
        await self._defer(interaction)
        revision = self.store.current.revision
        files = sorted(self.store.files().items())
        text = (
            f"The knowledge files at revision {revision}. Edit one and upload it with "
            "`/kb import`: you will see what changes before anything is saved."
        )
        for start in range(0, len(files), MAX_FILES_PER_MESSAGE):
            attached = [
                discord.File(io.BytesIO(data), filename=name)
                for name, data in files[start : start + MAX_FILES_PER_MESSAGE]
            ]
            await respond(interaction, text if start == 0 else None, files=attached, ephemeral=True)

    @app_commands.command(name="reload")
    async def reload(self, interaction: Interaction) -> None:
        """Read the knowledge files again now, e.g. after editing them on the server."""
        await self._defer(interaction)
        store = self.store
        before = store.current.revision
        try:
            changed = await store.reload_if_changed()
            problems = store.problems
        except KnowledgeError as exc:
            changed, problems = False, exc.problems
        except StoreError as exc:  # StoreBusy: another process is saving a change
            await self._refuse(interaction, exc)
            return
        snapshot = store.current
        if problems:
            heading = (
                "The knowledge files on disk do not load; still answering from revision "
                f"{snapshot.revision}. {NOTHING_CHANGED} Fix these:"
            )
            await respond(interaction, problems_text(problems, heading), ephemeral=True)
            return
        if not changed:
            text = f"The knowledge files have not changed (revision {snapshot.revision})."
            await respond(interaction, text, ephemeral=True)
            return
        facts = len(snapshot.kb)
        await respond(interaction, reloaded_text(before, snapshot.revision, facts), ephemeral=True)
        user = interaction.user
        text = reloaded_text(before, snapshot.revision, facts, user.display_name, user.id)
        await self.announce(interaction, text)


NO_HOME_GUILDS = (
    "SENDBOT_HOME_GUILDS is not set: /kb is off (the knowledge base is shared by every server, "
    "so only its home servers' moderators may change it); edit it with `sendbot kb` instead."
)


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, SendBot) or bot.curation is None:
        raise TypeError("the kb_admin extension needs a SendBot with a knowledge store")
    homes = bot.settings.home_guilds
    if homes:
        # Registered on the home servers only: elsewhere Discord does not even offer it.
        await bot.add_cog(
            KbAdmin(bot, bot.curation), guilds=[discord.Object(guild) for guild in homes]
        )
    else:
        log.warning(NO_HOME_GUILDS)
    await bot.add_cog(KnowledgeWatch(bot, bot.curation))
