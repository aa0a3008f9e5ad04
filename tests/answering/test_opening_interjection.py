"""A question opened with a word of surprise or pause ("wait", "hang on", "hold on") is read
without it: the word asks nothing, and "wait" is no topic's waiting there."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.interjection import without_interjection
from tests.answering.expected_replies import assert_answered_with


def test_the_interjection_before_a_question_word_is_dropped() -> None:
    assert without_interjection("wait what are traineeships") == "what are traineeships"
    assert without_interjection("Hang on, who replied?") == "who replied?"
    assert without_interjection("hold on a sec - is pins national") == "is pins national"
    assert without_interjection("hmm so how many schools") == "so how many schools"


def test_a_topic_opening_with_the_same_word_is_kept() -> None:
    for question in ("wait times for an assessment?", "hold ups in ehcp plans", "wait list"):
        assert without_interjection(question) == question


def test_an_interjection_does_not_turn_the_answer_down_or_away(shipped_index: FactIndex) -> None:
    for question in (
        "wait so what exactly is a supported internship",
        "wait what actually is a supported internship?",
    ):
        assert_answered_with(shipped_index, question, "what-supported-internships-are")
