"""A moderator's day seen from two servers, the parts test_bot_moderator_day leaves out: a
change refused because another moderator saved first, a removal seen under an answer already
posted in the other server, the history of one fact, an ingest review with a fact dropped and
one edited. The other server's members see each change at once and only their own replies;
the moderator's replies and errors are private; nothing pings anyone."""

from __future__ import annotations

import re
from pathlib import Path

from sendbot.discord_app.errors import KB_NOT_HERE
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    EPHEMERAL,
    JSON,
    NO_PINGS,
    audit_messages,
    buttons,
    final,
    kb,
    modal_inputs,
    opened_modal,
    press,
    redo,
    submit,
)
from tests.e2e.test_bot_kb_ingest import ANSWER, SPECIAL_SCHOOLS, act, open_review, title
from tests.e2e.test_bot_moderator_day import MISSED, SCHOOLS, ask, fact_of, sent_bodies
from tests.fakediscord import FakeDiscord, FakeUser, add_guild
from tests.fakediscord.models import snowflake

NEW_STATEMENT = "This academic year the department opened 15 new special schools and one AP school."


async def undo(fake: FakeDiscord) -> JSON:
    """/kb undo, confirmed if it asks first: what the moderator finally reads."""
    interaction, reply = await kb(fake, "undo")
    confirm = [label for label, _, _ in buttons(reply) if label != "Cancel"]
    if confirm:
        message = fake.original_message(interaction)
        assert message is not None
        _, reply = await press(fake, message, confirm[0])
    return reply


