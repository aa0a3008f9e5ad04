"""A topic put first and asked of with a bare measure ("X, what's the total?"): the clause
before the question names what is measured, so it is no scene to leave out; the question read
alone would be answered with whichever total the sources give most plainly."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fronted_topic import names_only_a_measure
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "figure"),
    [
        (
            "children the ap taskforce has reached, what's the total?",
            "ap-specialist-taskforce-reach",
            "4000",
        ),
        (
            "teachers and staff who did autism awareness training, what's the total",
            "autism-awareness-training",
            "100,000",
        ),
    ],
)
def test_the_total_of_the_topic_put_first(
    single_source_index: FactIndex, question: str, fact_id: str, figure: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert figure in reply.text.splitlines()[0]


def test_a_measure_alone_names_no_topic() -> None:
    assert names_only_a_measure(["total"])
    assert names_only_a_measure([])
    assert not names_only_a_measure(["improvement_plan", "publish"])
