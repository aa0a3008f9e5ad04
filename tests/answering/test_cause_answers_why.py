"""'Why' asks what brought something about: a fact whose quote says so ("... means that the
department can now go further", "as a result of the additional funding") answers it, as one
saying what a thing is for does."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what's the reason the dfe can approve extra special free schools without a new "
        "application round?",
        "why is the department able to consider more special free school applications after "
        "the spring budget?",
    ],
)
def test_the_cause_the_quote_gives_answers_why(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-more-applications-considered"
    )
    assert "Spring Budget announcement means" in reply.text
