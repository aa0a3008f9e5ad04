"""'Nationally' says a figure is asked for the whole country, which every figure here is: it is
an everyday word, not a topic no fact knows, so it does not lower the evidence for the fact."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much is the dfe really putting in nationally in 24/25",
        "how much is the dfe really putting in in 24/25",
    ],
)
def test_a_figure_asked_nationally_is_answered_as_one_asked_plainly(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "high-needs-funding-2024-25")
