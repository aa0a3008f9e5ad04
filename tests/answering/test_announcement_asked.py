"""When the places of something are to be made known, asked in everyday words ("find out",
"say", "hear"), is when their locations will be announced: the fact saying that announcement
is still to come answers, over the shipped base, where the record's dates rank beside it."""

import pytest

from sendbot.answering.announcement_asked import as_announcement_asked, says_announcement_to_come
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "when are they going to say where the 15 schools go?",
        "when do we find out where the new special free schools will be built",
        "so when would the dfe tell us where the 15 special schools are going lol",
    ],
)
def test_when_places_are_made_known_is_when_they_are_announced(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-location-announcement"
    )
    assert "May 2024" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # no fact on such an announcement: still declined
        "when will we find out where the new sixth form colleges are going",
        # what it points back to is named elsewhere, if at all
        "when will they say where they are going",
    ],
)
def test_no_announcement_to_come_is_not_answered(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, ".")


@pytest.mark.parametrize(
    ("question", "reworded"),
    [
        (
            "when will we hear where the new schools go",
            "when will the locations of the new schools be announced",
        ),
        ("when was the answer on where the schools go given", None),  # the record's date
        ("where will the new schools go", None),  # where, not when it is made known
    ],
)
def test_only_when_it_is_made_known_is_reworded(question: str, reworded: str | None) -> None:
    assert as_announcement_asked(question) == reworded


def test_an_announcement_made_is_not_one_to_come() -> None:
    assert says_announcement_to_come("An announcement on where they go will be made by June.")
    assert not says_announcement_to_come("In November 2023, the department announced PINS.")
