"""On the shipped base: a "why" in the asker's story ("apparently that's why our son's provision
was cut") is not what is asked; the asking clause says what is."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with

QUESTION = (
    "our LA is in huge DSG debt (apparently that's why our son's provision was cut) - does the "
    "government admit the deficits are a problem?"
)


def test_a_why_in_the_story_is_not_the_question(shipped_index: FactIndex) -> None:
    assert analyse(QUESTION).intent is not Intent.REASON
    assert_answered_with(shipped_index, QUESTION, "send-costs-strain-council-finances")
