"""The June 2025 neurodiversity answer gives two facts of the ITTECF: what it gives every new
teacher (a minimum entitlement to training, from September 2025) and what it holds on SEND
(significantly more adaptive teaching and SEND content). What it gives or does for new
teachers is the entitlement."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_what_it_gives_new_teachers_is_the_entitlement(shipped_index: FactIndex) -> None:
    for question in (
        "what does the ittecf give to all new teachers",
        "new teacher here - what does the ITTECF do for me?",
    ):
        assert_answered_with(shipped_index, question, "ittecf-minimum-entitlement-2025")
