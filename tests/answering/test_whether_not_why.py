"""A yes/no question asks whether something is so, not why: a fact whose curated phrasings ask
why ("why is nasenco being replaced?") is no nearer to "is the senco qualification being
replaced?" for them, so the fact saying that it is being replaced answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "is the senco qualification being replaced",
        "is the nasenco going to be replaced by the npq?",
        "are they replacing the existing senco award",
    ],
)
def test_whether_it_is_replaced_is_answered_by_the_fact_saying_so(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "npq-senco")
    assert "replace the existing qualification" in reply.text


@pytest.mark.parametrize(
    "question",
    ["why is the senco qualification being replaced", "what is the point of the senco npq"],
)
def test_why_it_is_replaced_is_still_answered_by_its_purpose(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "npq-senco-purpose")


def test_a_yes_no_phrasing_of_a_reason_still_counts(shipped_index: FactIndex) -> None:
    # "is it up to the council to pay for?" asks whether, as the question does.
    assert_answered_with(
        shipped_index,
        "is the government going to fund councils to recruit and keep EPs or is that on them?",
        "educational-psychologists-employers-decide-funding",
    )
