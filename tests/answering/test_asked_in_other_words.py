"""Answerable questions that were declined for their words: a purpose asked in everyday words
("why was pins set up"), words written short ("EYSENCO", "spec schs", "e.p.s", "reference
no."), and a programme described rather than named ("a neurodiversity partnership scheme").
Each is answered with the fact that says it; questions that only look like them are not."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.purpose_reworded import as_purpose_asked, purpose_asked_of
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("why was pins set up", "pins-primary-schools"),
        ("why did the dfe start pins", "pins-primary-schools"),
        ("whats pins meant to do", "pins-primary-schools"),
        ("what is pins for", "pins-primary-schools"),
        ("who is pins meant to help", "pins-primary-schools"),
        ("what is the point of pins", "pins-primary-schools"),
        ("why does the plan exist", "improvement-plan-aim"),
        ("why does the change programme even exist lol", "change-programme"),
        ("eysenco training - what's it meant to do", "early-years-senco-training-purpose"),
    ],
)
def test_a_purpose_asked_in_everyday_words(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    ["why was pins set up", "what is the point of pins", "who is pins meant to help"],
)
def test_pins_purpose_among_many_sources(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "pins-primary-schools")
    assert "neurodiverse" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "why was the improvement plan delayed",  # why of a delay, not what the plan is for
        "why was pins set up in only some areas",  # why of a choice the source never explains
        "why was the ap specialist taskforce created",  # the source says no purpose of it
        "what does the cp in cp 800 stand for",  # the letters asked, not a purpose
    ],
)
def test_like_a_purpose_but_not_answered(single_source_index: FactIndex, question: str) -> None:
    assert_not_answered(single_source_index, question, ".")


def test_the_purpose_reading_names_what_it_asks_of() -> None:
    assert as_purpose_asked("why was PINS set up?") == "what is the purpose of pins"
    assert purpose_asked_of("so what r supported internships actually for") == (
        "supported internships"
    )
    assert purpose_asked_of("why was the improvement plan delayed") is None
    assert purpose_asked_of("what is it for") is None  # "it" names nothing read alone
    assert purpose_asked_of("what is the high needs budget for 2025/26") is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("EYSENCO registrations?", "early-years-senco-training"),
        ("how many eysencos have registered for training", "early-years-senco-training"),
        ("HN block increase?", "high-needs-budget-increase"),
        ("how many spec schs opened", "special-schools-opened"),
        ("reference no. of the plan?", "document-plan-published"),
        ("how many extra e.p.s get trained", "educational-psychologists-trainees"),
    ],
)
def test_words_written_short(single_source_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id", "shown"),
    [
        # a name of the base's of two words, typed as one
        ("what's the highneeds budget for 2025/26?", "high-needs-total-2025-26", "£12 billion"),
        ("how many new specialschools have opened", "special-schools-opened", "15 new special"),
        (
            "how many educationalpsychologists will be trained",
            "educational-psychologists-trainees",
            "400 more",
        ),
    ],
)
def test_a_name_run_together(
    shipped_index: FactIndex, question: str, fact_id: str, shown: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert shown in reply.text


def test_a_run_together_word_the_base_does_not_name_is_left(shipped_index: FactIndex) -> None:
    # "helpline" is no "help line" of the base's: still declined, not read as two words
    assert_not_answered(shipped_index, "what is the send helpline number?", ".")


@pytest.mark.parametrize(
    "question",
    [
        "EYFS results?",  # no answer gives results
        "HN block for 2027/28?",  # a year no answer gives
        "senco salary?",
    ],
)
def test_short_words_of_what_no_answer_gives(single_source_index: FactIndex, question: str) -> None:
    assert_not_answered(single_source_index, question, ".")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much funding for the neurodiversity partnership scheme", "pins-programme"),
        ("when was the partnership for neurodiversity announced", "pins-programme"),
        (
            "TA in a primary in Luton, our head mentioned a neurodiversity partnerships programme"
            " from the DfE, what is it called and how much money is in it?",
            "pins-programme",
        ),
    ],
)
def test_pins_described_not_named(
    single_source_index: FactIndex, shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    for index in (single_source_index, shipped_index):
        reply = assert_answered_with(index, question, fact_id)
        assert "£13 million" in reply.text


def test_neurodiverse_children_counted_is_not_pins(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index, "how many neurodivergent kids are there in england", "."
    )


@pytest.mark.parametrize(
    "question",
    [
        "is the plan just for kids with send or ap kids too",
        "does the plan cover kids in AP as well as SEND",
        "is the improvement plan for children in alternative provision too",
        "is the plan for young people too or only children",
    ],
)
def test_whom_the_plan_covers(
    single_source_index: FactIndex, shipped_index: FactIndex, question: str
) -> None:
    # "children and young people across England with SEND or in AP"
    for index in (single_source_index, shipped_index):
        assert_answered_with(index, question, "improvement-plan-aim")


@pytest.mark.parametrize(
    "question",
    [
        "does the plan cover kids in private schools",  # the answer names no kind of school
        "does the plan cover wales",  # it says England, and nothing of Wales
        "does the plan cover kids without an ehcp",
    ],
)
def test_whom_the_plan_covers_not_said(
    single_source_index: FactIndex, shipped_index: FactIndex, question: str
) -> None:
    for index in (single_source_index, shipped_index):
        assert_not_answered(index, question, ".")
