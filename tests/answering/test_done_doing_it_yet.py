"""Whether a scheme is "done" doing what it was set up for, asked with the doing named
("has PINS done supporting schools yet?", "are they done building the new schools now?"),
asks whether it has finished: partial when the written answer says only that it was launched
or planned, not the launch given as if it said so; "done anything yet" asks what was done."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_under_way import stage_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse


def test_done_doing_it_yet_is_partial(single_source_index: FactIndex) -> None:
    reply = answer(
        single_source_index, "the change programme, is it done trialling the reforms yet"
    )
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "whether it has been completed" in reply.missing
    assert reply.fact is not None and reply.fact.id == "change-programme"


@pytest.mark.parametrize(
    ("question", "stage"),
    [
        ("are they done building the new special schools now", "finished"),
        ("has the dfe done anything yet", None),
        ("has the council done nothing yet", None),
    ],
)
def test_which_doing_is_a_finish_asked(question: str, stage: str | None) -> None:
    assert stage_asked(analyse(question)) == stage
