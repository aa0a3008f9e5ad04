"""When the written answer itself was published or came out ("when did the dfe release its
reply", "when did the answer on X come out") is the date it was answered, not the date of the
paper it names."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_the_reply_released_gets_the_date_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "on what day did the department release its reply on the improvement plan? for a citation",
        "document-answered-date",
    )


def test_the_answer_coming_out_gets_the_date_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "when did the answer on the improvement plan come out",
        "document-answered-date",
    )


def test_the_paper_coming_out_still_gets_its_own_date(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "when did the improvement plan come out", "document-plan-published"
    )
