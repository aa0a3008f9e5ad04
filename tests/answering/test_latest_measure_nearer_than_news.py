"""On the shipped base: the latest on the overall schools budget is its newest figure (£69.5
billion by 2028/29, said in June 2025), not the February 2026 answer's word on how councils let
schools spend high needs money, which is later but further from what was asked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    ["any news on plans for overall school funding?", "current plan for the whole schools budget"],
)
def test_the_latest_on_the_schools_budget_is_its_newest_figure(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "core-schools-budget-2028-29")
    assert "£69.5 billion" in reply.text


def test_a_later_answer_s_word_further_from_the_question_than_a_figure_is_not_the_answer(
    shipped_index: FactIndex,
) -> None:
    """The matcher is not sure of the budget's figure here; the later word on high needs
    spending is no surer an answer."""
    reply = answer(shipped_index, "what's the current plan for the schools budget overall")
    assert not reply.answered, reply.text
    assert reply.fact is None or reply.fact.id != "councils-responsible-for-ehcp-provision"
