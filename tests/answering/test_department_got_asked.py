"""'Was the DfE asked this?' checks which department the question was put to, said passively:
the record of the department answers it, not the wording of the question put."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "was the department for education asked this one",
        "did the dfe get asked this or another department",
        "has the dept of education been questioned on this",
    ],
)
def test_the_department_asked_passively(single_source_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(single_source_index, question, "document-department")
    assert "put to the Department for Education" in reply.text
