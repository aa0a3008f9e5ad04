"""/kb: the moderators' commands for keeping the knowledge base right, from Discord.

Thin: every change goes to the knowledge store, which validates it exactly as loading a file
does and refuses anything invalid without touching a file; the text comes from
bot.kb_render and bot.fact_form, the permission rule from bot.moderation. Domain errors
(KnowledgeError, StoreError) become ephemeral replies here. Every saved change is confirmed
with its new revision and a self-test, and announced in the audit channel.

Who may use it: Manage Server or a role in SENDBOT_MOD_ROLES, checked on every command,
button and modal (`default_permissions` only hides the commands in Discord's client), and
only in a server. Everything is ephemeral: only the moderator sees the replies.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.answering.autocomplete import ChoiceList
from bot.answering.match import FactIndex, match
from bot.answering.selftest import self_test
from bot.client import SendBot
from bot.curation import Curation
from bot.discord_errors import Refused, report_error, where
from bot.discord_render import BUTTON_LABEL_LIMIT, MESSAGE_LIMIT, clip, escape, fact_embed
from bot.discord_send import respond, to_embed
from bot.exts.ask import complete
from bot.exts.expiring import ExpiringView
from bot.fact_form import (
    QUESTIONS_LIMIT,
    QUOTE_LIMIT,
    STATEMENT_LIMIT,
    TAGS_LIMIT,
    TITLE_LIMIT,
    FactForm,
    questions_fit,
    slugify,
)
from bot.kb_render import (
    GAPS_PER_PAGE,
    NOTHING_CHANGED,
    GapRow,
    audit_embed,
    diff_embed,
    gaps_embed,
    history_embed,
    problems_text,
    refusal_text,
    reloaded_text,
    saved_text,
    selftest_embed,
    stats_embed,
)
from bot.knowledge.errors import (
    FactExists,
    FactNotFound,
    KnowledgeError,
    Problem,
    SourceNotFound,
    StoreError,
)
from bot.knowledge.gaps import MAX_QUESTION_LENGTH as GAP_QUESTION_LIMIT
from bot.knowledge.history import HistoryEntry
from bot.knowledge.model import Fact, Source
from bot.knowledge.yamltext import MAX_BYTES
from bot.moderation import discord_actor, is_moderator

log = logging.getLogger("sendbot.kb_admin")

NOT_MODERATOR = (
    "Only moderators can use /kb: it needs the Manage Server permission or one of the "
    f"moderator roles. {NOTHING_CHANGED}"
)
NOT_IN_DMS = "The /kb commands work only in a server, not in direct messages."
NOT_YOURS = "Only the moderator who opened this can use it."
CANCELLED = f"Cancelled. {NOTHING_CHANGED}"
CONFIRM_TIMEOUT = 300.0
GAPS_TIMEOUT = 840.0  # under the 15 minutes an interaction's token lasts
MODAL_TIMEOUT = 1800.0
MAX_IMPORT_BYTES = MAX_BYTES
DOWNLOAD_TIMEOUT = 30.0
MAX_FILES_PER_MESSAGE = 10
HISTORY_LIMIT = 15

Interaction = discord.Interaction[Any]
Change = Callable[[str], Awaitable[HistoryEntry]]  # actor -> the saved change


def refusal(interaction: Interaction, mod_roles: tuple[int, ...]) -> str | None:
    """Why this user may not use /kb here, or None when they may."""
    user = interaction.user
    if interaction.guild_id is None or not isinstance(user, discord.Member):
        return NOT_IN_DMS
    roles = [role.id for role in user.roles]
    if is_moderator(interaction.permissions.value, roles, mod_roles):
        return None
    return NOT_MODERATOR


async def allowed(interaction: Interaction, bot: SendBot, what: str) -> bool:
    """For buttons and modals: a refusal, ephemeral, for anyone who is not a moderator."""
    reason = refusal(interaction, bot.settings.mod_roles)
    if reason is None:
        return True
    log.info("refused %s: not a moderator", where(interaction, what))
    await respond(interaction, reason, ephemeral=True)
    return False


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


def _too_large(name: str, size: int | None, limit: int) -> KnowledgeError:
    shown = f"is {size:,} bytes" if size is not None else "is larger than that"
    return KnowledgeError([Problem(name, None, "", f"file {shown}; the limit is {limit:,} bytes")])


# --- views and modals -----------------------------------------------------------------------


class Confirm(ExpiringView):
    """Confirm / Cancel for the moderator who asked; both switch off after a press or timeout."""

    what = "a /kb confirmation"

    def __init__(
        self,
        cog: KbAdmin,
        owner_id: int,
        action: Callable[[Interaction], Awaitable[object]],
        *,
        label: str,
        timeout: float,
    ) -> None:
        super().__init__(timeout=timeout)
        self.cog = cog
        self.owner_id = owner_id
        self.action = action
        self.confirm.label = label

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        if interaction.user.id != self.owner_id:
            await respond(interaction, NOT_YOURS, ephemeral=True)
            return False
        return await allowed(interaction, self.cog.bot, "a /kb confirmation")

    @ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.switch_off()
        await interaction.response.edit_message(view=self)
        await self.action(interaction)

    @ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.switch_off()
        await interaction.response.edit_message(content=CANCELLED, view=self)


def _input(
    custom_id: str,
    *,
    default: str | None,
    max_length: int,
    required: bool = True,
    paragraph: bool = False,
    placeholder: str | None = None,
) -> ui.TextInput[Any]:
    return ui.TextInput(
        custom_id=custom_id,
        style=discord.TextStyle.paragraph if paragraph else discord.TextStyle.short,
        default=default or None,
        max_length=max_length,
        required=required,
        placeholder=placeholder,
    )


class FactModal(ui.Modal):
    """The fact form: title, statement, quote, questions (one per line), tags (commas).

    Remembers the revision it was opened at: submitted after anyone else's change, it is
    refused (StaleRevision) rather than applied to a fact the moderator never saw.
    """

    def __init__(
        self,
        cog: KbAdmin,
        *,
        revision: int,
        fact: Fact | None = None,
        source: Source | None = None,
        fact_id: str | None = None,
        as_of: str | None = None,
        timeout: float = MODAL_TIMEOUT,
    ) -> None:
        super().__init__(title="Edit a fact" if fact else "Add a fact", timeout=timeout)
        self.cog = cog
        self.revision = revision
        self.fact = fact
        self.source = source
        self.fact_id = fact_id
        self.as_of = as_of
        form = FactForm.of(fact) if fact else FactForm()
        self.with_questions = fact is None or questions_fit(fact)
        title_note = "Short label for lists" + (
            "" if fact or fact_id else "; the id is made from it"
        )
        self.title_input = _input(
            "title", default=form.title, max_length=TITLE_LIMIT, required=not (fact or fact_id)
        )
        self.statement = _input(
            "statement", default=form.statement, max_length=STATEMENT_LIMIT, paragraph=True
        )
        self.quote = _input("quote", default=form.quote, max_length=QUOTE_LIMIT, paragraph=True)
        self.questions = _input(
            "questions",
            default=form.questions,
            max_length=QUESTIONS_LIMIT,
            paragraph=True,
            placeholder="how many special schools opened?",
        )
        self.tags = _input(
            "tags",
            default=form.tags,
            max_length=TAGS_LIMIT,
            required=False,
            placeholder="special-schools, funding",
        )
        self.add_item(ui.Label(text="Title", description=title_note, component=self.title_input))
        self.add_item(
            ui.Label(
                text="Statement",
                description="What I say. Every figure in it must be in the quote.",
                component=self.statement,
            )
        )
        self.add_item(
            ui.Label(
                text="Quote",
                description="Word for word from the source document.",
                component=self.quote,
            )
        )
        if self.with_questions:
            self.add_item(
                ui.Label(
                    text="Questions",
                    description="One per line: the ways people ask for this fact.",
                    component=self.questions,
                )
            )
        self.add_item(
            ui.Label(text="Tags", description="Comma-separated (optional).", component=self.tags)
        )

    def form(self) -> FactForm:
        return FactForm(
            title=self.title_input.value,
            statement=self.statement.value,
            quote=self.quote.value,
            questions=self.questions.value,
            tags=self.tags.value,
        )

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        return await allowed(interaction, self.cog.bot, "the fact form")

    async def on_submit(self, interaction: Interaction, /) -> None:
        store = self.cog.store
        form = self.form()
        if self.fact is None:
            assert self.source is not None and self.as_of is not None
            fact_id = (self.fact_id or slugify(form.title)).strip()
            if not fact_id:
                await respond(
                    interaction,
                    f"Give the fact a title with letters or digits, or an id. {NOTHING_CHANGED}",
                    ephemeral=True,
                )
                return
            fields = form.new_fact(fact_id, self.as_of)
            source_id, revision = self.source.id, self.revision
            await self.cog.save(
                interaction,
                lambda actor: store.add_fact(
                    source_id, fields, actor=actor, expected_revision=revision
                ),
            )
            return
        fact = self.fact
        changes = form.changes(fact, with_questions=self.with_questions)
        if self.as_of is not None and self.as_of != fact.as_of.isoformat():
            changes["as_of"] = self.as_of
        if not changes:
            await respond(
                interaction,
                f"That is what the fact already says. {NOTHING_CHANGED}",
                ephemeral=True,
            )
            return
        revision = self.revision
        await self.cog.save(
            interaction,
            lambda actor: store.edit_fact(
                fact.id, changes, actor=actor, expected_revision=revision
            ),
        )

    async def on_error(self, interaction: Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error, "the fact form")


class AliasModal(ui.Modal, title="Add a way of asking"):
    """A question (editable) and the fact that should answer it: the gaps' "another fact"."""

    def __init__(self, cog: KbAdmin, question: str, fact_id: str) -> None:
        super().__init__(timeout=MODAL_TIMEOUT)
        self.cog = cog
        self.question = _input("question", default=question, max_length=GAP_QUESTION_LIMIT)
        self.fact_id = _input(
            "fact", default=fact_id, max_length=100, placeholder="an id, as /facts lists them"
        )
        self.add_item(
            ui.Label(text="Question", description="As people ask it.", component=self.question)
        )
        self.add_item(
            ui.Label(
                text="Fact id", description="The fact that answers it.", component=self.fact_id
            )
        )

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        return await allowed(interaction, self.cog.bot, "the alias form")

    async def on_submit(self, interaction: Interaction, /) -> None:
        store = self.cog.store
        fact_id, question = self.fact_id.value.strip(), self.question.value.strip()
        await self.cog.save(
            interaction, lambda actor: store.add_alias(fact_id, question, actor=actor)
        )

    async def on_error(self, interaction: Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error, "the alias form")


