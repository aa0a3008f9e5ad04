"""The staleness line ("This is the latest figure in the sources, ... more than 12 months
ago.") goes under a reply that answers with a figure that changes (an amount, a count), not
under a definition, an age range, a date (asked, or checked) or a reason: there it read
"latest figure" of nothing a parent asked about."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex

TODAY = dt.date(2026, 12, 1)
LATEST = "This is the latest figure in the sources, from an answer given on "


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # a definition, whose only numbers are an age range
        ("what are supported internships?", "what-supported-internships-are"),
        ("what age are supported interns?", "what-supported-internships-are"),
        ("who are traineeships for?", "traineeships-without-ehc-plan"),
        # a date
        ("when did the change programme start?", "change-programme"),
        ("when was pins announced?", "pins-programme"),
        # what a sum is for
        ("what's the £70m for?", "change-programme"),
        # a purpose confirmed, yes or no: nothing asked of a figure
        (
            "was the £70 million change programme there to test and refine the reforms?",
            "change-programme",
        ),
        # a date checked: "Yes: the written answer gives November 2023."
        ("was PINS announced in november 2023", "pins-programme"),
        ("did the change programme launch in september 2023?", "change-programme"),
        ("was the change programme launched in 2024?", "change-programme"),
    ],
)
def test_a_reply_giving_no_figure_that_changes_says_nothing_of_a_latest_figure(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.answered and reply.fact is not None and reply.fact.id == fact_id
    assert "latest figure" not in reply.text
    assert "more than 12 months ago" not in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much is the change programme?", "change-programme"),
        ("how much is pins worth?", "pins-programme"),
        ("how many special schools opened?", "special-schools-opened"),
        ("how many eps are being trained?", "educational-psychologists-trainees"),
        # a figure asked of what is for a purpose keeps it
        ("how much is the change programme there to test the reforms?", "change-programme"),
        # a count checked keeps it
        ("32 LAs or 23?? in the change programme", "change-programme-local-authorities"),
    ],
)
def test_a_reply_giving_an_old_amount_or_count_still_says_how_old_it_is(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.answered and reply.fact is not None and reply.fact.id == fact_id
    assert reply.text.splitlines()[-1] == f"{LATEST}8 February 2024 — more than 12 months ago."


@pytest.mark.parametrize(
    "question",
    [
        "is the change programme there to test the reforms?",
        "is the change programme set up to test the reforms?",
        "is the point of the change programme to test the reforms?",
    ],
)
def test_a_purpose_confirmed_says_nothing_of_a_latest_figure(
    single_source_index: FactIndex, question: str
) -> None:
    # The one source's answer on it is the £70 million one: its figure was not asked about.
    reply = answer(single_source_index, question, today=TODAY)
    assert reply.answered and reply.fact is not None and reply.fact.id == "change-programme"
    assert "latest figure" not in reply.text
