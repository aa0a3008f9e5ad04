"""A person named by what is done to them ("trainees", "psychology trainees") is counted by a
fact counting people that have that done to them ("400 more education psychologists to be
trained", "practitioners registered for early years SENCO training"): the partial sentence
"gives the number of ... to be trained, not a number of trainees" denied what its own quote
said. A step the count does not give (trainees who have finished) is still not given."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_trainees_of_those_to_be_trained(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many psychology trainees does the £21 million pay for?",
        "educational-psychologists-trainees",
    )


def test_trainees_of_those_registered_for_training(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "how many trainees are registered on the early years SENCO course?",
        "early-years-senco-training",
    )


def test_trainees_who_finished_are_still_not_given(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "how many trainees have finished the early years SENCO course?",
        r"not the number who completed it",
    )
