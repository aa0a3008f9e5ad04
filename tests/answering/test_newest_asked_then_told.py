"""On the shipped base: a message asking for the newest, then telling why ("our SEN team keeps
quoting different numbers", "i had 59.6bn written down from 2023"), gets the newest figure or
word, not a decline: what is told does not change what is newest. What follows that asks too,
names a place or the asker's own case still narrows the question. And a newest figure's quote
says what it is of: the £21 million that trains the 400 educational psychologists, the
launch of the 32-council Change Programme."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import newest_asked_first
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "latest high needs total pls, our SEN team keeps quoting different numbers in "
            "meetings and i want the current one",
            "high-needs-total-2025-26",
            "£12 billion",
        ),
        (
            "schools budget now? i had 59.6bn written down from 2023",
            "core-schools-budget-2028-29",
            "£69.5 billion",
        ),
        (
            "most recent core schools budget figure, the union rep had something from 2023",
            "core-schools-budget-2028-29",
            "£69.5 billion",
        ),
        (
            "latest figure for the core schools budget? my head teacher keeps quoting an old "
            "number from 2023 and I want to correct her",
            "core-schools-budget-2028-29",
            "£69.5 billion",
        ),
        (
            "latest on PINS pls, the head asked me at lunch",
            "pins-independent-evaluation",
            "underway",
        ),
    ],
)
def test_the_newest_is_given_whatever_follows(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # What follows asks something of the asker's own school.
        "latest on PINS? my son's school in Bristol, is it in it",
        # Nothing the answers give, however the newest is asked.
        "current number of EHCPs waiting over 20 weeks, our LA is terrible at it",
    ],
)
def test_what_follows_still_narrows_it(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, r".")


def test_a_place_told_still_narrows_the_newest(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "latest high needs total for Devon, our council says it's short",
        r"Devon",
    )


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("schools budget now? i had 59.6bn", "schools budget now?"),
        ("latest HN total pls, our team keeps quoting others", "latest HN total pls"),
        ("newest EP figure - my manager says 200", "newest EP figure"),
    ],
)
def test_the_part_asking_for_the_newest(message: str, first: str) -> None:
    found = newest_asked_first(message)
    assert found is not None and found[0] == first


@pytest.mark.parametrize(
    "message",
    [
        "how many special schools opened? our LA has none",  # asks no newest
        "latest high needs total",  # nothing follows
    ],
)
def test_no_newest_asked_first(message: str) -> None:
    assert newest_asked_first(message) is None


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "latest on the extra EP training places?",
            "educational-psychologists-trainees",
            "£21 million to train 400 more",
        ),
        (
            "how many eps are being trained now, most recent figure",
            "educational-psychologists-trainees",
            "£21 million to train 400 more",
        ),
        (
            "newest info on how many LAs are in the change programme",
            "change-programme-local-authorities",
            "launched a £70 million Change Programme made up of 32",
        ),
    ],
)
def test_the_newest_figure_quotes_what_it_is_of(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "any update on pins results? is it still just being evaluated",
        "neurodiversity in schools programme results, latest?",
    ],
)
def test_the_newest_on_results_awaited_is_when_they_come(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "pins-interim-findings-autumn-2025")
    assert "autumn 2025" in reply.text


def test_the_newest_on_a_programme_is_still_its_answers_first_word(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(shipped_index, "latest on PINS?", "pins-independent-evaluation")


@pytest.mark.parametrize(
    "question",
    [
        "most recent word on when the white paper / send reforms land",
        "send reform white paper - most recent on when it lands",
    ],
)
def test_when_something_comes_is_not_when_the_answer_was_given(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "schools-white-paper-early-new-year")
    assert "early in the new year" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "when was the most recent answer on the white paper given?",
        "latest answer date on send reform",
    ],
)
def test_when_the_answer_was_given_stays_its_record(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "wp-2025-11-21-answered-date")
