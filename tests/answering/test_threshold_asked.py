"""The amount above which something starts ("how much does a mainstream school spend per child
before the council pays"): the close fact giving an amount per pupil that costs are counted
above answers; a threshold asked of no amount ("the threshold for an EHC plan") does not."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.threshold_asked import asks_threshold, gives_threshold
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much per child does a school cover before the high needs money steps in",
        "how much does a mainstream school spend per child before the council pays",
    ],
)
def test_the_threshold_amount_answers(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-funding-reaches-settings")
    assert "£6,000 per pupil" in reply.text


def test_a_threshold_of_no_amount_is_not_answered_with_one(shipped_index: FactIndex) -> None:
    assert not answer(shipped_index, "what is the threshold for getting an ehc plan").answered


@pytest.mark.parametrize(
    "question",
    [
        "how much per pupil before the la pays for an educational psychologist assessment",
        "how much per child before the local authority pays for dyslexia tests",
    ],
)
def test_a_threshold_for_a_thing_the_fact_does_not_name_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert not answer(shipped_index, question).answered


def test_the_readings() -> None:
    assert asks_threshold("how much per pupil before the council kicks in")
    assert asks_threshold("whats the cut off for top up funding")
    assert not asks_threshold("how much high needs funding is there")
    assert asks_threshold("how much per pupil before the council pays?")
    assert asks_threshold("how much per child until the la covers the rest")
    assert not asks_threshold("how much per pupil before the council pays for an assessment")
    assert gives_threshold("support costs in excess of £6,000 per pupil")
    assert not gives_threshold("will total over £12 billion in the 2025/26 financial year")
