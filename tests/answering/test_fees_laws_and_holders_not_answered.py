"""Four kinds of on-topic question no written answer gives, read by what they ask rather than
by the topic they name: a fee or what something charges, law still to be made or a fiscal event
still to come, what becomes of those who already hold what is being replaced, and an end asked
"till when" (as "until when" is). Each is partial or declined, never answered with the fact
about the thing named; questions that only share a word with them ("who is in charge", "at the
end of the spending review", a "till when" the source gives) are read as before."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what are the fees at the new special schools", Intent.COST),
        ("do the new special free schools charge parents anything", Intent.COST),
        ("what does the early years senco course charge nurseries", Intent.COST),
        ("is there a fee per module for the online training", Intent.COST),
        ("will the send reforms be written into law", Intent.PREDICTION),
        (
            "is the government going to legislate for the change programme reforms",
            Intent.PREDICTION,
        ),
        ("will there be extra money for special schools at the next budget", Intent.PREDICTION),
        ("what happens to teachers who already hold the old senco award", Intent.REQUIRED),
        ("will existing sencos with the current qualification need to redo it", Intent.REQUIRED),
        # only a word in common: still read as before
        ("who is in charge of the change programme", Intent.PERSON),
        ("what share of high needs money goes on independent special school fees", Intent.PERCENT),
    ],
)
def test_the_kind_of_question_is_read_from_its_wording(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    "question",
    [
        "what are the fees at the new special schools",
        "what does the npq for sencos charge",
        "will the send reforms be written into law",
        "when will the change programme's reforms become law",
        "what happens to teachers who already hold the old senco award",
    ],
)
def test_one_source_does_not_answer_them(single_source_index: FactIndex, question: str) -> None:
    assert_not_answered(single_source_index, question, "cost|required|what will happen")


@pytest.mark.parametrize(
    "question",
    [
        "do the new special free schools charge parents anything",
        "what are the fees at the new special schools",
        "is there going to be more funding for special schools in the next spending review",
        "will existing sencos with the old award have to do the new npq as well",
        "what happens to teachers who already hold the old senco award once the npq starts",
    ],
)
def test_many_sources_do_not_answer_them(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "cost|required|what will happen")


def test_a_spending_review_already_held_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how much will the schools budget be at the end of the spending review",
        "core-schools-budget-2028-29",
    )


def test_till_when_asks_when_it_ends(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index, "the pins programme is running til when", "not when it ends"
    )
    assert_answered_with(
        single_source_index,
        "is the AP specialist taskforce funded till when",
        "ap-specialist-taskforce-extension",
    )
