"""Per-server settings: kept per guild, replaced, forgotten, and surviving a restart."""

from __future__ import annotations

from pathlib import Path

from sendbot.storage.guild_settings import GuildSettings


def test_settings_are_kept_per_server(tmp_path: Path) -> None:
    settings = GuildSettings(tmp_path)
    assert settings.get(1, "channel") is None
    assert settings.all_for_guild(1) == {}

    settings.set(1, "channel", "123")
    settings.set(1, "channel", "456")  # replaced, not added
    settings.set(1, "audit", "789")
    settings.set(2, "channel", "999")

    again = GuildSettings(tmp_path)  # as after a restart
    assert again.get(1, "channel") == "456"
    assert again.all_for_guild(1) == {"audit": "789", "channel": "456"}
    assert again.all_for_guild(2) == {"channel": "999"}
    assert again.delete(1, "channel") is True
    assert again.delete(1, "channel") is False
    assert again.all_for_guild(1) == {"audit": "789"}


def test_reading_an_empty_data_dir_creates_nothing(tmp_path: Path) -> None:
    settings = GuildSettings(tmp_path / "data")
    assert settings.get(1, "x") is None
    assert settings.delete(1, "x") is False
    assert not (tmp_path / "data").exists()
