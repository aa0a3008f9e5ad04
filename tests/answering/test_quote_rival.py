"""A fact whose phrasings bring it to the top is not the answer when another, about as close,
says in its quote a rare word asked that the top fact's quote does not ("has the government
said demand for specialist placements went up": one quote says demand for placements has grown,
the top one only that new provision was developed). Which of the two answers is not clear, so
the question is not answered with either; a question the top fact's quote does say still is.
Only facts of one written answer contest each other so. (Asked "has it grown?" in the words
`asks_if_it_has_changed` reads, the fact saying it has grown comes first and answers.)"""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import quote_rival
from sendbot.answering.ranking import rank
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_close_rival_saying_the_word_asked_in_its_quote_is_not_passed_over(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index, "has the government said demand for specialist placements went up", ""
    )


def test_asked_whether_it_has_grown_the_rival_saying_so_answers(shipped_index: FactIndex) -> None:
    # "has grown" is asked in the words `asks_if_it_has_changed` reads: the fact saying it has
    # comes first (`_happened_on_top`), as the top one says nothing of a change.
    reply = assert_answered_with(
        shipped_index,
        "did dfe admit demand for specialist placements has grown?",
        "special-school-pupils-rise-since-2017",
    )
    assert "has grown" in reply.text


def test_a_fact_of_another_written_answer_is_no_quote_rival(shipped_index: FactIndex) -> None:
    # "67 similar projects in the pipeline" (June 2023) does not contest the newer answer's
    # count: which answer is newer decides between answers.
    ranking = rank(shipped_index, "how many special free schools are in the pipeline now")
    assert quote_rival(shipped_index, ranking.question, ranking.candidates) is None


def test_the_rival_is_the_fact_whose_quote_says_it(shipped_index: FactIndex) -> None:
    ranking = rank(
        shipped_index, "has the government said demand for specialist placements went up"
    )
    rival = quote_rival(shipped_index, ranking.question, ranking.candidates)
    assert rival is not None
    assert "placements has grown" in shipped_index.facts[rival.position].quote


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many special free schools are approved", "special-free-schools-approved"),
        (
            "can councils submit new bids for the spring budget special free school wave",
            "special-free-schools-no-new-applications",
        ),
    ],
)
def test_a_top_fact_whose_quote_says_what_was_asked_still_answers(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
