"""On the one-source base: a question asking whether every one of a kind of thing takes part or
only some ("every council, or just a handful?") is answered by how many of them take part (the
32 local authorities of the Change Programme), not by a fact saying it benefits every region,
nor declined or told the answer doesn't say whether all take part; a fact saying all of them
("supported all local authorities") or every one of the kind asked ("every region") still
answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "are the change programme councils every local authority in england, or only a few?",
        "do all LAs belong to the change programme, or merely some of them?",
        "is each council part of the change programme or only certain ones? nobody at ours knows",
        "are all the local authorities taking part in the change programme or just a few",
    ],
)
def test_all_or_some_is_answered_by_how_many_take_part(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "change-programme-local-authorities")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the fact says every one of the kind asked of: it answers, not a count
        ("does the change programme reach every region or only some?", "change-programme-partners"),
        (
            "did every council get the supported internships grant or just a few?",
            "supported-internships-all-las",
        ),
    ],
)
def test_a_fact_saying_all_of_them_still_answers(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
