"""/kb ingest: draft facts from a written answer (an uploaded file, or a UIN or URL fetched
from the Written Questions API), review them one by one (keep, edit or drop), then save them
as a new source in one change, with history, undo and the audit message.

The drafting is `sendbot.knowledge.drafts`, the decisions `sendbot.knowledge.review`; this
module fetches the input and shows the review. Nothing is saved before Save is pressed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from sendbot.answering.trend import value_text
from sendbot.discord_app.errors import report_error
from sendbot.discord_app.expiring import ExpiringView
from sendbot.discord_app.exts.kb_admin._access import allowed
from sendbot.discord_app.exts.kb_admin._form_fields import TEXT_INPUT_LIMIT
from sendbot.discord_app.exts.kb_admin._forms import field_label, text_input
from sendbot.discord_app.exts.kb_admin._render import NOTHING_CHANGED, code
from sendbot.discord_app.render import (
    FIELD_VALUE_LIMIT,
    MESSAGE_LIMIT,
    EmbedSpec,
    Field,
    clip,
    escape,
    fit,
)
from sendbot.discord_app.send import NO_MENTIONS, respond, to_embed
from sendbot.knowledge.binary_files import binary_kind
from sendbot.knowledge.document_records import drafted_count
from sendbot.knowledge.drafts import Draft, Drafts, draft_input
from sendbot.knowledge.errors import KnowledgeError, StaleRevision
from sendbot.knowledge.ingest import IngestError
from sendbot.knowledge.model import FigureKind, KnowledgeBase
from sendbot.knowledge.review import MAX_STATEMENT, Decision, DraftReview
from sendbot.knowledge.same_answer import drafted_source, same_answer
from sendbot.knowledge.verbatim import question_key
from sendbot.knowledge.wq_api import one_question, question_ref
from sendbot.knowledge.yamltext import MAX_BYTES, decode
from sendbot.settings import environment
from sendbot.storage.wq_client import FetchError, api_base_url, fetch_question_json

if TYPE_CHECKING:
    from sendbot.discord_app.exts.kb_admin._cog import KbAdmin

log = logging.getLogger("sendbot.kb_admin")

REVIEW_TIMEOUT = 840.0  # under the 15 minutes an interaction's token lasts
MAX_MEASURE = 80  # a slug of a few words: "high-need-funding-increase"
MAX_PERIOD = 10  # "2024/25", "2023-09", "2024-02-08"
NOT_YOURS = "Only the moderator who opened this can use it."
CHANGED_DURING_REVIEW = (
    "The knowledge base changed while you reviewed (revision {before} is now {now}). Your "
    "review is kept and is checked against the new revision when you press Save again. "
    + NOTHING_CHANGED
)
NOTHING_SAVED = "nothing was saved."
SAVE_REFUSED = "**Not saved** (the reason is in the message below); the review is kept."
# "Edit that source instead" left a moderator to guess how, on Discord.
CHANGE_IT_INSTEAD = (
    "change its facts with /kb edit or add one with /kb add instead (or /kb export its file, "
    "edit it and bring it back with /kb import)."
)

# A PDF or a Word file was refused as "not UTF-8 text: save it as UTF-8": say what to give.
NOT_TEXT = (
    "Nothing drafted: {name} is {kind}, not text. Upload the written answer's page saved as "
    "text (.txt) or the Written Questions API's JSON, or give its UIN in `answer`. "
    + NOTHING_CHANGED
)
Interaction = discord.Interaction[Any]
Download = Callable[[str, str, int], Awaitable[bytes]]


async def start_ingest(
    cog: KbAdmin,
    interaction: Interaction,
    file: discord.Attachment | None,
    answer: str | None,
    download: Download,
) -> None:
    """Get the input, draft it, and show the first fact for review."""
    if (file is None) == (answer is None):
        text = f"Give either `file` or `answer` (a UIN or its page URL). {NOTHING_CHANGED}"
        await respond(interaction, text, ephemeral=True)
        return
    if file is not None and file.size > MAX_BYTES:
        text = f"{escape(file.filename)} is over the {MAX_BYTES:,}-byte limit. {NOTHING_CHANGED}"
        await respond(interaction, text, ephemeral=True)
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        if file is not None:
            raw, name = await download(file.url, file.filename, MAX_BYTES), file.filename
            if kind := binary_kind(raw):
                text = NOT_TEXT.format(name=escape(name), kind=kind)
                await respond(interaction, clip(text, MESSAGE_LIMIT), ephemeral=True)
                return
        else:
            assert answer is not None
            raw, name = await asyncio.to_thread(_fetch, answer.strip())
        drafts = await asyncio.to_thread(_draft, raw, name)
    except (IngestError, KnowledgeError, FetchError, ValueError) as exc:
        text = f"Nothing drafted: {escape(_sentence(exc))} {NOTHING_CHANGED}"
        await respond(interaction, clip(text, MESSAGE_LIMIT), ephemeral=True)
        return
    except Exception as exc:  # a download that failed: aiohttp's errors, a timeout
        log.warning("could not get %s for /kb ingest: %s", file or answer, exc)
        text = f"I could not download that; please try again. {NOTHING_CHANGED}"
        await respond(interaction, text, ephemeral=True)
        return
    snapshot = cog.store.current
    reviews, problem = _reviews(drafts, name, snapshot.kb, raw)
    if problem:
        await respond(interaction, clip(problem, MESSAGE_LIMIT), ephemeral=True)
        return
    view = ReviewView(cog, interaction.user.id, reviews, raw, snapshot.revision)
    await respond(interaction, view.content(), embed=view.embed(), view=view, ephemeral=True)
    view.origin = interaction


def _fetch(answer: str) -> tuple[bytes, str]:
    """The API's reply for one question, as JSON bytes, and a name for it."""
    ref = question_ref(answer)
    raw = fetch_question_json(ref, base_url=api_base_url(environment()))
    payload, _ = one_question(json.loads(raw), ref)
    return json.dumps(payload, ensure_ascii=False).encode("utf-8"), f"{ref.uin}.json"


