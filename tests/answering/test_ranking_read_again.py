"""A ranking read in part gives what reading all of it gives: a filter's candidates in rank order
(`in_order_where`), and a question ranked again, whose evidence is kept from the time before."""

from collections.abc import Iterable

import pytest

from sendbot.answering import scoring
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.ranked import Candidate
from sendbot.answering.ranking import rank

QUESTIONS = [
    "how many special schools opened?",
    "what's the latest high needs budget",
    "is high needs funding over how much?",
    "what did it say about the value of educational psychologists",
    "who answered the question on high needs in 2025?",
]


def _scored(candidates: Iterable[Candidate]) -> list[tuple[int, float]]:
    return [(candidate.position, candidate.rank_score) for candidate in candidates]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("read_first", [0, 1, 3])
def test_the_candidates_a_filter_keeps_come_in_rank_order(
    shipped_index: FactIndex, question: str, read_first: int
) -> None:
    facts = shipped_index.facts
    sources = {facts[position].source_id for position in range(0, len(facts), 3)}

    def kept(position: int) -> bool:
        return facts[position].source_id in sources

    whole = list(rank(shipped_index, question).candidates)
    partly = rank(shipped_index, question).candidates
    _ = partly[:read_first]  # some read already, as a rule may have read them
    expected = [(c.position, c.rank_score) for c in whole if kept(c.position)]
    assert expected  # (the filter keeps some of every ranking here)
    assert _scored(partly.in_order_where(kept)) == expected


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_question_ranked_again_ranks_as_before(shipped_index: FactIndex, question: str) -> None:
    analysed = analyse(question)
    first = _scored(rank(shipped_index, question, analysed).candidates)
    again = rank(shipped_index, question, analysed).candidates
    assert _scored(again) == first
    assert [c.evidence for c in again] == [
        c.evidence for c in rank(shipped_index, question, analysed).candidates
    ]


def test_the_last_few_rankings_work_is_kept(shipped_index: FactIndex) -> None:
    """The work of the last `_READ_KEPT` rankings is kept, the oldest let go one at a time as
    each new one comes (not all at once, which made one ranking in eight pay to free them)."""
    questions = [question for fact in shipped_index.kb for question in fact.questions[:1]]
    analysed = [analyse(question) for question in questions[: scoring._READ_KEPT + 3]]
    for question, asked in zip(questions, analysed, strict=False):
        assert rank(shipped_index, question, asked).candidates  # (each is worked out)
    kept = [read.question for read in scoring._read.values()]
    assert [id(question) for question in kept] == [
        id(asked) for asked in analysed[-scoring._READ_KEPT :]
    ]
