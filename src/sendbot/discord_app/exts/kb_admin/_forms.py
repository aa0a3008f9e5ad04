"""The forms and buttons /kb shows: confirmations, the fact and alias forms, the gaps list.

Each checks its presser with `allowed` and hands the change to the cog, which saves it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from sendbot.discord_app.errors import report_error
from sendbot.discord_app.expiring import ExpiringView
from sendbot.discord_app.exts.kb_admin._access import allowed
from sendbot.discord_app.exts.kb_admin._form_fields import (
    QUESTIONS_LIMIT,
    QUOTE_LIMIT,
    STATEMENT_LIMIT,
    TAGS_LIMIT,
    TITLE_LIMIT,
    FactForm,
    box_digest,
    questions_fit,
    rebased,
    slugify,
)
from sendbot.discord_app.exts.kb_admin._form_ids import (
    FactFormId,
    alias_form_id,
    fact_form_id,
    is_alias_form_id,
    read_fact_form_id,
)
from sendbot.discord_app.exts.kb_admin._render import (
    GAPS_PER_PAGE,
    NOTHING_CHANGED,
    GapRow,
    form_stale_text,
    next_step,
)
from sendbot.discord_app.late_forms import typed_replies
from sendbot.discord_app.render import BUTTON_LABEL_LIMIT, clip
from sendbot.discord_app.send import respond
from sendbot.knowledge.errors import StaleRevision
from sendbot.knowledge.model import Fact, Source
from sendbot.storage.gaps import MAX_QUESTION_LENGTH as GAP_QUESTION_LIMIT
from sendbot.storage.history import HistoryEntry

if TYPE_CHECKING:
    from sendbot.discord_app.exts.kb_admin._cog import KbAdmin

log = logging.getLogger("sendbot.kb_admin")

NOT_YOURS = "Only the moderator who opened this can use it."
CANCELLED = f"Cancelled. {NOTHING_CHANGED}"
MODAL_TIMEOUT = 1800.0

Interaction = discord.Interaction[Any]


class Confirm(ExpiringView):
    """Confirm / Cancel for the moderator who asked; both switch off after a press or timeout."""

    what = "a /kb confirmation"

    def __init__(
        self,
        cog: KbAdmin,
        owner_id: int,
        action: Callable[[Interaction], Awaitable[HistoryEntry | None]],
        *,
        label: str,
        timeout: float,
    ) -> None:
        super().__init__(timeout=timeout)
        self.cog = cog
        self.owner_id = owner_id
        self.action = action
        self.confirm.label = label

    def expired_text(self) -> str:
        return f"Not confirmed in time. {NOTHING_CHANGED}"

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        if interaction.user.id != self.owner_id:
            await respond(interaction, NOT_YOURS, ephemeral=True)
            return False
        return await allowed(interaction, self.cog.bot, "a /kb confirmation")

    @ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.switch_off()
        await interaction.response.edit_message(view=self)
        entry = await self.action(interaction)
        # The question asked above greyed buttons would read the same after a timeout.
        await interaction.edit_original_response(content=confirmed_text(entry), view=self)

    @ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.switch_off()
        await interaction.response.edit_message(content=CANCELLED, view=self)


def confirmed_text(entry: HistoryEntry | None) -> str:
    """What a confirmation says once its button was pressed: done, or refused (said below)."""
    if entry is None:
        return f"Refused (the reason is below). {NOTHING_CHANGED}"
    return f"Done: saved as change #{entry.seq}. {next_step(entry)}"


def text_input(
    custom_id: str,
    *,
    default: str | None,
    max_length: int,
    required: bool = True,
    paragraph: bool = False,
    placeholder: str | None = None,
) -> ui.TextInput[Any]:
    """A form's text box, pre-filled with `default` cut to what the box holds."""
    return ui.TextInput(
        custom_id=custom_id,
        style=discord.TextStyle.paragraph if paragraph else discord.TextStyle.short,
        # Cut to fit: a refused text longer than the box (from a client that let it through)
        # reopened as typed makes Discord refuse the whole form.
        default=(default or "")[:max_length] or None,
        max_length=max_length,
        required=required,
        placeholder=placeholder,
    )


FIELD_HINTS = {
    "Statement": "What I say. Every figure in it must be in the quote.",
    "Quote": "Word for word from the source document.",
    "Questions": "One per line: the ways people ask for this fact.",
    "Tags": "Comma-separated (optional).",
    "Measure": "Optional: one key for the same figure in every answer; the newest is latest.",
    "Period": "Optional: what the figure is for: 2024/25, 2023, 2023-09 or 2024-02-08.",
}


def questions_left_out(fact: Fact) -> str:
    """Why the fact form has no Questions box, and how to change them instead."""
    return (
        f"-# Its {len(fact.questions)} questions are longer together than a form's box "
        f"holds ({QUESTIONS_LIMIT:,} characters), so they are left out and kept as they are. "
        "`/kb alias` adds one; to reword or remove one, `/kb export` its file, edit it and "
        "`/kb import` it."
    )


