"""Hello, thanks and goodbye in the forms people type them: other languages' common words
("merci", "hola"), chat's short forms ("ta muchly", "thanks x", "kk") and emoji alone ("👋").
Each gets the chat reply, never a refusal or a prompt for a question."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        "bonsoir",
        "hola!",
        "salut 🙂",
        "namaste",
        "g'day",
        "shwmae",
        "merci beaucoup!",
        "grazie mille",
        "muchas gracias",
        "diolch",
        "ta muchly",
        "brill thanks",
        "thanks xx",
        "au revoir",
        "hwyl",
        "gotcha",
        "kk",
        "👋",
        "🙏🙏",
        "👍",
    ],
)
def test_chat_in_other_words_gets_the_chat_reply(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is Outcome.GREETING


@pytest.mark.parametrize("message", ["is it enough?", "🤔", "grand total for send?"])
def test_a_question_or_a_puzzled_emoji_is_not_chat(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is not Outcome.GREETING


@pytest.mark.parametrize("message", ["lol", "haha", "lmao", "hmm", "wow", "omg", "haha nice"])
def test_a_laugh_or_a_wow_is_acknowledged_not_greeted(
    single_source_index: FactIndex, message: str
) -> None:
    """ "lol" was answered "Hello! I answer questions about ...", as if the chat had just begun."""
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.GREETING
    assert reply.text.startswith("OK. Ask me anything else")


@pytest.mark.parametrize(
    ("message", "opens"),
    [
        ("hi lol", "Hello!"),
        ("haha thanks", "You're welcome!"),
        ("lol bye", "Bye!"),
        ("test", "Hello!"),
        ("wow how many special schools opened?", "In this academic year alone"),
    ],
)
def test_a_laugh_beside_a_hello_thanks_bye_or_question_keeps_that_reply(
    single_source_index: FactIndex, message: str, opens: str
) -> None:
    assert answer(single_source_index, message).text.startswith(opens)


@pytest.mark.parametrize(
    "message",
    [
        "hey gang",
        "morning peeps",
        "thx m8",
        "cheers pal",
        "wicked cheers",
        "lush, ta",
        "that clears it up, thanks",
        "Good afternoon, thank you for your help earlier.",
        "just joined the server, hello all",
        "new member here, hello",
        "just joined, hi everyone",
    ],
)
def test_slang_a_closing_hello_or_thanks_for_earlier_is_chat(
    single_source_index: FactIndex, message: str
) -> None:
    """These were declined, offered help, or (the thanks for clearing it up) answered with a
    fact."""
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.GREETING
    assert reply.fact is None


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("hey gang how many special schools opened", "special-schools-opened"),
        ("just joined, how many EPs are being trained", "educational-psychologists-trainees"),
    ],
)
def test_a_question_after_a_hello_or_joining_is_still_answered(
    single_source_index: FactIndex, message: str, fact_id: str
) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == fact_id
