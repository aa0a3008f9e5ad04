"""On the shipped base: a quote spells an acronym out in lower case ("the dedicated schools
grant (DSG)") or with a comma ("Education, Health and Care (EHC)") as well as in capitals,
and "what does DSG stand for?" is answered with it; letters no quote spells out are not."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.expansions import acronyms
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_not_answered


def test_lower_case_words_and_commas_spell_an_acronym_out() -> None:
    assert acronyms("the dedicated schools grant (DSG), an increase") == {"dsg"}
    assert acronyms("an Education, Health and Care (EHC) plan") == {"ehc"}
    assert acronyms("the new schools grant (DSG)") == frozenset()  # not its letters


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("what does DSG stand for?", "dedicated schools grant (DSG)"),
        ("what does ITTECF stand for", "initial teacher training and early career framework"),
    ],
)
def test_an_acronym_a_quote_spells_out_in_lower_case_is_answered(
    shipped_index: FactIndex, question: str, spelt: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered, reply.text
    assert spelt in reply.text


def test_letters_no_quote_spells_out_are_not_answered(shipped_index: FactIndex) -> None:
    assert_not_answered(shipped_index, "what does NFF stand for", "")
