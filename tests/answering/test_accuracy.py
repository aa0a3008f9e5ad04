"""Holds the matcher to the accuracy it reaches on the labelled question sets, each measured
against the frozen single-source knowledge base (tests/data/single-source-kb).

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
        ("questions.yaml", 0.96, 1.0, 1),
        # training set of the confidence model: a third long and chatty
        ("train.yaml", 0.89, 0.99, 3),
        # first held-out set (its misses were looked at once, which informed later changes)
        ("holdout.yaml", 0.81, 1.0, 2),
        # final held-out set: first measured at 75/100, 1 wrong, 44/50 with an earlier model
        ("final.yaml", 0.87, 0.96, 2),
        # second final held-out set, never tuned on: measured at the end of each round of work
        # on issue 7 (81/100 then 85/100), so now measured more than once
        ("final2.yaml", 0.85, 0.88, 0),
        # third final held-out set, never tuned on: 84/100 then 83/100, likewise
        ("final3.yaml", 0.83, 0.88, 0),
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


def test_fourth_held_out_set_floor(single_source_index: FactIndex) -> None:
    """final4.yaml: on-topic questions the source does not answer must not get a fact as the
    answer (declined or partial both count as handled). Measured at the end of the work on
    answered/partial/declined: 123/147 right, 4 wrong facts, 68/89 on-topic and 22/22 off-topic
    handled (before it: 117/147, 3, 41/89 and 22/22); at the end of the second round 120/147,
    3 wrong facts, 70/89 and 22/22. Measured more than once, never tuned on."""
    data = yaml.safe_load((EVAL / "final4.yaml").read_text(encoding="utf-8"))
    unanswerable = data["partial_or_declined"] + data["out_of_scope"]
    questions = labelled_questions({"in_scope": data["in_scope"], "out_of_scope": unanswerable})
    report = evaluate(single_source_index, questions)
    misses = "\n".join(str(miss) for miss in report.misses)
    assert report.accuracy >= 0.81, f"{report.summary()}\n{misses}"
    assert report.decline_rate >= 0.82, f"{report.summary()}\n{misses}"
    assert report.in_scope_wrong_fact <= 3, f"{report.summary()}\n{misses}"
