"""A question asking whom something is for, or at what ages, gets the fact whose quote says
whom it supports, not a sibling on the same scheme drawn by its name (how much was invested
in it, what it aims to double); where no close fact says whom, no sibling is passed off as
the answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_whom import asks_the_age, asks_whom_it_is_for
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "are supported internships just for young people who have an ehc plan?",
        "does the supported internships scheme cover young people with EHC plans only?",
    ],
)
def test_whom_they_support_comes_before_a_sibling_on_the_scheme(
    shipped_index: FactIndex, question: str
) -> None:
    # The aim to double them and the £18 million invested in them share the question's words.
    assert_answered_with(shipped_index, question, "what-supported-internships-are")


@pytest.mark.parametrize(
    "question",
    [
        "which age group are supported internships for",
        "my son is 19, what age band do supported internships cover?",
    ],
)
def test_an_age_given_by_the_top_fact_is_not_lost_to_its_siblings(
    shipped_index: FactIndex, question: str
) -> None:
    # The top fact gives the ages; the £18 million and the aim to double, close below it and
    # giving none, are no rivals of it.
    reply = assert_answered_with(shipped_index, question, "what-supported-internships-are")
    assert "16-24" in reply.text


def test_a_sum_for_the_scheme_is_not_said_to_answer_whom_it_is_for(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "is the internships funding only for young people with ehc plans")
    assert reply.fact is None or reply.fact.id != "supported-internships-investment-2022"


@pytest.mark.parametrize(
    "question",
    [
        "who are they actually for?",
        "is it just for sencos",
        "is the pilot open to anyone",
        "does it cover kids with ehcps only",
        "from what age can you start one",
        "what age range is the pilot aimed at",
        "how old do you have to be",
    ],
)
def test_whom_or_what_age_is_read(question: str) -> None:
    assert asks_whom_it_is_for(question)


@pytest.mark.parametrize(
    "question",
    [
        # how old the written answer is, or who is to pay: no one it is for
        "how old is this info, when was it answered",
        "who is responsible for funding educational psychologists",
        "who is the change programme working with",
        "how much is the supported internships pilot",
    ],
)
def test_other_questions_ask_no_one_it_is_for(question: str) -> None:
    assert not asks_whom_it_is_for(question)


def test_an_age_is_told_apart_from_whom() -> None:
    assert asks_the_age("what ages are supported internships for")
    assert not asks_the_age("are supported internships only for young people with an ehcp")
