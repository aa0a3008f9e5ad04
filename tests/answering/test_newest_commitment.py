"""On the shipped base: the newest commitment asked for ("the most recent number of special free
schools the govt has committed to", "the latest dfe commitment on training eps") is the newest
figure of what was committed to, not a decline: who committed is no topic, and "committed to",
"pledged", "promised" read as planned, "signed off" as approved, as the written answers word
them. A question about a commitment that asks no newest is read as it was."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import without_latest
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "most recent number of new special free schools the govt has committed to?",
            "spring-budget-2024-special-free-schools",
            "15 additional special free schools",
        ),
        (
            "latest count of new special free schools that ministers have pledged",
            "spring-budget-2024-special-free-schools",
            "15 additional special free schools",
        ),
        (
            "how many special free schools has the government committed to most recently",
            "spring-budget-2024-special-free-schools",
            "15 additional special free schools",
        ),
        (
            "whats the most recent commitment on special free schools",
            "spring-budget-2024-special-free-schools",
            "15 additional special free schools",
        ),
        (
            "newest number of special free schools the government has signed off",
            "special-free-schools-approved",
            "approved a further 76 special free schools",
        ),
        (
            "latest dfe commitment on training educational psychologists",
            "educational-psychologists-trainees",
            "£21 million to train 400 more",
        ),
    ],
)
def test_the_newest_commitment_is_its_newest_figure(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "most recent number of new special free schools the govt has committed to?",
            "number of new special free schools planned?",
        ),
        (
            "newest number of special free schools the government has signed off",
            "number of special free schools approved",
        ),
        ("latest count of eps that the dfe has promised", "count of eps planned"),
    ],
)
def test_who_committed_is_left_out_and_the_commitment_worded_as_the_answers_do(
    question: str, read: str
) -> None:
    assert without_latest(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "has the government committed to building special schools in devon?",
        "what did the government commit to in the send improvement plan",
        "is the government committed to inclusion in mainstream schools",
    ],
)
def test_a_commitment_asked_without_the_newest_is_read_as_asked(question: str) -> None:
    assert without_latest(question) == question


def test_a_place_asked_of_a_commitment_is_not_answered_for_england(
    shipped_index: FactIndex,
) -> None:
    reply = answer(
        shipped_index, "has the government committed to building special schools in devon?"
    )
    assert not reply.answered
