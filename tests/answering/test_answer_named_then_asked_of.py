"""A written answer named by its month, topic or House, then asked about: "what was the nov
2023 educational psychology question about", "what did the mp ask about pins in may 2025",
"dec 2023 question on change programme - what was asked", "in the feb 2023 funding answer who
gets the high needs money first". Each was declined or answered from another fact: "question
... about" was not read as asking the question's wording, "may" (a stopword) was no month, the
asking clause alone named no answer, and a month-year before "funding answer" was read as the
period (or the kind of funding) the figure must be for."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.dated_answer import asks_of_the_answer_itself
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what was the nov 2023 educational psychology question about", "ep-2023-11-17-question"),
        ("what was the pins question about?", "pins-2025-08-12-question"),
        (
            "what was the written question on the white paper engagement about exactly",
            "wp-2025-11-21-question",
        ),
        ("wat was the supported internships q about", "si-2023-01-09-question"),
    ],
)
def test_what_a_named_question_was_about_is_its_wording(
    shipped_index: FactIndex, question: str, fact: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact)
    assert '"To ask ' in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Two answers here are on PINS: asked 30 May 2025 and 16 July 2025.
        ("what did the mp ask about pins in may 2025", "nd-2025-06-09-question"),
        ("what was asked about pins in july 2025", "pins-2025-08-12-question"),
        # Told before the asking clause, which alone names no answer.
        ("dec 2023 question on change programme - what was asked", "cp-2023-12-11-question"),
        ("the feb 2023 high needs question - what did they ask?", "hn-2023-02-22-question"),
        (
            "jan 2026 special school places question: what was asked exactly?",
            "places-2026-01-27-question",
        ),
    ],
)
def test_the_answer_named_by_month_or_told_first_is_the_one_asked_of(
    shipped_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(shipped_index, question, fact)


@pytest.mark.parametrize(
    ("question", "fact", "said"),
    [
        (
            "in the feb 2023 funding answer who gets the high needs money first, LAs?",
            "hn-2023-02-22-unprecedented-funding",
            "local authorities",
        ),
        (
            "in the feb 2023 funding answer what percentage increase did special schools get",
            "special-schools-budget-increase-2023-24",
            "3.4%",
        ),
        (
            "when's the schools white paper coming acc to the nov 2025 answer",
            "schools-white-paper-early-new-year",
            "early in the new year",
        ),
    ],
)
def test_an_answer_named_as_where_to_look_is_no_period_asked(
    shipped_index: FactIndex, question: str, fact: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact)
    assert said in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        # No answer here was asked or answered in March 2025 or December 2024.
        "what did the mp ask about pins in march 2025",
        "the dec 2024 question on change programme - what was asked",
        # The May 2025 question was answered on 9 June, not on 12 August.
        "when was the may 2025 pins question answered",
        # Several answers are on high needs; which one is not said.
        "high needs question - what was asked",
        "my son is in devon - what was asked",
    ],
)
def test_no_other_answers_record_is_given(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED or (
        reply.fact is not None and reply.fact.id == "nd-2025-06-09-answered-date"
    ), reply.text


def test_what_a_programme_is_about_is_not_a_questions_wording(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what is the change programme about")
    assert reply.fact is not None and "-question" not in reply.fact.id, reply.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "is there anything about autism in the feb 2023 answer",
            "hn-2023-02-22-extra-funding-purpose",
        ),
        (
            "is there something on dsg deficits in the june 2025 lords answer",
            "send-costs-strain-council-finances",
        ),
        (
            "was there anything about traineeships in the jan 2023 answer",
            "traineeships-without-ehc-plan",
        ),
        (
            "is there any mention of ringfencing in the nov 2023 answer",
            "government-funding-not-ringfenced",
        ),
        ("did they say anything abt dsg deficits", "send-costs-strain-council-finances"),
        ("does high needs money go thru the council", "hn-2023-02-22-unprecedented-funding"),
    ],
)
def test_whether_a_named_answer_says_something_is_what_it_says(
    shipped_index: FactIndex, question: str, fact: str
) -> None:
    # Not who gave the answer: the minister's record was the reply to the first four.
    assert_answered_with(shipped_index, question, fact)


@pytest.mark.parametrize(
    "question",
    [
        "is there anything about the weather in the feb 2023 answer",
        "is there anything about dyslexia in the feb 2023 answer",
        # The EP answer's title says "(November 2023)": "2023" named it, and its closest fact
        # was given.
        "did the nov 2023 answer mention the weather",
    ],
)
def test_what_a_named_answer_does_not_say_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert answer(shipped_index, question).outcome is not Outcome.ANSWERED


def test_who_gave_a_named_answer_is_still_its_minister(shipped_index: FactIndex) -> None:
    assert_answered_with(shipped_index, "who gave the feb 2023 answer", "hn-2023-02-22-answered-by")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "what was meant to be announced by may 2024 re special free schools",
            "special-free-schools-location-announcement",
        ),
        ("whats meant to come out in autumn 2025 about pins", "pins-interim-findings-autumn-2025"),
    ],
)
def test_what_was_due_to_be_done_is_no_purpose_asked(
    shipped_index: FactIndex, question: str, fact: str
) -> None:
    assert analyse(question).intent is not Intent.REASON
    assert_answered_with(shipped_index, question, fact)


@pytest.mark.parametrize(
    "question",
    [
        "what is the £1bn meant for",
        "what was the change programme meant to achieve",
        "what is the extra high needs money meant to be used for",
    ],
)
def test_what_something_is_meant_for_is_still_its_purpose(question: str) -> None:
    assert analyse(question).intent is Intent.REASON


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("why did high needs jump for 23/24, what triggered it", "high-needs-increase-2023-24"),
        ("how big was the high needs bump in 24/25", "high-needs-increase-2024-25"),
        ("whats the hike in high needs for 2025/26", "high-needs-increase-2025-26"),
        (
            "what was the jump in special school pupils since 2017",
            "special-school-pupils-rise-since-2017",
        ),
        # Whether it rose lately: the newest rise, as "has it gone up recently" is read.
        ("has hn funding been bumped up recently", "high-needs-increase-continued-2026-27"),
    ],
)
def test_a_bump_jump_or_hike_is_a_rise(shipped_index: FactIndex, question: str, fact: str) -> None:
    assert_answered_with(shipped_index, question, fact)


def test_a_bump_in_a_year_no_answer_gives_is_not_answered(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "did special schools get a bump in 2019")
    assert reply.outcome is not Outcome.ANSWERED, reply.text


def test_what_the_named_question_was_asking_is_its_wording(shipped_index: FactIndex) -> None:
    # Was the EP answer's "critical role" fact (0.97) through the named-answer reading.
    assert_answered_with(
        shipped_index, "that nov 2023 ep pq, what was it asking", "ep-2023-11-17-question"
    )


def test_what_a_survey_asked_is_not_the_questions_wording(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "what did the capacity survey ask councils about mainstream units"
    )
    assert reply.fact is None or not reply.fact.id.endswith("-question"), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what did the lords question on the ifs report want to know about councils",
        "the peers pq on the ifs report focused on what re councils",
        "so what did the peer's pins question want to know",
        "the lords question on neurodiversity in schools wanted to know what?",
    ],
)
def test_what_a_named_question_wanted_to_know_is_asked_of_the_question_itself(
    question: str,
) -> None:
    # Asked of the question itself, the answer it names is not searched for a fact on the
    # words after it ("about councils": the IFS answer's rise, before).
    assert asks_of_the_answer_itself(analyse(question))


@pytest.mark.parametrize(
    "question",
    ["what did the review focus on", "what do parents want to know about pins"],
)
def test_what_something_else_focused_on_is_no_question_s_wording(question: str) -> None:
    assert not asks_of_the_answer_itself(analyse(question))


def test_what_a_named_question_wanted_to_know_about_a_topic_is_its_wording(
    shipped_index: FactIndex,
) -> None:
    question = "what did the lords question on the ifs report want to know about councils"
    reply = assert_answered_with(shipped_index, question, "ifs-2025-06-16-question")
    assert '"To ask ' in reply.text, reply.text
