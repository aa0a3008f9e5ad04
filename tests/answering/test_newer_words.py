"""Asking whether there is anything newer ("newer", "more recent", "updated since") is asking
for the newest: the measure's newest fact answers, with the earlier figures beside it."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import asks_for_newest, since_then, without_latest
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "is there a newer figure for this?",
        "anything more recent on that?",
        "any newer news on the programme?",
        "has it been updated since then?",
        "has that changed since?",
    ],
)
def test_words_asking_for_something_newer_ask_for_the_newest(question: str) -> None:
    assert asks_for_newest(question)


@pytest.mark.parametrize(
    "question",
    [
        "when did the new framework start?",
        "is the newly opened school counted?",
        "how recent is the data?",
        "what changed in 2024?",
    ],
)
def test_other_words_of_time_do_not(question: str) -> None:
    assert not asks_for_newest(question)


def test_the_newer_words_are_taken_out_of_the_topic() -> None:
    assert without_latest("is there a more recent high needs budget") == (
        "is there a high needs budget"
    )


@pytest.mark.parametrize(
    "question",
    [
        "is there a more recent figure for the high needs budget",
        "high needs money, anything newer than 10.5 billion?",
    ],
)
def test_a_newer_high_needs_figure_is_the_newest_with_the_earlier_ones(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert reply.text.splitlines()[-1] == (
        'Earlier: "£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023); '
        '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024).'
    )


def test_special_free_schools_approved_more_recent_than_the_march_2023_wave(
    shipped_index: FactIndex,
) -> None:
    question = "special free schools approved, anything more recent than the 33?"
    reply = assert_answered_with(shipped_index, question, "special-free-schools-approved")
    assert "a further 76 special free schools" in reply.text
    # The 33 were approved in March 2023 but told of in a later answer: never "Earlier".
    assert reply.text.splitlines()[-1].startswith(
        "Earlier, though said in a later answer: "
        '"In March 2023, the department approved 33 new special free schools"'
    )


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("has the high needs budget been updated since 2023?", "what is the high needs budget"),
        ("has the ep figure changed since nov 2023", "what is the ep figure"),
        ("have the numbers been updated since then", "what is the numbers"),
    ],
)
def test_the_date_the_asker_had_news_from_is_no_period_asked(question: str, topic: str) -> None:
    # "since 2023" says when the asker's news is from: the newest is asked, not 2023's figure.
    read = since_then(question)
    assert asks_for_newest(read)
    assert without_latest(read).rstrip(" ?") == topic


def test_updated_since_a_year_gets_the_newest_high_needs_figure(shipped_index: FactIndex) -> None:
    question = "has the high needs budget been changed since nov 2023?"
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert reply.text.splitlines()[-1].startswith('Earlier: "£10.1 billion next year", for 2023/24')
