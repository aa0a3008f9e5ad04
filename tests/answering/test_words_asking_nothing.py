"""Words that ask nothing of any fact: how the reply is to be put ("in a sentence", "in plain
english", "can you put it in layman's terms"), where every written question is put ("in
parliament"), "back" before a time, "in all this"; and a question said to have "gone in" (put
down). A message they would decline is answered as it would be without them, and a question
they sit in that the sources cannot answer stays unanswered."""

import pytest

from sendbot.answering.asks_nothing import without_words_asking_nothing
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "could you tell me in plain english what the parliamentary question was actually "
            "asking, my mum keeps sharing this and I don't get it",
            "document-question",
        ),
        ("in plain english what was the parliamentary question", "document-question"),
        (
            "when did the original pq get tabled in parliament, need it for a timeline",
            "document-asked-date",
        ),
        (
            "hello, new here and a bit lost, who was it that answered this written question in "
            "parliament?",
            "document-answered-by",
        ),
        ("can you put it in layman's terms - who answered this?", "document-answered-by"),
        ("whats AP short for in all this", "document-question"),
        ("question went in when, roughly start of feb?", "document-asked-date"),
        ("did the pq go in before february?", "document-asked-date"),
        (
            "someone in our whatsapp group told me the question went in back in december 2023, "
            "that doesn't sound right, when was it asked?",
            "document-asked-date",
        ),
    ],
)
def test_a_question_is_answered_without_the_words_that_ask_nothing(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_the_purpose_asked_in_a_sentence_is_the_purpose(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "whats PINS for, in a sentence? trying to explain it to the other governors and I keep "
        "waffling",
        "pins-primary-schools",
    )
    assert "better meet the needs of neurodiverse children" in reply.fact.quote  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "question",
    [
        "who raised this in parliament?",
        "which mp put this question in parliament?",
        "in plain english, is the change programme any good?",
        "are educational psychologists in short supply?",
        "what does EHCP mean in plain english?",
    ],
)
def test_what_the_sources_cannot_answer_stays_unanswered(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "")


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("whats PINS for, in a sentence?", "whats PINS for?"),
        ("are EPs in short supply?", None),
        ("who raised this?", None),
        ("did the question go in in december?", "did the question get asked in december?"),
    ],
)
def test_the_words_left_out(message: str, read: str | None) -> None:
    assert without_words_asking_nothing(message) == read


@pytest.mark.parametrize(
    "message",
    [
        "did the 4000 kids reached by the taskforces end up back in mainstream?",
        "will he go back in to school in september?",
    ],
)
def test_back_before_what_is_no_time_is_kept(message: str) -> None:
    assert without_words_asking_nothing(message) is None


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("WHATS PINS FOR, IN A SENTENCE?", "WHATS PINS FOR?"),
        ("what is pins, tl;dr", "what is pins,"),
        ("what is pins, simply put", "what is pins,"),
        ("ELI5 what the ECF is", "what the ECF is"),
        ("who answered it IN PARLIAMENT?", "who answered it?"),
        ("was it published Way Back in 2022?", "was it published in 2022?"),
        # beyond ASCII, where a letter may match another when case is ignored: always searched
        ("what\u2019s PINS for, in a sentence?", "what\u2019s PINS for?"),
    ],
)
def test_the_words_are_left_out_however_they_are_written(message: str, read: str) -> None:
    # (each pattern is searched only when one of its words is in the message: never skipped
    # when it would match)
    assert without_words_asking_nothing(message) == read
