"""What came of a programme, a verdict on a person and the name of one school the source only
counts are not answered with a fact that says what is planned or how many."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_what_came_of_it_is_not_what_was_planned(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "how many supported interns went on to find paid work",
        "doesn't report results",
    )
    assert_not_answered(
        single_source_index,
        "has the autism training made any real difference for pupils",
        "doesn't report results",
    )


def test_a_verdict_on_the_minister_is_not_his_name(single_source_index: FactIndex) -> None:
    assert_not_answered(single_source_index, "is the minister any good", "opinion")


def test_which_one_school_asks_for_a_name_the_source_does_not_give(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index, "which special school was it that opened in my area", ""
    )
    assert_not_answered(single_source_index, "which ap free school is it", "doesn't name")
    assert_answered_with(
        single_source_index,
        "which government department was this question put to",
        "document-department",
    )


def test_is_it_any_good_asks_an_opinion_not_says_ok(
    single_source_index: FactIndex, shipped_index: FactIndex
) -> None:
    # Every word of it is a chat word ("good" is also an acknowledgement), yet it asks.
    for index in (single_source_index, shipped_index):
        for question in ("is it any good?", "is it any good", "was it any use?"):
            assert_not_answered(index, question, "")


def test_whether_it_made_a_difference_naming_nothing_is_not_answered_by_a_reach(
    shipped_index: FactIndex,
) -> None:
    # "it" names no programme: the taskforce's 4000 children reached is not what was asked.
    for question in ("Has it made a difference?", "has it made any real difference"):
        assert_not_answered(shipped_index, question, "doesn't report results")
