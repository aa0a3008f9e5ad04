"""What new users ask of the bot itself, found by trying it as one (round 35): whether
it remembers what they asked before, why every answer carries a quote, whether "the numbers"
can be trusted or are up to date, whether it is the DfE. Each gets a reply about the bot (the
line on memory, what the answers rest on, how recent they are), never a decline with unrelated
topics; a topic question with the same words still goes to the facts."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with

_MEMORY_LINE = "I don't remember earlier messages"


@pytest.mark.parametrize(
    "message",
    [
        "do you remember what I asked before",  # declined before round 35
        "will you remember this tomorrow",  # declined before round 35
        "do you remember my last question",
        "can you remember our earlier chat",
        "do u recall what i said",
        "have you forgotten my question already?",
    ],
)
def test_asking_whether_it_remembers_says_each_message_is_read_alone(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP and reply.fact is None, (message, reply.text)
    assert reply.text.startswith(_MEMORY_LINE), (message, reply.text)


@pytest.mark.parametrize(
    "message",
    [
        "why is there a quote in every answer",  # declined before round 35
        "why does every reply have a quote in it",  # declined before round 35
        "why do you always show a quote",
        "what's the point of the quotes",
        "why quote the source",
    ],
)
def test_asking_why_answers_quote_says_what_they_rest_on(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP and reply.fact is None, (message, reply.text)
    assert "quoted word for word from the source" in reply.text, (message, reply.text)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("do you remember how many special schools opened", "special-schools-opened"),
        ("can you remember the high needs budget for 2024/25", "high-needs-funding-2024-25"),
        ("what was the point of the change programme", "change-programme-tests-improvement-plan"),
        ("what is the purpose of the SEND and AP improvement plan", "improvement-plan-aim"),
    ],
)
def test_a_topic_asked_with_the_same_words_still_gets_its_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    ["what was the quote about special schools", "who answered every question on special schools"],
)
def test_a_topic_question_naming_quotes_is_no_question_about_the_bot(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.HELP, (question, reply.text)


@pytest.mark.parametrize(
    ("message", "says"),
    [
        # All four were declined before round 35 ("I don't have that in my sources").
        ("can I trust the numbers", "quoted word for word from the source"),
        ("are the numbers accurate", "quoted word for word from the source"),
        ("are the figures up to date", "The newest was answered on"),
        ("is this the dfe", "I'm sendbot, a bot"),
    ],
)
def test_the_bots_own_figures_and_who_runs_it_asked_without_you(
    shipped_index: FactIndex, message: str, says: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP and reply.fact is None, (message, reply.text)
    assert says in reply.text, (message, reply.text)


@pytest.mark.parametrize(
    "question",
    [
        "are the figures for high needs up to date",
        "is the high needs figure up to date",
        "is this the dfe plan",
        "what are the latest figures",
    ],
)
def test_figures_of_a_topic_or_the_newest_figures_are_no_question_about_the_bot(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, (question, reply.text)


def test_which_department_the_written_answer_is_from_is_no_question_about_the_bot(
    single_source_index: FactIndex,
) -> None:
    # "is this the dfe?" asks what the bot is; "is this from the dfe?" of the written answer.
    reply = answer(single_source_index, "is this from the department for educaiton?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "document-department", reply.text
