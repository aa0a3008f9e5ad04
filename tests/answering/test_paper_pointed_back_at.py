"""A story naming the paper a written question names, then "when was it published?": the
pronoun points at that paper, so the date it came out answers; the written answer's own
record (who answered, when) is still never what a story points at."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "our SENCO keeps quoting the improvement plan in staff meetings - when did it come out?",
        "the local offer page links to the improvement plan but gives no date, when was it "
        "published?",
    ],
)
def test_the_paper_a_story_names_is_what_its_pronoun_points_at(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-plan-published")
