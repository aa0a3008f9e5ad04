"""A figure the asker has that is its measure's newest, and a later written answer counting the
same thing another way, on the shipped base: "is it still just the 76 special free schools?"
gets the March 2024 answer's 15 additional special free schools, with the February 2024
answer's 76 and its date beside it; not when the measure has nothing later of the same thing,
nor when no figure is told."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with

SPRING_BUDGET = "spring-budget-2024-special-free-schools"
EARLIER_76 = (
    'Earlier answers on this: "The department has also approved a further 76 special free '
    'schools to create additional specialist school places for those with the greatest needs" '
    "(David Johnston, 8 February 2024)."
)


@pytest.mark.parametrize(
    "question",
    [
        "is it still just the 76 special free schools or did they add more",
        "is 76 still the latest on new special free schools or has more been announced since",
        "i heard 76 special free schools were approved, is that still the newest news?",
        "any newer special free school announcement than the 33 from march 2023?",
    ],
)
def test_a_later_answer_counting_the_same_thing_is_newer(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, SPRING_BUDGET)
    assert "15 additional special free schools" in reply.text
    assert EARLIER_76 in reply.text
    # The asker's figure is not "checked" against a figure counted another way.
    assert "not 76" not in reply.text and "not 33" not in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "any update on special free school approvals? last i heard it was 33",
        "special free schools approved, anything more recent than the 33?",
    ],
)
def test_approvals_asked_keep_the_newer_approval(shipped_index: FactIndex, question: str) -> None:
    # Asked about approvals (not in the clause telling the 33), the 15 more confirmed in a
    # budget, which the answer does not call approved, are no newer figure of them.
    reply = assert_answered_with(shipped_index, question, "special-free-schools-approved")
    assert "a further 76 special free schools" in reply.text
    # The 33 were approved earlier, but said in a later answer: not listed as "Earlier".
    assert (
        "Earlier, though said in a later answer: "
        '"In March 2023, the department approved 33 new special free '
        'schools" (David Johnston, 22 March 2024).'
    ) in reply.text
    assert "Earlier:" not in reply.text


def test_nothing_later_of_the_same_thing_keeps_the_measure(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "is it still 400 extra ed psychs being trained",
        "educational-psychologists-trainees",
    )
    assert "Earlier answers on this" not in reply.text


def test_no_figure_told_keeps_the_measure_newest(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many special free schools have been approved?",
        "special-free-schools-approved",
    )


PUPILS_2024_25 = "pupils-in-special-schools-2024-25"
EARLIER_50K = (
    'Earlier answers on this: "Demand for specialist school placements has grown in recent '
    'years, with over 50,000 more pupils placed in special schools compared to 2017" (Claire '
    "Coutinho, 12 June 2023)."
)


@pytest.mark.parametrize(
    "question",
    [
        "is it still 50k more than 2017 or has it gone up since",
        "some1 said special school numbers only went up 50k, whats the latest figure",
        "most up to date stat on how much special school numbers have grown? someone said 50k "
        "more than 2017",
    ],
)
def test_a_figure_told_of_a_topic_gets_its_newest_figure(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, PUPILS_2024_25)
    assert "200,000 in 2024/25" in reply.text
    assert EARLIER_50K in reply.text


OPENED_THIS_YEAR = "special-schools-opened"
EARLIER_77 = (
    'Earlier answers on this: "Our Free Schools programme has opened 77 special and 50 '
    'alternative provision free schools across the country since 2010" '
    "(Claire Coutinho, 12 June 2023)."
)


@pytest.mark.parametrize(
    "question",
    [
        "latest count of special free schools opened?",
        "the 77 since 2010 figure is old, whats the newest number of openings",
        "is it still 77 special free schools opened or is there something newer",
        "77 special free schools opened was the last number i saw, whats the latest",
        "i read 77 special free schools have opened, any update?",
        "june 2023 said 77 special free schools had opened since 2010 - anything more recent?",
    ],
)
def test_openings_asked_newer_get_the_later_answers_openings(
    shipped_index: FactIndex, question: str
) -> None:
    # The two answers' openings share a topic: the newer one is the 15 special schools opened
    # this academic year, not the 15 more special free schools confirmed in a budget (none
    # of which had opened), though those count the same unit.
    reply = assert_answered_with(shipped_index, question, OPENED_THIS_YEAR)
    assert "opened 15 new special schools and one AP free school" in reply.text
    assert EARLIER_77 in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many special free schools have opened since 2010?", "free-schools-opened-since-2010"),
        ("is it true 77 special free schools opened since 2010?", "free-schools-opened-since-2010"),
        (
            "77 special free schools opened since 2010 - how many AP ones?",
            "free-schools-opened-since-2010",
        ),
        ("how many special free schools have been approved?", "special-free-schools-approved"),
    ],
)
def test_openings_asked_without_newer_keep_their_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


PILOT = "supported-internships-pilot"
EARLIER_18M = (
    'Earlier answers on this: "In February 2022, the department announced that we are investing '
    "up to £18 million over the next three years to build capacity in the Supported Internships "
    'programme" (Claire Coutinho, 9 January 2023).'
)


@pytest.mark.parametrize(
    "question",
    [
        "supported internship cash: i know about the £18m, is there any newer?",
        "was the £18m the last supported internships money or has more come since?",
    ],
)
def test_a_sum_told_of_a_topic_gets_the_topics_newer_sum(
    shipped_index: FactIndex, question: str
) -> None:
    # A sum has no unit: the curated topic (supported internships funding) says the later
    # answer's £3 million pilot is newer money for the same thing, not a fact of the £18m's own
    # answer (the £18m itself, or its aim to double the internships) that its words drew.
    reply = assert_answered_with(shipped_index, question, PILOT)
    assert "up to £3 million" in reply.text
    assert EARLIER_18M in reply.text


def test_a_sum_asked_about_without_newer_keeps_its_fact(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what is the £18 million for supported internships for?",
        "supported-internships-investment-2022",
    )
