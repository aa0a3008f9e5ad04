"""On the shipped base: asked what was to happen by a month ("by May 2024"), matched to a fact
of the written answer that gives nothing for that month, another fact of the same answer that
names the month in its own words answers ("An announcement on the location of these schools
will be made by May 2024"). A figure asked for that month stays partial."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "what was meant to happen by May 2024 about the new special free schools?",
        "what was promised by May 2024 about the 15 new special schools",
    ],
)
def test_what_was_due_by_a_month_is_the_fact_naming_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-location-announcement"
    )
    assert "May 2024" in reply.text


def test_a_figure_for_that_month_stays_partial(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how many special free schools were confirmed in May 2024?", r"May 2024"
    )


@pytest.mark.parametrize(
    "question",
    [
        # Few words of the fact: only the month and what was due say which it is.
        "by May 2024 what was the department supposed to announce?",
        # "meant to" says it was due, not what it is for.
        "by May 2024, what was the government meant to announce on new special schools?",
        # Matched to the Spring Budget's 15 schools, which give nothing for May 2024.
        "what was the DfE planning to do by May 2024 about the Spring Budget special schools?",
    ],
)
def test_the_one_fact_looking_ahead_to_the_month_answers(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-location-announcement"
    )
    assert "by May 2024" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # The month's one promise is about special free schools, not this topic.
        "what was supposed to happen by May 2024 with supported internships?",
        # Whether it was done by then, which no answer given before it says.
        "did the department announce where the new special schools go by May 2024 as planned?",
        "were the special free school locations actually announced by May 2024?",
    ],
)
def test_another_topic_or_whether_it_was_done_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert not (reply.answered and reply.fact is not None and reply.fact.id == _DUE_FACT)


_DUE_FACT = "special-free-schools-location-announcement"
