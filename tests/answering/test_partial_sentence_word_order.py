"""The one sentence of a partial reply reads as plain English when it says back the asker's own
words: "have all 76 approved special free schools been built" is told the written answer
"doesn't say whether all 76 approved special free schools have been built" (not "whether all
76 have approved special free schools been built": a word in "-ed" that names the schools is
no verb); a part of a count is said back with its "in" ("how many of them will work in early
years"); and a second question after the first ("..., and what types of need will they cover")
is not said back as the part asked about ("not how many of them will they cover")."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

_APPROVED = "The written answer gives the number of further special free schools approved"
_EPS = "The written answer gives the number of more education psychologists to be trained"
_REACHED = (
    "The written answer gives the number of children reached by the AP Specialist Taskforce "
    "programme to date"
)
_PINS = "The written answer gives the number of primary schools the PINS programme is to support"

_READS_WELL = [
    (
        "have all 76 approved special free schools been built",
        "special-free-schools-approved",
        "The written answer doesn't say whether all 76 approved special free schools have been "
        "built.",
    ),
    (
        "have all 76 approved special free schools been built and opened?",
        "special-free-schools-approved",
        "The written answer doesn't say whether all 76 approved special free schools have been "
        "built.",
    ),
    (
        "have all 400 extra EPs been trained now",
        "educational-psychologists-trainees",
        "The written answer doesn't say whether all 400 extra EPs have been trained.",
    ),
    (
        "has every local area been inspected yet",
        "local-area-inspections",
        "The written answer doesn't say whether every local area has been inspected.",
    ),
    (
        "how many of the 76 approved special free schools are in each region, and what types "
        "of need will they cover?",
        "special-free-schools-approved",
        f"{_APPROVED}, not how many of them are in each region.",
    ),
    (
        "how many of the 400 new EPs will be working in early years",
        "educational-psychologists-trainees",
        f"{_EPS}, not how many of them will be working in early years.",
    ),
    (
        "of the 400 extra EPs how many will work in early years",
        "educational-psychologists-trainees",
        f"{_EPS}, not how many of them will work in early years.",
    ),
    (
        "how many of the 4000 children reached were in year 11",
        "ap-specialist-taskforce-reach",
        f"{_REACHED}, not how many of them were in year 11.",
    ),
    (
        "how many of the 1680 PINS schools are in deprived areas",
        "pins-primary-schools",
        f"{_PINS}, not how many of them are in deprived areas.",
    ),
    (
        "how many of the 15 new special schools are for SEMH and how many for autism?",
        "special-schools-opened",
        "The written answer gives the number of new special schools opened this academic year, "
        "not how many of them are for SEMH and how many for autism.",
    ),
    (
        "of the 76 approved schools how many will be for autism and how many for SEMH? asking "
        "as a SEMH teacher",
        "special-free-schools-approved",
        f"{_APPROVED}, not how many of them will be for autism and how many for SEMH.",
    ),
    (
        "how many of the 4000 kids reached were girls and how many boys pls",
        "ap-specialist-taskforce-reach",
        f"{_REACHED}, not how many of them were girls and how many boys.",
    ),
    # Near misses that read well already and must stay as they are: a second "how many" is
    # the same split, said back whole; "who" after the group names it, and asks nothing new.
    (
        "how many of the 1500 new places are primary and how many secondary",
        "special-school-places-created",
        "The written answer gives the number of new places created by the schools opened this "
        "academic year, not how many of them are primary and how many secondary.",
    ),
    (
        "of the 100k professionals who did autism training, how many were teachers",
        "autism-awareness-training",
        "The written answer gives the number of professionals who have undertaken autism "
        "awareness training since May 2022, not how many of them were teachers.",
    ),
    (
        "how many of the 4000 kids reached had been permanently excluded",
        "ap-specialist-taskforce-reach",
        f"{_REACHED}, not how many of them had been permanently excluded.",
    ),
]


@pytest.mark.parametrize(("question", "related", "missing"), _READS_WELL)
def test_the_missing_sentence_reads_as_english(
    single_source_index: FactIndex, question: str, related: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == missing
    assert reply.fact is not None and reply.fact.id == related
