"""Buttons and forms that nothing in this process answers any more.

A page turner, a confirmation and a form live in memory: after a restart (or a deploy) their
buttons are still on the message, and pressing one reached no view, so Discord told the
moderator only "This interaction failed" (a form left open past its timeout likewise). Such a
press now gets one private line saying what happened; a form's submission, what was typed in
it too (`late_forms`: a form that says what it was for is submitted late instead, and
`late_presses`: a /kb ingest review's buttons and form pick the review up from disk; neither
reaches here).

Whether anything answers is decided as discord.py's view store routes the interaction, in the
same synchronous step, before any view's callback has run (a view that stops after the press
would otherwise look gone already).
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord.ui.view import ViewStore

from sendbot.discord_app.late_forms import typed_boxes, typed_replies
from sendbot.discord_app.send import NO_MENTIONS

log = logging.getLogger("sendbot.orphans")

# A form also ends when left open past its timeout, and a button whose switching off failed
# (an expired token) can still be pressed: the words fit both.
ORPHAN_BUTTON = (
    "These buttons have expired, or sendbot has restarted since, so nothing was done. "
    "Run the command again."
)
ORPHAN_FORM = (
    "This form was open too long, or sendbot has restarted since, so nothing was saved. "
    "What you typed is below, box by box: run the command again and copy it into the new form."
)


def is_orphaned(store: ViewStore, interaction: discord.Interaction[Any]) -> bool:
    """True for a button, select or form submission that no live view, dynamic item or
    modal in `store` will receive (the lookups discord.py's `ViewStore` makes)."""
    data: Any = interaction.data or {}
    custom_id = data.get("custom_id")
    if not isinstance(custom_id, str):
        return False
    if interaction.type is discord.InteractionType.modal_submit:
        return custom_id not in store._modals
    if interaction.type is not discord.InteractionType.component:
        return False
    if any(pattern.fullmatch(custom_id) for pattern in store._dynamic_items):
        return False
    key = (data.get("component_type"), custom_id)
    message_id = interaction.message.id if interaction.message is not None else None
    return key not in store._views.get(message_id, {}) and key not in store._views.get(None, {})


async def say_orphaned(interaction: discord.Interaction[Any]) -> None:
    """Answer an orphaned press privately (a form's with what was typed in it, which would
    otherwise be lost); a failure is only logged (nothing else waits)."""
    replies = [ORPHAN_BUTTON]
    if interaction.type is discord.InteractionType.modal_submit:
        data: Any = interaction.data or {}
        replies = typed_replies(ORPHAN_FORM, typed_boxes(data.get("components") or ()))
    try:
        await interaction.response.send_message(
            replies[0], ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        for more in replies[1:]:
            await interaction.followup.send(more, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as exc:
        log.info("could not answer a press of buttons from before a restart: %s", exc)
