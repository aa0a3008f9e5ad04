"""An aim asked in terms of money ("the goal the government stated for SEND spending"): the
aim told in money's terms (a financially sustainable system), not the ambition for children
that says nothing of money; the ambition asked without money keeps its fact."""

import pytest

from sendbot.answering.aim_in_money_terms import asks_an_aim_in_money_terms
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("govt's goal for send spending, as stated?", "send-reform-plans-later-2025"),
        ("what goal has the govt stated for send spending", "send-reform-plans-later-2025"),
        ("stated objective of the government for send cash?", "send-reform-plans-later-2025"),
        # no money asked: the ambition for children
        ("what is the government's ambition for children with send?", "hn-2025-04-29-ambition"),
        # the aim of a sum, which the top fact tells in money's terms already
        ("what's the goal of the supported internships investment", "supported-internships-double"),
    ],
)
def test_aim_in_money_terms(shipped_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's the objective for send finances", True),
        ("end goal of the funding?", True),
        ("what is the high needs money for", False),  # what a sum pays for: not an aim noun
        ("what is the aim of the change programme", False),
    ],
)
def test_asks_an_aim_in_money_terms(question: str, asked: bool) -> None:
    assert asks_an_aim_in_money_terms(question) is asked
