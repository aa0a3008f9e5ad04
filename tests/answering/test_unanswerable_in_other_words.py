"""Questions the written answers cannot answer, put in words a newcomer uses rather than the
words the curated phrasings use: who put the question down, whether anyone pays, when a
programme is over or what happens after it ends, which councils or schools, what letters stand
for, what came of a programme, how many actually took part. Each is declined, or given the
related fact after a true sentence saying what is missing; a fact that does answer is still
given."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # Who put the question, by any verb for putting one, or where it came from.
        ("who sent in the question", r"doesn't say who asked"),
        ("who lodged the question", r"doesn't say who asked"),
        ("whose question was this", r"doesn't say who asked"),
        ("who questioned the minister about this", r"doesn't say who asked"),
        ("was this asked by a labour or tory mp", r"doesn't say who asked"),
        # ... asked with a topic, of an answer that names no asker: not "another topic".
        ("who asked the question about educational psychologists", r"doesn't say who asked"),
        # Whether anyone pays, asked without the word "cost".
        ("is the autism training free", r"doesn't give a cost"),
        ("is there a charge for the online training modules", r"doesn't give a cost"),
        ("is the npq senco paid for by the government", r"doesn't give a cost"),
        ("do schools have to pay to join pins", r"doesn't give a cost"),
        # When it is over; what happens after the date it runs until.
        ("when will the change programme be over", r"not when it ends"),
        (
            "what happens to the ap taskforce after march 2025",
            r"gives when it runs until \(March 2025\), not what happens after that",
        ),
        # Which ones, asked with "what" or as a request.
        ("what schools are in pins", r"doesn't name"),
        ("tell me the councils in the change programme", r"doesn't name"),
        # What came of it for those it reached, however measured.
        ("did attendance go up for the ap taskforce kids", r"doesn't report results"),
        (
            "did the 4000 kids in the ap taskforce have better outcomes",
            r"not what came of them",
        ),
        ("did pins help any kids", r"doesn't report results"),
        # evidence of what came of it, asked for: no finding is reported
        (
            "is there any evidence that pins has helped neurodivergent pupils",
            r"doesn't report results",
        ),
        # Findings asked of a fact saying what was done: not called a plan.
        ("what did the 23 inspection reports find", r"it says what has been done\.$"),
        # How many actually took part or got through, of a plan or a count of those who began.
        (
            "up to 1680 schools for PINS - how many actually took part",
            r"a plan, not how many so far",
        ),
        ("how many special free schools have been built so far", r"not the number opened"),
        (
            "of the 5000 registered for ey senco training how many finished it",
            r"gives the number registered, not the number who completed it",
        ),
        ("how many kids have completed the ap specialist taskforce programme", r"number reached"),
        # The kinds among a number counted; a round not yet announced.
        ("what kind of special schools were the 15 new ones", r"not a breakdown by type"),
        ("how many special free schools in the next wave", r"what will happen next"),
        # a figure for an expansion to come, of the programme's own figure
        ("how many primary schools would a pins expansion cover", r"what will happen next"),
        # A term of several words, and a split asked "each year, not the total".
        ('what does "local area inspection" mean', r"doesn't explain what local area inspection"),
        ("what was the high needs increase each year, not the 60% total", r"for each year\.$"),
        # One child's place, anyone's eligibility, whether to trust it.
        ("can my son go to one of the new special schools", r"any one person's case"),
        ("my child is excluded, will the ap taskforce help him", r"any one person's case"),
        ("can a parent get the autism training", r"doesn't say who is eligible"),
        ("should parents trust the change programme", r"not anyone's opinion"),
    ],
)
def test_a_detail_no_fact_gives_is_not_answered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_letters_a_fact_only_names_are_not_spelt_out(shipped_index: FactIndex) -> None:
    # REACh is named as the delivery partner; no written answer says what the letters are.
    assert_not_answered(shipped_index, "what does REACh stand for", r"what REACh stands for")


def test_what_an_evaluation_may_find_is_no_finding(shipped_index: FactIndex) -> None:
    # "how far the programme may have improved" says what the evaluation will look at.
    assert_not_answered(shipped_index, "what did the pins evaluation find", r"doesn't report")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Letters a fact does spell out.
        ("what does pins stand for", "pins-programme"),
        ("what does SEND stand for", "document-question"),
        # A "free school" is a kind of school, not a price; a total of modules completed is
        # what "how many have been completed" asks.
        ("how many special free schools have been approved", "special-free-schools-approved"),
        ("how many online training modules have been completed", "online-training-modules"),
        # Who gave the answer in parliament is not who asked.
        ("who actually gave this answer in parliament", "document-answered-by"),
    ],
)
def test_the_fact_that_answers_is_still_given(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
