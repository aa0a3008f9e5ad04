"""The written answer's own record (who answered, their office, what the MP asked, which
department) asked with a check, a guess or chat around it: "someone said Gillian Keegan
answered this one herself, is that right?", "what did the MP actually want to know?". A
question about something else in the same words is not given a record."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # a name told as the answerer's, then only "is that right?"
        (
            "someone in our group said Gillian Keegan answered this one herself, is that right?",
            "document-answered-by",
        ),
        ("i heard coutinho wrote the answer, is that correct?", "document-answered-by"),
        ("was this answered by Gillian Keegan or someone more junior?", "document-answered-by"),
        # an office asked, of the one who answered
        ("wat was the ministers job title, the one who answered", "document-answered-by"),
        ("the minister who replied - what rank are they?", "document-answered-by"),
        # what the member wanted to know is what they asked
        (
            "I've read the answer twice and I'm still not sure, what did the MP actually want "
            "to know in the first place??",
            "document-question",
        ),
        ("so what did the original question want to find out? im confused", "document-question"),
        ("what information was the MP after?", "document-question"),
        # a department checked as the one asked
        ("was it the DfE that got asked this or the health department?", "document-department"),
        ("did this go to the department of health or education?", "document-department"),
        ("was it education that got asked or someone else?", "document-department"),
    ],
)
def test_the_record_asked_in_chat_is_given(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "did Gillian Keegan say anything about PINS?",
        "what's Gillian Keegan's view on the change programme?",
        "what did the MP think of the answer?",
        "was the MP happy with the reply?",
        "was the treasury involved in the high needs funding?",
        "what's the minister's salary?",
        "which MP tabled this?",
    ],
)
def test_other_questions_in_the_same_words_get_no_record(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "")


@pytest.mark.parametrize(
    "question",
    [
        "is it true Gillian Keegan answered this herself?",
        "is it true Gillian Keegan wrote this reply?",
        "the reply was from the secretary of state herself?",
        "someone in the fb group said the answer came from Gillian Keegan herself, is that right "
        "or was it a junior minister",
    ],
)
def test_a_name_checked_as_the_answerers_gets_who_answered(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "document-answered-by")
    assert "David Johnston" in reply.text


def test_a_time_checked_as_where_the_answer_came_from_is_not_a_name(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "is it true the answer was from february?")
    assert reply.fact is None or reply.fact.id != "document-answered-by", reply.text
