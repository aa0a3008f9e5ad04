"""A place named only to be set aside ("beyond London") asks of everywhere else: a fact saying
it reaches every region answers, with no sentence saying it lacks that place's figures; a
place asked of itself still gets that sentence."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.place_set_aside import only_set_aside
from tests.answering.expected_replies import assert_answered_with


def test_sessions_beyond_a_city_are_answered_by_sessions_in_every_region(
    shipped_index: FactIndex,
) -> None:
    question = "are send reform listening sessions being held beyond london?"
    assert_answered_with(shipped_index, question, "send-reform-listening-sessions")


def test_a_place_set_aside_is_told_apart_from_a_place_asked_of() -> None:
    assert only_set_aside("anything outside of leeds", ["Leeds"])
    assert only_set_aside("events other than the ones in york", ["York"]) is False
    assert not only_set_aside("how many in devon", ["Devon"])
    assert not only_set_aside("outside leeds and in york", ["Leeds", "York"])
    assert not only_set_aside("anything at all", [])
