"""'how many extra EPs and starting when?': what is counted ends where a second question
begins, though a word leads its question word ("and starting when", "and from when"); read
as counting "extra EPs and starting when", the count of EPs was said to lack it."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_the_count_ends_before_a_second_question() -> None:
    assert analyse("how many extra EPs and starting when?").subject == "extra EPs"
    assert analyse("how many schools and from when?").subject == "schools"
    # "and" joining two things counted is no second question
    assert analyse("how many children and young people").subject == "children and young people"


def test_count_and_when_asked_together_is_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "how many extra EPs and starting when? our LA has a 9 month wait for an EP assessment",
        "educational-psychologists-trainees",
    )
