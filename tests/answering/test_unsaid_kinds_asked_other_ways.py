"""On the one-source base: questions the written answer cannot answer, asked in shapes the rules
had missed, get a partial reply naming what is missing instead of a fact given as the answer:
a sum asked by a noun for it ("price tag", "money spent to date"), whether something announced
has started or been finished, a comparison with another thing ("stack up against", "in what
ways is it different", "is it like the Welsh one"), which universities by name, names asked
as "named orgs", a part of a group counted first ("the 100,000 ..., how many are teachers") and a
split ("how much for 2024 and how much for 2025", "what's the split"). Facts
that do give what is asked still answer."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "price tag for the autism awareness training?",
        "money spent to date on the npq for sencos?",
    ],
)
def test_a_sum_asked_by_a_noun_is_not_answered_by_a_fact_without_one(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "doesn't give an amount")


def test_a_sum_asked_by_a_noun_is_answered_by_a_fact_giving_it(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(single_source_index, "price tag of the pins programme?", "pins-programme")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "is the new npq senco up and running yet or still just a plan",
            "doesn't say whether it has started; it says it was confirmed",
        ),
        (
            "has the itt framework been rolled out nationally yet",
            "doesn't say whether it has been rolled out; it says it was announced",
        ),
        (
            "the ap taskforce extension - is it finished now?",
            "doesn't say whether it has been completed",
        ),
    ],
)
def test_whether_it_has_started_or_finished_is_not_answered_by_an_announcement(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_a_launch_still_answers_whether_it_has_started(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "has the change programme started yet", "change-programme"
    )


@pytest.mark.parametrize(
    "question",
    [
        "how does the npq for sencos stack up against the old award",
        "in what ways is the strengthened inspection regime different to the previous one",
        "is the ap specialist taskforce like the welsh one",
    ],
)
def test_a_comparison_with_another_thing_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is Intent.DIFFERENCE
    assert_not_answered(single_source_index, question, "doesn't compare them")


def test_a_comparison_with_an_earlier_year_is_still_read_as_a_change(
    single_source_index: FactIndex,
) -> None:
    question = "how does the 2024-25 high needs budget compare to 2019-20"
    assert analyse(question).intent is not Intent.DIFFERENCE
    assert_answered_with(single_source_index, question, "high-needs-funding-2024-25")


def test_universities_asked_by_their_short_name_are_a_list(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index, "which unis do the extra EPs train at", "doesn't name the unis"
    )


def test_named_orgs_asks_for_names(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "the school reps in the change programme - who are they, named orgs?",
        "doesn't give names",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "the 100,000 professionals who did autism training, how many are teachers",
            "not how many of them are teachers",
        ),
        (
            "over 5,000 modules completed - how many of them were by parents",
            "not how many of them were by parents",
        ),
    ],
)
def test_a_part_of_a_group_counted_first(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("the £21m, how much for 2024 and how much for 2025?", "not a breakdown by year"),
        ("76 schools approved by region - whats the split", "not a breakdown by area"),
    ],
)
def test_a_split_asked_other_ways_is_not_answered_by_a_total(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_each_of_two_counted_apart_still_answers(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "the 15 special schools and the AP school: how many in the special schools and how "
        "many in the AP one",
        "special-schools-opened",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # asked of what is still to come, or of what is said: the plan or the saying answers
        (
            "is the govt saying the plan is actually being delivered or is it still a plan?",
            "department-delivering-plan",
        ),
        (
            "ect here (started in september) - will the new itt framework actually include "
            "anything on send?",
            "itt-ecf-send-content",
        ),
    ],
)
def test_asked_of_the_plan_or_the_saying_it_still_answers(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
