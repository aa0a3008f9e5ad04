"""The per-server settings table: values by (server, key), kept across reopening."""

from pathlib import Path

from sendbot.storage.guild_settings import STATE_FILE, GuildSettingsStore


def test_values_are_kept_per_server_and_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "new" / STATE_FILE
    store = GuildSettingsStore(path)
    assert not path.exists()  # nothing is created until it is used
    store.set(1, "mentions", "off")
    store.set(1, "channels", "10,11")
    store.set(2, "mentions", "on")
    store.set(1, "mentions", "on")  # replaces
    assert store.get(1, "mentions") == "on"
    assert store.for_guild(1) == {"mentions": "on", "channels": "10,11"}
    store.delete(1, "channels")
    store.delete(1, "missing")
    store.close()

    again = GuildSettingsStore(path)
    assert again.for_guild(1) == {"mentions": "on"}
    assert again.for_guild(2) == {"mentions": "on"}
    assert again.get(3, "mentions") is None
    assert again.for_guild(3) == {}
    again.close()
