"""Every statement a written answer makes can be asked about, in the words people use.

A sentence of an answer that no fact quotes can only be declined, however it is asked
(benchmarks/coverage.py lists them); a fact whose phrasings never use the everyday words for
what it says is found only by luck. These questions are worded unlike the facts' own phrasings.
"""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_the_response_to_rising_demand_for_specialist_places_is_answered(
    shipped_index: FactIndex,
) -> None:
    # "We have responded to this by developing new specialist provision." (June 2023)
    assert_answered_with(
        shipped_index,
        "how is the government responding to the rise in demand for specialist school places?",
        "specialist-provision-response-to-demand",
    )
    assert_answered_with(
        shipped_index,
        "is the dfe developing new specialist provision",
        "specialist-provision-response-to-demand",
    )


def test_where_most_send_pupils_are_taught_is_answered(shipped_index: FactIndex) -> None:
    # The answer says "educated"; people say "taught".
    assert_answered_with(
        shipped_index, "where are most send pupils taught?", "schools-and-high-needs-rise-2024-25"
    )


def test_what_happens_in_autumn_2025_with_the_pins_evaluation_is_answered(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "what happens with the pins evaluation in autumn 2025?",
        "pins-interim-findings-autumn-2025",
    )


def test_who_ministers_listened_to_is_the_past_year_not_the_coming_sessions(
    shipped_index: FactIndex,
) -> None:
    # "have listened to the voices of parents, teachers and young people" (over the last year),
    # not the listening sessions still to come.
    assert_answered_with(
        shipped_index,
        "who has the government been listening to on send reform?",
        "send-reform-listening-last-year",
    )


def test_who_decides_whether_more_eps_are_affordable_is_answered(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "who decides if hiring another ep is affordable for a council?",
        "educational-psychologists-employers-decide-funding",
    )


def test_advisors_spelt_either_way_find_the_expert_advisers(shipped_index: FactIndex) -> None:
    # The answer names "expert advisers like Tom Rees and Dame Christine Lenehan".
    assert_answered_with(
        shipped_index,
        "who are the advisors helping the government with send reform?",
        "send-reform-listening-last-year",
    )


def test_funding_carrying_on_into_next_year_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "will the increased high needs funding carry on into 2026?",
        "high-needs-increase-continued-2026-27",
    )


def test_the_ep_shortage_is_answered_with_the_training_of_more_eps(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "is the government doing anything about the ep shortage?",
        "educational-psychologists-funding-2023-11-17",
    )


def test_the_objective_for_send_finances_is_answered(shipped_index: FactIndex) -> None:
    # "Our objective is to ensure ... in a financially sustainable way."
    assert_answered_with(
        shipped_index,
        "what is the government's objective for send finances?",
        "send-reform-plans-later-2025",
    )


def test_support_for_schools_outside_the_pins_areas_is_answered(shipped_index: FactIndex) -> None:
    # The June 2025 answer was asked what is done for schools in areas not selected for the
    # PINS expansion: its community-wide approach, and the Universal Services CPD for staff.
    assert_answered_with(
        shipped_index,
        "we're not in a PINS area, what is the government doing to support neurodiversity "
        "inclusion in our school?",
        "community-wide-approach-inclusion",
    )
    assert_answered_with(
        shipped_index,
        "what neurodiversity training can staff get if the school is outside the pins areas",
        "universal-services-programme",
    )
    assert_answered_with(
        shipped_index,
        "what does universal services help the FE workforce do",
        "universal-services-programme-purpose",
    )


def test_what_the_ittecf_adds_on_send_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what does the ittecf add on SEND and adaptive teaching?",
        "ittecf-adaptive-teaching-send",
    )


def test_what_the_ifs_answer_says_of_council_deficits_and_the_reformed_system(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "parent carer forum rep here - what did the government reply about the IFS report on "
        "SEN debt and council deficits?",
        "send-costs-strain-council-finances",
    )
    assert_answered_with(
        shipped_index,
        "according to the IFS answer, what is the objective for the reformed SEND system?",
        "send-reform-plans-later-2025",
    )


def test_what_the_pins_and_ifs_answers_do_not_give_stays_unanswered(
    shipped_index: FactIndex,
) -> None:
    # The new phrasings must not answer what no fact gives: an amount, the areas left out.
    assert_not_answered(
        shipped_index,
        "how much is the DfE spending on neurodiversity support for schools outside the PINS "
        "areas?",
        r"amount",
    )
    assert_not_answered(
        shipped_index, "which areas were not selected for the PINS expansion?", r"areas"
    )
    assert_not_answered(
        shipped_index, "how much is the total DSG deficit across councils?", r"total"
    )