async def test_a_moderators_day_across_two_servers(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path
) -> None:
    elsewhere = add_guild(fake_discord.world, "Elsewhere")
    there = elsewhere.channel("general")
    # Members of the other server, one per question (one member asking this fast would be
    # asked to slow down).
    for n in range(20):
        elsewhere.add_member(FakeUser(snowflake(), f"member-{n}", f"Member {n}"))
    members = iter([m for m in elsewhere.members if m.user.username.startswith("member-")])
    asker = elsewhere.member_named("Elsewhere-owner")
    _, fake = await start_curated(dev_guild=None)

    async def asked_there(question: str) -> JSON:
        return await ask(fake, question, next(members), there)

    # The other server's member asks in public; a question too long is told privately.
    asked = await fake.invoke_slash("ask", {"question": SCHOOLS}, member=asker, channel=there)
    posted = await final(fake, asked)
    assert posted.get("flags", 0) & EPHEMERAL == 0
    assert fact_of(posted) == "special-schools-opened"
    answer = fake.original_message(asked)
    assert answer is not None
    too_long = await asked_there("still no special school place near us and it is not fair " * 6)
    assert too_long["flags"] == EPHEMERAL
    assert too_long["content"].startswith("That message is 341 characters long")

    # An alias, then an edit: each seen in the other server at once.
    assert fact_of(await asked_there(MISSED)) is None
    _, saved = await kb(fake, "alias", {"fact": "high-needs-budget", "question": MISSED})
    assert saved["flags"] == EPHEMERAL and saved["content"].startswith("Saved change #1")
    assert fact_of(await asked_there(MISSED)) == "high-needs-budget"
    await kb(fake, "edit", {"fact": "special-schools-opened"})
    saved = await submit(fake, "Edit a fact", {"statement": NEW_STATEMENT})
    assert saved["content"].startswith("Saved change #2: edit `special-schools-opened`")
    reply = await asked_there(SCHOOLS)
    assert reply["embeds"][0]["description"] == NEW_STATEMENT

    # A removal confirmed after another moderator saved a change: refused, privately, and the
    # confirmation says so instead of greying its buttons as a timeout would.
    interaction, asked = await kb(fake, "remove", {"fact": "special-schools-opened"})
    assert asked["flags"] == EPHEMERAL
    confirmation = fake.original_message(interaction)
    assert confirmation is not None
    _, theirs = await kb(
        fake,
        "alias",
        {"fact": "special-schools-opened", "question": "new special schools so far?"},
        member=fake.owner,
    )
    assert theirs["content"].startswith("Saved change #3")
    _, refused = await press(fake, confirmation, "Remove")
    assert refused["flags"] == EPHEMERAL
    assert refused["content"].startswith("The knowledge base changed since you opened this")
    assert refused["content"].endswith("Nothing was changed.")
    edit = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    while "Refused" not in (edit.json.get("content") or ""):
        edit = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    assert fake.messages[int(confirmation["id"])]["content"] == (
        "Refused (the reason is below). Nothing was changed."
    )
    assert fact_of(await asked_there(SCHOOLS)) == "special-schools-opened"

    # Removed for real: the answer already posted in the other server says so, privately.
    interaction, _ = await kb(fake, "remove", {"fact": "special-schools-opened"})
    confirmation = fake.original_message(interaction)
    assert confirmation is not None
    _, removed = await press(fake, confirmation, "Remove")
    assert removed["content"].startswith("Saved change #4: remove `special-schools-opened`")
    assert fact_of(await asked_there(SCHOOLS)) is None
    _, shown = await press(fake, answer, "Show source", member=asker, followup=False)
    assert (shown["flags"], shown["content"]) == (
        EPHEMERAL,
        "That fact is no longer in my sources.",
    )
    undone = await undo(fake)
    assert "undo `special-schools-opened` (reverts #4)" in undone["content"]
    reply = await asked_there(SCHOOLS)
    assert reply["embeds"][0]["description"] == NEW_STATEMENT

    # The history of one fact: its own changes only, newest first, privately.
    _, history = await kb(fake, "history", {"fact": "special-schools-opened"})
    assert history["flags"] == EPHEMERAL
    embed = history["embeds"][0]
    assert embed["title"] == "Changes to special-schools-opened"
    rows = [line.split(" · ") for line in embed["description"].splitlines()]
    assert [row[0].split(" ")[0] for row in rows] == ["**#5**", "**#4**", "**#3**", "**#2**"]
    assert [row[2].split(" ")[0] for row in rows] == ["undo", "remove", "alias", "edit"]

    # /kb ingest: the first fact dropped, the second edited, the rest kept, then saved.
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    shown, review = await open_review(fake, {"file": upload})
    assert shown["flags"] == EPHEMERAL
    review = await act(fake, review, "Drop")
    assert title(review).startswith("Fact 2 of 9: ")
    await press(fake, review, "Edit", followup=False)
    custom_id, modal = opened_modal(fake, "Edit the drafted fact")
    edited = "High needs funding will increase by £970 million in 2023/24 compared to 2022/23."
    questions = modal_inputs(modal)["questions"]["value"]
    submitted = await fake.submit_modal(
        custom_id,
        {"statement": edited, "questions": questions},
        message=review,
        member=fake.moderator,
    )
    await final(fake, submitted, followup=False)
    review = fake.original_message(submitted) or {}
    assert title(review).startswith("Fact 3 of 9: ")
    for _ in range(7):
        review = await act(fake, review, "Keep")
    assert title(review) == "Review done: 8 of 9 facts kept"
    _, saved = await press(fake, review, "Save 8 kept")
    assert saved["content"].startswith("Saved change #6: add-source")
    assert any(edited in path.read_text(encoding="utf-8") for path in kb_dir.glob("*.yaml"))
    reply = await asked_there(SPECIAL_SCHOOLS)
    assert fact_of(reply) == "special-schools-receive-increase"

    # The other server has no /kb, and never sees the audit notes.
    refused_there = await fake.invoke_slash(
        "kb alias",
        {"fact": "high-needs-budget", "question": "hn money"},
        member=elsewhere.member_named("Elsewhere-admin"),
        channel=there,
    )
    callback = await fake.wait_for_callback(refused_there)
    assert (callback.json["data"]["flags"], callback.json["data"]["content"]) == (
        EPHEMERAL,
        KB_NOT_HERE,
    )
    assert len(audit_messages(fake)) == 6
    for message in fake.bot_messages(there):
        assert not any(e.get("title", "").startswith("Knowledge base") for e in message["embeds"])

    # Nothing the bot sent could ping anyone.
    bodies = sent_bodies(fake)
    assert all(body.get("allowed_mentions") == NO_PINGS for body in bodies), [
        (body.get("content", "")[:60], body.get("allowed_mentions")) for body in bodies
    ]


