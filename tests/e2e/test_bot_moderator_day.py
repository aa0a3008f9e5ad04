"""A moderator's day across two servers: the home server keeps the knowledge base with /kb,
another server only asks. Each change is seen at once by both servers' members; everything
the moderator is told is private; nothing pings anyone; every message fits Discord's limits
(the fake refuses one that does not, as Discord would)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sendbot.discord_app.errors import KB_NOT_HERE
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    EPHEMERAL,
    JSON,
    NO_PINGS,
    audit,
    audit_messages,
    buttons,
    final,
    kb,
    kb_text,
    modal_inputs,
    press,
    submit,
    undo,
)
from tests.e2e.test_bot_kb_ingest import ANSWER, SPECIAL_SCHOOLS, act, open_review, title
from tests.fakediscord import FakeChannel, FakeDiscord, FakeMember, add_guild

MISSED = "high needs money"
SCHOOLS = "how many special schools opened?"
DECLINED = "I don't have that in my sources."
QUOTE = (
    "The department has extended the AP Specialist Taskforce programme to March 2025 which "
    "has reached over 4000 children to date."
)


def fact_of(reply: JSON) -> str | None:
    """The fact a reply answers with (its Show source button), or None."""
    for row in reply.get("components", []):
        for component in row["components"]:
            if str(component.get("custom_id", "")).startswith("sb:src:"):
                return str(component["custom_id"]).removeprefix("sb:src:")
    return None


async def ask(fake: FakeDiscord, question: str, member: FakeMember, channel: FakeChannel) -> JSON:
    interaction = await fake.invoke_slash(
        "ask", {"question": question}, member=member, channel=channel
    )
    return await final(fake, interaction)


def sent_bodies(fake: FakeDiscord) -> list[dict[str, Any]]:
    """Every message body the bot sent or edited (replies, follow-ups, posts)."""
    bodies = []
    for request in fake.requests:
        body = request.json if isinstance(request.json, dict) else None
        if request.method not in ("POST", "PATCH") or body is None:
            continue
        if "/callback" in request.path:
            body = body.get("data") or {}
        if "content" in body or "embeds" in body:
            bodies.append(body)
    return bodies


async def test_a_moderators_day_on_the_home_server_seen_from_both(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path
) -> None:
    other = add_guild(fake_discord.world, "Elsewhere")
    asker, there = other.member_named("Elsewhere-owner"), other.channel("general")
    _, fake = await start_curated(dev_guild=None)
    here = fake.channel

    # Asked in the other server before any change: declined.
    assert fact_of(await ask(fake, MISSED, asker, there)) is None

    # alias: private confirmation, audited at home only, answered at once in both servers.
    _, saved = await kb(fake, "alias", {"fact": "high-needs-budget", "question": MISSED})
    assert saved["flags"] == EPHEMERAL
    assert saved["content"].startswith("Saved change #1: alias `high-needs-budget`")
    assert fact_of(await ask(fake, MISSED, asker, there)) == "high-needs-budget"
    assert fact_of(await ask(fake, MISSED, fake.member, here)) == "high-needs-budget"

    # add: every box filled to its limit.
    questions = [f"how many children has taskforce wave {n} reached so far?" for n in range(60)]
    _, modal = await kb(fake, "add")
    saved = await submit(
        fake,
        "Add a fact",
        {
            "title": "AP Specialist Taskforce children reached " + "x" * 39,
            "statement": "The AP Specialist Taskforce has reached over 4000 children. "
            + "It runs to March 2025. " * 10,
            "quote": QUOTE,
            "questions": "\n".join(questions),
            "tags": ", ".join(f"taskforce-tag-{n}" for n in range(20)),
        },
    )
    assert saved["flags"] == EPHEMERAL
    assert saved["content"].startswith("Saved change #2: add `ap-specialist-taskforce")
    added = saved["content"].split("`")[1]
    note = (await audit(fake, 2))["embeds"][0]
    assert note["title"] == "Knowledge base change #2"
    assert note["fields"][0] == {
        "name": "Before",
        "value": "(not in the knowledge base)",
        "inline": False,
    }
    assert fact_of(await ask(fake, questions[7], asker, there)) == added

    # edit: the form comes back filled in; a change to the statement is saved and audited.
    _, modal = await kb(fake, "edit", {"fact": added})
    assert modal["title"] == "Edit a fact"
    saved = await submit(
        fake, "Edit a fact", {"statement": "The AP Specialist Taskforce reached over 4000."}
    )
    assert saved["content"].startswith(f"Saved change #3: edit `{added}` (statement).")

    # remove, after confirming; then undo brings it back.
    interaction, asked = await kb(fake, "remove", {"fact": added})
    assert asked["flags"] == EPHEMERAL
    message = fake.original_message(interaction)
    assert message is not None
    _, removed = await press(fake, message, "Remove")
    assert removed["content"].startswith(f"Saved change #4: remove `{added}`")
    # The question above greyed buttons now says it was done (a timeout greys them too).
    edit = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    while "Done" not in (edit.json.get("content") or ""):
        edit = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    confirmation = fake.messages[int(message["id"])]
    assert confirmation["content"] == (
        "Done: saved as change #4. /kb undo reverts it, until someone saves a newer change."
    )
    assert all(disabled for _, _, disabled in buttons(confirmation))
    assert fact_of(await ask(fake, questions[7], asker, there)) is None
    _, undone = await undo(fake)
    assert undone["content"].startswith(f"Saved change #5: undo `{added}` (reverts #4)")
    assert fact_of(await ask(fake, questions[7], asker, there)) == added

    # history: newest first, every change listed.
    _, history = await kb(fake, "history")
    assert history["flags"] == EPHEMERAL
    lines = history["embeds"][0]["description"].splitlines()
    assert lines[0].startswith("**#5** <t:")  # the time in the reader's own time zone
    assert [line.split(" ", 1)[0] for line in lines if line.startswith("**#")] == [
        "**#5**",
        "**#4**",
        "**#3**",
        "**#2**",
        "**#1**",
    ]

    # ingest: reviewed fact by fact, saved as a new source.
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    shown, review = await open_review(fake, {"file": upload})
    assert shown["flags"] == EPHEMERAL
    assert title(review).startswith("Fact 1 of 9: ")
    for _ in range(9):
        review = await act(fake, review, "Keep")
    _, saved = await press(fake, review, "Save 9 kept")
    assert "Saved change #6: add-source" in saved["content"]
    # The review message no longer says "nothing is saved before that".
    edited = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    while not edited.json.get("content", "").startswith("Saved as"):
        edited = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    assert edited.json["content"] == (
        f"Saved as change #6: 9 facts from {ANSWER.name}. /kb undo reverts it, until someone "
        "saves a newer change."
    )
    assert all(disabled for _, _, disabled in buttons(edited.json))
    # (Another member: the first has asked often enough to be asked to slow down.)
    reply = await ask(fake, SPECIAL_SCHOOLS, other.member_named("Elsewhere-admin"), there)
    assert fact_of(reply) == "special-schools-receive-increase"
    assert "3.4% increase" in reply["embeds"][0]["description"]

    # The other server's admin cannot use /kb; the audit channel is the home server's only.
    refused = await fake.invoke_slash(
        "kb undo", {}, member=other.member_named("Elsewhere-admin"), channel=there
    )
    callback = await fake.wait_for_callback(refused)
    assert callback.json["data"]["flags"] == EPHEMERAL
    assert callback.json["data"]["content"] == KB_NOT_HERE
    assert len(audit_messages(fake)) == 6
    titles = [e.get("title", "") for m in fake.bot_messages(there) for e in m.get("embeds", [])]
    assert not [t for t in titles if t.startswith("Knowledge base change")]

    # Nothing the bot sent could ping anyone.
    bodies = sent_bodies(fake)
    assert bodies
    assert all(body.get("allowed_mentions") == NO_PINGS for body in bodies), [
        (body.get("content", "")[:60], body.get("allowed_mentions")) for body in bodies
    ]
    assert "ap-specialist-taskforce" in kb_text(kb_dir)


async def test_undo_after_another_moderators_change_reverts_theirs_as_it_warned(
    start_curated: StartCurated,
) -> None:
    _, fake = await start_curated()
    _, mine = await kb(fake, "alias", {"fact": "high-needs-budget", "question": MISSED})
    assert mine["content"].splitlines()[-1] == (
        "-# /kb undo reverts it, until someone saves a newer change."
    )
    _, theirs = await kb(
        fake,
        "alias",
        {"fact": "special-schools-opened", "question": "new special schools?"},
        member=fake.owner,
    )
    assert theirs["content"].startswith("Saved change #2: alias `special-schools-opened`")
    _, undone = await undo(fake)
    assert undone["content"].startswith(
        "Saved change #3: undo `special-schools-opened` (reverts #2)"
    )
    assert fact_of(await ask(fake, MISSED, fake.member, fake.channel)) == "high-needs-budget"


async def test_a_missed_question_typed_with_terminal_colours_becomes_an_alias_in_one_click(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # Discord's ansi code blocks carry ESC: the gap is kept without it, so the button's alias
    # passes validation (which refuses control characters) and `kb gaps` prints it safely.
    _, fake = await start_curated()
    coloured = f"\x1b[1;31m{MISSED}\x1b[0m"
    assert fact_of(await ask(fake, coloured, fake.member, fake.channel)) is None
    interaction, page = await kb(fake, "gaps")
    assert page["embeds"][0]["description"].splitlines()[0] == f"**1.** “{MISSED}”"
    message = fake.original_message(interaction)
    assert message is not None
    _, modal = await press(fake, message, "#1 another fact")
    assert modal_inputs(modal)["question"]["value"] == MISSED
    saved = await submit(fake, "Add a way of asking", {"fact": "high-needs-budget"})
    assert saved["content"].startswith("Saved change #1: alias `high-needs-budget`")
    assert f"- {MISSED}\n" in kb_text(kb_dir)


async def test_a_refused_form_opens_again_with_what_was_typed(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    await kb(fake, "edit", {"fact": "special-schools-opened"})
    typed = "This academic year the department opened 16 new special schools."  # not the quote's
    refused = await submit(fake, "Edit a fact", {"statement": typed})
    assert "Nothing was changed" in refused["content"]
    kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    while "What you typed is kept" not in (kept.json.get("content") or ""):
        kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    assert kept.json["content"] == "-# What you typed is kept: open the form again to fix it."
    assert kept.json["allowed_mentions"] == NO_PINGS
    message = next(
        m for m in fake.messages.values() if "What you typed" in (m.get("content") or "")
    )
    _, modal = await press(fake, message, "Open the form with what I typed")
    assert modal["title"] == "Edit a fact"
    assert modal_inputs(modal)["statement"]["value"] == typed
    fixed = typed.replace("16", "15")
    saved = await submit(fake, "Edit a fact", {"statement": fixed})
    assert saved["content"].startswith("Saved change #1: edit `special-schools-opened`")
    assert fixed in kb_text(kb_dir)
