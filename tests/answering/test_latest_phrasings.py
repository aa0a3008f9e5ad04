"""Asking for the newest in words the curated phrasings never use, on the shipped base: every
way of saying "now" reaches the measure the question names and its newest fact; "the latest
on X" gets the newest answer's word on X; a written answer named to ask what it gives is not
answered with its record (who gave it, when)."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.reply import Reply
from sendbot.knowledge.measures import history
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase

NOW = [
    "what is the {x} now",
    "how much is the {x} currently",
    "{x} at the moment?",
    "what's the {x} these days",
    "as it stands, what is the {x}",
    "what is the up to date {x}",
    "most recent {x}",
    "current {x}?",
    "whats the {x} right now",
    "what's the {x} at present",
    "tell me the newest {x}",
    "whats the most up-to-date figure for the {x}",
    # "as of now" asks for the newest; "as of today" asks what holds today, which no written
    # answer says (tests/answering/test_figure_asked_as_of_today.py)
    "the {x} as of now?",
    "{x} nowadays",
    "where is the {x} at now",
    "according to the latest answer, what is the {x}",
    # the newest data asked for: what the data says, not the data itself
    "what does the most recent data say about the {x}?",
    "{x} according to the latest statistics",
]
# How people name a measure: its name, its facts' titles and labels, synonyms of its words.
NAMES = {
    "high-needs-budget": ["high needs budget", "high needs funding", "high needs money"],
    "core-schools-budget": ["core schools budget", "schools budget", "total schools budget"],
    "pupils-in-special-schools": ["number of children in special schools"],
}


def newest_of(kb: KnowledgeBase, measure: str) -> set[str]:
    """The facts giving the newest period's figure (a newer answer may restate it)."""
    facts = history(kb, measure)
    return {fact.id for fact in facts if fact.period == facts[0].period}


def answered_with(reply: Reply) -> Fact:
    assert reply.answered and reply.fact is not None, reply.text
    return reply.fact


@pytest.mark.parametrize("template", NOW)
@pytest.mark.parametrize(
    ("measure", "name"), [(measure, name) for measure, names in NAMES.items() for name in names]
)
def test_every_way_of_asking_for_now_gets_the_newest_figure(
    shipped_index: FactIndex, template: str, measure: str, name: str
) -> None:
    reply = answer(shipped_index, template.format(x=name))
    assert answered_with(reply).id in newest_of(shipped_index.kb, measure), reply.text


def test_this_year_with_no_figure_for_it_yet_is_partial_naming_the_newest_period(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how many children are in special schools this year")
    assert reply.outcome is Outcome.PARTIAL and reply.fact is not None, reply.text
    assert reply.fact.id in newest_of(shipped_index.kb, "pupils-in-special-schools")
    assert reply.missing is not None and reply.missing.endswith("the newest is for 2024/25.")


def test_still_checks_the_claim_against_the_newest_figure(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is high needs funding still £10.5 billion?")
    assert answered_with(reply).id in newest_of(shipped_index.kb, "high-needs-budget")
    assert 'No longer: that was "over £10.5 billion in 2024/25"' in reply.text
    assert 'Earlier: "£10.1 billion next year"' in reply.text


def newest_answer_on(kb: KnowledgeBase, word: str) -> str:
    """The date of the newest written answer whose facts (not its record) say `word`."""
    dates = [
        kb.source_of(fact).answered
        for fact in kb
        if "document" not in fact.tags and word.lower() in fact.quote.lower()
    ]
    return max(dates).isoformat()


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("whats the latest on pins", "Partnerships for Inclusion of Neurodiversity"),
        ("any news on the partnerships for inclusion of neurodiversity in schools?", "PINS"),
        ("most recent news on the initial teacher training and early career framework", "ITTECF"),
        # The newest answer writes "ITTECF" as one word; the question names ITT and ECF apart.
        ("what's the latest on SEND content in the ITT/ECF?", "ITTECF"),
        ("latest ITT and ECF send content", "ITTECF"),
    ],
)
def test_the_latest_on_a_topic_is_the_newest_answers_word_on_it(
    shipped_index: FactIndex, question: str, word: str
) -> None:
    fact = answered_with(answer(shipped_index, question))
    assert "document" not in fact.tags
    assert shipped_index.kb.source_of(fact).answered.isoformat() >= newest_answer_on(
        shipped_index.kb, word
    )


