"""The one sentence of a partial reply saying what the written answer does not give says back
only the name the asker used, never the asking, chat or story after it ("how many extra eps
and starting when" is told the answer "doesn't give a number of extra eps", not "of extra eps
and starting when"); with no name left it names the kind of detail. Sentences that read well
stay as they are, and the reply's outcome and fact are those of before."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.lacking import said_back
from sendbot.answering.match import Outcome

# ("in the nov 2023 ep answer, how many extra eps and starting when" was here, partial: the
# count ended at "when", so the 400 further EPs were said not to be "extra eps". Read as
# counting "extra eps", it is answered with them; `said_back` below keeps the phrase.)
_SAID_BACK = [
    (
        "many",
        "wat even is a supported internship?? my lad is 17 w an ehcp",
        "supported-internships-pilot",
        "The written answer mentions supported internship but doesn't explain what it is or "
        "how it works.",
    ),
    (
        "many",
        "what even is resourced provision? my son might get a place",
        "school-capacity-survey-special-schools",
        # (read as a definition from its first sentence: the definition's own sentence)
        "The written answer doesn't explain what resourced provision is.",
    ),
    (
        "one",
        "what's the early career framework, never heard of it",
        "itt-ecf-send-content",
        "The written answer doesn't explain what the early career framework is.",
    ),
    (
        "one",
        "new national professional qualification for sencos - whats replacing what",
        None,
        "The written answer doesn't explain what that is.",
    ),
    (
        "one",
        "is there a list of the 32 LAs anywhere 🙏",
        "change-programme-local-authorities",
        "The written answer doesn't name the LAs.",
    ),
    (
        "many",
        "how many ppl have completed the new senco npq",
        None,
        "The written answer doesn't give a number of people.",
    ),
    (
        "one",
        "how many of the 76 approved schools are for autistic kids specifically",
        None,
        "The written answer gives the number of further special free schools approved, not how "
        "many of them are for autistic kids.",
    ),
    (
        "one",
        "how many of the 23 inspection reports were in each region",
        None,
        "The written answer gives the number of inspection reports published so far under the "
        "strengthened regime, not how many of them were in each region.",
    ),
    (
        "many",
        "what's warwickshire's dsg deficit",
        "warwickshire-high-needs-2025-26",
        "The written answer doesn't give a figure for the warwickshire dsg deficit.",
    ),
]

# Sentences that read well today and must not change.
_AS_BEFORE = [
    (
        "one",
        "how many of the 15 new special schools are primary and how many secondary",
        "The written answer gives the number of new special schools opened this academic year, "
        "not how many of them are primary and how many secondary.",
    ),
    (
        "one",
        "which councils are in the change programme",
        "The written answer doesn't name the councils.",
    ),
    (
        "many",
        "what is an integrated care board exactly",
        "The written answer doesn't explain what an integrated care board is.",
    ),
    (
        "many",
        "what is adaptive teaching",
        "The written answer doesn't explain what adaptive teaching is.",
    ),
    (
        "many",
        "what is the dsg deficit",
        "The written answer doesn't explain what the dsg deficit is.",
    ),
]


def _index(base: str, single: FactIndex, shipped: FactIndex) -> FactIndex:
    return single if base == "one" else shipped


@pytest.mark.parametrize(("base", "question", "related", "missing"), _SAID_BACK)
def test_the_sentence_says_back_only_the_name(
    single_source_index: FactIndex,
    shipped_index: FactIndex,
    base: str,
    question: str,
    related: str | None,
    missing: str,
) -> None:
    reply = answer(_index(base, single_source_index, shipped_index), question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == missing
    if related:
        assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(("base", "question", "missing"), _AS_BEFORE)
def test_a_sentence_that_reads_well_is_kept(
    single_source_index: FactIndex,
    shipped_index: FactIndex,
    base: str,
    question: str,
    missing: str,
) -> None:
    reply = answer(_index(base, single_source_index, shipped_index), question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == missing


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("extra eps and starting when", "extra eps"),
        ("supported internship like in one line", "supported internship"),
        ("LAs n how much money", "LAs"),
        ("replacing what", None),
        ("dept say its plan will let children", None),
        ("adaptive teaching", "adaptive teaching"),
        ("special and AP free school", "special and AP free school"),
        ("ppl", "people"),
    ],
)
def test_the_name_said_back(phrase: str, said: str | None) -> None:
    assert said_back(phrase) == said


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "what is a special free school",
            "The written answer doesn't explain what a special free school is.",
        ),
        (
            "what's an AP free school",
            "The written answer doesn't explain what an AP free school is.",
        ),
        ("what's a DSG deficit", "The written answer doesn't explain what a DSG deficit is."),
    ],
)
def test_a_term_not_explained_is_said_back_with_the_askers_article(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    """'what special free school is or stands for' dropped the 'a' and offered words a
    multi-word term cannot stand for."""
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing == missing
