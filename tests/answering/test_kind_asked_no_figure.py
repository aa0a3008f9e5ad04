"""A kind of training or funding named by a question that asks no figure of it: "what changes
for new teachers' SEND training" is answered by a fact naming new teachers and training, though
not the words together; "EP pay/funding" asks of pay or funding, not of a kind called "EP pay".
Asked as a figure ("how much is ... worth"), a fact giving none still gets a partial reply."""

import pytest

from sendbot.answering.asked_kinds import alternatives
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.scoring import missing_from
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

ENTITLEMENT = "ittecf-minimum-entitlement-2025"


def _missing(index: FactIndex, question: str, fact_id: str) -> str | None:
    position = next(at for at, fact in enumerate(index.facts) if fact.id == fact_id)
    return missing_from(index, analyse(question), position)


@pytest.mark.parametrize(
    "question",
    [
        "what changes for new teachers' SEND training from sept 2025",
        "what's changing in new teachers' SEND training from september 2025",
        "what will new teachers SEND training look like from sept 2025",
    ],
)
def test_a_kind_asked_no_figure_of_is_named_by_each_of_its_words(
    shipped_index: FactIndex, question: str
) -> None:
    assert _missing(shipped_index, question, ENTITLEMENT) is None
    assert_answered_with(shipped_index, question, ENTITLEMENT)


@pytest.mark.parametrize(
    "question",
    [
        # A figure word: the kind's words must still be named together.
        "what figure is given for new teachers' SEND training",
        # A kind whose words the fact does not name, asked no figure of: still missing.
        "what adaptive teaching training do new teachers get",
    ],
)
def test_a_kind_asked_as_a_figure_or_not_named_is_still_missing(
    shipped_index: FactIndex, question: str
) -> None:
    missing = _missing(shipped_index, question, ENTITLEMENT)
    assert missing is not None and "doesn't give a figure for" in missing


@pytest.mark.parametrize(
    "question",
    [
        "how much is new teachers' SEND training worth",
        "what's the budget for new teachers' SEND training",
        "how much is the AET training worth",
    ],
)
def test_a_sum_asked_of_the_training_is_still_a_partial(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, r"doesn't give an amount")


@pytest.mark.parametrize(
    ("text", "slashed"),
    [
        ("who decides what EP pay/funding is affordable", {"pay"}),
        ("is there staff / training money", {"staff"}),
        ("how much was the 2024/25 budget", set()),
        ("what is the ep funding", set()),
    ],
)
def test_a_word_slashed_to_a_kinds_head_is_another_thing_asked(
    text: str, slashed: set[str]
) -> None:
    assert alternatives(text) == slashed


def test_a_slashed_word_names_no_kind() -> None:
    assert analyse("who decides what EP pay/funding is affordable").kinds == ()
    assert analyse("who decides EP pay funding").kinds == (("ep pay", "EP pay funding"),)


@pytest.mark.parametrize(
    "question",
    [
        "who decides what EP pay/funding is affordable",
        "who is responsible for EP pay/funding",
        "whose job is it to decide on EP pay/funding",
    ],
)
def test_pay_or_funding_of_eps_is_answered(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(
        shipped_index, question, "educational-psychologists-employers-decide-funding"
    )


def test_a_sum_of_ep_pay_funding_is_still_a_partial(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how much EP pay funding is there", r"doesn't give an amount"
    )