async def test_undo_redo_add_and_ingest_again_seen_from_the_other_server(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path
) -> None:
    """What test_a_moderators_day_across_two_servers leaves out: /kb redo, /kb add once the
    base has two sources, and /kb ingest of an answer already saved or pasted twice."""
    elsewhere = add_guild(fake_discord.world, "Elsewhere")
    there = elsewhere.channel("general")
    for n in range(20):
        elsewhere.add_member(FakeUser(snowflake(), f"member-{n}", f"Member {n}"))
    members = iter([m for m in elsewhere.members if m.user.username.startswith("member-")])
    _, fake = await start_curated(dev_guild=None)

    async def asked_there(question: str) -> JSON:
        return await ask(fake, question, next(members), there)

    # An alias, undone: the confirmation, once pressed, names /kb redo, not /kb undo (which
    # would revert an older change than this undo).
    await kb(fake, "alias", {"fact": "high-needs-budget", "question": MISSED})
    interaction, asked = await kb(fake, "undo")
    assert asked["content"].startswith("Undo change #1, alias `high-needs-budget` (questions)")
    confirmation = fake.original_message(interaction)
    assert confirmation is not None
    _, undone = await press(fake, confirmation, "Undo")
    assert undone["content"].startswith("Saved change #2: undo `high-needs-budget` (reverts #1)")
    assert undone["content"].endswith(
        "-# /kb redo brings it back, until someone saves a newer change."
    )
    edit = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    while "Done" not in (edit.json.get("content") or ""):
        edit = await fake.wait_for_request("PATCH", r"/webhooks/.*/messages/@original")
    assert fake.messages[int(confirmation["id"])]["content"] == (
        "Done: saved as change #2. /kb redo brings it back, until someone saves a newer change."
    )
    assert fact_of(await asked_there(MISSED)) is None

    # Redone: answered in the other server again.
    _, redone = await redo(fake)
    assert redone["flags"] == EPHEMERAL
    assert redone["content"].startswith("Saved change #3: redo `high-needs-budget` (redo of #1)")
    assert fact_of(await asked_there(MISSED)) == "high-needs-budget"

    # A written answer pasted twice into one file is refused, naming the line; the answer
    # itself is reviewed and saved; uploaded again, the moderator is told how to change it.
    twice = ANSWER.read_text(encoding="utf-8") * 2
    _, shown = await kb(fake, "ingest", {"file": fake.upload("twice.txt", twice.encode())})
    assert shown["flags"] == EPHEMERAL
    assert shown["content"].startswith("Nothing drafted: line 23 starts another written answer")
    assert buttons(shown) == []
    _, review = await open_review(fake, {"file": fake.upload(ANSWER.name, ANSWER.read_bytes())})
    while title(review).startswith("Fact "):
        review = await act(fake, review, "Keep")
    _, saved = await press(fake, review, "Save 9 kept")
    assert saved["content"].startswith("Saved change #4: add-source")
    _, again = await kb(fake, "ingest", {"file": fake.upload(ANSWER.name, ANSWER.read_bytes())})
    assert again["flags"] == EPHEMERAL and buttons(again) == []
    assert again["content"].splitlines() == [
        "special-educational-needs-finance-2023-02-22 is already in the knowledge base: change "
        "its facts with /kb edit or add one with /kb add instead (or /kb export its file, edit "
        "it and bring it back with /kb import).",
        "Nothing was changed.",
    ]

    # /kb add, now that there are two sources: asked which, then the form; the other server's
    # members are answered with the new fact at once, in public.
    _, which = await kb(fake, "add")
    assert which["flags"] == EPHEMERAL
    assert which["content"] == (
        "Choose the fact's source with `source:` (one of send-ap-improvement-plan-2024-02-08, "
        "special-educational-needs-finance-2023-02-22)."
    )
    await kb(fake, "add", {"source": "special-educational-needs-finance-2023-02-22"})
    added = await submit(
        fake,
        "Add a fact",
        {
            "title": "Special schools funding passed through",
            "statement": (
                "Most high needs funding is allocated to local authorities for them to pass "
                "through to schools, including special schools."
            ),
            "quote": (
                "most of which is allocated to local authorities for them to pass through to "
                "schools, including special schools"
            ),
            "questions": "who passes the high needs money on to special schools?",
        },
    )
    assert added["flags"] == EPHEMERAL
    assert added["content"].startswith(
        "Saved change #5: add `special-schools-funding-passed-through`"
    )
    reply = await asked_there("who passes the high needs money on to special schools?")
    assert reply.get("flags", 0) & EPHEMERAL == 0
    assert fact_of(reply) == "special-schools-funding-passed-through"

    # The audit notes stay at home; nothing the bot sent could ping anyone.
    assert len(audit_messages(fake)) == 5
    for message in fake.bot_messages(there):
        assert not any(e.get("title", "").startswith("Knowledge base") for e in message["embeds"])
    assert all(body.get("allowed_mentions") == NO_PINGS for body in sent_bodies(fake))