def field_label(name: str, text_box: ui.TextInput[Any]) -> ui.Label[Any]:
    """A fact field's text box under its name and the hint every form about a fact gives."""
    return ui.Label(text=name, description=FIELD_HINTS[name], component=text_box)


TYPED_KEPT = "-# What you typed is kept: open the form again to fix it."
TYPED_TO_COPY = "-# And here it is to copy, should the button have expired:"
# After a stale refusal nothing typed is wrong: the form reopens on the fact as it is now.
TYPED_KEPT_STALE = (
    "-# What you typed is kept: open the form again, on the knowledge base as it is now, "
    "and save it there (the boxes you did not change show the fact as it is now)."
)


def _noted(stale: list[StaleRevision], error: StaleRevision) -> str:
    """The stale refusal's text, noting that the refusal was one (for the note after it)."""
    stale.append(error)
    return form_stale_text(error)


class FactModal(ui.Modal):
    """The fact form: title, statement, quote, questions (one per line), tags (commas).

    Remembers the revision it was opened at: submitted after anyone else's change, it is
    refused (StaleRevision) rather than applied to a fact the moderator never saw. Its
    custom_id says what it is for, so that it is still saved when submitted after its
    timeout or a restart (`late_form`).
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
        typed: FactForm | None = None,
        timeout: float = MODAL_TIMEOUT,
        late: str | None = None,
    ) -> None:
        # `late`: the custom_id of a form submitted after it ended; `fact` is then the fact
        # now, and the digest in the id tells which boxes were changed from the one opened.
        late_id = read_fact_form_id(late) if late else None
        self.late = late_id is not None
        self.late_digest = late_id.digest if late_id else None
        custom_id = late or fact_form_id(
            FactFormId(
                revision,
                as_of,
                fact.id if fact else fact_id or "",
                source_id=None if fact else source.id if source else None,
                digest=box_digest(FactForm.of(fact)) if fact else "",
            )
        )
        extra: dict[str, Any] = {"custom_id": custom_id} if custom_id else {}
        title = "Edit a fact" if fact else "Add a fact"
        super().__init__(title=title, timeout=timeout, **extra)
        self.cog = cog
        self.revision = revision
        self.fact = fact
        self.source = source
        self.fact_id = fact_id
        self.as_of = as_of
        # `typed`: what a refused submission held, shown again instead of the fact's fields.
        form = typed or (FactForm.of(fact) if fact else FactForm())
        self.with_questions = fact is None or questions_fit(fact)
        title_note = "Short label for lists" + (
            "" if fact or fact_id else "; the id is made from it"
        )
        self.title_input = text_input(
            "title", default=form.title, max_length=TITLE_LIMIT, required=not (fact or fact_id)
        )
        self.statement = text_input(
            "statement", default=form.statement, max_length=STATEMENT_LIMIT, paragraph=True
        )
        self.quote = text_input("quote", default=form.quote, max_length=QUOTE_LIMIT, paragraph=True)
        self.questions = text_input(
            "questions",
            default=form.questions,
            max_length=QUESTIONS_LIMIT,
            paragraph=True,
            placeholder="how many special schools opened?",
        )
        self.tags = text_input(
            "tags",
            default=form.tags,
            max_length=TAGS_LIMIT,
            required=False,
            placeholder="special-schools, funding",
        )
        self.add_item(ui.Label(text="Title", description=title_note, component=self.title_input))
        self.add_item(field_label("Statement", self.statement))
        self.add_item(field_label("Quote", self.quote))
        if self.with_questions:
            self.add_item(field_label("Questions", self.questions))
        elif fact is not None:
            # Without a word the box was simply missing, and the moderator looked for it.
            self.add_item(ui.TextDisplay(questions_left_out(fact)))
        self.add_item(field_label("Tags", self.tags))

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
            taken = None if self.fact_id else store.current.kb.fact(fact_id)
            if taken is not None:
                # "a fact with id ... already exists" named an id the moderator never typed,
                # and the form opened again would make the same one from the same title.
                text = TITLE_ID_TAKEN.format(id=fact_id, source=taken.source_id)
                await respond(interaction, f"{NOTHING_CHANGED} {text}", ephemeral=True)
                await self.offer_again(interaction, form)
                return
            fields = form.new_fact(fact_id, self.as_of)
            source_id, revision = self.source.id, self.revision
            stale: list[StaleRevision] = []
            saved = await self.cog.save(
                interaction,
                lambda actor: store.add_fact(
                    source_id, fields, actor=actor, expected_revision=revision
                ),
                on_stale=lambda error: _noted(stale, error),
            )
            if saved is None:
                await self.offer_again(interaction, form, TYPED_KEPT_STALE if stale else TYPED_KEPT)
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
        stale = []
        saved = await self.cog.save(
            interaction,
            lambda actor: store.edit_fact(
                fact.id, changes, actor=actor, expected_revision=revision
            ),
            on_stale=lambda error: _noted(stale, error),
        )
        if saved is None:
            await self.offer_again(interaction, form, TYPED_KEPT_STALE if stale else TYPED_KEPT)

    async def offer_again(
        self, interaction: Interaction, form: FactForm, note: str = TYPED_KEPT
    ) -> None:
        """After a refusal, a button that opens the form again with what was typed: a
        submitted form is gone, and reopening the command would show the fact's old text."""
        view = TypedAgain(self.cog, interaction.user.id, lambda: self.again(form), "the fact form")
        # No origin: the original response is the refusal above, not this message.
        await respond(interaction, note, view=view, ephemeral=True)
        if self.late:
            # Its button lasts 30 minutes and no restart: this moderator's form already
            # outlived one, so the text comes too, to copy.
            for text in typed_replies(TYPED_TO_COPY, form.boxes()):
                await respond(interaction, text, ephemeral=True)

    def again(self, form: FactForm) -> FactModal | str:
        """This form once more, on the knowledge base as it is now, holding `form`."""
        snapshot = self.cog.store.current
        if self.fact is not None:
            fact = snapshot.kb.fact(self.fact.id)
            if fact is None:
                return f"The fact `{self.fact.id}` is no longer there. {NOTHING_CHANGED}"
            return FactModal(
                self.cog,
                revision=snapshot.revision,
                fact=fact,
                as_of=self.as_of,
                typed=rebased(form, self.late_digest or self.fact, fact),
            )
        source = snapshot.kb.source(self.source.id) if self.source else None
        if source is None:
            return f"Its source is no longer there. {NOTHING_CHANGED}"
        return FactModal(
            self.cog,
            revision=snapshot.revision,
            source=source,
            fact_id=self.fact_id,
            as_of=self.as_of,
            typed=form,
        )

    async def on_error(self, interaction: Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error, "the fact form")


