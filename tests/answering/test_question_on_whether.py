"""On the shipped base: "the question on whether SEND funding is adequate" names a written
question by its topic; who answered it is asked, not whether funding is adequate."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_who_answered_the_question_on_whether_it_is_enough(shipped_index: FactIndex) -> None:
    question = (
        "which minister replied to the sept 2023 pq asking whether send funding is sufficient?"
    )
    assert analyse(question).intent is not Intent.JUDGEMENT
    assert_answered_with(shipped_index, question, "hn-2023-09-26-answered-by")


def test_whether_it_is_enough_asked_outright_stays_a_judgement() -> None:
    assert analyse("is send funding for schools adequate?").intent is Intent.JUDGEMENT


def test_a_judgement_the_question_asked_is_not_asked_of_the_answer() -> None:
    # The judgement follows "did ... ask whether" or "respond on ... being": what the question
    # put in Parliament was about; what is asked is a date, or whether it was asked.
    assert analyse("what day did they ask whether send funding was adequate").intent is Intent.DATE
    assert (
        analyse("when did the government respond on send funding being adequate").intent
        is Intent.DATE
    )
    assert (
        analyse("did the mp ask whether educational psychologists are value for money?").intent
        is not Intent.JUDGEMENT
    )
    # Asked of the bot, it stays one.
    assert analyse("can i ask if send funding is enough?").intent is Intent.JUDGEMENT
    assert analyse("are educational psychologists value for money?").intent is Intent.JUDGEMENT


def test_the_record_of_a_question_named_by_the_judgement_it_asked(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "when did they reply on school funding being adequate for send",
        "hn-2023-09-26-answered-date",
    )
    assert_answered_with(
        shipped_index, "did anyone ask if eps are value for money", "ep-2023-11-17-question"
    )


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("was anyone asking about educational psychologists", "ep-2023-11-17-question"),
        ("is anyone asking about supported internships?", "si-2023-01-09-question"),
    ],
)
def test_asking_said_as_it_goes_on_names_a_written_answer_as_asked_does(
    shipped_index: FactIndex, question: str, record: str
) -> None:
    # "did anyone ask about X" was answered with the record of that question, and "was anyone
    # asking about X" declined, as if it asked nothing about a written answer.
    assert_answered_with(shipped_index, question, record)


def test_the_askers_own_asking_names_no_written_answer(shipped_index: FactIndex) -> None:
    # "asking as a SENCO" tells who asks: the record of the question put on it is no answer.
    reply = answer(
        shipped_index,
        "what support is there for neurodiversity inclusion in schools? asking as a SENCO",
    )
    assert reply.fact is None or reply.fact.id != "nd-2025-06-09-question"
