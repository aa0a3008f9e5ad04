"""A verdict asked in words the earlier rules missed (what ought to have been done, blame,
outrage, a comparison of worth, whether money was well used or keeps up with what it meets), a
decision still to come asked with a long name or in other words (funding renewed after its
period, a pilot going national or made permanent), and whether a sum with a decimal point has all
been spent, are not answered with the fact that says what was done or planned."""

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


def test_just_box_ticking_is_read_as_a_verdict() -> None:
    # Written "(?:just |only )?box ticking", the rule lost the space after "just" (rules are
    # split at every "|" and stripped) and never matched "or just box ticking".
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


@pytest.mark.parametrize(
    "question",
    [
        "will the £21m for EP training be renewed after 2025",
        "is the £6,000 per pupil threshold for SEN support in mainstream classes going to change",
        "will the reforms the change programme is testing go national",
        "will parents keep the right to appeal to a tribunal",
        "will the no-EHCP internship pilot be made available permanently",
        "will the government fund even more special free schools",
        "will there be another wave of special free schools for councils after this spring "
        "budget round",
    ],
)
def test_what_is_still_to_be_decided_is_not_what_was_done(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, "doesn't say what will happen next")


def test_a_level_carried_on_into_next_year_is_still_answered(shipped_index: FactIndex) -> None:
    # The source says the increased level continues into next year: that is answered.
    assert_answered_with(
        shipped_index,
        "will the increased high needs funding carry on into 2026/27",
        "high-needs-increase-continued-2026-27",
    )
