"""Words that only look like asking for something the fact lacks: 'who' describing people
("young people who don't have an EHCP"), 'where' asking which written answer says it ("where
does the govt promise ..."), and a year naming when the answer was given ("in 2023", "the 2024
answer"). The fact is answered; what truly asks for a person, a place or a year's figure the
source lacks is still not answered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "is there a supported internship pilot for young people who don't have an EHCP",
        "what is there for kids who have no ehcp - can they do supported internships?",
        "is there anything for children who dont have an ehcp but want a supported internship",
        "any pilot of supported internships for young adults who aren't on an EHCP",
        "funding to pilot internships for pupils who have SEN but no plan?",
        "money to pilot supported internships for young ppl who dont have an EHCP?",
    ],
)
def test_who_describing_people_asks_for_no_person(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "supported-internships-pilot")
    assert "£3 million" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "where does the govt promise parents wont face an adversarial system",
            "prompt-access-without-adversarial-system",
        ),
        (
            "dfe keeps saying 'community-wide approach' - where's that from",
            "community-wide-approach-inclusion",
        ),
        (
            "where did the govt commit to doubling supported internships",
            "supported-internships-double",
        ),
        (
            "where does dfe state that EPs play a critical role",
            "educational-psychologists-critical-role",
        ),
        (
            "where's the 'unprecedented' high needs quote from",
            "hn-2023-02-22-unprecedented-funding",
        ),
    ],
)
def test_where_it_is_said_asks_which_answer(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "did the dfe call high needs funding unprecedented in 2023?",
            "hn-2023-02-22-unprecedented-funding",
        ),
        (
            "who delivers the autism awareness training mentioned in the 2024 answer",
            "autism-awareness-training",
        ),
        (
            "in the 2024 answer on the spring budget special schools, will they take new council "
            "applications?",
            "special-free-schools-more-applications-considered",
        ),
    ],
)
def test_the_year_the_answer_was_given_names_it(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # a figure for the year asked, which the source does not give
        ("how many special schools opened in 2023?", "2023"),
        ("how many educational psychologists were trained in 2023?", "2023"),
        ("how many autism training modules were completed in 2024?", "2024"),
        # another year than the answer's own
        ("did they open any special free schools in 2019?", "2019"),
        # where something is, or will be
        ("where is the nearest special school to me", "where"),
        ("where do I apply for a supported internship", "where"),
        ("where is PINS being rolled out", "where"),
        # a person (or a place) asked for, besides the people described
        ("which young people who dont have an ehcp got a supported internship in Devon?", "Devon"),
        ("who is leading the change programme evaluation", "who"),
    ],
)
def test_what_truly_asks_for_it_is_not_answered(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_who_answered_is_still_the_minister(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "who answered the question on supported internships")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "si-2023-01-09-answered-by"


def test_a_date_to_come_is_not_the_answers_own_record(shipped_index: FactIndex) -> None:
    """'when were they going to say where ...' asks a date still to come: the date the written
    answer was asked or given is no rival to the fact giving it."""
    question = "when were they going to say where the 15 spring budget special schools would be"
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-location-announcement"
    )
    assert "May 2024" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "when was the spring budget special schools question answered",
            "sfs-2024-03-22-answered-date",
        ),
        ("when was the question on the 15 special schools asked", "sfs-2024-03-22-asked-date"),
    ],
)
def test_a_past_date_asked_is_still_the_record(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_when_the_answer_was_given_is_not_a_date_asked(shipped_index: FactIndex) -> None:
    """'what job did she have when she answered': the time of what is asked, not a date."""
    question = "what job did baroness smith have when she answered the ifs question"
    assert_answered_with(shipped_index, question, "ifs-2025-06-16-answered-by")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did mckinnell answer about the £1bn", "hn-2025-04-29-answered-date"),
        (
            "who answered the question on progress with the send and ap improvement plan, and "
            "when was it answered?",
            "document-answered-date",
        ),
    ],
)
def test_when_asked_outright_is_still_a_date(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
