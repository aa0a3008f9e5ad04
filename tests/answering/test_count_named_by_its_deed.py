"""A count asked by the deed it counts ("number of registrations for early years senco
training", "how many inspection report publications") is the count of those registered or
published, not a count of another thing."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.missing import names_the_count
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("number of registrations for early years senco training", "early-years-senco-training"),
        ("how many registrations has the ey senco training had", "early-years-senco-training"),
        ("how many inspection report publications so far", "inspection-reports-published"),
    ],
)
def test_count_named_by_its_deed(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("term", "role", "same"),
    [
        ("registration", "registered", True),
        ("approval", "approved", True),
        ("publication", "published", True),
        ("register", "registered", True),
        ("placement", "created", False),
        ("operation", "opened", False),
        ("national", "named", False),
    ],
)
def test_a_deed_names_its_count(term: str, role: str, same: bool) -> None:
    assert names_the_count(term, role) is same
