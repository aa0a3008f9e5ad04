"""'Latest' questions about a measure or a topic in everyday words, on the shipped base: the
newest fact, with the line giving the earlier figures and their dates where the measure has
them. Each reason has its own rule: "how much extra" asks for the rise, "the number the dfe has
given" says who gave a figure, "at the minute" asks for now, and "is X still going" asks
what stands now; the Universal training offer is, in the newest answer,
the Universal Services programme (curated phrasings)."""

import pytest

from sendbot.answering.asked_measure import named_measure
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with

HIGH_NEEDS_RISES = (
    'Earlier: "£970 million in the 2023/24 financial year compared to 2022/23" (Claire '
    "Coutinho, 22 February 2023); "
    '"a further £440 million, or 4.3%, in 2024/25 compared to this financial year" (David '
    "Johnston, 26 September 2023)."
)


@pytest.mark.parametrize(
    "question",
    [
        "how much extra money is going into high needs at the minute",
        "how much extra cash is there for high needs at the moment",
        "how much more money for high needs is there these days",
    ],
)
def test_how_much_extra_asks_for_the_newest_rise_with_the_earlier_rises(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert HIGH_NEEDS_RISES in reply.text.splitlines()


def test_how_much_extra_names_the_increase_measure_but_not_against_another_figure(
    shipped_index: FactIndex,
) -> None:
    extra = analyse("how much extra high needs funding is there")
    assert named_measure(shipped_index, extra) == "high-needs-budget-increase"
    # Set against a figure ("more ... than"), it is a difference of levels, not the rise.
    than = analyse("how much more is high needs funding than the schools budget")
    assert named_measure(shipped_index, than) != "high-needs-budget-increase"


def test_a_figure_the_dfe_has_given_is_the_measure_not_the_written_answer(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index,
        "what's the most up to date figure the government has given for the schools budget",
        "core-schools-budget-2028-29",
    )
    assert (
        'Earlier: "Within the total 2024/25 budget for schools of £59.6 billion" (David Johnston, '
        "26 September 2023)." in (reply.text.splitlines())
    )
    # "the answer given in ..." is still about the written answer itself.
    assert_answered_with(
        shipped_index, "was the answer given in feb 2024 or later", "document-answered-date"
    )


def test_still_going_gets_the_newest_fact_of_the_measure_named(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "is the high needs uplift still happening this year?",
        "high-needs-increase-continued-2026-27",
    )
    assert "over £1 billion" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "any news on the universal training offer for teachers",
        "whats happening now with the universal send training for school staff",
    ],
)
def test_the_latest_on_the_universal_training_offer_is_the_june_2025_programme(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "universal-services-programme")


def test_how_many_trained_through_the_offer_keeps_the_count(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many professionals have done training through the universal training offer",
        "autism-awareness-training",
    )


@pytest.mark.parametrize(
    "question",
    [
        "is the extra high needs money carrying on or was it a one off",
        "is the extra high needs funding being kept going?",
        "is the extra high needs cash still carrying on or was it one off",
    ],
)
def test_carrying_on_or_a_one_off_asks_whether_the_rise_continues(
    shipped_index: FactIndex, question: str
) -> None:
    # "carry on", "keep going" and "a one off" are synonyms.yaml's words for continuing.
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert "continuing that increased level of funding into next year" in reply.text
    assert HIGH_NEEDS_RISES in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "r they keeping the high needs increase going",
        "did they keep the extra high needs money going",
    ],
)
def test_keeping_something_going_asks_whether_it_continues(
    shipped_index: FactIndex, question: str
) -> None:
    # "keep ... going" said around what is kept going is the phrase "keep going": continuing.
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert "continuing that increased level of funding into next year" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # "rn" is chat's "right now": the first part asks the newest, whatever the asker adds
        "high needs total rn? i had £10.1bn in my notes",
        # "hnf": high needs funding
        "hnf total at the moment?",
    ],
)
def test_chat_shorthand_asks_for_the_newest_high_needs_total(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
