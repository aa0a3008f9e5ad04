"""Where the asker says they are, told as part of their story ("we're in Cumbria and the
waiting list is two years long, ..."), is not a place the question asks about: the national
figure answers. A place said bare before the question, or one the question points back at
("round here", "are we ..."), is still asked about, and its figure is still said to be missing.
"""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

_STORY_THEN_COUNT = (
    "we're in Cumbria and the waiting list for a specialist place is two years long, how many "
    "new special schools has the department opened this academic year?"
)


def test_a_place_the_asker_tells_their_story_from_is_not_asked_about() -> None:
    assert analyse(_STORY_THEN_COUNT).places == ()
    assert analyse("I live in Somerset, how many special schools opened?").places == ("Somerset",)


def test_the_national_count_answers_beside_the_askers_story(
    single_source_index: FactIndex, shipped_index: FactIndex
) -> None:
    assert_answered_with(single_source_index, _STORY_THEN_COUNT, "special-schools-opened")
    assert_answered_with(shipped_index, _STORY_THEN_COUNT, "special-schools-opened")
    assert_answered_with(
        single_source_index,
        "I'm in Suffolk and still waiting on our own area's inspection, how many reports have "
        "come out under the new inspection regime?",
        "inspection-reports-published",
    )
    assert_answered_with(
        single_source_index,
        "I live in Somerset and the council keeps mentioning it, how many local authorities are "
        "part of the change programme?",
        "change-programme-local-authorities",
    )


def test_a_place_the_question_points_back_at_is_still_asked_about(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "we're in Cumbria and the waiting list is two years long, how many new special schools "
        "opened round here?",
        "not for Cumbria",
    )
    assert_not_answered(
        single_source_index,
        "I live in Somerset, how many special schools opened?",
        "not for Somerset",
    )


def test_our_local_area_report_is_a_kind_of_report_not_a_place_asked(
    single_source_index: FactIndex,
) -> None:
    question = (
        "we are in Cumbria and preparing for our local area report, how many inspection reports "
        "have come out under the new regime?"
    )
    assert not analyse(question).local
    assert_answered_with(single_source_index, question, "inspection-reports-published")
    assert_not_answered(
        single_source_index,
        "how many inspection reports have been published for our area?",
        "England as a whole",
    )
