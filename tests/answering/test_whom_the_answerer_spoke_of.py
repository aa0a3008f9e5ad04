"""'Who did Georgia Gould say they've been listening to?' names the minister who gave the
written answer to ask whom she spoke of: the record of who answered (her name again) is no
answer to it; what her answer says is. Asked who answered, the record still is the answer."""

import pytest

from sendbot.answering.asked_measure import names_who_gave_it
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "who did georgia gould say they've been listening to",
        "who has georgia gould met about send reform",
    ],
)
def test_whom_the_answerer_spoke_of_is_asked_from_what_the_answer_says(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "send-reform-listening-last-year")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "who answered the white paper engagement question, georgia gould?",
            "wp-2025-11-21-answered-by",
        ),
        (
            "did david johnston answer on the change programme evaluation?",
            "cp-2023-12-11-answered-by",
        ),
    ],
)
def test_asked_who_answered_the_record_still_answers(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_the_person_named_must_be_the_one_doing_the_saying(shipped_index: FactIndex) -> None:
    record = next(f for f in shipped_index.facts if f.id == "wp-2025-11-21-answered-by")
    assert names_who_gave_it(analyse("who did georgia gould say they had listened to"), record)
    assert not names_who_gave_it(analyse("who did david johnston say they had listened to"), record)
    assert not names_who_gave_it(analyse("who answered, was it georgia gould?"), record)
    assert not names_who_gave_it(analyse("did georgia gould say who they listened to"), record)
