"""What is in force on a server: stored /settings values over the environment's defaults."""

from pathlib import Path

from sendbot.discord_app.server_config import (
    ADMINISTRATOR,
    AUDIT,
    CHANNELS,
    DMS,
    EMBED_LINKS,
    MENTIONS,
    MOD_ROLES,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    adding,
    misplaced_audit_channel,
    missing_to_post,
    removing,
    resolve,
    unknown_mod_roles,
)
from sendbot.settings import Settings

HOME, OTHER_HOME, ELSEWHERE = 5, 6, 7
ENV = Settings(
    kb_path=Path("kb"),
    data_dir=Path("data"),
    home_guilds=(HOME, OTHER_HOME),
    answer_channels=(10,),
    mod_roles=(20,),
    audit_channel=30,
)


def test_defaults_come_from_the_environment() -> None:
    config = resolve(ELSEWHERE, {}, {}, ENV)
    assert (config.home, config.answer_channels, config.mentions, config.dms) == (
        False,
        frozenset({10}),
        True,
        True,
    )
    assert (config.audit_channel, config.chosen) == (None, frozenset())


def test_a_default_answer_channel_belongs_to_its_own_server_only() -> None:
    # SENDBOT_CHANNELS 10 is known to be a channel of HOME, 40 of ELSEWHERE; 50 is not known.
    env = Settings(kb_path=Path("kb"), data_dir=Path("data"), answer_channels=(10, 40, 50))
    known = {10: HOME, 40: ELSEWHERE}
    assert resolve(HOME, {}, {}, env, env_channel_guilds=known).answer_channels == {10, 50}
    assert resolve(ELSEWHERE, {}, {}, env, env_channel_guilds=known).answer_channels == {40, 50}
    assert resolve(OTHER_HOME, {}, {}, env, env_channel_guilds=known).answer_channels == {50}
    # A server's own choice is kept as chosen.
    chosen = resolve(HOME, {CHANNELS: "40"}, {}, env, env_channel_guilds=known)
    assert chosen.answer_channels == {40}


def test_stored_values_win_and_are_marked_chosen() -> None:
    stored = {CHANNELS: "11,12", MENTIONS: "off", AUDIT: "31", MOD_ROLES: "21"}
    config = resolve(HOME, stored, {DMS: "off"}, ENV)
    assert config.answer_channels == frozenset({11, 12})
    assert (config.mentions, config.dms, config.audit_channel) == (False, False, 31)
    assert config.mod_roles == (21,)
    assert config.chosen == {CHANNELS, MENTIONS, AUDIT, MOD_ROLES, DMS}
    assert resolve(HOME, {AUDIT: ""}, {}, ENV).audit_channel is None  # switched off
    assert resolve(HOME, {CHANNELS: ""}, {}, ENV).answer_channels == frozenset()


def test_home_only_values_are_ignored_elsewhere() -> None:
    config = resolve(ELSEWHERE, {AUDIT: "31", MOD_ROLES: "21"}, {}, ENV)
    assert (config.audit_channel, config.mod_roles, config.chosen) == (None, (20,), frozenset())


def test_the_environment_audit_channel_belongs_to_one_home_server() -> None:
    assert resolve(HOME, {}, {}, ENV).audit_channel == 30  # unknown: the first home server
    assert resolve(OTHER_HOME, {}, {}, ENV).audit_channel is None
    assert resolve(OTHER_HOME, {}, {}, ENV, env_audit_guild=OTHER_HOME).audit_channel == 30
    assert resolve(HOME, {}, {}, ENV, env_audit_guild=OTHER_HOME).audit_channel is None


def test_direct_messages_have_no_server_settings() -> None:
    config = resolve(None, {CHANNELS: "11"}, {DMS: "off"}, ENV)
    assert (config.home, config.dms, config.answer_channels) == (False, False, frozenset({10}))


def test_adding_and_removing_say_why_not_in_one_line() -> None:
    assert adding((1, 2), 3, 3, "channel") == (1, 2, 3)
    assert adding((1, 2), 2, 3, "channel") == "That channel is already in the list."
    assert (
        adding((1, 2, 3), 4, 3, "channel") == "There can be at most 3 channels; remove one first."
    )
    assert removing((1, 2), 1, "role") == (2,)
    assert removing((1, 2), 5, "role") == "That role is not in the list."


def test_missing_to_post_names_what_to_give_in_a_channel_or_a_forum() -> None:
    everything = (
        VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | SEND_MESSAGES_IN_THREADS | READ_MESSAGE_HISTORY
    )
    assert missing_to_post(everything, replies=True) == []
    assert missing_to_post(0) == ["View Channels", "Send Messages", "Embed Links"]
    assert missing_to_post(VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS, forum=True) == [
        "Send Messages in Threads"
    ]
    assert missing_to_post(VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS, replies=True) == [
        "Read Message History"
    ]
    assert missing_to_post(ADMINISTRATOR, replies=True) == []


def test_an_environment_audit_channel_outside_the_home_servers_is_named() -> None:
    assert misplaced_audit_channel(ENV, HOME) is None
    assert misplaced_audit_channel(ENV, None) is None  # not seen: it may be on another shard
    assert misplaced_audit_channel(ENV, ELSEWHERE) == (
        f"SENDBOT_AUDIT_CHANNEL 30 is a channel of server {ELSEWHERE}, which is not a home "
        "server (SENDBOT_HOME_GUILDS), so knowledge-base changes are never posted there: name a "
        "channel of a home server, or choose one there with /settings audit"
    )


def test_moderator_roles_of_no_home_server_are_named_once_every_home_server_is_known() -> None:
    roles = {HOME: [20, 1], OTHER_HOME: [2]}
    assert unknown_mod_roles(ENV, roles) is None  # ENV's mod role 20 is HOME's
    assert unknown_mod_roles(ENV, {HOME: [1]}) is None  # OTHER_HOME not known: not judged
    assert unknown_mod_roles(ENV, {HOME: [1], OTHER_HOME: [2]}) == (
        "SENDBOT_MOD_ROLES: 20 is not a role of a home server (SENDBOT_HOME_GUILDS), so nobody "
        "gets /kb through it: copy a role's id in a home server (Developer Mode, then "
        "right-click the role), or choose roles there with /settings mod-roles"
    )
