"""A Trend -> the embed that carries its chart: the text summary, the facts, the image. Pure."""

from __future__ import annotations

from sendbot.answering.trend import Trend, similar_measures, summary_lines
from sendbot.discord_app.render import EmbedSpec, clip, escape, fit
from sendbot.knowledge.model import KnowledgeBase

ONE_POINT = "One figure so far, so the chart has a single point."


def chart_filename(chart: Trend) -> str:
    return f"{chart.measure}.png"


def trend_embed(chart: Trend, *, with_image: bool = True, note: str = "") -> EmbedSpec:
    """The newest figure and its citation, the earlier figures one to a line, the chart below."""
    lines = [escape(line) for line in summary_lines(chart)]
    lines[0] = f"**{lines[0]}**"
    if chart.left_out:
        left_out = ", ".join(chart.left_out)
        lines.append(escape(f"Not on the chart (a figure of another kind): {left_out}"))
    if note:
        lines.append(f"-# {escape(note)}")
    points = len(chart.points)
    facts = ", ".join(point.fact_id for point in reversed(chart.points))
    footer = (
        f"{points} figure{'s' if points != 1 else ''} · /fact shows each quote: {facts}"
        if points > 1
        else f"{ONE_POINT} /fact {facts} shows its quote"
    )
    return fit(
        EmbedSpec(
            title=escape(chart.title),
            description="\n".join(lines),
            footer=footer,
            image=f"attachment://{chart_filename(chart)}" if with_image else None,
        )
    )


def unknown_measure_text(kb: KnowledgeBase, typed: str) -> str:
    if not typed.strip():  # Discord sends a value of spaces as given
        return "Which measure? Start typing in `measure` to pick one."
    close = similar_measures(kb, typed)
    text = f"I have no measure called {escape(clip(typed.strip(), 100))}."
    if close:
        text += " Did you mean " + ", ".join(f"`{name}`" for name in close) + "?"
    return text + " Start typing in `measure` to pick one."
