"""A written answer's own record (who answered, when it was asked or answered, what the paper
it names is numbered) asked for in the words people use for it: "this pq went in", "the
respondent", "the govt reply", "the CP number", "put down before the reply came", "31st jan",
"the 31 jan 2024 question". Each cause is tested on its own, then in replies on the one-source
base; the questions beside them that the record cannot answer ("which mp asked this?") stay
unanswered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_parts import (
    AnswerPart,
    asks_which_department,
    is_a_time,
)
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import fold_text
from tests.answering.expected_replies import assert_answered_with
from tests.answering.parts_asked import parts_asked


@pytest.mark.parametrize(
    "question", ["when did this pq go in", "when did the written question go in"]
)
def test_a_question_that_went_in_was_asked_not_answered(question: str) -> None:
    parts = parts_asked(question)
    assert AnswerPart.ASKED_ON in parts
    assert AnswerPart.ANSWERED_ON not in parts


def test_money_that_went_in_is_no_asking() -> None:
    assert AnswerPart.ASKED_ON not in parts_asked("when did the money go in")


@pytest.mark.parametrize(
    "question",
    [
        "what date was the original question put down before the reply came?",
        "what day was the question put in before the dfe got round to replying?",
    ],
)
def test_the_answer_as_a_point_in_time_is_not_what_is_asked(question: str) -> None:
    parts = parts_asked(question)
    assert AnswerPart.ASKED_ON in parts
    assert AnswerPart.ANSWERED_ON not in parts


def test_the_answer_asked_for_is_still_asked_beside_a_point_in_time() -> None:
    # The reply is asked about here, not a marker of when something else happened.
    assert AnswerPart.ANSWERED_ON in parts_asked("when was the reply given, after the election?")


def test_a_written_question_is_a_kind_of_question_not_a_writer_asked_for() -> None:
    parts = parts_asked("what date was the original written question put down?")
    assert AnswerPart.ANSWERED_ON not in parts


@pytest.mark.parametrize(
    "question",
    ["who wrote the govt reply?", "what date did the dfe answer?", "when was the dfe reply"],
)
def test_a_department_naming_who_answered_is_not_asked_for(question: str) -> None:
    assert AnswerPart.DEPARTMENT not in parts_asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "which department is responsible for send",
        "is this a dfe answer?",
        "which department replied",
        "which government department was this sent to",
    ],
)
def test_a_department_asked_for_is_still_asked(question: str) -> None:
    assert AnswerPart.DEPARTMENT in parts_asked(question)


@pytest.mark.parametrize("question", ["whos the respondant on this answer", "the respondent?"])
def test_the_respondent_is_who_answered(question: str) -> None:
    assert AnswerPart.ANSWERER in parts_asked(f"who is {question}")


@pytest.mark.parametrize("word", ["jan", "feb", "sept", "dec"])
def test_a_shortened_month_is_a_time(word: str) -> None:
    assert is_a_time(word)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did this pq go in", "document-asked-date"),
        ("who wrote the govt reply??", "document-answered-by"),
        ("whos the respondant on this answr", "document-answered-by"),
        (
            "quick q, whose name is on the dfe answer about send and ap plan progress? trying "
            "to cite it in a letter to my mp",
            "document-answered-by",
        ),
        (
            "councillor here writing a briefing note, what date was the original written "
            "question put down before the reply came?",
            "document-asked-date",
        ),
        ("whats the CP number of the improvement plan", "document-plan-published"),
        ("whats the CP number of the plan", "document-plan-published"),
        ("was the answer given on the 31st jan?", "document-answered-date"),
        (
            "what did the MP ask the secretary of state in the 31 jan 2024 question",
            "document-question",
        ),
    ],
)
def test_the_record_asked_in_other_words_is_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "which mp asked this question",
        "what party is the mp who asked",
        "who put this pq in",
        "who answered the question on school transport",
        "when did the money go in",
    ],
)
def test_what_the_record_does_not_give_stays_unanswered(
    single_source_index: FactIndex, question: str
) -> None:
    assert not answer(single_source_index, question).answered


def test_a_year_names_the_question_by_when_it_was_asked_not_another_year(
    single_source_index: FactIndex,
) -> None:
    named = answer(single_source_index, "what did the MP ask in the 31 jan 2024 question")
    other = answer(single_source_index, "what did the MP ask in the 31 jan 2022 question")
    assert named.answered and named.fact is not None and named.fact.id == "document-question"
    assert not other.answered


def test_a_month_shortened_to_sept_still_names_which_answer(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "in sept 2023 answer, who's the minister")
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "hn-2023-09-26-answered-by"


@pytest.mark.parametrize(
    "question", ["was this question to the dept of health?", "was the pq for the dfe"]
)
def test_a_question_checked_as_put_to_a_department_asks_which(question: str) -> None:
    assert asks_which_department(fold_text(question.lower()))


def test_what_they_asked_the_dfe_said_in_chat_is_what_was_asked() -> None:
    parts = parts_asked("wat exactly did they ask the dfe")
    assert AnswerPart.DEPARTMENT not in parts
    assert AnswerPart.QUESTION_TEXT in parts


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("was this question to the dept of health?", "document-department"),
    ],
)
def test_the_record_asked_in_chat_is_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_paper_number_asked_by_name_is_the_papers_record(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "what's the command paper number and when did it come out")
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "document-plan-published"


def test_another_papers_number_is_not_the_plans(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what's the command paper number of the white paper")
    assert not reply.answered
    reply = answer(shipped_index, "what's the reference number of the white paper")
    assert not reply.answered


def test_a_plans_reference_number_is_its_command_paper_number(
    single_source_index: FactIndex,
) -> None:
    # in everyday words, after a story about looking for the plan document
    reply = answer(
        single_source_index,
        "looking for the improvement plan document for a training session. what's its "
        "reference number?",
    )
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "document-plan-published"
    assert "CP 800" in reply.text
    # said of no paper, plan or document, a reference number may be the question's own
    assert not answer(single_source_index, "what's the reference number of this pq").answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # whether the Secretary of State herself answered: the record of who did
        (
            "my friend reckons the education secretary answered this herself, or was it a "
            "junior minister?",
            "document-answered-by",
        ),
        # whether the department says it is delivering: its own word on its plan
        ("what does the dept say about whether it's delivering", "department-delivering-plan"),
        ("is the dfe on track with the plan according to the answer", "department-delivering-plan"),
    ],
)
def test_the_answers_own_word_asked_in_other_words_is_answered(
    single_source_index: FactIndex, shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "CP 800 is that the send plan?",
        "the plan is CP 800 right?",
        'the question says "CP 800" what does that refer to?',
    ],
)
def test_a_paper_named_by_its_number_is_told_which_paper_it_is(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "document-plan-published")
    assert "CP 800" in reply.text


@pytest.mark.parametrize("question", ["how much money is in cp 800", "is cp 801 the send plan?"])
def test_a_figure_of_the_paper_or_another_number_is_not_its_record(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert not (reply.answered and reply.fact and reply.fact.id == "document-plan-published")
