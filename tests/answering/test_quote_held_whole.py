"""A fact that quotes a sibling whole and adds a count (how many inspection reports were
published) is not the answer to a question asking neither for the count nor for what it adds,
though a story word ("our LA got a terrible SEND report") lifts it; asked for, it is."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "our LA got a terrible SEND report years ago and nothing changed, has the govt done "
            "anything to make local authority inspections tougher?",
            "local-area-inspections",
        ),
        (
            "our LA got a terrible ofsted/cqc report a few years ago and nothing changed. has "
            "the department changed the local authority inspection system at all?",
            "local-area-inspections",
        ),
        # the count, or what it adds, asked
        ("have any send inspection reports been published?", "inspection-reports-published"),
        ("how many inspection reports are out", "inspection-reports-published"),
        ("has the ap taskforce made a difference", "ap-specialist-taskforce-reach"),
    ],
)
def test_the_fact_asked_for_is_given(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
