"""'Which under-secretary answered?' asks who gave the written answer, named by the office a
junior minister holds, as "which minister answered?" does: the answer's record answers it."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "which parliamentary under secretary wrote the response",
        "which under-secretary put their name to this",
        "which parliamentary under-secretary was it that responded",
    ],
)
def test_the_answerer_asked_by_office(single_source_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(single_source_index, question, "document-answered-by")
    assert "David Johnston" in reply.text
