""" "Is the government funding training for ..." uses "funding" as a verb: the count asked for
is of the people trained, not of a kind of government funding the facts would have to name."""

import pytest

from sendbot.answering.match import FactIndex
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
