""" "Where did the extra money come from?" asks what it came out of (the Autumn Statement
2022), which the answer's own words say ("as a result of the additional funding following"),
not for a place; "where will the new schools be?" still asks for a place."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_where_money_came_from_is_answered_by_what_it_followed(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index,
        "where does the extra high needs funding for 2023/24 come from?",
        "high-needs-increase-2023-24",
    )
    assert "Autumn Statement 2022" in reply.text


def test_where_something_comes_from_is_a_cause_and_where_it_is_a_place() -> None:
    assert analyse("where did the extra money come from").intent is Intent.METHOD
    assert analyse("where will the 15 new special schools be").intent is Intent.PLACE


def test_a_long_name_for_the_money_still_asks_where_it_came_from(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "where did the extra high needs funding for 23/24 actually come from",
        "high-needs-increase-2023-24",
    )


def test_which_after_above_or_below_is_a_relative_not_a_list_asked_for() -> None:
    """ "the threshold above which mainstream schools get top-up" asks for the threshold."""
    asked = analyse("what's the threshold above which mainstream schools get high needs top up")
    assert asked.intent is not Intent.NAMED_LIST
    assert analyse("which mainstream schools get high needs top up").intent is Intent.NAMED_LIST
