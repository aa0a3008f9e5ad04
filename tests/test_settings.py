"""The moderators' settings: roles, audit channel, how often the knowledge files are checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.settings import (
    DEFAULT_LOCK_SECONDS,
    DEFAULT_RELOAD_SECONDS,
    NoHomeDirectory,
    Settings,
    SettingsError,
)


def test_moderator_roles_audit_channel_and_reload_interval() -> None:
    settings = Settings.from_env(
        {
            "SENDBOT_MOD_ROLES": "111111111111111111, 222222222222222222",
            "SENDBOT_AUDIT_CHANNEL": "333333333333333333",
            "SENDBOT_RELOAD_SECONDS": "2.5",
        }
    )
    assert settings.mod_roles == (111111111111111111, 222222222222222222)
    assert settings.audit_channel == 333333333333333333
    assert settings.reload_interval == 2.5
    plain = Settings.from_env({})
    assert (plain.mod_roles, plain.audit_channel) == ((), None)
    assert plain.reload_interval == DEFAULT_RELOAD_SECONDS == 5.0


@pytest.mark.parametrize("value", ["0", "-1", "soon", "7200"])
def test_a_bad_reload_interval_is_refused(value: str) -> None:
    with pytest.raises(SettingsError, match="SENDBOT_RELOAD_SECONDS must be a number of seconds"):
        Settings.from_env({"SENDBOT_RELOAD_SECONDS": value})


def test_the_lock_limit_is_a_minute_unless_set() -> None:
    assert Settings.from_env({}).lock_timeout == DEFAULT_LOCK_SECONDS == 60.0
    assert Settings.from_env({"SENDBOT_LOCK_SECONDS": " 2.5 "}).lock_timeout == 2.5
    # `sendbot kb` commands, which leave the Discord settings alone, wait as long as the bot.
    assert Settings.from_env({"SENDBOT_LOCK_SECONDS": "5"}, for_discord=False).lock_timeout == 5


@pytest.mark.parametrize("value", ["0", "0.05", "-1", "soon", "7200", "nan", "inf", "1e9"])
def test_a_bad_lock_limit_is_refused(value: str) -> None:
    with pytest.raises(SettingsError, match=r"^SENDBOT_LOCK_SECONDS must be a number of seconds"):
        Settings.from_env({"SENDBOT_LOCK_SECONDS": value}, for_discord=False)


def test_bad_moderator_settings_are_refused() -> None:
    with pytest.raises(SettingsError, match="SENDBOT_MOD_ROLES must be Discord ids"):
        Settings.from_env({"SENDBOT_MOD_ROLES": "Moderator"})
    with pytest.raises(SettingsError, match="SENDBOT_AUDIT_CHANNEL takes one id"):
        Settings.from_env({"SENDBOT_AUDIT_CHANNEL": "111111111111111111,222222222222222222"})


@pytest.mark.parametrize(
    "value",
    [
        "-5",
        "+5",
        "0",
        "1_000",
        "99999999999999999999999999",
        "١٢٣",
        "12.0",
        "12",
        "1234567890123456",
    ],
)
@pytest.mark.parametrize("name", ["SENDBOT_CHANNELS", "SENDBOT_HOME_GUILDS"])
def test_a_number_that_cannot_be_a_discord_id_is_refused(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=f"^{name} must be Discord ids separated by commas"):
        Settings.from_env({name: f"123456789012345678, {value}"})
    # A setting of one id says so: "ids separated by commas" invited a list it refuses.
    with pytest.raises(SettingsError, match=r"^SENDBOT_DEV_GUILD must be one Discord id "):
        Settings.from_env({"SENDBOT_DEV_GUILD": value})


@pytest.mark.parametrize(
    ("name", "value", "kind"),
    [
        ("SENDBOT_CHANNELS", "123456789012345678, #general", "channel"),
        ("SENDBOT_HOME_GUILDS", "My Server", "server"),
        ("SENDBOT_MOD_ROLES", "@Moderator", "role"),
        ("SENDBOT_AUDIT_CHANNEL", "mod-log", "channel"),
    ],
)
def test_a_name_given_for_an_id_is_named_and_where_ids_are_found_is_said(
    name: str, value: str, kind: str
) -> None:
    # It said only "must be Discord ids separated by commas (like 123456789012345678)".
    written = value.split(", ")[-1]
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({name: value})
    assert str(refused.value).endswith(
        f"(like 123456789012345678), not '{written}': a {kind}'s id, not its name; turn on "
        f"Developer Mode (Discord's settings, Advanced), then right-click the {kind} and "
        f"choose Copy {kind.title()} ID"
    )
    with pytest.raises(SettingsError, match=rf"^{name} must be .*, not '-5'$"):
        Settings.from_env({name: "-5"})


def test_a_data_directory_inside_the_knowledge_directory_is_refused(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    with pytest.raises(SettingsError, match="must not be inside the knowledge directory"):
        Settings.from_env({"SENDBOT_KB": str(kb), "SENDBOT_DATA": str(kb / "data")})


def test_how_many_previous_versions_to_keep() -> None:
    assert Settings.from_env({}).keep_versions == 20
    assert Settings.from_env({"SENDBOT_KEEP_VERSIONS": "5"}).keep_versions == 5
    for bad in ("0", "-1", "many", "2.5"):
        with pytest.raises(SettingsError, match="SENDBOT_KEEP_VERSIONS must be a whole number"):
            Settings.from_env({"SENDBOT_KEEP_VERSIONS": bad})


def test_home_servers_message_content_and_shards() -> None:
    settings = Settings.from_env(
        {
            "SENDBOT_HOME_GUILDS": "111111111111111111, 222222222222222222",
            "SENDBOT_MESSAGE_CONTENT": "on",
            "SENDBOT_SHARD_COUNT": "8",
            "SENDBOT_SHARD_IDS": "0-2,5",
        }
    )
    assert settings.home_guilds == (111111111111111111, 222222222222222222)
    assert settings.message_content is True
    assert (settings.shard_count, settings.shard_ids) == (8, (0, 1, 2, 5))
    plain = Settings.from_env({})
    assert (plain.home_guilds, plain.message_content, plain.shard_count) == ((), False, None)
    assert Settings.from_env({"SENDBOT_CHANNELS": "333333333333333333"}).message_content is True
    assert not Settings.from_env(
        {"SENDBOT_CHANNELS": "333333333333333333", "SENDBOT_MESSAGE_CONTENT": "off"}
    ).message_content


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"SENDBOT_HOME_GUILDS": "my server"}, "SENDBOT_HOME_GUILDS must be Discord ids"),
        ({"SENDBOT_MESSAGE_CONTENT": "maybe"}, "SENDBOT_MESSAGE_CONTENT must be on or off"),
        ({"SENDBOT_SHARD_IDS": "0-3"}, "SENDBOT_SHARD_IDS needs SENDBOT_SHARD_COUNT"),
        ({"SENDBOT_SHARD_COUNT": "0"}, "SENDBOT_SHARD_COUNT must be a whole number"),
        ({"SENDBOT_SHARD_COUNT": "4", "SENDBOT_SHARD_IDS": "3-4"}, "must be below"),
        ({"SENDBOT_SHARD_COUNT": "4", "SENDBOT_SHARD_IDS": "one"}, "must be shard numbers"),
    ],
)
def test_bad_server_and_shard_settings_are_refused(env: dict[str, str], problem: str) -> None:
    with pytest.raises(SettingsError, match=problem):
        Settings.from_env(env)


def test_a_path_starting_with_a_tilde_is_in_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`SENDBOT_DATA=~/sendbot` in .env (or quoted) is not expanded by a shell: it made a
    directory called `~` wherever sendbot ran."""
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = Settings.from_env({"SENDBOT_DATA": "~/sendbot-data", "SENDBOT_KB": "~/kb"})
    assert settings.data_dir == tmp_path / "sendbot-data"
    assert settings.kb_path == tmp_path / "kb"
    given = Settings.from_env({}, kb_path="~/other-kb", data_dir="~/other-data")
    assert (given.kb_path, given.data_dir) == (tmp_path / "other-kb", tmp_path / "other-data")
    with pytest.raises(SettingsError, match="~no-such-user-here/data: no user no-such-user-here"):
        Settings.from_env({"SENDBOT_DATA": "~no-such-user-here/data"})


