"""Every statement a written answer makes can be asked about, in the words people use.

A sentence of an answer that no fact quotes can only be declined, however it is asked
(benchmarks/coverage.py lists them); a fact whose phrasings never use the everyday words for
what it says is found only by luck. These questions are worded unlike the facts' own phrasings.
"""

from sendbot.answering.match import FactIndex
from tests.answering.expected_replies import assert_answered_with


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