def _draft(raw: bytes, name: str) -> Drafts:
    return draft_input(decode(raw, name), name=name, today=dt.date.today())


def _reviews(
    drafts: Drafts, origin: str, kb: KnowledgeBase, raw: bytes
) -> tuple[list[DraftReview], str | None]:
    """A review per drafted answer not already in the knowledge base, or why there is none."""
    skipped = "\n".join(f"- {escape(str(item))}" for item in drafts.skipped)
    if not drafts.drafts:
        return [], f"Nothing drafted. {NOTHING_CHANGED}\n{skipped}"
    present = [(draft, _already_in(draft, kb, raw, origin)) for draft in drafts.drafts]
    if all(reason for _, reason in present):
        lines = [escape(reason) for _, reason in present if reason]
        return [], clip("\n".join([*lines, NOTHING_CHANGED]), MESSAGE_LIMIT)
    taken = {fact.id for fact in kb}
    questions = {question_key(q): fact.id for fact in kb for q in fact.questions}
    new = [draft for draft, reason in present if not reason]
    # Said with the first answer reviewed, so that a list's missing answer is not a mystery.
    left_out = tuple(f"{draft.label} is left out: {reason}" for draft, reason in present if reason)
    new[0] = dataclasses.replace(new[0], notes=(*left_out, *new[0].notes))
    return [DraftReview.of(draft, origin, taken, questions) for draft in new], None


def _already_in(draft: Draft, kb: KnowledgeBase, raw: bytes, origin: str) -> str | None:
    """Why the draft's answer is one the knowledge base has (by source id, document, question
    or answer text), or None."""
    source_id = draft.data["source"]["id"]
    if kb.source(source_id) is not None:
        return f"{source_id} is already in the knowledge base: {CHANGE_IT_INSTEAD}"
    text = draft.document if draft.document is not None else decode(raw, origin)
    found = same_answer(drafted_source(draft.data, text), (f.source for f in kb.files))
    return found.message(source_id, CHANGE_IT_INSTEAD) if found else None


