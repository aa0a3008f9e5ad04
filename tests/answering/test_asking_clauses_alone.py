"""A message declined whole, whose clauses that tell (a story, what someone keeps saying) led it
astray, is answered as its asking clauses alone surely answer it, saying which part was read.
Not when the asking clause points back at what was told ("is that what the dfe says?"): alone
it names nothing. On the one-source base."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_the_asking_clauses_alone_are_answered_when_the_story_led_the_message_astray(
    single_source_index: FactIndex,
) -> None:
    question = (
        "I'm a governor at a small primary and our budget is a nightmare, we're paying for 1:1 "
        "support out of our own pot. the head says the govt keeps claiming billions for SEND, "
        "what's the actual figure for 2024/25?"
    )
    reply = assert_answered_with(single_source_index, question, "high-needs-funding-2024-25")
    assert "is read as your question: the rest of your message was left out" in reply.text


def test_words_pointing_at_the_answer_keep_the_whole_message_on_its_topic(
    single_source_index: FactIndex,
) -> None:
    # "they give ... in this answer" points at the written answer: read whole, the message
    # is answered, so the reply does not say that any of it was left out.
    question = (
        "campaigner here, the government keeps saying 'record funding', what is the actual "
        "figure they give for 2024/25 in this answer?"
    )
    reply = assert_answered_with(single_source_index, question, "high-needs-funding-2024-25")
    assert "the rest of your message was left out" not in reply.text


def test_an_asking_clause_that_points_back_at_a_claim_is_not_read_alone(
    single_source_index: FactIndex,
) -> None:
    reply = answer(
        single_source_index,
        "our council's letter to parents says the change programme got £100 million, "
        "is that what the dfe says?",
    )
    # Read alone, "is that what the dfe says" would be answered with which department answered.
    shown = reply.fact.id if reply.fact is not None else None
    assert reply.outcome is not Outcome.ANSWERED or shown != "document-department"


def test_a_question_followed_by_what_narrows_it_is_not_read_alone(
    shipped_index: FactIndex,
) -> None:
    # Told after the question, the trust's claim is what the asker wants checked: the question
    # alone is answered with a fact about the size of the funding, not where it goes.
    reply = answer(
        shipped_index,
        "honestly confused, does the high needs money go to the council or the school? "
        "our trust says the LA keeps a chunk of it for themselves",
    )
    shown = reply.fact.id if reply.fact is not None else None
    assert reply.outcome is not Outcome.ANSWERED or shown != "hn-2023-02-22-unprecedented-funding"


def test_what_names_which_written_answer_is_not_left_out(shipped_index: FactIndex) -> None:
    # Read alone, "when did they say the SEND reform plans would come out?" is asked of every
    # answer, and the newest answer's plans were given as the one named.
    reply = answer(
        shipped_index,
        "in the lords answer on the IFS report, when did they say the SEND reform plans would "
        "come out?",
    )
    shown = reply.fact.id if reply.fact is not None else None
    assert reply.outcome is not Outcome.ANSWERED or shown != "schools-white-paper-early-new-year"


def test_a_tail_of_the_questions_own_sentence_is_not_left_out(
    single_source_index: FactIndex,
) -> None:
    # ", special schools and alternative provision" narrows which schools are asked: read
    # alone, "what new schools opened ..." was led to the places they create.
    assert_answered_with(
        single_source_index,
        "what new schools opened in this academic year, special schools and alternative provision?",
        "special-schools-opened",
    )
