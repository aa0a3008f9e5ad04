"""Messages about using sendbot get the help reply (never a fact), and a topic beside the same
words is still a question."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        "how does this work",
        "how does it work?",
        "any tips on using this",
        "what's your knowledge cutoff",
        "what else can you tell me",
        "what's the best way to ask",
        "which questions work best",
        # ("you didn't answer my question", "that's not what i asked": feedback on the last
        # reply, see test_chat_about_the_bot.py)
        "need some ideas for questions",
        "give me a hint",
        "suggestions?",
        "do you understand typos",
        "what happens if you don't know",
        "are your facts from the government?",
        "are you official",
        # How the bot shows what it says: commands, citations, sources.
        "are there any slash commands",
        "do you cite anything",
        "how do i view the sources",
        "can you quote where that came from",
        # How much the bot knows, and "help me" before the question.
        "do you know about more than one answer",
        "do you cover only one written question?",
        "help me, how does it work",
        # The asker asking the bot: "ask it" with no one else asking.
        "how do i ask it",
        "can i ask it anything",
        # "one doc": how much the bot knows, as "one document" says
        "are your answers current or only from one doc?",
    ],
)
def test_a_message_about_using_the_bot_gets_help(
    single_source_index: FactIndex, message: str
) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.HELP, (message, reply.outcome, reply.text)


@pytest.mark.parametrize(
    "message",
    [
        "is the send system going to get better",
        "how does the change programme work",
        "what's the best way to get an ehcp",
        "what did the question ask",
        "is the government doing enough",
        "do you know how much the government spends",
        "can you quote the answer on pins",
        "show me the reference for the high needs figure",
        "do you know who answered this question",
        "do you know about other questions on pins",
    ],
)
def test_a_topic_beside_bot_words_is_still_a_question(
    single_source_index: FactIndex, message: str
) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome not in (Outcome.HELP, Outcome.GREETING), (message, reply.text)


@pytest.mark.parametrize(
    "message",
    [
        # Plain-English filler that names no topic: "somewhere", "in simple words", "like".
        "is there a list of commands somewhere",
        "can you explain what you're able to help with in simple words pls",
        "explain simply how you work",
        "is this bot official, like from the DfE?",
        # Whether it reaches past its sources, a topic named only as an example.
        "can you answer questions about EHCPs in general or just this one answer?",
        "can u do other send stuff or only these sources",
        "do you know all of ehcp law or just one thing",
        # The bot named as limited to a topic: how far it reaches, not the topic.
        "is this bot just about the high needs funding answer?",
        "do you only cover pins",
        # "sometimes" carries no topic
        "why do you sometimes not answer",
    ],
)
def test_help_asked_with_filler_or_about_its_reach_gets_help(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is Outcome.HELP, message


@pytest.mark.parametrize(
    "message",
    [
        "can you tell me about high needs funding in general",
        "are there special schools somewhere near me",
        "is there a simple answer on how many EPs there are",
        # "it" is what the sources describe, not the bot
        "is it only for primary schools",
        "is pins just about primary schools?",
    ],
)
def test_the_same_filler_beside_a_topic_is_still_a_question(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome not in (Outcome.HELP, Outcome.GREETING)


@pytest.mark.parametrize(
    "message",
    [
        "are your answers taken from the actual parliamentary answer?",
        "is what you say taken from the official answer?",
        "are your figures taken from the real written answers?",
        "is your info pulled from the original parliamentary answer?",
        "are your answers copied from parliament",
        # Other verbs of sourcing, and other names for where (round 34: final35's help line).
        "are your answers reliable, where's it quoted from",
        "where are your facts quoted from",
        "is what you say quoted from the real answer",
        "r ur answers sourced from gov.uk or made up",
        "where do u pull ur info from",
        "are your quotes from hansard?",
        "where are your figures cited from",
        "is your info lifted from the written answer or do you paraphrase",
    ],
)
def test_where_the_bots_answers_are_taken_from_gets_help(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is Outcome.HELP, message


@pytest.mark.parametrize(
    "message",
    [
        # The same source words beside a topic, or with no "you": questions, as before.
        "how many special schools opened according to the official answer?",
        "what did parliament say about special schools?",
        "is the 10.5bn figure you gave taken from the actual answer?",
        "who answered the parliamentary question?",
        "where is the £10.5bn figure quoted from",
        "is the change programme quoted from the plan",
    ],
)
def test_source_words_beside_a_topic_are_still_a_question(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is not Outcome.HELP, message
