"""Words pointing at the written answer itself ("in the answer", "does the minister mention",
"the minister quotes") say where the answer is to be found, not what is asked: they are not
read as topic words, which would draw the answer's own record (who answered, when)."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.source_pointers import without_source_pointers
from tests.answering.expected_replies import assert_answered_with


def _read(question: str) -> str:
    return " ".join(without_source_pointers(question.split()))


def test_the_pointing_words_are_left_out() -> None:
    assert _read("which training offers does the minister mention") == "which training offers"
    assert _read("how many places are there in the answer") == "how many places are there"
    assert _read("what budget figure is quoted by the minister") == "what budget figure is"


def test_a_question_of_the_record_keeps_them() -> None:
    # asking who gave the answer, or when: the answer and its minister are what is asked
    said = "who was the minister that gave the answer".split()
    assert without_source_pointers(said) == said
    said = "when did the minister say it".split()
    assert without_source_pointers(said) == said


def test_words_saying_which_answer_is_meant_are_kept() -> None:
    said = "in the answer about autism training what figures are given".split()
    assert without_source_pointers(said) == said


def test_a_question_naming_nothing_else_keeps_them() -> None:
    said = "what did the minister mention".split()
    assert without_source_pointers(said) == said


def test_a_topic_asked_through_the_minister_is_answered(single_source_index: FactIndex) -> None:
    # (read with "minister mention" as topic words, this was declined)
    assert_answered_with(
        single_source_index,
        "what supported internship changes does the minister mention",
        "supported-internships-all-las",
    )


def test_the_minister_as_she_and_the_answer_as_there_point_at_it_too() -> None:
    assert _read("the training offer she mentioned") == "the training offer"
    assert _read("any figure for pins cited there") == "any figure for pins"
    # "they" is often the department whose doing is asked: kept
    assert _read("the schools they mentioned") == "the schools they mentioned"


def test_a_date_of_a_thing_the_answer_names_is_answered(shipped_index: FactIndex) -> None:
    # (read with "mentioned there" as topic words, this was declined)
    assert_answered_with(
        shipped_index, "spending review date she mentioned?", "core-schools-budget-2028-29"
    )
