"""What something is 'supposed to' achieve is its purpose; whether it is 'meant to' do a named
thing is a yes/no question a fact saying so answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import words
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what's the new leadership npq for sencos supposed to achieve?", "npq-senco-purpose"),
        (
            "nursery manager here, what's the early years senco training supposed to do for staff?",
            "early-years-senco-training-purpose",
        ),
    ],
)
def test_what_it_is_supposed_to_do_is_its_purpose(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is the change programme meant to benefit all regions", "change-programme-partners"),
        ("are supported internships meant to lead to paid work", "supported-internships-all-las"),
    ],
)
def test_whether_it_is_meant_to_do_a_named_thing_is_checked(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # whether a thing was due to be done, not what it is for
        ("was something meant to be announced by may 2024 about the new special schools", None),
        ("were the locations supposed to be published by may", None),
        # what it is meant to be, or to be for, is still its purpose
        ("is it meant to be for all kids", Intent.REASON),
    ],
)
def test_meant_to_be_done_checks_it_was_due(question: str, intent: Intent | None) -> None:
    if intent is None:
        assert intent_of(words(question)) is not Intent.REASON
    else:
        assert intent_of(words(question)) is intent


def test_what_it_is_supposed_to_drive_asks_for_a_thing_not_a_reason() -> None:
    assert intent_of(words("what are the inspections supposed to drive")) is not Intent.REASON
    assert intent_of(words("is pins meant to do anything")) is Intent.REASON


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # What it is to bring about ("improve", "boost", "ensure") is what it is for: the fact
        # saying its purpose, not the one counting those registered.
        (
            "what is the early years senco course meant to improve",
            "early-years-senco-training-purpose",
        ),
        (
            "childminder here doing the early years senco training, whats it actually designed to "
            "boost for us?",
            "early-years-senco-training-purpose",
        ),
        ("what will the new npq for sencos ensure", "npq-senco-purpose"),
    ],
)
def test_what_it_is_to_bring_about_is_its_purpose(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert intent_of(words(question)) is Intent.REASON
    assert_answered_with(single_source_index, question, fact)


def test_a_share_meant_to_improve_is_still_a_share() -> None:
    assert intent_of(words("what percentage of pupils are supposed to improve")) is Intent.PERCENT


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # What it is trying to do, what those on it get out of it, the reasoning for it: what
        # it is for, not the count of those registered or the date it starts.
        ("what is the pins programme trying to do for pupils", "pins-primary-schools"),
        (
            "what are the early years senco courses trying to do",
            "early-years-senco-training-purpose",
        ),
        (
            "what do nursery staff get out of the early years senco training",
            "early-years-senco-training-purpose",
        ),
        ("what's the reasoning for the new senco qualification", "npq-senco-purpose"),
    ],
)
def test_what_it_sets_out_to_do_or_gives_is_its_purpose(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


@pytest.mark.parametrize(
    "question",
    [
        # a reason asked for, whatever follows "reason"
        "what reason does the department give",
        "what's the stated reason in the answer",
        # what it is focused on is what it is for, as what it focuses on is
        "what is the new npq focused on",
        # "for" ending the question, though "what is X Y" reads as a definition
        "what is the taskforce for",
        "whats the change programme for exactly",
    ],
)
def test_reason_asked_in_other_shapes(question: str) -> None:
    assert intent_of(words(question)) is Intent.REASON


@pytest.mark.parametrize(
    ("question", "intent"),
    [("what does ehcp stand for", Intent.DEFINITION), ("whats ap short for", Intent.DEFINITION)],
)
def test_letters_stood_for_are_no_purpose(question: str, intent: Intent) -> None:
    assert intent_of(words(question)) is intent


def test_what_training_is_focused_on_is_its_purpose(single_source_index: FactIndex) -> None:
    # not the count of practitioners registered for it
    assert_answered_with(
        single_source_index,
        "what is the early years senco course focused on?",
        "early-years-senco-training-purpose",
    )


def test_what_a_question_was_asking_for_is_no_purpose() -> None:
    # "exactly" after the "for" leaves what was asked for, not why
    assert intent_of(words("what was the question asking for exactly")) is not Intent.REASON


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # "meant", "supposed" and the everyday verb after them say a purpose is asked: read as
        # the intent, not as words the fact stating the purpose lacks
        ("what is the new npq for sencos supposed to fix", "npq-senco-purpose"),
        (
            "what is the grant for supported internships meant to lead to",
            "supported-internships-all-las",
        ),
        ("who are the pins schools meant to help", "pins-primary-schools"),
        # "in the end" is eventually, not when the pilot ends
        (
            "what are supported internships meant to lead to in the end, my son is 18",
            "supported-internships-all-las",
        ),
        ("what is the change programme supposed to be testing", "change-programme"),
        (
            "what was the early years senco training designed to do",
            "early-years-senco-training-purpose",
        ),
    ],
)
def test_the_words_asking_a_purpose_do_not_count_against_the_fact_stating_it(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


def test_a_fact_stating_no_purpose_does_not_answer_what_it_is_meant_to_do(
    single_source_index: FactIndex,
) -> None:
    # The taskforce's facts say how long it runs and how many it reached, not what it is for.
    assert_not_answered(
        single_source_index,
        "the ap specialist taskforce, what is it meant to do",
        "doesn't say what it is meant to do",
    )


def test_a_purpose_of_a_thing_only_mentioned_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    # The pilot's fact mentions EHC plans; it does not say what one is for.
    assert_not_answered(single_source_index, "whats the point of an ehcp", "")


def test_a_level_it_is_meant_to_reach_is_a_figure_not_a_purpose(shipped_index: FactIndex) -> None:
    # "meant to reach" asks the level the budget is to reach, which the fact gives
    assert_answered_with(
        shipped_index,
        "what is the core schools budget meant to reach by 2028/29",
        "core-schools-budget-2028-29",
    )
