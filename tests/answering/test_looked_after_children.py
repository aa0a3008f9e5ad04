"""'How many looked after children are in special schools?' asks a count of a group no written
answer counts apart: the count of all children in special schools is not its answer. The
synonyms name the group ("children in care" too), and a topic they name that no fact says is
one the sources do not speak of."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how many looked after children are in special schools",
        "how many looked after kids are in special schools",
        "number of children in care in special schools",
    ],
)
def test_a_group_no_answer_counts_is_not_given_the_whole_count(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    # Was: "the number of children in all types of special schools has increased from 115,000
    # to 200,000 in 2024/25" presented as the answer.
    assert reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    "question",
    ["how many children are in special schools", "how many pupils are in special schools now"],
)
def test_all_children_in_special_schools_are_still_counted(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")
