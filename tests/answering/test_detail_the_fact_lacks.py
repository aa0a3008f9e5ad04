"""Questions on a fact's very topic that ask a detail its quote does not give: who holds an
office it only mentions, the cost of one of what a total pays for, the share of one part of a
whole, whether every one of those approved got done. Each is told what is missing, never
answered with the fact; the same detail asked where the quote gives it is still answered."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

# Who holds an office the quote mentions without naming anyone in it.
OFFICE_HOLDERS = [
    "who is the 'former Minister for School Standards' in the Nov 2025 answer?",
    "who was the previous minister for school standards, the one who did the listening",
    "who is the chief inspector at ofsted doing these LA inspections",
    "who is the secretary of state that Georgia Gould refers to in the Nov 2025 answer?",
    "which person is the secretary of state for education mentioned in the white paper answer",
]


@pytest.mark.parametrize("question", OFFICE_HOLDERS)
def test_an_office_holder_the_quote_does_not_name_is_not_answered(
    shipped_index: FactIndex, single_source_index: FactIndex, question: str
) -> None:
    for index in (shipped_index, single_source_index):
        assert_not_answered(index, question, r"(?:doesn't name|not who held)")


def test_the_sentence_names_the_office_asked_about(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "who is the chief inspector at ofsted doing these LA inspections",
        r"doesn't name the chief inspector at ofsted\.",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who answered the nov 2025 question on the white paper", "wp-2025-11-21-answered-by"),
        ("who is the minister who answered the pins question", "pins-2025-08-12-answered-by"),
        ("who delivers the autism awareness training", "autism-awareness-training"),
        ("who are the expert advisers on send reform", "send-reform-listening-last-year"),
    ],
)
def test_a_person_the_quote_names_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "who was the minister that answered this one",
        "whos the minister that signed off the reply",
        "in sept 2023 answer, who's the minister",
    ],
)
def test_the_minister_who_answered_is_the_records_own(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-answered-by")


def test_the_secretary_of_state_put_to_keeps_its_sentence(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "who is the secretary of state it was addressed to",
        r"gives the department the question was put to",
    )


# The cost of one of what a total pays for.
ONE_OF_A_TOTAL = [
    "what does it cost to build one new special free school place",
    "how much does one place at a new special free school cost to build?",
    "how much money does a single council get from the change programme",
    "how much does one pins school get",
    "cost of one supported internship?",
]


@pytest.mark.parametrize("question", ONE_OF_A_TOTAL)
def test_a_cost_for_one_is_not_answered_by_a_total(
    shipped_index: FactIndex, single_source_index: FactIndex, question: str
) -> None:
    for index in (shipped_index, single_source_index):
        assert_not_answered(index, question, r"(?:an amount|a total)")


def test_the_unit_is_said_back(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how much money does a single council get from the change programme",
        r"gives a total, not an amount for each council\.",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "how much is being invested in new specialist places",
            "specialist-places-investment-2022-2025",
        ),
        ("how much does the PINS programme cost", "pins-programme"),
        ("how much is the £2.6 billion for", "specialist-places-investment-2022-2025"),
    ],
)
def test_the_total_asked_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_one_in_the_askers_story_asks_no_amount_for_one(single_source_index: FactIndex) -> None:
    # "one is 8 one is 14 and our council": two children, not one council's amount
    assert_answered_with(
        single_source_index,
        "ok so me and my wife have two kids with EHCPs one is 8 one is 14 and our council just "
        "announced cuts to transport and everything and they keep blaming the government so i "
        "just want to know how much money the government says is behind the SEND plan for 2024 25",
        "high-needs-funding-2024-25",
    )


# The share of one part of a whole, the part named at length.
@pytest.mark.parametrize(
    "question",
    [
        "how much of the high needs budget goes on post-16 and FE colleges?",
        "how much of the high needs budget goes on post-16 and FE college students?",
        "what share of high needs funding goes to independent special schools",
    ],
)
def test_the_share_of_a_part_is_not_answered(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, r"share")


def test_the_share_the_quote_gives_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what share of high needs money goes to settings",
        "high-needs-funding-reaches-settings",
    )


# Whether every one of those approved, planned or counted got done, asked in the past tense.
@pytest.mark.parametrize(
    "question",
    [
        "did all the 400 educational psychologists get trained",
        "did every council get a local area inspection",
        "were all 32 change programme councils given extra money",
    ],
)
def test_whether_all_got_done_is_not_answered(
    shipped_index: FactIndex, single_source_index: FactIndex, question: str
) -> None:
    for index in (shipped_index, single_source_index):
        assert_not_answered(index, question, r"doesn't say whether (?:all|every)")


def test_the_askers_story_after_it_is_not_said_back(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "did all 76 approved special free schools get built? our one was approved years ago "
        "and there's still just a field",
        r"whether all 76 approved special free schools got built\.$",
    )


def test_all_of_them_said_by_the_quote_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "did all local authorities get grant funding for supported internships",
        "supported-internships-all-las",
    )
