"""/trend through the fake Discord: autocomplete, a deferred reply with the chart attached."""

from __future__ import annotations

import re
import time
from typing import Any

import aiohttp
import pytest

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.trend import Trend, summary_lines, trend
from sendbot.charts import trend_png
from sendbot.discord_app.render import escape
from sendbot.knowledge.measures import history, measure_names
from sendbot.knowledge.model import KnowledgeBase
from tests.answering.test_trend import high_needs
from tests.charts.test_trend_png import png_size
from tests.e2e.conftest import StartSendBot
from tests.fakediscord import FakeDiscord, Overwrite, Permission, RecordedRequest

JSON = dict[str, Any]
DEFERRED, AUTOCOMPLETE = 5, 8
EPHEMERAL = 64
NO_PINGS = {"parse": []}


def longest_measure(kb: KnowledgeBase) -> str:
    """The shipped measure with the most figures (the best chart to look at)."""
    return max(measure_names(kb), key=lambda name: (len(history(kb, name)), name))


def chart_of(kb: KnowledgeBase, measure: str) -> Trend:
    chart = trend(kb, measure)
    assert chart is not None
    return chart


async def trend_reply(
    fake: FakeDiscord, measure: str, **where: Any
) -> tuple[JSON, RecordedRequest]:
    """/trend MEASURE: the bot defers at once, then sends the chart; (interaction, that send)."""
    interaction = await fake.invoke_slash("trend", {"measure": measure}, **where)
    callback = await fake.wait_for_callback(interaction)
    assert callback.status == 200, callback.response
    assert callback.json["type"] == DEFERRED
    hook = re.escape(f"/webhooks/{fake.application_id}/{interaction['token']}")
    sent = await fake.wait_for_request("POST", hook, timeout=30.0)
    assert sent.status == 200, sent.response
    return interaction, sent


async def test_trend_posts_the_chart_with_the_summary_in_an_embed(
    start_sendbot: StartSendBot, shipped_index: FactIndex
) -> None:
    _, fake = await start_sendbot()
    kb = shipped_index.kb
    measure = longest_measure(kb)
    chart = chart_of(kb, measure)
    interaction, sent = await trend_reply(fake, measure)

    [upload] = sent.files
    assert upload.filename == f"{measure}.png"
    assert png_size(upload.data) == (800, 450)
    assert sent.json["allowed_mentions"] == NO_PINGS
    [embed] = sent.json["embeds"]
    assert embed["title"] == chart.title
    lines = embed["description"].splitlines()
    assert lines[0] == f"**{escape(summary_lines(chart)[0])}**"  # the newest figure
    assert lines[1:] == [escape(line) for line in summary_lines(chart)[1:]]
    assert embed["image"]["url"] == f"attachment://{measure}.png"

    # What members see: the deferred message now carries the chart as an image.
    message = fake.original_message(interaction)
    assert message is not None and not message["flags"] & EPHEMERAL
    [attachment] = message["attachments"]
    assert (attachment["content_type"], attachment["width"], attachment["height"]) == (
        "image/png",
        800,
        450,
    )
    assert message["embeds"][0]["image"]["url"] == attachment["url"]
    async with aiohttp.ClientSession() as session, session.get(attachment["url"]) as response:
        assert await response.read() == upload.data


async def test_trend_autocomplete_offers_measures_by_their_words(
    start_sendbot: StartSendBot, shipped_index: FactIndex
) -> None:
    _, fake = await start_sendbot()
    names = set(measure_names(shipped_index.kb))
    for typed in ("", "high needs budget", "psycholog"):
        interaction = await fake.invoke_autocomplete("trend", {"measure": typed}, focused="measure")
        callback = await fake.wait_for_callback(interaction)
        assert callback.json["type"] == AUTOCOMPLETE
        choices = callback.json["data"]["choices"]
        assert 1 <= len(choices) <= 25
        assert {choice["value"] for choice in choices} <= names
        if typed == "high needs budget":
            assert choices[0]["value"] == "high-needs-budget"
        if typed == "psycholog":
            assert all("psycholog" in choice["value"] for choice in choices)
        if typed == "":
            assert len(choices) == min(len(names), 25)


