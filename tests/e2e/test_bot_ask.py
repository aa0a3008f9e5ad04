"""/ask, /fact, /source, /help, the message menu and the buttons, through the fake Discord."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.misses import ABSTAINED, NOT_WHAT_I_ASKED
from sendbot.knowledge.model import KnowledgeBase
from tests.e2e.conftest import ListMisses, StartSendBot
from tests.fakediscord import FakeDiscord

JSON = dict[str, Any]
EPHEMERAL = 64
NO_PINGS = {"parse": []}
SCHOOLS = "how many special schools opened?"
CITATION = (
    "Written answer by David Johnston, Parliamentary Under-Secretary (Department for "
    "Education), 8 February 2024, to a question asked 31 January 2024"
)


def buttons(data: JSON) -> list[tuple[str, str]]:
    return [
        (button["label"], button["custom_id"])
        for row in data.get("components", [])
        for button in row["components"]
    ]


async def ask(fake: FakeDiscord, question: str, **options: Any) -> tuple[JSON, JSON]:
    """(the interaction, the bot's callback data)."""
    member = options.pop("member", None)
    interaction = await fake.invoke_slash("ask", {"question": question, **options}, member=member)
    callback = await fake.wait_for_callback(interaction)
    assert callback.status == 200, callback.response
    assert callback.json["type"] == 4
    return interaction, callback.json["data"]


async def press(fake: FakeDiscord, message: JSON, custom_id: str, member: Any = None) -> JSON:
    click = await fake.click(message, custom_id, member=member)
    callback = await fake.wait_for_callback(click)
    assert callback.status in (200, 204), callback.response
    return dict(callback.json)


async def test_ask_answers_with_statement_quote_citation_and_date(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    interaction, data = await ask(fake, SCHOOLS)
    alice = fake.member.id
    assert data["embeds"] == [
        {
            "type": "rich",
            "title": "New special schools and AP free school opened this academic year",
            "description": (
                "In this academic year alone, the department has opened 15 new special schools "
                "and one AP free school."
            ),
            "fields": [
                {
                    "name": "Quote",
                    "value": (
                        '> "In this academic year alone, the department has opened 15 new special'
                        ' schools and one AP free school"'
                    ),
                    "inline": False,
                },
                {"name": "Source", "value": CITATION, "inline": False},
                {"name": "As of", "value": "8 February 2024", "inline": True},
                {
                    # The figure no newer answer updates is old, and the reply says so.
                    "name": "Newest figure",
                    "value": (
                        "This is the latest figure in the sources, from an answer given on "
                        "8 February 2024 — more than 12 months ago."
                    ),
                    "inline": False,
                },
            ],
            "footer": {"text": f"Asked: {SCHOOLS}"},
            "color": 0x2B6CB0,
            "flags": 0,
        }
    ]
    assert buttons(data) == [
        ("Show source", "sb:src:special-schools-opened"),
        ("Related", "sb:rel:special-schools-opened"),
        ("Not what I asked", f"sb:miss:special-schools-opened:{alice}"),
        ("Dismiss", f"sb:del:{alice}"),
    ]
    assert data.get("flags", 0) & EPHEMERAL == 0
    assert data["allowed_mentions"] == NO_PINGS
    assert fake.original_message(interaction) is not None


async def test_private_answer_is_ephemeral_without_dismiss(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    _, data = await ask(fake, SCHOOLS, private=True)
    assert data["flags"] == EPHEMERAL
    assert [label for label, _ in buttons(data)] == ["Show source", "Related", "Not what I asked"]


async def test_abstains_with_closest_topics_as_buttons_and_records_the_miss(
    start_sendbot: StartSendBot, misses: ListMisses
) -> None:
    _, fake = await start_sendbot()
    question = "what is the funding for school buses in wales?"
    interaction, data = await ask(fake, question)
    assert "embeds" not in data or data["embeds"] == []
    lines = data["content"].splitlines()
    assert lines[0] == "I don't have that in my sources. The closest topics I do have are below."
    assert lines[1] == f"-# You asked: {question}"
    topics = buttons(data)[:-1]
    assert 1 <= len(topics) <= 3 and all(cid.startswith("sb:fact:") for _, cid in topics)
    assert buttons(data)[-1] == ("Dismiss", f"sb:del:{fake.member.id}")
    assert misses.records == [
        (question, ABSTAINED, tuple(cid.removeprefix("sb:fact:") for _, cid in topics))
    ]

    message = fake.original_message(interaction)
    assert message is not None
    shown = await press(fake, message, topics[0][1], member=fake.moderator)
    assert shown["data"]["flags"] == EPHEMERAL
    assert shown["data"]["embeds"][0]["footer"]["text"] == f"Fact: {topics[0][1][8:]}"


async def test_show_source_describes_the_document_and_its_question(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    interaction, _ = await ask(fake, SCHOOLS)
    message = fake.original_message(interaction)
    assert message is not None
    shown = await press(fake, message, "sb:src:special-schools-opened", member=fake.moderator)
    data = shown["data"]
    assert data["flags"] == EPHEMERAL and data["allowed_mentions"] == NO_PINGS
    (embed,) = data["embeds"]
    assert embed["title"] == "Progress on the SEND and AP Improvement Plan"
    fields = {field["name"]: field["value"] for field in embed["fields"]}
    assert fields["Answered by"] == (
        "David Johnston, Parliamentary Under-Secretary (Department for Education)"
    )
    assert fields["Question asked"].startswith("To ask the Secretary of State for Education")
    assert fields["Asked"] == "31 January 2024" and fields["Answered"] == "8 February 2024"
    assert embed["footer"]["text"] == "33 facts quoted from this source"


async def test_related_offers_nearby_facts(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    interaction, _ = await ask(fake, SCHOOLS)
    message = fake.original_message(interaction)
    assert message is not None
    shown = await press(fake, message, "sb:rel:special-schools-opened")
    data = shown["data"]
    assert data["flags"] == EPHEMERAL and data["content"] == "Related facts:"
    related = buttons(data)
    assert 1 <= len(related) <= 3
    assert ("sb:fact:special-schools-opened") not in [cid for _, cid in related]
    assert "sb:fact:special-school-places-created" in [cid for _, cid in related]


async def test_not_what_i_asked_records_the_miss_and_offers_alternatives(
    start_sendbot: StartSendBot, misses: ListMisses
) -> None:
    _, fake = await start_sendbot()
    question = "how many new special school places?"
    interaction, data = await ask(fake, question)
    fact_id = buttons(data)[0][1].removeprefix("sb:src:")
    message = fake.original_message(interaction)
    assert message is not None

    refused = await press(fake, message, f"sb:miss:{fact_id}:{fake.member.id}", fake.moderator)
    assert refused["data"]["content"] == "Only the person who asked can use that button."
    assert misses.records == []

    shown = await press(fake, message, f"sb:miss:{fact_id}:{fake.member.id}")
    data = shown["data"]
    assert data["flags"] == EPHEMERAL
    assert data["content"].startswith("Thanks, I've noted that this didn't answer your question.")
    offered = [cid.removeprefix("sb:fact:") for _, cid in buttons(data)]
    assert fact_id not in offered
    assert misses.records == [(question, NOT_WHAT_I_ASKED, tuple(offered))]


async def test_dismiss_only_by_the_asker(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    interaction, _ = await ask(fake, SCHOOLS)
    message = fake.original_message(interaction)
    assert message is not None
    dismiss = f"sb:del:{fake.member.id}"

    refused = await press(fake, message, dismiss, member=fake.moderator)
    assert refused["data"]["flags"] == EPHEMERAL
    assert fake.original_message(interaction) is not None

    deferred = await press(fake, message, dismiss)
    assert deferred == {"type": 6}
    hook = rf"/webhooks/{fake.application_id}/[^/]+/messages/@original"
    deleted = await fake.wait_for_request("DELETE", hook)
    assert deleted.status == 204
    assert int(message["id"]) not in fake.messages
    assert [m["flags"] for m in fake.bot_messages(fake.channel)] == [EPHEMERAL]  # the refusal


async def test_autocomplete_offers_at_most_25_matching_choices(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    found = {}
    for typed in ("", "special sch", "how"):
        interaction = await fake.invoke_autocomplete("ask", {"question": typed}, focused="question")
        callback = await fake.wait_for_callback(interaction)
        assert callback.json["type"] == 8
        choices = callback.json["data"]["choices"]
        assert 1 <= len(choices) <= 25
        assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
        found[typed] = choices
    assert len(found[""]) == 25
    assert "special school" in found["special sch"][0]["name"]

    interaction = await fake.invoke_autocomplete("fact", {"id": "npq"}, focused="id")
    callback = await fake.wait_for_callback(interaction)
    assert callback.json["data"]["choices"][0]["value"] == "npq-senco"


async def test_an_over_long_question_gets_a_clear_message(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    _, data = await ask(fake, "still no special school place for us " * 10)
    assert data == {
        "content": (
            "That message is 369 characters long and I couldn't find a question of 300 "
            "characters or fewer in it; please end it with your question, or keep it to 300 or "
            "fewer."
        ),
        "tts": False,
        "flags": EPHEMERAL,
        "allowed_mentions": NO_PINGS,
    }


async def test_mentions_in_the_question_cannot_ping(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    role = fake.guild.role("Moderator")
    for question in (
        f"how many special schools opened {role.mention} @everyone?",
        f"@here what is the weather {role.mention} @everyone?",
    ):
        interaction, data = await ask(fake, question)
        assert data["allowed_mentions"] == NO_PINGS
        shown = data.get("content") or ""
        shown += "".join(e.get("footer", {}).get("text", "") for e in data.get("embeds", []))
        assert "You asked: what is the weather?" in shown or "Asked: how many" in shown
        assert "everyone" not in shown and "here" not in shown and "<@&" not in shown  # taken out
        message = fake.original_message(interaction)
        assert message is not None
        assert message["mention_everyone"] is False and message["mention_roles"] == []
        assert message["mentions"] == []


async def test_cooldown_refuses_politely_then_the_bot_carries_on(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    for _ in range(5):
        await ask(fake, SCHOOLS)
    _, data = await ask(fake, SCHOOLS)
    assert data["flags"] == EPHEMERAL
    assert data["content"].startswith("You're asking quickly: please try again in ")
    _, other = await ask(fake, SCHOOLS, member=fake.moderator)
    assert other["embeds"][0]["title"].startswith("New special schools")


async def test_an_exception_in_a_command_gets_a_friendly_reply_and_the_bot_goes_on(
    start_sendbot: StartSendBot, shipped_index: FactIndex, caplog: pytest.LogCaptureFixture
) -> None:
    broken = {"now": False}

    def provider() -> FactIndex:
        if broken["now"]:
            raise RuntimeError("the knowledge store is unavailable")
        return shipped_index

    _, fake = await start_sendbot(index_provider=provider)
    broken["now"] = True
    with caplog.at_level(logging.ERROR, logger="sendbot"):
        _, data = await ask(fake, SCHOOLS)
    assert data["flags"] == EPHEMERAL
    assert data["content"] == (
        "Sorry, something went wrong on my side. It has been logged; please try again."
    )
    (record,) = [r for r in caplog.records if r.name == "sendbot.discord"]
    assert record.getMessage() == (
        f"error in /ask (user {fake.member.id}, guild {fake.guild.id}, channel {fake.channel.id})"
    )
    assert record.exc_info is not None and "unavailable" in str(record.exc_info[1])

    broken["now"] = False
    _, data = await ask(fake, SCHOOLS, member=fake.moderator)
    assert data["embeds"][0]["title"].startswith("New special schools")


async def test_fact_source_and_help(start_sendbot: StartSendBot, shipped_kb: KnowledgeBase) -> None:
    _, fake = await start_sendbot()
    fact = await fake.wait_for_callback(await fake.invoke_slash("fact", {"id": "npq-senco"}))
    data = fact.json["data"]
    assert data["embeds"][0]["footer"]["text"] == "Fact: npq-senco"
    assert buttons(data) == [("Show source", "sb:src:npq-senco"), ("Related", "sb:rel:npq-senco")]

    unknown = await fake.wait_for_callback(await fake.invoke_slash("fact", {"id": "nope"}))
    assert (
        unknown.json["data"]["content"]
        == "I have no fact with the id nope. `/facts` lists them all."
    )
    assert unknown.json["data"]["flags"] == EPHEMERAL

    # Fifteen sources do not fit in full in one message: one line each, newest first.
    listed = await fake.wait_for_callback(await fake.invoke_slash("source"))
    (embed,) = listed.json["data"]["embeds"]
    assert embed["title"] == f"My {len(shipped_kb.sources)} sources, newest first"
    lines = embed["description"].splitlines()
    newest_first = sorted(shipped_kb.sources, key=lambda item: item.answered, reverse=True)
    assert [line.split("**")[1] for line in lines] == [item.title for item in newest_first]
    assert embed["footer"]["text"].startswith("/source source: shows one in full")
    assert listed.json["data"]["allowed_mentions"] == NO_PINGS

    # ... and any one of them can be shown in full, chosen by typing part of its title.
    typed = await fake.invoke_autocomplete("source", {"source": "PINS eval"}, focused="source")
    choice = (await fake.wait_for_callback(typed)).json["data"]["choices"][0]
    wanted = shipped_kb.source(choice["value"])
    assert wanted is not None and "PINS" in wanted.title
    one = await fake.wait_for_callback(await fake.invoke_slash("source", {"source": wanted.id}))
    (full,) = one.json["data"]["embeds"]
    assert full["title"] == wanted.title
    assert any(field["name"] == "Question asked" for field in full["fields"])

    unknown = await fake.wait_for_callback(await fake.invoke_slash("source", {"source": "nope"}))
    assert unknown.json["data"]["content"] == (
        "I have no source called nope. `/source` lists them all."
    )
    assert unknown.json["data"]["flags"] == EPHEMERAL

    shown = await fake.wait_for_callback(await fake.invoke_slash("help"))
    assert shown.json["data"]["flags"] == EPHEMERAL
    assert shown.json["data"]["embeds"][0]["title"] == "How to ask sendbot"


async def test_message_menu_answers_the_selected_message(
    start_sendbot: StartSendBot, misses: ListMisses
) -> None:
    _, fake = await start_sendbot()
    target = await fake.post_message(SCHOOLS, author=fake.moderator)
    menu = await fake.invoke_message_command("Ask sendbot", target)
    callback = await fake.wait_for_callback(menu)
    data = callback.json["data"]
    assert data["embeds"][0]["footer"]["text"] == f"Asked: {SCHOOLS}"
    assert data["allowed_mentions"] == NO_PINGS
    # The person who used the menu asked, so they may dismiss it.
    assert buttons(data)[-1] == ("Dismiss", f"sb:del:{fake.member.id}")

    # A forwarded question: its text is in the forward's snapshot, not its content.
    forwarded = await fake.post_message(forwards=target, author=fake.owner)
    menu = await fake.invoke_message_command("Ask sendbot", forwarded)
    callback = await fake.wait_for_callback(menu)
    assert callback.json["data"]["embeds"][0]["footer"]["text"] == f"Asked: {SCHOOLS}"

    empty = await fake.post_message("", author=fake.moderator, embeds=[{"title": "x"}])
    menu = await fake.invoke_message_command("Ask sendbot", empty)
    callback = await fake.wait_for_callback(menu)
    assert callback.json["data"]["content"] == "That message has no text I can answer."
    # Nor has one of only a link, a custom emoji, @everyone or code: "Ask me a question"
    # would have told the person who asked to ask.
    for markup in ("https://example.com/page", "<:custom:123456789012345678>", "@everyone"):
        only = await fake.post_message(markup, author=fake.moderator)
        menu = await fake.invoke_message_command("Ask sendbot", only, member=fake.owner)
        callback = await fake.wait_for_callback(menu)
        assert callback.json["data"]["content"] == "That message has no text I can answer."
    assert misses.records == []
