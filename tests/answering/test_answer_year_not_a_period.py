"""A year naming the written answer ("(2023 reply)", "the feb 2026 answer") is when it was
given: a fact of that answer dating nothing itself need not hold it (one giving years of its
own still must). And asked whether something has grown, a close fact saying it has comes
before one saying nothing of a change ("we have responded to this by ...")."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_year import years_naming_an_answer
from sendbot.answering.asked_so_far import says_no_change_happened
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.ranking import rank
from tests.answering.expected_replies import assert_answered_with


def _mismatched(index: FactIndex, question: str, fact_id: str) -> bool:
    ranking = rank(index, question)
    found = next(c for c in ranking.candidates if index.facts[c.position].id == fact_id)
    return found.evidence.number_mismatch


def test_a_fact_dating_nothing_need_not_hold_its_answers_year(shipped_index: FactIndex) -> None:
    # "The vast majority of this funding is allocated by local authorities to schools ...",
    # of the February 2026 answer, gives no year: 2026 can only name that answer.
    question = "where does the bulk of high needs money end up, per the feb 2026 answer?"
    assert not _mismatched(shipped_index, question, "high-needs-funding-reaches-settings")


def test_a_fact_giving_years_of_its_own_is_still_checked_against_it(
    shipped_index: FactIndex,
) -> None:
    # The February 2023 answer's rise gives 2022/23 and 2023/24, not 2023: the year named
    # may be the period asked, so the total ("£10.1 billion ... 2023/24") answers instead.
    question = "the feb 2023 answer: what was total high needs funding to be the next year?"
    assert_answered_with(shipped_index, question, "high-needs-total-2023-24")


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("has demand gone up? (2023 answer)", {"2023"}),
        ("in the june 2023 answer, what did the minister say about demand", {"2023"}),
        ("what does the answer from 2024 say, and the 2025 lords reply?", {"2024", "2025"}),
        ("how much was high needs funding in 2023", set()),
        ("how many more pupils than in 2017", set()),
    ],
)
def test_the_years_naming_an_answer(question: str, years: set[str]) -> None:
    assert years_naming_an_answer(analyse(question)) == years


def test_a_quote_saying_nothing_of_a_change() -> None:
    assert says_no_change_happened("We have responded to this by developing new provision.")
    assert says_no_change_happened("Numbers are expected to continue to increase.")
    assert not says_no_change_happened("Demand has grown in recent years.")


def test_the_answers_record_still_holds_the_year(single_source_index: FactIndex) -> None:
    # Asked whether it is the answer of that year, the record of who answered, which gives no
    # date, is no reply: the year may be the very thing asked.
    reply = answer(single_source_index, "was this reply the 2024 one, or older?")
    assert reply.fact is None or reply.fact.id != "document-answered-by"


@pytest.mark.parametrize(
    "question",
    [
        "did the dfe admit in 2023 that special school demand had gone up",
        "did ministers acknowledge back in 2023 that demand for specialist places had risen?",
    ],
)
def test_a_year_something_was_owned_to_names_its_answer(question: str) -> None:
    assert years_naming_an_answer(analyse(question)) == {"2023"}


def test_a_fact_dating_only_years_before_its_answers_year_need_not_hold_it(
    shipped_index: FactIndex,
) -> None:
    # "over 50,000 more pupils ... compared to 2017", of the June 2023 answer: 2017 cannot be
    # the 2023 the question names that answer by.
    question = "did the dfe admit in 2023 that special school demand had gone up"
    assert not _mismatched(shipped_index, question, "special-school-pupils-rise-since-2017")


@pytest.mark.parametrize(
    "question",
    [
        "did the dfe admit in 2023 that special school demand had gone up",
        "did ministers acknowledge back in 2023 that demand for specialist places had risen?",
    ],
)
def test_asked_whether_it_was_owned_that_it_had_grown_the_fact_saying_so_answers(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "we have responded to this by developing new specialist provision", which says
    # nothing of the growth itself.
    assert_answered_with(shipped_index, question, "special-school-pupils-rise-since-2017")
