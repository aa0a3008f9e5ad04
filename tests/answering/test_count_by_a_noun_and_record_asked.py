"""A count asked by a noun around the thing counted ("count of councils in the programme",
"the taskforce numbers?": how many, as "number of" and "schools count" say), and what the
department was asked in the passive's other tenses ("what has the dfe been asked?": the
question's wording, not which department it went to)."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "count of councils taking part in the change programme",
            "change-programme-local-authorities",
        ),
        ("tally of local authorities in the £70m programme?", "change-programme-local-authorities"),
        ("alternative provision taskforce numbers", "ap-specialist-taskforce-reach"),
        ("ap taskforce count pls", "ap-specialist-taskforce-reach"),
        ("what has the department been asked here", "document-question"),
        ("what exactly was the dfe being asked", "document-question"),
        # which department, asked in the same words, is still the department
        ("which department was being asked", "document-department"),
        # what the written answer is about, with a word said after it
        ("so what is this reply about basically", "document-question"),
    ],
)
def test_count_by_a_noun_and_record_asked(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("count of councils in it", Intent.COUNT),
        ("taskforce numbers pls", Intent.COUNT),
        # a sum, a paper's number and a bare "the numbers" are no count by a noun
        ("funding numbers", Intent.AMOUNT),
        ("reference numbers", Intent.OTHER),
        ("the command paper number", Intent.OTHER),
        # how many are in schools, a measure over the years, is not a count of schools
        ("special school numbers now", Intent.OTHER),
        ("pupil numbers?", Intent.OTHER),
        # numbers named in a whole question are not what it asks
        ("what is the target for internship numbers", Intent.OTHER),
    ],
)
def test_count_noun_after_a_singular(words: str, intent: Intent) -> None:
    assert intent_of(words.split()) is intent
