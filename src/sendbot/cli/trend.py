"""`sendbot trend [MEASURE] [--out FILE.png] [--list]`: a measure's figures over time as a PNG.

Without a measure (or with --list alone) it lists the measures and how many points each chart
has (one per period); with a measure and --list, that measure's points and where each comes
from, drawing no chart. The chart module (matplotlib) is imported only when a chart is drawn.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sendbot.answering.trend import (
    measure_named,
    measure_title,
    point_count,
    similar_measures,
    summary_lines,
    trend,
)
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.measures import measure_names
from sendbot.knowledge.model import KnowledgeBase


def list_measures(kb: KnowledgeBase) -> int:
    names = measure_names(kb)
    if not names:
        print("no facts in the knowledge base name a measure")
        return 0
    width = max(len(name) for name in names)
    for name in names:
        count = point_count(kb, name)
        print(
            f"{name:<{width}}  {count:>3} point{'s' if count != 1 else ' '}  {measure_title(name)}"
        )
    return 0


def list_points(kb: KnowledgeBase, measure: str) -> int:
    """`trend MEASURE --list`: each point of the measure, oldest period first, with the written
    answer and date it comes from; 2 for an unknown measure."""
    chart = trend(kb, measure_named(kb, measure))
    if chart is None:
        print(unknown_measure(kb, measure), file=sys.stderr)
        return 2
    print(f"{chart.measure}: {chart.figure_label}")
    width = max(len(point.period) for point in chart.points)
    for point in chart.points:
        print(
            f"{point.period:<{width}}  {point.shown}  (answered {human_date(point.answered)}, "
            f"{point.source_title})"
        )
    return 0


SHOWN_LIMIT = 60  # characters of an unknown measure echoed back


def unknown_measure(kb: KnowledgeBase, typed: str) -> str:
    close = similar_measures(kb, typed)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    shown = typed if len(typed) <= SHOWN_LIMIT else typed[: SHOWN_LIMIT - 3] + "..."
    return f"sendbot: no measure called {shown!r}{hint} (`sendbot trend --list` shows them all)"


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def overwrite_refusal(target: Path) -> str | None:
    """Why `target` must not be replaced by a chart, or None. Re-running `trend` to refresh a
    chart replaces the PNG it wrote; any other existing file (a typo'd path, a knowledge file,
    a document) is kept."""
    try:
        with target.open("rb") as existing:
            head = existing.read(len(PNG_SIGNATURE))
    except FileNotFoundError:
        return None
    except OSError:
        return None  # a special or unreadable path: writing it reports the real problem
    if head == PNG_SIGNATURE:
        return None
    return f"{target} exists and is not a PNG image; give a new file name or remove it first"


def out_name_refusal(out: Path) -> str | None:
    """Why `--out` cannot name the chart, or None: a PNG written as x.txt, or as `chart` (a
    folder not made yet?), would hide what the file is."""
    if out.suffix.lower() == ".png" or out.is_dir():
        return None
    return (
        f"--out {out}: the chart is a PNG image; give a file name ending in .png, "
        "or an existing directory"
    )


def write_trend(kb: KnowledgeBase, measure: str, out: Path | None) -> int:
    """Print the summary and write the chart; 2 for an unknown measure or an `out` that
    cannot name a PNG, 1 if it cannot write."""
    name = measure_named(kb, measure)
    chart = trend(kb, name)
    if chart is None:
        print(unknown_measure(kb, measure), file=sys.stderr)
        return 2
    refusal = out_name_refusal(out) if out is not None else None
    if refusal is not None:
        print(f"sendbot: {refusal}", file=sys.stderr)
        return 2
    from sendbot.charts.trend_png import HEIGHT, WIDTH, render_png

    png = render_png(chart)
    target = out or Path(f"{name}.png")
    if target.is_dir():
        target = target / f"{name}.png"
    refusal = overwrite_refusal(target)
    if refusal is not None:
        print(f"sendbot: {refusal}", file=sys.stderr)
        return 1
    try:
        target.write_bytes(png)
    except OSError as exc:
        print(f"sendbot: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for line in summary_lines(chart):
        print(line)
    points = len(chart.points)
    print(f"wrote {target} ({WIDTH}x{HEIGHT}, {points} point{'s' if points != 1 else ''})")
    return 0
