"""Two kinds of unanswerable question a fact on the topic was given as the answer to:

- a definition asked in a message's first sentence with only a guess or the asker's story
  after it ("what is the early career framework? I'm a parent not a teacher so no idea",
  "what is the universal training offer, is it a course or a website or what"): the fact only
  names the thing, so the reply says the written answer does not explain it;
- a change asked of a named outcome measure ("have waiting lists gone down since the new
  places?", "did the rise reduce council deficits?", "what impact has the taskforce had on
  exclusions"): the fact says what was done, never that measure.

Near misses are still answered: a second real question after the first sentence, a figure
asked, a definition the curated facts give."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_first import definition_asked_first
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse


@pytest.mark.parametrize(
    ("question", "related", "missing"),
    [
        (
            "what is the early career framework? I'm a parent not a teacher so no idea",
            "itt-ecf-send-content",
            "early career framework",
        ),
        ("whats the ECF? never heard of it", "itt-ecf-send-content", "ECF"),
        (
            "what is the universal training offer, is it a course or a website or what",
            "autism-awareness-training",
            "universal training offer",
        ),
        (
            "what's the universal training offer? no idea what that is",
            "autism-awareness-training",
            "universal training offer",
        ),
        (
            "what is the AP specialist taskforce? is it like a charity",
            "ap-specialist-taskforce-extension",
            "AP specialist taskforce",
        ),
    ],
)
def test_a_definition_asked_first_is_said_to_be_missing(
    single_source_index: FactIndex, question: str, related: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.missing is not None and missing in reply.missing
    assert "explain" in reply.missing
    assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(
    ("question", "related", "measure"),
    [
        (
            "have waiting lists for specialist places gone down because of the 1,500 new places?",
            "special-school-places-created",
            "waiting lists",
        ),
        (
            "did the new special schools actually shorten the waiting lists for specialist places",
            "special-school-places-created",
            "waiting lists",
        ),
        (
            "did the £1bn extra high needs money bring down council deficits",
            "high-needs-budget-increase",
            "deficits",
        ),
        (
            "have tribunal appeals gone down since the change programme started",
            "change-programme",
            "tribunal appeals",
        ),
    ],
)
def test_a_change_in_a_measure_the_fact_never_names_is_said_to_be_missing(
    single_source_index: FactIndex, question: str, related: str, measure: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.missing == f"The written answer doesn't say what happened to {measure}."
    assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(
    "question",
    [
        "what impact has the AP taskforce had on exclusions",
        "has the AP taskforce had any effect on attendance",
    ],
)
def test_an_impact_on_a_named_measure_is_a_partial(
    single_source_index: FactIndex, shipped_index: FactIndex, question: str
) -> None:
    for index in (single_source_index, shipped_index):
        reply = answer(index, question)
        assert reply.outcome is Outcome.PARTIAL, (question, reply.text)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what is the ECF? when was it announced", "itt-ecf-send-content"),
        ("what is PINS? how many schools are in it", "pins-primary-schools"),
        ("what is the high needs budget, how much is it", "high-needs-funding-2024-25"),
        # (a sum, not a name: the figure is what is wanted, whatever the story after it)
        ("what's the high needs budget, never heard of it", "high-needs-funding-2024-25"),
        ("what's the high needs budget? never heard of it", "high-needs-funding-2024-25"),
        ("how much did the high needs budget go up", "high-needs-budget-increase"),
        ("is the increased high needs funding continuing next year", "high-needs-funding-2024-25"),
        ("how many special free schools have opened", "special-schools-opened"),
        (
            "how many children did the AP specialist taskforce reach",
            "ap-specialist-taskforce-reach",
        ),
    ],
)
def test_near_misses_are_still_answered(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, (question, reply.text)
    assert reply.fact is not None and reply.fact.id == fact


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("whats the ECF? never heard of it", "whats the ecf"),
        ("what is the DSG - is it a grant?", "what is the dsg"),
        ("what is the ECF? when does it start", None),  # a second question
        ("what's the latest on the PINS programme, is it being evaluated?", None),
        ("whats the point of the change programme, is it just a pilot?", None),
        ("what is the early years SENCO training for? not sure what it covers", None),
        ("what is the ECF", None),  # one sentence: read whole
        ("what is the high needs budget, never heard of it", None),  # a sum: its figure asked
        ("whats the high needs budget? never heard of it", None),
    ],
)
def test_the_first_sentence_read_as_the_definition_asked(message: str, first: str | None) -> None:
    assert definition_asked_first(message) == first


@pytest.mark.parametrize(
    ("message", "subject"),
    [
        ("what is the early career framework, never heard of it", "early career framework"),
        (
            "what is the DSG statutory override? people in our LA forum keep mentioning it",
            "DSG statutory override",
        ),
    ],
)
def test_the_subject_is_read_from_the_first_sentence(message: str, subject: str) -> None:
    # (not "early career framework never heard": the story after it is no part of the name)
    assert analyse(message).subject == subject
