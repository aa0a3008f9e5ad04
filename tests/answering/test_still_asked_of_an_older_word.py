"""Asked whether what the asker names still holds ("is it still traineeships for young people
without an EHCP?"), a later written answer's word on the same people answers though it ranks
well below the older fact the asker named, whose words it need not say: the February 2024
answer's pilot of supported internships for them, with its date, not the January 2023
answer's traineeships."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "is it still traineeships for young ppl without an ehcp",
        "is it still just traineeships for no-ehcp kids or is there a supported internship "
        "option now",
    ],
)
def test_the_later_word_answers(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "supported-internships-pilot")
    assert "8 February 2024" in reply.text


def test_a_figure_still_asked_of_keeps_its_newest(shipped_index: FactIndex) -> None:
    """A measure's figure asked whether it still holds gets the measure's newest figure."""
    assert_answered_with(shipped_index, "is high needs still 10.5bn?", "high-needs-total-2025-26")
