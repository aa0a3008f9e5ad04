"""On the shipped base: "anything since 2023?", "anything on X since the spring?" ask for what
is newer than the asker's news, so they get the newest written answer's word on X, not the
older answer the date or the event named leads to. "Since" counted from ("how many opened
since 2010"), "after" a date asked of ("extended after march 2025") and a figure the asker has
("anything after the £18m from 2022") are not read so."""

import pytest

from sendbot.answering.anything_since import anything_since
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the announcement of 2023 named is the asker's news: the August 2025 evaluation is newer
        (
            "whats the newest on neurodiversity partnerships (PINS), anything since they "
            "announced it in 2023?",
            "pins-independent-evaluation",
        ),
        ("is there anything on PINS since 2024?", "pins-independent-evaluation"),
        ("anything new on supported internships since 2023?", "supported-internships-pilot"),
    ],
)
def test_anything_since_gets_the_newest_word(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("anything on PINS since 2023?", "anything more recent on PINS?"),
        ("anything since nov 2024 on PINS?", "anything more recent on PINS?"),
        ("any news on the change programme since 2024?", "any news on the change programme?"),
        ("anything after the £18m?", "anything more recent than the £18m?"),
        # counted from, asked of, or no request for news: as they are
        (
            "how many special schools opened since 2010?",
            "how many special schools opened since 2010?",
        ),
        (
            "any word on whether it is extended after march 2025?",
            "any word on whether it is extended after march 2025?",
        ),
        ("any special schools since 2020?", "any special schools since 2020?"),
    ],
)
def test_only_news_asked_since_is_read_as_the_newest(said: str, read: str) -> None:
    assert anything_since(said) == read