TITLE_ID_TAKEN = (
    "The title makes the id `{id}`, which a fact already has (in {source}): change the "
    "title, or give the new fact another id with `/kb add id:`."
)


class TypedAgain(ExpiringView):
    """One button under a refused form: the form again, holding what was typed (`reopen`
    makes it, or says why it cannot)."""

    def __init__(
        self,
        cog: KbAdmin,
        owner_id: int,
        reopen: Callable[[], ui.Modal | str],
        form_name: str,
    ) -> None:
        super().__init__(timeout=MODAL_TIMEOUT)
        self.cog, self.owner_id, self.reopen_form = cog, owner_id, reopen
        self.form_name = form_name
        self.what = f"{form_name}'s button"

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        if interaction.user.id != self.owner_id:
            await respond(interaction, NOT_YOURS, ephemeral=True)
            return False
        return await allowed(interaction, self.cog.bot, self.form_name)

    @ui.button(label="Open the form with what I typed", style=discord.ButtonStyle.primary)
    async def reopen(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        again = self.reopen_form()
        if isinstance(again, str):
            await respond(interaction, again, ephemeral=True)
            return
        await interaction.response.send_modal(again)


class AliasModal(ui.Modal, title="Add a way of asking"):
    """A question (editable) and the fact that should answer it: the gaps' "another fact".
    Its boxes hold all a save needs, so it is saved when submitted late too (`late_form`)."""

    def __init__(
        self, cog: KbAdmin, question: str, fact_id: str, *, late: str | None = None
    ) -> None:
        super().__init__(timeout=MODAL_TIMEOUT, custom_id=late or alias_form_id())
        self.cog = cog
        self.question = text_input("question", default=question, max_length=GAP_QUESTION_LIMIT)
        self.fact_id = text_input(
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
        fact_id, question = self.fact_id.value.strip(), self.question.value.strip()
        saved = await self.cog.save_alias(interaction, fact_id, question)
        if saved is None:
            # A submitted form is gone, and the gaps button opens it on the logged question:
            # a reworded question refused for a mistyped fact id had to be typed again.
            cog = self.cog
            view = TypedAgain(
                cog,
                interaction.user.id,
                lambda: AliasModal(cog, self.question.value, self.fact_id.value),
                "the alias form",
            )
            await respond(interaction, TYPED_KEPT, view=view, ephemeral=True)

    async def on_error(self, interaction: Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error, "the alias form")


def late_form(cog: KbAdmin, custom_id: str) -> ui.Modal | None:
    """The fact or alias form a late submission's custom_id names, made again on the
    knowledge base as it is now, to be submitted as if live: a fact form keeps the revision
    it was opened at, so a change saved meanwhile refuses it, with what was typed kept. None
    when the id is not such a form's, or its fact or source is gone (what was typed is then
    handed back as text)."""
    if is_alias_form_id(custom_id):
        return AliasModal(cog, "", "", late=custom_id)
    form_id = read_fact_form_id(custom_id)
    if form_id is None:
        return None
    kb = cog.store.current.kb
    if form_id.source_id is not None:
        source = kb.source(form_id.source_id)
        if source is None:
            return None
        return FactModal(
            cog,
            revision=form_id.revision,
            source=source,
            fact_id=form_id.fact_id or None,
            as_of=form_id.as_of or source.answered.isoformat(),
            late=custom_id,
        )
    fact = kb.fact(form_id.fact_id)
    if fact is None:
        return None
    return FactModal(cog, revision=form_id.revision, fact=fact, as_of=form_id.as_of, late=custom_id)


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
        entry = await view.cog.save_alias(interaction, fact_id, question)
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
