"""Whether something worked, will work or what will become of it, one child's referral, a
number no figure gives, a split no figure is broken into and how a formula the fact only
names works, asked in more of the ways people ask: a partial reply saying what the
written answer does not give, or a refusal, never the related fact as the answer.

Measured against the shipped knowledge base (many written answers) and the frozen one-source one.
"""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # What will become of councils is a prediction, not a fact the department gives.
        (
            "will local authorities go bankrupt over their high needs deficits",
            r"doesn't say what will happen next",
        ),
        # Whether a pilot worked for those it was for.
        (
            "did the supported internships pilot work out for those with no ehc plan",
            r"doesn't report results",
        ),
        # What an evaluation found, or whether it is going to work: planned, not reported.
        ("findings from the change programme evaluation?", r"doesn't report results or findings"),
        # "aiming to double the number" gives no number.
        (
            "how many supported internships will there be after the doubling",
            r"doesn't give a number of supported internships",
        ),
        # A split the written answer does not give: by year, by place.
        (
            "split of the £21m for training eps between 2024 and 2025?",
            r"not a breakdown by year",
        ),
        ("supported internship figures by council please", r"no figure to break down"),
        # How a formula a fact only names is worked out, or what it is made of.
        (
            "how is the high needs funding formula calculated",
            r"mentions .*formula but doesn't explain",
        ),
        (
            "what's the national funding formula made up of",
            r"mentions .*formula but doesn't explain",
        ),
        (
            "how does the national funding formula for high needs work in practice",
            r"mentions .*but doesn't explain",
        ),
        # A total no figure gives.
        ("total high needs deficit for every council?", r"no figure for that total"),
        # One child's referral.
        (
            "could my son be accepted onto the ap specialist taskforce, he's 15 and excluded",
            r"any one person's case",
        ),
    ],
)
def test_on_the_shipped_base(shipped_index: FactIndex, question: str, missing: str) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("is the change programme going to work", r"doesn't report results or findings"),
        ("could my daughter be referred to the ap taskforce", r"any one person's case"),
        # A rate of finishing or dropping out is a share, which no figure here gives.
        ("what's the pass rate for the npq in senco", r"doesn't give a percentage or share"),
        # When a start still to come happens, of a fact dating a launch.
        ("when will the change programme be rolled out nationally", r"doesn't say when|not when"),
    ],
)
def test_on_the_one_source_base(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)
