"""Whether a scheme reaches, takes or helps the asker's own child, school or area, asked yes or
no ("our primary in Wigan, is it one of the PINS schools?", "will the EP money get us an
assessment sooner?"): a written answer speaks for England as a whole, so the reply says it
cannot speak for one case. Personal context around a question the source answers ("my son
is 9, how many special schools opened?") changes nothing."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "our primary in wigan, is it one of the PINS schools?",
        "my son has waited a year for an EP, will the extra trainees get us an assessment sooner",
        "I'm a childminder, can I still sign up for the early years SENCO course",
        "are we getting any of the change programme money? our LA is Dudley",
        "will my autistic daughter benefit from the new special schools",
        "my lad's PRU is in Hull - has the taskforce been there yet",
        "my 17 yo has no EHCP, could she actually get onto the internship pilot",
    ],
)
def test_a_scheme_asked_of_ones_own_case(question: str) -> None:
    assert analyse(question).intent is Intent.CASE


@pytest.mark.parametrize(
    "question",
    [
        "can you help me with my homework",  # the bot asked for help
        "am i right that 15 special schools opened",  # a figure checked
        "does the plan mean my kid gets early support wherever we live",  # what the plan says
        "my son has no EHCP, can he get a supported internship or is it only for EHCP kids?",
        "can we put in a new application for a special free school",
    ],
)
def test_not_ones_own_case(question: str) -> None:
    assert analyse(question).intent is not Intent.CASE


def test_ones_own_school_in_a_scheme_is_not_answered(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "my daughter's primary in Wigan, is it one of the PINS schools?",
        "any one person's case",
    )


def test_ones_own_child_seen_sooner_is_not_answered(single_source_index: FactIndex) -> None:
    # The story makes it one child's case: the asking clause is not read alone.
    assert_not_answered(
        single_source_index,
        "my boy is in a PRU in Hull, has the AP taskforce been there?",
        "any one person's case",
    )


def test_personal_context_around_a_count_is_still_answered(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "my son is 7 and autistic, how many special schools opened?",
        "special-schools-opened",
    )
