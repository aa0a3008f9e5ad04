"""A question naming a period that only one close fact gives is answered by that fact, even in
few words ("hn increase for 2024-25 in £?"); a figure asked for a year no fact gives, a
comparison of two years, or a topic the sources never mention is not."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


def test_a_terse_question_naming_the_year_of_one_increase_gets_that_increase(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "hn increase for 2024-25 in £?")
    assert reply.answered and reply.fact is not None
    assert reply.fact.period == "2024/25"
    assert "£440 million" in reply.text


def test_an_increase_against_the_year_before_gets_the_increase_for_the_year_named(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "high needs increase in 2024-25 vs the year before")
    assert reply.answered and reply.fact is not None
    assert "£440 million" in reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what did the dfe set up in november 2024", "Neurodivergence Task and Finish Group"),
        ("what did the department launch in september 2023", "Change Programme"),
        ("what's happening with pins in autumn 2025", "Interim findings"),
    ],
)
def test_what_was_done_in_a_month_or_season_gets_the_fact_saying_so(
    shipped_index: FactIndex, question: str, said: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered
    assert said in reply.text


def test_a_count_for_a_year_no_fact_gives_is_not_answered_by_what_was_done_that_year(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how many EHCPs were there in 2022")
    assert not reply.answered


def test_two_years_compared_are_not_answered_by_a_fact_giving_another_sum_for_one(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how much did high needs funding rise in 2024/25 vs 2023/24")
    # Schools and high needs together are £1.8 billion higher: not the high needs rise.
    assert not (reply.answered and "£1.8 billion" in reply.text)


def test_a_topic_the_source_never_mentions_is_not_answered_for_the_year_it_gives(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "what is the pupil premium rate for 2024/25?")
    assert not reply.answered
