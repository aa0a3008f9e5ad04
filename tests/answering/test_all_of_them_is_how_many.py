"""A fact saying it reached all of something in England gives how many of them: "how many
local authorities ..." of "has supported all local authorities in England" is answered; "all
pupils" said of support (not a count of those in the country) answers no count of pupils."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_how_many_of_those_all_of_whom_were_reached_is_answered(
    single_source_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        single_source_index,
        "how many local authorities did the dfe help with supported internships?",
        "supported-internships-all-las",
    )
    assert "all local authorities in England" in reply.text


def test_all_pupils_given_support_is_no_count_of_pupils(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how many pupils are on sen support in mainstream")
    assert reply.outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "question",
    [
        "grant funding supported internships how many las",
        "supported internships grant las how many",
        "how many councils were supported to improve supported internships",
    ],
)
def test_local_authorities_by_their_short_names_are_all_of_them(
    single_source_index: FactIndex, question: str
) -> None:
    # Not "The written answer doesn't give a number of las."
    assert_answered_with(single_source_index, question, "supported-internships-all-las")
