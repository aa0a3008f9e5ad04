"""What a document says ("what does the contracts finder notice say about the pins evaluation",
"what did the pins interim findings show", "the special school capacity number from the
capacity survey"), asked of a fact that only points to it (where it is published, when it is
expected, what it asked for): a partial saying the written answer does not give it. Where the
document is, or when it comes, is still answered by the pointer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_contents import asks_what_it_holds, pointer_only
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "related", "missing"),
    [
        (
            "what does the contracts finder notice say about the pins evaluation",
            "pins-independent-evaluation",
            "where it is published, not what it says",
        ),
        (
            "what's in the contracts finder notice for the pins evaluation",
            "pins-independent-evaluation",
            "where it is published, not what it says",
        ),
        (
            "what did the pins interim findings in autumn 2025 show",
            "pins-interim-findings-autumn-2025",
            "when it is expected, not what it shows",
        ),
        (
            "whats the special school capacity number from the capacity survey",
            "school-capacity-survey-special-schools",
            "what was asked for, not the figures given",
        ),
        (
            "sen pupils by type of provision in jan 2025 - numbers?",
            "sen-in-england-statistics-published",
            "where it is published, not what it says",
        ),
    ],
)
def test_a_pointer_is_not_what_the_document_says(
    shipped_index: FactIndex, question: str, related: str, missing: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and missing in reply.missing
    assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("where is the pins evaluation contract published", "pins-independent-evaluation"),
        ("is the pins evaluation contract on contracts finder", "pins-independent-evaluation"),
        ("when will the pins interim findings be published", "pins-interim-findings-autumn-2025"),
    ],
)
def test_where_or_when_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_the_readings() -> None:
    assert asks_what_it_holds("what does the school capacity survey say about special schools")
    assert not asks_what_it_holds("link for the sen in england jan 2025 stats")
    assert not asks_what_it_holds("what does the pins evaluation look at")
    assert not asks_what_it_holds("is sen pupil data from the school census broken down by type")
    assert pointer_only("further information is available on contracts finder") == "where"
    assert pointer_only("interim findings will be published") == "when"
    assert pointer_only("the department has opened 15 schools") is None
