"""Asking whether a thing has been popular, or what its take-up is, asks how many took it up:
"has the early years SENCO qualification been popular?" is answered with the practitioners
registered for early years SENCO training, not with the NPQ for SENCOs (which the words
"SENCO qualification" alone would pick), nor with what the training is for."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "has the early years SENCO qualification been popular?",
        "what has take-up of the ey SENCO training been like?",
        "how popular has the nursery senco course been?",
    ],
)
def test_popular_asks_how_many_took_it_up(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "early-years-senco-training")
