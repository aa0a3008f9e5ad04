"""On the shipped base: asked for a measure's newest figure, a question matched to an older
written answer's figure of the same measure (the April 2025 answer's high needs total for
2025/26) gets the newest answer's (June 2025) when the only words the newest fact does not
say are words the older one does not say either (the asker's "parent group"): they tell
neither apart, so the newest answer's figure stands."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_words_neither_fact_says_keep_the_newest_answer(shipped_index: FactIndex) -> None:
    question = (
        "Everyone in our parent group quotes 10.1bn for high needs - is that still the "
        "current national total, or is there a newer figure?"
    )
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert "16 June 2025" in reply.text  # the newest answer's date
