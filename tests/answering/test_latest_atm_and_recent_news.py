"""Two ways of asking for the newest that were not read as such, on the shipped base: "atm"
(at the moment) and "recent" before the news asked for ("any recent news on X", "recent
updates on X"). Each was declined; each now gets the newest figure or word, saying when it
was true and what the earlier answers said. Questions worded for this test."""

import datetime as dt

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import asks_for_newest, without_latest
from sendbot.answering.match import Outcome
from sendbot.answering.reply import Reply

TODAY = dt.date(2026, 3, 1)


def _answered(index: FactIndex, question: str, fact_id: str) -> Reply:
    reply = answer(index, question, today=TODAY)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id, reply.text
    return reply


def test_atm_asks_for_the_newest_figure_with_the_earlier_one_dated(
    shipped_index: FactIndex,
) -> None:
    reply = _answered(shipped_index, "whats the schools budget atm", "core-schools-budget-2028-29")
    assert "£69.5 billion by 2028/29" in reply.text
    assert (
        'Earlier: "Within the total 2024/25 budget for schools of £59.6 billion" '
        "(David Johnston, 26 September 2023)."
    ) in reply.text.splitlines()


def test_any_recent_news_gets_the_newest_answers_word_and_the_earlier_dated(
    shipped_index: FactIndex,
) -> None:
    reply = _answered(
        shipped_index, "any recent news on the PINS programme?", "pins-independent-evaluation"
    )
    assert "12 August 2025" in reply.text
    (earlier,) = [note for note in reply.notes if note.startswith("Earlier answers on this: ")]
    assert "(David Johnston, 8 February 2024)" in earlier


def test_recent_word_on_a_topic_is_asked_as_its_latest(shipped_index: FactIndex) -> None:
    reply = _answered(
        shipped_index,
        "is there any recent word on supported internships",
        "supported-internships-pilot",
    )
    (earlier,) = [note for note in reply.notes if note.startswith("Earlier answers on this: ")]
    assert "(Claire Coutinho, 9 January 2023)" in earlier


def test_the_words_are_taken_out_of_the_topic_and_only_as_words() -> None:
    assert without_latest("whats the schools budget atm") == "whats the schools budget"
    assert without_latest("recent updates on the change programme?") == "on the change programme?"
    # "atm" inside a word, and "recent" not dating news asked for, ask for nothing newest.
    assert not asks_for_newest("the atmosphere in special schools")
    assert not asks_for_newest("what was the recent rise in high needs funding")
