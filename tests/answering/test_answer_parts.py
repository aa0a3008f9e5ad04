"""A fact about a written answer itself (who answered, when it was asked or answered, what the
question said) answers only a question asking for that part, on the shipped base."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_parts import AnswerPart, answer_part
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.parts_asked import parts_asked


@pytest.mark.parametrize(
    "question",
    [
        "what did the dfe say about schools in areas not in the PINS expansion",
        "parent rep on our local forum here, we keep hearing about the IFS report on SEN debt - "
        "what did the government actually reply about council deficits?",
        "in the lords answer on the ifs report, how big an increase for high needs budgets did "
        "they mention",
        "my local MP keeps saying the £1bn for high needs is going to fix everything, what did "
        "the minister say it is actually for in 2025-26?",
        "when did the change programme launch",
    ],
)
def test_a_question_about_what_an_answer_says_never_gets_the_answers_date_minister_or_wording(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.fact is None or "document" not in reply.fact.tags or not reply.answered


def test_what_the_mp_asked_gets_the_question_not_the_date_it_was_asked(
    shipped_index: FactIndex,
) -> None:
    reply = answer(
        shipped_index,
        "what did the mp ask about educational psychologists, was it about value for money",
    )
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "ep-2023-11-17-question"


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("who answered the question on neurodiversity inclusion?", AnswerPart.ANSWERER),
        (
            "which minister replied on support for schools not in the pins expansion?",
            AnswerPart.ANSWERER,
        ),
        ("when was the question on neurodiversity inclusion asked?", AnswerPart.ASKED_ON),
        ("when did the mp put in the question on neurodiversity", AnswerPart.ASKED_ON),
        ("what date did the dfe reply on neurodiversity support?", AnswerPart.ANSWERED_ON),
        ("what did the mp ask about educational psychologists?", AnswerPart.QUESTION_TEXT),
        ("which department was the question addressed to?", AnswerPart.DEPARTMENT),
    ],
)
def test_a_question_about_the_answer_itself_asks_for_its_part(
    question: str, part: AnswerPart
) -> None:
    assert part in parts_asked(question)


@pytest.mark.parametrize(
    ("question", "not_asked"),
    [
        ("when did the change programme launch", AnswerPart.ANSWERED_ON),
        ("when did the change programme launch", AnswerPart.ASKED_ON),
        ("what did the dfe say about pins?", AnswerPart.QUESTION_TEXT),
        ("what did the minister say the £1bn is for?", AnswerPart.ANSWERER),
        ("is pins working?", AnswerPart.QUESTION_TEXT),
        ("how much is high needs funding going up?", AnswerPart.ANSWERER),
    ],
)
def test_a_question_about_the_substance_asks_for_no_part_of_the_answer(
    question: str, not_asked: AnswerPart
) -> None:
    assert not_asked not in parts_asked(question)


def test_every_date_minister_and_question_fact_of_the_shipped_base_is_recognised(
    shipped_index: FactIndex,
) -> None:
    parts = [answer_part(fact) for fact in shipped_index.facts]
    # Fifteen written answers: each has its minister, both dates and its question's text.
    for part in (
        AnswerPart.ANSWERER,
        AnswerPart.ANSWERED_ON,
        AnswerPart.ASKED_ON,
        AnswerPart.QUESTION_TEXT,
    ):
        assert parts.count(part) == 15


def test_which_peer_asked_is_told_the_answer_does_not_say_with_the_question_as_related(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "which peer asked about the IFS report")
    assert reply.outcome.value == "partial"
    assert reply.missing == "The written answer doesn't say who asked the question."


@pytest.mark.parametrize(
    ("question", "checked", "not_asked"),
    [
        ("was this pq for the dfe or the treasury?", AnswerPart.DEPARTMENT, AnswerPart.ASKER),
        (
            "was this pq for the dfe or the treasury?",
            AnswerPart.DEPARTMENT,
            AnswerPart.QUESTION_TEXT,
        ),
        ("was it asked at the end of january?", AnswerPart.ASKED_ON, AnswerPart.QUESTION_TEXT),
        ("was it asked at the end of january?", AnswerPart.ASKED_ON, AnswerPart.ASKER),
    ],
)
def test_a_yes_no_check_of_a_date_or_department_asks_for_that_part_alone(
    question: str, checked: AnswerPart, not_asked: AnswerPart
) -> None:
    parts = parts_asked(question)
    assert checked in parts
    assert not_asked not in parts


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("was this pq for the dfe or the treasury?", "document-department"),
        ("was it asked at the end of january?", "document-asked-date"),
    ],
)
def test_a_yes_no_check_of_a_date_or_department_is_answered_with_that_part(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "was there a question about demand for special school places in the last ten years?",
        "did anyone ask what progress the dfe has made on the improvement plan?",
    ],
)
def test_a_yes_no_check_naming_a_topic_still_asks_what_the_question_said(question: str) -> None:
    assert AnswerPart.QUESTION_TEXT in parts_asked(question)


def test_a_statement_with_a_question_tag_checks_the_date_it_states(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "it was answered in march 2024, wasn't it?")
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "document-answered-date"


@pytest.mark.parametrize(
    ("question", "checking"),
    [
        ("it was answered in march 2024, wasn't it?", True),
        ("the plan came out in 2023 yeah?", True),
        ("how much is it yeah", False),
        ("what is the right support for my son", False),
    ],
)
def test_a_question_tag_makes_a_statement_a_check(question: str, checking: bool) -> None:
    assert analyse(question).checking is checking


@pytest.mark.parametrize(
    "question",
    [
        "which report was the june 2025 question about",
        "which report was the june 2025 lords question on",
    ],
)
def test_a_month_naming_which_answer_does_not_ask_when_it_was_asked(
    shipped_index: FactIndex, question: str
) -> None:
    # "june 2025" says which question; the date it was asked is no reply to which report.
    assert AnswerPart.ASKED_ON not in parts_asked(question)
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.id != "ifs-2025-06-16-asked-date"


def test_who_replied_to_the_asker_named_gets_who_answered_not_who_asked(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "who replied to mark pawsey on specialist places")
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "places-2023-06-12-answered-by"
    assert "Claire Coutinho" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what party is mark pawsey",
        # the member named before the asking clause, which points back at him
        "mark pawsey - what party and seat is he?",
    ],
)
def test_a_members_party_or_seat_gets_the_record_of_who_asked(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert reply.fact.id == "places-2023-06-12-asked-by"
    assert "(Conservative - Rugby)" in reply.text


def test_a_ministers_party_is_not_answered_by_the_record_of_who_answered(
    shipped_index: FactIndex,
) -> None:
    # the record names the minister, but gives no party
    reply = answer(shipped_index, "what party is catherine mckinnell")
    assert not reply.answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the topic named draws one of its own facts first; who answered is the record's
        ("who answered the pins expansion / areas not selected q", "nd-2025-06-09-answered-by"),
        ("who responded to the top slicing question", "top-slicing-2026-02-26-answered-by"),
    ],
)
def test_who_answered_a_question_named_by_its_topic_gets_that_answers_minister(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert reply.fact.id == fact_id


def test_whether_the_minister_named_mentioned_a_thing_in_the_answer_asks_what_it_says(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "did coutinho mention autism at all in the high needs answer")
    assert reply.fact is not None
    assert "document" not in reply.fact.tags
    assert "autism" in reply.fact.quote
