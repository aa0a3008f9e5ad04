"""'the headline funding figure' is the funding's main figure, not a kind of funding the
source would have to name; and 'the figure they quote', 'the stated reason' are everyday ways
of saying what the answer says, which weigh as little as 'say' does when the base never
uses the word."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_the_headline_funding_figure_is_the_funding(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "what's the headline funding figure for the send plan in 2024/25?",
        "high-needs-funding-2024-25",
    )
    assert "£10.5 billion" in reply.text


def test_the_funding_the_minister_quotes_is_the_funding(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what's the funding the minister quotes for 2024/25?",
        "high-needs-funding-2024-25",
    )
