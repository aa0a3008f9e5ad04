"""A measure's newest figure first, earlier ones beside it, a named period, an old figure."""

import datetime as dt
from dataclasses import replace

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import build_index
from sendbot.answering.newest import months_between
from sendbot.answering.reply import reply_json
from sendbot.knowledge.measures import disagreements
from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeBase, KnowledgeFile
from tests.knowledge.builders import knowledge_base, written_answer

FEB_2023 = dt.date(2023, 2, 22)
SEP_2023 = dt.date(2023, 9, 26)
JUN_2025 = dt.date(2025, 6, 16)


def budget(fact_id: str, source_id: str, answered: dt.date, period: str, said: str) -> Fact:
    pounds = {"£10.1 billion": 10_100_000_000, "£10.5 billion": 10_500_000_000}
    value = pounds.get(said, 12_000_000_000)
    quote = f"Total high needs funding will be {said} in the {period} financial year."
    return Fact(
        id=fact_id,
        statement=f"Total high needs funding is {said} in {period}.",
        quote=quote,
        questions=(f"how much is high needs funding in {period}?",),
        as_of=answered,
        source_id=source_id,
        title=f"Total high needs funding for {period}",
        tags=("funding",),
        figures=(Figure(value, FigureKind.MONEY, f"total high needs funding in {period}"),),
        measure="high-needs-budget",
        period=period,
    )


def knowledge() -> KnowledgeBase:
    # The oldest figure's fact has the phrasing closest to the questions below, so the matcher
    # alone would pick it.
    old = budget("hn-2023-24", "feb", FEB_2023, "2023/24", "£10.1 billion")
    old = replace(
        old, questions=("how much is the high needs budget?", "what is total high needs funding?")
    )
    return knowledge_base(
        (written_answer("feb", FEB_2023), (old,)),
        (
            written_answer("sep", SEP_2023),
            (budget("hn-2024-25", "sep", SEP_2023, "2024/25", "£10.5 billion"),),
        ),
        (
            written_answer("jun", JUN_2025),
            (budget("hn-2025-26", "jun", JUN_2025, "2025/26", "over £12 billion"),),
        ),
    )


INDEX = build_index(knowledge())


def test_no_period_gets_the_newest_figure_and_the_earlier_ones_from_their_quotes() -> None:
    reply = answer(INDEX, "how much is the high needs budget?")
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "hn-2025-26"
    assert reply.text.splitlines()[-1] == (
        'Earlier: "£10.1 billion in the 2023/24 financial year" (Jane Minister, 22 February '
        '2023); "£10.5 billion in the 2024/25 financial year" (Jane Minister, 26 September 2023).'
    )
    shown = reply_json(reply)["earlier"]
    # Oldest first, as the text's "Earlier" line lists them.
    assert [item["fact_id"] for item in shown] == ["hn-2023-24", "hn-2024-25"]  # type: ignore[index,union-attr]


def test_a_named_period_gets_that_periods_fact_without_the_earlier_line() -> None:
    for question in ("what was the high needs budget in 2023/24?", "high needs budget for 2023-24"):
        reply = answer(INDEX, question)
        assert reply.answered and reply.fact is not None and reply.fact.id == "hn-2023-24"
        assert "Earlier:" not in reply.text


def test_a_period_no_fact_gives_is_partial_naming_the_periods_there_are() -> None:
    reply = answer(INDEX, "what was the high needs budget in 2022/23?")
    assert reply.outcome.value == "partial" and reply.fact is not None
    assert reply.missing == (
        "The written answers give the high needs budget for 2023/24, 2024/25 and 2025/26, "
        "not for 2022/23."
    )
    assert reply.fact.id == "hn-2025-26"  # the newest, as related information


def test_an_old_newest_figure_is_said_to_be_old_only_past_the_set_age() -> None:
    question = "how much is the high needs budget?"
    stale = answer(INDEX, question, today=dt.date(2026, 12, 1), stale_months=12)
    assert stale.text.splitlines()[-1] == (
        "This is the latest figure in the sources, from an answer given on 16 June 2025 — "
        "more than 12 months ago."
    )
    fresh = answer(INDEX, question, today=dt.date(2026, 12, 1), stale_months=24)
    assert "more than" not in fresh.text
    assert "more than" not in answer(INDEX, question).text  # no clock, no claim about age


def test_a_figure_its_quote_does_not_write_is_left_out_of_the_earlier_line() -> None:
    kb = knowledge()
    first = kb.files[1]
    wrong = replace(first.facts[0], quote="Funding will rise in the 2024/25 financial year.")
    files = (kb.files[0], KnowledgeFile(first.path, first.source, (wrong,)), kb.files[2])
    reply = answer(build_index(KnowledgeBase(files)), "how much is the high needs budget?")
    assert "2024/25" not in reply.text.splitlines()[-1]
    assert '"£10.1 billion in the 2023/24 financial year"' in reply.text.splitlines()[-1]


def test_months_between_counts_whole_months() -> None:
    assert months_between(dt.date(2025, 6, 16), dt.date(2026, 6, 15)) == 11
    assert months_between(dt.date(2025, 6, 16), dt.date(2026, 6, 16)) == 12


def test_kb_check_flags_two_figures_for_the_same_measure_and_period() -> None:
    kb = knowledge()
    clash = replace(kb.files[1].facts[0], id="hn-2023-24-again", period="2023/24")
    files = (*kb.files, KnowledgeFile("again.yaml", kb.files[1].source, (clash,)))
    problems = disagreements(files)
    assert len(problems) == 1
    assert problems[0].file == "again.yaml"
    assert "high-needs-budget for 2023/24" in problems[0].message
    assert "hn-2023-24" in problems[0].message
    assert disagreements(kb.files) == []


def test_a_figure_asked_for_a_year_its_own_words_do_not_name_is_related_information() -> None:
    reached = Fact(
        id="taskforce-reach",
        statement="The taskforce has reached over 4000 children to date.",
        quote="The taskforce has reached over 4000 children to date.",
        # A curated phrasing names a year the source does not: matching alone would answer.
        questions=("how many children has the taskforce reached in 2025?",),
        as_of=FEB_2023,
        source_id="feb",
        figures=(Figure(4000, FigureKind.COUNT, "children reached to date"),),
    )
    kb = knowledge()
    files = (KnowledgeFile("feb.yaml", kb.files[0].source, (*kb.files[0].facts, reached)),)
    index = build_index(KnowledgeBase((*files, *kb.files[1:])))
    reply = answer(index, "how many children has the taskforce reached in 2025?")
    assert reply.outcome.value == "partial" and reply.fact is not None
    assert reply.missing == (
        "The written answer gives the figure as of 22 February 2023, not one for 2025."
    )
    assert answer(index, "how many children has the taskforce reached?").answered
