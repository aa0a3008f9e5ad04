"""A question asking whether something was done, naming its figure ("did 20 new schools ever
get built?"), of a fact giving the figure but not that it was done ("approved 20"): the reply
does not open "Yes: the written answer gives 20.", which reads as a yes to the building. A
question checking the figure of what the quote says was done keeps its "Yes"."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.checked_claim import checked_figures, checked_line, claims
from sendbot.answering.done_unconfirmed import done_unconfirmed
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.knowledge.model import Fact
from tests.answering.expected_replies import assert_answered_with


def _fact(quote: str) -> Fact:
    return Fact(
        id="a-fact",
        statement=quote,
        quote=quote,
        questions=(),
        as_of=dt.date(2024, 2, 8),
        source_id="a-source",
    )


def _line(question: str, quote: str) -> str | None:
    return checked_line(checked_figures(question, claims(question)), _fact(quote), question)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("did all 20 new colleges actually get built?", "The department approved 20 colleges."),
        ("have 300 nurses finished the course?", "Over 300 nurses have registered."),
        ("is the scheme up and running in 900 schools?", "The scheme will reach 900 schools."),
        ("has the £2bn been paid out to councils?", "£2 billion of extra funding in 2025."),
        ("did the review ever happen in June 2025?", "A review will be held by June 2025."),
    ],
)
def test_no_yes_when_the_quote_does_not_say_it_was_done(question: str, quote: str) -> None:
    assert _line(question, quote) is None


@pytest.mark.parametrize(
    ("question", "quote", "line"),
    [
        # the quote says it was done: the yes stands
        (
            "did they actually open 20 colleges?",
            "The department has opened 20 colleges.",
            "Yes: the written answer gives 20.",
        ),
        (
            "have 300 nurses finished the course?",
            "In total over 300 nurses have completed the course.",
            "Yes: the written answer gives over 300.",
        ),
        # asked of the plan, which the quote gives
        (
            "will 20 colleges be built?",
            "The department will build 20 colleges.",
            "Yes: the written answer gives 20.",
        ),
        # "opened" said of something else, with nothing asking whether it came about
        (
            "besides the ones that opened, were 20 more approved?",
            "The department approved 20 colleges.",
            "Yes: the written answer gives 20.",
        ),
    ],
)
def test_the_yes_stands_when_done_is_said_or_not_asked(
    question: str, quote: str, line: str
) -> None:
    assert _line(question, quote) == line


def test_a_wrong_figure_is_still_set_right() -> None:
    # the correction says only what the quote gives, which is so whatever was asked
    line = _line("did all 25 new colleges actually get built?", "The department approved 20.")
    assert line == "The written answer gives 20, not 25."


def test_said_as_to_come_is_not_said_done() -> None:
    assert done_unconfirmed("did it ever happen?", "it is to be completed and will be held")
    assert not done_unconfirmed("did it ever happen?", "the event was held in May")


@pytest.mark.parametrize(
    "question",
    ["have 76 special free schools really been built?", "76 special free schools built yet?"],
)
def test_a_figure_of_what_was_not_said_done_gets_no_yes(
    single_source_index: FactIndex, question: str
) -> None:
    # Not answered at all (asked_under_way): the approval is related information, and the
    # reply says the written answer doesn't say whether they have been built.
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "special-free-schools-approved"
    assert reply.missing is not None and "been built" in reply.missing
    assert not reply.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        ("did they open 15 new special schools?", "special-schools-opened", "gives 15."),
        ("were 76 special free schools approved?", "special-free-schools-approved", "gives 76."),
    ],
)
def test_a_figure_of_what_was_said_done_keeps_its_yes(
    single_source_index: FactIndex, question: str, fact_id: str, line: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.text.splitlines()[0] == f"Yes: the written answer {line}"
