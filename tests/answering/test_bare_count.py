"""A count asked with nothing saying which, of a thing the source counts more than one way."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize("question", ["how many special schools??", "Number of special schools"])
def test_a_bare_count_of_a_thing_counted_two_ways_says_which_counts_there_are(
    single_source_index: FactIndex, question: str
) -> None:
    # 15 opened this academic year, a further 76 approved: neither is how many there are.
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
    assert reply.missing == (
        "The written answer gives the number opened this academic year and the number "
        "approved, not how many there are in total."
    )


def test_on_the_shipped_base_too(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how many special schools?")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Counted one way only, or asked which way: the count is the answer.
        ("how many special free schools", "special-free-schools-approved"),
        ("how many special schools have opened", "special-schools-opened"),
        ("how many inspection reports?", "inspection-reports-published"),
        ("how many eps?", "educational-psychologists-trainees"),
    ],
)
def test_a_count_said_one_way_is_still_answered(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


@pytest.mark.parametrize(
    "question",
    [
        "caf\u00e9 \u2013 how many special schools?",
        "Zoë - how many special schools?",
        "banana - how many special schools?",
        "quick one - how many special schools?",
        "naïve question: how many special schools?",
        "sorry to bother you — how many special schools?",
        "Hiya, Zoë here! quick question: how many special schools?",
        "how many special schools, roughly?",
    ],
)
def test_words_before_or_a_hedge_after_a_bare_count_leave_it_bare(
    shipped_index: FactIndex, question: str
) -> None:
    # A stray word, a name or a dash before the count cannot say which count is meant: the
    # 76 approved is not how many special schools there are.
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("caf\u00e9 \u2013 how many special schools opened?", "special-schools-opened"),
        ("how many special free schools approved?", "special-free-schools-approved"),
    ],
)
def test_a_count_said_one_way_after_a_stray_word_is_still_answered(
    shipped_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(shipped_index, question, fact)
