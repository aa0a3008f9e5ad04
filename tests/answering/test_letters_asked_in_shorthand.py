"""What letters stand for, asked in a note's shorthand ("AP = ?", "send = special educational
needs and disabilities?"), with "what's X mean" written out as "what is X mean", or with chat
after the question that ends on "it": answered from the quote that spells the letters out."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("SEND = ?", "Special Educational Needs and Disabilities (SEND)"),
        ("ap = alternative provision?", "Alternative Provision (AP)"),
        ("AP=? sorry new to all this", "Alternative Provision (AP)"),
        ("what's SEND mean in this context?", "Special Educational Needs and Disabilities (SEND)"),
        (
            "does anyone know what AP stands for? the school letter keeps using it",
            "Alternative Provision (AP)",
        ),
        # the letters first, the asking after them
        ("send stands for what", "Special Educational Needs and Disabilities (SEND)"),
        ("AP short for?", "Alternative Provision (AP)"),
    ],
)
def test_letters_asked_in_shorthand_are_spelt_out(
    single_source_index: FactIndex, question: str, spelt: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "document-question")
    assert spelt in reply.text


def test_letters_asked_before_stands_for_are_answered_as_what_they_stand_for(
    single_source_index: FactIndex,
) -> None:
    # Not "the written answer doesn't explain what that is": the programme's fact names it.
    reply = assert_answered_with(single_source_index, "PINS stands for what", "pins-programme")
    assert "Partnerships for Inclusion of Neurodiversity in Schools" in reply.text


@pytest.mark.parametrize(
    "question", ["NFF = ?", "NFF stands for what", "what are they? my son's school mentioned it"]
)
def test_letters_no_quote_spells_out_or_no_letters_named_are_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "")
