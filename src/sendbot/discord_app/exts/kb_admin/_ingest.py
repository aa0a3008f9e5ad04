"""/kb ingest: draft facts from a written answer (an uploaded file, or a UIN or URL fetched
from the Written Questions API), review them one by one (keep, edit or drop), then save them
as a new source in one change, with history, undo and the audit message.

The drafting is `sendbot.knowledge.drafts`, the decisions `sendbot.knowledge.review`, the
review's buttons `_review`; this module fetches the input and starts the review, or picks up
one kept on disk (`sendbot.storage.review_states`): /kb ingest with no input, or with an input
already under review, and a press on a review's buttons that nothing in memory answers (after
a restart, or once its view timed out). Nothing is added to the knowledge base before Save.
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

from sendbot.discord_app.exts.kb_admin._access import allowed
from sendbot.discord_app.exts.kb_admin._form_ids import (
    read_review_button_id,
    read_review_form_id,
)
from sendbot.discord_app.exts.kb_admin._render import NOTHING_CHANGED
from sendbot.discord_app.exts.kb_admin._review import NOT_YOURS, ReviewEditModal, ReviewView
from sendbot.discord_app.late_forms import typed_boxes, typed_replies
from sendbot.discord_app.render import MESSAGE_LIMIT, clip, escape
from sendbot.discord_app.send import NO_MENTIONS, respond
from sendbot.knowledge.binary_files import binary_kind
from sendbot.knowledge.drafts import Draft, Drafts, draft_input
from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.ingest import IngestError
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.review import DraftReview
from sendbot.knowledge.same_answer import drafted_source, same_answer
from sendbot.knowledge.verbatim import question_key
from sendbot.knowledge.wq_api import one_question, question_ref
from sendbot.knowledge.yamltext import MAX_BYTES, decode
from sendbot.settings import environment
from sendbot.storage.review_states import SavedReview, input_digest, new_review_id, now_utc
from sendbot.storage.wq_client import FetchError, api_base_url, fetch_question_json

if TYPE_CHECKING:
    from sendbot.discord_app.exts.kb_admin._cog import KbAdmin

log = logging.getLogger("sendbot.kb_admin")

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
# Said above a review picked up from disk, and why it was.
PICKED_UP = "Picked up where you left off: every decision so far is kept."
SAME_INPUT = (
    "You were already reviewing this: picked up where you left off. Cancel it to start over."
)
CHANGED_SINCE = (
    "The knowledge base has changed since (revision {before} is now {now}): Save checks the "
    "review against it."
)
OTHERS_IN_PROGRESS = (
    "-# You have {count} other review(s) in progress: pick any of them with /kb ingest `review`."
)
NO_SUCH_REVIEW = (
    "You have no unfinished review {chosen} (it may be saved, cancelled, or cleared after a day "
    "untouched): pick one of those `review` offers. " + NOTHING_CHANGED
)
ONE_INPUT = f"Give one of `file`, `answer` or `review`. {NOTHING_CHANGED}"
REVIEW_GONE = (
    "This review is over (saved, cancelled, or cleared after a day untouched), so nothing was "
    "done. Run /kb ingest again to review the answer from the start."
)
MOVED_ON = (
    "This form was for fact {number}, and the review has moved on since (it is at {now}), so "
    "nothing was changed. What you typed is below, box by box, to copy."
)
GIVE_AN_INPUT = (
    "Give either `file` or `answer` (a UIN or its page URL); with neither, /kb ingest picks up "
    f"a review you left unfinished, and you have none. {NOTHING_CHANGED}"
)
Interaction = discord.Interaction[Any]
Download = Callable[[str, str, int], Awaitable[bytes]]


async def start_ingest(
    cog: KbAdmin,
    interaction: Interaction,
    file: discord.Attachment | None,
    answer: str | None,
    download: Download,
    review: str | None = None,
) -> None:
    """Get the input, draft it, and show the first fact for review; with no input, the
    moderator's latest review in progress (or the one picked in `review`), and with an input
    under review, that review."""
    if review is not None and (file is not None or answer is not None):
        await respond(interaction, ONE_INPUT, ephemeral=True)
        return
    if review is not None:
        await resume_chosen(cog, interaction, review.strip())
        return
    if file is None and answer is None:
        await resume_latest(cog, interaction)
        return
    if file is not None and answer is not None:
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
        if await _resume_same_input(cog, interaction, raw):
            return
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
    view = ReviewView(
        cog, interaction.user.id, reviews, raw, snapshot.revision, review_id=new_review_id()
    )
    await view.keep_state()
    await respond(interaction, view.content(), embed=view.embed(), view=view, ephemeral=True)
    view.origin = interaction


async def _in_progress(cog: KbAdmin, owner_id: int) -> list[SavedReview]:
    """The moderator's reviews kept on disk, the latest first (none if they cannot be read)."""
    try:
        return await asyncio.to_thread(cog.reviews.of_owner, owner_id)
    except OSError as exc:
        log.warning("could not read the /kb ingest reviews in progress: %s", exc)
        return []


async def resume_latest(cog: KbAdmin, interaction: Interaction) -> None:
    """/kb ingest with no input: show the moderator's latest review in progress."""
    found = await _in_progress(cog, interaction.user.id)
    if not found:
        await respond(interaction, GIVE_AN_INPUT, ephemeral=True)
        return
    others = OTHERS_IN_PROGRESS.format(count=len(found) - 1) if len(found) > 1 else ""
    await _show_resumed(cog, interaction, found[0].review_id, PICKED_UP, others)


