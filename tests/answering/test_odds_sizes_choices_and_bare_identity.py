"""Kinds of message the one-source base used to answer with a fact, or decline, though what
they ask is not a fact it gives: the odds of a decision still to come ("any chance X gets
extended"), a verdict on a sum's size between two words for it ("a lot or peanuts"), a choice
for the asker's own school or family ("should my school sign up"), a verdict on the minister
named, a part of a group named by its count ("X among the 100,000, how many", "what number of
the 5000 are X") and whether every one is done, asked without its verb ("every council visited
yet?"). Each is partial, with the sentence saying what the written answer does not give. What
the bot is, asked as a bare either-or with no "you" ("human or bot?"), gets the help reply.
Their look-alikes asking a figure still get their fact."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_all_done import asks_whether_all_are_done
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "intent", "missing"),
    [
        # the odds of a decision still to come
        (
            "any chance the change programme gets rolled out to every council",
            Intent.PREDICTION,
            r"doesn't say what will happen next",
        ),
        (
            "is there a chance of the ap taskforce being made permanent",
            Intent.PREDICTION,
            r"doesn't say what will happen next",
        ),
        # a sum's size judged between two words for it
        (
            "is £3m for the internships pilot a lot or peanuts",
            Intent.JUDGEMENT,
            r"doesn't make that judgement",
        ),
        # a choice for the asker's own school
        (
            "should my son's school sign up for pins",
            Intent.OPINION,
            r"not anyone's opinion of it",
        ),
    ],
)
def test_not_answered_with_the_related_fact(
    single_source_index: FactIndex, question: str, intent: Intent, missing: str
) -> None:
    assert analyse(question).intent is intent
    assert_not_answered(single_source_index, question, missing)
    assert answer(single_source_index, question).outcome is Outcome.PARTIAL


@pytest.mark.parametrize("question", ["human or bot?", "real person or AI?", "a robot or a human"])
def test_what_the_bot_is_asked_bare_gets_the_help_reply(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.HELP
    assert reply.fact is None


def test_look_alikes_asking_a_figure_are_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "how many primary schools will pins support", "pins-primary-schools"
    )
    assert_answered_with(
        single_source_index, "how much is the change programme", "change-programme"
    )
    # two kinds named, neither of them the one replying: not about the bot
    assert answer(single_source_index, "person or persons").outcome is not Outcome.HELP


def test_a_verdict_on_the_minister_is_not_what_his_answer_said(
    single_source_index: FactIndex,
) -> None:
    # the minister's name says whose answer it is; a verdict on him is no fact of it
    question = "is johnston a decent minister"
    assert_not_answered(single_source_index, question, r"not anyone's opinion of it")
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL
    # what he said is still answered from his answer
    assert_answered_with(
        single_source_index, "what did david johnston say about pins", "pins-programme"
    )


@pytest.mark.parametrize(
    ("question", "part"),
    [
        # the part named first, then the group it is among by its count
        (
            "learning support assistants among the 100,000 who did autism training, how many",
            "how many of them are learning support assistants",
        ),
        # "what number of the 5000 ..." asks what "how many of the 5000 ..." asks
        (
            "what number of the 5000 early years practitioners registered are nursery managers",
            "how many of them are nursery managers",
        ),
    ],
)
def test_a_part_of_a_counted_group_is_not_the_whole_count(
    single_source_index: FactIndex, question: str, part: str
) -> None:
    assert_not_answered(single_source_index, question, part)
    assert answer(single_source_index, question).outcome is Outcome.PARTIAL


def test_what_number_of_a_count_asked_whole_is_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what number of councils are in the change programme",
        "change-programme-local-authorities",
    )


def test_every_one_done_asked_without_its_verb(single_source_index: FactIndex) -> None:
    # chat drops the "has": "every council in it visited yet?" asks whether every one has been
    question = "every council in the change programme visited yet?"
    assert_not_answered(
        single_source_index,
        question,
        r"doesn't say whether every council in the change programme has been visited\.",
    )
    # all of a group named, no "yet" or "now": not asked how far it has got
    assert not asks_whether_all_are_done(analyse("all the schools approved in 2023"))
