"""A message telling what it wants of the written answer, then asking only by pointing back at
it ("... the date it was given - can you tell me it?", "... when the reply came out, what date
was that?"): the part told before is what is asked, not the date a paper was published."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_the_answer_coming_out_then_what_date_was_that_gets_the_date_answered(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "for our trust newsletter i have to say when the written reply on send progress "
        "came out - what date was that?",
        "document-answered-date",
    )
