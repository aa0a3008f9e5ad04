"""Who leads something, asked as a person or as someone within a body the fact names ("at
ofsted"): a fact naming only the bodies that do it says who does it, not who leads it there."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "who runs the local area send inspections at ofsted?",
        "who heads up the new inspection regime, is there a specific person?",
    ],
)
def test_a_person_within_the_named_body_is_not_given(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, r"doesn't say who [\w ]+ it\.")


def test_who_carries_out_the_inspections_is_still_answered_by_the_bodies(
    single_source_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        single_source_index, "who runs the new inspections", "local-area-inspections"
    )
    assert "Ofsted" in reply.text
