"""A rise asked for by its span: "year-on-year" or "annual" is the yearly increase in high
needs funding (4.3% for 2024/25), "over the last few years" or "over five years" the rise
since 2019/20 (60%), whichever of the two the question's other words drew the matcher to."""

import pytest

from sendbot.answering.asked_span import asked_span
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what's the latest annual % increase in high needs funding?",
        "newest year-on-year percentage rise in the high needs budget",
    ],
)
def test_a_yearly_percentage_is_the_newest_yearly_increase_that_gives_one(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-2024-25")
    assert "4.3%" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "latest % rise in high needs funding over the past few years",
        "what's the most recent figure for the percentage growth in high needs over five years",
    ],
)
def test_a_percentage_over_several_years_is_the_newest_rise_since_2019_20(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-budget-increase")
    assert "60% over five years" in reply.text


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("year on year increase", "one"),
        ("how much has it grown over the last few years", "several"),
        ("how much has it gone up since 2023/24", None),
        ("the high needs budget for next year", None),
        ("yearly growth over the last few years", None),  # both said: neither
        ("has it gone up again", "one"),  # a rise after the last one
        ("has it gone up again over the last few years", "several"),
    ],
)
def test_the_span_a_question_asks(question: str, span: str | None) -> None:
    assert asked_span(analyse(question)) == span


def test_a_figure_that_is_not_the_newest_lists_the_later_ones_as_later(
    shipped_index: FactIndex,
) -> None:
    # 4.3% for 2024/25 is the newest yearly rise given as a percentage; the £1 billion for
    # 2025/26 came after it and is not called earlier.
    reply = assert_answered_with(
        shipped_index, "latest year-on-year % increase in high needs", "high-needs-increase-2024-25"
    )
    assert 'Later: "over £1 billion in the 2025/26 financial year"' in reply.text
    assert 'Earlier: "£970 million in the 2023/24 financial year compared to 2022/23"' in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "has high needs funding gone up again?",
        "has high needs gone up again, whats the latest",
        "has high needs funding gone up",
        "has high needs gone up recently or not",
    ],
)
def test_whether_it_has_gone_up_is_answered_by_the_newest_yearly_rise(
    shipped_index: FactIndex, question: str
) -> None:
    # Naming no span, base year or figure, "has it gone up (again)?" asks whether it rose lately:
    # the newest rise (February 2026), with the earlier ones and their dates; not the rise since
    # 2019/20 (60% over five years) given in February 2024.
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert "increased by over £1 billion in the 2025/26 financial year" in reply.text
    assert (
        'Earlier: "£970 million in the 2023/24 financial year compared to 2022/23" (Claire'
        ' Coutinho, 22 February 2023); "a further £440 million, or 4.3%, in 2024/25 compared to'
        ' this financial year" (David Johnston, 26 September 2023).' in reply.text.splitlines()
    )


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("has high needs funding gone up", "one"),
        ("has high needs funding gone up since 2019/20", None),  # a base year named
        ("has the high needs budget risen by 60 percent", None),  # a figure checked
        ("how much has high needs funding gone up", None),  # not a yes/no question
    ],
)
def test_whether_it_has_risen_asks_the_yearly_span_unless_a_base_or_figure_is_named(
    question: str, span: str | None
) -> None:
    assert asked_span(analyse(question)) == span