def _sentence(error: Exception) -> str:
    """The error in one line ending as a sentence does, so that what follows reads apart."""
    text = " ".join(str(error).split())
    return text if text.endswith((".", "!", "?")) else f"{text}."


def fact_embed(review: DraftReview) -> EmbedSpec:
    """The fact being reviewed, or the summary once every fact is decided."""
    source = review.draft.data["source"]
    answered = source["answered"]  # "22 February 2023", as every other reply writes a date
    when = f"{answered:%-d %B %Y}" if isinstance(answered, dt.date) else str(answered)
    footer = f"{source['title']} · answered {when} · {review.origin}"
    if review.done:
        lines = [
            f"{'kept' if decision is Decision.KEEP else 'dropped'}: {code(fact['id'])}"
            for fact, decision in zip(review.facts, review.decisions, strict=True)
        ]
        return fit(
            EmbedSpec(
                title=f"Review done: {review.kept} of {len(review.facts)} facts kept",
                description="\n".join(lines),
                footer=footer,
            )
        )
    fact = review.current
    figures = ", ".join(
        f"{_figure_text(figure)} ({escape(figure['label'])})" for figure in fact.get("figures", ())
    )
    fields = [
        Field("Quote", clip(escape(fact["quote"]), FIELD_VALUE_LIMIT)),
        Field("Questions", clip(escape("\n".join(fact["questions"])), FIELD_VALUE_LIMIT)),
    ]
    if figures:
        fields.append(Field("Figures", clip(figures, FIELD_VALUE_LIMIT)))
    if fact.get("measure") or fact.get("period"):
        fields.append(Field("Measure", measure_text(fact)))
    return fit(
        EmbedSpec(
            title=f"Fact {review.position + 1} of {len(review.facts)}: {fact['id']}",
            description=escape(fact["statement"]),
            fields=tuple(fields),
            footer=footer,
        )
    )


def measure_text(fact: dict[str, Any]) -> str:
    """ "`high-need-funding` for 2024/25": the key that ties this figure to the same measure's
    figures in other answers (the newest is the latest), and the period it is for."""
    measure = code(fact["measure"]) if fact.get("measure") else "no measure"
    period = fact.get("period")
    return f"{measure} for {escape(str(period))}" if period else f"{measure}, for its date"


def _figure_text(figure: dict[str, Any]) -> str:
    """A drafted figure as a reader says it: "£1bn", "50,000", "10.6%", not "1000000000"."""
    value, kind = figure["value"], FigureKind(figure["kind"])
    if kind is FigureKind.DATE or isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)  # a date, a year or a period, as written
    return value_text(value, kind)


