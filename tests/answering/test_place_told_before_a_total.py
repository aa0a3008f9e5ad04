"""Where the asker is, told before a question asking for the whole ("how many places does that
come to?", "up to how many schools in total?"), or a plight they are in ("we're in a tribunal
over a place in Surrey"), is their story: the national figure answers. A place the question
itself asks about, or where the asker says they live before a plain count, still narrows it."""

import pytest

from sendbot.answering.asking_clauses import clauses_asking
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "we live in norfolk. 15 special schools plus the AP one, how many places does that "
            "add up to?",
            "special-school-places-created",
        ),
        (
            "we're in essex and waiting lists are awful. the new schools that opened, how many "
            "places do they come to?",
            "special-school-places-created",
        ),
        (
            "i'm in cumbria, small school. pins is meant to help up to how many primary schools "
            "altogether?",
            "pins-primary-schools",
        ),
        (
            "we're in a fight with our LA in kent about a placement. how many special schools "
            "opened this academic year?",
            "special-schools-opened",
        ),
    ],
)
def test_a_place_in_the_story_does_not_narrow_a_total(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("we're in kent, how many special schools opened?", "Kent"),
        ("i live in a village in devon, how many special schools opened?", "Devon"),
        ("how many special schools opened in surrey in total?", "Surrey"),
        ("we live in leeds, how many of the new places are in leeds altogether?", "Leeds"),
    ],
)
def test_a_place_asked_about_still_narrows_the_figure(
    single_source_index: FactIndex, question: str, place: str
) -> None:
    assert_not_answered(single_source_index, question, place)


def test_a_question_word_left_where_its_answer_goes_asks() -> None:
    assert clauses_asking("our school is tiny. pins supports up to how many primary schools?") == (
        False,
        True,
    )
    # "no idea how many" tells what the asker does not know; it asks nothing of the sources
    assert clauses_asking("we have no idea how many kids are waiting. what is PINS?") == (
        False,
        True,
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many of the online training modules have been completed overall?",
        "did a few modules myself as a TA. how many of them have been completed altogether?",
    ],
)
def test_all_of_them_counted_asks_no_part_of_them(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "online-training-modules")
