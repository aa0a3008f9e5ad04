"""On the shipped base: "the latest on X", answered with a fact of an older written answer
while a fact of a later one on X ranks close, lacks nothing asked and gives the kind of detail
asked, gets the later answer's word: the February 2024 answer counts autism training through
the universal training offer; the June 2025 answer names the CPD programme for school staff
now. Not a figure of another measure: the newest total is no answer to the latest % rise."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("whats the latest CPD offer for school staff on SEND", "universal-services-programme"),
        (
            "what's the most up to date send training offer for school staff?",
            "universal-services-programme",
        ),
        (
            "what years does the latest EP training funding cover",
            "educational-psychologists-trainees",
        ),
        # the funding's own fact names the years too since its quote gives the whole line
        ("current ed psych training funding, which years?", "educational-psychologists-funding"),
        ("latest spring budget SEND announcement", "special-free-schools-location-announcement"),
    ],
)
def test_a_later_answers_close_word_is_the_latest(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A later answer's total is another measure than the rise asked for.
        (
            "latest year-on-year % increase for high needs that dfe has quoted",
            "high-needs-increase-2024-25",
        ),
        # Pupils in special schools, newer, are not the schools opened.
        ("most recent figure for special schools opened by the dfe", "special-schools-opened"),
    ],
)
def test_a_later_answer_giving_another_measure_or_no_figure_asked_is_not_the_latest(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "newest on the change programme, size + money",
        "current size of the SEND change programme - councils and cash",
    ],
)
def test_a_later_answer_not_on_the_topic_is_no_later_word_on_it(
    shipped_index: FactIndex, question: str
) -> None:
    # The June 2025 high needs total ranks close on "money", but says nothing of the Change
    # Programme: the February 2024 answer's word on it is the latest there is.
    assert_answered_with(shipped_index, question, "change-programme")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The February 2024 answer's 76 approved; the March 2024 answer's 15 more planned.
        (
            "are they still planning more special free schools?",
            "spring-budget-2024-special-free-schools",
        ),
        # The February 2024 count of autism training; the June 2025 answer's programme.
        (
            "is AET still the one running send training for school staff",
            "universal-services-programme",
        ),
    ],
)
def test_whether_something_still_stands_gets_a_later_answers_close_word(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # No later answer speaks of these: the matched fact stands.
        (
            "is the change programme still 32 local authorities?",
            "change-programme-local-authorities",
        ),
        (
            "is the ap specialist taskforce still running to march 2025",
            "ap-specialist-taskforce-extension",
        ),
    ],
)
def test_still_with_no_later_word_keeps_the_fact_matched(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
