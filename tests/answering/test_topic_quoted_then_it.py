"""A message that names its topic in quotes in its story, then asks of it as "it" ("our
officers keep mentioning 'the change programme'. how much is it worth?"): declined whole, its
asking clauses are read with "it" as the phrase quoted, and answered when that is sure."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.pointed_topic import called_topic, quoted_topic, with_topic_named
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        (
            "my nan keeps saying 'the change programme' on the phone. what is it?",
            "the change programme",
        ),
        ('the head said "PINS" in assembly, how much is it?', "PINS"),
        ("our LA's letter mentions `PINS`, when did it start?", "PINS"),
        ("**change programme** was in the minutes. when did it launch?", "change programme"),
        ("the LA's report was long. what is it?", None),  # nothing quoted: "LA's" is no quote
        ("they said 'pins' and 'the change programme', what is it?", None),  # which one?
        ("she said 'PINS', how much money is there?", None),  # no "it" asked of
        (
            "he wrote 'we are doing everything we possibly can for them', is it true?",
            None,  # someone's words, not the name of a thing
        ),
    ],
)
def test_the_phrase_it_points_back_to(message: str, topic: str | None) -> None:
    assert quoted_topic(message) == topic


def test_the_asking_clauses_name_the_topic() -> None:
    message = "our senco keeps mentioning 'the change programme'. how much is it worth?"
    assert with_topic_named(message) == "how much is the change programme worth"


@pytest.mark.parametrize(
    ("message", "reworded"),
    [
        (
            "our manager hinted we might be 'in the change programme'. how many local "
            "authorities are in it altogether?",
            "how many local authorities are in the change programme altogether",
        ),
        (
            "the letter says 'for the improvement plan'. what is the funding for it?",
            "what is the funding for the improvement plan",
        ),
        (
            "people keep saying 'in the change programme'. what is it?",
            "what is in the change programme",
        ),
    ],
)
def test_a_word_the_quoted_phrase_begins_with_is_not_said_twice(
    message: str, reworded: str
) -> None:
    """'in the change programme' put for "it" in "are in it" read "are in in the change
    programme", shown to the asker as the question read."""
    assert with_topic_named(message) == reworded


@pytest.mark.parametrize(
    ("message", "fact_id", "reworded"),
    [
        # The whole message is read with the story's name whole ("the Change Programme"), so
        # it is answered as it stands, with no rewording to tell the asker of.
        (
            'my childminder friend mentioned "the change programme" at toddler group. how '
            "many councils are in it?",
            "change-programme-local-authorities",
            False,
        ),
        (
            "our ehcp coordinator said 'the improvement plan' twice in one email, when did "
            "it come out?",
            "document-plan-published",
            True,
        ),
    ],
)
def test_asked_of_as_it_after_a_quoted_topic(
    single_source_index: FactIndex, message: str, fact_id: str, reworded: bool
) -> None:
    reply = assert_answered_with(single_source_index, message, fact_id)
    said = any("read as what your message names in quotes" in note for note in reply.notes)
    assert said == reworded


def test_a_quoted_topic_the_source_does_not_cover_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "our head keeps talking about 'the inclusion charter', how much is it worth?",
        "",
    )


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("my nephew's school joined something called PINS, when did it start?", "PINS"),
        (
            "our head spoke of a thing called the Change Programme. how much is it?",
            "the Change Programme",
        ),
        ("my son called me from school, what is it?", None),  # "called" names nothing
        ("my aunt called it rubbish, is it?", None),
        ("something called 'PINS' came up, what is it?", None),  # quoted: read as quoted
        ("there is something called PINS, how much money is there?", None),  # no "it"
    ],
)
def test_the_name_a_story_gives_as_what_it_is_called(message: str, topic: str | None) -> None:
    assert called_topic(message) == topic


def test_asked_of_as_it_after_a_name_the_story_gives(single_source_index: FactIndex) -> None:
    message = (
        "my son is 7 and has ADHD, his teacher talked about something called PINS, what does "
        "it stand for and what money is behind it?"
    )
    reply = assert_answered_with(single_source_index, message, "pins-programme")
    assert any("read as what your message names" in note for note in reply.notes)
