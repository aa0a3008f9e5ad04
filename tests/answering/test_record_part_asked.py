"""A message that surely asks one part of a written answer's own record (when the question was
asked, when it was answered, who answered) is never answered with another fact: with one
written answer it gets that part, with many it is declined when which one is meant is unclear,
rather than given another fact whose words came close."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_parts import AnswerPart
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.one_named import with_one_named
from sendbot.answering.record_part_asked import record_part_asked
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "so the answer came in feb but when did the question first go in? trying to work out "
            "how long they took to reply",
            "document-asked-date",
        ),
        (
            "quick one before our forum meeting tonite - the answer on the send improvement plan, "
            "which DfE minister actually put their name to it?",
            "document-answered-by",
        ),
    ],
)
def test_the_part_of_the_record_asked_is_given(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "when was the white paper engagement q asked",
        "when was the question on the white paper engagement asked?",
    ],
)
def test_another_fact_is_not_given_for_the_record(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED or (
        reply.fact is not None and "asked on" in reply.fact.quote
    ), reply.text


@pytest.mark.parametrize(
    ("message", "part"),
    [
        ("when did the pq get tabled", AnswerPart.ASKED_ON),
        ("what date did the minister reply", AnswerPart.ANSWERED_ON),
        ("who was it that responded for the govt", AnswerPart.ANSWERER),
        # two parts, or none of the record
        ("who answered the lords question on pins, and when", None),
        ("when will the dfe reply to my letter", None),
        ("who wrote the improvement plan", None),
        ("when was the improvement plan published", None),
        ("who asked the question", None),
        ("who actually put the question in? the answer only seems to say who replied", None),
        # a part set aside by name is left to the readings of what is set aside
        ("the asking date, not the answer date", None),
        ("ok so i know when it was asked but when did they respond", None),
    ],
)
def test_the_part_read(message: str, part: AnswerPart | None) -> None:
    assert record_part_asked(message) is part


def test_whether_the_question_asked_about_value_for_money_is_its_wording(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "did the ed psych question ask about value for money")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and "value for money provided by" in reply.fact.quote


def test_whether_something_is_value_for_money_stays_a_judgement(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "are educational psychologists value for money?")
    assert reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        (
            "which previous answer was the white paper one following up",
            "pursuant to the Answer of 23 October 2025 to Question 82987",
        ),
        (
            "which earlier answer was the nov 2025 one following up",
            "pursuant to the Answer of 23 October 2025 to Question 82987",
        ),
    ],
)
def test_the_one_named_by_its_topic_is_that_written_answer(
    shipped_index: FactIndex, question: str, quoted: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and quoted in reply.fact.quote


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("when was the ed psych one answered", "when was the ed psych question answered"),
        ("is the first one the newest?", None),
        ("which one of them is newest", None),
    ],
)
def test_the_one_read_as_a_question(message: str, read: str | None) -> None:
    assert with_one_named(message) == read


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Quick one for the newsletter footnote - what date should I put for when the "
            "government answered this written question?",
            "document-answered-date",
        ),
        ("quick q who responded for the govt on this", "document-answered-by"),
        (
            "my mp forwarded me this answer but the screenshot cuts off the name, who in the dfe "
            "actually wrote the reply?",
            "document-answered-by",
        ),
    ],
)
def test_a_record_part_asked_in_a_story_is_given(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    ["who responded to the consultation?", "who replied to the petition from parents?"],
)
def test_an_answer_to_something_else_gets_no_record(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text


def test_many_written_answers_and_no_topic_is_no_guess(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "quick q who responded for the govt on this")
    assert reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    ("message", "part"),
    [
        # who was asked is whom a written question is put to
        (
            "which day did somebody ask the department about the plan's progress",
            AnswerPart.ASKED_ON,
        ),
        # the answer given, issued or published is the answer's own date
        ("which month was the reply issued", AnswerPart.ANSWERED_ON),
        ("for my footnote i need the date the response was given", AnswerPart.ANSWERED_ON),
        ("the date the department replied please", AnswerPart.ANSWERED_ON),
        # "whoever" answered it, of the answer, not of a plan or a report
        ("want to thank whoever wrote the reply, who was that?", AnswerPart.ANSWERER),
        ("whoever wrote the improvement plan deserves a medal", None),
        ("which month was the plan published", None),
    ],
)
def test_the_part_read_in_chat_words(message: str, part: AnswerPart | None) -> None:
    assert record_part_asked(message) is part


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "putting together a timeline for our sendiass group, which day did somebody ask the "
            "department about how the improvement plan is going?",
            "document-asked-date",
        ),
        (
            "our governors' minutes have to cite it properly so i need the date the response was "
            "given",
            "document-answered-date",
        ),
        (
            "doing the forum bulletin and i'd like to thank whoever wrote the reply on the send "
            "and ap improvement plan, who was that?",
            "document-answered-by",
        ),
    ],
)
def test_a_record_part_asked_in_chat_words_is_given(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_record_part_of_an_answer_on_another_topic_is_not_given(
    single_source_index: FactIndex,
) -> None:
    # the one written answer here is on the SEND and AP improvement plan, not school transport
    question = (
        "doing the forum bulletin - whoever wrote the reply on school transport, who was that?"
    )
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    ("message", "part"),
    [
        # the answer's date asked as a noun, the answer named by what it says
        ("need the date of the reply that mentions 15 new special schools", AnswerPart.ANSWERED_ON),
        ("date on that answer about ep training pls", AnswerPart.ANSWERED_ON),
        # not the answer's own date: the question's, or a time the count is given up to
        ("date of the question about pins", AnswerPart.ASKED_ON),
        ("how many reports were out by the date of the answer", None),
    ],
)
def test_the_date_of_an_answer_named_by_what_it_says(message: str, part: AnswerPart | None) -> None:
    assert record_part_asked(message) is part


@pytest.mark.parametrize(
    "question",
    [
        # One written answer gives the special schools' 3.4%: its date is asked, not the rise.
        "what's the date of the reply saying special schools get 3.4% more",
        "date on the answer that said special schools were getting a 3.4 per cent rise?",
    ],
)
def test_the_date_of_the_answer_saying_a_thing_is_its_record(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "hn-2023-02-22-answered-date")


def test_the_date_of_an_answer_saying_what_two_answers_say_is_no_other_fact(
    shipped_index: FactIndex,
) -> None:
    # 400 more EPs to be trained: said in November 2023 and again in February 2024. Which
    # answer's date is meant is unclear, and the training itself is no date of an answer.
    reply = answer(shipped_index, "date of the answer that says 400 more eps are being trained")
    assert reply.outcome is not Outcome.ANSWERED or (
        reply.fact is not None and "answered on" in reply.fact.quote
    ), reply.text
