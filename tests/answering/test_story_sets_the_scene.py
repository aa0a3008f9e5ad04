"""A message that says something besides its question ("our LA says it cant afford more EPs,
is the EP funding ringfenced?") is answered as its asking clauses alone answer it, when they do
so surely with a fact the whole message ranks second, lacking nothing: what it says only sets
the scene. Not when it states a figure (a claim the question checks) or a lack its question
does not repeat ("she doesn't have an ehcp, can she do ...?"). On the shipped base."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import _only_sets_the_scene
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "our LA says it cant afford to recruit more EPs, is the EP funding from government "
            "ringfenced at all?",
            "government-funding-not-ringfenced",
        ),
        (
            "does DfE ringfence money for LAs to recruit EPs? our LA says they cant afford more "
            "ed psychs and waiting lists are over a year",
            "government-funding-not-ringfenced",
        ),
        (
            "our council says it cannot pay for more educational psychologists. is government "
            "money for EPs ringfenced?",
            "government-funding-not-ringfenced",
        ),
    ],
)
def test_a_statement_that_only_sets_the_scene_does_not_choose_the_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("message", "asked", "sets_the_scene"),
    [
        (
            "our LA says it cant afford more EPs, is the EP funding ringfenced?",
            "is the EP funding ringfenced",
            True,
        ),
        (
            "how big is the change programme budget, i heard 70 mil",
            "how big is the change programme budget",
            False,
        ),
        (
            "my daughter is 19 and doesn't have an ehcp, can she do a supported internship?",
            "can she do a supported internship",
            False,
        ),
    ],
)
def test_a_figure_or_a_lack_said_besides_the_question_narrows_it(
    message: str, asked: str, sets_the_scene: bool
) -> None:
    assert _only_sets_the_scene(analyse(message), asked) is sets_the_scene
