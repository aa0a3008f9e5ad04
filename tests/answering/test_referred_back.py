"""'Did the answer say demand had grown?': the sentence saying it, not the next one referring
back to it ("We have responded to this ..."), whose statement spells the earlier point out;
asked how the department responded, the sentence referring back still answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.referred_back import quote_refers_back
from sendbot.knowledge.model import KnowledgeBase
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "2023 answer: is demand for specialist school placements going up?",
            "special-school-pupils-rise-since-2017",
        ),
        (
            "how has the government responded to demand for specialist placements",
            "specialist-provision-response-to-demand",
        ),
    ],
)
def test_sentence_referred_back_to(shipped_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_this_standing_alone_refers_back(shipped_kb: KnowledgeBase) -> None:
    assert quote_refers_back(shipped_kb.fact("specialist-provision-response-to-demand"))
    # "this wave", "this financial year" name their own thing
    assert not quote_refers_back(shipped_kb.fact("special-school-pupils-rise-since-2017"))
