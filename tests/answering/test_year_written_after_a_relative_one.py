"""On the shipped base: "next year 2024", "next financial year 2024-25": the year written right
after a relative one says which year is meant, so it is not read as a year counted from the
newest written answer (2026/27)."""

from sendbot.answering.asked_period import relative_period_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_a_year_written_after_a_relative_one_wins(shipped_index: FactIndex) -> None:
    kb = shipped_index.kb
    facts = tuple(kb.facts)
    for written in ("high needs funding next year 2024", "next financial year 2024-25 budget"):
        assert relative_period_asked(kb, analyse(written), facts, None) is None
    relative = relative_period_asked(kb, analyse("high needs funding next year"), facts, None)
    assert relative is not None and relative.offset == 1
    # A year elsewhere in the question is another one: "next year" is still counted.
    compared = analyse("will high needs be higher next year than in 2019")
    assert relative_period_asked(kb, compared, facts, None) is not None


def test_the_year_written_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how much extra high needs money next financial year 2024-25",
        "high-needs-increase-2024-25",
    )
