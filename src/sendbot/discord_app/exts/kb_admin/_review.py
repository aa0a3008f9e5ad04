"""The /kb ingest review: each drafted fact shown with Keep, Edit and Drop, then Save.

The review in progress is kept in the data directory (`sendbot.storage.review_states`) as
each decision is made, so that a restart or a timeout loses none of it: the buttons keep
their custom_ids (`review_button_id`), and a press on them once nothing in memory answers
picks the review up again from disk (`_ingest.press_late`). A review saved to its end, or
cancelled, is removed from disk.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from sendbot.answering.trend import value_text
from sendbot.discord_app.errors import report_error
from sendbot.discord_app.expiring import ExpiringView
from sendbot.discord_app.exts.kb_admin._access import allowed
from sendbot.discord_app.exts.kb_admin._form_fields import TEXT_INPUT_LIMIT
from sendbot.discord_app.exts.kb_admin._form_ids import review_button_id, review_form_id
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
from sendbot.knowledge.document_records import drafted_count
from sendbot.knowledge.errors import StaleRevision
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import FigureKind
from sendbot.knowledge.review import MAX_STATEMENT, Decision, DraftReview
from sendbot.storage.atomic import LockTimeout
from sendbot.storage.review_states import ReviewDiscarded, SavedReview, input_digest, now_utc

if TYPE_CHECKING:
    from sendbot.discord_app.exts.kb_admin._cog import KbAdmin

log = logging.getLogger("sendbot.kb_admin")

Interaction = discord.Interaction[Any]

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
# The buttons stay on after the timeout: the review is on disk, and a press picks it up.
PAUSED = (
    "This review was paused after {minutes} minutes without a press. Every decision so far "
    "is kept: press a button below, or run /kb ingest with no options, to go on. {saved}"
)
# Its files were removed while its buttons were live: `sendbot kb reviews --discard`.
DISCARDED = (
    "This review was discarded (`sendbot kb reviews --discard`), so nothing was done; answers "
    "of it already saved stay saved. Run /kb ingest to review the answer from the start."
)
# ... or while a Save of one answer of several was under way: that answer is saved.
REST_DISCARDED = (
    "The rest of this review was discarded meanwhile (`sendbot kb reviews --discard`): the "
    "answers after this one were not saved. Run /kb ingest to review them from the start."
)
SAVE_REFUSED = "**Not saved** (the reason is in the message below); the review is kept."
# How long a press waits for the reviews' lock (`sendbot kb reviews --discard`, another bot
# writing): Discord drops a press not answered within 3 s, and each wait holds one of the few
# threads every blocking call of the bot shares.
PRESS_LOCK_SECONDS = 1.5
# ... and what the review then says, until a press writes it.
NOT_KEPT_YET = (
    "-# Not kept on disk yet: another process held the reviews folder. Your next press keeps "
    "this and every decision before it."
)


def fact_embed(review: DraftReview) -> EmbedSpec:
    """The fact being reviewed, or the summary once every fact is decided."""
    source = review.draft.data["source"]
    answered = source["answered"]  # "22 February 2023", as every other reply writes a date
    when = human_date(answered) if isinstance(answered, dt.date) else str(answered)
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

    Every decision is written to the data directory before the message shows it (`keep_state`),
    so that the review outlives this view: see the module's docstring.
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
        *,
        review_id: str,
        started: dt.datetime | None = None,
    ) -> None:
        super().__init__(timeout=self.timeout_seconds)
        self.review_id = review_id
        self.started = started or now_utc()
        # Said once above the next review shown: why a review was picked up again.
        self.note = ""
        self.unkept = False  # its last write found the reviews' lock held: NOT_KEPT_YET
        self.cog = cog
        self.owner_id = owner_id
        self.review, self.later = reviews[0], reviews[1:]
        self.raw = raw
        # Whether `raw` is on disk beside the review: until it is, each keep writes it too, so
        # a first write that failed (a full disk, say) is made good by the next press.
        self.input_kept = False
        self.revision = revision
        self.saved = saved  # answers of this input saved so far
        # A refused edit's text (statement, questions, measure, period) and the fact it was
        # for: Edit opens with it, so nothing typed is lost.
        self.typed: tuple[int, str, str, str, str] | None = None
        for action, item in self._actions().items():
            item.custom_id = review_button_id(review_id, action)
        if not self.later:
            self.remove_item(self.skip)
        self._update_buttons()
        # The one live view of this review: a review picked up elsewhere switches it off.
        earlier = cog.live_reviews.get(review_id)
        if earlier is not None and earlier is not self:
            earlier.switch_off()
        cog.live_reviews[review_id] = self

    def _actions(self) -> dict[str, ui.Button[Any]]:
        return {
            "keep": self.keep,
            "edit": self.edit,
            "drop": self.drop,
            "save": self.save,
            "skip": self.skip,
            "cancel": self.cancel,
        }

    def action(self, name: str) -> ui.Button[Any]:
        """The button a review button's custom_id names."""
        return self._actions()[name]

    def stop(self) -> None:
        super().stop()
        if self.cog.live_reviews.get(self.review_id) is self:
            del self.cog.live_reviews[self.review_id]

    def state(self) -> SavedReview:
        """The review as it stands, to keep on disk."""
        return SavedReview(
            review_id=self.review_id,
            owner_id=self.owner_id,
            revision=self.revision,
            saved=self.saved,
            input_sha256=input_digest(self.raw),
            reviews=(self.review, *self.later),
            started=self.started,
            updated=now_utc(),
        )

    async def keep_state(self) -> bool:
        """Write the review to the data directory (its input too, until that is written). A
        failure is logged, not shown: the review goes on in memory, and the next press writes
        it again, the input included. False, nothing written and the buttons switched off,
        when the review was discarded from the command line while this press was under way.
        The lock is waited for in a thread, at most PRESS_LOCK_SECONDS: past that the review
        goes on in memory and says it is not kept yet (NOT_KEPT_YET)."""
        raw = None if self.input_kept else self.raw
        try:
            await asyncio.to_thread(
                self.cog.reviews.keep, self.state(), raw, timeout=PRESS_LOCK_SECONDS
            )
        except ReviewDiscarded:
            self.switch_off()
            return False
        except (OSError, LockTimeout) as exc:
            log.warning("could not keep the /kb ingest review %s: %s", self.review_id, exc)
            if isinstance(exc, LockTimeout):
                self.unkept = True
            return True
        self.input_kept = True
        self.unkept = False
        return True

    async def forget_state(self) -> None:
        """Remove the finished or cancelled review from the data directory."""
        await asyncio.to_thread(self.cog.reviews.remove, self.review_id)

    def content(self) -> str:
        notes = "".join(f"\n-# {escape(note)}" for note in self.review.draft.notes)
        which = ""
        if self.later or self.saved:
            which = f"{escape(self.review.draft.label)} ({len(self.later)} more after it): "
        count = drafted_count(fact.get("tags", ()) for fact in self.review.facts)
        said = f"{self.note}\n" if self.note else ""
        if self.unkept:
            said = f"{said}{NOT_KEPT_YET}\n"
        return clip(
            f"{said}{which}Drafted {count} from "
            f"{escape(self.review.origin)}. "
            f"Keep, edit or drop each, then Save: nothing is saved before that.{notes}",
            MESSAGE_LIMIT,
        )

    def embed(self) -> discord.Embed:
        return to_embed(fact_embed(self.review))

    def expired_text(self) -> str:
        # "Keep, edit or drop each, then Save" alone read as if the buttons were still live.
        saved = f"{self.saved} answer(s) of it are saved already." if self.saved else ""
        minutes = round(self.timeout_seconds / 60)
        return clip(PAUSED.format(minutes=minutes, saved=saved).rstrip(), MESSAGE_LIMIT)

    async def on_timeout(self) -> None:
        """Say the review is paused, its buttons left on (`ExpiringView` switches them off)."""
        if self.cog.live_reviews.get(self.review_id) is self:
            del self.cog.live_reviews[self.review_id]
        if self.origin is None:
            return
        try:
            await self.origin.edit_original_response(
                content=self.expired_text(), view=self, allowed_mentions=NO_MENTIONS
            )
        except discord.HTTPException as exc:
            log.info("could not say the /kb ingest review paused: %s", exc)

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
        """Keep the review on disk, then show it as it now stands."""
        if not await self.keep_state():
            await interaction.response.edit_message(content=DISCARDED, embed=None, view=self)
            return
        self._update_buttons()
        content, self.note = self.content(), ""
        await interaction.response.edit_message(
            content=content, embed=self.embed(), view=self, allowed_mentions=NO_MENTIONS
        )

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        if interaction.user.id != self.owner_id:
            await respond(interaction, NOT_YOURS, ephemeral=True)
            return False
        if not await allowed(interaction, self.cog.bot, self.what):
            return False
        return await self.not_discarded(interaction)

    async def not_discarded(self, interaction: Interaction) -> bool:
        """False, the buttons switched off and the moderator told, when the review was
        discarded on disk since it was last written (never before its first write)."""
        if not self.input_kept:
            return True
        try:
            kept = await asyncio.to_thread(self.cog.reviews.still_kept, self.review_id)
        except OSError:
            return True  # cannot tell: the press goes on as before
        if kept:
            return True
        self.switch_off()
        await interaction.response.edit_message(content=DISCARDED, embed=None, view=self)
        return False

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
            if not await self.keep_state():
                text = DISCARDED
            elif self.unkept:
                # This reply is the press's only answer: said here, not left for the next
                # screen (the review message is not redrawn).
                text = f"{text}\n{NOT_KEPT_YET}"
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
            await self.forget_state()
            # The last answer: the message says it is saved, not "nothing is saved before that".
            await interaction.edit_original_response(
                content=self.saved_content(entry.seq), view=self, allowed_mentions=NO_MENTIONS
            )
            return
        await self._next(interaction, entry.revision_after, self.saved + 1, entry.seq)

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
        if not await view.keep_state():
            await interaction.response.edit_message(content=DISCARDED, embed=None, view=view)
            return
        await interaction.response.edit_message(
            content=view.content(), embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS
        )

    @ui.button(label="Cancel", style=discord.ButtonStyle.secondary, row=1)
    async def cancel(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        self.switch_off()
        await self.forget_state()
        done = f"{self.saved} answer(s) saved before this stay saved." if self.saved else ""
        await interaction.response.edit_message(
            content=f"Cancelled. {done or NOTHING_CHANGED}", embed=None, view=self
        )

    async def _again(self, interaction: Interaction) -> None:
        """After a refused Save (the refusal is told apart), the same review with its buttons
        back on: the moderator changes what was refused and saves, not starts again."""
        view = self._view_of([self.review, *self.later], self.revision, self.saved)
        if not await view.keep_state():
            await interaction.edit_original_response(content=DISCARDED, embed=None, view=view)
            return
        content = clip(f"{view.content()}\n{SAVE_REFUSED}", MESSAGE_LIMIT)
        await interaction.edit_original_response(
            content=content, embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS
        )

    def _next_view(self, revision: int, saved: int) -> ReviewView:
        """The review of the list's next answer, with a fresh set of buttons."""
        return self._view_of(self.later, revision, saved)

    def _view_of(self, reviews: list[DraftReview], revision: int, saved: int) -> ReviewView:
        """A fresh set of buttons on `reviews`, shown in this review's message."""
        view = ReviewView(
            self.cog,
            self.owner_id,
            reviews,
            self.raw,
            revision,
            saved,
            review_id=self.review_id,
            started=self.started,
        )
        view.origin = self.origin
        # Its input is on disk already: the new buttons' first write must not bring back a
        # review discarded in the meantime.
        view.input_kept = self.input_kept
        return view

    async def _next(self, interaction: Interaction, revision: int, saved: int, change: int) -> None:
        """After a save, show the list's next answer in this message."""
        if not self.later:
            return
        view = self._next_view(revision, saved)
        if not await view.keep_state():
            await interaction.edit_original_response(
                content=f"{self.saved_content(change)} {REST_DISCARDED}", embed=None, view=view
            )
            return
        await interaction.edit_original_response(
            content=view.content(), embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS
        )


class ReviewEditModal(ui.Modal, title="Edit the drafted fact"):
    """The statement, questions, measure key and period of the fact under review; the quote
    stays the source's."""

    def __init__(self, view: ReviewView) -> None:
        # Its custom_id names the review and the fact: submitted after a restart or past its
        # timeout, it is applied to the review kept on disk (`_ingest.late_press`).
        custom_id = review_form_id(view.review_id, view.review.position)
        super().__init__(timeout=REVIEW_TIMEOUT, custom_id=custom_id)
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
        if not await allowed(interaction, self.view.cog.bot, "the /kb ingest edit form"):
            return False
        return await self.view.not_discarded(interaction)

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
