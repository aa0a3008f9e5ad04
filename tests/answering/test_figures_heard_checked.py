"""People check figures they heard: "someone said 30 LAs, is that right?", "wasn't it 20
special schools?", "the change programme was £100m wasn't it? ... what's the actual figure?".
A wrong figure gets the fact giving that kind of figure for that topic, led by "The written
answer gives 15, not 20."; a right one the fact led by "Yes: the written answer gives 32.",
each figure said as the quote says it. The unit a count is claimed in ("special schools",
"EPs") picks the fact that counts it. A question the source cannot answer stays unanswered."""

import datetime as dt

import pytest

from sendbot.answering.checked_claim import (
    asks_for_the_figure,
    asks_if_right,
    checked_figures,
    checked_line,
    claims,
    told_clause,
)
from sendbot.answering.fact_index import FactIndex
from sendbot.knowledge.model import Fact
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        # the count's unit: the 15 special schools opened, not the 76 special free schools
        ("wasn't it 20 special schools?", "special-schools-opened", "gives 15, not 20."),
        ("didn't they say 500 EPs?", "educational-psychologists-trainees", "gives 400, not 500."),
        # a clause asking only whether what was told is so, or for the figure itself
        (
            "someone said 200 extra ed psychs, is that it??",
            "educational-psychologists-trainees",
            "gives 400, not 200.",
        ),
        (
            "someone said 8 billion, is that right for 24/25?",
            "high-needs-funding-2024-25",
            "gives over £10.5 billion, not 8 billion.",
        ),
        (
            "someone said the funding was for 200 more educational psychologists, is that right"
            " or is the number in the answer different?",
            "educational-psychologists-trainees",
            "gives 400, not 200.",
        ),
        (
            "our council's letter to parents says the change programme got £100 million, is that"
            " what the dfe says?",
            "change-programme",
            "gives £70 million, not £100 million.",
        ),
        (
            "the change programme was £100m wasn't it? a dad in our support group reckons so but"
            " i thought it was less, what's the actual figure?",
            "change-programme",
            "gives £70 million, not £100m.",
        ),
        (
            "someone in the campaign group said it was £12m for EP training, I think they're"
            " wrong? what figure does the answer give for training educational psychologists",
            "educational-psychologists-funding",
            "gives £21 million, not £12m.",
        ),
        # a last clause checking what the question asked: a date claimed, not a period asked
        (
            "when did the change programme launch, was it jan 2024?",
            "change-programme",
            "gives September 2023, not jan 2024.",
        ),
        (
            "how much is the change programme, is it £100m?",
            "change-programme",
            "gives £70 million, not £100m.",
        ),
        # a year told of what came out: checked against the date it came out
        (
            "someone in another server said the improvement plan came out in 2022, is that"
            " right? feels like forever ago",
            "document-plan-published",
            "gives 31 March 2023, not 2022.",
        ),
    ],
)
def test_a_figure_heard_is_answered_and_set_right(
    single_source_index: FactIndex, question: str, fact_id: str, line: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.text.splitlines()[0] == f"The written answer {line}"


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        (
            "was it 32 local authorities in the change programme?",
            "change-programme-local-authorities",
            "Yes: the written answer gives 32.",
        ),
        (
            "is it 15 special schools?",
            "special-schools-opened",
            "Yes: the written answer gives 15.",
        ),
        (
            "is it £70m for the change programme?",
            "change-programme",
            "Yes: the written answer gives £70 million.",
        ),
    ],
)
def test_a_right_figure_is_confirmed_as_the_quote_says_it(
    single_source_index: FactIndex, question: str, fact_id: str, line: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.text.splitlines()[0] == line
    assert reply.corrected == line


def test_a_question_asking_for_the_figure_gets_no_yes(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "how many local authorities are in the change programme?",
        "change-programme-local-authorities",
    )
    assert not reply.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # the unit named picks the fact, but what is asked of it stays unanswered
        ("is 400 EPs enough to fix the shortage", "judgement"),
        ("how many of the 400 extra EPs have qualified so far", "so far"),
    ],
)
def test_a_count_claimed_does_not_answer_what_the_source_cannot(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def _fact(quote: str) -> Fact:
    return Fact(
        id="a-fact",
        statement=quote,
        quote=quote,
        questions=(),
        as_of=dt.date(2024, 2, 8),
        source_id="a-source",
    )


def test_the_confirmation_says_the_quotes_figure_and_only_when_it_is_given() -> None:
    fact = _fact("a £70 million Change Programme made up of 32 local authorities")

    def line(text: str) -> str | None:
        return checked_line(checked_figures(text, claims(text)), fact)

    assert line("is it 32 las") == "Yes: the written answer gives 32."
    assert line("is it £70m and 32 las") == "Yes: the written answer gives £70 million and 32."
    assert line("is it 30 las") == "The written answer gives 32, not 30."
    # a floor the figure is above is confirmed; one it is not above, a ceiling or a rough
    # figure is neither confirmed nor set right, nor a figure of a time the quote does not name
    assert line("is it over 30 las") == "Yes: the written answer gives 32."
    assert line("is it over 40 las") is None
    assert line("is it more than 32 las") is None
    assert line("is it under 40 las") is None
    assert line("is it about 30 las") is None
    assert line("is it 32 las this year") is None


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        (" is that it", True),
        (" is that right for 24/25", True),
        (" is that right or is the number in the answer different", True),
        (" is that what the dfe says", True),
        ("is that right or was it higher", True),
        (" is that right or have i misread", True),
        (" is that right for my son", False),
    ],
)
def test_clauses_asking_whether_what_was_told_is_so(clause: str, asks: bool) -> None:
    assert asks_if_right(clause) is asks


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        (" what's the actual figure", True),
        (" what figure does the answer give for training educational psychologists", True),
        (" what did dfe actually say", True),
        (" what was it actually", True),
        (" what is the programme for", False),
    ],
)
def test_clauses_asking_for_the_figure_told(clause: str, asks: bool) -> None:
    assert asks_for_the_figure(clause) is asks


def test_where_a_figure_was_read_is_not_what_it_is_a_figure_of() -> None:
    message = "saw on facebook the change programme is a £17 million thing, is that right"
    assert told_clause(message, claims(message)) == "the change programme is a £17 million thing"


@pytest.mark.parametrize(
    "clause",
    [
        " whats the total budget for all the SEND reforms put together",
        " What does the answer say the strengthened local authority inspection regime is meant to"
        " drive",
    ],
)
def test_a_clause_asking_something_new_does_not_ask_for_the_figure_told(clause: str) -> None:
    assert not asks_for_the_figure(clause)


def test_a_count_named_to_ask_something_else_keeps_the_answer(shipped_index: FactIndex) -> None:
    """The unit of "15 special free schools" names counts of them, but the question asks
    whether councils may apply, which the answer found says: no count is checked there."""
    assert_answered_with(
        shipped_index,
        "can local authorities apply for the new wave of 15 special free schools? our LA wants"
        " to bid, we've got 40 kids out of county",
        "special-free-schools-no-new-applications",
    )
