"""A figure the asker names picks the fact that gives it ("the 115,000 figure"), and a figure
named as a reference point ("after the 4.3% rise") is not what is asked; a reason asked ("why",
"the reason for") is not answered by a measure's newest figure; a rise "since" a year is counted
from that year, not given by its figure."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.newest import figure_named_keeps
from sendbot.answering.question import analyse
from sendbot.knowledge.model import Fact
from tests.answering.expected_replies import assert_answered_with


def _fact(index: FactIndex, fact_id: str) -> Fact:
    return next(fact for fact in index.kb.facts if fact.id == fact_id)


def test_the_fact_whose_own_figure_is_named_is_kept(shipped_index: FactIndex) -> None:
    named = _fact(shipped_index, "pupils-in-special-schools-2015-16")
    newest = _fact(shipped_index, "pupils-in-special-schools-2024-25")
    question = analyse("where does the 115,000 come from")
    assert figure_named_keeps(question, named, newest)
    # The newest fact's own figure named: nothing keeps the older one.
    assert not figure_named_keeps(analyse("where does the 200,000 come from"), named, newest)


def test_a_figure_of_another_measure_named_is_a_reference_point(shipped_index: FactIndex) -> None:
    total = _fact(shipped_index, "high-needs-total-2024-25")
    rise = _fact(shipped_index, "high-needs-increase-2024-25")
    assert figure_named_keeps(analyse("the overall pot once the 4.3% was added"), total, rise)
    # A check of the figure stated asks about it.
    assert not figure_named_keeps(analyse("was the rise 4.3%?"), total, rise)
    # No figure named: nothing to keep.
    assert not figure_named_keeps(analyse("the overall pot once it was added"), total, rise)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what did the high needs pot come to once the 4.3% uplift was added",
            "high-needs-total-2024-25",
        ),
        ("tell me about the 115,000 special school figure", "pupils-in-special-schools-2015-16"),
        ("reason for the high needs rise in 2025/26", "ifs-2025-06-16-increase-purpose"),
        (
            "by how many have pupil numbers in special schools gone up since 2015-16",
            "pupils-in-special-schools-2024-25",
        ),
    ],
)
def test_new_phrasings_get_the_fact_asked(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
