"""On the shipped base: asked what was to happen by a month ("by May 2024"), matched to a fact
of the written answer that gives nothing for that month, another fact of the same answer that
names the month in its own words answers ("An announcement on the location of these schools
will be made by May 2024"). A figure asked for that month stays partial."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "what was meant to happen by May 2024 about the new special free schools?",
        "what was promised by May 2024 about the 15 new special schools",
    ],
)
def test_what_was_due_by_a_month_is_the_fact_naming_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-location-announcement"
    )
    assert "May 2024" in reply.text


def test_a_figure_for_that_month_stays_partial(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how many special free schools were confirmed in May 2024?", r"May 2024"
    )
