"""On the shipped base: "the increase the DfE has reported" says who gave the figure, which
asks nothing about a written answer itself (who answered it, when), so the question still
names a measure and gets its newest figure."""

import pytest

from sendbot.answering.asked_measure import about_the_answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "whats the most recent increase in high needs funding the dfe has reported",
        "how much has the high needs budget gone up, latest the dfe stated?",
    ],
)
def test_the_latest_figure_the_dfe_reported_is_the_newest_figure(
    shipped_index: FactIndex, question: str
) -> None:
    # The February 2026 answer gives the newest rise: over £1 billion in 2025/26.
    assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")


def test_a_question_about_what_the_dfe_published_is_still_about_an_answer() -> None:
    assert not about_the_answer(analyse("what rise in high needs funding has the dfe reported"))
    assert about_the_answer(analyse("when did the dfe publish its answer on high needs"))
    assert about_the_answer(analyse("what did the minister say about high needs"))
