"""A "boost" to funding is a rise, as chat says it: the newest boost asked for is the newest
yearly increase the written answers give, not a decline for a word no fact uses."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how big was the newest high needs boost?",
        "high needs got boosted by how much most recently",
        "latest yearly boost in high needs funding?",
    ],
)
def test_the_newest_boost_is_the_newest_rise(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
