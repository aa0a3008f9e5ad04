"""The /trend embed: the summary as text, the chart as its image, within Discord's limits."""

import datetime as dt

from sendbot.answering.trend import Trend, summary_lines, trend
from sendbot.discord_app.exts.trend._render import (
    chart_filename,
    trend_embed,
    unknown_measure_text,
)
from sendbot.discord_app.render import EMBED_TOTAL_LIMIT
from sendbot.knowledge.model import KnowledgeBase, KnowledgeFile
from tests.answering.test_trend import fact, high_needs, money
from tests.knowledge.builders import written_answer


def chart_of(kb: KnowledgeBase, measure: str = "high-needs-budget") -> Trend:
    chart = trend(kb, measure)
    assert chart is not None
    return chart


def test_the_embed_leads_with_the_newest_figure_and_shows_the_attached_chart() -> None:
    chart = chart_of(high_needs())
    embed = trend_embed(chart)
    assert embed.title == "High needs budget"
    assert (
        embed.description.splitlines()[0] == "**High needs budget, newest for 2025/26: over £12bn**"
    )
    assert embed.description.splitlines()[1:] == summary_lines(chart)[1:]
    assert (
        embed.image
        == f"attachment://{chart_filename(chart)}"
        == ("attachment://high-needs-budget.png")
    )
    assert embed.footer == (
        "3 figures · /fact shows each quote: hn-2025-26, hn-2024-25, hn-2023-24"
    )
    assert trend_embed(chart, with_image=False).image is None


def test_a_long_history_stays_within_discord_limits() -> None:
    files = []
    for number in range(300):
        title = "An answer with a long title " * 5
        src = written_answer(f"s{number}", dt.date(2020, 1, 1), title=title)
        period = f"{1990 + number // 12}-{number % 12 + 1:02d}"  # 300 different months
        figure = money(1_000_000 + number, "funding")
        files.append(
            KnowledgeFile(f"{number}.yaml", src, (fact(f"f-{number}", figure, period, src.id),))
        )
    chart = chart_of(KnowledgeBase(tuple(files)))
    embed = trend_embed(chart)
    assert len(chart.points) > 50
    assert embed.total_length <= EMBED_TOTAL_LIMIT
    assert embed.description.startswith("**")


def test_an_unknown_measure_is_escaped_and_offers_close_names() -> None:
    text = unknown_measure_text(high_needs(), "@everyone high_needs_budgt")
    assert "@everyone" not in text
    assert "`high-needs-budget`" in text
    assert text.endswith("Start typing in `measure` to pick one.")
