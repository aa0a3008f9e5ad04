"""A figure of the asker's own story ("we've got 6 pupils waiting", "my son is 9") is no claim
someone reported, though the message says elsewhere what someone says ("according to the
department", "the council says"): only a figure in a clause that reports it ("a friend said 20
new special schools opened") is checked against the answer."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.checked_claim import claims, reported_claims
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with

OWN_FIGURE = (
    "teacher here, we've got 6 pupils waiting for specialist places. how many new special "
    "schools opened this academic year according to the department?"
)
AGE_THEN_REPORT = (
    "my daughter is 7, and the council says there are no places. how many new special schools "
    "opened this academic year?"
)
REPORTED = (
    "a friend said 20 new special schools opened this academic year, how many actually opened?"
)


def test_a_figure_of_the_askers_story_is_no_reported_claim() -> None:
    assert reported_claims(OWN_FIGURE, asking_text(OWN_FIGURE)) == ()
    assert reported_claims(AGE_THEN_REPORT, asking_text(AGE_THEN_REPORT)) == ()


def test_a_figure_someone_said_is_a_reported_claim() -> None:
    assert [claim.said for claim in reported_claims(REPORTED, asking_text(REPORTED))] == ["20"]


def test_the_count_asked_is_answered_not_the_places(single_source_index: FactIndex) -> None:
    assert_answered_with(single_source_index, OWN_FIGURE, "special-schools-opened")


def test_a_reported_figure_is_still_checked(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(single_source_index, REPORTED, "special-schools-opened")
    assert "15" in reply.text


def test_a_childs_age_is_no_figure_claimed() -> None:
    assert claims("My son is 9 and has autism.") == ()
    assert claims("he is 9 and has adhd") == ()
    assert [claim.said for claim in claims("my son is 9, is pins 21m?")] == ["21m"]


@pytest.mark.parametrize(
    "message", ["My son is 9 and has autism.", "my daughter is 11 and autistic"]
)
def test_a_story_with_an_age_is_not_set_right_as_a_claim(
    shipped_index: FactIndex, message: str
) -> None:
    """It was answered with the autism training figure: "The written answer gives over
    100,000, not 9."; a message telling only the asker's story asks nothing of a fact."""
    reply = answer(shipped_index, message, dt.date(2026, 12, 4))
    assert reply.outcome is Outcome.DECLINED
    assert ", not 9" not in reply.text and ", not 11" not in reply.text
