"""A question about a written answer itself (who answered, the office its page shows, when)
that names the answer by its topic gets that answer's record, not another answer's record
whose phrasings share more of the asking words; and the office a page shows is quoted."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "shown"),
    [
        # Took the improvement plan's record through "what's the job title of the minister
        # who replied" before; the supported internships page shows a later office.
        (
            "which job title is shown for the minister who answered the supported internships q?",
            "si-2023-01-09-answered-by",
            "Secretary of State for Energy Security and Net Zero",
        ),
        (
            "the jan 2026 answer lists Baroness Smith under which dept? thought she was DfE",
            "places-2026-01-27-answered-by",
            "Minister of State (Department for Work and Pensions)",
        ),
        (
            "who answered the supported internships question?",
            "si-2023-01-09-answered-by",
            "Claire Coutinho",
        ),
        (
            "which minister replied to the question about the top slicing of high needs?",
            "top-slicing-2026-02-26-answered-by",
            "Georgia Gould",
        ),
        ("the IFS report question, who answered it?", "ifs-2025-06-16-answered-by", "Smith"),
        ("what date was the PINS question answered", "pins-2025-08-12-answered-date", "2025"),
    ],
)
def test_the_named_answers_record_is_given(
    shipped_index: FactIndex, question: str, fact_id: str, shown: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert shown in reply.text


def test_the_answer_a_question_names_keeps_its_record(shipped_index: FactIndex) -> None:
    question = "who answered the improvement plan progress question?"
    assert_answered_with(shipped_index, question, "document-answered-by")


def test_a_page_showing_a_later_office_says_so(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "who answered the supported internships question?")
    assert "may be a later office than she held when answering" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "who's the latest minister answering send funding questions in the commons",
        "when was the question on SEND in prisons answered?",
    ],
)
def test_a_shared_word_names_no_other_answer(shipped_index: FactIndex, question: str) -> None:
    # "commons" is in one answer's records only by chance; no answer is about prisons.
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
