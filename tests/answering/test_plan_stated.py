"""Whether something is being done or will be ("are they inviting councils to apply this
time?") is answered by the sibling saying what is or is not planned ("does not currently plan
to invite new local authority applications"), not by one saying how many applied last round
or what can now be approved."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.plan_stated import asks_whether_it_is_done
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "my council missed out before - will the dfe be inviting LA applications for the 15"
        " spring budget special free schools?",
        "is the department running a new round of applications for the spring budget special"
        " schools, or not?",
        "could our local authority bid for one of the spring budget special free schools? any"
        " new applications round?",
    ],
)
def test_whether_it_is_done_is_answered_by_the_plan(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-no-new-applications"
    )
    assert "does not currently plan" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "are they inviting bids",
        "our LA is keen - is the dfe opening a new round?",
        "can my council apply",
    ],
)
def test_a_yes_or_no_of_doing_is_read(question: str) -> None:
    assert asks_whether_it_is_done(question)


@pytest.mark.parametrize(
    "question",
    [
        "how many councils applied last round",
        "is it true that 15 schools were confirmed?",
        "what was approved in march 2023",
    ],
)
def test_other_questions_are_not(question: str) -> None:
    assert not asks_whether_it_is_done(question)