@pytest.mark.parametrize(
    "name", ["SENDBOT_DEV_GUILD", "SENDBOT_AUDIT_CHANNEL", "SENDBOT_MOD_ROLES"]
)
def test_an_id_too_short_to_be_a_snowflake_says_how_long_one_is(name: str) -> None:
    with pytest.raises(SettingsError, match=r"a Discord id has 17 to 20 digits, this has 2$"):
        Settings.from_env({name: "12"})
    assert Settings.from_env({name: "81384788765712384"})  # 17 digits: an id from 2015


@pytest.mark.parametrize("home", ["", "/", "relative/home"])
def test_no_home_directory_is_refused_rather_than_data_in_the_root(home: str) -> None:
    """HOME empty (or "/", as Docker gives a user without one) put the data directory at
    /.local/share/sendbot: `sendbot ask` created it there."""
    with pytest.raises(NoHomeDirectory, match="give --data DIR or set SENDBOT_DATA"):
        Settings.from_env({"HOME": home})
    # Any of the other ways to name it still works.
    assert Settings.from_env({"HOME": home, "SENDBOT_DATA": "/srv/d"}).data_dir == Path("/srv/d")
    assert Settings.from_env({"HOME": home}, data_dir="/srv/d").data_dir == Path("/srv/d")
    chosen = Settings.from_env({"HOME": home, "XDG_DATA_HOME": "/srv/xdg"})
    assert chosen.data_dir == Path("/srv/xdg/sendbot")


def test_a_relative_xdg_data_home_is_ignored_as_the_xdg_rules_say(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": "here"}
    assert Settings.from_env(env).data_dir == tmp_path / ".local" / "share" / "sendbot"
