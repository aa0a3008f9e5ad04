"""A mention with a short id is markup like any other, and `ask --json` lists the earlier
figures oldest first, as the reply's text does."""

from __future__ import annotations

import datetime as dt

from sendbot.answering.markup import strip_markup
from sendbot.answering.reply import EarlierFigure, in_time_order


def test_mentions_with_short_ids_are_taken_out() -> None:
    for mention in ("<#7>", "<@12>", "<@!3>", "<@&99>"):
        assert strip_markup(f"{mention} what does PINS stand for") == "what does PINS stand for"
    assert strip_markup("what does PINS stand for <#31>?") == "what does PINS stand for ?"


def test_earlier_figures_are_in_time_order() -> None:
    older = EarlierFigure("a", "£1", "2021/22", dt.date(2021, 3, 1))
    newer = EarlierFigure("b", "£2", "2022/23", dt.date(2022, 3, 1))
    undated = EarlierFigure("c", "£3", None, dt.date(2021, 1, 5))
    assert [item.fact_id for item in in_time_order([newer, older, undated])] == ["c", "a", "b"]
