"""Two facts of one topic holding different figures (a sum and a count of one sentence, a count
beside the month a programme was extended to): the kind of figure the question asks says which
answers, however alike their words. A question asking what no fact gives stays partial."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_figure_kind import figure_kinds_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from sendbot.knowledge.model import FigureKind
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "is there any new money for educational psychologists",
            "educational-psychologists-funding",
        ),
        (
            "has there been any new money for educational psychologists",
            "educational-psychologists-funding",
        ),
        ("any extra cash for eps", "educational-psychologists-funding"),
        (
            "the council testing thing for the send reforms, how much money is in it?",
            "change-programme",
        ),
        (
            "SENCO here, my LA says it's part of some government pilot to test the SEND reforms -"
            " what's that programme's budget?",
            "change-programme",
        ),
        (
            "someone from our LA told me the change programme is £50 million, is that right?",
            "change-programme",
        ),
        ("ap taskforce stats?", "ap-specialist-taskforce-reach"),
    ],
)
def test_the_sibling_giving_the_kind_of_figure_asked_answers(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_numbers_asked_are_not_answered_by_the_month_it_was_extended_to(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "AP taskforce numbers")
    assert reply.fact is None or reply.fact.id != "ap-specialist-taskforce-extension"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many councils are in the change programme", "change-programme-local-authorities"),
        ("how many eps are being trained", "educational-psychologists-trainees"),
        ("how many schools get pins money", "pins-primary-schools"),
    ],
)
def test_a_count_asked_keeps_the_count(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "how much does it cost to do the npq senco",
        "how much pins money does each school get",
        "how much is the ap specialist taskforce programme worth",
        "how much did the change programme cost per council?",
        "how much is each trainee ep paid",
    ],
)
def test_a_sum_no_fact_gives_stays_partial(single_source_index: FactIndex, question: str) -> None:
    assert answer(single_source_index, question).outcome is not Outcome.ANSWERED


def test_new_money_is_the_sum_on_the_shipped_base_too(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "is there any new money for educational psychologists",
        "educational-psychologists-funding",
    )
    assert "£21 million" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "does most high needs money go to councils to pass on to schools",
        "did the feb 2023 answer on extra funding for special schools mention autism at all",
        "the april 2025 question on the £1bn refers back to an earlier answer - which one?",
        "date of the answer about the £6,000 per pupil support costs",
        "will the extra funding help councils with the rising cost of supporting send pupils",
        "how big is the change programme",
    ],
)
def test_money_as_the_topic_asks_no_sum(question: str) -> None:
    assert not figure_kinds_asked(analyse(question), question)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("how many eps are being trained", {FigureKind.COUNT}),
        ("whats the budget for the change programme", {FigureKind.MONEY, FigureKind.PERCENT}),
        ("is the change programme £50m?", {FigureKind.MONEY, FigureKind.PERCENT}),
        ("educational psychologists investment?", {FigureKind.MONEY, FigureKind.PERCENT}),
    ],
)
def test_the_kinds_a_question_asks(question: str, kinds: set[FigureKind]) -> None:
    assert figure_kinds_asked(analyse(question), question) == kinds


@pytest.mark.parametrize(
    "question",
    [
        "so is this question about progress on the plan or something else",
        "is this thing basically about what progress the dfe has made on the send plan?",
        "is this pq really about funding?",
        "was this question about the change programme?",
        "is this written answer about send reforms",
        "was this question about funding or about progress on the plan?",
    ],
)
def test_is_this_about_checks_what_the_question_asked(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-question")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what is the change programme about?", "change-programme"),
        ("is the npq about training sencos", "npq-senco-purpose"),
        ("when was the q about progress on the improvement plan asked", "document-asked-date"),
    ],
)
def test_about_of_another_thing_is_not_the_question(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_sum_asked_of_a_sentence_holding_a_count_is_the_sum(shipped_index: FactIndex) -> None:
    """ "How big is the change programme" is a phrasing of the count of councils; asked "in £"
    it asks the sum of the same sentence, which answers."""
    reply = assert_answered_with(
        shipped_index, "how big is the change programme in £", "change-programme"
    )
    assert "£70 million" in reply.text
    assert_answered_with(
        shipped_index, "how big is the change programme", "change-programme-local-authorities"
    )


@pytest.mark.parametrize(
    "question",
    [
        "how much is the dfe investing so supported internships can grow",
        "how much is the government investing in growing supported internships",
    ],
)
def test_how_much_is_invested_asks_the_sum(shipped_index: FactIndex, question: str) -> None:
    # "The investment aims to double the number of Supported Internships" shares the words
    # and gives no sum; the £18 million announced in February 2022 is how much.
    assert figure_kinds_asked(analyse(question), question) == {
        FigureKind.MONEY,
        FigureKind.PERCENT,
    }
    assert_answered_with(shipped_index, question, "supported-internships-investment-2022")
