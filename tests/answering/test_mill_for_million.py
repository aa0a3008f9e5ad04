"""'70 mill', '13 mil': chat's shorthand for million, read as the sum it is (a claim checked
as money, and the fact giving that sum), not a count of 70 of something."""

import pytest

from sendbot.answering.checked_claim import claims
from sendbot.answering.fact_index import FactIndex
from sendbot.knowledge.figures import extract_figures
from sendbot.knowledge.model import FigureKind
from tests.answering.expected_replies import assert_answered_with


def test_a_sum_in_mill_checks_the_fact_giving_it(single_source_index: FactIndex) -> None:
    assert_answered_with(single_source_index, "change programme, 70 mill?", "change-programme")


@pytest.mark.parametrize("text", ["is it 70 mill", "about 70 mil?"])
def test_mill_and_mil_are_millions(text: str) -> None:
    assert [claim.kind for claim in claims(text)] == [FigureKind.MONEY]
    assert extract_figures(text)[0].value == 70_000_000
