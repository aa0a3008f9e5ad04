"""How a thing gets to whoever it is for ("how does the high needs cash end up with
colleges?"): the close fact whose quote says the route answers; a question on how it is
decided is not read as one."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.route_stated import asks_route, says_route
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "how does the funding for complex send get to special schools",
            "hn-2023-02-22-unprecedented-funding",
        ),
        ("how does high needs cash end up with colleges", "high-needs-funding-reaches-settings"),
    ],
)
def test_the_route_stated_answers(shipped_index: FactIndex, question: str, fact_id: str) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert "to schools" in reply.text


def test_how_it_is_decided_is_no_route(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how does the council decide which schools get high needs money")
    assert not reply.answered or reply.fact is None or not says_route(reply.fact.quote)


def test_the_readings() -> None:
    assert asks_route("how does the send money reach the school")
    assert asks_route("how do councils get the high needs funding to colleges")
    assert not asks_route("how does the council decide which schools get high needs money")
    assert not asks_route("how is it going")
    assert says_route("allocated to local authorities for them to pass through to schools")
    assert not says_route("will total over £12 billion in the 2025/26 financial year")
