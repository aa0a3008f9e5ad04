"""'The status of X' and 'did X go up', on the shipped base: how X stands is the newest written
answer's lead on it (the PINS evaluation under way, not what it will look at), and whether a
measure rose lately is its newest yearly rise, asked in any tense."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "pins evaluation current status",
        "whats the current status of pins",
        "any news on pins, whats its current status",
        "what's the current status of the PINS programme evaluation",
    ],
)
def test_the_status_of_pins_is_the_newest_answers_lead(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "pins-independent-evaluation")


def test_a_status_of_the_askers_own_case_is_not_answered(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what's the status of my ehcp application")
    assert reply.outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "question",
    [
        "did high needs go up or down lately",
        "did high needs go up",
        "did high needs go up or down",
    ],
)
def test_whether_it_rose_lately_is_the_newest_yearly_rise(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert "£1 billion" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A span or base year named: the rise over it, not the newest yearly one.
        ("did high needs go up over the last five years", "high-needs-budget-increase"),
        ("has high needs gone up since 2019", "high-needs-rise-since-2019-20"),
        ("did the high needs budget go up in 2023/24", "high-needs-increase-2023-24"),
    ],
)
def test_a_rise_over_a_span_named_stays_that_rise(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "has the extra 1 billion stopped councils going into deficit",
        "did the £1bn increase prevent LAs from getting into debt",
    ],
)
def test_whether_the_money_kept_councils_out_of_deficit_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert answer(shipped_index, question).outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "question",
    [
        "is demand for special school places still growing, whats dfe's current view",
        "has demand for send places gone up, whats dfe's latest view",
        "latest govt view on where special school demand is heading",
        "whats the dfe's latest view on where specialist placement numbers are heading",
    ],
)
def test_the_latest_view_on_where_demand_is_heading_is_that_it_will_rise(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "specialist-placements-expected-to-rise")


def test_where_new_schools_are_heading_is_not_read_as_the_newest_word(
    shipped_index: FactIndex,
) -> None:
    # Not asked for the newest: "heading" may ask where they will be, which no answer says.
    reply = answer(shipped_index, "where are the 15 new special free schools heading")
    assert reply.outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "govt has confirmed" is a clause about the schools counted, not what is counted.
        (
            "most recent number of extra special free schools govt has confirmed",
            "spring-budget-2024-special-free-schools",
        ),
        ("how many extra EPs is govt paying to train", "educational-psychologists-trainees"),
    ],
)
def test_a_clause_naming_the_govt_after_the_noun_counted_does_not_end_up_in_it(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "word", "line", "statement", "info" (of the dfe) name the news asked for, not a topic.
        (
            "most recent dfe statement on training educational psychologists?",
            "educational-psychologists-trainees",
        ),
        (
            "latest dfe line on how high needs money gets to schools",
            "high-needs-funding-reaches-settings",
        ),
    ],
)
def test_the_latest_word_or_line_on_x_is_the_newest_on_x(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "latest update on the PINS programme, any evaluation?",
        "whats the newest update on the PINS programme evaluation",
        "any news on the pins evaluation",
    ],
)
def test_an_update_on_pins_is_the_newest_answers_lead(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "pins-independent-evaluation")


def test_an_update_on_how_something_is_done_asks_that_part(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "most recent update on how the govt is consulting on send reform",
        "send-reform-listening-sessions",
    )


def test_who_gave_the_newest_figure_is_not_what_it_is_of(shipped_index: FactIndex) -> None:
    # "the figure dfe gave for the increase": the newest increase, not the newest total.
    assert_answered_with(
        shipped_index,
        "what's the most recent figure dfe gave for the increase in high needs funding",
        "high-needs-increase-continued-2026-27",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "newest total the department gives for the schools budget?",
            "core-schools-budget-2028-29",
        ),
        (
            "most recent figure the dfe quotes for EPs being trained",
            "educational-psychologists-trainees",
        ),
    ],
)
def test_who_gives_the_newest_figure_in_the_present_tense_is_not_what_it_is_of(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    # "the total the department gives": who gives it, as "gave" says, not a word of the topic
    # (read as one, it drew an older schools budget and the money for the EPs, not the count).
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "what's the latest word on high needs funding for next year",
        "what's the latest on high needs funding for next year",
        "is high needs funding being kept up next year, latest?",
    ],
)
def test_the_latest_on_next_years_funding_is_the_increase_carried_on(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
