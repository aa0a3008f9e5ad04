"""/facts: pages that only the person who asked can turn, until the buttons time out."""

from __future__ import annotations

from typing import Any

from sendbot.discord_app.exts.ask import Ask
from sendbot.discord_app.exts.ask._pager import NOT_YOURS
from sendbot.knowledge.model import KnowledgeBase
from tests.e2e.conftest import StartSendBot

FIRST, PREV, NEXT, LAST = "sb:page:first", "sb:page:prev", "sb:page:next", "sb:page:last"


def state(data: dict[str, Any]) -> tuple[str, dict[str, bool]]:
    footer = data["embeds"][0]["footer"]["text"]
    buttons = {
        b["custom_id"]: b["disabled"] for row in data["components"] for b in row["components"]
    }
    return footer.split(" · ")[0], buttons


async def test_pages_turn_for_the_invoker_only(
    start_sendbot: StartSendBot, shipped_kb: KnowledgeBase
) -> None:
    pages = -(-len(shipped_kb) // 10)  # ten facts to a page
    _, fake = await start_sendbot()
    interaction = await fake.invoke_slash("facts")
    first = (await fake.wait_for_callback(interaction)).json["data"]
    assert state(first) == (
        f"Page 1 of {pages}",
        {FIRST: True, PREV: True, NEXT: False, LAST: False},
    )
    assert first["allowed_mentions"] == {"parse": []}
    message = fake.original_message(interaction)
    assert message is not None

    turned = await fake.wait_for_callback(await fake.click(message, NEXT))
    assert turned.json["type"] == 7  # the same message, updated
    assert state(turned.json["data"]) == (
        f"Page 2 of {pages}",
        {FIRST: False, PREV: False, NEXT: False, LAST: False},
    )

    refused = await fake.wait_for_callback(await fake.click(message, NEXT, member=fake.moderator))
    assert refused.json["type"] == 4
    assert refused.json["data"]["content"] == NOT_YOURS and refused.json["data"]["flags"] == 64
    current = fake.original_message(interaction)
    assert current is not None and current["embeds"][0]["footer"]["text"].startswith("Page 2")

    await fake.wait_for_callback(await fake.click(message, PREV))
    current = fake.original_message(interaction)
    assert current is not None and current["embeds"][0]["footer"]["text"].startswith("Page 1")

    # The last page in one press, not pages - 1 (17 on the shipped base), and back.
    last = await fake.wait_for_callback(await fake.click(message, LAST))
    assert state(last.json["data"]) == (
        f"Page {pages} of {pages}",
        {FIRST: False, PREV: False, NEXT: True, LAST: True},
    )
    back = await fake.wait_for_callback(await fake.click(message, FIRST))
    assert state(back.json["data"])[0] == f"Page 1 of {pages}"


async def test_buttons_are_disabled_after_the_timeout(start_sendbot: StartSendBot) -> None:
    bot, fake = await start_sendbot()
    cog = bot.get_cog("Ask")
    # load_extension imports the module afresh, so compare by name, not isinstance.
    assert type(cog).__name__ == Ask.__name__ and hasattr(cog, "pager_timeout")
    cog.pager_timeout = 0.05
    interaction = await fake.invoke_slash("facts")
    await fake.wait_for_callback(interaction)
    edit = await fake.wait_for_request(
        "PATCH", rf"/webhooks/{fake.application_id}/{interaction['token']}/messages/@original"
    )
    disabled = [b["disabled"] for row in edit.json["components"] for b in row["components"]]
    assert disabled == [True, True, True, True]


async def test_one_tag_fits_one_page_and_an_unknown_tag_lists_the_tags(
    start_sendbot: StartSendBot, shipped_kb: KnowledgeBase
) -> None:
    _, fake = await start_sendbot()
    tagged = await fake.wait_for_callback(await fake.invoke_slash("facts", {"tag": "autism"}))
    data = tagged.json["data"]
    assert data["embeds"][0]["title"] == "Facts tagged autism"
    assert "components" not in data or data["components"] == []

    unknown = await fake.wait_for_callback(await fake.invoke_slash("facts", {"tag": "@everyone"}))
    data = unknown.json["data"]
    assert data["flags"] == 64
    first_tag = shipped_kb.tags()[0]
    assert data["content"].startswith(f"No facts are tagged @\u200beveryone. Tags: {first_tag}, ")

    choices = await fake.wait_for_callback(
        await fake.invoke_autocomplete("facts", {"tag": "sen"}, focused="tag")
    )
    assert choices.json["data"]["choices"][0] == {"name": "senco", "value": "senco"}


async def test_page_turns_never_ping(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    interaction = await fake.invoke_slash("facts")
    await fake.wait_for_callback(interaction)
    message = fake.original_message(interaction)
    assert message is not None
    turned = await fake.wait_for_callback(await fake.click(message, NEXT))
    assert turned.json["data"]["allowed_mentions"] == {"parse": []}


async def test_a_value_of_spaces_is_no_fact_id_and_no_source(start_sendbot: StartSendBot) -> None:
    # Discord lets a required option be sent as spaces; the reply read "the id ." before.
    _, fake = await start_sendbot()
    callback = await fake.wait_for_callback(await fake.invoke_slash("fact", {"id": " "}))
    data = callback.json["data"]
    assert data["flags"] == 64
    assert data["content"] == (
        "Which fact? Start typing a topic in `id` to pick one; `/facts` lists them all."
    )
    # A blank source is no source: every source is described, as for `/source` alone.
    listed = await fake.wait_for_callback(await fake.invoke_slash("source", {"source": "  "}))
    alone = await fake.wait_for_callback(await fake.invoke_slash("source", {}))
    assert listed.json["data"]["embeds"] == alone.json["data"]["embeds"]
