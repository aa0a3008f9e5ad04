"""Asked for the newest rise since the year a measure counts from ("the latest figure for the
rise since 2019/20"), the reply is that measure's newest answer (February 2024: 60% over five
years), not the older one whose quote names the year (September 2023: over 60% from the
2019/20 allocations). Asked how much it has risen since then, with no newest asked for, the
answer naming the year stays."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "latest figure for high needs growth since 2019/20",
        "newest high needs rise since 2019-20",
        "what is the most up to date increase in high needs funding since 2019?",
    ],
)
def test_newest_rise_since_the_measures_base(shipped_index: FactIndex, question: str) -> None:
    # Was the September 2023 answer's figure.
    reply = assert_answered_with(shipped_index, question, "high-needs-budget-increase")
    assert "60% over five years" in reply.text
    assert "8 February 2024" in reply.text


def test_rise_since_the_year_not_asked_as_newest_keeps_its_answer(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "how much has high needs risen since 2019/20",
        "high-needs-rise-since-2019-20",
    )
