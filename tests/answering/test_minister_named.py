"""A question naming a written answer by the minister who gave it ("what did baroness
smith say ...", "according to mckinnell") or by its title ("the top slicing answer"): the name
says which answer is asked of, and is no topic word; asked who gave it, or when, the answer's
record still answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.minister_named import minister_sources
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Only Baroness Smith's Lords answer on the IFS report names a Spending Review.
        ("which spending review did smith mention", "core-schools-budget-2028-29"),
        # Claire Coutinho's February 2023 answer gives the 2023/24 total, not a later year's.
        (
            "what did claire coutinho say the total high needs funding would be",
            "high-needs-total-2023-24",
        ),
        (
            "according to baroness smith, what did the government say about dsg deficits?",
            "send-costs-strain-council-finances",
        ),
    ],
)
def test_a_ministers_surname_names_their_answer(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who is catherine mckinnell", "hn-2025-04-29-answered-by"),
        ("when did georgia gould answer on top slicing", "top-slicing-2026-02-26-answered-date"),
    ],
)
def test_asked_who_or_when_the_record_answers(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_two_of_the_ministers_facts_about_as_close_is_no_answer(shipped_index: FactIndex) -> None:
    """Coutinho's answer says what the extra money is for and how much it is, both about as
    close to "where it came from": which one answers would be a guess."""
    assert_not_answered(shipped_index, "what did coutinho say the extra money came from", ".")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # two facts read from one sentence ("increased from 115,000 to 200,000 in 2024/25")
        # are no rivals: the closer reading answers
        (
            "what did baroness smith say special school numbers went up to",
            "pupils-in-special-schools-2024-25",
        ),
        (
            "according to baroness smith how many children were in special schools in 2015/16",
            "pupils-in-special-schools-2015-16",
        ),
    ],
)
def test_two_readings_of_one_sentence_are_no_rivals(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_surname_counts_only_said_as_a_speakers(shipped_index: FactIndex) -> None:
    """ "smth" may be read as "smith": not a minister named, as "what did smith say" is."""
    assert not minister_sources(shipped_index, analyse("the trust one or smith newer"))
    assert minister_sources(shipped_index, analyse("what did smith say about deficits"))


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Only the top-slicing answer's title names top-slicing; its fact on flexibility.
        (
            "according to the top slicing answer what flexibility do councils have",
            "councils-responsible-for-ehcp-provision",
        ),
        # The Lords answer on the IFS report names the Spending Review of 11 June.
        ("in the IFS answer which spending review is mentioned", "core-schools-budget-2028-29"),
        # "per the ifs answer": "per" points at the answer, and asks for no amount for each one
        (
            "what's the govt's stated goal for send finances, per the ifs answer",
            "send-reform-plans-later-2025",
        ),
    ],
)
def test_an_answer_named_by_its_title_is_looked_through(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_asked_who_gave_an_answer_named_by_its_title_the_record_answers(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index, "who answered the lords IFS answer", "ifs-2025-06-16-answered-by"
    )


def test_a_minister_named_about_what_no_answer_is_on_is_no_answer(
    single_source_index: FactIndex,
) -> None:
    """The weather is no word of the knowledge base's: the minister's closest fact is no
    answer to it, however close its other words ("say anything") bring it."""
    assert_not_answered(single_source_index, "did johnston say anything about the weather", ".")
