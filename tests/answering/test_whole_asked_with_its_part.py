"""A whole asked for with a part it includes ("the schools budget incl high needs"): the part
is a measure of its own and drew the question to its figure, replied to as if the whole were
missing. Read without the part, the whole's newest figure answers, when its own words say it
includes the part, saying how the question was read; a part the whole's fact does not say
leaves the reply as it was."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.included_part import without_included_part
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "newest figure for the whole schools budget incl high needs?",
        "schools budget these days (incl. high needs)",
        "overall schools budget right now incl. high needs",
    ],
)
def test_the_whole_is_answered_with_its_newest_figure(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "core-schools-budget-2028-29")
    lines = reply.text.splitlines()
    assert any("is read as your question: its figure includes high needs" in line for line in lines)
    assert any(line.startswith("Earlier:") and "£59.6 billion" in line for line in lines)


def test_a_part_the_whole_does_not_say_is_not_answered_for_it(shipped_index: FactIndex) -> None:
    # The Core Schools Budget's answer says nothing of transport.
    reply = answer(shipped_index, "newest figure for the whole schools budget incl transport?")
    assert not (reply.fact is not None and reply.fact.id == "core-schools-budget-2028-29"), (
        reply.text
    )
    assert reply.outcome is not Outcome.ANSWERED or "transport" not in reply.text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("schools budget incl high needs?", ("schools budget?", "high needs")),
        ("schools budget (incl. high needs) now", ("schools budget now", "high needs")),
        ("latest high needs inc for 2025-26", None),
        ("the budget, including high needs, for 2025", ("the budget, for 2025", "high needs")),
        ("how many schools are in the programme", None),
        ("is the increase included in the total", None),
    ],
)
def test_the_part_is_read_off(text: str, read: tuple[str, str] | None) -> None:
    assert without_included_part(text) == read
