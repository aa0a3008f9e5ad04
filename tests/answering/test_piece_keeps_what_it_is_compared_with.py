"""An earlier figure's piece of its quote reaches on to the words that say what it is compared
with: "over 50,000 more pupils placed" alone, cut before "in special schools compared to
2017", is no claim the source made."""

import datetime as dt

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import build_index
from sendbot.knowledge.model import Fact, Figure, FigureKind
from tests.knowledge.builders import knowledge_base, written_answer

JUN_2023 = dt.date(2023, 6, 12)
JAN_2026 = dt.date(2026, 1, 27)


def rise(fact_id: str, source_id: str, answered: dt.date, said: str, period: str) -> Fact:
    return Fact(
        id=fact_id,
        statement=f"There are {said} more pupils placed in special schools than in 2017.",
        quote=(
            "Demand for specialist school placements has grown in recent years, with "
            f"{said} more pupils placed in special schools compared to 2017."
        ),
        questions=("how many more pupils are in special schools than in 2017?",),
        as_of=answered,
        source_id=source_id,
        figures=(
            Figure(
                int(said.removeprefix("over ").replace(",", "")),
                FigureKind.COUNT,
                "more pupils placed in special schools compared to 2017",
                unit="pupils",
            ),
        ),
        measure="special-school-pupils-rise",
        period=period,
    )


def test_the_earlier_figure_is_quoted_with_what_it_is_compared_with() -> None:
    kb = knowledge_base(
        (
            written_answer("jun", JUN_2023),
            (rise("rise-2023", "jun", JUN_2023, "30,000", "2023-06"),),
        ),
        (
            written_answer("jan", JAN_2026),
            (rise("rise-2026", "jan", JAN_2026, "over 50,000", "2026-01"),),
        ),
    )
    reply = answer(build_index(kb), "how many more pupils are in special schools than in 2017?")
    # (the curated phrasing answers with the older figure, the newer one said beside it)
    assert reply.fact is not None and reply.fact.id == "rise-2023"
    assert (
        '"\u2026with over 50,000 more pupils placed in special schools compared to 2017"'
        in reply.text
    ), reply.text
