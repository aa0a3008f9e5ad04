"""A telegraphic count asked by a noun after the plural it counts ("trainee EPs count?",
"new places number pls") asks how many: the noun says a count is asked, not what about."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_noun_after_a_plural_asks_how_many() -> None:
    assert analyse("autism trained professionals tally?").intent is Intent.COUNT
    assert analyse("extra eps count").intent is Intent.COUNT


def test_a_sum_named_before_it_is_no_count() -> None:
    assert analyse("high needs numbers").intent is not Intent.COUNT
    assert analyse("grants numbers?").intent is not Intent.COUNT


def test_the_count_asked_so_is_answered(single_source_index: FactIndex) -> None:
    # (the noun read as a topic word, the count and the sum beside it were a near tie)
    assert_answered_with(
        single_source_index,
        "more educational psychologists count",
        "educational-psychologists-trainees",
    )


def test_a_bare_count_asked_so_says_which_counts_there_are(
    single_source_index: FactIndex,
) -> None:
    # as "how many special schools?": opened and approved are counted, not all there are
    assert_not_answered(single_source_index, "special schools count?", "in total")
