"""A question about time asks for what the fact's dates may not give: over what period a
figure runs, an exact date, or when another thing happens than the one the fact dates."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "the £70 million change programme, over what period is that?",
        "23 inspection reports published - for what period?",
        "the £70m change programme - which years does it cover?",
        "the 4000 children the taskforce reached - over what time period?",
    ],
)
def test_a_figure_with_no_span_does_not_say_over_what_period(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, "doesn't say over what period")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "over the next three years": a span, though no year is named
        (
            "the £18m for supported internships - over what period?",
            "supported-internships-investment-2022",
        ),
        ("£2.6bn for specialist places - which years?", "specialist-places-investment-2022-2025"),
    ],
)
def test_a_figure_given_with_its_span_still_answers_over_what_period(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_figure_with_its_span_still_says_over_what_period(
    single_source_index: FactIndex,
) -> None:
    # "across the academic years 2024 and 2025"
    assert_answered_with(
        single_source_index,
        "400 more EPs - over which years?",
        "educational-psychologists-trainees",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "when will the task and finish group need to report",
            r"gives when it was established \(November 2024\), not when it will report",
        ),
        (
            "the 33 special free schools approved in 2023 - opening when?",
            r"gives when it was approved \(March 2023\), not when they open",
        ),
        (
            "when do the 33 approved special free schools open",
            r"gives when it was approved \(March 2023\), not when they open|doesn't give a date",
        ),
    ],
)
def test_a_date_of_one_event_is_not_the_date_of_another(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_an_announcement_is_not_when_a_framework_comes_in(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "when will the new ITT and early career framework come in",
        r"gives when it was announced \(January 2024\), not when it comes in",
    )


def test_a_time_of_year_is_no_exact_date(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "what is the exact day the white paper comes out",
        "doesn't give an exact date",
    )


def test_an_exact_date_the_fact_gives_is_still_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what was the exact date the SEND and AP improvement plan was published",
        "document-plan-published",
    )


def test_a_bare_exactly_asks_no_date_of_a_what_question(shipped_index: FactIndex) -> None:
    # "exactly" at the end of a what-question stresses it; only "the exact date/day" asks a
    # date whatever the question opens with
    reply = answer(
        shipped_index,
        "teacher at a pins school here, what is the evaluation going to look at exactly?",
    )
    assert "exact date" not in (reply.missing or "")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "an increase of over 60% from the 2019/20 allocations", not "60% over five years"
        (
            "high needs funding is up 60% - what year is that compared with?",
            "high-needs-rise-since-2019-20",
        ),
        (
            "campaigner here, they keep saying high needs is up 60% - which baseline year is "
            "that compared against?",
            "high-needs-rise-since-2019-20",
        ),
        (
            "the 60% rise in high needs - what year is it measured from?",
            "high-needs-rise-since-2019-20",
        ),
        # "over 50,000 more pupils placed in special schools than in 2017"
        (
            "the 50,000 more pupils in special schools, compared to what year?",
            "special-school-pupils-rise-since-2017",
        ),
    ],
)
def test_asked_what_a_rise_is_counted_from_the_fact_naming_that_year_answers(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_rise_that_does_not_say_where_it_starts_does_not_answer_from_what_year(
    single_source_index: FactIndex,
) -> None:
    # The one-source base has only "60% over five years".
    assert_not_answered(
        single_source_index,
        "high needs is up 60% - what baseline year is that compared with?",
        "from what year",
    )


def test_wanting_a_baseline_for_a_count_asks_for_no_starting_year(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "how many local area inspection reports have come out so far? i want a baseline",
        "inspection-reports-published",
    )


@pytest.mark.parametrize(
    "question",
    [
        "which years did the 77 special free schools open in",
        "the 67 projects in the pipeline - what years are they due to open?",
        "what years were the 67 free school projects approved",
    ],
)
def test_the_year_each_opened_is_not_a_span_since_one_year(
    shipped_index: FactIndex, question: str
) -> None:
    # "opened ... since 2010": when counting starts, not the year each school opened
    assert_not_answered(shipped_index, question, "doesn't give the year each")


def test_the_years_named_together_still_say_which_years(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "which years will the 400 extra EPs be trained in",
        "educational-psychologists-trainees",
    )