async def test_an_unknown_measure_is_a_private_hint_without_a_chart(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    interaction = await fake.invoke_slash("trend", {"measure": "high needs budgt"})
    callback = await fake.wait_for_callback(interaction)
    assert callback.json["type"] == 4
    data = callback.json["data"]
    assert data["flags"] & EPHEMERAL
    assert data["allowed_mentions"] == NO_PINGS
    assert data["content"].startswith("I have no measure called high needs budgt.")
    assert "`high-needs-budget`" in data["content"]
    assert callback.files == []


async def test_a_measure_with_one_figure_still_gets_a_chart_and_says_so(
    start_sendbot: StartSendBot,
) -> None:
    single = KnowledgeBase(high_needs().files[:1])  # one answer: one figure for the measure
    index = build_index(single)
    _, fake = await start_sendbot(index_provider=lambda: index)
    _, sent = await trend_reply(fake, "high-needs-budget")
    assert png_size(sent.files[0].data) == (800, 450)
    [embed] = sent.json["embeds"]
    assert "Only one figure so far" in embed["description"]
    assert embed["footer"]["text"].startswith("One figure so far, so the chart has a single point.")


async def test_when_drawing_fails_the_text_still_goes_out(
    start_sendbot: StartSendBot, shipped_index: FactIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(chart: Trend) -> bytes:
        raise RuntimeError("no fonts today")

    # The chart module, not the cog's: discord.py imports the extension afresh for each bot.
    monkeypatch.setattr(trend_png, "render_png", broken)
    _, fake = await start_sendbot()
    measure = longest_measure(shipped_index.kb)
    _, sent = await trend_reply(fake, measure)
    assert sent.files == []
    [embed] = sent.json["embeds"]
    assert "image" not in embed
    assert embed["title"] == chart_of(shipped_index.kb, measure).title


async def test_without_attach_files_in_the_channel_the_text_says_why_there_is_no_chart(
    start_sendbot: StartSendBot, shipped_index: FactIndex
) -> None:
    _, fake = await start_sendbot()
    no_files = Overwrite(fake.bot_user.id, 1, deny=Permission.ATTACH_FILES)
    channel = fake.guild.add_text_channel("no-files", [no_files])
    measure = longest_measure(shipped_index.kb)
    interaction = await fake.invoke_slash("trend", {"measure": measure}, channel=channel)
    callback = await fake.wait_for_callback(interaction)
    assert callback.json["type"] == 4
    assert callback.files == []
    [embed] = callback.json["data"]["embeds"]
    assert "image" not in embed
    assert embed["description"].endswith("needs the Attach Files permission in this channel.")


async def test_in_a_direct_message_the_chart_is_attached(
    start_sendbot: StartSendBot, shipped_index: FactIndex
) -> None:
    _, fake = await start_sendbot()
    dm = fake.world.dm_channel(fake.member.user)
    measure = longest_measure(shipped_index.kb)
    _, sent = await trend_reply(fake, measure, member=fake.member.user, channel=dm)
    assert png_size(sent.files[0].data) == (800, 450)


async def test_mistyped_measures_do_not_use_up_the_charts_a_user_may_draw(
    start_sendbot: StartSendBot,
) -> None:
    """Three charts per 30 s each: a measure that does not exist draws nothing, so it does
    not count, and the right one is charted at once."""
    bot, fake = await start_sendbot()
    for typo in ("high needs budgt", "hihg needs", "high need budget?"):
        refused = await fake.invoke_slash("trend", {"measure": typo})
        said = (await fake.wait_for_callback(refused)).json["data"]["content"]
        assert said.startswith("I have no measure called")
    for _ in range(3):
        await trend_reply(fake, "high-needs-budget")
    fourth = await fake.invoke_slash("trend", {"measure": "high-needs-budget"})
    callback = await fake.wait_for_callback(fourth)
    assert callback.json["data"]["flags"] == EPHEMERAL
    assert callback.json["data"]["content"].startswith("You're asking quickly: please try again in")
    cog: Any = bot.get_cog("Trends")
    cog.clock = lambda: time.monotonic() + 31
    await trend_reply(fake, "high-needs-budget")


async def test_a_measure_of_spaces_asks_which_measure(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    callback = await fake.wait_for_callback(await fake.invoke_slash("trend", {"measure": "  "}))
    data = callback.json["data"]
    assert data["flags"] & EPHEMERAL and callback.files == []
    assert data["content"] == "Which measure? Start typing in `measure` to pick one."
