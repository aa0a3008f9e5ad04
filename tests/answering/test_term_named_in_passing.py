"""A definition is asked of a term ("what does complex needs mean?"): a fact that uses the
term only in passing ("special schools cater to those with the most complex needs") does not
explain it, so the reply is partial or declined. A fact that names the term (its title, or the
term written as a name: "Change Programme", "PINS") still answers."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_term_used_in_passing_is_not_defined(shipped_index: FactIndex) -> None:
    assert_not_answered(shipped_index, "what does complex needs mean", r"doesn't explain")
    assert_not_answered(shipped_index, "what are complex needs?", r"doesn't explain")


def test_a_term_the_fact_names_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what is the Supported Internships programme",
        "what-supported-internships-are",
    )
    assert_answered_with(shipped_index, "what's the pins project", "pins-programme")
