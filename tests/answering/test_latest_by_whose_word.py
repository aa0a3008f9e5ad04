"""A measure's figure asked with whose word it is ("... according to the DfE", "according to
dfe, ..."), on the shipped base: the department named as the speaker does not make the question
one about the written answer's record, so the newest-figure rule still answers it."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.whose_word import names_whose_word
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much has high needs gone up recently according to the dfe",
        "according to dfe, by how much did high needs funding rise",
        "how much has high needs risen according to the department for education",
    ],
)
def test_newest_rise_asked_by_whose_word_is_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")


@pytest.mark.parametrize(
    ("words", "place", "expected"),
    [
        (("rise", "according", "to", "the", "dfe"), 4, True),
        (("rise", "according", "to", "dfe"), 3, True),
        (("rise", "as", "per", "govt"), 3, True),
        (("when", "did", "the", "dfe", "answer"), 3, False),  # the record's answerer
        (("which", "department", "answered"), 1, False),
        (("according", "to", "the", "answer"), 3, False),  # not a speaker word
    ],
)
def test_only_a_department_after_a_pointer_names_whose_word(
    words: tuple[str, ...], place: int, expected: bool
) -> None:
    assert names_whose_word(words, place) is expected
