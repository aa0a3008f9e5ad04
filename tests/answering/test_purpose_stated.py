"""A question asking what something is for gets the fact whose statement says what it is for,
not a sibling giving its figure; where none does, no figure is passed off as the answer. A year
a rise is counted from, told first, narrows the question as it does told last."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import words
from sendbot.answering.purpose_stated import asks_what_it_is_for, states_purpose_of
from sendbot.answering.question import analyse
from sendbot.knowledge.model import Fact
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        # a noun saying a purpose
        "what's the goal of the universal services programme",
        "what is the objective of the new senco npq",
        "what is the change programme's aim",
        # what a sum pays for
        "what will the 1 billion high needs increase be spent on",
        "what is the extra money going towards",
        # "for", then the period it is for
        "what's the £1 billion high needs increase for in 2025/26",
        "what is the npq supposed to be used for next year",
        # what it is to show
        "what is the pins evaluation supposed to tell ministers",
    ],
)
def test_what_it_is_for_is_read_as_a_purpose(question: str) -> None:
    assert intent_of(words(question)) is Intent.REASON


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what is the high needs budget for 2025/26", Intent.AMOUNT),
        ("how much has been spent on pins", Intent.AMOUNT),
        ("how much is going towards high needs", Intent.AMOUNT),
    ],
)
def test_a_sum_for_a_period_is_still_a_sum(question: str, intent: Intent) -> None:
    assert intent_of(words(question)) is intent


def test_the_fact_saying_what_the_money_helps_with_comes_before_the_rise(
    shipped_index: FactIndex,
) -> None:
    # The 2023/24 rise ("will increase by £970 million") shares the question's words; the
    # fact saying what the extra money will help with answers.
    assert_answered_with(
        shipped_index,
        "what was the extra high needs cash from the autumn statement 2022 meant to help with",
        "hn-2023-02-22-extra-funding-purpose",
    )


def test_what_a_sum_is_spent_on_is_not_its_newest_figure(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what will the 1 billion high needs increase be spent on",
        "high-needs-increase-2025-26-warwickshire-answer",
    )


def test_what_a_sum_is_for_in_a_period_is_not_that_periods_figure(
    shipped_index: FactIndex,
) -> None:
    # The February 2026 answer gives 2025/26's rise and says nothing of what it is for.
    reply = answer(shipped_index, "what's the £1 billion high needs increase for in 2025/26")
    assert reply.fact is None or reply.fact.id != "high-needs-increase-continued-2026-27"
    if reply.answered:
        assert reply.fact is not None and "to help meet" in reply.fact.quote


def test_a_base_year_told_first_keeps_the_rise_counted_from_it(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "compared with 2017, how many more children are in special schools now?",
        "special-school-pupils-rise-since-2017",
    )


@pytest.mark.parametrize(
    "question",
    [
        # a figure it is meant to bring, not what it is for
        "how big a rise were special schools meant to receive in 2023/24",
        # whether it must be spent so, not what it is for
        "does the high needs money have to be spent on ehcp provision",
        # what it does, not what it is for
        "what does the early career framework do for new teachers",
        # why something happened: a cause, not a purpose
        "why did high needs funding go up",
    ],
)
def test_no_purpose_is_asked(question: str) -> None:
    assert not asks_what_it_is_for(analyse(question))


def test_a_year_told_as_of_keeps_the_question_read_alone(shipped_index: FactIndex) -> None:
    # "as of" dates the figure asked for; it is not a base a rise is counted from
    reply = answer(
        shipped_index, "as of feb 2024, how many more special free schools got approved?"
    )
    assert reply.fact is not None and reply.fact.id == "special-free-schools-approved"


def test_what_it_is_supposed_to_be_used_for_is_a_purpose() -> None:
    # "supposed to be" before a figure asks a level; before "used for" it asks a purpose
    assert asks_what_it_is_for(analyse("what is the pins money supposed to be used for"))
    assert not asks_what_it_is_for(analyse("what is the budget supposed to be by 2028"))


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what will the new SENCO NPQ ensure for coordinators?", True),
        ("what is the plan going to achieve for families?", True),
        ("what has the change programme achieved so far?", False),  # its results
        ("how many places will the new schools deliver?", False),
    ],
)
def test_what_a_thing_will_bring_about_is_its_purpose(question: str, asks: bool) -> None:
    assert asks_what_it_is_for(analyse(question)) is asks


@pytest.mark.parametrize(
    "question",
    [
        "what will the new leadership level npq for sencos achieve?",
        "the leadership-level NPQ that replaces the old SENCO award, what's it going to ensure?",
    ],
)
def test_what_the_qualification_will_ensure_is_its_purpose_not_its_introduction(
    single_source_index: FactIndex, question: str
) -> None:
    # The fact saying it is being introduced ("a leadership level new National Professional
    # Qualification ...") quotes the same sentence and ranks far above on "leadership level";
    # the sibling saying what it will ensure answers.
    reply = assert_answered_with(single_source_index, question, "npq-senco-purpose")
    assert "ensure" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "so what is the SEND change programme for?",
        # how the reply is to be put, after the "for" that asks the purpose
        "what's the change programme for, in a sentence",
        "whats the change programme for basically",
    ],
)
def test_what_a_thing_is_for_is_said_by_the_fact_whose_point_it_is(
    shipped_index: FactIndex, question: str
) -> None:
    # The February 2024 answer tells the programme's launch and its £70 million, with what it
    # is to do in passing ("to test and refine"); the December 2023 answer says what it is for.
    reply = assert_answered_with(shipped_index, question, "change-programme-tests-improvement-plan")
    assert "vehicle for testing" in reply.text


def test_a_sum_named_keeps_the_fact_that_gives_it(shipped_index: FactIndex) -> None:
    # The asker points at the launch's own sum: what the £70 million is for.
    assert_answered_with(shipped_index, "what's the £70m change programme for?", "change-programme")


def _stating(statement: str) -> Fact:
    return Fact(
        id="stated",
        statement=statement,
        quote=statement,
        questions=("what is it for?",),
        as_of=dt.date(2024, 2, 8),
        source_id="answer",
    )


@pytest.mark.parametrize(
    ("statement", "states"),
    [
        ("The Change Programme is a vehicle for testing the proposals.", True),
        (
            "In 2023 the plan set out proposals, and the Change Programme is the vehicle for them.",
            True,
        ),
        ("Supported internships are study programmes designed to support young people.", True),
        # a purpose in passing, of the department's launch
        ("The department launched a £70 million Change Programme to test its reforms.", False),
        # the purpose of another thing
        ("The evaluation will help the department understand the Change Programme.", False),
        ("The investment aims to double the number of change programme areas.", False),
    ],
)
def test_a_purpose_said_of_the_thing_asked(
    shipped_index: FactIndex, statement: str, states: bool
) -> None:
    terms = shipped_index.normaliser.terms
    asked = frozenset(terms("what are the change programme and supported internships for"))
    assert states_purpose_of(_stating(statement), asked, terms) is states


def test_what_a_thing_is_for_with_the_askers_story_after_it(shipped_index: FactIndex) -> None:
    # Told after the question, the story hides the "for" that ends it; its asking clause
    # alone asks what the programme is for.
    assert_answered_with(
        shipped_index,
        "what is the change programme for? SENCO here, nobody has ever explained it to me",
        "change-programme-tests-improvement-plan",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what's the purpose of a supported internship",
        "supported internships - what's the aim of them?",
    ],
)
def test_the_aim_of_the_thing_is_not_the_aim_of_an_investment_in_it(
    shipped_index: FactIndex, question: str
) -> None:
    # "The investment aims to double the number of Supported Internships": what the money is
    # for, its phrasings naming the aim. The fact saying what supported internships are
    # designed to do answers what they are for; the words asking for the aim guess nothing.
    reply = assert_answered_with(shipped_index, question, "what-supported-internships-are")
    assert reply.fact is not None and "designed to support" in reply.fact.quote


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what is the 2024/25 high needs money going to help schools with?", True),
        ("what does the funding help councils with", True),
        ("who will the money help", False),
        ("what help is there with transport", False),
    ],
)
def test_what_it_will_help_with_is_its_purpose(question: str, asked: bool) -> None:
    assert asks_what_it_is_for(analyse(question)) is asked


def test_what_a_years_money_will_help_with_is_not_that_years_figure(
    shipped_index: FactIndex,
) -> None:
    # The year named drew the 2024/25 total; what the money is to help with is its purpose.
    assert_answered_with(
        shipped_index,
        "what is the 2024/25 high needs money going to help schools with?",
        "hn-2023-09-26-funding-helps-costs",
    )
