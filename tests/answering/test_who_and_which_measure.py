"""On the shipped base: a measure named with a typo, with who announced it, or with children
"educated in" somewhere, is still that measure, and its newest figure answers; "who allocates
the money", "who does the group include" ask who does something, not which minister gave the
written answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_parts import AnswerPart, asked_of_answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import words
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with

# The newest statement of the newest high needs increase (2025/26, said again in February 2026).
NEWEST_INCREASE = "high-needs-increase-continued-2026-27"


@pytest.mark.parametrize(
    "question",
    [
        "whats the most recent increse in high needs funding",
        "what's the latest rise in high needs money the govt has announced?",
        "most recent increase in high needs funding the government has reported",
    ],
)
def test_the_newest_increase_asked_with_a_typo_or_who_announced_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, NEWEST_INCREASE)
    assert "£12 billion" not in reply.text.split("\n")[0]  # the increase, not the total


@pytest.mark.parametrize(
    "question",
    [
        "as it stands how many children are educated in special schools in england",
        "how many pupils are taught in special schools now",
    ],
)
def test_children_educated_in_special_schools_are_the_children_in_them(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")


@pytest.mark.parametrize(
    "question",
    [
        "who actually allocates most of the high needs funding to schools and colleges?",
        "who does the neurodivergence task and finish group include",
        "who decides how schools spend their budgets",
        "who sits on the neurodivergence task and finish group",
    ],
)
def test_who_does_something_is_not_who_answered(shipped_index: FactIndex, question: str) -> None:
    assert (
        AnswerPart.ANSWERER
        not in asked_of_answer(analyse(question), frozenset(words(question))).parts
    )
    reply = answer(shipped_index, question)
    assert reply.fact is None or "minister" not in reply.fact.tags, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "who answered the question on top-slicing of high needs funding",
        "who is catherine mckinnell?",
        "who wrote the reply on the ifs report",
    ],
)
def test_who_answered_still_gets_the_minister(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert "minister" in reply.fact.tags, reply.text


def test_who_allocates_the_money_gets_the_fact_that_says_who(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "academy trust CFO here worried about top slicing - who actually allocates most of the "
        "high needs funding to schools and colleges?",
        "high-needs-funding-reaches-settings",
    )
