"""'which organisations deliver the NPQ?' asks the organisations' names: the sentence saying the
written answer does not give them names "the organisations", not "the organisations deliver".
A plural noun followed by a verb and what it acts on ends what is named."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("which organisations deliver the new NPQ for SENCOs", "the organisations."),
        ("which universities train the 400 extra EPs", "the universities."),
        ("which companies evaluate the change programme", "the companies."),
        ("which local authorities lead the change programme", "the local authorities."),
        ("which providers deliver their training for early years SENCOs", "the providers."),
        ("which ICBs sit on the change programme board", "the ICBs."),
        # near-misses that already named the noun alone, and a noun joined by "and"
        ("which councils are in the change programme?", "the councils."),
        (
            "which ICBs and parent groups specifically are working with the change programme?",
            "the ICBs and parent groups.",
        ),
    ],
)
def test_the_names_asked_end_at_the_noun(
    single_source_index: FactIndex, question: str, named: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and reply.missing.endswith(f"doesn't name {named}"), (
        reply.missing
    )
