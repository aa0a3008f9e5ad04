"""On the shipped base: "the latest on X funding" asks for the newest sum of money put into X.
Two answers speak of funding for supported internships: January 2023 (up to £18 million to
build capacity) and February 2024 (grant funding for every council, with no sum, and up to
£3 million to pilot them for young people without an EHC plan)."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "any news on supported internships funding?",
        "whats the latest on money for supported internships",
    ],
)
def test_the_latest_funding_news_is_the_newest_sum_of_money(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "supported-internships-pilot")
    assert "up to £3 million" in reply.text


def test_the_latest_news_not_asking_about_money_is_the_newest_answer_s_word_on_the_topic(
    shipped_index: FactIndex,
) -> None:
    # The February 2024 answer's curated word (its pilot), with January 2023's listed before it.
    reply = assert_answered_with(
        shipped_index,
        "what is the latest on supported internships",
        "supported-internships-pilot",
    )
    assert "Earlier answers on this" in reply.text
    assert "(Claire Coutinho, 9 January 2023)" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the newest supported internships funding they've given",
        "whats the most recent supported internships funding weve heard about",
    ],
)
def test_a_contraction_is_an_everyday_word_not_a_topic_no_answer_speaks_of(
    shipped_index: FactIndex, question: str
) -> None:
    # "they've" and "we've" say nothing of what the news is about: without them counted
    # as everyday words, no fact carried every word of the topic and the question was declined.
    assert_answered_with(shipped_index, question, "supported-internships-pilot")
