""" "How much more ... in one year than another" asks the rise between the years, as "how much
more" alone does: the fact stating the rise answers, not the later year's total. Set against
another thing ("than the schools budget"), it is no rise of one measure."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_measure import HOW_MUCH_MORE
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "question",
    [
        "how much extra high needs cash is there in 2025-26 than 2024-25?",
        "how much more high needs funding is there in 2024/25 than the year before?",
    ],
)
def test_the_rise_between_two_years_answers(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None
    answer_line = reply.text.splitlines()[0]
    assert "increase" in answer_line, reply.text  # the rise, not the total it came to
    assert "£12 billion" not in answer_line and "£10.5 billion" not in answer_line


def test_the_readings() -> None:
    assert HOW_MUCH_MORE.search("how much more is there in 2025/26 than 2024/25")
    assert HOW_MUCH_MORE.search("how much more is there this year than last year")
    assert HOW_MUCH_MORE.search("how much extra money is there for high needs")
    assert not HOW_MUCH_MORE.search("how much more is high needs than the schools budget")