async def resume_chosen(cog: KbAdmin, interaction: Interaction, review_id: str) -> None:
    """/kb ingest `review`: show the unfinished review the moderator picked, any of theirs."""
    mine = {saved.review_id for saved in await _in_progress(cog, interaction.user.id)}
    if review_id in mine and await _show_resumed(cog, interaction, review_id, PICKED_UP):
        return
    chosen = f"`{escape(clip(review_id, 40))}`" if review_id else "by that name"
    await respond(interaction, NO_SUCH_REVIEW.format(chosen=chosen), ephemeral=True)


async def _resume_same_input(cog: KbAdmin, interaction: Interaction, raw: bytes) -> bool:
    """Show the moderator's review in progress of these very bytes, if there is one."""
    digest = input_digest(raw)
    for saved in await _in_progress(cog, interaction.user.id):
        if saved.input_sha256 == digest:
            return await _show_resumed(cog, interaction, saved.review_id, SAME_INPUT)
    return False


async def _show_resumed(
    cog: KbAdmin, interaction: Interaction, review_id: str, why: str, after: str = ""
) -> bool:
    """The review kept on disk, in a new message with live buttons; False if it is gone."""
    found = await _load(cog, review_id)
    if found is None:
        return False
    view = _restored(cog, *found, why)
    content = f"{view.content()}\n{after}" if after else view.content()
    view.note = ""
    await respond(
        interaction, clip(content, MESSAGE_LIMIT), embed=view.embed(), view=view, ephemeral=True
    )
    view.origin = interaction
    return True


async def _load(cog: KbAdmin, review_id: str) -> tuple[SavedReview, bytes] | None:
    """The review kept on disk and its input; None when there is none, or it is stale (then
    it is removed: never picked up against what may have changed in a day)."""
    try:
        found = await asyncio.to_thread(cog.reviews.load, review_id)
    except OSError as exc:
        log.warning("could not read the /kb ingest review %s: %s", review_id, exc)
        return None
    if found is None:
        return None
    saved, raw = found
    if saved.stale(now_utc()):
        await asyncio.to_thread(cog.reviews.remove, review_id)
        return None
    return saved, raw


def _restored(cog: KbAdmin, saved: SavedReview, raw: bytes, why: str) -> ReviewView:
    """A live view of a review kept on disk (any other live view of it is switched off),
    saying `why` it was picked up, and that the knowledge base changed since, if it did."""
    view = ReviewView(
        cog,
        saved.owner_id,
        list(saved.reviews),
        raw,
        saved.revision,
        saved.saved,
        review_id=saved.review_id,
        started=saved.started,
    )
    view.input_kept = True  # it was read from disk
    now = cog.store.current.revision
    changed = (
        f" {CHANGED_SINCE.format(before=saved.revision, now=now)}" if now != saved.revision else ""
    )
    view.note = f"{why}{changed}"
    return view


def late_press(cog: KbAdmin, custom_id: str) -> Callable[[Interaction], Awaitable[None]] | None:
    """What a press on a review's button, or its edit form submitted, does when nothing in
    memory answers it (after a restart, or after a timeout); None when `custom_id` is neither
    a review button's nor a review form's."""
    form = read_review_form_id(custom_id)
    if form is not None:
        return lambda interaction: _submit_late(cog, interaction, *form)
    named = read_review_button_id(custom_id)
    if named is None:
        return None
    review_id, action = named

    async def pick_up(interaction: Interaction) -> None:
        found = await _load(cog, review_id)
        if found is None:
            await respond(interaction, REVIEW_GONE, ephemeral=True)
            return
        if interaction.user.id != found[0].owner_id:
            await respond(interaction, NOT_YOURS, ephemeral=True)
            return
        if not await allowed(interaction, cog.bot, ReviewView.what):
            return
        view = _restored(cog, *found, PICKED_UP)
        view.origin = interaction
        # The press does what it says on the review as kept, which the message shows.
        await view.action(action).callback(interaction)

    return pick_up


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


async def _submit_late(
    cog: KbAdmin, interaction: Interaction, review_id: str, position: int
) -> None:
    """A review's edit form submitted once nothing in memory waits for it: applied to the
    review kept on disk, if it is still at that fact; else what was typed is handed back."""
    data: Any = interaction.data or {}
    typed = typed_boxes(data.get("components") or ())
    found = await _load(cog, review_id)
    if found is None:
        replies = typed_replies(REVIEW_GONE, typed)
    elif interaction.user.id != found[0].owner_id:
        replies = [NOT_YOURS]
    elif found[0].reviews[0].position != position:
        review = found[0].reviews[0]
        now = "the summary" if review.done else f"fact {review.position + 1}"
        replies = typed_replies(MOVED_ON.format(number=position + 1, now=now), typed)
    else:
        view = _restored(cog, *found, PICKED_UP)
        view.origin = interaction
        boxes = dict(typed)
        view.typed = (
            position,
            boxes.get("statement", ""),
            boxes.get("questions", ""),
            boxes.get("measure", ""),
            boxes.get("period", ""),
        )
        # Made again with what was typed as each box's text (a TextInput's value until a
        # submission sets it), then checked and submitted through the form's public hooks,
        # as discord.py submits a live one (its Modal._scheduled_task).
        modal = ReviewEditModal(view)
        try:
            if await modal.interaction_check(interaction):
                await modal.on_submit(interaction)
        except Exception as exc:
            await modal.on_error(interaction, exc)
        return
    await respond(interaction, replies[0], ephemeral=True)
    for more in replies[1:]:
        await interaction.followup.send(more, ephemeral=True, allowed_mentions=NO_MENTIONS)
