"""A written answer's own record (who answered, when, the question's wording, the department)
answers only a question asking for it. A question naming the answer by its minister or date,
checking what was stated, or asking about the user's own asking, asks what the answer says;
and a question naming one written answer is not answered from another answer's fact."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def _record(fact_id: str | None) -> bool:
    parts = ("-answered-by", "-answered-date", "-asked-date", "-asked-by", "-question")
    return fact_id is not None and (fact_id.endswith(parts) or fact_id.startswith("document-"))


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The minister and date name which answer; its total is asked.
        ("Claire Coutinho's Feb 2023 answer: total high needs figure?", "high-needs-total-2023-24"),
        (
            "the june 2025 lords answer, what did it say the core schools budget will rise to?",
            "core-schools-budget-2028-29",
        ),
        (
            "baroness smith's aug 2025 answer: when are PINS interim findings expected?",
            "pins-interim-findings-autumn-2025",
        ),
        (
            "did the minister admit the change programme evaluation would be independent?",
            "change-programme-independent-evaluation",
        ),
    ],
)
def test_a_named_answer_is_asked_what_it_says(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "can i ask for an EP assessment for my son myself?",
        "what did the govt say about council finances when asked about the IFS report?",
        "coutinho's feb 2023 answer - how much was high needs going up by?",
        "Our council is drowning in a DSG deficit - did the government actually acknowledge"
        " deficits in the answer to the Lords on the IFS report?",
        "what progress has DfE actually made on the SEND & AP improvement plan? someone in our"
        " parent group said there was an update early 2024",
    ],
)
def test_no_record_is_presented_for_what_the_answer_says(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert not (reply.answered and _record(reply.fact.id if reply.fact else None)), reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who answered the feb 2023 high needs question?", "hn-2023-02-22-answered-by"),
        ("when was claire coutinho's answer on high needs given?", "hn-2023-02-22-answered-date"),
        (
            "was it david johnston who answered the question on the change programme evaluation?",
            "cp-2023-12-11-answered-by",
        ),
        (
            "what date was the question on special free schools answered?",
            "sfs-2024-03-22-answered-date",
        ),
        ("who asked the question about specialist places demand?", "places-2023-06-12-asked-by"),
        ("when was the question about the IFS report asked?", "ifs-2025-06-16-asked-date"),
        ("is catherine mckinnell a minister?", "hn-2025-04-29-answered-by"),
        ("which minister answered the PINS question?", "pins-2025-08-12-answered-by"),
        ("which party is mark pawsey?", "places-2023-06-12-asked-by"),
        ("ifs report question, when asked", "ifs-2025-06-16-asked-date"),
        ("is it true the answer came from the Secretary of State herself?", "document-answered-by"),
    ],
)
def test_a_record_still_answers_when_it_is_asked_for(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The member named is who asked; the question's wording is asked for.
        ("what was Mark Pawsey's question exactly", "places-2023-06-12-question"),
        # Advisers the answer names, not who gave it.
        (
            "which expert advisers are named in georgia goulds answer about the further"
            " engagement period?",
            None,
        ),
    ],
)
def test_what_the_answer_or_its_question_says_is_no_persons_record(
    shipped_index: FactIndex, question: str, fact_id: str | None
) -> None:
    reply = answer(shipped_index, question)
    if fact_id is not None:
        assert reply.answered and reply.fact is not None and reply.fact.id == fact_id, reply.text
    assert not (reply.answered and reply.fact is not None and reply.fact.id.endswith("-by"))


def test_what_a_report_is_called_is_still_the_questions_wording(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "whats the IFS report called")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and "something has to change" in reply.fact.quote


@pytest.mark.parametrize(
    "question",
    [
        # The answer named gives nothing close; another answer's fact is no answer to it.
        "HN was £10.1bn in 2023/24 - what did the sept 2023 answer say it would go up to the"
        " year after?",
        "in the feb 2023 answer how many EPs were being trained?",
        "what did the pawsey reply say about supported internships funding?",
    ],
)
def test_one_named_answer_is_not_answered_from_another(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, ".")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "in the feb 2024 answer how many EPs were being trained?",
            "educational-psychologists-trainees",
        ),
        (
            "what did the sept 2023 answer say high needs would total in 2024/25?",
            "high-needs-total-2024-25",
        ),
    ],
)
def test_a_named_answer_giving_it_still_answers(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
