"""What a question asks, read however it is put: "found so far" in one clause, "going up" or
"rising" as a change, "is it going to" as "will it", "-ing" forms of ending, a name asked by
"called", one area asked about by "is our area in", a setting's cost, one child among those
a scheme reaches, whether a kind of person may join. An on-topic question the source cannot
answer is not answered; the fact that does answer is still given."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "is high needs funding going up",
        "is the budget rising",
        "are the numbers growing",
        "is spending increasing",
        "is it falling",
        "has it gone down",
    ],
)
def test_going_up_or_rising_asks_about_a_change(question: str) -> None:
    assert analyse(question).change, question


def test_what_something_is_asks_no_change() -> None:
    assert not analyse("what is the high needs budget").change


def test_a_rise_asked_as_going_up_gets_the_rise(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how much is high needs funding going up in 2024/25",
        "high-needs-increase-2024-25",
    )


def test_so_far_ends_no_clause() -> None:
    # "found so far" was cut at "so", leaving "found" and losing what is asked.
    asked = analyse("what have the 32 LAs in the change programme found so far")
    assert asked.findings and asked.so_far


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # What was found, asked with "so far" at the end.
        (
            "what have the 32 LAs in the change programme found so far",
            r"doesn't report results or findings",
        ),
        # A name asked for by "called".
        ("whats the AP free school that opened called", r"doesn't give names"),
        ("what is the new ap school called", r"doesn't give names"),
        # Whether one area takes part.
        ("is our area in the supported internship pilot", r"not for any one area or council"),
        # What is to come, asked "is it going to" or "on time".
        ("is the change programme going to be rolled out to every LA", r"what will happen next"),
        ("are the new special schools going to open on time", r"what will happen next"),
        # A verdict.
        ("is the government right to fund pins", r"not anyone's opinion"),
        # When it ends, asked with "closing", "finishing".
        ("when is the npq senco closing", r"not when it ends"),
        # What a setting pays.
        ("do nurseries pay for the early years SENCO training", r"doesn't give a cost"),
        ("does a nursery pay for the early years SENCO training", r"doesn't give a cost"),
        # When it ends, asked "wrapped up".
        ("when will the change programme be wrapped up", r"not when it ends"),
        # Whether a kind of person may join, asked directly or indirectly.
        ("can teaching assistants do the autism training", r"doesn't say who is eligible"),
        (
            "im a TA in a primary, wondering if i can do the early years senco training or is "
            "it only for nursery staff",
            r"doesn't say who is eligible",
        ),
        # One child among those a scheme reaches.
        (
            "my son has adhd and no ehcp - could he be one of the kids the ap taskforce reaches?",
            r"any one person's case",
        ),
        # A verdict with a tag after it.
        ("is 13 million for pins a lot or not", r"doesn't make that judgement"),
        ("is 10.5bn enough tbh", r"doesn't make that judgement"),
        # The first of two questions joined by "and", read to its end.
        ("is the change programme working and how do they know", r"doesn't report results"),
        # What a programme involves.
        (
            "what does the universal services programme actually involve? never heard of it",
            r"doesn't explain what",
        ),
    ],
)
def test_unanswerable_however_put_is_not_answered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_a_count_done_so_far_is_still_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "how many online modules have been completed so far",
        "online-training-modules",
    )


def test_a_local_question_over_many_answers_is_not_answered(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "my lad is 17 no ehcp, is our area in the supported internship pilot"
    )
    assert reply.outcome in (Outcome.PARTIAL, Outcome.DECLINED), reply.text
