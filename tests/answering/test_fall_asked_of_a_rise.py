"""Whether a level fell or was cut, asked of a measure whose quote says it rose ("has the money
for high needs dropped?", "are ministers slashing the high needs budget?"): a plain "No:" line
before the fact, never a "Yes"; no such line when the quote does not say the level rose, or
when the question asks something besides."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fall_denied import DENIED, asks_if_level_fell, quotes_an_increase
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from sendbot.knowledge.model import Fact


def _fact(index: FactIndex, fact_id: str) -> Fact:
    return next(fact for fact in index.kb.facts if fact.id == fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "has the money for high needs dropped?",
        "has high needs funding decreased",
        "are ministers slashing the high needs budget?",
        "is the high needs budget being cut back?",
        "is the count of pupils at special schools falling?",
    ],
)
def test_a_fall_asked_of_a_rise_gets_a_plain_no(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.text.startswith(f"{DENIED}\n")
    assert reply.fact is not None and quotes_an_increase(reply.fact)
    assert "Yes" not in reply.text


def test_a_cut_asked_is_answered_by_the_newest_rise(shipped_index: FactIndex) -> None:
    # Declined as a verdict before: the newest figure of the budget's rises says no.
    reply = answer(shipped_index, "are ministers slashing the high needs budget?")
    assert reply.fact is not None and reply.fact.id == "high-needs-increase-continued-2026-27"
    assert "£1 billion" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # the budget's quote only gives a level for the year named: no rise said
        "did the high needs budget fall in 2024/25?",
        # a second thing asked, which no figure answers
        "is the high needs budget being cut and is that fair?",
        # a rise asked, not a fall
        "has the money for high needs grown?",
        # nothing in the sources says the level rose
        "has the waiting list for ehc assessments gone down?",
    ],
)
def test_no_plain_no_otherwise(shipped_index: FactIndex, question: str) -> None:
    assert not answer(shipped_index, question).text.startswith("No:")


def test_the_readings(shipped_index: FactIndex) -> None:
    assert asks_if_level_fell(analyse("has the sen budget gone down?"))
    assert asks_if_level_fell(analyse("is the council cutting transport"))
    assert not asks_if_level_fell(analyse("has the sen budget gone up?"))
    assert not asks_if_level_fell(analyse("how much was cut?"))
    assert not asks_if_level_fell(analyse("is there a cut off date?"))
    assert quotes_an_increase(_fact(shipped_index, "high-needs-increase-2025-26"))
    # a level alone, or "more than" as a lower bound, is no rise
    assert not quotes_an_increase(_fact(shipped_index, "high-needs-total-2025-26"))
    assert not quotes_an_increase(_fact(shipped_index, "special-schools-opened"))


def test_other_senses_of_the_words_are_no_fall() -> None:
    assert not asks_if_level_fell(analyse("does transport fall under the local offer?"))
    assert not asks_if_level_fell(analyse("have many pupils dropped out of college?"))


@pytest.mark.parametrize(
    "question",
    [
        "Has High Needs Funding DECREASED",  # capitals
        "has the money for high needs `dropped`?",  # markup around the verb
        "has the money for high needs dropped\uff1f",  # a full-width question mark
        "has the money for high needs dropped? \u2014 just wondering",  # a dash of Unicode
    ],
)
def test_a_fall_asked_is_found_however_it_is_typed(shipped_index: FactIndex, question: str) -> None:
    # Plain messages naming no verb of a fall are not read again for one: these must be.
    assert answer(shipped_index, question).text.startswith(f"{DENIED}\n")
