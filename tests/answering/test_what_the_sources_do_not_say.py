"""What the sources do not say, said plainly: a term they mention but never explain, a course
asked to be paid for, a place the measure's years are not given for, whether something will be
rolled out further. Each reason has a unit test; the replies are asked in new words."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.missing import mentioned_not_explained
from sendbot.answering.question import analyse
from sendbot.answering.ranking import counts_members
from sendbot.answering.unquoted_figures import unquoted_figures
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_term_mentioned_but_not_explained_says_how_many_answers_mention_it() -> None:
    assert mentioned_not_explained("high needs funding", 0) is None
    assert mentioned_not_explained("", 3) is None
    assert mentioned_not_explained("top slicing", 1) == (
        "One written answer mentions top slicing but doesn't explain what it means."
    )
    assert mentioned_not_explained("high needs", 6) == (
        "6 written answers mention high needs but don't explain what it means."
    )


def test_the_one_answer_mentioning_a_term_is_said_by_who_gave_it_and_when() -> None:
    assert mentioned_not_explained("top slicing", 1, "by Georgia Gould on 26 February 2026") == (
        "One written answer, given by Georgia Gould on 26 February 2026, mentions top slicing "
        "but doesn't explain what it means."
    )


@pytest.mark.parametrize(
    "question",
    [
        "what does top-slicing high needs mean?",
        "what is top slicing exactly",
        "what does top slicing mean",
    ],
)
def test_a_declined_definition_names_the_one_answer_that_mentions_the_term(
    shipped_index: FactIndex, question: str
) -> None:
    """Only the February 2026 answer mentions top-slicing, but the closest topics offered can
    all be of other answers ("A community-wide approach to inclusion", ...): the reply said
    "One written answer mentions ..." and left the asker to guess which one."""
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert "given by Georgia Gould on 26 February 2026, mentions top slicing" in reply.text, (
        reply.text
    )
    assert unquoted_figures(reply, shipped_index.kb) == [], reply.text


@pytest.mark.parametrize("question", ["whats 17 times 23", "what is 6 times 7 please"])
def test_a_sum_asked_is_not_said_to_be_mentioned(shipped_index: FactIndex, question: str) -> None:
    """The sources say "times" ("at times"), never "times 23": the decline said "2 written
    answers mention times 23 but don't explain what it means"."""
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text
    assert reply.missing is None and "mention" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["what is 24/25", "what is 2024-25", "whats 2024 to 2025"])
def test_a_split_year_is_said_back_as_the_sources_write_it(
    shipped_index: FactIndex, question: str
) -> None:
    """The year is folded to one word, "2024_25", to be matched; the decline said that word."""
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text
    assert reply.text.startswith(
        "4 written answers mention 2024/25 but don't explain what it means."
    ), reply.text


@pytest.mark.parametrize(
    "question",
    ["what does high needs funding mean?", "what does 'high needs funding' actually mean"],
)
def test_a_declined_definition_says_the_term_is_mentioned_not_explained(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert "high needs funding but don't explain what it means" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "are the online training modules paid?",
        "is the senco training paid for",
        "is the npq paid or free",
        "are the autism courses paid? im a TA",
    ],
)
def test_whether_a_course_is_paid_asks_its_cost(question: str) -> None:
    assert analyse(question).intent is Intent.COST


@pytest.mark.parametrize("question", ["how much are EPs paid", "are teachers paid more"])
def test_what_someone_is_paid_is_not_a_cost(question: str) -> None:
    assert analyse(question).intent is not Intent.COST


def test_a_paid_course_gets_no_count_of_modules_as_its_answer(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "is the online autism training paid? im a teaching assistant",
        r"doesn't give a cost",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # The matched fact is the place's: its own lack is said, not England's years.
        ("warwickshire's high needs money in 2020/21", r"doesn't give a figure for 2020/21"),
        # No fact of the place's: whose figures the measure gives.
        ("kent high needs allocation for 2018/19", r"for England as a whole, not for Kent"),
    ],
)
def test_a_year_not_given_for_a_place_names_no_other_places_years(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None
    assert "2023/24, 2024/25 and 2025/26" not in reply.missing, reply.missing
    assert_not_answered(shipped_index, question, missing)


def test_englands_years_are_still_said_without_a_place(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what was high needs funding in 2019/20")
    assert reply.missing is not None and "2023/24, 2024/25 and 2025/26" in reply.missing


@pytest.mark.parametrize(
    "question",
    [
        "will PINS be rolled out to every school after the evaluation",
        "is PINS going to be extended once the evaluation is done?",
    ],
)
def test_a_forecast_of_findings_does_not_say_it_will_be_rolled_out(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, r"doesn't say (?:whether|what will happen)")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A fact that says it was extended still answers; so do a term a fact explains and a
        # year given for England.
        ("will the ap taskforce be extended", "ap-specialist-taskforce-extension"),
        ("what is the change programme?", "change-programme"),
        ("high needs funding for 2023/24", "high-needs-total-2023-24"),
    ],
)
def test_what_the_sources_say_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how many MPs are there in parliament", True),
        ("how many lords are there in the house of lords?", True),
        ("how many MPs asked about send", False),
        ("how many peers raised questions on high needs", False),
    ],
)
def test_how_many_members_there_are_is_no_count_of_who_asked(question: str, counted: bool) -> None:
    assert counts_members(analyse(question)) is counted


def test_how_many_mps_there_are_is_declined_not_told_of_a_record(
    single_source_index: FactIndex, shipped_index: FactIndex
) -> None:
    for index in (single_source_index, shipped_index):
        assert answer(index, "how many MPs are in the commons?").outcome is Outcome.DECLINED


@pytest.mark.parametrize(
    "question",
    [
        "who sits on the neurodivergence task and finish group? names?",
        "which charities are in the neurodivergence task and finish group",
        "the actual members of the neurodivergence task and finish group?",
    ],
)
def test_names_asked_of_a_group_told_only_by_kinds_of_member(question: str) -> None:
    assert analyse(question).wants == "names"


def test_the_name_asked_after_the_question_is_not_a_count(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index, "which AP free school opened this year? name pls", "doesn't name"
    )


def test_a_group_told_only_by_kinds_of_member_names_no_charities(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "which charities are in the neurodivergence task and finish group",
        r"doesn't (?:name|give names)",
    )


def test_who_is_leading_asks_who_does_it_not_what_a_word_means(shipped_index: FactIndex) -> None:
    assert analyse("who is leading the internships work consortium").intent is not (
        Intent.DEFINITION
    )
    assert_answered_with(
        shipped_index,
        "who's leading the internships work consortium?",
        "internships-work-consortium",
    )
