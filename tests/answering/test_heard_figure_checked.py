"""'someone said X, is that right?' gets the real figure: a question quoting a figure, date or
count it heard (right, rounded or wrong) about something the source gives is answered with that
fact, whatever else the message says around the check: an alternative after it ("is that true or
are they way off?"), an aside of the asker's own after it ("true? I thought it was fewer"), or a
request for the figure ("could you check what the actual figure in the answer is"). The reply
says the source's figure; a date is set right only when the quote gives one date. A figure of a
place, or of a measure, the source does not give is still not answered."""

import pytest

from sendbot.answering.checked_claim import asks_if_right, claims, tag_then_aside
from sendbot.answering.fact_index import FactIndex
from sendbot.knowledge.model import FigureKind
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("message", "fact_id", "first_line"),
    [
        # a year's digits before what they count are a count ("The written answer gives
        # November 2023, not 2000." of the PINS programme fact, before)
        (
            "someone said PINS covers 2000 schools, is that right?",
            "pins-primary-schools",
            "The written answer gives up to 1680, not 2000.",
        ),
        (
            "someone on the SENCO facebook group said PINS covers 2000 schools, true? I thought "
            "it was fewer than that",
            "pins-primary-schools",
            "The written answer gives up to 1680, not 2000.",
        ),
        (
            "someone said PINS covers 2000 schools, is that right or is it more?",
            "pins-primary-schools",
            "The written answer gives up to 1680, not 2000.",
        ),
        (
            "someone on twitter said the whole SEND plan only has £8 billion behind it, is that "
            "true or are they way off?",
            "high-needs-funding-2024-25",
            "The written answer gives over £10.5 billion, not £8 billion.",
        ),
        (
            "someone said the change programme is £100m, is that right or are they making it up?",
            "change-programme",
            "The written answer gives £70 million, not £100m.",
        ),
        (
            "a friend told me the early years senco training has 10000 registrations, is that "
            "right or is that way off",
            "early-years-senco-training",
            "The written answer gives over 5000, not 10000.",
        ),
        # the story of who said it ("our LA") or a request for the real figure drew a sibling
        (
            "someone from our LA told me the change programme is £50 million, is that right? "
            "feels like i've seen a different number",
            "change-programme",
            "The written answer gives £70 million, not £50 million.",
        ),
        (
            "my friend said the change programme is £50m, can you tell me what the real amount is",
            "change-programme",
            "The written answer gives £70 million, not £50m.",
        ),
        (
            "our senco said the EP money is £10m, can you tell me what the real amount is",
            "educational-psychologists-funding",
            "The written answer gives £21 million, not £10m.",
        ),
    ],
)
def test_a_figure_heard_gets_the_real_one(
    single_source_index: FactIndex, message: str, fact_id: str, first_line: str
) -> None:
    reply = assert_answered_with(single_source_index, message, fact_id)
    assert reply.text.split("\n")[0] == first_line


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "my husband reckons the SEND plan is backed by about £10 billion a year, could you "
            "check what the actual figure in the answer is please",
            "high-needs-funding-2024-25",
        ),
        (
            "someone in the other channel said gillian keegan answered this one herself, is "
            "that right or was it someone else",
            "document-answered-by",
        ),
        (
            "someone said the new SENCO qual doesn't start until 2026, true? trying to decide "
            "whether to start the old one now",
            "npq-senco",
        ),
    ],
)
def test_a_claim_checked_is_answered_with_its_fact(
    single_source_index: FactIndex, message: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, message, fact_id)


@pytest.mark.parametrize(
    ("message", "first_line"),
    [
        # The quote gives two dates (confirmed August 2023, from Autumn 2024): a start date
        # claimed is not "set right" with the date it was confirmed.
        (
            "someone said the new senco npq starts in 2026, true? need to plan cpd",
            "In August 2023, the department confirmed",
        ),
        ("does the new senco npq start in 2024?", "Yes: the written answer gives 2024."),
        (
            "is it true the senco npq was confirmed in 2023?",
            "Yes: the written answer gives August 2023.",
        ),
        # one date quoted: set right as before
        (
            "i heard the change programme launched in 2024, is that right?",
            "The written answer gives September 2023, not 2024.",
        ),
    ],
)
def test_a_date_is_set_right_only_by_the_date_it_is(
    single_source_index: FactIndex, message: str, first_line: str
) -> None:
    reply = assert_answered_with(single_source_index, message, _fact_of(message))
    assert reply.text.split("\n")[0].startswith(first_line), reply.text


def _fact_of(message: str) -> str:
    return "change-programme" if "change programme" in message else "npq-senco"


@pytest.mark.parametrize(
    "message",
    [
        "is it true Devon got £5m?",
        "someone said Devon got £5m from the change programme, true? we're next door",
        "is it true 40% of EHCPs are late? a parent told me",
        "someone said 3000 EHCPs were issued in Leeds, true? sounds high",
        "heard its £8bn for mental health support in schools, true? my school has none",
        # a period asked, not a start claimed
        "how many special schools will open until 2026",
    ],
)
def test_a_figure_the_source_does_not_give_is_not_answered(
    single_source_index: FactIndex, message: str
) -> None:
    assert_not_answered(single_source_index, message, "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("pins covers 2000 schools", FigureKind.COUNT),
        ("heard 1900 new places, true?", FigureKind.COUNT),
        ("pins covers 2000 primary schools?", FigureKind.COUNT),
        ("the npq doesnt start until 2026, true?", FigureKind.DATE),
        ("2023 was the year", FigureKind.DATE),
        ("is it 2024 this time", FigureKind.DATE),
        ("someone said 2024 answers gave more", FigureKind.DATE),
    ],
)
def test_a_years_digits_before_what_they_count_are_a_count(text: str, kind: FigureKind) -> None:
    assert [claim.kind for claim in claims(text)][:1] == [kind]


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        (" is that true or are they way off", True),
        (" is that right or was it someone else", True),
        (" is that right or is it more like 10bn", False),  # a second claim of its own
        (" is it 10k or 100k", False),
    ],
)
def test_an_alternative_after_the_check(clause: str, asks: bool) -> None:
    assert asks_if_right(clause) is asks


@pytest.mark.parametrize(
    ("message", "checked"),
    [
        (
            "someone said PINS covers 2000 schools, true? I thought it was fewer than that",
            "someone said PINS covers 2000 schools, true?",
        ),
        ("heard 20 councils, right? sounded low to me", "heard 20 councils, right?"),
        # the end asks something of its own, or tells a figure of its own
        ("heard 20 councils, right? how many are there", ""),
        ("heard 20 councils, right? i thought 30", ""),
        ("heard 20 councils, right?", ""),
    ],
)
def test_an_aside_after_the_check(message: str, checked: str) -> None:
    assert tag_then_aside(message) == checked
