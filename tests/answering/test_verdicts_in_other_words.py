"""A verdict asked in words the earlier rules missed (what ought to have been done, blame,
outrage, a comparison of worth, whether money was well used or keeps up with what it meets),
and whether a sum with a decimal point has all been spent, are not answered with the fact that
says what was done or planned."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "was Gillian Keegan a good education secretary",
        "should the department have waited for the evaluation before spending more",
        "should SENCOs be paid more",
        "isn't it a scandal that councils are in deficit",
        "are special free schools as good as mainstream units",
        "is the high needs deficit the councils' own fault",
        "can we as a family trust the change programme",
        "do teachers think the ITTECF changes help",
    ],
)
def test_an_opinion_asked_is_not_the_departments_account(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, "not anyone's opinion")


@pytest.mark.parametrize(
    "question",
    [
        "was the £13m for PINS well spent",
        "is PINS a sensible use of £13 million",
        "has the 60% rise in high needs kept pace with inflation",
        "is the new NPQ a real qualification or just a token gesture",
    ],
)
def test_a_verdict_on_the_money_is_not_the_sum(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "doesn't make that judgement")


def test_a_figure_as_good_as_it_sounds_stays_a_judgement(shipped_index: FactIndex) -> None:
    # Whether a figure is what it seems is weighed as a judgement, not an opinion of worth.
    assert_not_answered(
        shipped_index, "is the 60% rise as good as it sounds", "doesn't make that judgement"
    )


def test_words_listed_inside_a_group_keep_their_spaces() -> None:
    # "(?:just |only )?box ticking" was once split at each "|" and lost the space after "just".
    assert intent_of("is it tougher or just box ticking".split()) is Intent.JUDGEMENT
    assert intent_of("or just box ticking".split()) is Intent.JUDGEMENT


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "has all of the £2.6 billion for specialist places been spent",
            "whether all of the £2.6 billion for specialist places has been spent",
        ),
        (
            "have the £2.6bn of specialist places funds all been spent yet",
            "whether the £2.6 billion of specialist places funds have all been spent",
        ),
    ],
)
def test_whether_a_decimal_sum_is_all_spent_is_not_the_sum(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_the_sum_itself_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how much is being invested in specialist places",
        "specialist-places-investment-2022-2025",
    )
