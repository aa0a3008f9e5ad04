"""A figure of the asker's own story ("we've got 6 pupils waiting", "my son is 9") is no claim
someone reported, though the message says elsewhere what someone says ("according to the
department", "the council says"): only a figure in a clause that reports it ("a friend said 20
new special schools opened") is checked against the answer."""

from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.checked_claim import reported_claims
from sendbot.answering.fact_index import FactIndex
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
