"""On the shipped base: a written answer's record asked for by naming the answer after what it
said of the future ("the reply on where the schools will be") is the record of that past
answer; "will" there is the topic's, not an answer still to come."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.topic_tense import future_only_in_named_topic
from tests.answering.expected_replies import assert_answered_with


def test_future_words_inside_the_named_topic_only() -> None:
    assert future_only_in_named_topic("date of the reply on where the new schools will go")
    assert future_only_in_named_topic("the q about when the white paper is due, what day")
    # the future asked of the answer itself, outside the topic that names it
    assert not future_only_in_named_topic("the question on the white paper, when will it come")
    assert not future_only_in_named_topic("will the answer on pins be updated")
    # no answer named by a topic, or no future word
    assert not future_only_in_named_topic("when will the special schools open")
    assert not future_only_in_named_topic("date of the reply on special school places")


def test_date_of_the_answer_named_by_where_schools_will_be(shipped_index: FactIndex) -> None:
    for question in (
        "date of the reply on where the 15 special free schools will be?",
        "who answered the question on where the special free schools will be",
    ):
        fact = "sfs-2024-03-22-answered-" + ("by" if question.startswith("who") else "date")
        assert_answered_with(shipped_index, question, fact)
