"""Where the answer threshold sits: short questions whose fact is clear are answered, and
unanswerable ones just below the threshold are not.

benchmarks/results/r33-first-ranked-misses.txt measured it: of the questions the confidence
gate holds back with the wanted fact ranked first, about as many would be answered wrongly as
rightly were the threshold loosened (0.70: one source +6 right, +6 wrong; many sources +8 right,
+11 wrong), and no refit or extra feature separates them. These near-misses sit in that band:
a looser threshold would present a fact the source does not give.
"""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.calibration import ANSWER_THRESHOLD
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("special schools opened - number?", "special-schools-opened"),
        ("how many free schools got approved", "special-free-schools-approved"),
        ("by how much % has high needs gone up", "high-needs-budget-increase"),
        ("ed psych trainees number", "educational-psychologists-trainees"),
        ("how much £ for training the EPs", "educational-psychologists-funding"),
        ("councils in the change programme, how many", "change-programme-local-authorities"),
        ("inspection reports published so far?", "inspection-reports-published"),
        ("who answered it, which minister", "document-answered-by"),
    ],
)
def test_a_short_question_with_a_clear_fact_is_answered(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("ep trainees how many", "educational-psychologists-trainees"),
        (
            "who is on the neurodivergence task and finish group",
            "neurodivergence-task-and-finish-group",
        ),
        (
            "how many special free schools have been approved so far",
            "special-free-schools-approved",
        ),
    ],
)
def test_on_the_shipped_base_too(shipped_index: FactIndex, question: str, fact: str) -> None:
    assert_answered_with(shipped_index, question, fact)


@pytest.mark.parametrize(
    "question",
    [
        # Closures, a resignation, waiting times: nothing here says them, though the words
        # are close to facts that count openings, name a minister, count places.
        "how many special schools closed",
        "special schools closing?",
        "which minister resigned",
        "special school places wait?",
    ],
)
def test_an_unanswerable_question_just_below_the_threshold_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert not reply.answered, reply.text
    # Close to the threshold, so that a looser one would answer it: the test guards the edge.
    assert reply.score is not None and 0.6 <= reply.score < ANSWER_THRESHOLD, reply.score