async def test_a_gap_added_in_one_click_but_still_unanswered_says_so(
    start_curated: StartCurated, fake_discord: FakeDiscord
) -> None:
    """The other server's member gets a partial reply ("how many ... are there": the fact
    gives the number opened) and marks it "Not what I asked"; the moderator's /kb gaps offers
    "add to New special schools opened"; pressed, it said only "Saved", and the question was
    still not answered (the rules see a total the fact does not give): /kb gaps listed it as
    "now: still not answered" again. Now the moderator is told so, and why, at once."""
    elsewhere = add_guild(fake_discord.world, "Elsewhere")
    there = elsewhere.channel("general")
    asker = elsewhere.member_named("Elsewhere-owner")
    _, fake = await start_curated(dev_guild=None)
    question = "how many special schools are there"
    asked = await fake.invoke_slash("ask", {"question": question}, member=asker, channel=there)
    partial = await final(fake, asked)
    assert partial["embeds"][0]["title"].startswith("The source doesn't say that")
    answer = fake.original_message(asked)
    assert answer is not None
    await press(fake, answer, "Not what I asked", member=asker)

    interaction, _ = await kb(fake, "gaps")
    gaps = fake.original_message(interaction)
    assert gaps is not None
    click, saved = await press(fake, gaps, "#1 add to New special schools opened")
    assert saved["content"].startswith("Saved change #1: alias `special-schools-opened`")
    path = rf"/webhooks/{fake.application_id}/{re.escape(click['token'])}$"
    note = (await fake.wait_for_request("POST", path)).json
    assert note["flags"] == EPHEMERAL and note["allowed_mentions"] == NO_PINGS
    assert note["content"] == (
        f"-# Asked now, “{question}” is still not answered with `special-schools-opened`: the "
        "reply is partial, as the written answer does not give it: The written answer gives "
        "the number opened, not how many there are in total. /kb undo takes the question out "
        "again if it is not what the fact says."
    )

    # An alias the fact does answer says nothing more.
    interaction, saved = await kb(
        fake, "alias", {"fact": "special-schools-opened", "question": "new special schools?"}
    )
    assert saved["content"].startswith("Saved change #2")
    path = rf"/webhooks/{fake.application_id}/{re.escape(interaction['token'])}$"
    await fake.expect_no_request("POST", path)
