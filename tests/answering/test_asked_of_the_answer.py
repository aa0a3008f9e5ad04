"""Questions about the written answer itself (who answered, when, what was asked, which
department), however much the asker says about themselves first."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.confidence import ANSWER_THRESHOLD
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_long_message_asking_who_answered_gets_the_minister(
    single_source_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        single_source_index,
        "hello, school business manager here writing up a report for the head, "
        "who answered this pq?",
        "document-answered-by",
    )
    assert reply.score is not None and reply.score >= ANSWER_THRESHOLD


def test_a_long_message_asking_when_gets_the_right_date(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "parent rep on our local forum, sorry to bother - what date was the written "
        "question on the improvement plan actually tabled?",
        "document-asked-date",
    )
    assert_answered_with(
        single_source_index,
        "writing to my councillor about this, what was the exact date the dfe answered it?",
        "document-answered-date",
    )


def test_asking_what_the_question_said_gets_its_text(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what precisely was put to the secretary of state in the pq",
        "document-question",
    )


def test_a_minister_who_is_not_this_answers_is_not_answered_with_its_minister(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "who is the prime minister of spain")
    assert not reply.answered, reply.text


def test_a_question_about_the_mp_is_not_answered_with_the_question_text(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(single_source_index, "which party is the mp who asked this in", "")


def test_who_put_the_question_down_is_not_answered_with_the_minister(
    single_source_index: FactIndex,
) -> None:
    for question in ("who put down this pq", "who is the mp that asked", "whose question was this"):
        reply = answer(single_source_index, question)
        assert not reply.answered, (question, reply.text)


def test_another_written_answer_or_one_to_come_is_not_this_one(
    single_source_index: FactIndex,
) -> None:
    for question in (
        "who answered the question on school transport",
        "how long did the dfe take to answer",
        "was this answered in 2023?",
    ):
        reply = answer(single_source_index, question)
        assert not reply.answered, (question, reply.text)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A check naming the minister asks who answered; a check naming a time asks when.
        ("was it answered by david johnston", "document-answered-by"),
        ("did david johnston answer it", "document-answered-by"),
        ("was it answered in february?", "document-answered-date"),
        ("was it asked in january 2024?", "document-asked-date"),
        # "asked of" / "put to" a department asks to whom it was put, not what it said.
        ("was the question asked of the dfe or dhsc", "document-department"),
        ("was this put to the department for education", "document-department"),
    ],
)
def test_a_check_gets_the_part_it_checks(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did they ask it", "document-asked-date"),
        ("when did he ask it", "document-asked-date"),
        ("when did they ask this", "document-asked-date"),
        ("what did they ask it about", "document-question"),
    ],
)
def test_what_they_asked_is_about_the_written_question_not_help(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    # "ask it" after "they" or "he" is the MP asking the written question, not the asker
    # using the bot: the answer, not the help reply.
    assert_answered_with(single_source_index, question, fact_id)


def test_how_far_they_have_got_is_progress_not_a_figure(single_source_index: FactIndex) -> None:
    # "how far ... got" asks no figure: the question's text, not the plan's £10.5 billion
    assert_answered_with(
        single_source_index,
        "was this pq about how far the dfe has got with the improvement plan?",
        "document-question",
    )


@pytest.mark.parametrize(
    "question",
    [
        # "the q" is the question, wherever the asking puts it
        "remind me what was the q",
        # the government, as the department, is whom it was asked of: what it was asked is wanted
        "what exactly was the govt asked",
    ],
)
def test_what_was_asked_in_other_words_gets_the_question(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-question")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The date left to fill in: "asked on" ends the question.
        ("how to use the £1bn q, asked on", "hn-2025-04-29-asked-date"),
        ("pawsey's specialist demand q was asked on?", "places-2023-06-12-asked-date"),
        ("how to use the £1bn q, answered on", "hn-2025-04-29-answered-date"),
        # The question's own text gives a date (the IFS report's publication), but not the date
        # the question was asked.
        ("when did the peer ask about the ifs report", "ifs-2025-06-16-asked-date"),
        ("when was the send performance trends question asked", "wp-2025-11-21-asked-date"),
    ],
)
def test_when_a_question_was_asked_gets_its_date_not_its_text(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_when_the_paper_a_question_names_came_out_is_still_read_from_its_text(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index, "when was the ifs report published", "ifs-2025-06-16-question"
    )
    assert "10 December 2024" in reply.text


def test_a_figure_checked_in_an_answer_named_by_its_date_gets_the_figure(
    shipped_index: FactIndex,
) -> None:
    # "feb 2023" names which written answer; the check is of the 10.6%, not of its date.
    reply = assert_answered_with(
        shipped_index,
        "was the high needs rise in the feb 2023 answer 10.6 percent?",
        "high-needs-increase-2023-24",
    )
    assert "10.6%" in reply.text


def test_what_members_were_told_is_not_the_question_they_asked(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what did the lords get told about the IFS send debt report")
    assert reply.fact is None or reply.fact.id != "ifs-2025-06-16-question", reply.text


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "in the march 2024 answer when would the new special school locations be announced",
            "special-free-schools-location-announcement",
            "May 2024",
        ),
        (
            "in the nov 2025 answer when did they say the white paper would come",
            "schools-white-paper-early-new-year",
            "early in the new year",
        ),
    ],
)
def test_an_answer_named_as_where_to_look_is_not_the_date_asked(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    # Not the date the written answer was given: when what it speaks of is to happen.
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


def test_when_the_named_answer_was_given_is_still_its_date(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "in the nov 2025 answer when was it answered", "wp-2025-11-21-answered-date"
    )


def test_a_sum_naming_the_question_whose_asking_is_checked_is_no_figure_checked(
    shipped_index: FactIndex,
) -> None:
    # The £1bn names which question; when it was asked is what is checked.
    assert_answered_with(
        shipped_index,
        "was the question about the £1bn for high needs asked in april 2025?",
        "hn-2025-04-29-asked-date",
    )
