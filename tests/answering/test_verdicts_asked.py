"""A verdict asked of a figure or a regime ("is 23 inspection reports slow or about right", "is
the new inspection regime too soft on councils", "do u think pins works") gets a partial saying
the written answer makes no such judgement, with the figure as related information; a check of
the figure itself ("is the 60% rise right", "is that real or spin") is still answered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("is 23 inspection reports slow or about right", "inspection-reports-published"),
        ("is the new inspection regime too soft on councils", "local-area-inspections"),
        ("is the inspection regime too lenient", "local-area-inspections"),
        (
            "honestly is a 60% rise over five years good or has demand gone up faster?",
            "high-needs-budget-increase",
        ),
        (
            "is 1500 places a lot compared to how many kids need one",
            "special-school-places-created",
        ),
        ("is 100,000 trained professionals impressive or not much", "autism-awareness-training"),
        ("was this a proper answer from the minister or just spin", "document-answered-by"),
    ],
)
def test_a_verdict_is_not_answered_by_the_figure(
    single_source_index: FactIndex, question: str, related: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.missing is not None and "judgement" in reply.missing
    assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(
    "question", ["do u think pins works", "do u reckon the change programme is working"]
)
def test_an_opinion_in_chat_spelling_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.missing is not None and "opinion" in reply.missing


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is it too late to apply for the npq senco", "npq-senco"),
        (
            "someone said the rise sounds too low, what was the actual increase in high needs "
            "funding",
            "high-needs-budget-increase",
        ),
        ("is the 60% rise over five years right", "high-needs-budget-increase"),
        ("is 1500 places the right figure", "special-school-places-created"),
    ],
)
def test_the_figure_checked_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_real_or_spin_checks_the_figure(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "high needs up 60% since 2019/20?? is that real or spin",
        "high-needs-rise-since-2019-20",
    )
