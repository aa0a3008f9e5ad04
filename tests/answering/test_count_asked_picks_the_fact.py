"""The count a question asks for picks the fact: places or schools, approved or opened. The
written answer gives three counts of one sentence (15 special schools and one AP free school
opened, over 1,500 places they create, a further 76 approved); asked one of them in everyday
words ("seats", "okayed", "total new places", "those new schools, how many opened"), the reply
gives that one, or none, never another."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with

PLACES = "special-school-places-created"
OPENED = "special-schools-opened"
APPROVED = "special-free-schools-approved"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "seats" and "spaces" are places
        (
            "how many more seats for kids with extra needs now that those new schools have "
            "opened this year?",
            PLACES,
        ),
        ("how many seats r the new schools adding", PLACES),
        ("how many spaces do the new special schools add", PLACES),
        # "okayed" is approved, though this year's openings are named
        (
            "have they okayed any more specialist free schools beyond this year's openings? "
            "how many?",
            APPROVED,
        ),
        # what "how many" counts when no noun follows it: the plural noun just before it
        ("so about those new schools, how many opened this academic year exactly?", OPENED),
        ("the new special schools, how many opened?", OPENED),
        ("ok and the AP free schools, how many opened?", OPENED),
        ("new places from the special schools, how many", PLACES),
        # the noun the message opens with is counted, not the schools it is of
        (
            "additional places for kids from the special and AP schools that opened, how many?",
            PLACES,
        ),
        # "give how many ... in total": the places the schools named give, not every place
        ("so 15 special schools and one AP school provide how many places altogether", PLACES),
        (
            "the special schools plus the ap free school add up to how many places for kids "
            "overall",
            PLACES,
        ),
        # a total of places of the new special and AP free schools: the places the schools
        # opened create, never the 76 approved schools (it was)
        ("total new places from the new special + AP free schools?", PLACES),
    ],
)
def test_the_count_asked_is_the_one_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        # the places of the approved schools: the written answer does not give them
        "how many seats in the 76 approved special free schools",
        "how many places will the 76 approved special free schools create?",
    ],
)
def test_a_count_the_answer_lacks_gets_no_other_count(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED and not reply.answered, reply.text


@pytest.mark.parametrize(
    "question",
    ["when are the sats this year", "anyone know when the SATs are this year"],
)
def test_sats_are_not_seats(single_source_index: FactIndex, question: str) -> None:
    # "seats" is a word the base knows now; "sats" must not be read as a misspelling of it
    assert answer(single_source_index, question).outcome is Outcome.DECLINED


def test_what_how_many_counts_without_a_noun_after_it() -> None:
    assert analyse("so about those new schools, how many opened?").subject == "new schools"
    # a noun tied to an earlier one only describes it: the places are counted
    assert analyse("new places from the special schools, how many").subject == "places"
    assert analyse("extra places in the new schools, how many opened?").subject == "places"
    # ... and a noun followed by a clause about it: the councils are counted, not the reforms
    assert analyse("councils trialling the reforms - how many are there?").subject == "councils"
    assert analyse("local authorities testing it, how many?").subject == "local authorities"
    # (a word before a noun tied by "for" is not read: a part of them may be asked)
    assert analyse("supported internships for autistic pupils - how many").subject == ""
    # a deed is not a thing counted
    assert analyse("beyond this year's openings, how many?").subject == ""


def test_a_total_of_things_is_a_count() -> None:
    assert analyse("total new places from the new schools?").subject == "new places"
    # the total of a sum is no count
    assert analyse("latest total schools budget figure?").subject == ""


@pytest.mark.parametrize(
    "question",
    [
        "councils trialling the reforms - how many are there?",
        "local authorities testing the send reforms, how many are there",
    ],
)
def test_a_count_opening_the_message_with_a_clause_is_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "change-programme-local-authorities")
