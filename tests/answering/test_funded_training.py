""" "Is the government funding training for ..." uses "funding" as a verb: the count asked for
is of the people trained, not of a kind of government funding the facts would have to name."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how many EPs is the government funding training for",
        "how many educational psychologists is the government funding the training of?",
        "how many new EPs are they funding training for",
    ],
)
def test_how_many_eps_the_government_is_funding_to_train_is_the_400(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "educational-psychologists-trainees")
    assert "400" in reply.text


def test_funding_named_as_a_noun_still_names_which_funding() -> None:
    assert ("send", "SEND funding") in analyse("is SEND funding ringfenced?").kinds
    assert ("government", "government funding") in analyse(
        "is government funding for councils ringfenced?"
    ).kinds


def test_a_count_of_what_a_clause_then_describes_is_a_count_of_that(
    shipped_index: FactIndex,
) -> None:
    """ "extra EPs the DfE is paying to train" counts EPs, not "EPs the DfE"."""
    assert analyse("how many extra EPs the dfe is paying to train").subject == "extra EPs"
    reply = assert_answered_with(
        shipped_index,
        "most recent number of extra EPs the dfe is paying to train",
        "educational-psychologists-trainees",
    )
    assert "400" in reply.text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("current plan for EP training - how many and how much", ""),
        ("how many and how much for educational psychologists", ""),
        ("how many and which special schools opened", "special schools"),
    ],
)
def test_how_many_and_how_much_asks_of_the_topic_not_of_and_how_much(
    question: str, subject: str
) -> None:
    """ "how many and how much" asks both of the topic, which is not "and how much"."""
    assert analyse(question).subject == subject


def test_a_reply_never_says_what_is_missing_is_a_number_of_and_how_much(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "PINS funding, how many and how much?")
    assert "and how much" not in reply.text


def test_who_delivers_training_names_no_kind_of_training(shipped_index: FactIndex) -> None:
    # "delivers SEND training": SEND training, delivered by someone, not a kind called
    # "delivers SEND" whose figure the answer lacks.
    assert_answered_with(
        shipped_index,
        "which charity delivers send training for fe staff",
        "universal-services-programme",
    )
