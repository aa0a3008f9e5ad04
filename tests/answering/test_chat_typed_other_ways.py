"""Hello, thanks, goodbye and "ok" typed in ways the older lists did not hold: greetings and
farewells in more languages ("hej", "kia ora", "hasta luego"), chat shorthand ("gtg", "righto",
"thank u sm"), a hand raised ("🙋"), Discord shortcodes and actions (":wave:", "*waves*"), a
hello then who the asker is ("hi, parent governor here"), thanks then a remark ("thanks, that's
what i thought"), "is anyone around?" and a drawn-out "umm" before asking for help. A sample of
the 196 lines written for this in round 17 (before the change 42 of them got a decline or the
prompt for a question, and on the one-source base "hey, i work in a special school" got a fact;
after it, 1: "hi!! is this the send bot?" gets the help). Each gets the chat reply or the help;
the same words beside a topic still go to the facts."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.message_kind import Kind
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with

CHAT = (
    "heyo",
    "hej",
    "hoi",
    "salve",
    "merhaba",
    "kia ora",
    "sawubona",
    "namaskar",
    "buenas tardes",
    "bore da pawb",
    "prynhawn da",
    "noswaith dda",
    "ciao a tutti",
    "gud mornin",
    "olá, tudo bem?",
    "back again!",
    "🙋‍♀️",
    ":wave:",
    ":wave: hi",
    "*waves*",
    "hello is anyone around",
    "how are things with you?",
    "how are you today sendbot",
    "hi, parent governor here",
    "hey, i work in a special school",
    "thank u sm",
    "thnak you",
    "thanks, that's what i thought",
    "merci bien",
    "danke sehr",
    "dank je wel",
    "shukran jazeelan",
    ":pray:",
    "gtg",
    "g2g, thanks",
    "i have to go now",
    "hasta luego",
    "catch ya",
    "righto",
    "oki doki",
    ":+1:",
)


@pytest.mark.parametrize("message", CHAT)
def test_chat_typed_other_ways_gets_the_chat_reply(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is Outcome.GREETING


@pytest.mark.parametrize("message", ["umm what do i do", "hmm where do i start"])
def test_help_after_a_drawn_out_umm_gets_the_help(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is Outcome.HELP


# Each reason, and the question beside it that it must leave alone.
REASONS = [
    # A Discord shortcode or an action between asterisks is the emoji it names ...
    (":wave:", Kind.GREETING),
    ("*waves*", Kind.GREETING),
    (":pray: thanks", Kind.THANKS),
    (":thumbsup:", Kind.ACK),
    # ... bold is not an action, and a question beside one is still a question.
    ("**hi**", Kind.GREETING),
    (":wave: how many special schools opened?", Kind.QUESTION),
    ("*waves* what is pins", Kind.QUESTION),
    # "wave" in words is a topic word ("another wave of free schools").
    ("another wave?", Kind.QUESTION),
    ("will there be another wave of special free schools", Kind.QUESTION),
    # A hello then who the asker is, with nothing asked ...
    ("hi, parent governor here", Kind.GREETING),
    ("hey, i work in a special school", Kind.GREETING),
    # ... and with something asked.
    ("parent here, how many special schools opened", Kind.QUESTION),
    ("hi, i work in a special school and want to know about pins", Kind.QUESTION),
    ("hello, send caseworker here - what is pins?", Kind.QUESTION),
    # "what i thought" remarks; "what is" asks.
    ("thanks, that's what i thought", Kind.THANKS),
    ("thanks, what i thought was odd is the high needs total, what is it?", Kind.QUESTION),
    # Having to go is a goodbye only as the whole line.
    ("i have to go now", Kind.BYE),
    ("do i need to go to a tribunal", Kind.QUESTION),
    ("i have to go to the tribunal, who pays", Kind.QUESTION),
    # "how are things" is small talk; "how are things with high needs funding" is not.
    ("how are things with you", Kind.GREETING),
    ("how are things with high needs funding", Kind.QUESTION),
    # "umm", "hmm" drawn out are filler before what is asked.
    ("umm how many special schools opened", Kind.QUESTION),
    ("catch up funding for send?", Kind.QUESTION),
]


@pytest.mark.parametrize(("message", "kind"), REASONS)
def test_each_reason_on_its_own(message: str, kind: Kind) -> None:
    assert analyse(message).kind is kind


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (":wave: how many special schools opened?", "special-schools-opened"),
        ("umm how many special schools opened", "special-schools-opened"),
        ("back again, how many special schools opened?", "special-schools-opened"),
        ("hmm what is pins", "pins-programme"),
    ],
)
def test_a_topic_question_after_chat_is_still_answered(
    shipped_index: FactIndex, message: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, message, fact_id)
