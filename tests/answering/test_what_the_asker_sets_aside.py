"""A clause setting aside what the asker already has ("beyond the ones that opened", "on top
of the schools that already opened") is left out when it drew the very fact it sets aside:
the rest of the question is answered. Not when the rest would give a figure it names."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.set_aside import set_aside, without_set_aside
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "beyond the ones that opened, how many more special free schools got the go ahead?",
        "ok so 15 opened, but beyond those how many further special free schools has the "
        "department approved?",
        "are there more special free schools approved beyond the 15 that opened? how many?",
        "what's the number of new special free schools the government has signed off on top "
        "of the ones that already opened",
        "what has the DfE approved on top of the schools that already opened",
    ],
)
def test_the_rest_is_answered(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, "special-free-schools-approved")


def test_a_set_aside_sum_keeps_its_digits() -> None:
    asked = "apart from the 10.5bn, how much is going into EP training?"
    assert set_aside(asked) == "apart from the 10.5bn"
    assert without_set_aside(asked) == "how much is going into EP training?"


def test_a_question_setting_nothing_aside_is_read_whole() -> None:
    assert set_aside("how much is high needs funding") is None


def test_a_figure_set_aside_is_not_given_back(single_source_index: FactIndex) -> None:
    # "beyond the 76": the rest ("are they planning to approve even more") is not answered
    # with the 76 the asker set aside
    assert_not_answered(
        single_source_index,
        "are they planning to approve even more special free schools beyond the 76",
        "",
    )


@pytest.mark.parametrize(
    ("asked", "clause"),
    [
        # Capitals and a message the quick look for the words cannot read (not ASCII) are
        # searched as before.
        ("BEYOND THE 15 that opened, how many more?", "BEYOND THE 15 that opened"),
        ("Apart from the ones that opened, how many more?", "Apart from the ones that opened"),
        ("apart from the 76 in the café, how many more?", "apart from the 76 in the café"),
        # A letter that only ignoring case makes an ASCII one (the long s) still sets aside.
        ("be\u017fides the 76, how many more?", "be\u017fides the 76"),
    ],
)
def test_a_set_aside_clause_is_found_however_it_is_written(asked: str, clause: str) -> None:
    assert set_aside(asked) == clause
    assert without_set_aside(asked) == "how many more?"
