"""On the shipped base: an apology that the message may repeat an earlier one ("sorry if
this has been asked before") speaks of the chat, not of a written answer: read without it,
the question is answered as it would be alone (its "asked" does not turn it to an answer's
record); a question about when something was asked keeps its words."""

import pytest

from sendbot.answering.asked_before import without_asked_before
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the measure's newest figure, as asked without the apology
        (
            "apologies if this was already asked, just joined - what's high needs funding at now?",
            "high-needs-total-2025-26",
        ),
        (
            "whats the current high needs budget? sorry if it's been asked before",
            "high-needs-total-2025-26",
        ),
    ],
)
def test_the_question_is_answered_without_the_apology(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "sorry if this has been asked already, how many EPs are being trained?",
            "how many EPs are being trained?",
        ),
        ("latest on PINS? apologies if someone asked before", "latest on PINS?"),
        ("not sure if this was covered - when did PINS start?", "when did PINS start?"),
        # about when a question was asked, or the apology alone: as they are
        ("when was the question on pins asked?", "when was the question on pins asked?"),
        ("has anyone asked about EPs before?", "has anyone asked about EPs before?"),
        ("sorry if this has been asked before", "sorry if this has been asked before"),
    ],
)
def test_only_the_apology_is_read_away(said: str, read: str) -> None:
    assert without_asked_before(said) == read
