"""'who is the secretary of state for energy security and net zero?' asks about today's
ministers, not the written answers: the records of who answered quote the office each page
shows (perhaps a later one), which says nothing of who holds it now. Declined; a question
naming a written answer still gets its record."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.office_now import asks_office_now


@pytest.mark.parametrize(
    "question",
    [
        "who is the secretary of state for energy security and net zero?",
        "Who's the current Minister of State for Women and Equalities",
        "who is the secretary of state for energy security and net zero now?",
        # Asked of the past, still of the office: the record's office line is no answer.
        "who was the secretary of state for energy security and net zero?",
        "Who used to be the Secretary of State for Energy Security and Net Zero?",
    ],
)
def test_who_holds_an_office_now_is_declined(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text
    assert "Claire Coutinho" not in reply.text.split("Closest topics")[0], reply.text


@pytest.mark.parametrize(
    ("question", "answerer"),
    [
        ("who answered the written answer on demand for specialist places?", "Claire Coutinho"),
        (
            "what was the job title of the minister who replied on the ifs report?",
            "Baroness Smith of Malvern",
        ),
        (
            "who is the minister of state for women and equalities in the ifs answer?",
            "Baroness Smith of Malvern",
        ),
        ("who was the minister who answered on the ifs report?", "Baroness Smith of Malvern"),
        (
            "who was the secretary of state for energy security and net zero in the answer on "
            "demand for specialist places?",
            "Claire Coutinho",
        ),
    ],
)
def test_who_answered_a_written_answer_is_still_its_record(
    shipped_index: FactIndex, question: str, answerer: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id.endswith("-answered-by"), reply.text
    assert answerer in reply.text


@pytest.mark.parametrize(
    "question",
    ["who is the minister here?", "who's the minister who answered this", "who is the minister"],
)
def test_the_records_own_minister_is_not_an_office_asked_now(question: str) -> None:
    assert not asks_office_now(question)
