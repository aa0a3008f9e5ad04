"""What the user is told, and what is logged, when something fails in an interaction."""

from __future__ import annotations

import logging
from pathlib import Path
from unittest.mock import MagicMock

import discord
import pytest
from discord import app_commands

from sendbot.answering.fact_index import FactIndex
from sendbot.discord_app.errors import (
    BAD_OPTION,
    KB_NOT_HERE,
    NOT_ALLOWED,
    NOT_HERE,
    SORRY,
    report_error,
    user_message,
)
from tests.discord_app.exts.fakes import ASKER, interaction, make_bot, sent


def test_user_messages() -> None:
    cooldown = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 30), 12.2)
    assert user_message(cooldown) == ("You're asking quickly: please try again in 13 s.", False)
    assert user_message(app_commands.CheckFailure()) == (NOT_ALLOWED, False)
    transformer = app_commands.TransformerError(
        "x", discord.AppCommandOptionType.string, MagicMock()
    )
    assert user_message(transformer) == (BAD_OPTION, False)
    # A command the server does not have; /kb says why (it was "not available here").
    assert user_message(app_commands.CommandNotFound("fact", [])) == (NOT_HERE, False)
    assert user_message(app_commands.CommandNotFound("kb", [])) == (KB_NOT_HERE, False)
    assert "home servers" in KB_NOT_HERE

    async def callback(interaction: discord.Interaction) -> None:
        return None

    command = app_commands.Command(name="ask", description="d", callback=callback)
    wrapped = app_commands.CommandInvokeError(command, RuntimeError("boom"))
    assert user_message(wrapped) == (SORRY, True)


async def test_a_bug_is_logged_with_context_and_the_user_told(
    shipped_index: FactIndex, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bot, _ = make_bot(shipped_index, tmp_path)
    failed = interaction(bot)
    with caplog.at_level(logging.INFO, logger="sendbot"):
        await report_error(failed, RuntimeError("boom"), "/ask")
    # (Run first, make_bot's client also logs discord.py's voice warnings.)
    (record,) = [r for r in caplog.records if r.name.startswith("sendbot")]
    assert record.levelno == logging.ERROR
    assert record.getMessage() == f"error in /ask (user {ASKER}, guild 1, channel 2)"
    assert sent(failed.response.send_message)["ephemeral"] is True


async def test_autocomplete_errors_are_only_logged(
    shipped_index: FactIndex, tmp_path: Path
) -> None:
    bot, _ = make_bot(shipped_index, tmp_path)
    typing = interaction(bot, kind=discord.InteractionType.autocomplete)
    await report_error(typing, RuntimeError("boom"))
    typing.response.send_message.assert_not_awaited()


async def test_when_telling_the_user_fails_too(
    shipped_index: FactIndex, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bot, _ = make_bot(shipped_index, tmp_path)
    failed = interaction(bot, done=True)
    failed.followup.send.side_effect = discord.NotFound(MagicMock(status=404), "expired")
    await report_error(failed, app_commands.CheckFailure())
    assert "could not tell the user" in caplog.text
