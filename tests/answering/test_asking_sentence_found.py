"""The sentence of a long message that asks, found apart from the asker's story: a dash or
"if so" inside it, a short phrase before its question word, a question asked indirectly inside
a clause that tells ("I just want to know how many ..."), a detail asked for as the asker's need,
a clause on why they ask ("before I share it"), and a statement told with its subject left out
("did the old award in 2016."). Also what a fact's quote says something is for."""

import pytest

from sendbot.answering.asking_clauses import asking_text, clauses_asking
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import words
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        # a dash set apart ends the clause before it
        ("We run a PRU. The taskforce \u2013 how many pupils has it helped?", "how many pupils"),
        # a short phrase of time or manner before the question word
        ("I teach in Norfolk. since last spring how many have signed up?", "since last spring"),
        # asked indirectly inside a clause that tells
        ("been on the list for ages and i just want to know when it opens", "when it opens"),
        ("im a childminder and curious what the course covers", "what the course covers"),
        # the detail the asker needs
        ("writing a report for governors, need the exact figure the dfe gave", "the exact figure"),
        # a word of scope or manner before the question word
        ("I'm in Devon but nationally how much is in the plan?", "nationally how much"),
        ("we're a small school, overall how many places opened?", "overall how many"),
    ],
)
def test_the_asking_part_of_a_long_message_is_found(message: str, asked: str) -> None:
    found = asking_text(message)
    assert found != message and asked in found, found


def test_a_word_ending_in_ly_asks_only_before_a_question_word() -> None:
    # "family is struggling" opens no yes/no question: the clause after it asks
    assert asking_text("my family is struggling, how many places are there") == (
        " how many places are there"
    )


def test_why_the_asker_asks_is_not_part_of_the_question() -> None:
    found = asking_text("any idea when it was answered? want to know before I forward it to staff")
    assert "forward" not in found, found


def test_a_wh_infinitive_asks_no_question_of_fact() -> None:
    # "what to expect" is what they hope to learn, not a question the source could answer
    found = asking_text("what is the training for? just want to know what to expect")
    assert "expect" not in found, found


def test_if_so_does_not_split_the_question() -> None:
    found = asking_text("trying to find out whether any opened this year and if so how many")
    assert "whether any opened this year" in found and "how many" in found, found


def test_a_statement_with_its_subject_left_out_tells_when_another_sentence_asks() -> None:
    message = "Parent of two. has an EHCP since 2021. Is the pilot still running?"
    assert clauses_asking(message) == (False, False, True)
    # the year of the story is no period asked about
    assert analyse(message).years == ()
    # with no question mark anywhere, what opens as a question is still read as one
    assert clauses_asking("has the pilot started. when does it end") == (True, True)


def test_our_local_area_inspection_names_the_inspection_not_a_place() -> None:
    assert not analyse("we have our local area inspection soon, who runs them?").local
    assert analyse("how many inspections were there in our local area?").local


def test_whom_they_are_meant_to_be_for_asks_what_they_serve() -> None:
    assert intent_of(words("who are they meant to be for")) is Intent.REASON
    assert intent_of(words("who is it for")) is Intent.REASON
    assert intent_of(words("who answered it")) is Intent.PERSON


def test_a_purpose_infinitive_in_the_quote_answers_what_it_is_for(
    single_source_index: FactIndex,
) -> None:
    # "... to improve the transition into sustained, paid employment for interns"
    position = next(
        at
        for at, fact in enumerate(single_source_index.facts)
        if fact.id == "supported-internships-all-las"
    )
    assert Intent.REASON in single_source_index.profiles[position].intents


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "Trust SENCO here, we support 4 schools. The taskforce for AP \u2013 how many "
            "children has it reached so far?",
            "ap-specialist-taskforce-reach",
        ),
        (
            "my nephew is 19 and did a placement with the council. i just want to know how many "
            "new special schools have opened this year",
            "special-schools-opened",
        ),
        (
            "clerk to governors, need the exact date the minister answered the question please",
            "document-answered-date",
        ),
        (
            "Worked as a TA since 2015, did my level 3 in 2019. What is the new NPQ for SENCOs "
            "supposed to do?",
            "npq-senco-purpose",
        ),
        (
            "what is the grant funding for supported internships meant to achieve",
            "supported-internships-all-las",
        ),
        ("what are the tougher inspections of councils supposed to do", "local-area-inspections"),
        (
            "I'm in Devon and our LA says they're skint, but nationally how much is the"
            " government putting behind the SEND and AP plan for 2024/25?",
            "high-needs-funding-2024-25",
        ),
        (
            "the 76 special free schools that were approved, who are they supposed to be for?",
            "special-free-schools-approved",
        ),
    ],
)
def test_answered_when_the_asking_sentence_is_read_apart(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


def test_a_place_in_the_asking_sentence_is_still_asked_of(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "SENCO here. since may 2022 how many training modules were completed in Devon?",
        "Devon",
    )


def test_whats_with_a_past_participle_asks_what_happened_not_a_meaning() -> None:
    # "what's changed" is "what has changed": no term to define
    assert intent_of(words("whats changed")) is not Intent.DEFINITION
    assert intent_of(words("whats pins")) is Intent.DEFINITION
    assert intent_of(words("whats happened")) is not Intent.DEFINITION
