"""A claim told, then a tag question ("..., was it?", "..., did they?", "..., isn't it?"): the
tag asks only whether what was just said is so, as "is that right?" does, so the figure told
is the claim to check. Read as a question of its own, the year claimed drew the facts dated
that year and the claim was declined, or answered without saying which figure it sets right."""

import pytest

from sendbot.answering.checked_claim import asks_if_right
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        (" was it?", True),
        (" did they", True),
        (" isn't it?", True),
        (" does it", True),
        (" was it about funding?", False),
        (" did they open any in devon?", False),
    ],
)
def test_a_tag_question_asks_only_whether_it_is_so(clause: str, asks: bool) -> None:
    assert asks_if_right(clause) is asks


@pytest.mark.parametrize(
    ("message", "fact_id", "corrected"),
    [
        ("apparently the plan came out in 2022, was it", "document-plan-published", "2022"),
        ("i heard the change programme began in 2024, did it?", "change-programme", "2024"),
        ("my friend thinks pins was announced in 2022, was it?", "pins-programme", "2022"),
    ],
)
def test_a_claim_before_a_tag_is_set_right(
    single_source_index: FactIndex, message: str, fact_id: str, corrected: str
) -> None:
    reply = assert_answered_with(single_source_index, message, fact_id)
    assert reply.text.startswith("The written answer gives "), reply.text
    assert f"not {corrected}." in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(
    ("message", "fact_id", "corrected"),
    [
        ("a teacher told me pins covers 2000 schools, does it?", "pins-primary-schools", "2000"),
        ("my friend thinks pins was announced in 2022, was it?", "pins-programme", "2022"),
    ],
)
def test_a_claim_before_a_tag_is_set_right_over_many_answers(
    shipped_index: FactIndex, message: str, fact_id: str, corrected: str
) -> None:
    reply = assert_answered_with(shipped_index, message, fact_id)
    assert f"not {corrected}." in reply.text.split("\n")[0], reply.text
