"""On the shipped base: a written answer's record asked for by a place that answer names ("who
wrote the reply mentioning bedford") is named by that place; a place it does not name asks
something the answer does not give."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import _places_asked_beyond
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_a_place_the_answer_names_only_says_which_answer(shipped_index: FactIndex) -> None:
    fact = shipped_index.kb.fact("cp-2023-12-11-answered-by")
    assert fact is not None
    source = fact.source_id
    named = analyse("who answered the question that mentions bedford and the east of england")
    assert not _places_asked_beyond(shipped_index, named, source)
    assert _places_asked_beyond(shipped_index, analyse("who answered about devon"), source)
    local = analyse("who answered about send support in my area")
    assert _places_asked_beyond(shipped_index, local, source)


def test_who_answered_the_reply_naming_a_place(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "who answered the question that mentions bedford",
        "cp-2023-12-11-answered-by",
    )


def test_a_place_the_answer_does_not_name_is_not_answered(shipped_index: FactIndex) -> None:
    assert not answer(shipped_index, "who answered the question mentioning devon").answered
