"""A count asked of one kind of school put first, "how many" after it ("PINS secondary schools,
how many?"), of a fact counting the other kind (primary schools) is partial, saying which kind
the written answer speaks of, as "how many secondary schools ..." is; the kind the fact counts
is still answered."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_the_other_kind_put_first_is_partial(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "PINS secondaries supported, how many?")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "not secondary" in reply.missing
    assert reply.fact is not None and reply.fact.id == "pins-primary-schools"


def test_the_kind_the_fact_counts_put_first_is_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "PINS primary schools supported, how many?", "pins-primary-schools"
    )
