"""A count asked of another step than the one a fact counts: inspections carried out are not
reports published, places filled are not places created, visits scheduled are not reports
out. The reply says which step the figure counts and that the asked one is not given; a count of
the step asked is still the answer."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("how many SEND inspections have taken place under the new regime", "carried out"),
        ("how many LA visits have been conducted this year", "carried out"),
        ("how many of the new places are occupied", "filled"),
        ("are the new special school places actually filled", "filled"),
        ("how many area inspections are scheduled for next term", "scheduled"),
        # no count asked: what was done is not a step of a count
        ("what has been done about supported internships", None),
        # more of the same kind planned is asked of what is approved, not what is booked
        ("how many more special free schools are planned", None),
    ],
)
def test_the_step_a_count_is_asked_of(question: str, role: str | None) -> None:
    assert analyse(question).role == role


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "how many send area inspections have taken place so far, i mean visits not reports",
            r"gives the number of inspection reports published .*, not how many have been "
            r"carried out\.$",
        ),
        (
            "how many of the 1,500 new special school places are occupied now",
            # "of them are occupied": the subgroup the question names, read before the step
            r"gives the number of new places created .*, not how many (?:have been filled|of "
            r"them are occupied)\.$",
        ),
        (
            "how many local area inspections are scheduled after the 23",
            r"gives the number of inspection reports published .*, not how many more are "
            r"scheduled\.$",
        ),
    ],
)
def test_another_step_is_not_answered_by_the_count(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # modules completed are modules done
        ("how many online send modules have been done so far", "online-training-modules"),
        ("how many inspection reports have been published", "inspection-reports-published"),
        ("how many new places did the new special schools create", "special-school-places-created"),
    ],
)
def test_the_step_counted_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
