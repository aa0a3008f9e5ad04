"""Three ways a question names a written answer, or its minister, without asking who gave it:
"who are the advisers named in it?" asks for people the answer names; "did the minister
mention X?" asks whether the answer says X; "it refers back to an earlier answer - which
one?" asks for the earlier answer its question follows up (the question's own wording). In
none is the record of who answered the reply; asked outright, it still is. On the shipped base.
"""

import pytest

from sendbot.answering.answer_parts import AnswerPart, speaks_of_its_content
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with
from tests.answering.parts_asked import parts_asked


@pytest.mark.parametrize(
    "question",
    [
        "who are the advisers named in the november 2025 answer?",
        "who were the experts mentioned in that reply",
        "who is the adviser cited in the white paper answer",
    ],
)
def test_people_the_answer_names_are_not_who_answered(question: str) -> None:
    assert AnswerPart.ANSWERER not in parts_asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "the £1bn question from april 2025 referred back to an earlier answer, which was it?",
        "which one does the high needs billion question refer back to? an earlier answer i think",
        "the pq follows up an earlier answer - which one",
    ],
)
def test_the_earlier_answer_referred_back_to_is_the_questions_wording(question: str) -> None:
    parts = parts_asked(question)
    assert AnswerPart.ANSWERER not in parts
    assert AnswerPart.QUESTION_TEXT in parts


@pytest.mark.parametrize(
    "question",
    [
        "did the minister mention dsg deficits in the ifs answer?",
        "does the answer mention dyslexia at all",
        "did the reply talk about dedicated schools grant deficits",
    ],
)
def test_did_the_minister_mention_asks_what_the_answer_says(question: str) -> None:
    assert speaks_of_its_content(question.lower())
    assert AnswerPart.ANSWERER not in parts_asked(question)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("who answered the question that refers back to an earlier answer", AnswerPart.ANSWERER),
        ("which minister answered the one naming the expert advisers", AnswerPart.ANSWERER),
        ("who is the minister named on the ifs answer", AnswerPart.ANSWERER),
    ],
)
def test_asked_outright_who_answered_still_asks_it(question: str, part: AnswerPart) -> None:
    assert part in parts_asked(question)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "the question on the £1bn for high needs referred back to an earlier answer - "
            "which one?",
            "hn-2025-04-29-question",
        ),
        (
            "in the reply on the IFS report, did the minister mention dedicated schools grant "
            "deficits at all?",
            "send-costs-strain-council-finances",
        ),
    ],
)
def test_the_reply_is_what_the_answer_says(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
