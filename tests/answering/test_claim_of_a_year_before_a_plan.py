"""A figure checked that a source gives for an earlier year, when the newest figure is a plan
for a later one: confirmed with its year, not set right by the plan's figure."""

from __future__ import annotations

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


def test_an_earlier_years_budget_is_confirmed_with_its_year(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is the total schools budget 59.6bn?")
    first = reply.text.splitlines()[0]
    assert first.startswith("Yes, for 2024/25: ")
    assert "£59.6 billion" in first
    assert "not 59.6bn" not in reply.text and "No longer" not in reply.text


def test_a_figure_of_an_earlier_year_before_a_newer_years_figure_is_confirmed_too(
    shipped_index: FactIndex,
) -> None:
    # The newest high needs total is for the year it was given in, no plan: the claim is still
    # 2023/24's total, confirmed with its year (claim_given_elsewhere), not called wrong;
    # asked with "still", it is set right (test_still_claim).
    reply = answer(shipped_index, "is the high needs pot £10.1 billion?")
    first = reply.text.splitlines()[0]
    assert first.startswith('Yes: "£10.1 billion next year", for 2023/24')
    assert "not £10.1 billion" not in reply.text
