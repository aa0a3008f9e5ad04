"""Asked who set something up: the body a fact says established it ("the department
established the group") answers, though no person is named; a fact naming no one who set it
up still says what is missing."""

from sendbot.answering.asked_founder import asks_who_set_it_up, says_who_set_it_up
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_who_set_up_a_group_is_answered_by_the_body_that_established_it(
    shipped_index: FactIndex,
) -> None:
    question = "the neurodivergence task and finish group - who established it?"
    assert_answered_with(shipped_index, question, "neurodivergence-task-and-finish-group")


def test_who_set_up_a_thing_no_fact_says_who_set_up_is_still_not_answered(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(shipped_index, "who commissioned the PINS evaluation?", "name")


def test_the_ways_of_asking_who_set_something_up() -> None:
    assert asks_who_set_it_up("who formed the working group")
    assert asks_who_set_it_up("who was the panel set up by")
    assert asks_who_set_it_up("launched by whom")
    assert not asks_who_set_it_up("who is on the working group")
    assert not asks_who_set_it_up("who leads the change programme")


def test_a_body_setting_it_up_is_said_but_a_thing_set_up_alone_is_not() -> None:
    assert says_who_set_it_up("in november 2024 the department established the group", "")
    assert says_who_set_it_up("the government has launched a programme", "")
    assert not says_who_set_it_up("an independent evaluation is underway", "")


# The thing asked who set up must be the thing the fact says was set up: a fact saying "the
# department launched the change programme" does not say who began some part or work of it.
def test_who_began_a_review_of_a_thing_is_not_answered_by_the_things_own_launch(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(shipped_index, "who set up the evaluation of the change programme?", "")
    assert_not_answered(shipped_index, "who launched the change programme's evaluation?", "")
    assert_not_answered(
        shipped_index, "who started the neurodivergence task and finish group's review?", ""
    )


def test_who_set_up_what_a_group_recommended_is_not_answered_by_the_groups_founding(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index, "who established the task and finish group's recommendations?", ""
    )


def test_the_thing_set_up_must_hold_what_was_asked_about() -> None:
    fact = "in 2023 the department launched a pounds 70 million change programme to test reforms"
    assert says_who_set_it_up(fact, "who launched the change programme")
    assert says_who_set_it_up(fact, "the change programme who set it up")
    assert says_who_set_it_up(fact, "who was the change programme launched by")
    assert not says_who_set_it_up(fact, "who started the change programme evaluation")
    assert not says_who_set_it_up(fact, "who formed the expert panel")
