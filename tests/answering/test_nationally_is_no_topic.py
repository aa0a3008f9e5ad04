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


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "our TA team did a few of the online modules - how many of them have been "
            "completed nationally so far?",
            "online-training-modules",
        ),
        (
            "how many of the ap taskforce children have been reached nationally",
            "ap-specialist-taskforce-reach",
        ),
    ],
)
def test_how_many_of_them_nationally_asks_no_part_of_those_counted(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
