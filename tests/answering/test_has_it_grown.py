"""A question asking whether something has grown ("did demand for specialist places grow?")
is answered by a fact saying it has, not by a close forecast that it is expected to go on
rising; a question asking what is expected still gets the forecast."""

import pytest

from sendbot.answering.asked_so_far import (
    asks_if_it_has_changed,
    forecasts_only,
    says_it_has_changed,
)
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    ["did demand for specialist places grow", "have specialist placements gone up lately?"],
)
def test_has_it_grown_is_answered_by_the_fact_saying_it_has(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "The number of specialist placements overall is expected to continue to increase".
    reply = assert_answered_with(shipped_index, question, "special-school-pupils-rise-since-2017")
    assert "has grown" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "is demand for specialist places expected to keep rising",
        "will demand for specialist places keep going up",
    ],
)
def test_what_is_expected_is_still_the_forecast(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "specialist-placements-expected-to-rise")


def test_the_readings() -> None:
    assert asks_if_it_has_changed("has the number of EHC plans actually gone up?")
    assert asks_if_it_has_changed("did funding rise last year")
    assert not asks_if_it_has_changed("will funding rise next year")
    assert forecasts_only("Numbers are expected to continue to increase.")
    assert not forecasts_only("Numbers have increased and are expected to rise further.")
    assert says_it_has_changed("Demand has grown in recent years.")
    assert not says_it_has_changed("Demand is expected to grow.")


def test_whether_a_budget_is_more_than_before_is_answered_by_its_rise(
    single_source_index: FactIndex,
) -> None:
    # the rise (60% over five years), as "how much more" gets, not a decline between the
    # level and the rise
    reply = assert_answered_with(
        single_source_index,
        "is the high needs budget more than it was before?",
        "high-needs-budget-increase",
    )
    assert "60%" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "has demand for specialist school places grown recently?",
        "did demand for special school places go up recently",
    ],
)
def test_a_newer_forecast_does_not_answer_whether_it_has_grown_recently(
    shipped_index: FactIndex, question: str
) -> None:
    # "recently" asks for the newest word, but the January 2026 answer's word only forecasts
    # ("is expected to continue to increase"): it does not say whether demand has grown.
    reply = assert_answered_with(shipped_index, question, "special-school-pupils-rise-since-2017")
    assert "has grown" in reply.text
