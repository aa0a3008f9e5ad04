"""A question pointing back ("how much is in it?") at a name its story gives: a name whose first
word is an everyday one ("the Change Programme") is read whole, not as "programme" alone.

Measured against the frozen single-source knowledge base.
"""

from sendbot.answering.asker_story import story_numbers, story_topic
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_a_name_starting_with_an_everyday_word_is_the_topic_pointed_back_at(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "I'm a SENCO (secondary, 1,200 pupils, about 90 on the SEN register) and I've been "
        "asked to find out about the Change Programme because the next LA over is in it. How "
        "much money is in it?",
        "change-programme",
    )
    assert_answered_with(
        single_source_index,
        "I'm a SENCO at a secondary and I've been asked by our governors to look into the Change "
        "Programme as a nearby LA is in it. How much money is in it?",
        "change-programme",
    )


def test_a_name_with_small_words_in_it_is_read_as_the_name(
    single_source_index: FactIndex,
) -> None:
    # "partnerships for inclusion of neurodiversity": without "for" and "of" the words are no
    # longer the name a synonym knows, and the question pointing back at it was declined
    assert_answered_with(
        single_source_index,
        "my daughter's teacher brought up the partnerships for inclusion of neurodiversity "
        "thing - how much money does it have?",
        "pins-programme",
    )


def test_an_age_told_after_what_the_child_has_is_no_figure_to_find(
    single_source_index: FactIndex,
) -> None:
    # "is autistic and 6": the 6 is the child's age, not a figure the fact must give
    assert_answered_with(
        single_source_index,
        "my son is autistic and 6, his school has joined PINS - how much is it worth?",
        "pins-programme",
    )


def test_the_story_topic_keeps_a_names_small_words_and_leaves_out_an_age() -> None:
    told = (
        "my son is autistic and 6, his school mentioned partnerships for inclusion of "
        "neurodiversity. ok?"
    )
    assert "partnerships for inclusion of neurodiversity" in story_topic(told)
    assert story_numbers(told) == ""
    # a sum is still a figure the story names
    assert story_numbers("our LA got 2 and 10 million, how much is it?") != ""
