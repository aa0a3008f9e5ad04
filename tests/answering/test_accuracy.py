"""Holds the matcher to the accuracy it reaches on the labelled question sets.

The floors are what was measured, rounded down to the percent, so a change that makes answers
worse fails here; README.md has the measured numbers.
"""

from pathlib import Path

import pytest
import yaml

from sendbot.answering.evaluate import evaluate, labelled_questions
from sendbot.answering.match import FactIndex

EVAL = Path(__file__).resolve().parent.parent / "eval"


def run(index: FactIndex, name: str):  # type: ignore[no-untyped-def]
    data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    return evaluate(index, labelled_questions(data))


@pytest.mark.parametrize(
    ("name", "min_accuracy", "min_declined", "max_wrong"),
    [
        # development set: phrasings like the curated ones, typos, abbreviations (tuned on)
        ("questions.yaml", 0.95, 0.95, 1),
        # training set of the confidence model: a third long and chatty
        ("train.yaml", 0.84, 0.92, 3),
        # first held-out set (its misses were looked at once, which informed later changes)
        ("holdout.yaml", 0.81, 0.95, 2),
        # final held-out set: first measured at 75/100, 1 wrong, 44/50 with an earlier model
        ("final.yaml", 0.78, 0.85, 3),
        # second final held-out set: measured once with the finished matcher, never tuned on
        ("final2.yaml", 0.78, 0.81, 0),
        # third final held-out set: measured once with the same matcher, never tuned on
        ("final3.yaml", 0.83, 0.82, 1),
    ],
)
def test_accuracy_floor(
    single_source_index: FactIndex,
    name: str,
    min_accuracy: float,
    min_declined: float,
    max_wrong: int,
) -> None:
    report = run(single_source_index, name)
    misses = "\n".join(str(miss) for miss in report.misses)
    assert report.accuracy >= min_accuracy, f"{report.summary()}\n{misses}"
    assert report.decline_rate >= min_declined, f"{report.summary()}\n{misses}"
    assert report.in_scope_wrong_fact <= max_wrong, f"{report.summary()}\n{misses}"
