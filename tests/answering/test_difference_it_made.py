"""A question asking what difference something made to those it serves ("did the kids the
taskforce worked with get back into school?") is not answered by what was done (the 4,000
children reached, the 100,000 professionals trained): the reply says the written answer does
not say, with what was done as related information. Questions asking what was done, or what an
evaluation will look at, are still answered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_effect import asks_an_effect, reports_an_effect
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("did the kids the APST worked with get back into school", "ap-specialist-taskforce-reach"),
        (
            "the 4000 kids the ap taskforce reached - how many went back into mainstream school?",
            "ap-specialist-taskforce-reach",
        ),
        (
            "have the children the taskforce supported returned to mainstream",
            "ap-specialist-taskforce-reach",
        ),
        ("did the ap taskforce kids do better afterwards", "ap-specialist-taskforce-reach"),
        (
            "has all this autism awareness training actually made things better for autistic "
            "kids in school?",
            "autism-awareness-training",
        ),
        (
            "is there any evidence the autism training made teachers better at supporting "
            "autistic kids",
            "autism-awareness-training",
        ),
        (
            "did the autism training actually change how staff treat autistic kids",
            "autism-awareness-training",
        ),
        (
            "has the universal training offer changed things for autistic children",
            "autism-awareness-training",
        ),
        (
            "are teachers any more confident with send since the new framework",
            "itt-ecf-send-content",
        ),
    ],
)
def test_what_difference_it_made_is_said_to_be_missing(
    single_source_index: FactIndex, question: str, related: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.missing is not None and "difference it has made" in reply.missing
    assert reply.fact is not None and reply.fact.id == related


def test_the_figure_done_is_named_beside_what_is_missing(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "did the 4000 kids the taskforce reached stay in school")
    assert reply.missing == (
        "The written answer gives the number of children reached by the AP Specialist Taskforce "
        "programme to date, not what difference it has made."
    )
    assert "4000 children" in reply.text


def test_a_pins_improvement_is_not_answered_by_what_the_evaluation_will_explore(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "are pins schools better at supporting neurodivergent kids now")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "what is planned" in reply.missing


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many children has the AP taskforce reached", "ap-specialist-taskforce-reach"),
        ("did the ap taskforce help 4000 kids", "ap-specialist-taskforce-reach"),
        ("how many professionals have done the autism training", "autism-awareness-training"),
        (
            "work in AP as a mentor, we had people from the AP specialist taskforce in last year "
            "and it made a difference for a few of our year 10s. How many children has the "
            "taskforce reached so far?",
            "ap-specialist-taskforce-reach",
        ),
    ],
)
def test_what_was_done_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "will the evaluation check whether schools got better at supporting neurodivergent kids",
        "what will the pins evaluation look at",
        "what's the latest on making mainstream schools more inclusive",
    ],
)
def test_what_an_evaluation_looks_at_is_still_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert answer(shipped_index, question).answered, question


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what's the early years SENCO training meant to help nursery staff do better?",
            "early-years-senco-training-purpose",
        ),
        (
            "what has the dfe done to make supported internships better at leading to jobs",
            "supported-internships-all-las",
        ),
        ("what's pins trying to help primary schools do better", "pins-primary-schools"),
    ],
)
def test_a_difference_named_as_the_aim_is_answered_by_the_aim(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    # "meant to help ... do better", "done to make ... better": what it is for or what was
    # done for it, which the fact says; not what came of it
    assert_answered_with(single_source_index, question, fact_id)


def test_a_difference_asked_after_an_aim_is_still_missing(
    single_source_index: FactIndex,
) -> None:
    # the aim named first, then whether it worked: still what came of it
    reply = answer(
        single_source_index,
        "the early years senco training was meant to help, but has it made nurseries any better?",
    )
    assert reply.outcome is Outcome.PARTIAL, reply.text


def test_the_readings() -> None:
    assert asks_an_effect("did the kids the apst worked with get back into school")
    assert asks_an_effect("is the training making new teachers more confident")
    assert not asks_an_effect("will the evaluation check whether schools got better at it")
    assert not asks_an_effect("how many children has the taskforce reached")
    assert not asks_an_effect("what is the training meant to help staff understand and do better")
    assert not asks_an_effect("what has the department done to make internships better at it")
    assert reports_an_effect("The evaluation found attendance has improved.")
    assert not reports_an_effect("The programme has reached over 4000 children.")
    assert not reports_an_effect("It may have improved schools' capability.")
