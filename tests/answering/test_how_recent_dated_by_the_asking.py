"""'How recent is this?' is dated by the written answer, unless the message says the asking is
what it dates ("how recent is this - when was the pq itself lodged?"): then the date asked."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_how_recent_with_the_asking_named_gets_the_date_asked(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "trustees want to know how recent this is - when was the pq itself lodged, not replied to",
        "document-asked-date",
    )


def test_how_old_the_answer_is_still_gets_the_date_answered(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(single_source_index, "how old is this answer", "document-answered-date")
