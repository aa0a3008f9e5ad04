"""Thanks, then the asker says they are off ("lovely, thank you, off to do the school run now
bye"): a goodbye, whatever they are off to do. A question after the leaving is still asked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        "lovely, thank you, off to do the school run now bye",
        "cheers, gotta go pick up the kids now, ta ra",
        "ok great thanks, signing off for today",
        "brilliant ty, off to work now, see ya",
        "many thanks - off to make tea now x",
        "super helpful, cheers. heading off to pick my daughter up from school",
    ],
)
def test_thanks_then_leaving_is_a_goodbye(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.GREETING and reply.fact is None, (message, reply.text)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("thanks, off to the school run, is pins for primary schools", "pins-primary-schools"),
        ("ty, off now - does the plan cover ap", "improvement-plan-aim"),
        ("great thanks, done. when was the plan published", "document-plan-published"),
        ("off to the school run - how many new places were created?", None),
    ],
)
def test_a_question_after_the_leaving_is_still_asked(
    single_source_index: FactIndex, message: str, fact_id: str | None
) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome not in (Outcome.GREETING, Outcome.HELP), (message, reply.text)
    if fact_id is not None:
        assert reply.fact is not None and reply.fact.id == fact_id, (message, reply.text)
