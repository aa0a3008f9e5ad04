"""'What was the question that was put to the government?' asks what the question said: where
it was put (the government, the DfE) only says which question. Asked which department, or
when, the department or the date answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "grandma here, not techy at all - what was the question that was put to the "
            "government in this thing you know about?",
            "document-question",
        ),
        ("what was the question put to the dfe", "document-question"),
        ("wot was the qestion they put to the goverment", "document-question"),
        (
            "can you tell me what question was sent to the department for education?",
            "document-question",
        ),
        ("what was the question that got sent to the dfe, in plain words", "document-question"),
        ("which department was the question put to?", "document-department"),
        ("who was the question put to", "document-department"),
        ("when was the question put to the dfe", "document-asked-date"),
        ("what date was the question put to the government", "document-asked-date"),
    ],
)
def test_what_the_question_said_or_where_it_went(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
