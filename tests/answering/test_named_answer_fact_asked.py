"""A question naming a written answer (by its date, its minister) and asking one thing in it gets
the fact whose words say that thing, not another fact of that answer whose curated phrasings
name the answer ("what did the september 2023 answer say the total would be" drew "how much is
high needs going up by in the sept 2023 answer" to the £10.5bn total, not the £440m increase);
the question an answer answers is its question, not its minister."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The fact asked, not the one the answer's name draws.
        (
            "how much is high needs going up by in the September 2023 answer?",
            "high-needs-increase-2024-25",
        ),
        (
            "what's the percentage increase in high needs in the sept 2023 answer",
            "high-needs-increase-2024-25",
        ),
        ("whats the 4.3% in the sept 2023 answer", "high-needs-increase-2024-25"),
        (
            "whats the overall schools budget for 2024-25 in the sept 2023 answer",
            "schools-budget-2024-25",
        ),
        (
            "whats the 2024/25 schools budget according to the september 2023 reply",
            "schools-budget-2024-25",
        ),
        (
            "in the september 2023 answr how much more do mainstream schools and high needs get",
            "schools-and-high-needs-rise-2024-25",
        ),
        (
            "what does the govt say school funding is for, in the sept 2023 answer?",
            "hn-2023-09-26-funding-raises-attainment",
        ),
        # Near misses: what the name's phrasings ask is still given, and the record when asked.
        (
            "how much will high needs total in 2024-25 according to the sept 2023 answer",
            "high-needs-total-2024-25",
        ),
        # The level asked with no change in the words: the total the matcher found, not the
        # rise the answer's other fact gives.
        (
            "in the sept 2023 answer what was high needs going to be for 2024/25",
            "high-needs-total-2024-25",
        ),
        (
            "what did the september 2023 answer say high needs would be in 2024/25",
            "high-needs-total-2024-25",
        ),
        (
            "according to the sept 23 reply how big is the high needs budget for 2024-25",
            "high-needs-total-2024-25",
        ),
        ("in the sept 2023 answer how much is high needs funding", "high-needs-total-2024-25"),
        ("who answered the sept 2023 answer", "hn-2023-09-26-answered-by"),
        ("in the feb 2024 answer how many special schools opened", "special-schools-opened"),
        # England's figure, not one area's, when no area is named; the area's when it is.
        (
            "by how much does high needs go up in the april 2025 answer",
            "high-needs-increase-2025-26-warwickshire-answer",
        ),
        (
            "in the april 2025 answer how much did warwickshire get",
            "warwickshire-high-needs-2025-26",
        ),
        # Named by the minister's surname with the possessive's apostrophe left out.
        (
            "in mckinnells answer what total does high needs reach",
            "high-needs-total-2025-26-warwickshire-answer",
        ),
        (
            "whats the £1bn for in mckinnells answer",
            "high-needs-increase-2025-26-warwickshire-answer",
        ),
        # The question behind an answer is its question; the minister behind it, its minister.
        (
            "what was the question behind the december 2023 change programme answer",
            "cp-2023-12-11-question",
        ),
        (
            "which minister was behind the december 2023 change programme answer",
            "cp-2023-12-11-answered-by",
        ),
    ],
)
def test_the_fact_asked_of_a_named_answer(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "whats the question behind the sept 2023 answer",
        "what was the wording of the question behind the aug 2025 pins answer",
    ],
)
def test_the_question_behind_an_answer_is_not_its_minister(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    given = reply.fact.id if reply.fact is not None and reply.outcome is Outcome.ANSWERED else ""
    assert not given.endswith("-answered-by"), reply.text


def test_an_answer_named_by_its_date_has_no_fact_it_does_not_give(shipped_index: FactIndex) -> None:
    # The sept 2023 answer says nothing of EHCP timeliness: its total is no answer to it.
    reply = answer(shipped_index, "what did the sept 2023 answer say about EHCP timeliness")
    assert reply.outcome is not Outcome.ANSWERED, reply.text
