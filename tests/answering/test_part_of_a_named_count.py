"""A part of a count asked beside the count the written answer gives ("200,000 special school
pupils - how many in independent special schools", "how many autistic kids are in special
schools out of the 200,000") is a part it does not give: a partial reply, not the total."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

_ALL_SPECIAL = (
    "The written answer gives the number of children in all types of special schools in "
    "2024/25, not how many of them"
)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "200,000 special school pupils - how many in independent special schools",
            f"{_ALL_SPECIAL} are in independent special schools.",
        ),
        (
            "how many autistic kids are in special schools out of the 200,000",
            f"{_ALL_SPECIAL} are autistic.",
        ),
    ],
)
def test_a_part_of_the_count_named_is_not_the_count(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == missing
    assert reply.fact is not None and reply.fact.id == "pupils-in-special-schools-2024-25"