class GapButton(ui.Button["GapsView"]):
    def __init__(self, row: GapRow, *, to_fact: str | None, label: str, line: int) -> None:
        style = discord.ButtonStyle.success if to_fact else discord.ButtonStyle.secondary
        super().__init__(label=clip(label, BUTTON_LABEL_LIMIT), style=style, row=line)
        self.gap_row = row
        self.to_fact = to_fact

    async def callback(self, interaction: Interaction) -> None:
        view = self.view
        assert view is not None
        question = self.gap_row.gap.question
        if self.to_fact is None:  # another fact: ask which, in a form
            top = self.gap_row.top[0] if self.gap_row.top else ""
            await interaction.response.send_modal(AliasModal(view.cog, question, top))
            return
        await interaction.response.defer()
        fact_id = self.to_fact
        store = view.cog.store
        entry = await view.cog.save(
            interaction, lambda actor: store.add_alias(fact_id, question, actor=actor)
        )
        if entry is not None:
            self.disabled = True
            self.label = clip(f"#{self.gap_row.number} added to {fact_id}", BUTTON_LABEL_LIMIT)
            await interaction.edit_original_response(view=view)


class GapsView(ExpiringView):
    """Per unanswered question: add it to the fact offered most often, or to another fact."""

    what = "a /kb gaps button"

    def __init__(self, cog: KbAdmin, owner_id: int, rows: list[GapRow], timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.cog = cog
        self.owner_id = owner_id
        for line, row in enumerate(rows[:GAPS_PER_PAGE]):
            if row.top is not None:
                label = f"#{row.number} add to {row.top[1]}"
                self.add_item(GapButton(row, to_fact=row.top[0], label=label, line=line))
            self.add_item(
                GapButton(row, to_fact=None, label=f"#{row.number} another fact…", line=line)
            )

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        return await allowed(interaction, self.cog.bot, "a /kb gaps button")


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
        self._fact_choices: tuple[FactIndex, ChoiceList] | None = None
        super().__init__()

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        """Every /kb command: moderators only, in a server (the tree reports the refusal)."""
        reason = refusal(interaction, self.bot.settings.mod_roles)
        if reason is not None:
            raise Refused(reason)
        return True

    # --- helpers ---------------------------------------------------------------------------

    async def save(self, interaction: Interaction, change: Change) -> HistoryEntry | None:
        """Make one change as this moderator; tell them, and the audit channel, how it went."""
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            entry = await change(discord_actor(interaction.user.name))
        except (KnowledgeError, StoreError) as exc:
            log.info("refused a change in %s: %s", where(interaction), _one_line(str(exc)))
            await respond(interaction, refusal_text(exc), ephemeral=True)
            return None
        log.info("saved %s", entry.describe())
        report = await asyncio.to_thread(self_test, self.store.current.index)
        await respond(interaction, saved_text(entry, report), ephemeral=True)
        embed = audit_embed(entry, interaction.user.display_name)
        await self.bot.audit(embed=to_embed(embed))
        return entry

    async def _defer(self, interaction: Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)

    def fact_choices(self) -> ChoiceList:
        index = self.store.current.index
        if self._fact_choices is None or self._fact_choices[0] is not index:
            self._fact_choices = (index, ChoiceList.facts(index))
        return self._fact_choices[1]

    def _complete_fact(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if refusal(interaction, self.bot.settings.mod_roles) is not None:
            return []
        return complete(interaction, lambda: self.fact_choices().complete(current))

    def _fact(self, fact_id: str) -> Fact:
        found = self.store.current.kb.fact(fact_id.strip())
        if found is None:
            raise FactNotFound(fact_id.strip())
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
        if new_id and (existing := kb.fact(new_id)) is not None:
            await self._refuse(interaction, FactExists(existing.id, existing.source_id))
            return
        modal = FactModal(
            self,
            revision=snapshot.revision,
            source=source,
            fact_id=new_id,
            as_of=as_of.strip() if as_of else source.answered.isoformat(),
        )
        await interaction.response.send_modal(modal)

    @add.autocomplete("source_id")
    async def _add_source(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if refusal(interaction, self.bot.settings.mod_roles) is not None:
            return []
        sources = self.store.current.kb.sources
        choices = ChoiceList.of(source.id for source in sources)
        return complete(interaction, lambda: choices.complete(current))

    @app_commands.command(name="edit")
    @app_commands.rename(fact_id="fact")
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
        snapshot = self.store.current
        try:
            fact = self._fact(fact_id)
        except FactNotFound as exc:
            await self._refuse(interaction, exc)
            return
        modal = FactModal(
            self,
            revision=snapshot.revision,
            fact=fact,
            as_of=as_of.strip() if as_of else None,
        )
        await interaction.response.send_modal(modal)

    @edit.autocomplete("fact_id")
    async def _edit_fact(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self._complete_fact(interaction, current)

    @app_commands.command(name="remove")
    @app_commands.rename(fact_id="fact")
    @app_commands.describe(fact_id="The fact to remove: start typing a topic to search")
    async def remove(self, interaction: Interaction, fact_id: str) -> None:
        """Remove a fact, after you confirm (/kb undo puts it back)."""
        snapshot = self.store.current
        try:
            fact = self._fact(fact_id)
        except FactNotFound as exc:
            await self._refuse(interaction, exc)
            return
        store, revision, target = self.store, snapshot.revision, fact.id

        async def remove_it(pressed: Interaction) -> None:
            await self.save(
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

    @remove.autocomplete("fact_id")
    async def _remove_fact(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self._complete_fact(interaction, current)

    @app_commands.command(name="alias")
    @app_commands.rename(fact_id="fact")
    @app_commands.describe(
        fact_id="The fact that should answer the question: start typing a topic to search",
        question="The question, worded the way people ask it",
    )
    async def alias(
        self,
        interaction: Interaction,
        fact_id: str,
        question: app_commands.Range[str, 1, 200],
    ) -> None:
        """Teach a fact another way of asking for it: the usual fix for a missed question."""
        store, target, text = self.store, fact_id.strip(), question.strip()
        await self.save(interaction, lambda actor: store.add_alias(target, text, actor=actor))

    @alias.autocomplete("fact_id")
    async def _alias_fact(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self._complete_fact(interaction, current)

    @app_commands.command(name="undo")
    async def undo(self, interaction: Interaction) -> None:
        """Revert the newest change not yet undone (the undo is recorded too)."""
        store = self.store
        await self.save(interaction, lambda actor: store.undo(actor))

    @app_commands.command(name="import")
    @app_commands.describe(file="A knowledge YAML file, e.g. one from /kb export, edited")
    async def import_file(self, interaction: Interaction, file: discord.Attachment) -> None:
        """Replace a knowledge file with an uploaded YAML file, after a preview and your Confirm."""
        name = file.filename
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
            await respond(interaction, refusal_text(exc, "The file"), ephemeral=True)
            return
        embed = to_embed(diff_embed(name, diff, revision))
        if not diff:
            await respond(interaction, embed=embed, ephemeral=True)
            return
        store = self.store

        async def import_it(pressed: Interaction) -> None:
            await self.save(
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

    # --- looking -----------------------------------------------------------------------------

    @app_commands.command(name="gaps")
    @app_commands.describe(page=f"Which page, {GAPS_PER_PAGE} questions to a page (default: 1)")
    async def gaps(
        self, interaction: Interaction, page: app_commands.Range[int, 1, 100] = 1
    ) -> None:
        """Questions I declined or that people marked "Not what I asked", most asked first."""
        await self._defer(interaction)
        every = await asyncio.to_thread(self.gaps_log.top, 100 * GAPS_PER_PAGE)
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
            result = match(index, gap.question)
            now = result.best.fact.id if result.answered and result.best else None
            rows.append(GapRow(number, gap, top, now))
        embed = to_embed(gaps_embed(rows, page, pages, len(every)))
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
        report = await asyncio.to_thread(self_test, self.store.current.index)
        await respond(interaction, embed=to_embed(selftest_embed(report)), ephemeral=True)

    @app_commands.command(name="history")
    @app_commands.rename(fact_id="fact")
    @app_commands.describe(fact_id="Only the changes to this fact (default: all)")
    async def history(self, interaction: Interaction, fact_id: str | None = None) -> None:
        """The latest saved changes: who changed what, and when."""
        target = fact_id.strip() if fact_id else None
        entries = await asyncio.to_thread(self.store.history, target, HISTORY_LIMIT)
        await respond(interaction, embed=to_embed(history_embed(entries, target)), ephemeral=True)

    @history.autocomplete("fact_id")
    async def _history_fact(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self._complete_fact(interaction, current)

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
        who = interaction.user.display_name
        await self.bot.audit(reloaded_text(before, snapshot.revision, facts, who))


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, SendBot) or bot.curation is None:
        raise TypeError("the kb_admin extension needs a SendBot with a knowledge store")
    await bot.add_cog(KbAdmin(bot, bot.curation))
