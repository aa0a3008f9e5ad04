"""A question asking two details at once ("when did it launch and how big is it?") is not
answered with a fact that gives only one of them when a fact as close gives both: that fact
is the answer, or, when none is sure enough, no fact is presented as the answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_together import Detail, details_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_when_it_launched_and_how_big_is_the_fact_giving_both(shipped_index: FactIndex) -> None:
    # Not "The Change Programme is made up of 32 local authorities", which gives no date.
    reply = assert_answered_with(
        shipped_index, "when did the change programme launch and how big is it", "change-programme"
    )
    assert "September 2023" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "how many more educational psychologists will be trained and how much will it cost",
        "how many new eps are being trained and how much is that costing",
    ],
)
def test_how_many_and_how_much_is_not_answered_without_what_it_costs(
    shipped_index: FactIndex, question: str
) -> None:
    # An answer to both shows both: the quote giving the 400 gives the £21 million with them.
    reply = answer(shipped_index, question)
    assert not reply.answered or "£21 million to train 400" in reply.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("when did it launch and how big is it", {Detail.DATE, Detail.SIZE}),
        ("how many eps and how much is it costing", {Detail.COUNT, Detail.MONEY}),
        ("how much money is in pins and when was it announced", {Detail.MONEY, Detail.DATE}),
        # One detail asked twice, or two details not joined by "and": ranked as before.
        ("how many eps train in 2024 and how many in 2025", set()),
        ("how much is it, when i asked last year it was less", set()),
        ("how many special schools opened", set()),
    ],
)
def test_details_asked_together(question: str, asked: set[Detail]) -> None:
    assert details_asked(analyse(question).text) == asked


@pytest.mark.parametrize(
    "question",
    [
        "how many educational psychologists are being trained and how much funding is there",
        "latest plan for EP training: how many and how much?",
        "how many extra EPs are being trained and how much is it costing",
    ],
)
def test_how_many_and_how_much_is_the_newest_fact_giving_both(
    shipped_index: FactIndex, question: str
) -> None:
    # The February 2024 answer's "a further £21 million to train 400 more education
    # psychologists" gives both; its funding fact and its count fact both quote it whole.
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert reply.fact.id in {
        "educational-psychologists-funding",
        "educational-psychologists-trainees",
    }
    assert "£21 million to train 400" in reply.text
