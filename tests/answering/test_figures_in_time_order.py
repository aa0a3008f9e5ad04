"""The lines listing a measure's other figures beside the one shown read in one order, time
order, oldest first: "Earlier" listed newest first beside "Later" in time order made a reader
work out which way each line ran. Of many, those nearest the figure shown are listed, and the
rest are counted where they fall in time."""

import datetime as dt

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeBase
from tests.knowledge.builders import knowledge_base, written_answer

YEARS = ("2020/21", "2021/22", "2022/23", "2023/24", "2024/25", "2025/26")


def budget(year: int, period: str) -> Fact:
    tenths = 95 + 5 * year  # £9.5 billion, £10.0 billion, ...
    said = f"£{tenths // 10}.{tenths % 10} billion"
    return Fact(
        id=f"hn-{period.replace('/', '-')}",
        statement=f"Total high needs funding is {said} in {period}.",
        quote=f"Total high needs funding will be {said} in the {period} financial year.",
        questions=(f"how much is high needs funding in {period}?",),
        as_of=_answered(year),
        source_id=f"answer-{year}",
        title=f"Total high needs funding for {period}",
        tags=("funding",),
        figures=(Figure(tenths * 100_000_000, FigureKind.MONEY, "total high needs funding"),),
        measure="high-needs-budget",
        period=period,
    )


def _answered(year: int) -> dt.date:
    return dt.date(2020 + year, 2, 1)


def six_years() -> KnowledgeBase:
    return knowledge_base(
        *(
            (written_answer(f"answer-{year}", _answered(year)), (budget(year, period),))
            for year, period in enumerate(YEARS)
        )
    )


INDEX: FactIndex = build_index(six_years())


def _piece(year: int) -> str:
    tenths = 95 + 5 * year
    return (
        f'"£{tenths // 10}.{tenths % 10} billion in the {YEARS[year]} financial year"'
        f" (Jane Minister, 1 February {2020 + year})"
    )


def test_earlier_figures_are_listed_oldest_first_the_older_ones_counted_before_them() -> None:
    reply = answer(INDEX, "how much is the high needs budget?")
    assert reply.fact is not None and reply.fact.id == "hn-2025-26"
    assert reply.text.splitlines()[-1] == (
        f"Earlier: 2 older figures, then {_piece(2)}; {_piece(3)}; {_piece(4)}."
    )


def test_later_figures_are_listed_oldest_first_the_later_ones_counted_after_them() -> None:
    reply = answer(INDEX, "what was the high needs budget in 2020/21?")
    assert reply.fact is not None and reply.fact.id == "hn-2020-21"
    assert reply.text.splitlines()[-1] == (
        f"Later: {_piece(1)}; {_piece(2)}; {_piece(3)}; and 2 later."
    )


def test_the_shipped_high_needs_budget_s_earlier_figures_lead_up_to_the_newest(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how much is the high needs budget?")
    assert reply.fact is not None and reply.fact.id == "high-needs-total-2025-26"
    assert reply.text.splitlines()[-1] == (
        'Earlier: "£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023); '
        '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024).'
    )
