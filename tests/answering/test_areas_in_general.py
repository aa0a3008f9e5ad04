"""A place that only tells where the asker is stays out of a question about councils or areas in
general ("schools outside the PINS areas", "do councils fund it?"): those words do not ask about
the asker's own area, as "my council", "the council" or "near us" do."""

from sendbot.answering.asked_places import asked_places
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_not_answered

TOLD = "we moved to Dorset last year. what support do councils give schools outside the PINS areas?"


def test_areas_in_general_do_not_ask_of_the_askers_area() -> None:
    assert asked_places(TOLD, ("Dorset",), Intent.OTHER) == ()
    assert analyse(TOLD).places == ()


def test_the_askers_own_council_is_still_asked_about() -> None:
    own = "we moved to Dorset last year. what support does the council give schools?"
    assert asked_places(own, ("Dorset",), Intent.OTHER) == ("Dorset",)


def test_a_count_of_councils_in_a_place_is_still_not_answered_for_england(
    shipped_index: FactIndex,
) -> None:
    # a figure asked with the asker's place: the place may be what is asked
    assert_not_answered(
        shipped_index, "living in Suffolk. how many councils are in the change programme?", ""
    )
