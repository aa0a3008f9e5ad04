"""A question naming a written answer, or its minister, as what says something ("the nov 2023
answer said something about employers", "the advisers the minister mentioned") asks what it
says: the record of who gave that answer, or when, is not the reply. Asked outright ("who
answered the june 2025 answer that said ..."), the record still is. On the shipped base."""

import pytest

from sendbot.answering.answer_parts import (
    SPEAKER_PARTS,
    AnswerPart,
    speaks_of_its_content,
)
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with
from tests.answering.parts_asked import parts_asked


@pytest.mark.parametrize(
    "question",
    [
        "the sept 2023 answer says high needs up over 60% from when?",
        "who are the expert advisers the minister mentioned in the nov 2025 answer",
        "did the june 2025 answer say anything about teacher training?",
        "the feb 2024 reply mentioned educational psychologists - how many more?",
        "june 2023 answer has demand for special school places gone up there saying its massive",
    ],
)
def test_an_answer_named_as_what_says_something_asks_for_no_date_or_minister(
    question: str,
) -> None:
    assert speaks_of_its_content(question.lower())
    assert not parts_asked(question) & SPEAKER_PARTS


@pytest.mark.parametrize(
    ("question", "part"),
    [
        (
            "who answered the june 2025 answer that said mainstream should be more inclusive",
            AnswerPart.ANSWERER,
        ),
        ("when was the answer that said 60% given", AnswerPart.ANSWERED_ON),
        ("which minister said the white paper comes early in the new year", AnswerPart.ANSWERER),
    ],
)
def test_asked_outright_who_gave_it_or_when_it_still_asks_that_part(
    question: str, part: AnswerPart
) -> None:
    assert not speaks_of_its_content(question.lower())
    assert part in parts_asked(question)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "the sept 2023 answer says high needs up over 60% from when?",
            "high-needs-rise-since-2019-20",
        ),
        (
            "who decides what's affordable for EP recruitment, the nov 2023 answer said something "
            "about employers",
            "educational-psychologists-employers-decide-funding",
        ),
        (
            "who are the expert advisers the minister mentioned in the nov 2025 answer",
            "send-reform-listening-last-year",
        ),
        (
            "the nov 2023 answer says something about who decides what EPs are affordable - who?",
            "educational-psychologists-employers-decide-funding",
        ),
    ],
)
def test_what_the_named_answer_says_is_the_reply(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_who_answered_is_still_the_record(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "who answered the nov 2023 answer on educational psychologists",
        "ep-2023-11-17-answered-by",
    )
