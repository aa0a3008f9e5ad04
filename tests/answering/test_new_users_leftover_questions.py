"""On the shipped base, kinds of question a new user asked that were given a wrong fact or the
wrong related fact (wordings of our own):
- whether all of a kind or only some, of a fact counting how many more are added ("to train 400
  more EPs"): how many are added says nothing of whether all are, so a partial reply;
- a short noun phrase ending "count" or "tally" after a singular noun ("the apst tally"): a
  count asked, answered by the count, not by the programme's end date;
- who launched or set up a thing, of a fact whose phrasings ask who does something else with
  it ("who is evaluating PINS?"): not the answer;
- who holds a minister's office named by its area ("the SEND minister"): today's minister, which
  no record of who answered gives;
- whether a place takes part: the partial reply shows the fact counting the councils that do,
  not the closest fact on the programme."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.office_now import asks_office_now
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "are all educational psychologists to be trained, or only a handful?",
        "will every EP be trained or just some of them",
    ],
)
def test_all_or_some_of_a_count_of_more_is_partial(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id.startswith("educational-psychologists")
    assert reply.missing is not None and "whether" in reply.missing, reply.missing


def test_all_or_some_said_back_in_order(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "are all EPs being trained now or only some?")
    assert reply.missing is not None
    assert "whether all EPs are being trained" in reply.missing, reply.missing


def test_all_or_some_of_a_count_of_members_still_answers(shipped_index: FactIndex) -> None:
    question = "is every LA in the change programme or only a few?"
    assert_answered_with(shipped_index, question, "change-programme-local-authorities")


@pytest.mark.parametrize(
    "question", ["the apst tally pls", "alternative provision taskforce count"]
)
def test_a_terse_tally_of_a_singular_noun_asks_a_count(
    shipped_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is Intent.COUNT
    assert_answered_with(shipped_index, question, "ap-specialist-taskforce-reach")


@pytest.mark.parametrize(
    "question", ["does an ehcp count?", "budget count", "what does count", "word count"]
)
def test_count_as_a_verb_or_of_a_sum_is_no_tally(question: str) -> None:
    assert analyse(question).intent is not Intent.COUNT


@pytest.mark.parametrize(
    "question",
    [
        "who started the partnerships for inclusion of neurodiversity programme?",
        "who launched pins then",
    ],
)
def test_who_launched_a_thing_is_not_who_evaluates_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert not (reply.answered and reply.fact and reply.fact.id == "pins-independent-evaluation")


def test_who_set_up_an_acronym_is_the_body_announcing_its_spelt_out_name(
    shipped_index: FactIndex,
) -> None:
    # "PINS" is the initials of the name the fact spells out after "the department announced"
    assert_answered_with(shipped_index, "who set PINS up?", "pins-programme")


def test_who_set_up_a_thing_no_fact_founds_says_so(shipped_index: FactIndex) -> None:
    assert_not_answered(shipped_index, "who launched the PINS evaluation?", "who set it up")


@pytest.mark.parametrize(
    "question",
    [
        "who's the SEND minister at the moment?",
        "who is the children and families minister now",
        "who is the send minister",
    ],
)
def test_a_minister_named_by_their_area_now_is_not_a_records_answerer(
    shipped_index: FactIndex, question: str
) -> None:
    assert asks_office_now(question)
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text


def test_a_bare_minister_is_still_the_records_own() -> None:
    assert not asks_office_now("who is the minister here?")


@pytest.mark.parametrize(
    "question",
    [
        "is norfolk council among those in the change programme",
        "does sheffield take part in the change programme",
    ],
)
def test_a_place_taking_part_shows_how_many_councils_do(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "takes part" in reply.missing
    assert reply.fact is not None and reply.fact.id == "change-programme-local-authorities"
