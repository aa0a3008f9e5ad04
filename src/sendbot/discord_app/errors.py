"""Errors in commands, buttons and listeners: logged with context, a short note to the user.

The log line names the command (or button), the user, the guild and the channel; never the
token or the interaction's token. The user gets an ephemeral message and the bot carries on.
"""

from __future__ import annotations

import logging
import math
from typing import Any

import discord
from discord import app_commands

from sendbot.discord_app.send import respond

log = logging.getLogger("sendbot.discord")

SORRY = "Sorry, something went wrong on my side. It has been logged; please try again."
NOT_ALLOWED = "You can't use that here."
BAD_OPTION = "I couldn't read one of the options; please check it and try again."
NOT_HERE = "That command is not available here."  # a server, or a DM
# /kb from a client that still lists it where it is not registered: a server that is not (or
# is no longer) a home server, or a DM. Said as /kb's own refusals say it.
KB_NOT_HERE = (
    "/kb is not available here: the knowledge base is kept from its home servers only. "
    "Nothing was changed."
)


class Refused(app_commands.CheckFailure):
    """A check turned the user away; the message is written for them and is shown as it is."""


def too_quick_text(retry_after: float) -> str:
    return f"You're asking quickly: please try again in {max(1, math.ceil(retry_after))} s."


def user_message(error: BaseException) -> tuple[str, bool]:
    """(what to tell the user, whether it is a bug worth a traceback in the log)."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, Refused):
        return str(error), False
    if isinstance(error, app_commands.CommandNotFound):
        return (KB_NOT_HERE if error.name == "kb" else NOT_HERE), False  # not registered there
    if isinstance(error, app_commands.CommandOnCooldown):
        return too_quick_text(error.retry_after), False
    if isinstance(error, app_commands.CheckFailure):
        return NOT_ALLOWED, False
    if isinstance(error, app_commands.TransformerError):
        return BAD_OPTION, False
    return SORRY, True


def where(interaction: discord.Interaction[Any], what: str | None = None) -> str:
    if what is None:
        command = interaction.command
        what = f"/{command.qualified_name}" if command is not None else "interaction"
    return (
        f"{what} (user {interaction.user.id}, guild {interaction.guild_id}, "
        f"channel {interaction.channel_id})"
    )


async def report_error(
    interaction: discord.Interaction[Any], error: BaseException, what: str | None = None
) -> None:
    text, bug = user_message(error)
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    context = where(interaction, what)
    if bug:
        log.error("error in %s", context, exc_info=original)
    else:
        log.info("refused %s: %s", context, text)
    if interaction.type is discord.InteractionType.autocomplete:
        return  # it can only answer with choices; an empty list is already the outcome
    try:
        await respond(interaction, text, ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not tell the user about the error in %s: %s", context, exc)


def log_listener_error(event: str, message: discord.Message | None = None) -> None:
    """For use in an `except` block of a listener: the traceback with the message's context."""
    if message is None:
        log.exception("error in %s", event)
        return
    log.exception(
        "error in %s (message %s, user %s, guild %s, channel %s)",
        event,
        message.id,
        message.author.id,
        message.guild.id if message.guild else None,
        message.channel.id,
    )
