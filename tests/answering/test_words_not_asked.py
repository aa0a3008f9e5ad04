"""Words of a message that ask nothing: 'is cut off' says something was cut short, not a
deadline ("the date on my screenshot is cut off"); a pronoun right after "how many" starts a
clause of its own ("if so how many, I keep hearing ..."), it is not what is counted."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("when was it answered, the top of the page is cut off", Intent.DATE),
        ("what date was this published? my printout got cut off", Intent.DATE),
        ("whats the cut off for applying", Intent.END),  # a deadline asked
        ("when is the cut off", Intent.END),
    ],
)
def test_cut_short_is_no_deadline(text: str, intent: Intent) -> None:
    assert analyse(text).intent is intent


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("did any open and how many, we keep being told different things", ""),
        ("how many, i was told twelve", ""),
        ("how many special schools opened", "special schools"),
    ],
)
def test_a_pronoun_after_how_many_is_not_what_is_counted(text: str, subject: str) -> None:
    assert analyse(text).subject == subject


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "when did the dfe answer this, the date on the copy my MP emailed me is cut off",
            "document-answered-date",
        ),
        (
            "have new special schools opened this year and if so how many, we get told "
            "different things by everyone",
            "special-schools-opened",
        ),
    ],
)
def test_replies_to_new_phrasings(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
