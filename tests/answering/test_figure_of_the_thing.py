"""Figures asked of the newest answer ("the newest numbers on X") are not given by a fact whose
only number says how long ("a greater share than at any time in the past fifty years"): that
measures a span of time, not the thing asked about."""

import datetime as dt

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.figure_of_the_thing import gives_a_figure_of_the_thing
from sendbot.knowledge.model import Fact, Figure, FigureKind


def _fact(*figures: Figure) -> Fact:
    return Fact(
        id="x",
        statement="x",
        quote="x",
        questions=(),
        as_of=dt.date(2026, 1, 27),
        source_id="s",
        figures=tuple(figures),
    )


def test_a_span_of_years_is_no_figure_of_the_thing() -> None:
    span = Figure(50, FigureKind.COUNT, "years it is the highest", unit="years")
    assert not gives_a_figure_of_the_thing(_fact(span))


def test_a_count_of_the_thing_is() -> None:
    pupils = Figure(200000, FigureKind.COUNT, "pupils in special schools", unit="pupils")
    age = Figure(16, FigureKind.COUNT, "youngest age", unit="years old")
    assert gives_a_figure_of_the_thing(_fact(pupils))
    assert gives_a_figure_of_the_thing(_fact(age))


def test_newest_numbers_asked_are_not_the_fifty_years(shipped_index: FactIndex) -> None:
    for question in (
        "newest numbers on special school attendance",
        "up to date data on special school attendance numbers",
    ):
        reply = answer(shipped_index, question)
        given = reply.fact.id if reply.fact is not None else None
        assert given != "special-schools-share-highest-in-fifty-years", question
