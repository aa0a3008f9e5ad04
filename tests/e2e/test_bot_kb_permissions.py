"""Who may use /kb: every command, button and form refuses anyone without Manage Server or a
moderator role, and refuses DMs, changing nothing; a moderator role alone is enough."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sendbot.discord_app.exts.kb_admin._access import NOT_IN_DMS, NOT_MODERATOR
from sendbot.discord_app.exts.kb_admin._forms import NOT_YOURS
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    EPHEMERAL,
    JSON,
    MESSAGE,
    Unchanged,
    audit,
    audit_messages,
    button,
    final,
    kb,
    kb_text,
    opened_modal,
    press,
)
from tests.fakediscord import FakeDiscord, FakeMember, FakeUser, add_guild
from tests.fakediscord.models import snowflake
from tests.storage.storekit import KB_FILE

MISSED = "high needs money"
ATTACHMENT, DEFAULT_MANAGE_GUILD = 11, "32"

Options = Callable[[FakeDiscord, Path], dict[str, Any]]


def edited_file(fake: FakeDiscord, kb_dir: Path) -> dict[str, Any]:
    text = (kb_dir / KB_FILE).read_text().replace("High needs budget", "The high needs budget")
    return {"file": fake.upload(KB_FILE, text.encode())}


ANSWER = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "written-answers"
    / "written-answer-2023-11-17-educational-psychologists.txt"
)
COMMANDS: list[tuple[str, Options]] = [
    ("add", lambda fake, kb_dir: {}),
    ("edit", lambda fake, kb_dir: {"fact": "special-schools-opened"}),
    ("remove", lambda fake, kb_dir: {"fact": "special-schools-opened"}),
    ("alias", lambda fake, kb_dir: {"fact": "high-needs-budget", "question": "hn money"}),
    ("undo", lambda fake, kb_dir: {}),
    ("redo", lambda fake, kb_dir: {}),
    ("import", edited_file),
    ("ingest", lambda fake, kb_dir: {"file": fake.upload(ANSWER.name, ANSWER.read_bytes())}),
    ("gaps", lambda fake, kb_dir: {}),
    ("test", lambda fake, kb_dir: {}),
    ("history", lambda fake, kb_dir: {"fact": "high-needs-budget"}),
    ("stats", lambda fake, kb_dir: {}),
    ("export", lambda fake, kb_dir: {}),
    ("reload", lambda fake, kb_dir: {}),
]
NAMES = [name for name, _ in COMMANDS]


async def setup_state(fake: FakeDiscord) -> None:
    """Something to undo and a gap to list, so that a refused command would have work to do."""
    await kb(fake, "alias", {"fact": "high-needs-budget", "question": "hnb total"})
    await final(fake, await fake.invoke_slash("ask", {"question": "school buses in wales"}))
    await audit(fake, 1)


def curator(fake: FakeDiscord) -> FakeMember:
    """A member whose only role is "Curator", which has no permissions at all."""
    role = fake.guild.add_role("Curator", 0)
    return fake.guild.add_member(FakeUser(snowflake(), "cora", "Cora Curator"), [role])


async def test_kb_is_registered_guild_only_and_hidden_from_non_managers(
    start_curated: StartCurated,
) -> None:
    _, fake = await start_curated()
    [group] = [c for c in fake.commands(fake.guild) if c["name"] == "kb"]
    assert str(group["default_member_permissions"]) == DEFAULT_MANAGE_GUILD
    assert group["contexts"] == [0]
    assert [option["name"] for option in group["options"]] == NAMES
    by_name = {option["name"]: option for option in group["options"]}
    assert by_name["import"]["options"][0]["type"] == ATTACHMENT
    assert [o.get("autocomplete", False) for o in by_name["alias"]["options"]] == [
        True,
        False,
        False,
    ]


async def test_every_command_refuses_a_member_without_manage_server_or_a_mod_role(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    await setup_state(fake)
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    for sub, options in COMMANDS:
        interaction = await fake.invoke_slash(
            f"kb {sub}", options(fake, kb_dir), member=fake.member
        )
        callback = await fake.wait_for_callback(interaction)
        assert callback.json["type"] == MESSAGE, sub  # no form, no deferral
        assert callback.json["data"]["content"] == NOT_MODERATOR, sub
        assert callback.json["data"]["flags"] == EPHEMERAL, sub
        unchanged.check()
    assert fake.find_requests("GET", r"/attachments/.*") == []  # the upload was not read
    assert fake.modals == {}
    assert len(audit_messages(fake)) == 1  # only the set-up change


async def test_every_command_refuses_dms(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    dm = fake.world.dm_channel(fake.moderator.user)
    for sub, options in COMMANDS:
        # /kb is a command of the home server, which Discord never offers in DMs; sent anyway
        # (as its own command id), sendbot's own check refuses it.
        interaction = await fake.invoke_slash(
            f"kb {sub}",
            options(fake, kb_dir),
            member=fake.moderator.user,
            channel=dm,
            command_guild_id=fake.guild.id,
        )
        callback = await fake.wait_for_callback(interaction)
        assert callback.json["data"]["content"] == NOT_IN_DMS, sub
        assert callback.json["data"]["flags"] == EPHEMERAL, sub
    unchanged.check()


async def test_a_moderator_role_without_manage_server_may_use_every_command(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path
) -> None:
    cora = curator(fake_discord)
    _, fake = await start_curated(mod_roles=(cora.role_ids[0],))
    await setup_state(fake)
    for sub, options in COMMANDS:
        interaction, reply = await kb(fake, sub, options(fake, kb_dir), member=cora)
        assert reply.get("content") not in (NOT_MODERATOR, NOT_IN_DMS), sub
        assert reply.get("content") or reply.get("embeds") or reply.get("title"), sub
        if sub == "alias":
            assert reply["content"].startswith("Saved change #"), sub
        if sub in ("undo", "redo"):  # asks first; their press saves it
            label = sub.capitalize()
            assert reply["content"].startswith(f"{label} change #"), sub
            message = fake.original_message(interaction)
            assert message is not None
            _, saved = await press(fake, message, label, member=cora)
            assert saved["content"].startswith("Saved change #"), sub


async def test_a_moderator_role_saves_changes_and_is_named_in_the_audit(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path
) -> None:
    cora = curator(fake_discord)
    _, fake = await start_curated(mod_roles=(cora.role_ids[0],))
    _, saved = await kb(
        fake, "alias", {"fact": "high-needs-budget", "question": MISSED}, member=cora
    )
    assert saved["content"].startswith("Saved change #1: alias `high-needs-budget`")
    assert (await audit(fake, 1))["embeds"][0]["description"].startswith(
        f"**Cora Curator** (`{cora.id}`) added a question to"
    )


async def test_a_role_that_is_not_configured_is_not_enough(
    start_curated: StartCurated,
    fake_discord: FakeDiscord,
    kb_dir: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    cora = curator(fake_discord)
    wrong = cora.role_ids[0] + 1  # say, a role id copied from another server
    with caplog.at_level(logging.WARNING, logger="sendbot"):
        _, fake = await start_curated(mod_roles=(wrong,))
    # The log says why at start: no role of the home server has that id.
    assert [m for m in caplog.messages if m.startswith("SENDBOT_MOD_ROLES")] == [
        f"SENDBOT_MOD_ROLES: {wrong} is not a role of a home server (SENDBOT_HOME_GUILDS), so "
        "nobody gets /kb through it: copy a role's id in a home server (Developer Mode, then "
        "right-click the role), or choose roles there with /settings mod-roles"
    ]
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    _, refused = await kb(
        fake, "alias", {"fact": "high-needs-budget", "question": MISSED}, member=cora
    )
    assert refused["content"] == NOT_MODERATOR
    unchanged.check()


async def test_autocomplete_offers_nothing_to_non_moderators(
    start_curated: StartCurated,
) -> None:
    _, fake = await start_curated()
    for member, expected in ((fake.member, []), (fake.moderator, ["high-needs-budget"])):
        typed = await fake.invoke_autocomplete(
            "kb alias", {"fact": "high needs", "question": ""}, focused="fact", member=member
        )
        callback = await fake.wait_for_callback(typed)
        values = [choice["value"] for choice in callback.json["data"]["choices"]]
        assert values[: len(expected)] == expected
        assert bool(values) == bool(expected)


async def confirmation(fake: FakeDiscord, sub: str, options: dict[str, Any]) -> JSON:
    interaction, _ = await kb(fake, sub, options)
    message = fake.original_message(interaction)
    assert message is not None
    return message


@pytest.mark.parametrize("sub", ["remove", "import"])
async def test_confirmation_buttons_are_only_for_the_moderator_who_asked(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path, sub: str
) -> None:
    _, fake = await start_curated()
    options = dict(COMMANDS)[sub](fake, kb_dir)
    message = await confirmation(fake, sub, options)
    label = "Remove" if sub == "remove" else "Import"
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    for member in (fake.member, fake.owner):
        for pressed in (label, "Cancel"):
            _, refused = await press(fake, message, pressed, member=member)
            assert refused["content"] == NOT_YOURS
            assert refused["flags"] == EPHEMERAL
    unchanged.check()

    fake.moderator.role_ids.clear()  # the moderator lost the role meanwhile
    _, refused = await press(fake, message, label)
    assert refused["content"] == NOT_MODERATOR
    unchanged.check()


async def test_gaps_buttons_check_whoever_presses_them(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    await final(fake, await fake.invoke_slash("ask", {"question": MISSED}))
    interaction, _ = await kb(fake, "gaps")
    message = fake.original_message(interaction)
    assert message is not None
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    for label in ("#1 add to", "#1 another fact"):
        click = await fake.click(message, button(message, label), member=fake.member)
        callback = await fake.wait_for_callback(click)
        assert callback.json["type"] == MESSAGE
        assert callback.json["data"]["content"] == NOT_MODERATOR
    assert fake.modals == {}
    unchanged.check()


@pytest.mark.parametrize("form", ["add", "edit", "alias"])
async def test_forms_check_whoever_submits_them(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path, form: str
) -> None:
    _, fake = await start_curated()
    if form == "alias":
        await final(fake, await fake.invoke_slash("ask", {"question": MISSED}))
        interaction, _ = await kb(fake, "gaps")
        message = fake.original_message(interaction)
        assert message is not None
        await press(fake, message, "#1 another fact")
        title = "Add a way of asking"
        values = {"question": MISSED, "fact": "high-needs-budget"}
    else:
        await kb(fake, form, {} if form == "add" else {"fact": "special-schools-opened"})
        title = "Add a fact" if form == "add" else "Edit a fact"
        values = {
            "title": "A title",
            "statement": "The department has opened 15 new special schools.",
            "quote": "the department has opened 15 new special schools",
            "questions": "a question?",
        }
    custom_id, _ = opened_modal(fake, title)
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    for member in (fake.member, fake.member):  # refused, and the form is still open
        submitted = await fake.submit_modal(custom_id, values, member=member)
        callback = await fake.wait_for_callback(submitted)
        assert callback.json["data"]["content"] == NOT_MODERATOR
        assert callback.json["data"]["flags"] == EPHEMERAL
    fake.moderator.role_ids.clear()
    submitted = await fake.submit_modal(custom_id, values, member=fake.moderator)
    assert (await fake.wait_for_callback(submitted)).json["data"]["content"] == NOT_MODERATOR
    unchanged.check()
    assert "A title" not in kb_text(kb_dir)


async def test_moderator_roles_of_a_second_home_server_give_kb_there_only(
    start_curated: StartCurated,
    fake_discord: FakeDiscord,
    kb_dir: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # SENDBOT_MOD_ROLES with two home servers had never been tried: one list of role ids,
    # each a role of one of them.
    cora = curator(fake_discord)
    branch = add_guild(fake_discord.world, "Branch")
    there = branch.channel("general")
    editors = branch.add_role("Editors", 0)
    ed = branch.add_member(FakeUser(snowflake(), "ed", "Ed Editor"), [editors])
    plain = branch.add_member(FakeUser(snowflake(), "pat", "Pat Plain"))
    with caplog.at_level(logging.WARNING, logger="sendbot"):
        _, fake = await start_curated(
            home_guilds=(fake_discord.guild.id, branch.id),
            mod_roles=(cora.role_ids[0], editors.id),
            dev_guild=None,
        )
    # Both ids are roles of a home server: nothing to warn about.
    assert not [m for m in caplog.messages if m.startswith("SENDBOT_MOD_ROLES")]
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    _, refused = await kb(
        fake,
        "alias",
        {"fact": "high-needs-budget", "question": MISSED},
        member=plain,
        channel=there,
    )
    assert refused["content"] == NOT_MODERATOR
    unchanged.check()
    _, saved = await kb(
        fake,
        "alias",
        {"fact": "high-needs-budget", "question": MISSED},
        member=ed,
        channel=there,
    )
    assert saved["content"].startswith("Saved change #1: alias `high-needs-budget`")
    _, saved = await kb(
        fake, "alias", {"fact": "high-needs-budget", "question": "hn money"}, member=cora
    )
    assert saved["content"].startswith("Saved change #2: alias `high-needs-budget`")
