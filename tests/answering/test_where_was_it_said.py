"""On the shipped base: "where did they say that" asks which written answer said it, which the
reply's citation gives; it asks for no place."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_where_it_was_said_is_not_a_place(shipped_index: FactIndex) -> None:
    question = "the dfe called high needs funding unprecedented? where was it they said that"
    assert analyse(question).intent is not Intent.PLACE
    reply = assert_answered_with(shipped_index, question, "hn-2023-02-22-unprecedented-funding")
    assert "Written answer by" in reply.text


def test_where_something_is_stays_a_place() -> None:
    assert analyse("where will the new special schools be built").intent is not Intent.OTHER


def test_where_the_answer_says_something_asks_for_its_line(
    single_source_index: FactIndex,
) -> None:
    # which of the answer's lines says it, not a place: the line is the answer
    for question, fact in (
        ("where does it say about the new special free schools", "special-free-schools-approved"),
        (
            "where it says the pins programme supports 1680 schools, what's the line",
            "pins-primary-schools",
        ),
    ):
        assert analyse(question).intent is not Intent.PLACE
        assert_answered_with(single_source_index, question, fact)


def test_where_they_said_something_will_be_stays_a_place() -> None:
    assert analyse("where did they say the new schools will be built").intent is Intent.PLACE
