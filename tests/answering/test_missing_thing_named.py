"""The sentence saying what a written answer lacks names a thing the asker asked about: not a
verb ("what's changing" asks what changes), not a figure no one asked for ("is it ring-fenced"),
and a short form said back in full and plural when counted ("how many la's")."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


def test_what_is_happening_is_not_a_thing_to_define(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "send content in teacher training - whats changing?")
    assert reply.missing is None or "what changing is" not in reply.missing
    if reply.outcome is Outcome.PARTIAL:
        assert reply.missing == "The written answer doesn't say what is changing."


def test_no_figure_asked_of_a_kind_is_not_said_missing(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is the high needs funding ring fenced?")
    assert reply.missing is not None and "figure" not in reply.missing, reply.text
    assert reply.missing == "The written answer doesn't say this of high needs funding."


def test_a_counted_short_form_is_said_back_in_full(shipped_index: FactIndex) -> None:
    for question in ("how many la's are in deficit with send", "how many las have send deficits"):
        reply = answer(shipped_index, question)
        assert reply.outcome is Outcome.PARTIAL and reply.missing is not None, reply.text
        assert reply.missing.endswith("a number of local authorities."), reply.missing
