"""What the source does not give, asked in words the intent rules had missed: a verdict on a
minister or on a number ("a lot or not really"), spin, whether money cleared a problem, whether
a programme helped the children it was for, what a group found, whether a scheme will be
widened to others, whether two things are the same, whether those taking part must put money
in, how big a set of grants is, and how many more reports will be published. Each is partial
or declined, never answered with a fact; and "how much places" asks how many."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("was david johnston a good minister", Intent.OPINION),
        ("is the secretary of state a decent politician", Intent.OPINION),
        ("is the govt just spinning here or is it real progress", Intent.OPINION),
        ("is 76 new special free schools a lot or not really", Intent.JUDGEMENT),
        ("will the 76 new special free schools fix the shortage of places", Intent.OUTCOME),
        ("has the 60% rise in high needs funding cleared council deficits", Intent.OUTCOME),
        ("did PINS actually help neurodiverse kids", Intent.OUTCOME),
        ("what have the 32 LAs in the change programme found out so far", Intent.OUTCOME),
        ("will PINS be expanded to secondary schools?", Intent.PREDICTION),
        ("how many more inspection reports will be published this year", Intent.PREDICTION),
        ("what's an AP free school, is it the same as a PRU", Intent.DIFFERENCE),
        ("do colleges have to put money in for the supported internship pilot", Intent.COST),
        ("how big are the grants to councils for supported internships", Intent.AMOUNT),
        ("how much places for children the new schools are giving?", Intent.COUNT),
    ],
)
def test_what_is_asked_is_read_from_its_wording(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    "question",
    [
        "was the minister who answered a good minister",
        "is the dfe just spinning it",
        "is 1,680 schools a lot or not really",
        "will the 400 extra trainee educational psychologists fix the backlog",
        "has the extra high needs money wiped out council deficits",
        "did the autism training actually help autistic pupils",
        "what have the inspections of local areas found so far",
        "will the supported internship pilot be extended to young people with an EHCP",
        "is an AP specialist taskforce the same as a PRU",
        "do nurseries need to chip in for the early years senco training",
        "how big are the grants for supported internships",
        "how many more local area inspections will be carried out",
    ],
)
def test_new_phrasings_are_not_answered_with_a_fact(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "")


def test_what_the_wording_still_answers(single_source_index: FactIndex) -> None:
    # Neither a verdict nor a cost: these the source gives.
    assert_answered_with(
        single_source_index,
        "how much places do the new special schools give",
        "special-school-places-created",
    )
    assert analyse("who answered the question").intent is Intent.PERSON
    assert analyse("is the plan a good one").intent is not Intent.OPINION
    assert analyse("how big is the high needs budget").intent is Intent.AMOUNT
    # A number the department plans, not publications to come.
    assert_answered_with(
        single_source_index,
        "how many more eps will be trained",
        "educational-psychologists-trainees",
    )
    # Whether it changed, not how two things differ.
    assert (
        analyse(
            "does the new early career framework include send or is it the same as before"
        ).intent
        is not Intent.DIFFERENCE
    )


@pytest.mark.parametrize(
    "question",
    [
        "are the new ofsted cqc inspections any good",
        "was delaying the white paper a mistake",
        "should our nursery bother with the ey senco training, is it worth it?",
    ],
)
def test_a_verdict_asked_at_more_length_is_an_opinion(question: str) -> None:
    assert analyse(question).intent is Intent.OPINION


@pytest.mark.parametrize(
    ("question", "index_name"),
    [
        ("are the new ofsted cqc inspections any good", "single_source_index"),
        ("was delaying the white paper a mistake", "shipped_index"),
    ],
)
def test_a_verdict_asked_at_more_length_is_not_answered(
    request: pytest.FixtureRequest, question: str, index_name: str
) -> None:
    index: FactIndex = request.getfixturevalue(index_name)
    assert_not_answered(index, question, "not anyone's opinion")


def test_what_a_course_is_for_is_still_answered_beside_worth_it_in_the_story(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "I run a childminding business and wondering if the early years SENCO course is worth "
        "it - what's it actually meant to help practitioners with?",
        "early-years-senco-training-purpose",
    )
