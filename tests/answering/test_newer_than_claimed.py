"""A figure the asker already has, and a question asking what is newer, on the shipped base.

The figure claimed names the measure whose fact reports it; the reply is that measure's newest
figure with the earlier ones on one line, whether the question names the measure in the
base's words, in its own or not at all ("what's it now?"). Not when the question's other words
are about something the measure is not, nor when it names a period."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.claimed_measure import asks_newer_than, claimed_measure
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

HIGH_NEEDS_TOTALS_EARLIER = (
    'Earlier: "£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023); '
    '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024).'
)
EARLIER_TOTALS = (
    '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024)',
    '"£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023)',
)


def assert_each_earlier_total_quoted_once(text: str) -> None:
    """Beside the newest total, each earlier one once: in "No longer" when it is the figure
    claimed, else in "Earlier"."""
    for total in EARLIER_TOTALS:
        assert text.count(total) == 1, total


HIGH_NEEDS_RISES_EARLIER = (
    'Earlier: "£970 million in the 2023/24 financial year compared to 2022/23" (Claire '
    "Coutinho, 22 February 2023); "
    '"a further £440 million, or 4.3%, in 2024/25 compared to this financial year" (David '
    "Johnston, 26 September 2023)."
)
SCHOOLS_BUDGET_EARLIER = (
    'Earlier: "Within the total 2024/25 budget for schools of £59.6 billion" (David Johnston, '
    "26 September 2023)."
)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("heard it was £10.1bn", "high-needs-budget"),
        ("someone said 10.5 billion", "high-needs-budget"),
        ("the rise was £440m", "high-needs-budget-increase"),
        ("i had 59.6bn written down", "core-schools-budget"),
        ("400 EPs", "educational-psychologists-trained"),
    ],
)
def test_a_measured_figure_names_its_measure(
    shipped_index: FactIndex, text: str, measure: str
) -> None:
    assert claimed_measure(shipped_index, text) == measure


@pytest.mark.parametrize(
    "text",
    [
        "what is the high needs budget",  # no figure stated
        "PINS was £13m",  # a sum no fact reports as its measure's figure
        "it was 15 schools and 76 approved",  # two measures named: which is meant is a guess
        "was it answered in 2024",  # a year is no figure of a measure
    ],
)
def test_no_measure_or_more_than_one(shipped_index: FactIndex, text: str) -> None:
    assert claimed_measure(shipped_index, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "has it gone up since?",
        "is there anything more recent",
        "what is it now",
        "any newer number?",
        "is that still the figure",
        "what's the latest",
    ],
)
def test_asking_for_what_is_newer(text: str) -> None:
    assert asks_newer_than(text)


@pytest.mark.parametrize(
    "text",
    [
        "how many special free schools have opened since 2010",
        "what was the high needs budget in 2023/24",
        "how much is high needs funding",
    ],
)
def test_not_asking_for_what_is_newer(text: str) -> None:
    assert not asks_newer_than(text)


@pytest.mark.parametrize(
    "question",
    [
        "heard it was £10.1bn, what's it now?",
        "our head says 10.5bn for high needs, is that still right?",
        "my council keeps saying 10.5bn for high needs, has it gone up since?",
    ],
)
def test_an_old_high_needs_total_then_the_newest(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert_each_earlier_total_quoted_once(reply.text)


@pytest.mark.parametrize(
    "question",
    [
        "a mum in the whatsapp group told me high needs is £10.1 billion. still true?",
        "my friend who works at the council reckons hn is about 10bn - still the case??",
    ],
)
def test_who_told_the_asker_the_figure_is_not_what_is_asked(
    shipped_index: FactIndex, question: str
) -> None:
    # "the whatsapp group", "the council": where the figure was heard, no topic of its own.
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert_each_earlier_total_quoted_once(reply.text)


@pytest.mark.parametrize(
    "question",
    [
        "is the high needs uplift still around 4%? or bigger now",
        "is the rise in high needs still 10.6% or is it different now",
    ],
)
def test_an_old_percentage_rise_still_holding_gets_the_newest_rise(
    shipped_index: FactIndex, question: str
) -> None:
    # The percentage is the asker's figure, not the kind asked: the newest rise gives none.
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert "over £1 billion" in reply.text


def test_a_percentage_rise_asked_for_in_words_is_the_newest_percentage(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what is the latest percentage rise in high needs funding?")
    assert reply.fact is not None and reply.fact.id == "high-needs-increase-2024-25", reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is the 10.5bn figure still the latest", "high-needs-total-2025-26"),
        ("is the 400 psychologists thing still the plan", "educational-psychologists-trainees"),
    ],
)
def test_a_figure_named_with_the_asked_whether_it_still_stands_gets_the_newest(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_figure_named_with_the_asked_about_is_not_asked_anew(shipped_index: FactIndex) -> None:
    # How the children reached are doing is not in the sources: no figure answers it.
    assert_not_answered(shipped_index, "how are the 4,000 children reached doing now", "")


def test_an_old_yearly_rise_then_the_newest(shipped_index: FactIndex) -> None:
    # The £440m fact itself is what the claim draws the matcher to; the rise since is asked.
    question = "someone told me the rise was £440m, has it gone up since?"
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert HIGH_NEEDS_RISES_EARLIER in reply.text.splitlines()


def test_an_old_schools_budget_then_the_newest(shipped_index: FactIndex) -> None:
    question = "school budget was £59.6bn last I checked, anything more recent?"
    reply = assert_answered_with(shipped_index, question, "core-schools-budget-2028-29")
    # The asker's figure was 2024/25's: confirmed with its year, first, not listed again
    # below (nor called wrong: "gives £69.5 billion, not £59.6bn").
    first = reply.text.splitlines()[0]
    assert first.startswith("Yes, for 2024/25: ")
    assert SCHOOLS_BUDGET_EARLIER.removeprefix("Earlier: ").removesuffix(".") in first
    assert reply.text.count("£59.6 billion") == 1


def test_another_topic_is_not_the_measure(shipped_index: FactIndex) -> None:
    # The high needs total is no figure for autism: not given as the answer to it.
    reply = answer(shipped_index, "it was 10.1bn for autism, what is it now?")
    assert reply.fact is None or reply.fact.measure != "high-needs-budget" or not reply.answered


def test_a_claim_checked_is_not_asked_anew(shipped_index: FactIndex) -> None:
    # "has gone up over 60% since 2019/20" tells the claim and its span; nothing newer asked.
    question = "a leaflet says high needs has gone up 60% since 2019/20, is that a real figure?"
    reply = answer(shipped_index, question)
    assert reply.fact is not None and reply.fact.id == "high-needs-rise-since-2019-20"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("it was 10.1bn in 2023/24, what was it in 2024/25?", "high-needs-funding-2024-25"),
        ("high needs was 10.1bn in 2023/24, what is it in 2025/26?", "high-needs-total-2025-26"),
    ],
)
def test_a_figure_for_one_period_then_another_period_asked(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    # The figure names the measure and its period; the other period named is the one asked.
    assert_answered_with(shipped_index, question, fact_id)


def test_another_period_no_fact_gives_is_still_refused(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "it was 10.1bn in 2023/24, what was it in 2019/20?", "2019/20"
    )


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("heard it was about £10bn", "high-needs-budget"),
        ("roughly 60bn for the schools budget", "core-schools-budget"),
        ("it was 10bn", None),  # said exactly, no figure reports 10bn
    ],
)
def test_a_round_figure_names_the_measure_it_rounds(
    shipped_index: FactIndex, text: str, measure: str | None
) -> None:
    assert claimed_measure(shipped_index, text) == measure


@pytest.mark.parametrize(
    "question",
    [
        "high needs is still around £10bn isn't it, or has it gone up since?",
        "is the high needs pot still about 10 billion or has it risen since",
    ],
)
def test_still_a_round_figure_or_gone_up_gets_its_measures_newest(
    shipped_index: FactIndex, question: str
) -> None:
    # "gone up" is asked of the figure said to be still so, not of the yearly rise.
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert HIGH_NEEDS_TOTALS_EARLIER in reply.text


def test_what_a_figure_went_from_to_is_its_measures_newest(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index, "high needs went from 10.1bn to what", "high-needs-total-2025-26"
    )
    assert "over £12 billion in the 2025/26 financial year" in reply.text
    assert HIGH_NEEDS_TOTALS_EARLIER in reply.text


def test_a_rise_asked_again_this_time_is_checked_against_the_newest_rise(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index,
        "did high needs go up by 440m again or more this time",
        "high-needs-increase-continued-2026-27",
    )
    assert "over £1 billion, not 440m" in reply.text
    assert HIGH_NEEDS_RISES_EARLIER in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "high needs went from 10.1bn to what",
        "did high needs go up by 440m again or more this time",
    ],
)
def test_asking_where_a_figure_has_got_to_asks_for_what_is_newer(text: str) -> None:
    assert asks_newer_than(text)


def test_what_a_rise_took_the_total_to_asks_nothing_newer() -> None:
    # The level the £970m rise brought, in its own year, not where the total is now.
    assert not asks_newer_than("the £970 million took total high needs funding to what?")


@pytest.mark.parametrize(
    "question",
    [
        "a post on the parents forum had £10.5bn for high needs - is there a newer total?",
        "£10.1bn for high needs was in the meeting papers last week, what's it at now?",
    ],
)
def test_where_the_asker_met_the_figure_is_not_what_is_asked(
    shipped_index: FactIndex, question: str
) -> None:
    # "a post on the parents forum", "the meeting papers": words the base knows from other
    # topics (post-16, meeting needs), told beside the figure and its measure, not asked.
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert_each_earlier_total_quoted_once(reply.text)


@pytest.mark.parametrize(
    "question",
    [
        # the clause asking names another topic
        "i saw £10.1bn in a meeting, how much is for autism now?",
        # the clause telling the figure names no word of its measure: autism may be what it is of
        "someone said £10.1bn for autism, is that still right?",
    ],
)
def test_another_topic_beside_a_figure_told_is_still_not_the_measure(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.measure != "high-needs-budget" or not reply.answered
