"""A count written in thousands with "k" ("5k practitioners", "1.5k new places") is the count
the sources write out ("over 5000", "1,500"): "so about 5k on the early years SENCO training?"
is answered by the number registered, not by what the training is for; a sum keeps its
scale ("£5k", "pay the first 6k")."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.normalise import fold_text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("so about 5k on the early years SENCO training?", "early-years-senco-training"),
        (
            "5k practitioners registered for the early years senco training?",
            "early-years-senco-training",
        ),
        (
            "1.5k new places - is that right for this year's new schools?",
            "special-school-places-created",
        ),
        ("is it 1.5k new places this year", "special-school-places-created"),
        ("is it 4k kids reached by the AP taskforce?", "ap-specialist-taskforce-reach"),
        ("so about 5000 on the early years SENCO training?", "early-years-senco-training"),
    ],
)
def test_a_count_in_thousands_is_the_count(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("1.5k new places", "1500 new places"),
        ("100k people", "100000 people"),
        ("£5k grant", " pounds 5 thousand grant"),
        ("pay the first 6k for support", "pay the first 6 thousand for support"),
    ],
)
def test_how_thousands_are_folded(text: str, folded: str) -> None:
    assert fold_text(text) == folded


_ALL_SPECIAL = (
    "The written answer gives the number of children in all types of special schools in "
    "2024/25, not how many of them"
)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "200k special school pupils - how many in independent special schools",
            f"{_ALL_SPECIAL} are in independent special schools.",
        ),
        (
            "200,000 special school pupils - how many in independent special schools",
            f"{_ALL_SPECIAL} are in independent special schools.",
        ),
        (
            "how many autistic kids are in special schools out of the 200k",
            f"{_ALL_SPECIAL} are autistic.",
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
    """Once "200k" is read as the count, a part of it asked after it ("how many in
    independent special schools") or before it ("how many autistic kids ... out of the 200k")
    is still a part the written answer does not give."""
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == missing
    assert reply.fact is not None and reply.fact.id == "pupils-in-special-schools-2024-25"
