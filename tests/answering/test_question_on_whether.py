"""On the shipped base: "the question on whether SEND funding is adequate" names a written
question by its topic; who answered it is asked, not whether funding is adequate."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_who_answered_the_question_on_whether_it_is_enough(shipped_index: FactIndex) -> None:
    question = (
        "which minister replied to the sept 2023 pq asking whether send funding is sufficient?"
    )
    assert analyse(question).intent is not Intent.JUDGEMENT
    assert_answered_with(shipped_index, question, "hn-2023-09-26-answered-by")


def test_whether_it_is_enough_asked_outright_stays_a_judgement() -> None:
    assert analyse("is send funding for schools adequate?").intent is Intent.JUDGEMENT
