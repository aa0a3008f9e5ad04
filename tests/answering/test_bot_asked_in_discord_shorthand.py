"""Questions about the bot itself typed the way people type in Discord, found by trying it
(round 54): "u awake?", "is this run by the dfe?", "how current are the answers", "are you free
to use", "are you a lawyer", "do you use hansard?". Each was declined or given a fact-less "I
don't have that"; each now gets the hello or a reply about the bot. A topic question with the
same words ("free schools", "paid to", "hansard say about") still goes to the facts."""

import pytest
from _pytest.mark import ParameterSet

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with

_WHAT_IT_IS = "I'm sendbot, a bot"
_HOW_RECENT = "The newest was answered on"


def _group(
    name: str, outcome: Outcome, says: str | None, messages: list[str]
) -> list[ParameterSet]:
    """One kind of question about the bot: its messages, each with the reply it gets."""
    return [
        pytest.param(message, outcome, says, id=f"{name}-{number}")
        for number, message in enumerate(messages, 1)
    ]


_ABOUT_THE_BOT = [
    *_group(
        "is-it-there",
        Outcome.GREETING,
        None,
        ["u awake?", "r u there", "are u still awake", "you still there?", "hey u still around"],
    ),
    *_group(
        "who-runs-this",
        Outcome.HELP,
        _WHAT_IT_IS,
        [
            "is this run by the dfe?",
            "is this owned by the council",
            "is this thing made by the government",
            "is this set up by a charity",
        ],
    ),
    *_group(
        "how-recent",
        Outcome.HELP,
        _HOW_RECENT,
        [
            "how current are the answers",
            "how up to date are the answers?",
            "are the answers still up to date",
            "how old are the replies",
            "are the answers out of date",
        ],
    ),
    *_group(
        "what-it-costs",
        Outcome.HELP,
        None,
        [
            "are you free to use",
            "is sendbot free??",
            "does this cost anything",
            "do i have to pay to use this",
            "do u charge for this",
        ],
    ),
    *_group(
        "lawyer-or-hansard",
        Outcome.HELP,
        _WHAT_IT_IS,
        [
            "are you a lawyer",
            "r u a solicitor?",
            "is this bot a barrister",
            "do you use hansard?",
            "is this from hansard",
            "do u get stuff from hansard",
        ],
    ),
    *_group(
        "who-pays-or-wrote-it",
        Outcome.HELP,
        None,
        [
            "who coded u",
            "who funds this bot",
            "is this a dfe bot",
            "is this endorsed by ipsea",
            "is this ai generated",
            "sup bot whats ur deal",
        ],
    ),
    *_group(
        "whom-it-works-for-and-its-use",
        Outcome.HELP,
        None,
        [
            "do u work for parliament",
            "are you an mp",
            "r u the minister?",
            "what year is your data from",
            "any1 know what this bot does?",
            "is there a user guide",
            "whats the prefix",
            "idk how to use this lol",
        ],
    ),
]


@pytest.mark.parametrize(("message", "outcome", "says"), _ABOUT_THE_BOT)
def test_a_question_about_the_bot_gets_its_reply_and_no_fact(
    shipped_index: FactIndex, message: str, outcome: Outcome, says: str | None
) -> None:
    """The hello for "are you there", a reply about the bot for the rest (`says`: a sentence
    it must hold: what the bot is, or how recent its sources are)."""
    reply = answer(shipped_index, message)
    assert reply.outcome is outcome and reply.fact is None, (message, reply.text)
    assert says is None or says in reply.text, (message, reply.text)


def test_asking_whether_it_speaks_welsh_by_its_own_name_gets_the_language_line(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "can u speak cymraeg")
    assert reply.outcome is Outcome.HELP, reply.text
    assert reply.text.startswith("I only understand and answer in English"), reply.text


@pytest.mark.parametrize(
    "message",
    [
        "can u help me write an appeal letter",
        "could you help us fill in the form",
        "can you recommend a school",
        "can u suggest a good solicitor",
    ],
)
def test_asking_it_to_write_a_letter_or_choose_for_a_child_says_it_cannot_advise(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP and reply.fact is None, (message, reply.text)
    assert reply.text.startswith("I can't advise on one child's case"), (message, reply.text)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("do you know how many free schools opened", "special-schools-opened"),
        ("what did hansard say about special schools opened", "special-schools-opened"),
        ("can you tell me how much was paid to the change programme", "change-programme"),
    ],
)
def test_a_topic_asked_with_the_same_words_still_gets_its_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "are the answers on high needs funding up to date",
        "is the change programme run by the department",
        "what does hansard say about ehcp delays",
        "is free school transport available",
        "what did the minister say about ehcp timeliness",
        "what year was the plan published",
        # whose the written answer is, and an opinion on the system, not the bot
        "is this an ofsted thing",
        "will ehcps get any better do u reckon",
    ],
)
def test_a_topic_named_beside_the_bots_words_is_no_question_about_the_bot(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.HELP, (question, reply.text)
    assert reply.outcome is not Outcome.GREETING, (question, reply.text)
