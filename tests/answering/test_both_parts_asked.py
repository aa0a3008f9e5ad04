"""A question asking two things joined by "and", where one sibling fact says one of them and
another, whose quote holds the first's whole, says both: the one saying both answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_both import parts_asked
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        # A story after the question ("... ends") lifts the fact saying only how long it runs.
        "ap specialist taskforce - has it reached many young people and has it been extended? "
        "our pilot ends next term",
        "re the ap specialist taskforce: has it been extended and has it reached many children? "
        "our funding ends soon",
        "has the ap specialist taskforce helped lots of children and has it been extended?",
    ],
)
def test_the_fact_saying_both_parts_answers(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "ap-specialist-taskforce-reach")
    assert "4000 children" in reply.text
    assert "March 2025" in reply.text


def test_one_part_asked_keeps_the_fact_saying_it(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "has the ap specialist taskforce been extended?")
    assert reply.fact is not None and reply.fact.id == "ap-specialist-taskforce-extension"


def test_parts_are_read_only_when_each_names_something_of_its_own() -> None:
    def terms(text: str) -> list[str]:
        return text.split()

    assert parts_asked("has it reached many kids and has it been extended", terms) == (
        frozenset({"reached", "many", "kids"}),
        frozenset({"been", "extended"}),
    )
    assert parts_asked("how many children has it reached", terms) == ()
    assert parts_asked("has it reached kids and has it", terms) == ()
