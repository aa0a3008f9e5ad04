"""Greetings, thanks, goodbyes, feedback on the last reply and questions about the bot itself
are handled as such, in many registers and a few languages: a greeting or acknowledgement
reply, or the help (with a line for what was asked), never a fact and never a bare decline.
Topic questions that merely start with a hello, or ask "do you know about X?", still go to the
facts. The lines below are a sample of about 380 written for this (lines the bot was never
tuned on, at the time, failed about half as often as at the start)."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.chat_kind import kind_of
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.message_kind import Kind
from sendbot.answering.normalise import fold_text, words
from sendbot.answering.reply import FEEDBACK_TEXT
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import KnowledgeBase
from tests.answering.chat_lines import (
    CHAT_LINES,
    FEEDBACK_LINES,
    HELP_LINES,
    KIND_REASONS,
    TOPIC_QUESTIONS,
)
from tests.answering.expected_replies import assert_answered_with

_CHAT = (
    "thank you so much for your help today!!",
    "much obliged",
    "gracias amigo",
    "what's up",
    "you're a star",
    "shukran",
    "legend",
    "sound",
    "hello",
    "hey",
    "good afternoon everyone",
    "morning all",
    "howdy",
    "hey bot",
    "hi sendbot how are you",
    "how's it going",
    "alright?",
    "hiya love",
    "hola",
    "guten tag",
    "salaam",
    "shwmae",
    "dia dhuit",
    "good day to you",
    "hello hello",
    "hiii",
    "nice to meet you",
    "thanks",
    "thanks a lot",
    "many thanks",
    "cheers mate",
    "ta very much",
    "ty",
    "thank u",
    "that was really helpful, thank you",
    "great, thanks!",
    "thanks bot",
    "much appreciated",
    "i appreciate your help",
    "thanks for the info",
    "merci beaucoup",
    "danke schön",
    "obrigado",
    "diolch yn fawr",
    "dhanyavaad",
    "you're the best",
    "good bot",
    "top man",
    "lovely, thanks",
    "goodbye",
    "see you later",
    "cya",
    "night night",
    "have a good day",
    "talk soon",
    "that's all for now",
    "i'm done",
    "ttyl",
    "adios",
    "tara",
    "okay",
    "cool",
    "fair enough",
    "i see",
    "great",
    "nice",
    "sound, cheers",
    "hey hey",
    "evening all",
    "hello friend",
    "morning! how are we today",
    "hi :)",
    "hey you",
    "hallo",
    "g'day mate",
    "thanks ever so much",
    "thank you kindly",
    "thanks loads",
    "ta muchly",
    "thank you, that's exactly what I needed",
    "super, thank you",
    "you've been very helpful",
    "very helpful, cheers",
    "thanks!!!",
    "dziękuję",
    "grazie mille",
    "bye for now",
    "goodnight bot",
    "night all, off to bed 😴",
    "Good afternoon. Thank you for your assistance.",
    "that's everything, bye",
    "cheerio",
    "have a lovely evening",
    "alright then",
    "ah ok",
    "sounds good",
    "awesome",
    "no worries",
)
_HELP = (
    "hi all, is this bot any good for ehcp stuff?",
    "can you answer questions about my childs ehcp",
    "does it know about 2025 stuff",
    "is this info up to date",
    "how recent is this",
    "how do I report a wrong answer",
    "who do I contact if the bot is wrong",
    "can I suggest a question",
    "can you speak welsh",
    "do you store my messages",
    "what does partial mean",
    "help",
    "what can I ask?",
    "how does this work?",
    "who are you?",
    "who made you?",
    "who runs this bot",
    "are you a bot?",
    "are you ai?",
    "where do your facts come from?",
    "what sources do you use?",
    "can I trust you?",
    "are your answers reliable?",
    "when were you last updated?",
    "how current is the information",
    "what date is your latest source",
    "is this information current?",
    "are you up to date with 2026",
    "do you have the latest figures",
    "list commands",
    "what should I type?",
    "what topics do you cover?",
    "what kind of questions can you answer?",
    "are you connected to the internet?",
    "do you save what I type",
    "who can see my questions",
    "do you record my questions",
    "why didn't you answer?",
    "why did you not answer my question",
    "what does declined mean",
    "why does it say related information",
    "how can I report an error",
    "where do I send feedback",
    "can I request a new topic",
    "can you learn new things",
    "do you speak other languages",
    "can you help with my daughter's tribunal",
    "is this official government advice",
    "what's sendbot?",
    "what can i ask you about",
    "who maintains this bot?",
    "are you a real person",
    "are you using chatgpt",
    "how reliable is this bot",
    "when was your data last updated",
    "how old are your sources",
    "does this cover 2026?",
    "what commands can I use",
    "what is /facts",
    "does anyone read my questions",
    "do you keep a record of questions",
    "why won't you answer me",
    "what does it mean when you say related information",
    "how do i flag a wrong answer",
    "who can I complain to about this bot",
    "can you add a fact",
    "can i ask in welsh",
    "can you give me advice about my son's school",
    "can you help me with my daughter's EHCP review",
)
_FEEDBACK = (
    "that's wrong",
    "wrong answer",
    "rubbish bot",
    "useless",
    "that's not what i asked",
    "that's incorrect",
    "no that's wrong",
    "you're wrong",
    "that answer is wrong",
    "not helpful",
    "not what I asked",
    "you didn't answer my question",
    "this bot is useless",
    "this is rubbish",
    "pointless",
    "ugh",
    "seriously?",
    "try again",
    "nope, wrong",
    "that's not what I wanted",
    "you're useless",
    "what a useless answer",
    "incorrect",
    "this isn't working",
    "that makes no sense",
)
_QUESTION = (
    "hi, how many special schools opened?",
    "hello, what was total high needs funding in 2023/24?",
    "thanks, and how many educational psychologists are there?",
    "do you know about ehcps",
    "do you know how many special schools opened",
    "can you tell me about high needs funding",
    "what do you know about supported internships",
    "hey bot how many new places have been created",
    "is high needs funding up to date",
    "how many ehcps were issued in 2025",
    "hi, what's the high needs budget for 2024/25?",
    "thanks, and what about educational psychologists?",
    "hello can you tell me how many SEND tribunals there were",
    "do you know anything about supported internships?",
    "do you have anything on autism training",
    "can you help me find out about high needs funding",
    "can you tell me about the change programme",
    "is the £1 billion figure up to date?",
    "is the send reform still happening in 2026",
    "who answered the question about special schools",
    "what is the latest figure for high needs funding",
    "can you answer questions about special schools",
)


@pytest.mark.parametrize("message", (*_CHAT, *CHAT_LINES))
def test_greetings_thanks_and_goodbyes_get_a_chat_reply(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.GREETING and reply.fact is None, (message, reply.text)
    assert reply.text != FEEDBACK_TEXT, message


@pytest.mark.parametrize("message", (*_HELP, *HELP_LINES))
def test_questions_about_the_bot_get_the_help(shipped_index: FactIndex, message: str) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP and reply.fact is None, (message, reply.text)


@pytest.mark.parametrize("message", (*_FEEDBACK, *FEEDBACK_LINES))
def test_feedback_on_the_last_reply_says_how_to_report_it_or_ask_again(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.GREETING and reply.fact is None, (message, reply.text)
    assert reply.text == FEEDBACK_TEXT, message


@pytest.mark.parametrize("message", (*_QUESTION, *TOPIC_QUESTIONS))
def test_topic_questions_beside_the_same_words_still_go_to_the_facts(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome not in (Outcome.GREETING, Outcome.HELP), (message, reply.text)


def _kind(message: str) -> Kind:
    return kind_of(fold_text(message), words(message))


# The reasons, each on its own.
@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # A verdict on the last reply with nothing in it to look up is feedback ...
        ("that wrong", Kind.FEEDBACK),
        ("not what i asked", Kind.FEEDBACK),
        ("what a useless answer", Kind.FEEDBACK),
        # ... but asking whether it is wrong is a question, and "not bad" no complaint.
        ("is that wrong", Kind.QUESTION),
        ("what is wrong with the send system", Kind.QUESTION),
        ("not bad", Kind.ACK),
        # A yes/no question made of chat words is still asked: "is that right?".
        ("is that right", Kind.QUESTION),
        ("is it ok", Kind.QUESTION),
        ("have a good day", Kind.ACK),
        # "this" or "it" addressed with nothing but words about the bot: how recent it is ...
        ("is this info up to date", Kind.CURRENT),
        ("does it know about things after 2025", Kind.CURRENT),
        # ... not "it" as what the sources describe, nor a topic's figure.
        ("will it work", Kind.QUESTION),
        ("is high needs funding up to date", Kind.QUESTION),
        # One thing asked about the bot narrows the help.
        ("how do i report a wrong answer", Kind.REPORT),
        ("do you store my messages", Kind.PRIVACY),
        ("what does partial mean", Kind.MEANING),
        ("why didnt it answer", Kind.MEANING),
        ("can you speak welsh", Kind.LANGUAGE),
        # A child's own case, or a field named loosely, asked of what the bot can do ...
        ("can you answer questions about my childs ehcp", Kind.OWN_CASE),
        ("is this bot any good for ehcp stuff", Kind.HELP),
        # ... but a topic named is for the facts.
        ("do you know about ehcps", Kind.QUESTION),
        ("can you answer questions about special schools", Kind.QUESTION),
        # "the SEND system" is what the sources are about, not the bot.
        ("how does the send system work", Kind.QUESTION),
        ("who runs the send system", Kind.QUESTION),
        ("how does the bot work", Kind.HELP),
        *KIND_REASONS,
    ],
)
def test_the_reason_each_kind_is_told_apart(message: str, kind: Kind) -> None:
    assert _kind(message) is kind


@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("how do I report a wrong answer", '"Not what I asked"'),
        ("who do I contact if the bot is wrong", "the moderators see it"),
        ("do you store my messages", "I keep no names or user ids"),
        ("what does partial mean", "related information (a partial answer)"),
        ("can you speak welsh", "only understand and answer in English"),
        ("can you help me with my son's ehcp", "I can't advise on one child's case"),
    ],
)
def test_the_help_opens_with_a_line_for_what_was_asked(
    shipped_index: FactIndex, message: str, says: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.text.startswith(says) or says in reply.text.split(". I answer questions")[0]
    assert "Topics include" in reply.text  # the help follows it


@pytest.mark.parametrize("message", ["is this info up to date", "how recent is this"])
def test_how_recent_the_sources_are_names_the_newest_and_oldest(
    shipped_index: FactIndex, shipped_kb: KnowledgeBase, message: str
) -> None:
    reply = answer(shipped_index, message)
    dates = sorted(source.answered for source in shipped_kb.sources)
    assert f"The newest was answered on {human_date(dates[-1])}" in reply.text
    assert f"the oldest answered on {human_date(dates[0])}" in reply.text


def test_feedback_says_how_to_report_a_wrong_answer_and_to_ask_again() -> None:
    assert '"Not what I asked"' in FEEDBACK_TEXT and "ask again" in FEEDBACK_TEXT


@pytest.mark.parametrize("question", ["the answer came from who?", "who did the answer come from?"])
def test_who_the_answer_came_from_is_who_gave_the_written_answer(
    single_source_index: FactIndex, question: str
) -> None:
    # Not where the bot's answers come from: "who" asks for the minister who answered.
    reply = assert_answered_with(single_source_index, question, "document-answered-by")
    assert "David Johnston" in reply.text


@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("hi", "from one UK parliamentary written answer."),
        ("help", "from one UK parliamentary written answer."),
        ("are you a bot", "written answer. Every figure I give"),
        ("are you a bot", "It was answered on 8 February 2024."),
        ("is this up to date?", "My source is one UK parliamentary written answer, answered on"),
    ],
)
def test_one_source_is_said_as_one_not_as_the_newest_of_several(
    single_source_index: FactIndex, message: str, says: str
) -> None:
    """Over one written answer the bot said "from 1 UK parliamentary written answer", "The
    newest was answered on ..." and "My sources are 1 ..., the oldest answered on ..."."""
    text = answer(single_source_index, message).text
    assert says in text
    assert " 1 UK" not in text and "newest" not in text and "oldest" not in text
