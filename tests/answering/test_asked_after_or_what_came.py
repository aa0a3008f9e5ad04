"""Two things a fact near the topic does not give: what follows the year it gives a figure
for ("the plan after 2024/25" of funding in 2024/25), and what something has made better
("has the new content made teachers any better yet?" of the content announced). Each gets a
partial saying so; the figure for the year, or what was done, is still answered when asked."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "has the new teacher training content made classroom teachers any better at send",
        "have the extra modules made staff much better",
        "did the framework make new teachers better",
    ],
)
def test_made_any_better_asks_what_came_of_it(question: str) -> None:
    assert analyse(question).intent is Intent.OUTCOME


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "how much high needs money is there beyond 2024/25",
            r"^The written answer speaks of the years up to 2024/25, not after 2024/25\.$",
        ),
        (
            "has the new teacher training content made teachers any better yet",
            r"^The written answer doesn't report results or judge whether it is working",
        ),
    ],
)
def test_after_its_year_or_what_came_of_it_is_not_answered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much is the send plan backed by in 2024/25", "high-needs-funding-2024-25"),
        (
            "when was the new send content for teacher training announced",
            "itt-ecf-send-content",
        ),
    ],
)
def test_the_year_given_and_what_was_done_are_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
