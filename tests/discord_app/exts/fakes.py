"""Fakes for discord.py objects that fail on misspelt attributes and wrong call signatures.

Objects whose methods the code calls (Message, Interaction, InteractionResponse, Webhook)
are built with create_autospec(spec_set=True): reading or setting an attribute the real class
lacks raises AttributeError, and calling a method with an argument it does not take raises
TypeError. Plain holders of ids (Member, Guild, TextChannel) are MagicMock(spec_set=...), which
still refuses misspelt attributes and is far quicker to build. Properties are set explicitly
(autospec cannot see through them).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest.mock import MagicMock, create_autospec

import discord

from sendbot.answering.fact_index import FactIndex
from sendbot.discord_app.client import SendBot
from sendbot.settings import BUNDLED_KNOWLEDGE, Settings

ME = 900_000_000_000_000_001
ASKER = 420_000_000_000_000_042
GUILD = 500_000_000_000_000_005


class ListMisses:
    def __init__(self) -> None:
        self.records: list[tuple[str, str, tuple[str, ...]]] = []

    def record(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        self.records.append((question, reason, tuple(suggested)))


def make_bot(index: FactIndex, tmp_path: Path, **settings: Any) -> tuple[SendBot, ListMisses]:
    misses = ListMisses()
    config = Settings(kb_path=BUNDLED_KNOWLEDGE, data_dir=tmp_path, **settings)
    return SendBot(config, lambda: index, misses=misses), misses


def member(user_id: int = ASKER, *, bot: bool = False) -> MagicMock:
    fake = MagicMock(spec_set=discord.Member)
    fake.id = user_id
    fake.bot = bot
    return fake


def client_user() -> MagicMock:
    fake = MagicMock(spec_set=discord.ClientUser)
    fake.id = ME
    return fake


def interaction(
    client: discord.Client,
    user_id: int = ASKER,
    *,
    done: bool = False,
    message: MagicMock | None = None,
    kind: discord.InteractionType = discord.InteractionType.application_command,
) -> MagicMock:
    fake = create_autospec(discord.Interaction, instance=True, spec_set=True)
    fake.user = member(user_id)
    fake.client = client
    fake.guild_id = 1
    fake.channel_id = 2
    fake.command = None
    fake.type = kind
    fake.message = message
    fake.response = create_autospec(discord.InteractionResponse, instance=True, spec_set=True)
    fake.response.is_done.return_value = done
    fake.followup = create_autospec(discord.Webhook, instance=True, spec_set=True)
    return fake


def message(
    content: str,
    *,
    message_id: int = 1,
    author: MagicMock | None = None,
    channel_id: int = 10,
    in_guild: bool = True,
    mentions: Sequence[int] = (),
    webhook_id: int | None = None,
    embeds: Sequence[discord.Embed] = (),
) -> MagicMock:
    fake = create_autospec(discord.Message, instance=True, spec_set=True)
    fake.id = message_id
    fake.content = content
    fake.author = author or member()
    fake.channel = MagicMock(spec_set=discord.TextChannel)
    fake.channel.id = channel_id
    fake.guild = MagicMock(spec_set=discord.Guild) if in_guild else None
    if fake.guild is not None:
        fake.guild.id = GUILD
    fake.raw_mentions = list(mentions)
    fake.mentions = [member(user_id) for user_id in mentions]
    fake.webhook_id = webhook_id
    fake.embeds = list(embeds)
    fake.message_snapshots = []  # not a forward
    return fake


def sent(mock_method: Any) -> dict[str, Any]:
    """The keyword arguments of the one awaited call, with content as 'content'."""
    mock_method.assert_awaited_once()
    call = mock_method.await_args
    kwargs = dict(call.kwargs)
    if call.args:
        kwargs["content"] = call.args[0]
    return kwargs


def custom_ids(view: discord.ui.View | None) -> list[str]:
    if view is None:
        return []
    return [item.custom_id for item in view.children if isinstance(item, discord.ui.Button)] + [
        item.custom_id  # type: ignore[attr-defined]
        for item in view.children
        if isinstance(item, discord.ui.DynamicItem)
    ]