class ReviewView(ExpiringView):
    """Keep, Edit or Drop the fact shown; Save the kept ones as a new source; or Cancel.

    A list of several answers is reviewed one answer after another: Save (or Skip answer)
    moves on to the next, each saved as its own source.
    """

    what = "the /kb ingest review"
    timeout_seconds = REVIEW_TIMEOUT  # without a press; a class attribute for tests to shorten

    def __init__(
        self,
        cog: KbAdmin,
        owner_id: int,
        reviews: list[DraftReview],
        raw: bytes,
        revision: int,
        saved: int = 0,
    ) -> None:
        super().__init__(timeout=self.timeout_seconds)
        self.cog = cog
        self.owner_id = owner_id
        self.review, self.later = reviews[0], reviews[1:]
        self.raw = raw
        self.revision = revision
        self.saved = saved  # answers of this input saved so far
        # A refused edit's text (statement, questions, measure, period) and the fact it was
        # for: Edit opens with it, so nothing typed is lost.
        self.typed: tuple[int, str, str, str, str] | None = None
        if not self.later:
            self.remove_item(self.skip)
        self._update_buttons()

    def content(self) -> str:
        notes = "".join(f"\n-# {escape(note)}" for note in self.review.draft.notes)
        which = ""
        if self.later or self.saved:
            which = f"{escape(self.review.draft.label)} ({len(self.later)} more after it): "
        count = drafted_count(fact.get("tags", ()) for fact in self.review.facts)
        return clip(
            f"{which}Drafted {count} from "
            f"{escape(self.review.origin)}. "
            f"Keep, edit or drop each, then Save: nothing is saved before that.{notes}",
            MESSAGE_LIMIT,
        )

    def embed(self) -> discord.Embed:
        return to_embed(fact_embed(self.review))

    def expired_text(self) -> str:
        # Greyed buttons under "Keep, edit or drop each, then Save" read as if Save still could.
        saved = (
            f"{self.saved} answer(s) saved before this one stay saved; this one was not."
            if self.saved
            else NOTHING_SAVED
        )
        return clip(
            f"This review has expired (its buttons stop {round(REVIEW_TIMEOUT / 60)} minutes "
            f"after the last press): {saved} Run /kb ingest again to review "
            f"{escape(self.review.origin)} from the start.",
            MESSAGE_LIMIT,
        )

    def _update_buttons(self) -> None:
        done = self.review.done
        self.keep.disabled = self.edit.disabled = self.drop.disabled = done
        self.save.disabled = self.review.kept == 0
        # Save before the last fact is decided leaves the rest out: said on the button, where
        # "Save 1 kept" under "Fact 2 of 4" read as "save so far and go on".
        unreviewed = self.review.decisions.count(Decision.UNDECIDED)
        dropped = f", drop {unreviewed} unreviewed" if unreviewed and self.review.kept else ""
        self.save.label = f"Save {self.review.kept} kept{dropped}"

    async def show(self, interaction: Interaction) -> None:
        self._update_buttons()
        await interaction.response.edit_message(
            content=self.content(), embed=self.embed(), view=self, allowed_mentions=NO_MENTIONS
        )

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        if interaction.user.id != self.owner_id:
            await respond(interaction, NOT_YOURS, ephemeral=True)
            return False
        return await allowed(interaction, self.cog.bot, self.what)

    @ui.button(label="Keep", style=discord.ButtonStyle.success)
    async def keep(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.review.decide(Decision.KEEP)
        await self.show(interaction)

    @ui.button(label="Edit", style=discord.ButtonStyle.primary)
    async def edit(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        await interaction.response.send_modal(ReviewEditModal(self))

    @ui.button(label="Drop", style=discord.ButtonStyle.secondary)
    async def drop(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.review.decide(Decision.DROP)
        await self.show(interaction)

    @ui.button(label="Save", style=discord.ButtonStyle.danger, row=1)
    async def save(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        now = self.cog.store.current.revision
        if now != self.revision:
            # Another change was saved during the review. A new source overwrites nothing of
            # it, so the review is kept (not refused and lost): one more press saves it.
            text = CHANGED_DURING_REVIEW.format(before=self.revision, now=now)
            self.revision = now
            await respond(interaction, text, ephemeral=True)
            return
        self.switch_off()
        await interaction.response.edit_message(view=self)
        source = self.review.source_file(self.raw)
        store, revision = self.cog.store, self.revision

        def kept_for_one_more_press(stale: StaleRevision) -> str:
            # Another moderator's change was saved while this Save waited its turn: as when
            # it came before the press, the review is kept, not refused with "reopen it".
            self.revision = stale.actual
            return CHANGED_DURING_REVIEW.format(before=stale.expected, now=stale.actual)

        entry = await self.cog.save(
            interaction,
            lambda actor: store.add_source(
                source.file_name,
                source.text,
                source.document_name,
                source.document,
                actor=actor,
                expected_revision=revision,
            ),
            on_stale=kept_for_one_more_press,
        )
        if entry is None:
            await self._again(interaction)
            return
        if not self.later:
            # The last answer: the message says it is saved, not "nothing is saved before that".
            await interaction.edit_original_response(
                content=self.saved_content(entry.seq), view=self, allowed_mentions=NO_MENTIONS
            )
            return
        await self._next(interaction, entry.revision_after, self.saved + 1)

    def saved_content(self, change: int) -> str:
        count = self.review.kept
        return clip(
            f"Saved as change #{change}: {count} fact{'s' if count != 1 else ''} from "
            f"{escape(self.review.origin)}. /kb undo reverts it, until someone saves a newer "
            "change.",
            MESSAGE_LIMIT,
        )

    @ui.button(label="Skip answer", style=discord.ButtonStyle.secondary, row=1)
    async def skip(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.switch_off()
        view = self._next_view(self.revision, self.saved)
        await interaction.response.edit_message(
            content=view.content(), embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS
        )

    @ui.button(label="Cancel", style=discord.ButtonStyle.secondary, row=1)
    async def cancel(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.switch_off()
        done = f"{self.saved} answer(s) saved before this stay saved." if self.saved else ""
        await interaction.response.edit_message(
            content=f"Cancelled. {done or NOTHING_CHANGED}", embed=None, view=self
        )

    async def _again(self, interaction: Interaction) -> None:
        """After a refused Save (the refusal is told apart), the same review with its buttons
        back on: the moderator changes what was refused and saves, not starts again."""
        view = self._view_of([self.review, *self.later], self.revision, self.saved)
        content = clip(f"{view.content()}\n{SAVE_REFUSED}", MESSAGE_LIMIT)
        await interaction.edit_original_response(
            content=content, embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS
        )

    def _next_view(self, revision: int, saved: int) -> ReviewView:
        """The review of the list's next answer, with a fresh set of buttons."""
        return self._view_of(self.later, revision, saved)

    def _view_of(self, reviews: list[DraftReview], revision: int, saved: int) -> ReviewView:
        """A fresh set of buttons on `reviews`, shown in this review's message."""
        view = ReviewView(self.cog, self.owner_id, reviews, self.raw, revision, saved)
        view.origin = self.origin
        return view

    async def _next(self, interaction: Interaction, revision: int, saved: int) -> None:
        """After a save, show the list's next answer in this message."""
        if not self.later:
            return
        view = self._next_view(revision, saved)
        await interaction.edit_original_response(
            content=view.content(), embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS
        )


class ReviewEditModal(ui.Modal, title="Edit the drafted fact"):
    """The statement, questions, measure key and period of the fact under review; the quote
    stays the source's."""

    def __init__(self, view: ReviewView) -> None:
        super().__init__(timeout=REVIEW_TIMEOUT)
        self.view = view
        fact = view.review.current
        statement, questions = fact["statement"], "\n".join(fact["questions"])
        measure, period = fact.get("measure", ""), str(fact.get("period", ""))
        if view.typed is not None and view.typed[0] == view.review.position:
            _, statement, questions, measure, period = view.typed
        # (`text_input` cuts each to fit its box: Discord refuses a form pre-filled beyond one)
        self.statement = text_input(
            "statement", default=statement, max_length=MAX_STATEMENT, paragraph=True
        )
        self.questions = text_input(
            "questions", default=questions, max_length=TEXT_INPUT_LIMIT, paragraph=True
        )
        self.measure = text_input(
            "measure", default=measure, max_length=MAX_MEASURE, required=False
        )
        self.period = text_input("period", default=period, max_length=MAX_PERIOD, required=False)
        self.add_item(field_label("Statement", self.statement))
        self.add_item(field_label("Questions", self.questions))
        self.add_item(field_label("Measure", self.measure))
        self.add_item(field_label("Period", self.period))

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        return await allowed(interaction, self.view.cog.bot, "the /kb ingest edit form")

    async def on_submit(self, interaction: Interaction, /) -> None:
        view = self.view
        problem = view.review.edit(
            self.statement.value,
            self.questions.value.splitlines(),
            measure=self.measure.value,
            period=self.period.value,
        )
        if problem:
            view.typed = (
                view.review.position,
                self.statement.value,
                self.questions.value,
                self.measure.value,
                self.period.value,
            )
            text = (
                f"Not changed: {escape(problem)}. The fact is still shown for review; Edit "
                "opens with what you typed."
            )
            await respond(interaction, text, ephemeral=True)
            return
        view.typed = None
        await view.show(interaction)

    async def on_error(self, interaction: Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error, "the /kb ingest edit form")
