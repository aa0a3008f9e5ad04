"""A "which" or "who" question about what a written answer says, naming that answer: "which
expert advisers were named in the nov 2025 answer?" asks about the advisers, and "who do
councils pass the money on to?" about who gets it; neither asks who gave the answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_parts import AnswerPart
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with
from tests.answering.parts_asked import parts_asked


@pytest.mark.parametrize(
    "question",
    [
        "which expert advisers were mentioned in the november 2025 answer",
        "which advisers did the white paper engagement reply name",
        "which fiscal event was the extra money in the feb 2023 answer from",
        "in the feb 2026 answer, who do councils pass most of the high needs money to?",
        "who does the LA hand the high needs funding to, per the 2026 reply",
    ],
)
def test_which_thing_or_who_in_the_world_is_not_the_answerer(question: str) -> None:
    assert AnswerPart.ANSWERER not in parts_asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "which minister gave the nov 2025 answer",
        "which one answered the top slicing question",
        "which govt minister replied on the white paper engagement",
        "who gave the feb 2026 answer on top slicing",
        "which date was it answered",
    ],
)
def test_which_minister_or_who_answered_still_asks_the_answerer(question: str) -> None:
    parts = parts_asked(question)
    assert AnswerPart.ANSWERER in parts or AnswerPart.ANSWERED_ON in parts


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "which expert advisers were mentioned in the november 2025 answer",
            "send-reform-listening-last-year",
        ),
        (
            "who do councils pass most of the high needs funding on to, per the top slicing answer",
            "high-needs-funding-reaches-settings",
        ),
        ("which minister answered the top slicing question", "top-slicing-2026-02-26-answered-by"),
    ],
)
def test_answered_with_what_the_answer_says(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_which_advisers_is_never_answered_with_the_minister(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "which advisers did the white paper engagement reply name")
    assert reply.fact is None or "answered-by" not in reply.fact.id, reply.text