def test_the_most_recent_minister_is_the_newest_answers(shipped_index: FactIndex) -> None:
    kb = shipped_index.kb
    fact = answered_with(
        answer(shipped_index, "who is the most recent minister to answer a send written question")
    )
    newest = max(source.answered for source in kb.sources)
    assert kb.source_of(fact).answered == newest
    assert kb.source_of(fact).answered_by.name in fact.statement


def test_the_latest_figures_on_a_topic_no_source_counts_are_not_a_fact_without_a_figure(
    shipped_index: FactIndex,
) -> None:
    assert not answer(shipped_index, "latest send tribunal figures").answered


@pytest.mark.parametrize(
    "question",
    [
        "in the lords answer on the ifs report, how big an increase for high needs budgets did "
        "they mention",
        "parent rep here, we keep hearing about the IFS report on SEN debt - what did the "
        "government actually reply about council deficits?",
    ],
)
def test_a_named_answer_asked_what_it_gives_is_not_answered_with_its_record(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    if reply.answered:
        assert reply.fact is not None and "document" not in reply.fact.tags, reply.text
        assert reply.source is not None and "ifs" in reply.source.id


def test_a_figure_asked_of_a_named_answer_comes_from_that_answer(shipped_index: FactIndex) -> None:
    question = "in the lords answer on the ifs report, how big an increase for high needs budgets"
    fact = answered_with(answer(shipped_index, question))
    assert any(figure.kind is FigureKind.MONEY for figure in fact.figures)
    assert "ifs" in fact.source_id


@pytest.mark.parametrize(
    "question",
    [
        "newest info on the ITT / early career framework send content?",
        "most recent update on the new itt and early career framework send content",
    ],
)
def test_the_latest_on_x_is_the_newest_answer_that_says_x_over_two_of_its_facts(
    shipped_index: FactIndex, question: str
) -> None:
    # The June 2025 answer is the newest on the ITTECF: its fact on the framework's SEND content
    # and its fact on the entitlement from September 2025 both answer; the February 2024
    # answer, which says both in one sentence, is older news.
    reply = answer(shipped_index, question)
    assert answered_with(reply).id in {
        "ittecf-adaptive-teaching-send",
        "ittecf-minimum-entitlement-2025",
    }, reply.text


def test_the_latest_words_do_not_turn_down_the_newest_answer_on_the_topic(
    shipped_index: FactIndex,
) -> None:
    # Without "current status of", the question is answered with the June 2025 answer's date
    # for the ITTECF; no later answer speaks of it, so that is the latest there is.
    reply = answer(shipped_index, "current status of the ITTECF - when does it kick in")
    assert answered_with(reply).id == "ittecf-minimum-entitlement-2025", reply.text


def test_the_topic_first_then_asking_for_the_latest_is_the_latest_on_the_topic(
    shipped_index: FactIndex,
) -> None:
    # "whats the" was left over once "most recent update" was read as asking for the newest,
    # and the question was read as asking what PINS is.
    reply = answer(shipped_index, "pins - whats the most recent update")
    assert answered_with(reply).id == "pins-independent-evaluation", reply.text


@pytest.mark.parametrize(
    "question",
    [
        "is demand for specialist places still rising - what's the latest dfe view",
        "demand for special school places - what's the current dfe stance",
        "what's the most recent government line on whether demand for specialist places is growing",
    ],
)
def test_the_latest_view_line_or_stance_on_x_is_the_newest_answers_word_on_x(
    shipped_index: FactIndex, question: str
) -> None:
    # "what's the dfe view" asks what the department says, not what a view is; and no fact
    # says "view": the January 2026 answer's word on demand is the latest, not June 2023's.
    reply = answer(shipped_index, question)
    assert answered_with(reply).id == "specialist-placements-expected-to-rise", reply.text
