"""A Trend (sendbot.answering.trend) -> a small PNG chart, drawn with matplotlib's Agg canvas.

No pyplot and no display: a Figure on its own canvas, so nothing global is touched and it works
on a headless host. Import this module only where a chart is drawn (matplotlib takes a while to
import, and `sendbot ask` should not pay for it). Drawing is serialised by a lock because
matplotlib's shared state (styles, font cache) is not thread-safe, and callers draw in worker
threads to keep the Discord event loop free.

The output is the same bytes for the same Trend: the default style, the bundled DejaVu font, and
no "Software" or date metadata in the file.
"""

from __future__ import annotations

import io
import textwrap
import threading
from dataclasses import replace

import matplotlib.style
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

from sendbot.answering.batch_figures import BATCHES_NOTE
from sendbot.answering.trend import Trend, TrendPoint, value_text

WIDTH, HEIGHT, DPI = 800, 450, 100
LINE_COLOUR = "#2b6cb0"  # the embed colour, so chart and embed look like one answer
CAPTION_WIDTH = 150  # characters per caption line at its font size
CAPTION_LINES = 3
MAX_DRAWN = 10  # periods on one chart; more would not be readable at this size
CROWDED = 5  # more points than this: the answer dates move under the axis
# The closest two points may sit, as a share of the even spacing, so labels do not collide.
MIN_GAP_SHARE = 0.45
AHEAD_LEGEND = "hollow: given before its period began (a plan)"
_drawing = threading.Lock()


def caption_text(chart: Trend) -> str:
    """The caption as drawn: the sources of the points drawn, wrapped to CAPTION_LINES."""
    text = drawn(chart).caption
    if len(chart.points) > MAX_DRAWN:
        text = f"The latest {MAX_DRAWN} of {len(chart.points)} periods. {text}"
    return "\n".join(textwrap.wrap(text, CAPTION_WIDTH, max_lines=CAPTION_LINES, placeholder=" …"))


def point_text(lines: tuple[str, str]) -> str:
    return "\n".join(lines)


def tick_text(point: TrendPoint, crowded: bool) -> str:
    """The period under a point; on a crowded chart also when the figure was given."""
    if not crowded:
        return point.period
    answered = point.label_lines[1]  # "answered 8 Feb 2024"
    return "\n".join([point.period, *answered.split(" ", 1)])


def subtitle(chart: Trend) -> str:
    label = chart.figure_label[:1].upper() + chart.figure_label[1:]
    return f"{label} (each an addition, {BATCHES_NOTE})" if chart.batches else label


def _in_a_valley(values: list[float], position: int) -> bool:
    """Lower than the points either side: a label above would sit on the line."""
    neighbours = values[max(position - 1, 0) : position] + values[position + 1 : position + 2]
    return len(neighbours) == 2 and all(values[position] < other for other in neighbours)


def positions_in_time(points: tuple[TrendPoint, ...]) -> list[float]:
    """Where each point sits on the axis, in years from the first period's start, so that
    2024/25 and 2028/29 are four years apart, not neighbours; points closer than
    MIN_GAP_SHARE of the even spacing are moved apart just enough for their labels."""
    years = [(point.starts - points[0].starts).days / 365.25 for point in points]
    if len(points) < 2:
        return years
    gap = MIN_GAP_SHARE * (years[-1] - years[0]) / (len(points) - 1)
    placed = years[:1]
    for year in years[1:]:
        placed.append(max(year, placed[-1] + gap))
    return placed


def drawn(chart: Trend) -> Trend:
    """The chart as drawn: its latest MAX_DRAWN periods (the text lists them all)."""
    return replace(chart, points=chart.points[-MAX_DRAWN:])


def draw(chart: Trend) -> Figure:
    """The chart as a matplotlib Figure (for tests to read back what is drawn)."""
    shown = drawn(chart)
    points = shown.points
    positions = positions_in_time(points)
    values = [point.value for point in points]
    crowded = len(points) > CROWDED
    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    caption = caption_text(chart)
    ticks_height = 0.07 if crowded else 0.0  # three-line period labels
    caption_height = 0.035 * (caption.count("\n") + 1)
    figure.subplots_adjust(
        left=0.11, right=0.97, top=0.82, bottom=0.12 + ticks_height + caption_height
    )
    axes = figure.add_subplot()
    if not chart.batches:  # batches added to others are not a series: no line joins them
        axes.plot(positions, values, linewidth=2, color=LINE_COLOUR)
    for ahead in (False, True):
        at = [index for index, point in enumerate(points) if point.ahead is ahead]
        axes.plot(
            [positions[index] for index in at],
            [values[index] for index in at],
            linestyle="none",
            marker="o",
            markersize=7,
            color=LINE_COLOUR,
            markerfacecolor="white" if ahead else LINE_COLOUR,
            markeredgewidth=2,
            label=AHEAD_LEGEND if ahead and at else None,
        )
    if any(point.ahead for point in points):
        axes.legend(loc="upper left", fontsize=7.5, frameon=False, handlelength=1)
    top = max(max(values), 0.0)
    for index, point in enumerate(points):
        position = positions[index]
        below = _in_a_valley(values, index) and point.value > 0.3 * top
        axes.annotate(
            point.shown if crowded else point_text(point.label_lines),
            (position, point.value),
            textcoords="offset points",
            xytext=(0, -11 if below else 9),
            ha="center",
            va="top" if below else "bottom",
            fontsize=8 if crowded else 8.5,
            # Readable where the line runs behind the label.
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
        )
    # Crowded: the value by the point, the answer's date under the period, so labels fit.
    ticks = [tick_text(point, crowded) for point in points]
    axes.set_xticks(positions, ticks, fontsize=7 if crowded else 10)
    span = positions[-1] - positions[0]
    margin = 0.6 if not span else span * 0.6 / max(len(points) - 1, 1)
    axes.set_xlim(positions[0] - margin, positions[-1] + margin)
    if span >= 2:  # a small tick a year, so a gap of years reads as one
        axes.xaxis.set_minor_locator(MultipleLocator(1))
    # From zero, so a change looks as big as it is; headroom for the labels.
    axes.set_ylim(min(min(values), 0.0), top * 1.3 if top else 1.0)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: value_text(value, chart.kind)))
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", alpha=0.3)
    axes.set_xlabel("Period the figure is for", fontsize=9)
    figure.suptitle(chart.title, fontsize=14, fontweight="bold", x=0.11, ha="left", y=0.97)
    axes.set_title(subtitle(chart), fontsize=9.5, loc="left", pad=14)
    figure.text(0.01, 0.015, caption, fontsize=7, ha="left", va="bottom", color="#444444")
    return figure


def render_png(chart: Trend) -> bytes:
    """The chart as PNG bytes, WIDTH x HEIGHT pixels."""
    with _drawing, matplotlib.style.context("default"):
        figure = draw(chart)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
