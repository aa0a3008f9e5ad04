"""The trend chart is a small PNG that draws exactly the labels the chart data gives."""

import datetime as dt
import struct
import subprocess
import sys
from dataclasses import replace

import pytest
from matplotlib.text import Text

from sendbot.answering.trend import Trend, trend
from sendbot.charts.trend_png import (
    AHEAD_LEGEND,
    HEIGHT,
    MAX_DRAWN,
    MIN_GAP_SHARE,
    WIDTH,
    caption_text,
    draw,
    point_text,
    positions_in_time,
    render_png,
    subtitle,
)
from sendbot.knowledge.model import KnowledgeBase
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load
from tests.answering.test_trend import added_places, high_needs

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chart_of(kb: KnowledgeBase, measure: str = "high-needs-budget") -> Trend:
    chart = trend(kb, measure)
    assert chart is not None
    return chart


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which a PNG must have first."""
    assert png[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def drawn_texts(chart: Trend) -> list[str]:
    figure = draw(chart)
    return [text.get_text() for text in figure.findobj(Text) if text.get_text()]


def test_the_png_is_800_by_450_and_the_same_bytes_every_time() -> None:
    chart = chart_of(high_needs())
    png = render_png(chart)
    assert png_size(png) == (WIDTH, HEIGHT) == (800, 450)
    assert render_png(chart) == png
    assert b"Software" not in png and b"Matplotlib" not in png  # no tool or date metadata


def test_every_point_is_labelled_with_its_value_and_answer_date() -> None:
    chart = chart_of(high_needs())
    texts = drawn_texts(chart)
    assert [point_text(p.label_lines) for p in chart.points] == [
        "£10.1bn\nanswered 26 Sep 2023",
        "£10.5bn\nanswered 26 Sep 2023",
        "over £12bn\nanswered 29 Apr 2025",
    ]
    for point in chart.points:
        assert point_text(point.label_lines) in texts


def test_the_axis_shows_the_periods_in_order_and_money_in_billions() -> None:
    chart = chart_of(high_needs())
    axes = draw(chart).axes[0]
    assert [label.get_text() for label in axes.get_xticklabels()] == [
        "2023/24",
        "2024/25",
        "2025/26",
    ]
    figure = draw(chart)
    figure.canvas.draw()  # tick labels are formatted when drawn
    y_labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert y_labels[0] == "£0" and all(text.startswith("£") for text in y_labels)
    assert any(text.endswith("bn") for text in y_labels)


def test_title_subtitle_and_caption_name_the_measure_and_the_sources() -> None:
    chart = chart_of(high_needs())
    texts = drawn_texts(chart)
    assert chart.title in texts
    assert subtitle(chart) == "High needs budget" in texts
    caption = caption_text(chart)
    assert caption in texts
    assert "High needs funding 2024/25" in caption and "29 Apr 2025" in caption


def test_a_single_point_still_draws() -> None:
    kb = high_needs()
    single = KnowledgeBase(kb.files[:1])
    chart = chart_of(single)
    assert len(chart.points) == 1
    assert png_size(render_png(chart)) == (WIDTH, HEIGHT)
    assert point_text(chart.points[0].label_lines) in drawn_texts(chart)


def test_asking_a_question_does_not_import_matplotlib() -> None:
    code = (
        "import sys, sendbot.cli.main, sendbot.answering.trend; "
        "sys.exit('matplotlib' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_label_in_a_valley_goes_below_its_point_so_the_line_does_not_cross_it() -> None:
    from matplotlib.text import Annotation

    from sendbot.knowledge.model import Figure, FigureKind, KnowledgeFile
    from tests.answering.test_trend import AUTUMN, fact
    from tests.knowledge.builders import written_answer

    src = written_answer("s", AUTUMN, title="T")
    values = {"2022/23": 900, "2023/24": 400, "2024/25": 1000}
    facts = tuple(
        fact(f"f-{n}", Figure(v, FigureKind.COUNT, "places"), period, "s", measure="m")
        for n, (period, v) in enumerate(values.items())
    )
    chart = chart_of(KnowledgeBase((KnowledgeFile("a.yaml", src, facts),)), "m")
    labels = [a for a in draw(chart).findobj(Annotation)]
    placement = {a.get_text().split("\n")[0]: a.get_verticalalignment() for a in labels}
    assert placement == {"900": "bottom", "400": "top", "1,000": "bottom"}


def yearly(count: int) -> Trend:
    """`count` yearly figures, each from its own answer."""
    import datetime as dt

    from sendbot.knowledge.model import KnowledgeFile
    from tests.answering.test_trend import fact, money
    from tests.knowledge.builders import written_answer

    files = []
    for number in range(count):
        year = 2005 + number
        src = written_answer(f"s{number}", dt.date(year, 3, 1), title=f"Answer {number}")
        figure = money(6_000_000_000 + number * 500_000_000, "total high needs funding")
        period = f"{year}/{(year + 1) % 100:02d}"
        files.append(
            KnowledgeFile(f"{number}.yaml", src, (fact(f"f{number}", figure, period, src.id),))
        )
    return chart_of(KnowledgeBase(tuple(files)))


def test_a_crowded_chart_puts_each_answer_date_under_its_period() -> None:
    from matplotlib.text import Annotation

    chart = yearly(8)
    figure = draw(chart)
    ticks = [label.get_text() for label in figure.axes[0].get_xticklabels()]
    assert ticks[0] == "2005/06\nanswered\n1 Mar 2005"
    assert ticks[-1] == "2012/13\nanswered\n1 Mar 2012"
    values = [a.get_text() for a in figure.findobj(Annotation)]
    assert values == [p.shown for p in chart.points]
    assert values[:2] == ["£6bn", "£6.5bn"]


def test_a_long_history_draws_the_latest_periods_and_says_so() -> None:
    chart = yearly(MAX_DRAWN + 3)
    ticks = [label.get_text() for label in draw(chart).axes[0].get_xticklabels()]
    assert len(ticks) == MAX_DRAWN
    assert ticks[-1].startswith(chart.newest.period)
    assert caption_text(chart).startswith(f"The latest {MAX_DRAWN} of {MAX_DRAWN + 3} periods.")
    assert png_size(render_png(chart)) == (WIDTH, HEIGHT)


def test_points_sit_apart_as_far_as_their_periods_are() -> None:
    # The shipped core schools budget: 2024/25 (said in 2023) and 2028/29 (said in 2025).

    chart = chart_of(load(BUNDLED_KNOWLEDGE).kb, "core-schools-budget")
    assert [point.period for point in chart.points] == ["2024/25", "2028/29"]
    assert positions_in_time(chart.points) == [0.0, pytest.approx(4.0, abs=0.01)]
    axes = draw(chart).axes[0]
    # A small tick for each year between, so the gap reads as four years, not one.
    assert len(axes.xaxis.get_minorticklocs()) >= 3


def test_points_a_few_days_apart_are_moved_apart_for_their_labels() -> None:
    chart = chart_of(high_needs())
    first, second, third = chart.points
    close = (first, replace(second, starts=first.starts + dt.timedelta(days=3)), third)
    placed = positions_in_time(close)
    even = (placed[-1] - placed[0]) / 2
    assert placed[1] - placed[0] >= MIN_GAP_SHARE * even * 0.99


def test_a_figure_given_before_its_period_began_is_drawn_hollow_and_explained() -> None:
    chart = chart_of(high_needs())
    assert [point.ahead for point in chart.points] == [False, True, False]
    figure = draw(chart)
    legend = figure.axes[0].get_legend()
    assert legend is not None and [t.get_text() for t in legend.get_texts()] == [AHEAD_LEGEND]
    hollow = [line for line in figure.axes[0].get_lines() if line.get_markerfacecolor() == "white"]
    assert len(hollow) == 1 and list(hollow[0].get_xdata()) == [positions_in_time(chart.points)[1]]


def test_no_legend_when_every_figure_is_for_a_period_already_begun() -> None:
    chart = chart_of(high_needs())
    past = replace(chart, points=tuple(replace(p, starts=p.answered) for p in chart.points))
    assert draw(past).axes[0].get_legend() is None


def test_additions_are_drawn_as_points_with_no_line_joining_them() -> None:
    chart = chart_of(added_places(), "resource-bases")
    figure = draw(chart)
    joined = [line for line in figure.axes[0].get_lines() if line.get_linestyle() != "None"]
    assert joined == []
    assert "not a running total" in subtitle(chart)
    # A running series still has its line.
    series = draw(chart_of(high_needs())).axes[0].get_lines()
    assert any(line.get_linestyle() != "None" for line in series)
