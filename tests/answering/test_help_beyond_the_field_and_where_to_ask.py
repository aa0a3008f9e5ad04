"""Asking whether sendbot answers beyond its field ("anything besides SEND?") or where it may
be asked (a DM rather than the channel) asks about using the bot: the help reply, which says
what it covers and (on Discord) where it answers, never a fact nor "not in my sources". A topic
beside the same words is still a question."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        # beyond the field the bot covers
        "will you answer things outside of SEN?",
        "do u do questions besides send",
        "could you help with anything apart from send",
        "can you answer stuff that's unrelated to sen",
        "do you cover non-send topics",
        "can you talk about things except send",
        # where the bot may be asked
        "can i pm you rather than posting in the channel",
        "is it ok to message you directly instead",
        "could we dm our questions",
        "can i ask you privately instead of in public",
    ],
)
def test_asking_what_else_or_where_gets_the_help_reply(
    shipped_index: FactIndex, message: str
) -> None:
    assert answer(shipped_index, message).outcome is Outcome.HELP


@pytest.mark.parametrize(
    "message",
    [
        "can you tell me about pupils outside mainstream schools",
        "do you know about send support besides ehcps",
    ],
)
def test_a_topic_beside_those_words_is_still_a_question(
    shipped_index: FactIndex, message: str
) -> None:
    assert answer(shipped_index, message).outcome is not Outcome.HELP
