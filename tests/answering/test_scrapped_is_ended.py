"""Scrapping, axing or abolishing a thing is ending it, not putting another in its place: "is
the AP taskforce scrapped?" is answered by the fact saying how long it was extended to (as
"is the AP taskforce ending?" is), while "what will replace the AP taskforce" is still not
answered by it, and the old SENCO qualification that is "to be replaced" is still the answer
to whether it is being scrapped or replaced."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is the AP taskforce scrapped?", "ap-specialist-taskforce-extension"),
        ("has the AP taskforce been scrapped", "ap-specialist-taskforce-extension"),
        ("are they scrapping the ap specialist taskforce", "ap-specialist-taskforce-extension"),
        ("is it true the AP taskforce is being axed?", "ap-specialist-taskforce-extension"),
        ("is the AP taskforce ending?", "ap-specialist-taskforce-extension"),
        ("is the nasenco being scrapped", "npq-senco"),
        ("is the old senco qualification being scrapped", "npq-senco"),
        ("is the nasenco being replaced", "npq-senco"),
        ("what is replacing the nasenco", "npq-senco"),
    ],
)
def test_scrapped_is_answered_by_how_long_it_runs(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id


def test_a_replacement_is_not_answered_by_an_extension(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "what will replace the AP taskforce")
    assert reply.outcome is not Outcome.ANSWERED, reply.text
