"""Questions whose wording asks for something no fact gives (what happens for one child, who
may join, whether it worked, a sum of money, how a named thing works, a year the fact only
compares with, a figure from years before) get a partial reply or none, never a fact presented
as the answer; the questions those facts do answer still get them."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "will these new schools mean he gets a place",
        "my son has an EHCP at a mainstream academy, will the school get top up money for him",
    ],
)
def test_what_happens_for_the_askers_child_is_no_ones_figure(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "any one person's case")


def test_whether_a_child_may_join_a_pilot_is_not_what_the_pilot_is(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "can he sign up to the supported internship pilot",
        "says whom it is for, not whether any one person can take part",
    )


def test_whether_it_worked_is_not_what_was_announced(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "did the pilot extending supported internships to young people without an ehcp work",
        "doesn't report results",
    )
    assert_not_answered(
        single_source_index, "will 400 more educational psychologists fix the shortage", "results"
    )


def test_a_budget_asked_without_how_much_is_a_sum_of_money(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "what's the AP specialist taskforce budget", "doesn't give an amount"
    )
    # The bare 2019/20 is the period asked: the sources give the budget for later years only.
    assert_not_answered(
        shipped_index,
        "what was the 2019/20 high needs budget",
        r"doesn't give an amount|\bnot for 2019/20\.$",
    )
    assert_answered_with(shipped_index, "total spend on the change programme", "change-programme")


def test_what_a_thing_is_and_how_it_works_is_not_a_fact_naming_it(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "what is the dedicated schools grant and how does it work",
        "doesn't explain what (it|.+) is",
    )


def test_a_year_the_fact_only_compares_with_is_not_its_year(single_source_index: FactIndex) -> None:
    # the one-source base's high needs facts give 2024/25 and a rise "from the 2019/20
    # allocations"; the shipped base's trend reply may say it first for the shipped one
    assert_not_answered(single_source_index, "how much did high needs go up in 2019/20", "2019/20")


def test_a_figure_from_years_before_the_answer_is_not_its_own(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index, "how much was high needs funding ten years ago in pounds", "ago|before"
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "how much did high needs go up in 2023/24 compared to 2022/23",
            "high-needs-increase-2023-24",
        ),
        ("how much has high needs funding risen since 2019/20", "high-needs-rise-since-2019-20"),
    ],
)
def test_a_change_from_a_year_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_count_on_a_named_course_is_not_a_count_on_another(
    single_source_index: FactIndex,
) -> None:
    # the 5,000 registered are on early years SENCO training, not the NPQ
    assert_not_answered(
        single_source_index, "how many teachers have enrolled on the new NPQ for SENCOs", ""
    )
    assert_answered_with(
        single_source_index,
        "how many practitioners have enrolled on the early years senco training",
        "early-years-senco-training",
    )


def test_whether_all_of_them_completed_is_not_how_many_took_it(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "the 100,000 professionals on autism training - did they all complete it?",
        "not the number who completed it",
    )


def test_what_a_family_pays_is_not_who_pays_in_a_council(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "would parents have to pay for an educational psychologist report", ""
    )
    assert_answered_with(
        shipped_index,
        "who is responsible for deciding whether councils can afford more EPs?",
        "educational-psychologists-employers-decide-funding",
    )


def test_names_still_to_be_announced_are_not_given(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "which councils will get the 15 new special free schools from the spring budget",
        "still to be announced",
    )
    assert_answered_with(
        shipped_index,
        "when will the locations of the 15 new special free schools be announced",
        "special-free-schools-location-announcement",
    )


@pytest.mark.parametrize(
    "question",
    [
        "where will the 15 new special free schools be? list them please",
        "where are the 15 new special free schools going? the names of the areas please",
    ],
)
def test_where_asked_with_the_names_is_not_when_they_are_named(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, "still to be announced")


def test_a_split_across_regions_is_said_to_be_one_by_area(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "how are the 1,500 new places split across regions",
        "not a breakdown by area",
    )


def test_a_fact_without_a_figure_is_not_said_to_give_a_total(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how was the change programme money split between regions",
        "(no figure|not a breakdown by area|England as a whole)",
    )


def test_how_many_of_each_set_side_by_side_asks_for_the_figures(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "how many early years practitioners dropped out vs finished",
        "(a figure for each|did not finish|completed)",
    )


def test_whether_the_askers_child_qualifies_is_their_case(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "does my son qualify for a place at one of the new special free schools",
        "any one person's case",
    )


def test_which_groups_asks_for_names_a_list_of_kinds_does_not_give(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "which parent groups does the change programme work with",
        "doesn't name",
    )


def test_a_split_of_funding_between_two_kinds_is_a_breakdown(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "what is the split of high needs funding between top-ups and place funding",
        "",
    )


def test_up_to_when_a_count_runs_is_not_when_it_began(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "the 50,000 extra pupils in special schools since 2017, up to which year is that?",
        "up to what year",
    )


def test_when_those_trained_will_be_at_work_is_not_when_training_starts(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "when will the 400 new educational psychologists be in post",
        "not when they will be at work",
    )


def test_a_list_given_by_one_example_is_not_the_list(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "which local authorities are in the change programme besides bedford",
        "(only some of them|doesn't name)",
    )


def test_one_figure_for_two_things_is_not_one_of_them_on_its_own(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "how much is the alternative provision budget on its own",
        "",
    )


def test_what_came_of_those_a_count_counts_is_not_the_count(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "did the 4000 children the taskforce reached return to mainstream school",
        "not what came of them",
    )
    assert_answered_with(
        single_source_index,
        "has the AP taskforce reached 4000 kids",
        "ap-specialist-taskforce-reach",
    )
