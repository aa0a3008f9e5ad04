"""On the shipped base: "how many X trained?" in the past tense asks how many it has been done
for up to now. The educational psychologists' answer gives a plan (400 more to be trained),
so the reply is partial and says so; asked of the plan itself ("will be trained"), the plan's
count answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how many educational psychologists trained?",
        "how many eps got trained",
        "how many of the new EPs were trained",
    ],
)
def test_a_past_tense_count_of_a_plan_is_partial(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "a plan, not how many so far" in reply.missing


@pytest.mark.parametrize(
    "question",
    [
        "how many more educational psychologists are to be trained",
        "how many eps will get trained",
        "how many more eps get trained",
        "educational psychologists: how many more trained?",
    ],
)
def test_the_plans_count_still_answers_what_is_planned(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "educational-psychologists-trainees")
