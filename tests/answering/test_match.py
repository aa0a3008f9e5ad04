"""Matching behaviour a user would notice, on the one-source base the expectations were written
for (tests/data/single-source-kb): with many sources, "when was the question answered" has no
single answer."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome, match


def answered_with(index: FactIndex, question: str) -> str | None:
    result = match(index, question)
    return result.best.fact.id if result.answered and result.best else None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many special schools opened?", "special-schools-opened"),
        ("How many SPECIAL schools opened??", "special-schools-opened"),
        ("how many speical schools have opened", "special-schools-opened"),
        ("how much is the high needs budget for 2024-25?", "high-needs-funding-2024-25"),
        ("who answered the question?", "document-answered-by"),
        ("when was the question answered", "document-answered-date"),
        ("how many educaiton psychologists will be trained", "educational-psychologists-trainees"),
        ("ed psych training numbers", "educational-psychologists-trainees"),
    ],
)
def test_answers_with_the_right_fact(index: FactIndex, question: str, fact_id: str) -> None:
    assert answered_with(index, question) == fact_id


@pytest.fixture
def index(single_source_index: FactIndex) -> FactIndex:
    return single_source_index


def test_abbreviation_and_full_name_find_the_same_fact(index: FactIndex) -> None:
    assert answered_with(index, "how many schools will PINS support?") == answered_with(
        index,
        "how many schools will partnerships for inclusion of neurodiversity in schools support?",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what is the weather in leeds tomorrow?",
        "how do I appeal to the SEND tribunal?",
        "who won the football last night",
    ],
)
def test_declines_what_it_does_not_know(index: FactIndex, question: str) -> None:
    result = match(index, question)
    assert result.outcome is Outcome.DECLINED
    assert not result.answered


def test_a_year_the_fact_does_not_cover_is_said_plainly(index: FactIndex) -> None:
    result = match(index, "what is the high needs budget for 2031/32?")
    assert result.outcome is Outcome.PARTIAL
    assert result.missing == "The written answer doesn't give a figure for 2031/32."


@pytest.mark.parametrize("question", ["hi", "thanks!", "good morning everyone", "lol"])
def test_smalltalk_is_not_answered_with_a_fact(index: FactIndex, question: str) -> None:
    result = match(index, question)
    assert result.outcome is Outcome.GREETING
    assert result.best is None


def test_empty_question(index: FactIndex) -> None:
    assert match(index, "  ?! ").outcome is Outcome.HELP
    assert match(index, "😀😀").outcome is Outcome.HELP


@pytest.mark.parametrize("question", ["日本語の質問", "éééé"])
def test_letters_it_cannot_read_are_declined_not_prompted_for(
    index: FactIndex, question: str
) -> None:
    # "Ask me a question" would tell someone who just asked one that they had not
    assert match(index, question).outcome is Outcome.DECLINED


def test_a_declined_question_still_suggests_close_topics(index: FactIndex) -> None:
    result = match(index, "what about special schools funding in scotland")
    assert not result.answered  # a test about declines must see one
    assert result.suggestions
    assert len({item.fact.id for item in result.suggestions}) == len(result.suggestions)


def test_suggestions_never_repeat_the_answer(index: FactIndex) -> None:
    result = match(index, "how many special schools opened?")
    assert result.answered and result.best is not None
    assert result.best.fact.id not in {item.fact.id for item in result.suggestions}


def test_confidence_is_a_probability(index: FactIndex) -> None:
    for question in ("how many special schools opened?", "what is the weather"):
        assert 0.0 <= match(index, question).confidence <= 1.0


def test_a_different_year_is_a_different_question(index: FactIndex) -> None:
    assert answered_with(index, "high needs budget 2024/25") == "high-needs-funding-2024-25"
    assert answered_with(index, "high needs budget 2027/28") is None


def test_the_facts_profiles_hold_one_copy_of_what_they_have_in_common(
    shipped_index: FactIndex,
) -> None:
    """Most facts' intents, places and groups are one of a few values, most of them empty: at
    10,000 facts a copy for each fact would cost megabytes for every start of the bot."""
    for name in ("intents", "count_roles", "places", "with_terms", "without_terms", "names"):
        values = [getattr(profile, name) for profile in shipped_index.profiles]
        assert len({id(value) for value in values}) == len(set(values)), name
