"""A question asking what sort of thing something is ("what kind of evaluation ...?") is answered
by the fact that introduces the thing with its sort ("a formal independent evaluation"), not by
a sibling fact that only refers back to it ("The evaluation will help ...") and says what it is
for instead."""

import pytest

from sendbot.answering.asked_sort import thing_asked_the_sort_of
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what sort of evaluation is going on for the change programme?",
        "what sort of evaluation does the change programme get",
        "change programme: what sort of evaluation?",
        "the change programme: what sort of evaluation are they planning?",
    ],
)
def test_the_sort_asked_is_answered_by_the_fact_naming_it(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "The evaluation will help the department understand which elements ... work".
    reply = assert_answered_with(shipped_index, question, "change-programme-independent-evaluation")
    assert "independent evaluation" in reply.text


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("what kind of evaluation is planned for it?", "evaluation"),
        ("which types of specialist places are being built", "place"),
        ("what sort of review will there be", "review"),
        # Not asking what sort of thing it is.
        ("what will the evaluation look at", None),
        ("is the review of a kind we have seen before", None),
    ],
)
def test_the_thing_whose_sort_is_asked(question: str, thing: str | None) -> None:
    assert thing_asked_the_sort_of(question) == thing
