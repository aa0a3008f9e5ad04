"""Per-server settings: kept per guild, replaced, forgotten, and surviving a restart."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

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


def test_an_update_sees_what_another_stored_since_and_a_refusal_stores_nothing(
    tmp_path: Path,
) -> None:
    # Two processes sharing the database: the second adds to what the first stored, not to
    # the list it read before.
    first, second = GuildSettings(tmp_path), GuildSettings(tmp_path)
    first.set(1, "channels", "10")
    second.set(0, "dms", "off")

    def add_20(stored: dict[str, str], bot_wide: dict[str, str]) -> str:
        assert bot_wide == {"dms": "off"}
        return ",".join([stored["channels"], "20"])

    assert second.update(1, "channels", add_20) == "10,20"
    assert first.get(1, "channels") == "10,20"

    def refuse(stored: dict[str, str], bot_wide: dict[str, str]) -> str:
        raise ValueError("That channel is already in the list.")

    with pytest.raises(ValueError):
        first.update(2, "channels", refuse)
    assert first.all_for_guild(2) == {}


def test_first_changes_at_once_to_a_new_database_all_kept(tmp_path: Path) -> None:
    # Two first connections switching a new database to WAL at once: SQLite does not wait for
    # that switch, and one admin was told the settings could not be saved.
    for trial in range(25):
        store = GuildSettings(tmp_path / str(trial))
        failed: list[BaseException] = []
        together = threading.Barrier(4)

        def add(
            channel: int,
            store: GuildSettings = store,
            failed: list[BaseException] = failed,
            together: threading.Barrier = together,
        ) -> None:
            together.wait()
            try:
                store.update(1, "channels", lambda stored, _: _with(stored, channel))
            except Exception as exc:  # collected: a thread's exception would be lost
                failed.append(exc)

        threads = [threading.Thread(target=add, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failed == []
        assert sorted(store.get(1, "channels").split(",")) == ["0", "1", "2", "3"]


def _with(stored: dict[str, str], channel: int) -> str:
    return ",".join([*filter(None, stored.get("channels", "").split(",")), str(channel)])
