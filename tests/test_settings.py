"""The moderators' settings: roles, audit channel, how often the knowledge files are checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.settings import DEFAULT_RELOAD_SECONDS, Settings, SettingsError


def test_moderator_roles_audit_channel_and_reload_interval() -> None:
    settings = Settings.from_env(
        {
            "SENDBOT_MOD_ROLES": "111, 222",
            "SENDBOT_AUDIT_CHANNEL": "333",
            "SENDBOT_RELOAD_SECONDS": "2.5",
        }
    )
    assert settings.mod_roles == (111, 222)
    assert settings.audit_channel == 333
    assert settings.reload_interval == 2.5
    plain = Settings.from_env({})
    assert (plain.mod_roles, plain.audit_channel) == ((), None)
    assert plain.reload_interval == DEFAULT_RELOAD_SECONDS == 5.0


@pytest.mark.parametrize("value", ["0", "-1", "soon", "7200"])
def test_a_bad_reload_interval_is_refused(value: str) -> None:
    with pytest.raises(SettingsError, match="SENDBOT_RELOAD_SECONDS must be a number of seconds"):
        Settings.from_env({"SENDBOT_RELOAD_SECONDS": value})


def test_bad_moderator_settings_are_refused() -> None:
    with pytest.raises(SettingsError, match="SENDBOT_MOD_ROLES must be Discord ids"):
        Settings.from_env({"SENDBOT_MOD_ROLES": "Moderator"})
    with pytest.raises(SettingsError, match="SENDBOT_AUDIT_CHANNEL takes one id"):
        Settings.from_env({"SENDBOT_AUDIT_CHANNEL": "1,2"})


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
