"""The gateway drops: sendbot resumes (or identifies again) and goes on answering, once."""

from __future__ import annotations

import asyncio

from tests.e2e.conftest import StartSendBot
from tests.e2e.test_bot_chat import SCHOOLS, nothing_sent, reply_to
from tests.fakediscord import FakeDiscord


async def dropped(fake: FakeDiscord, *, resumable: bool = True) -> None:
    """Discord closes the connection (close code 4000, "unknown error"); return once the bot
    is connected again. Not `resumable`: Discord has forgotten the session."""
    (session,) = [s for s in fake.sessions if s.ready]
    if not resumable:
        session.identify = None
    await session.ws.close(code=4000, message=b"Unknown error")
    for _ in range(400):
        if any(s.ready and s is not session for s in fake.sessions):
            return
        await asyncio.sleep(0.025)
    raise AssertionError("the bot did not connect again")


async def test_after_a_resume_it_answers_and_a_replayed_message_is_not_answered_twice(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    question = await fake.post_message(f"{fake.bot_user.mention} {SCHOOLS}")
    await reply_to(fake, question)
    await dropped(fake)
    assert fake.gateway_frames[-1]["op"] == 6  # RESUME, not a new IDENTIFY
    # Discord replays what it sent after the last sequence number the bot saw: a message it
    # had answered may come again.
    await fake.dispatch("MESSAGE_CREATE", question)
    await nothing_sent(fake)  # answers the sentinel only
    replied_to = [m["message_reference"]["message_id"] for m in fake.bot_messages(fake.channel)]
    assert replied_to.count(question["id"]) == 1
    again = await fake.post_message(f"{fake.bot_user.mention} {SCHOOLS}", author=fake.owner)
    await reply_to(fake, again)


async def test_a_session_discord_forgot_is_identified_again_and_answers(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    await dropped(fake, resumable=False)
    posted = await fake.post_message(f"{fake.bot_user.mention} {SCHOOLS}")
    request = await reply_to(fake, posted)
    assert request["embeds"][0]["footer"]["text"] == f"Asked: {SCHOOLS}"
