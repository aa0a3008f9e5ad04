"""Each server's settings as the bot reads them, when the state database cannot be read."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from sendbot.discord_app.server_settings import ServerSettings
from sendbot.settings import Settings
from sendbot.storage.guild_settings import GuildSettings


async def test_an_unreadable_database_is_logged_once_not_for_every_server(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A bot started over a damaged database logged an error for each server, once a minute.
    data = tmp_path / "data"
    data.mkdir()
    (data / "state.sqlite3").write_bytes(b"garbage" * 100)
    settings = Settings(kb_path=tmp_path / "kb", data_dir=data, answer_channels=(7,))
    servers = ServerSettings(GuildSettings(data), settings)
    with caplog.at_level(logging.ERROR, logger="sendbot.settings"):
        configs = [await servers.of(guild) for guild in (1, 2, 3)]
    assert [config.answer_channels for config in configs] == [frozenset({7})] * 3
    (record,) = caplog.records
    assert record.getMessage() == (
        f"cannot read {data / 'state.sqlite3'}: file is not a database; the knowledge files "
        "are unaffected: restore it from a backup, or move it aside to start history, gaps "
        "and stats afresh; using the defaults"
    )
