"""Holds the matcher to the accuracy it reaches on the labelled question sets, each measured
against the frozen single-source knowledge base (tests/data/single-source-kb), and answering
over many sources to what it reaches on the multi-source development sets (shipped base).

The floors are what was measured, rounded down to the percent, so a change that makes answers
worse fails here; README.md has the measured numbers.
"""

from pathlib import Path

import pytest
import yaml

from sendbot.answering.evaluate import Evaluation, evaluate, labelled_questions
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.source_eval import score_set

EVAL = Path(__file__).resolve().parent.parent / "eval"


def run(index: FactIndex, name: str) -> Evaluation:
    data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    return evaluate(index, labelled_questions(data))


# Held-out sets: measured, never read for tuning, so a failing floor shows only their numbers.
HELD_OUT = frozenset(
    line.strip()
    for line in (EVAL / "HELD_OUT").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def assert_floor(
    name: str, report: Evaluation, min_accuracy: float, min_declined: float, max_wrong: int
) -> None:
    """Every miss of a development set is listed when a floor fails, so the change that broke
    it can be seen; a held-out set's questions are never shown."""
    shown = () if name in HELD_OUT else report.misses
    misses = "\n".join(str(miss) for miss in shown)
    # Plain numbers, so that pytest's account of a failed assert cannot show the report's misses.
    accuracy, declined, wrong = report.accuracy, report.decline_rate, report.in_scope_wrong_fact
    assert accuracy >= min_accuracy, f"{report.summary()}\n{misses}"
    assert declined >= min_declined, f"{report.summary()}\n{misses}"
    assert wrong <= max_wrong, f"{report.summary()}\n{misses}"


@pytest.mark.parametrize(
    ("name", "min_accuracy", "min_declined", "max_wrong"),
    [
        # development set: phrasings like the curated ones, typos, abbreviations (tuned on)
        # end of round 15: 102/103 right, 1 wrong, 41/41 off topic declined
        # end of round 17: 102/103 right, 1 wrong, 41/41 off topic declined
        # end of round 18: 102/103 right, 1 wrong, 41/41 off topic declined
        # end of round 19: 102/103 right, 1 wrong, 41/41 off topic declined
        # end of round 20: 102/103 right, 1 wrong, 41/41 off topic declined
        # end of round 21: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 22: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 23: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 24: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 25: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 26: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 27: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 28: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 29: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 30: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 31: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 32: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 33: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 34: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 35: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 36: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 37: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 38: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 39: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 40: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 41: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 42: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 43: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 44: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 45: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 46: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 47: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 48: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 49: 103/103 right, 0 wrong, 41/41 off topic declined
        # end of round 50: 103/103 right, 0 wrong, 41/41 off topic declined
        ("questions.yaml", 1.0, 1.0, 0),
        # training set of the confidence model: a third long and chatty
        # end of round 15: 194/200 right, 1 wrong, 99/100 off topic declined
        # end of round 17: 194/200 right, 1 wrong, 99/100 off topic declined
        # end of round 18: 194/200 right, 1 wrong, 99/100 off topic declined
        # end of round 19: 194/200 right, 1 wrong, 99/100 off topic declined
        # end of round 20: 194/200 right, 1 wrong, 99/100 off topic declined
        # end of round 21: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 22: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 23: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 24: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 25: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 26: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 27: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 28: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 29: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 30: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 31: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 32: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 33: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 34: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 35: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 36: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 37: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 38: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 39: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 40: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 41: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 42: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 43: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 44: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 45: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 46: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 47: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 48: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 49: 195/200 right, 0 wrong, 99/100 off topic declined
        # end of round 50: 195/200 right, 0 wrong, 99/100 off topic declined
        ("train.yaml", 0.97, 0.99, 0),
        # first held-out set (its misses were looked at once, which informed later changes)
        # end of round 15: 59/70 right, 2 wrong, 30/30 off topic declined
        # end of round 17: 59/70 right, 2 wrong, 30/30 off topic declined
        # end of round 18: 59/70 right, 2 wrong, 30/30 off topic declined
        # end of round 19: 59/70 right, 2 wrong, 30/30 off topic declined
        # end of round 20: 59/70 right, 2 wrong, 30/30 off topic declined
        # end of round 21: 60/70 right, 2 wrong, 30/30 off topic declined
        # end of round 22: 61/70 right, 2 wrong, 30/30 off topic declined
        # end of round 23: 61/70 right, 2 wrong, 30/30 off topic declined
        # end of round 24: 62/70 right, 2 wrong, 30/30 off topic declined
        # end of round 25: 62/70 right, 2 wrong, 30/30 off topic declined
        # end of round 26: 62/70 right, 2 wrong, 30/30 off topic declined
        # end of round 27: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 28: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 29: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 30: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 31: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 32: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 33: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 34: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 35: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 36: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 37: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 38: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 39: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 40: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 41: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 42: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 43: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 44: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 45: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 46: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 47: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 48: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 49: 63/70 right, 2 wrong, 30/30 off topic declined
        # end of round 50: 63/70 right, 2 wrong, 30/30 off topic declined
        ("holdout.yaml", 0.9, 1.0, 2),
        # final held-out set: first measured at 75/100, 1 wrong, 44/50 with an earlier model
        # end of round 15: 95/100 right, 0 wrong, 49/50 off topic declined
        # end of round 17: 95/100 right, 0 wrong, 49/50 off topic declined
        # end of round 18: 95/100 right, 0 wrong, 49/50 off topic declined
        # end of round 19: 95/100 right, 0 wrong, 49/50 off topic declined
        # end of round 20: 95/100 right, 0 wrong, 49/50 off topic declined
        # end of round 21: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 22: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 23: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 24: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 25: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 26: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 27: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 28: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 29: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 30: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 31: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 32: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 33: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 34: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 35: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 36: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 37: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 38: 96/100 right, 0 wrong, 49/50 off topic declined
        # end of round 39: 97/100 right, 0 wrong, 49/50 off topic declined
        # end of round 40: 97/100 right, 0 wrong, 49/50 off topic declined
        # end of round 41: 97/100 right, 0 wrong, 49/50 off topic declined
        # end of round 42: 97/100 right, 0 wrong, 49/50 off topic declined
        # end of round 43: 97/100 right, 0 wrong, 49/50 off topic declined
        # end of round 44: 97/100 right, 0 wrong, 49/50 off topic declined
        # end of round 45: 97/100 right, 0 wrong, 49/50 off topic declined
        # end of round 46: 98/100 right, 0 wrong, 49/50 off topic declined
        # end of round 47: 98/100 right, 0 wrong, 49/50 off topic declined
        # end of round 48: 98/100 right, 0 wrong, 49/50 off topic declined
        # end of round 49: 98/100 right, 0 wrong, 49/50 off topic declined
        # end of round 50: 98/100 right, 0 wrong, 49/50 off topic declined
        ("final.yaml", 0.98, 0.98, 0),
        # second final held-out set, never tuned on: measured at the end of each round of work
        # on answering (81/100, 85/100, 86/100, 89/100, then 90/100), so now measured
        # more than once
        # end of round 15: 95/100 right, 0 wrong, 47/50 off topic declined
        # end of round 17: 96/100 right, 0 wrong, 47/50 off topic declined
        # end of round 18: 96/100 right, 0 wrong, 47/50 off topic declined
        # end of round 19: 96/100 right, 0 wrong, 48/50 off topic declined
        # end of round 20: 96/100 right, 0 wrong, 48/50 off topic declined
        # end of round 21: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 22: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 23: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 24: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 25: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 26: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 27: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 28: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 29: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 30: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 31: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 32: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 33: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 34: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 35: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 36: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 37: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 38: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 39: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 40: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 41: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 42: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 43: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 44: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 45: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 46: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 47: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 48: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 49: 98/100 right, 0 wrong, 48/50 off topic declined
        # end of round 50: 98/100 right, 0 wrong, 48/50 off topic declined
        ("final2.yaml", 0.98, 0.96, 0),
        # third final held-out set, never tuned on: 84/100, 83/100, 86/100, then 87/100, likewise
        # end of round 15: 94/100 right, 0 wrong, 47/50 off topic declined
        # end of round 17: 94/100 right, 0 wrong, 47/50 off topic declined
        # end of round 18: 94/100 right, 0 wrong, 47/50 off topic declined
        # end of round 19: 94/100 right, 0 wrong, 47/50 off topic declined
        # end of round 20: 94/100 right, 0 wrong, 47/50 off topic declined
        # end of round 21: 95/100 right, 0 wrong, 47/50 off topic declined
        # end of round 22: 95/100 right, 0 wrong, 47/50 off topic declined
        # end of round 23: 95/100 right, 0 wrong, 47/50 off topic declined
        # end of round 24: 95/100 right, 0 wrong, 47/50 off topic declined
        # end of round 25: 95/100 right, 0 wrong, 47/50 off topic declined
        # end of round 26: 96/100 right, 0 wrong, 47/50 off topic declined
        # end of round 27: 96/100 right, 0 wrong, 47/50 off topic declined
        # end of round 28: 96/100 right, 0 wrong, 47/50 off topic declined
        # end of round 29: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 30: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 31: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 32: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 33: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 34: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 35: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 36: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 37: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 38: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 39: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 40: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 41: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 42: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 43: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 44: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 45: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 46: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 47: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 48: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 49: 97/100 right, 0 wrong, 47/50 off topic declined
        # end of round 50: 97/100 right, 0 wrong, 47/50 off topic declined
        ("final3.yaml", 0.97, 0.94, 0),
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
    assert_floor(name, report, min_accuracy, min_declined, max_wrong)


@pytest.mark.parametrize(
    ("name", "min_accuracy", "min_handled", "max_wrong"),
    [
        # chat-style development set, tuned on: 87/89 right, 1 wrong fact, 90/91 on-topic
        # unanswerable and 17/17 off topic handled; 88/89, 0 wrong, 91/91 now
        # end of round 15: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 17: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 18: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 19: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 20: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 21: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 22: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 23: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 24: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 25: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 26: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 27: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 28: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 29: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 30: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 31: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 32: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 33: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 34: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 35: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 36: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 37: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 38: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 39: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 40: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 41: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 42: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 43: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 44: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 45: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 46: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 47: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 48: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 49: 89/89 right, 0 wrong, 108/108 not answerable handled
        # end of round 50: 89/89 right, 0 wrong, 108/108 not answerable handled
        ("dev_chat.yaml", 1.0, 1.0, 0),
        # third chat-style development set, tuned on after its first measurement: 122/140 right
        # and 106/121 unanswerable or off topic handled at first; 135/140, 1 wrong, 121/121 now
        # end of round 15: 138/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 17: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 18: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 19: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 20: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 21: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 22: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 23: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 24: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 25: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 26: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 27: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 28: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 29: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 30: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 31: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 32: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 33: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 34: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 35: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 36: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 37: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 38: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 39: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 40: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 41: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 42: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 43: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 44: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 45: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 46: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 47: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 48: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 49: 139/140 right, 0 wrong, 121/121 not answerable handled
        # end of round 50: 139/140 right, 0 wrong, 121/121 not answerable handled
        ("dev3_chat.yaml", 0.99, 1.0, 0),
        # fourth chat-style development set: 132/144 right, 2 wrong, 112/118 handled when first
        # measured, before anything was tuned on it; 138/144, 2, 118/118 now
        # end of round 15: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 17: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 18: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 19: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 20: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 21: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 22: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 23: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 24: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 25: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 26: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 27: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 28: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 29: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 30: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 31: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 32: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 33: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 34: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 35: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 36: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 37: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 38: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 39: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 40: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 41: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 42: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 43: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 44: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 45: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 46: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 47: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 48: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 49: 144/144 right, 0 wrong, 118/118 not answerable handled
        # end of round 50: 144/144 right, 0 wrong, 118/118 not answerable handled
        ("dev4_chat.yaml", 1.0, 1.0, 0),
        # fifth chat-style development set: 141/155 right, 0 wrong, 105/115 handled when first
        # measured, before anything was tuned on it; 147/155, 0, 115/115 now (a question
        # pointing back at the asker's story is answered about what the story named)
        # end of round 15: 153/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 17: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 18: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 19: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 20: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 21: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 22: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 23: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 24: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 25: 154/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 26: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 27: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 28: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 29: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 30: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 31: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 32: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 33: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 34: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 35: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 36: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 37: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 38: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 39: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 40: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 41: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 42: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 43: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 44: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 45: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 46: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 47: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 48: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 49: 155/155 right, 0 wrong, 115/115 not answerable handled
        # end of round 50: 155/155 right, 0 wrong, 115/115 not answerable handled
        ("dev5_chat.yaml", 1.0, 1.0, 0),
        # final4-7 below were held out when written and are development sets now (tests/eval/
        # HELD_OUT lists the sets still held out); their history:
        # fourth final held-out set, never tuned on, measured at the end of each round: 117/147
        # right and 41/89 on-topic unanswerable handled at first; 130/147 and 81/89 now
        # (137/147 and 83/89 a round later)
        # end of round 15: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 17: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 18: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 19: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 20: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 21: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 22: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 23: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 24: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 25: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 26: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 27: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 28: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 29: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 30: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 31: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 32: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 33: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 34: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 35: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 36: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 37: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 38: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 39: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 40: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 41: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 42: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 43: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 44: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 45: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 46: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 47: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 48: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 49: 145/147 right, 0 wrong, 111/111 not answerable handled
        # end of round 50: 145/147 right, 0 wrong, 111/111 not answerable handled
        ("final4.yaml", 0.98, 1.0, 0),
        # fifth final held-out set, never tuned on: 128/144 right, 0 wrong facts, 75/90 handled
        # when first measured; 135/144, 0, 86/90 at the end of the round after; 136/144 a round on
        # (140/144 and 87/90 handled a round later)
        # end of round 15: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 17: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 18: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 19: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 20: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 21: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 22: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 23: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 24: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 25: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 26: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 27: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 28: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 29: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 30: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 31: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 32: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 33: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 34: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 35: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 36: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 37: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 38: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 39: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 40: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 41: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 42: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 43: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 44: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 45: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 46: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 47: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 48: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 49: 144/144 right, 0 wrong, 112/112 not answerable handled
        # end of round 50: 144/144 right, 0 wrong, 112/112 not answerable handled
        ("final5.yaml", 1.0, 1.0, 0),
        # sixth final held-out set, never tuned on: 124/151 right, 1 wrong, 84/94 handled at the
        # start of the round it was written for; 127/151, 2, 86/94 at its end; 134/151, 2, 88/94
        # a round later
        # (93/94 handled a round later)
        # end of round 15: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 17: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 18: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 19: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 20: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 21: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 22: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 23: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 24: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 25: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 26: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 27: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 28: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 29: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 30: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 31: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 32: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 33: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 34: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 35: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 36: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 37: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 38: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 39: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 40: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 41: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 42: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 43: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 44: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 45: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 46: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 47: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 48: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 49: 151/151 right, 0 wrong, 118/118 not answerable handled
        # end of round 50: 151/151 right, 0 wrong, 118/118 not answerable handled
        ("final6.yaml", 1.0, 1.0, 0),
        # seventh final held-out set, never tuned on, kept outside the repository for a round
        # of work: 124/139 right, 2 wrong, 86/98 on topic handled at its start; 126/139, 2, 86/98
        # at its end (110/123 with the off-topic ones)
        # (133/139 and 98/98 on topic handled a round later)
        # end of round 15: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 17: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 18: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 19: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 20: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 21: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 22: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 23: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 24: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 25: 138/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 26: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 27: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 28: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 29: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 30: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 31: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 32: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 33: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 34: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 35: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 36: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 37: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 38: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 39: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 40: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 41: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 42: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 43: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 44: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 45: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 46: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 47: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 48: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 49: 139/139 right, 0 wrong, 123/123 not answerable handled
        # end of round 50: 139/139 right, 0 wrong, 123/123 not answerable handled
        ("final7.yaml", 1.0, 1.0, 0),
        # eighth final held-out set, kept outside the repository for a round of work: 134/146
        # right, 2 wrong, 82/92 on topic handled at its start; 138/146, 2, 81/92 at its end;
        # still held out a round later: 138/146, 2, 88/92
        # end of round 14: 143/146 right, 1 wrong, 116/117 not answerable handled
        # end of round 15: 144/146 right, 0 wrong, 116/117 not answerable handled
        # end of round 17: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 18: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 19: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 20: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 21: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 22: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 23: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 24: 144/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 25: 145/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 26: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 27: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 28: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 29: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 30: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 31: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 32: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 33: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 34: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 35: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 36: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 37: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 38: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 39: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 40: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 41: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 42: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 43: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 44: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 45: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 46: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 47: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 48: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 49: 146/146 right, 0 wrong, 117/117 not answerable handled
        # end of round 50: 146/146 right, 0 wrong, 117/117 not answerable handled
        ("final8.yaml", 1.0, 1.0, 0),
        # ninth final held-out set, kept outside the repository for a round of work: 171/186
        # right, 1 wrong, 92/97 on topic handled at its start; 171/186, 1, 94/97 at its end
        # end of round 15: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 17: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 18: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 19: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 20: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 21: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 22: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 23: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 24: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 25: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 26: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 27: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 28: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 29: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 30: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 31: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 32: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 33: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 34: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 35: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 36: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 37: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 38: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 39: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 40: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 41: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 42: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 43: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 44: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 45: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 46: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 47: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 48: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 49: 186/186 right, 0 wrong, 122/122 not answerable handled
        # end of round 50: 186/186 right, 0 wrong, 122/122 not answerable handled
        ("final9.yaml", 1.0, 1.0, 0),
        # sixth chat-style development set, written with final9 and used in that round only to
        # check changes (summary lines): 161/177 right, 1 wrong, 81/96 on topic handled at
        # first; 161/177, 1, 89/96 at the round's end
        # end of round 15: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 17: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 18: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 19: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 20: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 21: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 22: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 23: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 24: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 25: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 26: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 27: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 28: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 29: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 30: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 31: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 32: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 33: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 34: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 35: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 36: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 37: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 38: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 39: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 40: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 41: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 42: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 43: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 44: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 45: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 46: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 47: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 48: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 49: 177/177 right, 0 wrong, 122/122 not answerable handled
        # end of round 50: 177/177 right, 0 wrong, 122/122 not answerable handled
        ("dev6_chat.yaml", 1.0, 1.0, 0),
        # tenth final held-out set, kept outside the repository for a round of work: 150/174
        # right, 0 wrong, 90/95 on topic handled at its start; 153/174 right, 0 wrong, 92/95 on
        # topic (117/120 with the off-topic ones) handled at its end
        # end of round 15: 170/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 17: 171/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 18: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 19: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 20: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 21: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 22: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 23: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 24: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 25: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 26: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 27: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 28: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 29: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 30: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 31: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 32: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 33: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 34: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 35: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 36: 172/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 37: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 38: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 39: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 40: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 41: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 42: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 43: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 44: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 45: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 46: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 47: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 48: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 49: 173/174 right, 0 wrong, 120/120 not answerable handled
        # end of round 50: 173/174 right, 0 wrong, 120/120 not answerable handled
        ("final10.yaml", 0.99, 1.0, 0),
        # seventh chat-style development set, written with final10 and used in that round only
        # to check changes (summary lines): 149/159 right, 1 wrong, 95/103 on topic handled at
        # first; 151/159 right, 1 wrong, 122/129 with the off-topic ones handled at its end
        # end of round 15: 158/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 17: 158/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 18: 158/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 19: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 20: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 21: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 22: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 23: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 24: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 25: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 26: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 27: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 28: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 29: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 30: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 31: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 32: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 33: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 34: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 35: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 36: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 37: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 38: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 39: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 40: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 41: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 42: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 43: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 44: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 45: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 46: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 47: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 48: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 49: 159/159 right, 0 wrong, 129/129 not answerable handled
        # end of round 50: 159/159 right, 0 wrong, 129/129 not answerable handled
        ("dev7_chat.yaml", 1.0, 1.0, 0),
        # eleventh final held-out set, kept outside the repository for a round of work: 166/183
        # right, 0 wrong, 89/97 on topic handled at its start; 165/183 right, 0 wrong, 116/123
        # not answerable handled at its end
        # end of round 15: 180/183 right, 0 wrong, 122/123 not answerable handled
        # end of round 17: 180/183 right, 0 wrong, 122/123 not answerable handled
        # end of round 18: 180/183 right, 0 wrong, 122/123 not answerable handled
        # end of round 19: 182/183 right, 0 wrong, 122/123 not answerable handled
        # end of round 20: 182/183 right, 0 wrong, 122/123 not answerable handled
        # end of round 21: 182/183 right, 0 wrong, 122/123 not answerable handled
        # end of round 22: 182/183 right, 0 wrong, 122/123 not answerable handled
        # end of round 23: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 24: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 25: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 26: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 27: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 28: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 29: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 30: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 31: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 32: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 33: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 34: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 35: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 36: 182/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 37: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 38: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 39: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 40: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 41: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 42: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 43: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 44: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 45: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 46: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 47: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 48: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 49: 183/183 right, 0 wrong, 123/123 not answerable handled
        # end of round 50: 183/183 right, 0 wrong, 123/123 not answerable handled
        ("final11.yaml", 1.0, 1.0, 0),
        # eighth chat-style development set, written with final11 and used in that round only
        # to check changes (summary lines): 180/195 right, 1 wrong, 94/96 on topic handled at
        # first; 182/195 right, 1 wrong, 121/123 not answerable handled at its end
        # end of round 15: 194/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 17: 194/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 18: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 19: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 20: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 21: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 22: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 23: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 24: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 25: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 26: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 27: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 28: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 29: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 30: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 31: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 32: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 33: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 34: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 35: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 36: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 37: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 38: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 39: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 40: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 41: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 42: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 43: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 44: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 45: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 46: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 47: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 48: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 49: 195/195 right, 0 wrong, 123/123 not answerable handled
        # end of round 50: 195/195 right, 0 wrong, 123/123 not answerable handled
        ("dev8_chat.yaml", 1.0, 1.0, 0),
        # twelfth final held-out set, kept outside the repository for a round of work: 167/181
        # right, 0 wrong, 93/100 on topic handled at its start; 169/181 right, 0 wrong, 119/126 not
        # answerable handled at its end
        # end of round 15: 180/181 right, 0 wrong, 124/126 not answerable handled
        # end of round 17: 180/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 18: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 19: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 20: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 21: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 22: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 23: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 24: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 25: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 26: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 27: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 28: 181/181 right, 0 wrong, 125/126 not answerable handled
        # end of round 29: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 30: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 31: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 32: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 33: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 34: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 35: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 36: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 37: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 38: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 39: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 40: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 41: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 42: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 43: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 44: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 45: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 46: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 47: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 48: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 49: 181/181 right, 0 wrong, 126/126 not answerable handled
        # end of round 50: 181/181 right, 0 wrong, 126/126 not answerable handled
        ("final12.yaml", 1.0, 1.0, 0),
        # ninth chat-style development set, written with final12 and used in that round only
        # to check changes (summary lines): 172/191 right, 4 wrong, 93/95 on topic
        # handled at first;
        # 173/191 right, 4 wrong, 119/121 not answerable handled at its end
        # end of round 15: 186/191 right, 2 wrong, 121/121 not answerable handled
        # end of round 17: 187/191 right, 2 wrong, 121/121 not answerable handled
        # end of round 18: 187/191 right, 2 wrong, 121/121 not answerable handled
        # end of round 19: 187/191 right, 2 wrong, 121/121 not answerable handled
        # end of round 20: 187/191 right, 2 wrong, 121/121 not answerable handled
        # end of round 21: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 22: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 23: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 24: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 25: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 26: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 27: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 28: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 29: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 30: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 31: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 32: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 33: 188/191 right, 1 wrong, 121/121 not answerable handled
        # end of round 34: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 35: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 36: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 37: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 38: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 39: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 40: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 41: 189/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 42: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 43: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 44: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 45: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 46: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 47: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 48: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 49: 190/191 right, 0 wrong, 121/121 not answerable handled
        # end of round 50: 190/191 right, 0 wrong, 121/121 not answerable handled
        ("dev9_chat.yaml", 0.99, 1.0, 0),
        # thirteenth final held-out set, kept outside the repository for a round of work: 174/185
        # right, 0 wrong, 96/100 on topic handled at its start; 178/185 right, 0 wrong,
        # 124/126 not answerable handled at its end
        # end of round 15: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 17: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 18: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 19: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 20: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 21: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 22: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 23: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 24: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 25: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 26: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 27: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 28: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 29: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 30: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 31: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 32: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 33: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 34: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 35: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 36: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 37: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 38: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 39: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 40: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 41: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 42: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 43: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 44: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 45: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 46: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 47: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 48: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 49: 185/185 right, 0 wrong, 125/126 not answerable handled
        # end of round 50: 185/185 right, 0 wrong, 125/126 not answerable handled
        ("final13.yaml", 1.0, 0.99, 0),
        # tenth chat-style development set, written with final13 and used in that round only
        # to check changes (summary lines): 165/178 right, 1 wrong, 88/96 on topic
        # handled at first; 170/178 right, 1 wrong, 113/121 not answerable handled at its
        # end
        # end of round 14: 177/178 right, 1 wrong, 119/121 not answerable handled
        # end of round 15: 178/178 right, 0 wrong, 119/121 not answerable handled
        # end of round 17: 178/178 right, 0 wrong, 119/121 not answerable handled
        # end of round 18: 178/178 right, 0 wrong, 119/121 not answerable handled
        # end of round 19: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 20: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 21: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 22: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 23: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 24: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 25: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 26: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 27: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 28: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 29: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 30: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 31: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 32: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 33: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 34: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 35: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 36: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 37: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 38: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 39: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 40: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 41: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 42: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 43: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 44: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 45: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 46: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 47: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 48: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 49: 178/178 right, 0 wrong, 120/121 not answerable handled
        # end of round 50: 178/178 right, 0 wrong, 120/121 not answerable handled
        ("dev10_chat.yaml", 1.0, 0.99, 0),
        # fourteenth final held-out set, kept outside the repository for a round of work: 166/179
        # right, 2 wrong, 95/98 on topic handled at its start; 165/179 right, 2 wrong, 121/123
        # not answerable handled at its end
        # end of round 13: 166/179 right, 2 wrong, 121/123 not answerable handled; retired to
        # development at the start of round 14
        # end of round 14: 172/179 right, 2 wrong, 121/123 not answerable handled
        # end of round 15: 174/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 17: 176/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 18: 176/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 19: 176/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 20: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 21: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 22: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 23: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 24: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 25: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 26: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 27: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 28: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 29: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 30: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 31: 177/179 right, 1 wrong, 123/123 not answerable handled
        # end of round 32: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 33: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 34: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 35: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 36: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 37: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 38: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 39: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 40: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 41: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 42: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 43: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 44: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 45: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 46: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 47: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 48: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 49: 178/179 right, 0 wrong, 123/123 not answerable handled
        # end of round 50: 178/179 right, 0 wrong, 123/123 not answerable handled
        ("final14.yaml", 0.99, 1.0, 0),
        # eleventh chat-style development set, written with final14 and used in that round only
        # to check changes (summary lines): 179/186 right, 2 wrong, 94/96 on topic handled at
        # first; 180/186 right, 2 wrong, 119/121 not answerable handled at its end
        # end of round 15: 184/186 right, 2 wrong, 120/121 not answerable handled
        # end of round 17: 185/186 right, 1 wrong, 120/121 not answerable handled
        # end of round 18: 185/186 right, 1 wrong, 120/121 not answerable handled
        # end of round 19: 185/186 right, 1 wrong, 120/121 not answerable handled
        # end of round 20: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 21: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 22: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 23: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 24: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 25: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 26: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 27: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 28: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 29: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 30: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 31: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 32: 185/186 right, 1 wrong, 121/121 not answerable handled
        # end of round 33: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 34: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 35: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 36: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 37: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 38: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 39: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 40: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 41: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 42: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 43: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 44: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 45: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 46: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 47: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 48: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 49: 185/186 right, 0 wrong, 121/121 not answerable handled
        # end of round 50: 185/186 right, 0 wrong, 121/121 not answerable handled
        ("dev11_chat.yaml", 0.99, 1.0, 0),
        # fifteenth final held-out set, kept outside the repository for a round of work: 162/177
        # right, 1 wrong, 96/100 on topic handled at its start; 163/177 right, 1 wrong, 122/125
        # not answerable handled at its end
        # end of round 14: 165/177 right, 0 wrong, 122/125 not answerable handled; retired to
        # development at the start of round 15
        # end of round 15: 168/177 right, 0 wrong, 124/125 not answerable handled
        # end of round 17: 170/177 right, 0 wrong, 124/125 not answerable handled
        # end of round 18: 170/177 right, 0 wrong, 124/125 not answerable handled
        # end of round 19: 171/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 20: 172/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 21: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 22: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 23: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 24: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 25: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 26: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 27: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 28: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 29: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 30: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 31: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 32: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 33: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 34: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 35: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 36: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 37: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 38: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 39: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 40: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 41: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 42: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 43: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 44: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 45: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 46: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 47: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 48: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 49: 176/177 right, 0 wrong, 125/125 not answerable handled
        # end of round 50: 176/177 right, 0 wrong, 125/125 not answerable handled
        ("final15.yaml", 0.99, 1.0, 0),
        # twelfth chat-style development set, written with final15 and used in that round only
        # to check changes (summary lines): 194/214 right, 3 wrong, 90/96 on topic handled at
        # first (once its questions over 300 characters could be read); 194/214 right, 3 wrong,
        # 118/121 not answerable handled at its end
        # end of round 15: 205/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 17: 208/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 18: 208/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 19: 209/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 20: 209/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 21: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 22: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 23: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 24: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 25: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 26: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 27: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 28: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 29: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 30: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 31: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 32: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 33: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 34: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 35: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 36: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 37: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 38: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 39: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 40: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 41: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 42: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 43: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 44: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 45: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 46: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 47: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 48: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 49: 211/214 right, 1 wrong, 121/121 not answerable handled
        # end of round 50: 211/214 right, 1 wrong, 121/121 not answerable handled
        ("dev12_chat.yaml", 0.98, 1.0, 1),
        # sixteenth final held-out set, kept outside the repository for round 14: 217/242 right,
        # 2 wrong, 119/126 on topic handled at its start (one question refused as too long);
        # 217/242 right, 3 wrong, 118/126 on topic handled at its end
        # end of round 15: 217/242 right, 3 wrong, 149/156 not answerable handled; retired to
        # development at the start of round 16
        # end of round 17: 220/242 right, 3 wrong, 154/156 not answerable handled
        # end of round 18: 222/242 right, 2 wrong, 154/156 not answerable handled
        # end of round 19: 224/242 right, 1 wrong, 155/156 not answerable handled
        # end of round 20: 224/242 right, 1 wrong, 155/156 not answerable handled
        # end of round 21: 225/242 right, 1 wrong, 155/156 not answerable handled
        # end of round 22: 225/242 right, 1 wrong, 155/156 not answerable handled
        # end of round 23: 225/242 right, 1 wrong, 156/156 not answerable handled
        # end of round 24: 226/242 right, 1 wrong, 156/156 not answerable handled
        # end of round 25: 227/242 right, 1 wrong, 156/156 not answerable handled
        # end of round 26: 227/242 right, 1 wrong, 156/156 not answerable handled
        # end of round 27: 228/242 right, 1 wrong, 156/156 not answerable handled
        # end of round 28: 228/242 right, 1 wrong, 156/156 not answerable handled
        # end of round 29: 228/242 right, 1 wrong, 156/156 not answerable handled
        # end of round 30: 229/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 31: 229/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 32: 231/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 33: 232/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 34: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 35: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 36: 233/242 right, 0 wrong, 156/156 not answerable handled
        # lowered in round 36's second batch: "how many special free schools have been approved
        # in total / overall?" is labelled with the further 76 approved, which the reply now says
        # is a further 76, not a total (a partial reply); the label is left as written
        # end of round 37: 232/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 38: 232/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 39: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 40: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 41: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 42: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 43: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 44: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 45: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 46: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 47: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 48: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 49: 233/242 right, 0 wrong, 156/156 not answerable handled
        # end of round 50: 233/242 right, 0 wrong, 156/156 not answerable handled
        ("final16.yaml", 0.96, 1.0, 0),
        # thirteenth chat-style development set, written with final16 and used in round 14 only
        # to check changes (summary lines): 197/217 right, 1 wrong at its start and its end
        # end of round 14: 197/217 right, 1 wrong, 129/137 not answerable handled
        # end of round 15: 198/217 right, 0 wrong, 134/137 not answerable handled
        # end of round 17: 206/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 18: 207/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 19: 207/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 20: 207/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 21: 209/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 22: 209/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 23: 209/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 24: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 25: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 26: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 27: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 28: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 29: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 30: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 31: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 32: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 33: 212/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 34: 213/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 35: 213/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 36: 214/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 37: 214/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 38: 214/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 39: 214/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 40: 214/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 41: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 42: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 43: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 44: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 45: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 46: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 47: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 48: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 49: 215/217 right, 0 wrong, 137/137 not answerable handled
        # end of round 50: 215/217 right, 0 wrong, 137/137 not answerable handled
        ("dev13_chat.yaml", 0.99, 1.0, 0),
        # seventeenth final held-out set, kept outside the repository for round 15: 175/188
        # right, 1 wrong, 101/106 on topic handled at its start; 175/188 right, 1 wrong, 102/106
        # on topic handled at its end
        # end of round 15: 175/188 right, 1 wrong, 129/133 not answerable handled
        # end of round 16: 176/188 right, 1 wrong, 130/133 not answerable handled; retired to
        # development at the start of round 17
        # end of round 17: 179/188 right, 1 wrong, 132/133 not answerable handled
        # end of round 18: 179/188 right, 1 wrong, 132/133 not answerable handled
        # end of round 19: 180/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 20: 180/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 21: 182/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 22: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 23: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 24: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 25: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 26: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 27: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 28: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 29: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 30: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 31: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 32: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 33: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 34: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 35: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 36: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 37: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 38: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 39: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 40: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 41: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 42: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 43: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 44: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 45: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 46: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 47: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 48: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 49: 183/188 right, 0 wrong, 133/133 not answerable handled
        # end of round 50: 183/188 right, 0 wrong, 133/133 not answerable handled
        ("final17.yaml", 0.97, 1.0, 0),
        # fourteenth chat-style development set, written with final17 and used in round 15 only
        # to check changes (summary lines): 200/214 right, 2 wrong, 106/114 on topic handled at
        # its start; 201/214 right, 1 wrong, 106/114 at its end
        # end of round 15: 201/214 right, 1 wrong, 136/142 not answerable handled
        # end of round 17: 208/214 right, 1 wrong, 139/142 not answerable handled
        # end of round 18: 208/214 right, 1 wrong, 140/142 not answerable handled
        # end of round 19: 208/214 right, 1 wrong, 140/142 not answerable handled
        # end of round 20: 208/214 right, 1 wrong, 140/142 not answerable handled
        # end of round 21: 210/214 right, 1 wrong, 140/142 not answerable handled
        # end of round 22: 210/214 right, 1 wrong, 140/142 not answerable handled
        # end of round 23: 211/214 right, 1 wrong, 141/142 not answerable handled
        # end of round 24: 212/214 right, 1 wrong, 141/142 not answerable handled
        # end of round 25: 212/214 right, 1 wrong, 141/142 not answerable handled
        # end of round 26: 212/214 right, 1 wrong, 141/142 not answerable handled
        # end of round 27: 212/214 right, 1 wrong, 141/142 not answerable handled
        # end of round 28: 212/214 right, 1 wrong, 141/142 not answerable handled
        # end of round 29: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 30: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 31: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 32: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 33: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 34: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 35: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 36: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 37: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 38: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 39: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 40: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 41: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 42: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 43: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 44: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 45: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 46: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 47: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 48: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 49: 213/214 right, 0 wrong, 141/142 not answerable handled
        # end of round 50: 213/214 right, 0 wrong, 141/142 not answerable handled
        ("dev14_chat.yaml", 0.99, 0.99, 0),
        # eighteenth final held-out set, kept outside the repository for round 16: 222/240 right,
        # 1 wrong, 100/105 on topic handled at its start; 226/240 right, 1 wrong, 100/105 on
        # topic handled at its end
        # end of round 16: 226/240 right, 1 wrong, 129/134 not answerable handled
        # end of round 17: 228/240 right, 1 wrong, 129/134 not answerable handled; retired to
        # development at the start of round 18
        # end of round 18: 229/240 right, 1 wrong, 133/134 not answerable handled
        # end of round 19: 231/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 20: 231/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 21: 234/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 22: 234/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 23: 234/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 24: 235/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 25: 236/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 26: 236/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 27: 236/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 28: 236/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 29: 236/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 30: 237/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 31: 237/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 32: 237/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 33: 237/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 34: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 35: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 36: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 37: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 38: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 39: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 40: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 41: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 42: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 43: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 44: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 45: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 46: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 47: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 48: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 49: 238/240 right, 0 wrong, 134/134 not answerable handled
        # end of round 50: 238/240 right, 0 wrong, 134/134 not answerable handled
        ("final18.yaml", 0.99, 1.0, 0),
        # fifteenth chat-style development set, written with final18 and used in round 16 only
        # to check changes (summary lines): 231/247 right, 3 wrong, 113/124 on topic handled at
        # its start; 232/247 right, 3 wrong, 113/124 at its end
        # end of round 16: 232/247 right, 3 wrong, 143/154 not answerable handled
        # end of round 17: 234/247 right, 3 wrong, 152/154 not answerable handled
        # end of round 18: 236/247 right, 2 wrong, 152/154 not answerable handled
        # end of round 19: 236/247 right, 2 wrong, 154/154 not answerable handled
        # end of round 20: 236/247 right, 2 wrong, 154/154 not answerable handled
        # end of round 21: 238/247 right, 2 wrong, 154/154 not answerable handled
        # end of round 22: 238/247 right, 2 wrong, 154/154 not answerable handled
        # end of round 23: 238/247 right, 2 wrong, 154/154 not answerable handled
        # end of round 24: 239/247 right, 2 wrong, 154/154 not answerable handled
        # end of round 25: 240/247 right, 2 wrong, 154/154 not answerable handled
        # end of round 26: 240/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 27: 240/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 28: 240/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 29: 240/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 30: 241/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 31: 241/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 32: 242/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 33: 242/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 34: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 35: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 36: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 37: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 38: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 39: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 40: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 41: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 42: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 43: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 44: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 45: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 46: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 47: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 48: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 49: 243/247 right, 1 wrong, 154/154 not answerable handled
        # end of round 50: 243/247 right, 1 wrong, 154/154 not answerable handled
        ("dev15_chat.yaml", 0.98, 1.0, 1),
        # nineteenth final held-out set, kept outside the repository for round 17: 193/206 right,
        # 3 wrong, 101/106 on topic handled at its start; 195/206 right, 3 wrong, 102/106 on
        # topic handled at its end
        # end of round 17: 195/206 right, 3 wrong, 129/133 not answerable handled
        # end of round 18 (held out then too): 196/206 right, 2 wrong, 129/133 not answerable
        # handled; retired to development at the start of round 19
        # end of round 19: 201/206 right, 2 wrong, 133/133 not answerable handled
        # end of round 20: 201/206 right, 2 wrong, 133/133 not answerable handled
        # end of round 21: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 22: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 23: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 24: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 25: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 26: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 27: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 28: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 29: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 30: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 31: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 32: 203/206 right, 1 wrong, 133/133 not answerable handled
        # end of round 33: 204/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 34: 204/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 35: 204/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 36: 204/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 37: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 38: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 39: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 40: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 41: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 42: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 43: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 44: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 45: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 46: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 47: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 48: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 49: 205/206 right, 0 wrong, 133/133 not answerable handled
        # end of round 50: 205/206 right, 0 wrong, 133/133 not answerable handled
        ("final19.yaml", 0.99, 1.0, 0),
        # sixteenth chat-style development set, written with final19 and used in round 17 only
        # to check changes (summary lines): 202/217 right, 2 wrong, 109/116 on topic handled at
        # its start; 202/217 right, 2 wrong, 110/116 at its end
        # end of round 17: 202/217 right, 2 wrong, 138/144 not answerable handled
        # end of round 18: 207/217 right, 1 wrong, 141/144 not answerable handled
        # end of round 19: 207/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 20: 207/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 21: 209/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 22: 210/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 23: 211/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 24: 211/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 25: 212/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 26: 212/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 27: 215/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 28: 215/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 29: 215/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 30: 215/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 31: 215/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 32: 216/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 33: 216/217 right, 1 wrong, 142/144 not answerable handled
        # end of round 34: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 35: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 36: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 37: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 38: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 39: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 40: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 41: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 42: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 43: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 44: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 45: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 46: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 47: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 48: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 49: 217/217 right, 0 wrong, 142/144 not answerable handled
        # end of round 50: 217/217 right, 0 wrong, 142/144 not answerable handled
        ("dev16_chat.yaml", 1.0, 0.98, 0),
        # twentieth final held-out set, kept outside the repository for round 18: 205/223 right,
        # 3 wrong, 101/107 on topic handled at its start; 207/223 right, 3 wrong, 102/107 on
        # topic handled at its end
        # end of round 18: 207/223 right, 3 wrong, 132/137 not answerable handled
        # end of round 19 (held out then too): 209/223 right, 3 wrong, 132/137 not answerable
        # handled; retired to development at the start of round 20
        # end of round 20: 209/223 right, 3 wrong, 133/137 not answerable handled
        # end of round 21: 211/223 right, 3 wrong, 133/137 not answerable handled
        # end of round 22: 211/223 right, 3 wrong, 133/137 not answerable handled
        # end of round 23: 212/223 right, 3 wrong, 133/137 not answerable handled
        # end of round 24: 212/223 right, 3 wrong, 133/137 not answerable handled
        # end of round 25: 213/223 right, 3 wrong, 133/137 not answerable handled
        # end of round 26: 213/223 right, 3 wrong, 133/137 not answerable handled
        # end of round 27: 213/223 right, 3 wrong, 134/137 not answerable handled
        # end of round 28: 213/223 right, 3 wrong, 134/137 not answerable handled
        # end of round 29: 215/223 right, 2 wrong, 135/137 not answerable handled
        # end of round 30: 215/223 right, 2 wrong, 135/137 not answerable handled
        # end of round 31: 216/223 right, 2 wrong, 135/137 not answerable handled
        # end of round 32: 216/223 right, 2 wrong, 135/137 not answerable handled
        # end of round 33: 216/223 right, 2 wrong, 135/137 not answerable handled
        # end of round 34: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 35: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 36: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 37: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 38: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 39: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 40: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 41: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 42: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 43: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 44: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 45: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 46: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 47: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 48: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 49: 218/223 right, 1 wrong, 135/137 not answerable handled
        # end of round 50: 218/223 right, 1 wrong, 135/137 not answerable handled
        ("final20.yaml", 0.97, 0.98, 1),
        # seventeenth chat-style development set, written with final20 and used in round 18 only
        # to check changes (summary lines): 206/220 right, 1 wrong, 109/112 on topic handled at
        # its start and its end
        # end of round 18: 206/220 right, 1 wrong, 137/140 not answerable handled
        # end of round 19: 209/220 right, 1 wrong, 140/140 not answerable handled
        # end of round 20: 209/220 right, 1 wrong, 140/140 not answerable handled
        # end of round 21: 212/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 22: 212/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 23: 213/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 24: 214/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 25: 214/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 26: 214/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 27: 215/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 28: 215/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 29: 215/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 30: 216/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 31: 216/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 32: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 33: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 34: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 35: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 36: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 37: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 38: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 39: 217/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 40: 218/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 41: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 42: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 43: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 44: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 45: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 46: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 47: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 48: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 49: 219/220 right, 0 wrong, 140/140 not answerable handled
        # end of round 50: 219/220 right, 0 wrong, 140/140 not answerable handled
        ("dev17_chat.yaml", 0.99, 1.0, 0),
        # twenty-second final held-out set, kept outside the repository for round 20: 265/296
        # right, 4 wrong, 112/118 on topic handled at its start and its end
        # end of round 20: 265/296 right, 4 wrong, 142/148 not answerable handled; retired to
        # development at the start of round 21
        # end of round 21: 286/296 right, 0 wrong, 142/148 not answerable handled
        # end of round 22: 286/296 right, 0 wrong, 144/148 not answerable handled
        # end of round 23: 288/296 right, 0 wrong, 146/148 not answerable handled
        # end of round 24: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 25: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 26: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 27: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 28: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 29: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 30: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 31: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 32: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 33: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 34: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 35: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 36: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 37: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 38: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 39: 288/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 40: 290/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 41: 290/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 42: 290/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 43: 290/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 44: 290/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 45: 290/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 46: 290/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 47: 291/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 48: 291/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 49: 291/296 right, 0 wrong, 148/148 not answerable handled
        # end of round 50: 291/296 right, 0 wrong, 148/148 not answerable handled
        ("final22.yaml", 0.98, 1.0, 0),
        # eighteenth chat-style development set, written with final22 and used in round 20 only
        # to check changes (summary lines): 218/235 right, 4 wrong, 104/110 on topic handled at
        # its start and its end
        # end of round 20: 218/235 right, 4 wrong, 125/132 not answerable handled
        # end of round 21: 225/235 right, 1 wrong, 125/132 not answerable handled
        # end of round 22: 226/235 right, 1 wrong, 126/132 not answerable handled
        # end of round 23: 226/235 right, 1 wrong, 129/132 not answerable handled
        # end of round 24: 226/235 right, 1 wrong, 129/132 not answerable handled
        # end of round 25: 226/235 right, 1 wrong, 129/132 not answerable handled
        # end of round 26: 226/235 right, 1 wrong, 129/132 not answerable handled
        # end of round 27: 228/235 right, 1 wrong, 130/132 not answerable handled
        # end of round 28: 228/235 right, 1 wrong, 130/132 not answerable handled
        # end of round 29: 228/235 right, 1 wrong, 130/132 not answerable handled
        # end of round 30: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 31: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 32: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 33: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 34: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 35: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 36: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 37: 230/235 right, 0 wrong, 130/132 not answerable handled
        # end of round 38: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 39: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 40: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 41: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 42: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 43: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 44: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 45: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 46: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 47: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 48: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 49: 230/235 right, 0 wrong, 131/132 not answerable handled
        # end of round 50: 230/235 right, 0 wrong, 131/132 not answerable handled
        ("dev19_chat.yaml", 0.97, 0.99, 0),
        # twenty-third final held-out set, kept outside the repository for round 21: 283/299
        # right, 4 wrong, 109/117 on topic handled at its start; 284/299 right, 5 wrong, 110/117
        # at its end
        # end of round 21: 284/299 right, 5 wrong, 137/145 not answerable handled; retired to
        # development at the start of round 22
        # end of round 22: 295/299 right, 2 wrong, 142/145 not answerable handled
        # end of round 23: 295/299 right, 2 wrong, 143/145 not answerable handled
        # end of round 24: 295/299 right, 2 wrong, 143/145 not answerable handled
        # end of round 25: 295/299 right, 2 wrong, 143/145 not answerable handled
        # end of round 26: 295/299 right, 2 wrong, 143/145 not answerable handled
        # end of round 27: 295/299 right, 2 wrong, 144/145 not answerable handled
        # end of round 28: 295/299 right, 2 wrong, 144/145 not answerable handled
        # end of round 29: 295/299 right, 2 wrong, 144/145 not answerable handled
        # end of round 30: 295/299 right, 1 wrong, 144/145 not answerable handled
        # end of round 31: 295/299 right, 1 wrong, 144/145 not answerable handled
        # end of round 32: 295/299 right, 1 wrong, 144/145 not answerable handled
        # end of round 33: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 34: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 35: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 36: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 37: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 38: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 39: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 40: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 41: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 42: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 43: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 44: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 45: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 46: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 47: 295/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 48: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 49: 296/299 right, 0 wrong, 144/145 not answerable handled
        # end of round 50: 296/299 right, 0 wrong, 144/145 not answerable handled
        ("final23.yaml", 0.98, 0.99, 0),
        # nineteenth chat-style development set, written with final23 and used in round 21 only
        # to check changes (summary lines): 244/264 right, 2 wrong, 99/104 on topic handled at
        # its start; 245/264 right, 2 wrong, 99/104 at its end
        # end of round 21: 245/264 right, 2 wrong, 123/128 not answerable handled
        # end of round 22: 245/264 right, 2 wrong, 125/128 not answerable handled
        # end of round 23: 245/264 right, 2 wrong, 127/128 not answerable handled
        # end of round 24: 245/264 right, 2 wrong, 127/128 not answerable handled
        # end of round 25: 246/264 right, 1 wrong, 127/128 not answerable handled
        # end of round 26: 248/264 right, 1 wrong, 128/128 not answerable handled
        # end of round 27: 249/264 right, 1 wrong, 128/128 not answerable handled
        # end of round 28: 249/264 right, 1 wrong, 128/128 not answerable handled
        # end of round 29: 250/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 30: 252/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 31: 253/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 32: 253/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 33: 253/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 34: 254/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 35: 254/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 36: 254/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 37: 254/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 38: 254/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 39: 255/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 40: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 41: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 42: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 43: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 44: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 45: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 46: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 47: 256/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 48: 257/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 49: 257/264 right, 0 wrong, 128/128 not answerable handled
        # end of round 50: 257/264 right, 0 wrong, 128/128 not answerable handled
        ("dev20_chat.yaml", 0.97, 1.0, 0),
        # twenty-fourth final held-out set, kept outside the repository for round 22: 275/302
        # right, 5 wrong, 105/116 on topic handled at its start; 277/302 right, 4 wrong, 105/116
        # at its end
        # end of round 22: 277/302 right, 4 wrong, 133/144 not answerable handled; retired to
        # development at the start of round 23
        # end of round 23: 283/302 right, 2 wrong, 140/144 not answerable handled
        # end of round 24: 284/302 right, 2 wrong, 141/144 not answerable handled
        # end of round 25: 285/302 right, 2 wrong, 142/144 not answerable handled
        # end of round 26: 285/302 right, 2 wrong, 142/144 not answerable handled
        # end of round 27: 286/302 right, 2 wrong, 142/144 not answerable handled
        # end of round 28: 286/302 right, 2 wrong, 142/144 not answerable handled
        # end of round 29: 287/302 right, 1 wrong, 142/144 not answerable handled
        # end of round 30: 287/302 right, 1 wrong, 142/144 not answerable handled
        # end of round 31: 288/302 right, 1 wrong, 142/144 not answerable handled
        # end of round 32: 289/302 right, 1 wrong, 142/144 not answerable handled
        # end of round 33: 289/302 right, 1 wrong, 142/144 not answerable handled
        # end of round 34: 291/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 35: 291/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 36: 291/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 37: 291/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 38: 292/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 39: 292/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 40: 293/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 41: 293/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 42: 293/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 43: 293/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 44: 293/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 45: 293/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 46: 293/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 47: 294/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 48: 294/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 49: 294/302 right, 0 wrong, 142/144 not answerable handled
        # end of round 50: 294/302 right, 0 wrong, 142/144 not answerable handled
        ("final24.yaml", 0.97, 0.98, 0),
        # twentieth chat-style development set, written with final24 and used in round 22 only
        # to check changes (summary lines): 245/267 right, 4 wrong, 104/107 on topic handled at
        # its start and its end
        # end of round 22: 245/267 right, 4 wrong, 127/130 not answerable handled
        # end of round 23: 248/267 right, 2 wrong, 128/130 not answerable handled
        # end of round 24: 251/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 25: 251/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 26: 253/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 27: 254/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 28: 254/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 29: 254/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 30: 256/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 31: 257/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 32: 257/267 right, 2 wrong, 130/130 not answerable handled
        # end of round 33: 258/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 34: 258/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 35: 258/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 36: 258/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 37: 258/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 38: 258/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 39: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 40: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 41: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 42: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 43: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 44: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 45: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 46: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 47: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 48: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 49: 259/267 right, 1 wrong, 130/130 not answerable handled
        # end of round 50: 259/267 right, 1 wrong, 130/130 not answerable handled
        ("dev21_chat.yaml", 0.97, 1.0, 1),
        # twenty-fifth final held-out set, kept outside the repository for round 23: 302/330
        # right, 2 wrong, 103/106 on topic handled at its start; 303/330 right, 2 wrong, 103/106
        # at its end
        # end of round 23: 303/330 right, 2 wrong, 130/133 not answerable handled; retired to
        # development at the start of round 24
        # end of round 24: 315/330 right, 2 wrong, 131/133 not answerable handled
        # end of round 25: 316/330 right, 2 wrong, 131/133 not answerable handled
        # end of round 26: 316/330 right, 2 wrong, 131/133 not answerable handled
        # end of round 27: 317/330 right, 2 wrong, 132/133 not answerable handled
        # end of round 28: 317/330 right, 2 wrong, 132/133 not answerable handled
        # end of round 29: 318/330 right, 2 wrong, 132/133 not answerable handled
        # end of round 30: 318/330 right, 2 wrong, 132/133 not answerable handled
        # end of round 31: 318/330 right, 2 wrong, 132/133 not answerable handled
        # end of round 32: 318/330 right, 2 wrong, 132/133 not answerable handled
        # end of round 33: 319/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 34: 319/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 35: 319/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 36: 319/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 37: 319/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 38: 320/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 39: 321/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 40: 321/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 41: 321/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 42: 322/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 43: 322/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 44: 323/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 45: 324/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 46: 324/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 47: 324/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 48: 324/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 49: 324/330 right, 1 wrong, 132/133 not answerable handled
        # end of round 50: 326/330 right, 0 wrong, 132/133 not answerable handled
        ("final25.yaml", 0.98, 0.99, 0),
        # twenty-first chat-style development set, written with final25 and used in round 23 only
        # to check changes (summary lines): 241/263 right, 4 wrong, 97/107 on topic handled at
        # its start; 241/263 right, 4 wrong, 98/107 at its end
        # end of round 23: 241/263 right, 4 wrong, 120/129 not answerable handled
        # end of round 24: 245/263 right, 2 wrong, 122/129 not answerable handled
        # end of round 25: 248/263 right, 2 wrong, 123/129 not answerable handled
        # end of round 26: 248/263 right, 2 wrong, 125/129 not answerable handled
        # end of round 27: 250/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 28: 250/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 29: 250/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 30: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 31: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 32: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 33: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 34: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 35: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 36: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 37: 252/263 right, 2 wrong, 126/129 not answerable handled
        # end of round 38: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 39: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 40: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 41: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 42: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 43: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 44: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 45: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 46: 252/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 47: 253/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 48: 253/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 49: 254/263 right, 2 wrong, 127/129 not answerable handled
        # end of round 50: 254/263 right, 2 wrong, 127/129 not answerable handled
        ("dev22_chat.yaml", 0.96, 0.98, 2),
        # twenty-sixth final held-out set, kept outside the repository for round 24: 317/334
        # right, 4 wrong, 119/124 on topic handled at its start; 317/334 right, 4 wrong, 119/124
        # at its end
        # end of round 24: 317/334 right, 4 wrong, 147/152 not answerable handled; retired to
        # development at the start of round 25
        # end of round 25: 321/334 right, 3 wrong, 148/152 not answerable handled
        # end of round 26: 323/334 right, 3 wrong, 149/152 not answerable handled
        # end of round 27: 323/334 right, 3 wrong, 151/152 not answerable handled
        # end of round 28: 323/334 right, 3 wrong, 151/152 not answerable handled
        # end of round 29: 323/334 right, 3 wrong, 151/152 not answerable handled
        # end of round 30: 324/334 right, 1 wrong, 151/152 not answerable handled
        # end of round 31: 324/334 right, 1 wrong, 151/152 not answerable handled
        # end of round 32: 324/334 right, 1 wrong, 151/152 not answerable handled
        # end of round 33: 325/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 34: 326/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 35: 326/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 36: 327/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 37: 327/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 38: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 39: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 40: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 41: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 42: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 43: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 44: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 45: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 46: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 47: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 48: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 49: 328/334 right, 0 wrong, 151/152 not answerable handled
        # end of round 50: 328/334 right, 0 wrong, 151/152 not answerable handled
        ("final26.yaml", 0.98, 0.99, 0),
        # twenty-second chat-style development set, written with final26 and used in round 24 only
        # to check changes (summary lines): 243/262 right, 2 wrong, 101/105 on topic handled at
        # its start; 245/262 right, 2 wrong, 101/105 at its end
        # end of round 24: 245/262 right, 2 wrong, 124/128 not answerable handled
        # end of round 25: 247/262 right, 1 wrong, 124/128 not answerable handled
        # end of round 26: 247/262 right, 1 wrong, 125/128 not answerable handled
        # end of round 27: 254/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 28: 254/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 29: 255/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 30: 257/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 31: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 32: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 33: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 34: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 35: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 36: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 37: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 38: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 39: 258/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 40: 260/262 right, 1 wrong, 127/128 not answerable handled
        # end of round 41: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 42: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 43: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 44: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 45: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 46: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 47: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 48: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 49: 260/262 right, 1 wrong, 128/128 not answerable handled
        # end of round 50: 260/262 right, 1 wrong, 128/128 not answerable handled
        ("dev23_chat.yaml", 0.99, 1.0, 1),
        # twenty-seventh final held-out set, kept outside the repository for round 25: 287/306
        # right, 1 wrong, 111/119 on topic handled at its start; 287/306 right, 1 wrong, 111/119
        # at its end
        # end of round 25: 287/306 right, 1 wrong, 141/149 not answerable handled; retired to
        # development at the start of round 26
        # end of round 26: 298/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 27: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 28: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 29: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 30: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 31: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 32: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 33: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 34: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 35: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 36: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 37: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 38: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 39: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 40: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 41: 299/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 42: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 43: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 44: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 45: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 46: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 47: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 48: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 49: 300/306 right, 0 wrong, 149/149 not answerable handled
        # end of round 50: 300/306 right, 0 wrong, 149/149 not answerable handled
        ("final27.yaml", 0.98, 1.0, 0),
        # twenty-third chat-style development set, written with final27 and used in round 25 only
        # to check changes (summary lines): 256/268 right, 1 wrong, 106/111 on topic handled at
        # its start; 256/268 right, 1 wrong, 106/111 at its end
        # end of round 25: 256/268 right, 1 wrong, 128/133 not answerable handled
        # end of round 26: 259/268 right, 1 wrong, 130/133 not answerable handled
        # end of round 27: 262/268 right, 1 wrong, 133/133 not answerable handled
        # end of round 28: 262/268 right, 1 wrong, 133/133 not answerable handled
        # end of round 29: 263/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 30: 263/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 31: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 32: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 33: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 34: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 35: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 36: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 37: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 38: 264/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 39: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 40: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 41: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 42: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 43: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 44: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 45: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 46: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 47: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 48: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 49: 265/268 right, 0 wrong, 133/133 not answerable handled
        # end of round 50: 265/268 right, 0 wrong, 133/133 not answerable handled
        ("dev24_chat.yaml", 0.98, 1.0, 0),
        # twenty-eighth final held-out set, kept outside the repository for round 26: 294/324
        # right, 5 wrong, 120/122 on topic handled at its start; 296/324 right, 5 wrong, 120/122
        # at its end
        # end of round 26: 296/324 right, 5 wrong, 148/150 not answerable handled; retired to
        # development at the start of round 27
        # end of round 27: 308/324 right, 5 wrong, 150/150 not answerable handled
        # end of round 28: 308/324 right, 5 wrong, 150/150 not answerable handled
        # end of round 29: 309/324 right, 5 wrong, 150/150 not answerable handled
        # end of round 30: 312/324 right, 4 wrong, 150/150 not answerable handled
        # end of round 31: 312/324 right, 4 wrong, 150/150 not answerable handled
        # end of round 32: 312/324 right, 4 wrong, 150/150 not answerable handled
        # end of round 33: 312/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 34: 312/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 35: 312/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 36: 312/324 right, 3 wrong, 150/150 not answerable handled
        # lowered in round 36's second batch: "how many special free schools have been approved
        # in total / overall?" is labelled with the further 76 approved, which the reply now says
        # is a further 76, not a total (a partial reply); the label is left as written
        # end of round 37: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 38: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 39: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 40: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 41: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 42: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 43: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 44: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 45: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 46: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 47: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 48: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 49: 311/324 right, 3 wrong, 150/150 not answerable handled
        # end of round 50: 312/324 right, 2 wrong, 150/150 not answerable handled
        ("final28.yaml", 0.96, 1.0, 2),
        # twenty-fourth chat-style development set, written with final28 and used in round 26 only
        # to check changes (summary lines): 236/253 right, 2 wrong, 100/112 on topic handled at
        # its start; 236/253 right, 2 wrong, 101/112 at its end
        # end of round 26: 236/253 right, 2 wrong, 123/134 not answerable handled
        # end of round 27: 244/253 right, 2 wrong, 129/134 not answerable handled
        # end of round 28: 244/253 right, 2 wrong, 130/134 not answerable handled
        # end of round 29: 244/253 right, 2 wrong, 131/134 not answerable handled
        # end of round 30: 246/253 right, 0 wrong, 131/134 not answerable handled
        # end of round 31: 246/253 right, 0 wrong, 131/134 not answerable handled
        # end of round 32: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 33: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 34: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 35: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 36: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 37: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 38: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 39: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 40: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 41: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 42: 246/253 right, 0 wrong, 132/134 not answerable handled
        # end of round 43: 246/253 right, 0 wrong, 133/134 not answerable handled
        # end of round 44: 246/253 right, 0 wrong, 133/134 not answerable handled
        # end of round 45: 246/253 right, 0 wrong, 134/134 not answerable handled
        # end of round 46: 246/253 right, 0 wrong, 134/134 not answerable handled
        # end of round 47: 246/253 right, 0 wrong, 134/134 not answerable handled
        # end of round 48: 246/253 right, 0 wrong, 134/134 not answerable handled
        # end of round 49: 246/253 right, 0 wrong, 134/134 not answerable handled
        # end of round 50: 246/253 right, 0 wrong, 134/134 not answerable handled
        ("dev25_chat.yaml", 0.97, 1.0, 0),
        # twenty-ninth final held-out set, kept outside the repository for round 27: 313/327
        # right, 2 wrong, 115/122 on topic handled at its start; the same at its end
        # end of round 27: 313/327 right, 2 wrong, 143/150 not answerable handled; retired to
        # development at the start of round 28
        # end of round 28: 313/327 right, 2 wrong, 148/150 not answerable handled
        # end of round 29: 313/327 right, 2 wrong, 149/150 not answerable handled
        # end of round 30: 316/327 right, 1 wrong, 149/150 not answerable handled
        # end of round 31: 317/327 right, 1 wrong, 149/150 not answerable handled
        # end of round 32: 317/327 right, 1 wrong, 149/150 not answerable handled
        # end of round 33: 317/327 right, 1 wrong, 149/150 not answerable handled
        # end of round 34: 317/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 35: 317/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 36: 318/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 37: 319/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 38: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 39: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 40: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 41: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 42: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 43: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 44: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 45: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 46: 320/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 47: 321/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 48: 321/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 49: 321/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 50: 321/327 right, 0 wrong, 149/150 not answerable handled
        ("final29.yaml", 0.98, 0.99, 0),
        # twenty-fifth chat-style development set, written with final29 and used in round 27 only
        # to check changes (summary lines): 244/256 right, 2 wrong, 108/117 on topic handled at
        # its start; 245/256 right, 2 wrong, 108/117 at its end
        # end of round 27: 245/256 right, 2 wrong, 128/137 not answerable handled
        # end of round 28: 245/256 right, 2 wrong, 132/137 not answerable handled
        # end of round 29: 246/256 right, 1 wrong, 135/137 not answerable handled
        # end of round 30: 247/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 31: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 32: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 33: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 34: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 35: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 36: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 37: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 38: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 39: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 40: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 41: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 42: 248/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 43: 249/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 44: 249/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 45: 249/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 46: 249/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 47: 249/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 48: 249/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 49: 249/256 right, 0 wrong, 135/137 not answerable handled
        # end of round 50: 249/256 right, 0 wrong, 135/137 not answerable handled
        ("dev26_chat.yaml", 0.97, 0.98, 0),
        # thirtieth final held-out set, kept outside the repository for round 28: 316/329
        # right, 2 wrong, 114/123 on topic handled at its start; 316/329 right, 2 wrong, 116/123
        # at its end
        # end of round 28: 316/329 right, 2 wrong, 144/151 not answerable handled; retired to
        # development at the start of round 29
        # end of round 29: 325/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 30: 325/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 31: 325/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 32: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 33: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 34: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 35: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 36: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 37: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 38: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 39: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 40: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 41: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 42: 326/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 43: 327/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 44: 327/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 45: 327/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 46: 327/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 47: 327/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 48: 327/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 49: 327/329 right, 0 wrong, 150/151 not answerable handled
        # end of round 50: 327/329 right, 0 wrong, 150/151 not answerable handled
        ("final30.yaml", 0.99, 0.99, 0),
        # twenty-sixth chat-style development set, written with final30 and used in round 28 only
        # to check changes (summary lines): 240/257 right, 2 wrong, 107/117 on topic handled at
        # its start; 240/257 right, 2 wrong, 110/117 at its end
        # end of round 28: 240/257 right, 2 wrong, 130/137 not answerable handled
        # end of round 29: 240/257 right, 2 wrong, 133/137 not answerable handled
        # end of round 30: 242/257 right, 2 wrong, 133/137 not answerable handled
        # end of round 31: 243/257 right, 2 wrong, 133/137 not answerable handled
        # end of round 32: 244/257 right, 2 wrong, 135/137 not answerable handled
        # end of round 33: 246/257 right, 0 wrong, 135/137 not answerable handled
        # end of round 34: 246/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 35: 246/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 36: 246/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 37: 246/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 38: 246/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 39: 246/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 40: 246/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 41: 247/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 42: 247/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 43: 247/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 44: 247/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 45: 248/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 46: 248/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 47: 248/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 48: 248/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 49: 248/257 right, 0 wrong, 136/137 not answerable handled
        # end of round 50: 248/257 right, 0 wrong, 136/137 not answerable handled
        ("dev27_chat.yaml", 0.96, 0.99, 0),
        # thirty-first final held-out set, kept outside the repository for round 29: 310/330
        # right, 2 wrong, 117/124 on topic handled at its start; 311/330 right, 3 wrong, 117/124
        # at its end
        # end of round 29: 311/330 right, 3 wrong, 145/152 not answerable handled; retired to
        # development at the start of round 30
        # end of round 30: 321/330 right, 0 wrong, 151/152 not answerable handled
        # end of round 31: 321/330 right, 0 wrong, 151/152 not answerable handled
        # end of round 32: 321/330 right, 0 wrong, 151/152 not answerable handled
        # end of round 33: 321/330 right, 0 wrong, 151/152 not answerable handled
        # end of round 34: 321/330 right, 0 wrong, 151/152 not answerable handled
        # end of round 35: 321/330 right, 0 wrong, 151/152 not answerable handled
        # end of round 36: 321/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 37: 321/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 38: 321/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 39: 321/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 40: 321/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 41: 322/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 42: 322/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 43: 322/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 44: 322/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 45: 323/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 46: 323/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 47: 323/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 48: 323/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 49: 325/330 right, 0 wrong, 152/152 not answerable handled
        # end of round 50: 325/330 right, 0 wrong, 152/152 not answerable handled
        ("final31.yaml", 0.98, 1.0, 0),
        # twenty-seventh chat-style development set, written with final31 and used in round 29
        # only to check changes (summary lines): 241/257 right, 2 wrong, 111/117 on topic handled
        # at its start; 242/257 right, 1 wrong, 112/117 at its end
        # end of round 29: 242/257 right, 1 wrong, 132/137 not answerable handled
        # end of round 30: 243/257 right, 1 wrong, 133/137 not answerable handled
        # end of round 31: 245/257 right, 0 wrong, 133/137 not answerable handled
        # end of round 32: 245/257 right, 0 wrong, 133/137 not answerable handled
        # end of round 33: 245/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 34: 245/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 35: 245/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 36: 246/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 37: 246/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 38: 246/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 39: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 40: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 41: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 42: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 43: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 44: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 45: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 46: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 47: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 48: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 49: 247/257 right, 0 wrong, 134/137 not answerable handled
        # end of round 50: 247/257 right, 0 wrong, 134/137 not answerable handled
        ("dev28_chat.yaml", 0.96, 0.97, 0),
        # thirty-second final held-out set, kept outside the repository for round 30: 310/327
        # right, 3 wrong, 118/122 on topic handled at its start; 313/327 right, 3 wrong, 118/122
        # at its end
        # end of round 30: 313/327 right, 3 wrong, 146/150 not answerable handled; retired to
        # development at the start of round 31
        # end of round 31: 316/327 right, 0 wrong, 146/150 not answerable handled
        # end of round 32: 319/327 right, 0 wrong, 147/150 not answerable handled
        # end of round 33: 319/327 right, 0 wrong, 147/150 not answerable handled
        # end of round 34: 319/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 35: 319/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 36: 319/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 37: 319/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 38: 319/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 39: 319/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 40: 319/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 41: 321/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 42: 321/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 43: 322/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 44: 322/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 45: 322/327 right, 0 wrong, 148/150 not answerable handled
        # end of round 46: 322/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 47: 322/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 48: 322/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 49: 322/327 right, 0 wrong, 149/150 not answerable handled
        # end of round 50: 322/327 right, 0 wrong, 149/150 not answerable handled
        ("final32.yaml", 0.98, 0.99, 0),
        # twenty-eighth chat-style development set, written with final32 and used in round 30
        # only to check changes (summary lines): 244/260 right, 2 wrong, 119/120 on topic handled
        # at its start; 246/260 right, 1 wrong, 119/120 at its end
        # end of round 30: 246/260 right, 1 wrong, 139/140 not answerable handled
        # end of round 31: 249/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 32: 251/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 33: 251/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 34: 252/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 35: 252/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 36: 252/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 37: 252/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 38: 252/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 39: 253/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 40: 253/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 41: 253/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 42: 253/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 43: 253/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 44: 254/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 45: 255/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 46: 255/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 47: 255/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 48: 255/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 49: 256/260 right, 0 wrong, 139/140 not answerable handled
        # end of round 50: 256/260 right, 0 wrong, 139/140 not answerable handled
        ("dev29_chat.yaml", 0.98, 0.99, 0),
        # thirty-third final held-out set, kept outside the repository for round 31: 314/330
        # right, 2 wrong, 118/123 on topic handled at its start; 314/330 right, 2 wrong, 118/123
        # at its end
        # end of round 31: 314/330 right, 2 wrong, 146/151 not answerable handled; retired to
        # development at the start of round 32
        # end of round 32: 314/330 right, 2 wrong, 147/151 not answerable handled
        # end of round 33: 316/330 right, 1 wrong, 147/151 not answerable handled
        # end of round 34: 317/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 35: 317/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 36: 317/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 37: 318/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 38: 318/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 39: 318/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 40: 318/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 41: 318/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 42: 318/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 43: 318/330 right, 0 wrong, 148/151 not answerable handled
        # end of round 44: 319/330 right, 0 wrong, 149/151 not answerable handled
        # end of round 45: 320/330 right, 0 wrong, 149/151 not answerable handled
        # end of round 46: 320/330 right, 0 wrong, 149/151 not answerable handled
        # end of round 47: 320/330 right, 0 wrong, 149/151 not answerable handled
        # end of round 48: 321/330 right, 0 wrong, 149/151 not answerable handled
        # end of round 49: 321/330 right, 0 wrong, 149/151 not answerable handled
        # end of round 50: 321/330 right, 0 wrong, 149/151 not answerable handled
        ("final33.yaml", 0.97, 0.98, 0),
        # twenty-ninth chat-style development set, written with final33 and used in round 31
        # only to check changes (summary lines): 249/256 right, 2 wrong, 116/118 on topic handled
        # at its start; the same at its end
        # end of round 31: 249/256 right, 2 wrong, 136/138 not answerable handled
        # end of round 32: 249/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 33: 249/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 34: 249/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 35: 249/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 36: 249/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 37: 249/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 38: 249/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 39: 250/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 40: 250/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 41: 250/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 42: 250/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 43: 250/256 right, 2 wrong, 137/138 not answerable handled
        # end of round 44: 251/256 right, 1 wrong, 137/138 not answerable handled
        # end of round 45: 251/256 right, 1 wrong, 137/138 not answerable handled
        # end of round 46: 251/256 right, 1 wrong, 137/138 not answerable handled
        # end of round 47: 251/256 right, 1 wrong, 137/138 not answerable handled
        # end of round 48: 251/256 right, 1 wrong, 137/138 not answerable handled
        # end of round 49: 251/256 right, 1 wrong, 137/138 not answerable handled
        # end of round 50: 251/256 right, 1 wrong, 137/138 not answerable handled
        ("dev30_chat.yaml", 0.98, 0.99, 1),
        # thirty-fourth final held-out set, kept outside the repository for round 32: 320/329
        # right, 1 wrong, 123/125 on topic handled at its start; 320/329 right, 1 wrong, 123/125
        # at its end
        # end of round 32: 320/329 right, 1 wrong, 151/153 not answerable handled; retired to
        # development at the start of round 33
        # end of round 33: 321/329 right, 0 wrong, 151/153 not answerable handled
        # end of round 34: 321/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 35: 321/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 36: 321/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 37: 321/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 38: 321/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 39: 322/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 40: 322/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 41: 322/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 42: 322/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 43: 323/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 44: 323/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 45: 323/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 46: 323/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 47: 324/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 48: 325/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 49: 325/329 right, 0 wrong, 152/153 not answerable handled
        # end of round 50: 325/329 right, 0 wrong, 152/153 not answerable handled
        ("final34.yaml", 0.98, 0.99, 0),
        # thirtieth chat-style development set, written with final34 and used in round 32 only
        # to check changes (summary lines): 250/258 right, 0 wrong, 117/120 on topic handled at
        # its start; the same at its end
        # end of round 32: 250/258 right, 0 wrong, 137/140 not answerable handled
        # end of round 33: 250/258 right, 0 wrong, 138/140 not answerable handled
        # end of round 34: 250/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 35: 250/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 36: 250/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 37: 250/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 38: 250/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 39: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 40: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 41: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 42: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 43: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 44: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 45: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 46: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 47: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 48: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 49: 253/258 right, 0 wrong, 139/140 not answerable handled
        # end of round 50: 253/258 right, 0 wrong, 139/140 not answerable handled
        ("dev31_chat.yaml", 0.98, 0.99, 0),
        # thirty-fifth final held-out set, kept outside the repository for round 33: 323/327
        # right, 0 wrong, 117/122 on topic handled at its start; 323/327 right, 0 wrong, 117/122
        # at its end
        # end of round 33: 323/327 right, 0 wrong, 145/150 not answerable handled; retired to
        # development at the start of round 34
        # end of round 34: 323/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 35: 323/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 36: 323/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 37: 323/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 38: 323/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 39: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 40: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 41: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 42: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 43: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 44: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 45: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 46: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 47: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 48: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 49: 325/327 right, 0 wrong, 145/150 not answerable handled
        # end of round 50: 325/327 right, 0 wrong, 145/150 not answerable handled
        ("final35.yaml", 0.99, 0.96, 0),
        # thirty-first chat-style development set, written with final35 and used in round 33
        # only to check changes (summary lines): 252/258 right, 0 wrong, 117/119 on topic handled
        # at its start; the same at its end
        # end of round 33: 252/258 right, 0 wrong, 137/139 not answerable handled
        # end of round 34: 252/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 35: 252/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 36: 253/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 37: 253/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 38: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 39: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 40: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 41: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 42: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 43: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 44: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 45: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 46: 254/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 47: 255/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 48: 255/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 49: 255/258 right, 0 wrong, 138/139 not answerable handled
        # end of round 50: 255/258 right, 0 wrong, 138/139 not answerable handled
        ("dev32_chat.yaml", 0.98, 0.99, 0),
        # thirty-seventh final held-out set, written during round 34 from the source and the
        # facts' statements only (final36, written before the round, was lost with its machine)
        # and kept outside the repository: 299/309 right, 1 wrong, 116/117 on topic handled on
        # the round's starting code; the same at its end
        # end of round 34: 299/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 35: 299/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 36: 299/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 37: 300/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 38: 301/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 39: 301/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 40: 301/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 41: 302/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 42: 302/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 43: 303/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 44: 305/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 45: 305/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 46: 305/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 47: 305/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 48: 305/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 49: 305/309 right, 1 wrong, 144/145 not answerable handled
        # end of round 50: 305/309 right, 1 wrong, 144/145 not answerable handled
        ("final37.yaml", 0.98, 0.99, 1),
        # thirty-second chat-style development set, written with final37 and used in round 34
        # only to check changes (summary lines): 289/306 right, 1 wrong, 112/117 on topic handled
        # on the round's starting code; 289/306 right, 1 wrong, 113/117 at its end
        # end of round 34: 289/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 35: 289/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 36: 289/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 37: 290/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 38: 291/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 39: 292/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 40: 295/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 41: 295/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 42: 295/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 43: 296/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 44: 296/306 right, 1 wrong, 142/145 not answerable handled
        # end of round 45: 297/306 right, 1 wrong, 142/145 not answerable handled
        # end of round 46: 297/306 right, 1 wrong, 142/145 not answerable handled
        # end of round 47: 298/306 right, 1 wrong, 142/145 not answerable handled
        # end of round 48: 298/306 right, 1 wrong, 142/145 not answerable handled
        # end of round 49: 298/306 right, 1 wrong, 142/145 not answerable handled
        # end of round 50: 298/306 right, 1 wrong, 142/145 not answerable handled
        ("dev34_chat.yaml", 0.97, 0.97, 1),
        # thirty-eighth final held-out set, written before round 35's work from the source and the
        # facts' statements only and kept outside the repository: 299/313 right, 2 wrong, 113/117
        # on topic handled at the round's start; the same at its end
        # end of round 35: 299/313 right, 2 wrong, 141/145 not answerable handled
        # end of round 36: 303/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 37: 304/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 38: 304/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 39: 304/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 40: 304/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 41: 305/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 42: 306/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 43: 306/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 44: 306/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 45: 307/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 46: 307/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 47: 307/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 48: 307/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 49: 307/313 right, 1 wrong, 145/145 not answerable handled
        # end of round 50: 307/313 right, 1 wrong, 145/145 not answerable handled
        ("final38.yaml", 0.98, 1.0, 1),
        # thirty-third chat-style development set, written with final38 and used in round 35
        # only to check changes (summary lines): 306/318 right, 0 wrong, 117/120 on topic handled
        # at its start; the same at its end
        # end of round 35: 306/318 right, 0 wrong, 145/148 not answerable handled
        # end of round 36: 306/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 37: 307/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 38: 307/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 39: 307/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 40: 307/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 41: 307/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 42: 308/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 43: 308/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 44: 308/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 45: 308/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 46: 309/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 47: 310/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 48: 310/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 49: 310/318 right, 0 wrong, 146/148 not answerable handled
        # end of round 50: 309/318 right, 0 wrong, 146/148 not answerable handled
        ("dev35_chat.yaml", 0.97, 0.98, 0),
        # thirty-ninth final held-out set, written before round 36's work from the source and the
        # facts' statements only and kept outside the repository: 290/302 right, 0 wrong, 114/117
        # on topic handled at the round's start; the same at its end
        # end of round 36: 290/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 37: 294/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 38: 294/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 39: 294/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 40: 294/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 41: 294/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 42: 295/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 43: 295/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 44: 296/302 right, 0 wrong, 143/145 not answerable handled
        # end of round 45: 296/302 right, 0 wrong, 143/145 not answerable handled
        # end of round 46: 296/302 right, 0 wrong, 143/145 not answerable handled
        # end of round 47: 296/302 right, 0 wrong, 143/145 not answerable handled
        # end of round 48: 296/302 right, 0 wrong, 143/145 not answerable handled
        # end of round 49: 296/302 right, 0 wrong, 143/145 not answerable handled
        # end of round 50: 296/302 right, 0 wrong, 143/145 not answerable handled
        ("final39.yaml", 0.98, 0.98, 0),
        # thirty-fourth chat-style development set, written with final39 and used in round 36
        # only to check changes (summary lines): 292/300 right, 0 wrong, 117/120 on topic handled
        # at its start; 293/300, 0 wrong, 117/120 at its end
        # end of round 36: 293/300 right, 0 wrong, 145/148 not answerable handled
        # end of round 37: 293/300 right, 0 wrong, 145/148 not answerable handled
        # end of round 38: 293/300 right, 0 wrong, 145/148 not answerable handled
        # end of round 39: 294/300 right, 0 wrong, 145/148 not answerable handled
        # end of round 40: 296/300 right, 0 wrong, 145/148 not answerable handled
        # end of round 41: 296/300 right, 0 wrong, 145/148 not answerable handled
        # end of round 42: 297/300 right, 0 wrong, 146/148 not answerable handled
        # end of round 43: 297/300 right, 0 wrong, 146/148 not answerable handled
        # end of round 44: 298/300 right, 0 wrong, 147/148 not answerable handled
        # end of round 45: 298/300 right, 0 wrong, 147/148 not answerable handled
        # end of round 46: 298/300 right, 0 wrong, 147/148 not answerable handled
        # end of round 47: 298/300 right, 0 wrong, 147/148 not answerable handled
        # end of round 48: 298/300 right, 0 wrong, 147/148 not answerable handled
        # end of round 49: 298/300 right, 0 wrong, 147/148 not answerable handled
        # end of round 50: 298/300 right, 0 wrong, 147/148 not answerable handled
        ("dev36_chat.yaml", 0.99, 0.99, 0),
        # fortieth final held-out set, written before round 37's work from the source and the
        # facts' statements only and kept outside the repository: 299/314 right, 3 wrong, 112/118
        # on topic handled at the round's start; the same at its end
        # end of round 37: 299/314 right, 3 wrong, 140/146 not answerable handled
        # end of round 38: 302/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 39: 303/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 40: 305/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 41: 305/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 42: 305/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 43: 307/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 44: 307/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 45: 307/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 46: 308/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 47: 308/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 48: 309/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 49: 309/314 right, 2 wrong, 145/146 not answerable handled
        # end of round 50: 309/314 right, 2 wrong, 145/146 not answerable handled
        ("final40.yaml", 0.98, 0.99, 2),
        # thirty-fifth chat-style development set, written with final40 and used in round 37
        # only to check changes (summary lines): 313/316 right, 0 wrong, 113/117 on topic handled
        # at its start; the same at its end
        # end of round 37: 313/316 right, 0 wrong, 141/145 not answerable handled
        # end of round 38: 313/316 right, 0 wrong, 142/145 not answerable handled
        # end of round 39: 313/316 right, 0 wrong, 142/145 not answerable handled
        # end of round 40: 313/316 right, 0 wrong, 142/145 not answerable handled
        # end of round 41: 313/316 right, 0 wrong, 142/145 not answerable handled
        # end of round 42: 313/316 right, 0 wrong, 142/145 not answerable handled
        # end of round 43: 313/316 right, 0 wrong, 142/145 not answerable handled
        # end of round 44: 314/316 right, 0 wrong, 143/145 not answerable handled
        # end of round 45: 315/316 right, 0 wrong, 143/145 not answerable handled
        # end of round 46: 315/316 right, 0 wrong, 143/145 not answerable handled
        # end of round 47: 315/316 right, 0 wrong, 143/145 not answerable handled
        # end of round 48: 315/316 right, 0 wrong, 143/145 not answerable handled
        # end of round 49: 315/316 right, 0 wrong, 143/145 not answerable handled
        # end of round 50: 315/316 right, 0 wrong, 143/145 not answerable handled
        ("dev37_chat.yaml", 0.99, 0.98, 0),
        # forty-first final held-out set, written before round 38's work from the source and the
        # facts' statements only and kept outside the repository: 300/314 right, 0 wrong, 115/117
        # on topic handled at the round's start; the same at its end
        # end of round 38: 300/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 39: 301/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 40: 302/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 41: 303/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 42: 303/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 43: 304/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 44: 304/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 45: 305/314 right, 0 wrong, 144/145 not answerable handled
        # end of round 46: 305/314 right, 0 wrong, 144/145 not answerable handled
        # end of round 47: 305/314 right, 0 wrong, 144/145 not answerable handled
        # end of round 48: 305/314 right, 0 wrong, 144/145 not answerable handled
        # end of round 49: 305/314 right, 0 wrong, 144/145 not answerable handled
        # end of round 50: 305/314 right, 0 wrong, 144/145 not answerable handled
        ("final41.yaml", 0.97, 0.99, 0),
        # thirty-sixth chat-style development set, written with final41 and used in round 38
        # only to check changes (summary lines): 305/314 right, 0 wrong, 114/117 on topic handled
        # at its start; the same at its end
        # end of round 38: 305/314 right, 0 wrong, 142/145 not answerable handled
        # end of round 39: 305/314 right, 0 wrong, 142/145 not answerable handled
        # end of round 40: 307/314 right, 0 wrong, 142/145 not answerable handled
        # end of round 41: 307/314 right, 0 wrong, 142/145 not answerable handled
        # end of round 42: 308/314 right, 0 wrong, 142/145 not answerable handled
        # end of round 43: 308/314 right, 0 wrong, 142/145 not answerable handled
        # end of round 44: 308/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 45: 308/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 46: 308/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 47: 308/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 48: 308/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 49: 308/314 right, 0 wrong, 143/145 not answerable handled
        # end of round 50: 308/314 right, 0 wrong, 143/145 not answerable handled
        ("dev38_chat.yaml", 0.98, 0.98, 0),
        # forty-second final held-out set, written before round 39's work from the source and the
        # facts' statements only and kept outside the repository: 295/306 right, 1 wrong, 112/117
        # on topic handled at the round's start; the same at its end
        # end of round 39: 295/306 right, 1 wrong, 140/145 not answerable handled
        # end of round 40: 297/306 right, 1 wrong, 144/145 not answerable handled
        # end of round 41: 297/306 right, 1 wrong, 144/145 not answerable handled
        # end of round 42: 298/306 right, 1 wrong, 144/145 not answerable handled
        # end of round 43: 298/306 right, 1 wrong, 144/145 not answerable handled
        # end of round 44: 298/306 right, 1 wrong, 144/145 not answerable handled
        # end of round 45: 298/306 right, 1 wrong, 145/145 not answerable handled
        # end of round 46: 298/306 right, 1 wrong, 145/145 not answerable handled
        # end of round 47: 298/306 right, 1 wrong, 145/145 not answerable handled
        # end of round 48: 298/306 right, 1 wrong, 145/145 not answerable handled
        # end of round 49: 298/306 right, 1 wrong, 145/145 not answerable handled
        # end of round 50: 298/306 right, 1 wrong, 145/145 not answerable handled
        ("final42.yaml", 0.97, 1.0, 1),
        # thirty-seventh chat-style development set, written with final42 and used in round 39
        # only to check changes (summary lines): 285/302 right, 2 wrong, 112/117 on topic handled
        # at its start; the same at its end
        # end of round 39: 285/302 right, 2 wrong, 140/145 not answerable handled
        # end of round 40: 287/302 right, 2 wrong, 140/145 not answerable handled
        # end of round 41: 289/302 right, 0 wrong, 140/145 not answerable handled
        # end of round 42: 290/302 right, 0 wrong, 140/145 not answerable handled
        # end of round 43: 290/302 right, 0 wrong, 140/145 not answerable handled
        # end of round 44: 290/302 right, 0 wrong, 141/145 not answerable handled
        # end of round 45: 290/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 46: 290/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 47: 290/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 48: 290/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 49: 290/302 right, 0 wrong, 142/145 not answerable handled
        # end of round 50: 290/302 right, 0 wrong, 142/145 not answerable handled
        ("dev39_chat.yaml", 0.96, 0.97, 0),
        # forty-third final held-out set, written before round 40's work from the source and the
        # facts' statements only and kept outside the repository: 306/318 right, 2 wrong, 111/117
        # on topic handled at the round's start; 307/318 right, 2 wrong, 111/117 at its end
        # end of round 40: 307/318 right, 2 wrong, 139/145 not answerable handled
        # end of round 41: 314/318 right, 0 wrong, 141/145 not answerable handled
        # end of round 42: 315/318 right, 0 wrong, 141/145 not answerable handled
        # end of round 43: 315/318 right, 0 wrong, 141/145 not answerable handled
        # end of round 44: 315/318 right, 0 wrong, 142/145 not answerable handled
        # end of round 45: 315/318 right, 0 wrong, 142/145 not answerable handled
        # end of round 46: 315/318 right, 0 wrong, 143/145 not answerable handled
        # end of round 47: 315/318 right, 0 wrong, 143/145 not answerable handled
        # end of round 48: 315/318 right, 0 wrong, 143/145 not answerable handled
        # end of round 49: 315/318 right, 0 wrong, 143/145 not answerable handled
        # end of round 50: 315/318 right, 0 wrong, 143/145 not answerable handled
        ("final43.yaml", 0.99, 0.98, 0),
        # thirty-eighth chat-style development set, written with final43 and used in round 40
        # only to check changes (summary lines): 294/305 right, 1 wrong, 115/117 on topic handled
        # at its start; 295/305 right, 1 wrong, 115/117 at its end
        # end of round 40: 295/305 right, 1 wrong, 143/145 not answerable handled
        # end of round 41: 296/305 right, 1 wrong, 143/145 not answerable handled
        # end of round 42: 296/305 right, 1 wrong, 143/145 not answerable handled
        # end of round 43: 296/305 right, 1 wrong, 144/145 not answerable handled
        # end of round 44: 297/305 right, 1 wrong, 144/145 not answerable handled
        # end of round 45: 297/305 right, 1 wrong, 145/145 not answerable handled
        # end of round 46: 297/305 right, 1 wrong, 145/145 not answerable handled
        # end of round 47: 297/305 right, 1 wrong, 145/145 not answerable handled
        # end of round 48: 297/305 right, 1 wrong, 145/145 not answerable handled
        # end of round 49: 297/305 right, 1 wrong, 145/145 not answerable handled
        # end of round 50: 297/305 right, 1 wrong, 145/145 not answerable handled
        ("dev40_chat.yaml", 0.97, 1.0, 1),
        # forty-fourth final held-out set, written before round 41's work from the source and the
        # facts' statements only and kept outside the repository: 295/304 right, 2 wrong, 113/117
        # on topic handled at the round's start; 295/304 right, 2 wrong, 113/117 at its end
        # (1790b79f)
        # end of round 41: 295/304 right, 2 wrong, 141/145 not answerable handled
        # end of round 42: 297/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 43: 299/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 44: 299/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 45: 299/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 46: 299/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 47: 299/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 48: 299/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 49: 299/304 right, 1 wrong, 145/145 not answerable handled
        # end of round 50: 299/304 right, 1 wrong, 145/145 not answerable handled
        ("final44.yaml", 0.98, 1.0, 1),
        # thirty-ninth chat-style development set, written with final44 and used in round 41
        # only to check changes (summary lines): 302/307 right, 0 wrong, 118/118 on topic handled
        # at its start; 302/307 right, 0 wrong, 118/118 at its end
        # end of round 41: 302/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 42: 302/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 43: 304/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 44: 304/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 45: 304/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 46: 304/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 47: 304/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 48: 304/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 49: 304/307 right, 0 wrong, 146/146 not answerable handled
        # end of round 50: 304/307 right, 0 wrong, 146/146 not answerable handled
        ("dev41_chat.yaml", 0.99, 1.0, 0),
        # forty-fifth final held-out set, written before round 42's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final45-multisource42-*.txt)
        # end of round 42: 311/315 right, 1 wrong, 138/145 not answerable handled
        # end of round 43: 311/315 right, 1 wrong, 145/145 not answerable handled
        # end of round 44: 312/315 right, 0 wrong, 145/145 not answerable handled
        # end of round 45: 312/315 right, 0 wrong, 145/145 not answerable handled
        # end of round 46: 312/315 right, 0 wrong, 145/145 not answerable handled
        # end of round 47: 312/315 right, 0 wrong, 145/145 not answerable handled
        # end of round 48: 312/315 right, 0 wrong, 145/145 not answerable handled
        # end of round 49: 312/315 right, 0 wrong, 145/145 not answerable handled
        # end of round 50: 312/315 right, 0 wrong, 145/145 not answerable handled
        ("final45.yaml", 0.99, 1.0, 0),
        # fortieth chat-style development set, written with final45 and used in round 42 only to
        # check changes (summary lines: benchmarks/results/dev42-validation-round42.txt)
        # end of round 42: 298/310 right, 1 wrong, 133/145 not answerable handled
        # end of round 43: 298/310 right, 1 wrong, 135/145 not answerable handled
        # end of round 44: 298/310 right, 1 wrong, 135/145 not answerable handled
        # end of round 45: 298/310 right, 1 wrong, 136/145 not answerable handled
        # end of round 46: 298/310 right, 1 wrong, 136/145 not answerable handled
        # end of round 47: 299/310 right, 1 wrong, 136/145 not answerable handled
        # end of round 48: 299/310 right, 1 wrong, 136/145 not answerable handled
        # end of round 49: 299/310 right, 1 wrong, 136/145 not answerable handled
        # end of round 50: 299/310 right, 1 wrong, 136/145 not answerable handled
        ("dev42_chat.yaml", 0.96, 0.93, 1),
        # forty-sixth final held-out set, written before round 43's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final46-multisource43-*.txt)
        # end of round 43: 307/310 right, 2 wrong, 142/145 not answerable handled
        # end of round 44: 310/310 right, 0 wrong, 143/145 not answerable handled
        # end of round 45: 310/310 right, 0 wrong, 144/145 not answerable handled
        # end of round 46: 310/310 right, 0 wrong, 144/145 not answerable handled
        # end of round 47: 310/310 right, 0 wrong, 144/145 not answerable handled
        # end of round 48: 310/310 right, 0 wrong, 144/145 not answerable handled
        # end of round 49: 310/310 right, 0 wrong, 144/145 not answerable handled
        # end of round 50: 310/310 right, 0 wrong, 144/145 not answerable handled
        ("final46.yaml", 1.0, 0.99, 0),
        # forty-first chat-style development set, written with final46 and used in round 43 only to
        # check changes (summary lines: benchmarks/results/dev43-validation-round43.txt)
        # end of round 43: 291/306 right, 3 wrong, 140/145 not answerable handled
        # end of round 44: 291/306 right, 3 wrong, 140/145 not answerable handled
        # end of round 45: 291/306 right, 3 wrong, 140/145 not answerable handled
        # end of round 46: 292/306 right, 2 wrong, 140/145 not answerable handled
        # end of round 47: 292/306 right, 2 wrong, 140/145 not answerable handled
        # end of round 48: 292/306 right, 2 wrong, 140/145 not answerable handled
        # end of round 49: 292/306 right, 2 wrong, 141/145 not answerable handled
        # end of round 50: 292/306 right, 2 wrong, 141/145 not answerable handled
        ("dev43_chat.yaml", 0.95, 0.97, 2),
        # forty-seventh final held-out set, written before round 44's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final47-multisource44-*.txt)
        # end of round 44: 296/310 right, 2 wrong, 143/145 not answerable handled
        # end of round 45: 302/310 right, 0 wrong, 145/145 not answerable handled
        # end of round 46: 302/310 right, 0 wrong, 145/145 not answerable handled
        # end of round 47: 302/310 right, 0 wrong, 145/145 not answerable handled
        # end of round 48: 303/310 right, 0 wrong, 145/145 not answerable handled
        # end of round 49: 303/310 right, 0 wrong, 145/145 not answerable handled
        # end of round 50: 303/310 right, 0 wrong, 145/145 not answerable handled
        ("final47.yaml", 0.97, 1.0, 0),
        # forty-second chat-style development set, written with final47 and used in round 44 only to
        # check changes (summary lines: benchmarks/results/dev44-validation-round44.txt)
        # end of round 44: 301/306 right, 1 wrong, 138/145 not answerable handled
        # end of round 45: 302/306 right, 1 wrong, 139/145 not answerable handled
        # end of round 46: 303/306 right, 0 wrong, 139/145 not answerable handled
        # end of round 47: 303/306 right, 0 wrong, 139/145 not answerable handled
        # end of round 48: 303/306 right, 0 wrong, 139/145 not answerable handled
        # end of round 49: 303/306 right, 0 wrong, 139/145 not answerable handled
        # end of round 50: 303/306 right, 0 wrong, 139/145 not answerable handled
        ("dev44_chat.yaml", 0.99, 0.95, 0),
        # forty-eighth final held-out set, written before round 45's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final48-multisource45-*.txt)
        # end of round 45: 294/310 right, 5 wrong, 140/145 not answerable handled
        # end of round 46: 301/310 right, 1 wrong, 143/145 not answerable handled
        # end of round 47: 302/310 right, 1 wrong, 143/145 not answerable handled
        # end of round 48: 303/310 right, 1 wrong, 143/145 not answerable handled
        # end of round 49: 303/310 right, 1 wrong, 143/145 not answerable handled
        # end of round 50: 303/310 right, 1 wrong, 143/145 not answerable handled
        ("final48.yaml", 0.97, 0.98, 1),
        # forty-third chat-style development set, written with final48 and used in round 45 only to
        # check changes (summary lines: benchmarks/results/dev45-validation-round45.txt)
        # end of round 45: 289/306 right, 4 wrong, 123/145 not answerable handled
        # end of round 46: 291/306 right, 3 wrong, 135/145 not answerable handled
        # end of round 47: 292/306 right, 3 wrong, 136/145 not answerable handled
        # end of round 48: 292/306 right, 3 wrong, 136/145 not answerable handled
        # end of round 49: 293/306 right, 3 wrong, 136/145 not answerable handled
        # end of round 50: 293/306 right, 3 wrong, 137/145 not answerable handled
        ("dev45_chat.yaml", 0.95, 0.94, 3),
        # forty-ninth final held-out set, written before round 46's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final49-multisource46-*.txt)
        # end of round 46: 280/310 right, 5 wrong, 137/145 not answerable handled
        # end of round 47: 289/310 right, 3 wrong, 139/145 not answerable handled
        # end of round 48: 293/310 right, 3 wrong, 139/145 not answerable handled
        # end of round 49: 293/310 right, 3 wrong, 139/145 not answerable handled
        # end of round 50: 293/310 right, 3 wrong, 139/145 not answerable handled
        ("final49.yaml", 0.94, 0.95, 3),
        # forty-fourth chat-style development set, written with final49 and used in round 46 only to
        # check changes (summary lines: benchmarks/results/dev46-validation-round46.txt)
        # end of round 46: 289/306 right, 3 wrong, 132/145 not answerable handled
        # end of round 47: 291/306 right, 2 wrong, 135/145 not answerable handled
        # end of round 48: 293/306 right, 1 wrong, 137/145 not answerable handled
        # end of round 49: 293/306 right, 1 wrong, 137/145 not answerable handled
        # end of round 50: 293/306 right, 1 wrong, 137/145 not answerable handled
        ("dev46_chat.yaml", 0.95, 0.94, 1),
        # fiftieth final held-out set, written before round 47's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final50-multisource47-*.txt)
        # end of round 47: 286/310 right, 3 wrong, 135/145 not answerable handled
        # end of round 48: 290/310 right, 2 wrong, 139/145 not answerable handled
        # end of round 49: 293/310 right, 1 wrong, 141/145 not answerable handled
        # end of round 50: 293/310 right, 1 wrong, 141/145 not answerable handled
        ("final50.yaml", 0.94, 0.97, 1),
        # forty-fifth chat-style development set, written with final50 and used in round 47 only to
        # check changes (summary lines: benchmarks/results/dev47-validation-round47.txt)
        # end of round 47: 297/306 right, 1 wrong, 141/145 not answerable handled
        # end of round 48: 298/306 right, 1 wrong, 143/145 not answerable handled
        # end of round 49: 300/306 right, 0 wrong, 143/145 not answerable handled
        # end of round 50: 300/306 right, 0 wrong, 143/145 not answerable handled
        ("dev47_chat.yaml", 0.98, 0.98, 0),
        # fifty-first final held-out set, written before round 48's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final51-multisource48-*.txt)
        # end of round 48: 291/310 right, 6 wrong, 137/145 not answerable handled
        # end of round 49: 296/310 right, 2 wrong, 144/145 not answerable handled
        # end of round 50: 297/310 right, 2 wrong, 144/145 not answerable handled
        ("final51.yaml", 0.95, 0.99, 2),
        # forty-sixth chat-style development set, written with final51 and used in round 48 only to
        # check changes (summary lines: benchmarks/results/dev48-validation-round48.txt)
        # end of round 48: 286/306 right, 3 wrong, 135/145 not answerable handled
        # end of round 49: 288/306 right, 3 wrong, 142/145 not answerable handled
        # end of round 50: 289/306 right, 2 wrong, 144/145 not answerable handled
        ("dev48_chat.yaml", 0.94, 0.99, 2),
        # fifty-second final held-out set, written before round 49's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final52-multisource49-*.txt)
        # end of round 49: 296/310 right, 2 wrong, 137/145 not answerable handled
        # end of round 50: 298/310 right, 0 wrong, 139/145 not answerable handled
        ("final52.yaml", 0.96, 0.95, 0),
        # forty-seventh chat-style development set, written with final52 and used in round 49
        # only to check changes (summary lines: benchmarks/results/dev49-validation-round49.txt)
        # end of round 49: 293/306 right, 3 wrong, 140/145 not answerable handled
        # end of round 50: 295/306 right, 2 wrong, 142/145 not answerable handled
        ("dev49_chat.yaml", 0.96, 0.97, 2),
        # fifty-third final held-out set, written before round 50's work from the source and the
        # facts' statements only and kept outside the repository (start and end numbers:
        # benchmarks/results/final53-multisource50-*.txt)
        # end of round 50: 298/310 right, 4 wrong, 138/145 not answerable handled
        ("final53.yaml", 0.96, 0.95, 4),
        # forty-eighth chat-style development set, written with final53 and used in round 50 only to
        # check changes (summary lines: benchmarks/results/dev50-validation-round50.txt)
        # end of round 50: 299/306 right, 1 wrong, 138/145 not answerable handled
        ("dev50_chat.yaml", 0.97, 0.95, 1),
    ],
)
def test_chat_set_floor(
    single_source_index: FactIndex,
    name: str,
    min_accuracy: float,
    min_handled: float,
    max_wrong: int,
) -> None:
    """On-topic questions the source does not answer must not get a fact as the answer:
    declined or partial both count as handled, as for off-topic ones."""
    data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    unanswerable = data["partial_or_declined"] + data["out_of_scope"]
    questions = labelled_questions({"in_scope": data["in_scope"], "out_of_scope": unanswerable})
    report = evaluate(single_source_index, questions)
    assert_floor(name, report, min_accuracy, min_handled, max_wrong)


# Off-topic questions a held-out or validation set's end measurement found not declined (summary
# lines only: which question is not read while the set is held out or used to validate), allowed
# until the set is retired and read.
OFF_TOPIC_NOT_DECLINED: dict[str, int] = {}


@pytest.mark.parametrize(
    ("name", "min_right", "max_wrong", "min_latest", "min_handled"),
    [
        # multi-source development set, tuned on: 113/152 right, 17 wrong, 12/30 "latest" when
        # first measured; 140/152, 1 wrong, 29/30, 80/81 handled; 142/152 with the facts'
        # phrasings in everyday words; 144/152 with changes between two years answered; 81/81
        # handled once a year a figure is only compared with is not read as its own
        # end of round 15: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 17: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 18: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 19: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 20: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 21: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 22: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 23: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 24: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 25: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 26: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 27: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 28: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 29: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 30: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 31: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 32: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 33: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 34: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 35: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 36: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 37: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 38: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 39: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 40: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 41: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 42: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 43: 150/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 44: 151/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 45: 151/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 46: 151/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 47: 151/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 48: 151/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 49: 151/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        # end of round 50: 151/152 right, 0 wrong, 29/30 "latest", 81/81 handled
        ("dev_multisource.yaml", 0.99, 0, 0.96, 1.0),
        # a later multi-source development set, first measured before any rule was written
        # for it: 107/158 right, 17 wrong, 16/30 "latest", 78/90 handled; 131/158, 5 wrong,
        # 26/30, 81/90 after tuning on it; 136/158, 3 wrong, 27/30, 85/90; 140/158; 141/158 once
        # a question pointing back at the asker's story is answered about what it named
        # end of round 15: 151/158 right, 2 wrong, 29/30 "latest", 89/90 handled
        # end of round 17: 153/158 right, 1 wrong, 29/30 "latest", 89/90 handled
        # end of round 18: 153/158 right, 1 wrong, 29/30 "latest", 89/90 handled
        # end of round 19: 152/158 right, 1 wrong, 29/30 "latest", 89/90 handled
        # end of round 20: 152/158 right, 1 wrong, 29/30 "latest", 89/90 handled
        # end of round 21: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 22: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 23: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 24: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 25: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 26: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 27: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 28: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 29: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 30: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 31: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 32: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 33: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 34: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 35: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 36: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 37: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 38: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 39: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 40: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 41: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 42: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 43: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 44: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 45: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 46: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 47: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 48: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 49: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        # end of round 50: 153/158 right, 0 wrong, 30/30 "latest", 89/90 handled
        ("dev3_multisource.yaml", 0.96, 0, 1.0, 0.98),
        # fourth multi-source development set: 127/158 right, 13 wrong, 23/32 "latest", 80/92
        # handled when first measured, before anything was tuned on it; 138/158, 5 wrong,
        # 27/32, 86/92 (five of the wrong facts were labels that missed another answer's
        # wording of the same figure); 141/158 with the facts' phrasings in everyday words;
        # 144/158 now
        # end of round 15: 155/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 17: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 18: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 19: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 20: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 21: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 22: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 23: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 24: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 25: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 26: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 27: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 28: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 29: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 30: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 31: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 32: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 33: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 34: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 35: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 36: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 37: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 38: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 39: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 40: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 41: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 42: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 43: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 44: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 45: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 46: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 47: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 48: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 49: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        # end of round 50: 156/158 right, 0 wrong, 31/32 "latest", 92/92 handled
        ("dev4_multisource.yaml", 0.98, 0, 0.96, 1.0),
        # fifth multi-source development set: 120/161 right, 14 wrong, 24/30 "latest", 81/88
        # handled when first measured, before anything was tuned on it (124/161, 10 wrong once
        # the scorer read its `also` entries that give another answer's own wording); 125/161,
        # 9 wrong, 25/30, 81/88 after causes found on the other sets were fixed (not tuned on it);
        # 136/161, 6 wrong, 26/30, 81/88 now
        # end of round 15: 153/161 right, 2 wrong, 30/30 "latest", 88/88 handled
        # end of round 17: 154/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 18: 154/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 19: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 20: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 21: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 22: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 23: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 24: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 25: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 26: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 27: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 28: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 29: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 30: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 31: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 32: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 33: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 34: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 35: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 36: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 37: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 38: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 39: 155/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 40: 156/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 41: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 42: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 43: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 44: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 45: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 46: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 47: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 48: 157/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 49: 158/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        # end of round 50: 158/161 right, 1 wrong, 30/30 "latest", 88/88 handled
        ("dev5_multisource.yaml", 0.98, 1, 1.0, 1.0),
        # multisource1-4 below were held out when written and are development sets now; their
        # history: held-out multi-source sets, never tuned on (summary numbers only, at the end
        # of each round): multisource.yaml 94/134, 9 wrong, 5/19 when first measured; 121/134,
        # 1 wrong, 19/19 with acronyms spelt out in lower case answered
        # multisource2.yaml: 105/140, 10 wrong, 7/27 "latest", 54/82 when first measured;
        # 125/140, 5 wrong, 22/27, 72/82; 130/140, 4 wrong, 23/27, 72/82 now
        # end of round 15: 130/134 right, 1 wrong, 19/19 "latest", 61/61 handled
        # end of round 17: 130/134 right, 1 wrong, 19/19 "latest", 61/61 handled
        # end of round 18: 130/134 right, 1 wrong, 19/19 "latest", 61/61 handled
        # end of round 19: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 20: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 21: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 22: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 23: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 24: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 25: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 26: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 27: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 28: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 29: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 30: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 31: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 32: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 33: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 34: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 35: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 36: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 37: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 38: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 39: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 40: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 41: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 42: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 43: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 44: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 45: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 46: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 47: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 48: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 49: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        # end of round 50: 131/134 right, 0 wrong, 19/19 "latest", 61/61 handled
        ("multisource.yaml", 0.97, 0, 1.0, 1.0),
        # end of round 15: 138/140 right, 0 wrong, 26/27 "latest", 82/82 handled
        # end of round 17: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 18: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 19: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 20: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 21: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 22: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 23: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 24: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 25: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 26: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 27: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 28: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 29: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 30: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 31: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 32: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 33: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 34: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 35: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 36: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 37: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 38: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 39: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 40: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 41: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 42: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 43: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 44: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 45: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 46: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 47: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 48: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 49: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        # end of round 50: 140/140 right, 0 wrong, 27/27 "latest", 82/82 handled
        ("multisource2.yaml", 1.0, 0, 1.0, 1.0),
        # multisource3.yaml, written before the latest round: 128/163, 14 wrong, 21/31, 78/91
        # at its start; 136/163, 12 wrong, 26/31, 79/91 at its end (80/91 after late changes);
        # the same a round later; 142/163, 5 wrong, 28/31, 80/91 now (3 of the 7 fewer wrong
        # facts are labels that now accept the wording of the answer their 'also' names);
        # 148/163, 3 wrong, 29/31, 80/91 with the newest figure the DfE "has reported"
        # end of round 15: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 17: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 18: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 19: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 20: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 21: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 22: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 23: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 24: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 25: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 26: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 27: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 28: 161/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 29: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 30: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 31: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 32: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 33: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 34: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 35: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 36: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 37: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 38: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 39: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 40: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 41: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 42: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 43: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 44: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 45: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 46: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 47: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 48: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 49: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        # end of round 50: 162/163 right, 0 wrong, 31/31 "latest", 91/91 handled
        ("multisource3.yaml", 0.99, 0, 1.0, 1.0),
        # multisource4.yaml, kept outside the repository for a round of work: 132/174 right,
        # 15 wrong, 24/31 "latest", 84/93 handled at its start; 133/174, 17 wrong, 24/31, 86/93
        # at its end; 138/174, 12 wrong, 25/31, 86/93 now (3 of the 5 fewer wrong facts are
        # labels that now accept the wording of the answer their 'also' names); 148/174, 9 wrong,
        # 26/31, 86/93 with the latest funding news the newest sum of money; 150/174 once questions
        # pointing back at the asker's story are answered about what it named
        # end of round 15: 164/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 17: 164/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 18: 164/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 19: 164/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 20: 164/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 21: 164/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 22: 164/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 23: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 24: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 25: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 26: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 27: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 28: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 29: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 30: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 31: 165/174 right, 0 wrong, 29/31 "latest", 93/93 handled
        # end of round 32: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 33: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 34: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 35: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 36: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 37: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 38: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 39: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 40: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 41: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 42: 166/174 right, 0 wrong, 30/31 "latest", 93/93 handled
        # end of round 43: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        # end of round 44: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        # end of round 45: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        # end of round 46: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        # end of round 47: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        # end of round 48: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        # end of round 49: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        # end of round 50: 167/174 right, 0 wrong, 31/31 "latest", 93/93 handled
        ("multisource4.yaml", 0.95, 0, 1.0, 1.0),
        # multisource5.yaml, held out: written before the round and kept outside the repository
        # while it was worked; 136/157 right, 9 wrong, 22/31 "latest", 81/89 handled at its
        # start and 136/157, 9, 21/31, 81/89 at its end (summary lines only); still held out a
        # round later: 139/157, 8 wrong, 21/31, 84/89
        # end of round 15: 151/157 right, 3 wrong, 28/31 "latest", 88/89 handled
        # end of round 17: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 18: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 19: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 20: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 21: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 22: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 23: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 24: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 25: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 26: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 27: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 28: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 29: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 30: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 31: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 32: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 33: 152/157 right, 3 wrong, 29/31 "latest", 89/89 handled
        # end of round 34: 153/157 right, 2 wrong, 30/31 "latest", 89/89 handled
        # end of round 35: 153/157 right, 2 wrong, 30/31 "latest", 89/89 handled
        # end of round 36: 153/157 right, 2 wrong, 30/31 "latest", 89/89 handled
        # end of round 37: 153/157 right, 2 wrong, 30/31 "latest", 89/89 handled
        # end of round 38: 153/157 right, 2 wrong, 30/31 "latest", 89/89 handled
        # end of round 39: 153/157 right, 2 wrong, 30/31 "latest", 89/89 handled
        # end of round 40: 154/157 right, 2 wrong, 31/31 "latest", 89/89 handled
        # end of round 41: 154/157 right, 2 wrong, 31/31 "latest", 89/89 handled
        # end of round 42: 155/157 right, 1 wrong, 31/31 "latest", 89/89 handled
        # end of round 43: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        # end of round 44: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        # end of round 45: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        # end of round 46: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        # end of round 47: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        # end of round 48: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        # end of round 49: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        # end of round 50: 156/157 right, 0 wrong, 31/31 "latest", 89/89 handled
        ("multisource5.yaml", 0.99, 0, 1.0, 1.0),
        # multisource6.yaml, held out likewise a round later: 126/163 right, 18 wrong, 26/32
        # "latest", 85/98 handled at its start; 127/163, 18, 26/32, 91/98 at its end
        # end of round 15: 147/163 right, 8 wrong, 29/32 "latest", 97/98 handled
        # end of round 17: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 18: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 19: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 20: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 21: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 22: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 23: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 24: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 25: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 26: 153/163 right, 3 wrong, 30/32 "latest", 97/98 handled
        # end of round 27: 154/163 right, 3 wrong, 31/32 "latest", 97/98 handled
        # end of round 28: 154/163 right, 3 wrong, 31/32 "latest", 97/98 handled
        # end of round 29: 154/163 right, 3 wrong, 31/32 "latest", 97/98 handled
        # end of round 30: 154/163 right, 3 wrong, 31/32 "latest", 97/98 handled
        # end of round 31: 154/163 right, 3 wrong, 31/32 "latest", 97/98 handled
        # end of round 32: 154/163 right, 3 wrong, 31/32 "latest", 97/98 handled
        # end of round 33: 155/163 right, 2 wrong, 32/32 "latest", 97/98 handled
        # end of round 34: 155/163 right, 2 wrong, 32/32 "latest", 97/98 handled
        # end of round 35: 155/163 right, 2 wrong, 32/32 "latest", 97/98 handled
        # end of round 36: 155/163 right, 2 wrong, 32/32 "latest", 97/98 handled
        # end of round 37: 155/163 right, 2 wrong, 32/32 "latest", 97/98 handled
        # end of round 38: 156/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 39: 156/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 40: 156/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 41: 156/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 42: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 43: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 44: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 45: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 46: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 47: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 48: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 49: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        # end of round 50: 157/163 right, 1 wrong, 32/32 "latest", 97/98 handled
        ("multisource6.yaml", 0.96, 1, 1.0, 0.98),
        # sixth multi-source development set, written with multisource6 and used in that round
        # only to check changes (summary lines): 131/170 right, 11 wrong, 24/33 "latest", 88/100
        # handled at first; 134/170, 10, 25/33, 92/100 at the round's end
        # end of round 15: 162/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 17: 162/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 18: 162/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 19: 162/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 20: 162/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 21: 162/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 22: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 23: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 24: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 25: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 26: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 27: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 28: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 29: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 30: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 31: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 32: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 33: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 34: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 35: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 36: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 37: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 38: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 39: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 40: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 41: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 42: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 43: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 44: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 45: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 46: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 47: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 48: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 49: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        # end of round 50: 163/170 right, 0 wrong, 33/33 "latest", 100/100 handled
        ("dev6_multisource.yaml", 0.95, 0, 1.0, 1.0),
        # multisource7.yaml, held out likewise: 123/161 right, 13 wrong, 24/32 "latest", 91/101
        # handled at the start of the round it was written for; 124/161 right, 13 wrong, 24/32
        # "latest", 93/101 handled at its end
        # end of round 15: 138/161 right, 6 wrong, 28/32 "latest", 98/101 handled
        # end of round 17: 142/161 right, 4 wrong, 28/32 "latest", 98/101 handled
        # end of round 18: 143/161 right, 4 wrong, 28/32 "latest", 98/101 handled
        # end of round 19: 143/161 right, 4 wrong, 28/32 "latest", 99/101 handled
        # end of round 20: 144/161 right, 4 wrong, 28/32 "latest", 100/101 handled
        # end of round 21: 146/161 right, 2 wrong, 30/32 "latest", 100/101 handled
        # end of round 22: 146/161 right, 2 wrong, 30/32 "latest", 100/101 handled
        # end of round 23: 146/161 right, 2 wrong, 30/32 "latest", 100/101 handled
        # end of round 24: 146/161 right, 2 wrong, 30/32 "latest", 100/101 handled
        # end of round 25: 146/161 right, 2 wrong, 30/32 "latest", 100/101 handled
        # end of round 26: 146/161 right, 2 wrong, 30/32 "latest", 100/101 handled
        # end of round 27: 146/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 28: 146/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 29: 146/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 30: 147/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 31: 147/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 32: 147/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 33: 147/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 34: 147/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 35: 147/161 right, 1 wrong, 30/32 "latest", 100/101 handled
        # end of round 36: 148/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 37: 148/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 38: 148/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 39: 148/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 40: 148/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 41: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 42: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 43: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 44: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 45: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 46: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 47: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 48: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 49: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        # end of round 50: 149/161 right, 0 wrong, 30/32 "latest", 100/101 handled
        ("multisource7.yaml", 0.92, 0, 0.93, 0.99),
        # seventh multi-source development set, written with multisource7 and used in that round
        # only to check changes (summary lines): 131/164 right, 18 wrong, 23/33 "latest", 85/96
        # handled at first; 132/164 right, 18 wrong, 23/33 "latest", 87/96 handled at its end
        # end of round 15: 156/164 right, 1 wrong, 30/33 "latest", 94/96 handled
        # end of round 17: 156/164 right, 1 wrong, 30/33 "latest", 94/96 handled
        # end of round 18: 156/164 right, 1 wrong, 30/33 "latest", 94/96 handled
        # end of round 19: 156/164 right, 1 wrong, 30/33 "latest", 94/96 handled
        # end of round 20: 156/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 21: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 22: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 23: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 24: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 25: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 26: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 27: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 28: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 29: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 30: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 31: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 32: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 33: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 34: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 35: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 36: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 37: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 38: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 39: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 40: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 41: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 42: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 43: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 44: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 45: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 46: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 47: 157/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 48: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 49: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        # end of round 50: 158/164 right, 1 wrong, 30/33 "latest", 95/96 handled
        ("dev7_multisource.yaml", 0.96, 1, 0.9, 0.98),
        # multisource8.yaml, held out likewise: 132/163 right, 16 wrong, 24/32 "latest", 91/99
        # handled at the start of the round it was written for; 135/163 right, 16 wrong, 25/32
        # "latest", 92/99 handled at its end
        # end of round 15: 148/163 right, 5 wrong, 28/32 "latest", 97/99 handled
        # end of round 17: 154/163 right, 3 wrong, 30/32 "latest", 97/99 handled
        # end of round 18: 154/163 right, 3 wrong, 30/32 "latest", 97/99 handled
        # end of round 19: 156/163 right, 2 wrong, 31/32 "latest", 97/99 handled
        # end of round 20: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 21: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 22: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 23: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 24: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 25: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 26: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 27: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 28: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 29: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 30: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 31: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 32: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 33: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 34: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 35: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 36: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 37: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 38: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 39: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 40: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 41: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 42: 156/163 right, 2 wrong, 31/32 "latest", 98/99 handled
        # end of round 43: 157/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        # end of round 44: 158/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        # end of round 45: 158/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        # end of round 46: 158/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        # end of round 47: 158/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        # end of round 48: 158/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        # end of round 49: 159/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        # end of round 50: 159/163 right, 2 wrong, 32/32 "latest", 98/99 handled
        ("multisource8.yaml", 0.97, 2, 1.0, 0.98),
        # eighth multi-source development set, written with multisource8 and used in that round
        # only to check changes (summary lines): 133/165 right, 17 wrong, 25/32 "latest", 96/101
        # handled at first; 135/165 right, 17 wrong, 25/32 "latest", 97/101 handled at its end
        # end of round 15: 159/165 right, 0 wrong, 31/32 "latest", 100/101 handled
        # end of round 17: 159/165 right, 0 wrong, 31/32 "latest", 100/101 handled
        # end of round 18: 159/165 right, 0 wrong, 31/32 "latest", 100/101 handled
        # end of round 19: 159/165 right, 0 wrong, 31/32 "latest", 100/101 handled
        # end of round 20: 159/165 right, 0 wrong, 31/32 "latest", 100/101 handled
        # end of round 21: 159/165 right, 0 wrong, 31/32 "latest", 100/101 handled
        # end of round 22: 159/165 right, 0 wrong, 31/32 "latest", 100/101 handled
        # end of round 23: 159/165 right, 0 wrong, 31/32 "latest", 101/101 handled
        # end of round 24: 159/165 right, 0 wrong, 31/32 "latest", 101/101 handled
        # end of round 25: 159/165 right, 0 wrong, 31/32 "latest", 101/101 handled
        # end of round 26: 159/165 right, 0 wrong, 31/32 "latest", 101/101 handled
        # end of round 27: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 28: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 29: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 30: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 31: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 32: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 33: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 34: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 35: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 36: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 37: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 38: 160/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 39: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 40: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 41: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 42: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 43: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 44: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 45: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 46: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 47: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 48: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 49: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        # end of round 50: 161/165 right, 0 wrong, 32/32 "latest", 101/101 handled
        ("dev8_multisource.yaml", 0.97, 0, 1.0, 1.0),
        # multisource9.yaml, held out likewise: 141/164 right, 12 wrong, 28/34 "latest", 92/97
        # handled at the start of the round it was written for; 143/164 right, 10 wrong, 30/34
        # "latest", 93/97 handled at its end
        # end of round 15: 158/164 right, 2 wrong, 32/34 "latest", 97/97 handled
        # end of round 17: 159/164 right, 2 wrong, 32/34 "latest", 97/97 handled
        # end of round 18: 159/164 right, 2 wrong, 32/34 "latest", 97/97 handled
        # end of round 19: 159/164 right, 2 wrong, 32/34 "latest", 97/97 handled
        # end of round 20: 159/164 right, 2 wrong, 32/34 "latest", 97/97 handled
        # end of round 21: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 22: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 23: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 24: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 25: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 26: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 27: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 28: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 29: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 30: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 31: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 32: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 33: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 34: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 35: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 36: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 37: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 38: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 39: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 40: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 41: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 42: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 43: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 44: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 45: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 46: 160/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 47: 161/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 48: 161/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 49: 161/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        # end of round 50: 161/164 right, 1 wrong, 33/34 "latest", 97/97 handled
        ("multisource9.yaml", 0.98, 1, 0.97, 1.0),
        # ninth multi-source development set, written with multisource9 and used in that round
        # only to check changes (summary lines): 143/170 right, 13 wrong, 30/35 "latest", 91/97
        # handled at first; 144/170 right, 12 wrong, 31/35 "latest", 91/97 handled at its end
        # end of round 15: 163/170 right, 2 wrong, 34/35 "latest", 97/97 handled
        # end of round 17: 163/170 right, 2 wrong, 34/35 "latest", 97/97 handled
        # end of round 18: 163/170 right, 2 wrong, 34/35 "latest", 97/97 handled
        # end of round 19: 163/170 right, 2 wrong, 34/35 "latest", 97/97 handled
        # end of round 20: 163/170 right, 2 wrong, 34/35 "latest", 97/97 handled
        # end of round 21: 163/170 right, 2 wrong, 34/35 "latest", 97/97 handled
        # end of round 22: 165/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 23: 165/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 24: 165/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 25: 165/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 26: 165/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 27: 166/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 28: 166/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 29: 166/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 30: 166/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 31: 166/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 32: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 33: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 34: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 35: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 36: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 37: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 38: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 39: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 40: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 41: 167/170 right, 2 wrong, 35/35 "latest", 97/97 handled
        # end of round 42: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 43: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 44: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 45: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 46: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 47: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 48: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 49: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        # end of round 50: 167/170 right, 1 wrong, 35/35 "latest", 97/97 handled
        ("dev9_multisource.yaml", 0.98, 1, 1.0, 1.0),
        # multisource10.yaml, held out likewise: 141/168 right, 15 wrong, 28/36 "latest", 93/99
        # handled at the start of the round it was written for; 143/168 right, 14 wrong,
        # 28/36 "latest", 93/99 handled at its end
        # end of round 15: 159/168 right, 4 wrong, 32/36 "latest", 98/99 handled
        # end of round 17: 161/168 right, 3 wrong, 33/36 "latest", 98/99 handled
        # end of round 18: 161/168 right, 3 wrong, 33/36 "latest", 98/99 handled
        # end of round 19: 162/168 right, 2 wrong, 33/36 "latest", 98/99 handled
        # end of round 20: 162/168 right, 2 wrong, 33/36 "latest", 99/99 handled
        # end of round 21: 162/168 right, 2 wrong, 33/36 "latest", 99/99 handled
        # end of round 22: 162/168 right, 2 wrong, 33/36 "latest", 99/99 handled
        # end of round 23: 162/168 right, 2 wrong, 33/36 "latest", 99/99 handled
        # end of round 24: 162/168 right, 2 wrong, 33/36 "latest", 99/99 handled
        # end of round 25: 162/168 right, 2 wrong, 33/36 "latest", 99/99 handled
        # end of round 26: 162/168 right, 2 wrong, 33/36 "latest", 99/99 handled
        # end of round 27: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 28: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 29: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 30: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 31: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 32: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 33: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 34: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 35: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 36: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 37: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 38: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 39: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 40: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 41: 163/168 right, 1 wrong, 34/36 "latest", 99/99 handled
        # end of round 42: 164/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 43: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 44: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 45: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 46: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 47: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 48: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 49: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        # end of round 50: 163/168 right, 1 wrong, 35/36 "latest", 99/99 handled
        ("multisource10.yaml", 0.97, 1, 0.97, 1.0),
        # tenth multi-source development set, written with multisource10 and used in that round
        # only to check changes (summary lines): 134/163 right, 16 wrong, 25/33 "latest", 91/96
        # handled at first; 137/163 right, 15 wrong, 27/33 "latest", 91/96 handled at its end
        # end of round 15: 151/163 right, 2 wrong, 31/33 "latest", 94/96 handled
        # end of round 17: 152/163 right, 2 wrong, 31/33 "latest", 94/96 handled
        # end of round 18: 154/163 right, 2 wrong, 31/33 "latest", 94/96 handled
        # end of round 19: 155/163 right, 2 wrong, 31/33 "latest", 94/96 handled
        # end of round 20: 155/163 right, 2 wrong, 31/33 "latest", 94/96 handled
        # end of round 21: 156/163 right, 1 wrong, 31/33 "latest", 94/96 handled
        # end of round 22: 156/163 right, 1 wrong, 31/33 "latest", 94/96 handled
        # end of round 23: 156/163 right, 1 wrong, 31/33 "latest", 94/96 handled
        # end of round 24: 156/163 right, 1 wrong, 31/33 "latest", 94/96 handled
        # end of round 25: 156/163 right, 1 wrong, 31/33 "latest", 94/96 handled
        # end of round 26: 157/163 right, 1 wrong, 31/33 "latest", 94/96 handled
        # end of round 27: 158/163 right, 0 wrong, 32/33 "latest", 94/96 handled
        # end of round 28: 158/163 right, 0 wrong, 32/33 "latest", 94/96 handled
        # end of round 29: 158/163 right, 0 wrong, 32/33 "latest", 94/96 handled
        # end of round 30: 158/163 right, 0 wrong, 32/33 "latest", 94/96 handled
        # end of round 31: 159/163 right, 0 wrong, 32/33 "latest", 94/96 handled
        # end of round 32: 160/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 33: 160/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 34: 160/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 35: 160/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 36: 160/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 37: 160/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 38: 161/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 39: 161/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 40: 162/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 41: 162/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 42: 162/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 43: 161/163 right, 0 wrong, 33/33 "latest", 94/96 handled; the one floor
        # lowered that round: "what's the change programme for" left the launch fact's curated
        # questions (the fact stating the purpose as its point now answers it), and one purpose
        # question here that it carried to the right fact is declined
        # end of round 44: 161/163 right, 0 wrong, 33/33 "latest", 94/96 handled
        # end of round 45: 161/163 right, 0 wrong, 33/33 "latest", 95/96 handled
        # end of round 46: 161/163 right, 0 wrong, 33/33 "latest", 95/96 handled
        # end of round 47: 161/163 right, 0 wrong, 33/33 "latest", 96/96 handled
        # end of round 48: 161/163 right, 0 wrong, 33/33 "latest", 96/96 handled
        # end of round 49: 161/163 right, 0 wrong, 33/33 "latest", 96/96 handled
        # end of round 50: 161/163 right, 0 wrong, 33/33 "latest", 96/96 handled
        ("dev10_multisource.yaml", 0.98, 0, 1.0, 1.0),
        # multisource11.yaml, held out likewise: 143/163 right, 13 wrong, 31/32 "latest", 93/96
        # handled at the start of the round it was written for; 142/163 right, 14 wrong, 31/32
        # "latest", 93/96 handled at its end
        # end of round 13: 143/163 right, 13 wrong, 31/32 "latest", 94/96 handled; retired to
        # development at the start of round 14
        # end of round 15: 150/163 right, 6 wrong, 31/32 "latest", 95/96 handled
        # round 16, widened labels: 151/163 right, 5 wrong, 31/32 "latest", 95/96 handled
        # end of round 17: 153/163 right, 3 wrong, 31/32 "latest", 95/96 handled
        # end of round 18: 153/163 right, 3 wrong, 31/32 "latest", 95/96 handled
        # end of round 19: 153/163 right, 3 wrong, 31/32 "latest", 95/96 handled
        # end of round 20: 153/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 21: 154/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 22: 154/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 23: 154/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 24: 154/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 25: 155/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 26: 156/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 27: 157/163 right, 3 wrong, 31/32 "latest", 96/96 handled
        # end of round 28: 157/163 right, 2 wrong, 31/32 "latest", 96/96 handled
        # end of round 29: 157/163 right, 2 wrong, 31/32 "latest", 96/96 handled
        # end of round 30: 157/163 right, 2 wrong, 31/32 "latest", 96/96 handled
        # end of round 31: 157/163 right, 2 wrong, 31/32 "latest", 96/96 handled
        # end of round 32: 159/163 right, 1 wrong, 32/32 "latest", 96/96 handled
        # end of round 33: 160/163 right, 1 wrong, 32/32 "latest", 96/96 handled
        # end of round 34: 160/163 right, 1 wrong, 32/32 "latest", 96/96 handled
        # end of round 35: 160/163 right, 1 wrong, 32/32 "latest", 96/96 handled
        # end of round 36: 160/163 right, 1 wrong, 32/32 "latest", 96/96 handled
        # end of round 37: 160/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 38: 160/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 39: 160/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 40: 160/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 41: 160/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 42: 160/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 43: 160/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 44: 161/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 45: 161/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 46: 161/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 47: 161/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 48: 161/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 49: 161/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        # end of round 50: 161/163 right, 0 wrong, 32/32 "latest", 96/96 handled
        ("multisource11.yaml", 0.98, 0, 1.0, 1.0),
        # eleventh multi-source development set, written with multisource11 and used in that round
        # only to check changes (summary lines): 144/168 right, 15 wrong, 28/32 "latest", 90/96
        # handled at first; 145/168 right, 15 wrong, 28/32 "latest", 90/96 handled at its end
        # end of round 15: 160/168 right, 2 wrong, 31/32 "latest", 95/96 handled
        # end of round 17: 162/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 18: 163/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 19: 163/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 20: 163/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 21: 163/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 22: 164/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 23: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 24: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 25: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 26: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 27: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 28: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 29: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 30: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 31: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 32: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 33: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 34: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 35: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 36: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 37: 165/168 right, 1 wrong, 32/32 "latest", 95/96 handled
        # end of round 38: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 39: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 40: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 41: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 42: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 43: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 44: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 45: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 46: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 47: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 48: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 49: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        # end of round 50: 165/168 right, 0 wrong, 32/32 "latest", 95/96 handled
        ("dev11_multisource.yaml", 0.98, 0, 1.0, 0.98),
        # multisource12.yaml, held out likewise: 134/167 right, 13 wrong, 26/32 "latest", 91/96
        # handled at the start of the round it was written for; 135/167 right, 13 wrong, 26/32
        # "latest", 92/96 handled at its end
        # end of round 14: 137/167 right, 12 wrong, 26/32 "latest", 92/96 handled; retired to
        # development at the start of round 15
        # end of round 15: 145/167 right, 6 wrong, 27/32 "latest", 94/96 handled
        # end of round 17: 148/167 right, 5 wrong, 29/32 "latest", 94/96 handled
        # end of round 18: 148/167 right, 5 wrong, 29/32 "latest", 96/96 handled
        # end of round 19: 150/167 right, 4 wrong, 31/32 "latest", 96/96 handled
        # end of round 20: 150/167 right, 4 wrong, 31/32 "latest", 96/96 handled
        # end of round 21: 153/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 22: 153/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 23: 153/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 24: 153/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 25: 153/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 26: 153/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 27: 154/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 28: 154/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 29: 154/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 30: 155/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 31: 154/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 32: 154/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 33: 154/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 34: 154/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 35: 155/167 right, 3 wrong, 32/32 "latest", 96/96 handled
        # end of round 36: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 37: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 38: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 39: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 40: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 41: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 42: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 43: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 44: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 45: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 46: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 47: 156/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 48: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 49: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        # end of round 50: 157/167 right, 2 wrong, 32/32 "latest", 96/96 handled
        ("multisource12.yaml", 0.94, 2, 1.0, 1.0),
        # twelfth multi-source development set, written with multisource12 and used in that round
        # only to check changes (summary lines): 138/172 right, 13 wrong, 33/37 "latest", 88/96
        # handled at first; 138/172 right, 13 wrong, 33/37 "latest", 90/96 handled at its end
        # end of round 15: 151/172 right, 5 wrong, 35/37 "latest", 93/96 handled
        # end of round 17: 157/172 right, 4 wrong, 36/37 "latest", 93/96 handled
        # end of round 18: 157/172 right, 4 wrong, 36/37 "latest", 93/96 handled
        # end of round 19: 157/172 right, 4 wrong, 36/37 "latest", 93/96 handled
        # end of round 20: 157/172 right, 4 wrong, 36/37 "latest", 93/96 handled
        # end of round 21: 158/172 right, 4 wrong, 36/37 "latest", 94/96 handled
        # end of round 22: 158/172 right, 4 wrong, 36/37 "latest", 94/96 handled
        # end of round 23: 158/172 right, 4 wrong, 36/37 "latest", 95/96 handled
        # end of round 24: 158/172 right, 4 wrong, 36/37 "latest", 95/96 handled
        # end of round 25: 159/172 right, 3 wrong, 36/37 "latest", 95/96 handled
        # end of round 26: 159/172 right, 3 wrong, 36/37 "latest", 95/96 handled
        # end of round 27: 159/172 right, 3 wrong, 36/37 "latest", 95/96 handled
        # end of round 28: 160/172 right, 2 wrong, 36/37 "latest", 95/96 handled
        # end of round 29: 161/172 right, 2 wrong, 36/37 "latest", 95/96 handled
        # end of round 30: 161/172 right, 2 wrong, 36/37 "latest", 95/96 handled
        # end of round 31: 162/172 right, 2 wrong, 36/37 "latest", 95/96 handled
        # end of round 32: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 33: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 34: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 35: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 36: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 37: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 38: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 39: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 40: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 41: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 42: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 43: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 44: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 45: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 46: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 47: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 48: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 49: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        # end of round 50: 163/172 right, 1 wrong, 37/37 "latest", 95/96 handled
        ("dev12_multisource.yaml", 0.94, 1, 1.0, 0.98),
        # multisource13.yaml, held out likewise for round 14: 151/185 right, 23 wrong, 27/32
        # "latest", 99/106 on topic handled at its start; 155/185 right, 21 wrong, 28/32
        # "latest", 99/106 at its end
        # end of round 15: 155/185 right, 20 wrong, 28/32 "latest", 100/106 handled; retired to
        # development at the start of round 16
        # round 16, widened labels and "which NOUN" not the answerer: 169/185 right, 6 wrong,
        # 29/32 "latest", 100/106 handled
        # end of round 17: 174/185 right, 3 wrong, 31/32 "latest", 101/106 handled
        # end of round 18: 175/185 right, 2 wrong, 31/32 "latest", 102/106 handled
        # end of round 19: 176/185 right, 2 wrong, 31/32 "latest", 104/106 handled
        # end of round 20: 176/185 right, 2 wrong, 31/32 "latest", 105/106 handled
        # end of round 21: 177/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 22: 177/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 23: 179/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 24: 179/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 25: 179/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 26: 179/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 27: 179/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 28: 179/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 29: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 30: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 31: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 32: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 33: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 34: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 35: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 36: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 37: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 38: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 39: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 40: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 41: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 42: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 43: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 44: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 45: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 46: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 47: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 48: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 49: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        # end of round 50: 180/185 right, 1 wrong, 32/32 "latest", 105/106 handled
        ("multisource13.yaml", 0.97, 1, 1.0, 0.99),
        # thirteenth multi-source development set, written with multisource13 and used in round
        # 14 only to check changes (summary lines): 159/200 right, 22 wrong, 23/33 "latest",
        # 108/116 on topic handled at its start; 160/200 right, 23 wrong, 23/33, 108/116 at its end
        # end of round 15: 171/200 right, 12 wrong, 25/33 "latest", 110/116 handled
        # round 16, a widened label: 172/200 right, 11 wrong, 25/33 "latest", 110/116 handled
        # end of round 17: 176/200 right, 8 wrong, 28/33 "latest", 110/116 handled
        # end of round 18: 177/200 right, 7 wrong, 29/33 "latest", 112/116 handled
        # end of round 19: 179/200 right, 6 wrong, 29/33 "latest", 113/116 handled
        # end of round 20: 179/200 right, 6 wrong, 29/33 "latest", 114/116 handled
        # end of round 21: 180/200 right, 5 wrong, 30/33 "latest", 114/116 handled
        # end of round 22: 181/200 right, 5 wrong, 31/33 "latest", 114/116 handled
        # end of round 23: 186/200 right, 5 wrong, 32/33 "latest", 114/116 handled
        # end of round 24: 187/200 right, 5 wrong, 32/33 "latest", 114/116 handled
        # end of round 25: 187/200 right, 5 wrong, 32/33 "latest", 114/116 handled
        # end of round 26: 188/200 right, 5 wrong, 32/33 "latest", 114/116 handled
        # end of round 27: 188/200 right, 5 wrong, 32/33 "latest", 114/116 handled
        # end of round 28: 188/200 right, 5 wrong, 32/33 "latest", 114/116 handled
        # end of round 29: 188/200 right, 5 wrong, 32/33 "latest", 114/116 handled
        # end of round 30: 189/200 right, 4 wrong, 32/33 "latest", 114/116 handled
        # end of round 31: 189/200 right, 4 wrong, 32/33 "latest", 114/116 handled
        # end of round 32: 189/200 right, 4 wrong, 32/33 "latest", 114/116 handled
        # end of round 33: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 34: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 35: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 36: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 37: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 38: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 39: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 40: 190/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 41: 191/200 right, 3 wrong, 33/33 "latest", 114/116 handled
        # end of round 42: 192/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 43: 192/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 44: 193/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 45: 193/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 46: 193/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 47: 192/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 48: 193/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 49: 193/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        # end of round 50: 193/200 right, 2 wrong, 33/33 "latest", 114/116 handled
        ("dev13_multisource.yaml", 0.96, 2, 1.0, 0.98),
        # multisource14.yaml, held out likewise for round 15: 150/183 right, 24 wrong, 23/34
        # "latest", 97/104 on topic handled at its start; 150/183 right, 24 wrong, 23/34
        # "latest", 97/104 at its end
        # end of round 15: 150/183 right, 24 wrong, 23/34 "latest", 97/104 handled
        # end of round 16: the same; retired to development at the start of round 17
        # end of round 17: 163/183 right, 13 wrong, 27/34 "latest", 97/104 handled
        # end of round 18: 165/183 right, 11 wrong, 28/34 "latest", 101/104 handled
        # end of round 19: 169/183 right, 7 wrong, 31/34 "latest", 102/104 handled
        # end of round 20: 169/183 right, 7 wrong, 31/34 "latest", 102/104 handled
        # end of round 21: 170/183 right, 6 wrong, 32/34 "latest", 102/104 handled
        # end of round 22: 171/183 right, 6 wrong, 33/34 "latest", 102/104 handled
        # end of round 23: 173/183 right, 4 wrong, 34/34 "latest", 103/104 handled
        # end of round 24: 173/183 right, 4 wrong, 34/34 "latest", 103/104 handled
        # end of round 25: 173/183 right, 4 wrong, 34/34 "latest", 103/104 handled
        # end of round 26: 173/183 right, 4 wrong, 34/34 "latest", 103/104 handled
        # end of round 27: 174/183 right, 4 wrong, 34/34 "latest", 103/104 handled
        # end of round 28: 175/183 right, 3 wrong, 34/34 "latest", 104/104 handled
        # end of round 29: 175/183 right, 3 wrong, 34/34 "latest", 104/104 handled
        # end of round 30: 175/183 right, 3 wrong, 34/34 "latest", 104/104 handled
        # end of round 31: 175/183 right, 3 wrong, 34/34 "latest", 104/104 handled
        # end of round 32: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 33: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 34: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 35: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 36: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 37: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 38: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 39: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 40: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 41: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 42: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 43: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 44: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 45: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 46: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 47: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 48: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 49: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        # end of round 50: 175/183 right, 2 wrong, 34/34 "latest", 104/104 handled
        ("multisource14.yaml", 0.95, 2, 1.0, 1.0),
        # fourteenth multi-source development set, written with multisource14 and used in round
        # 15 only to check changes (summary lines): 150/191 right, 21 wrong, 31/35 "latest",
        # 95/101 on topic handled at its start and its end
        # end of round 15: 150/191 right, 21 wrong, 31/35 "latest", 95/101 handled
        # round 16, widened labels and "which NOUN" not the answerer: 164/191 right, 7 wrong,
        # 31/35 "latest", 95/101 handled
        # end of round 17: 168/191 right, 4 wrong, 31/35 "latest", 95/101 handled
        # end of round 18: 170/191 right, 2 wrong, 32/35 "latest", 99/101 handled
        # end of round 19: 170/191 right, 1 wrong, 32/35 "latest", 100/101 handled
        # end of round 20: 170/191 right, 1 wrong, 32/35 "latest", 100/101 handled
        # end of round 21: 170/191 right, 1 wrong, 32/35 "latest", 100/101 handled
        # end of round 22: 172/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 23: 173/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 24: 173/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 25: 173/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 26: 173/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 27: 173/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 28: 173/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 29: 173/191 right, 1 wrong, 33/35 "latest", 101/101 handled
        # end of round 30: 174/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 31: 174/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 32: 174/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 33: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 34: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 35: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 36: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 37: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 38: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 39: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 40: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 41: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 42: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 43: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 44: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 45: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 46: 175/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 47: 176/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 48: 176/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 49: 176/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        # end of round 50: 176/191 right, 1 wrong, 34/35 "latest", 101/101 handled
        ("dev14_multisource.yaml", 0.92, 1, 0.97, 1.0),
        # multisource15.yaml, held out likewise for round 16: 170/206 right, 22 wrong, 22/38
        # "latest", 108/114 on topic handled at its start; 171/206 right, 21 wrong, 22/38
        # "latest", 108/114 at its end
        # end of round 16: 171/206 right, 21 wrong, 22/38 "latest", 108/114 handled
        # end of round 17: 173/206 right, 19 wrong, 24/38 "latest", 109/114 handled; retired to
        # development at the start of round 18
        # end of round 18: 183/206 right, 10 wrong, 29/38 "latest", 113/114 handled
        # end of round 19: 189/206 right, 5 wrong, 31/38 "latest", 114/114 handled
        # end of round 20: 189/206 right, 5 wrong, 31/38 "latest", 114/114 handled
        # end of round 21: 192/206 right, 4 wrong, 32/38 "latest", 114/114 handled
        # end of round 22: 194/206 right, 2 wrong, 34/38 "latest", 114/114 handled
        # end of round 23: 195/206 right, 1 wrong, 35/38 "latest", 114/114 handled
        # end of round 24: 195/206 right, 1 wrong, 35/38 "latest", 114/114 handled
        # end of round 25: 196/206 right, 0 wrong, 35/38 "latest", 114/114 handled
        # end of round 26: 196/206 right, 0 wrong, 35/38 "latest", 114/114 handled
        # end of round 27: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 28: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 29: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 30: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 31: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 32: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 33: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 34: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 35: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 36: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 37: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 38: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 39: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 40: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 41: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 42: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 43: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 44: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 45: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 46: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 47: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 48: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 49: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        # end of round 50: 197/206 right, 0 wrong, 36/38 "latest", 114/114 handled
        ("multisource15.yaml", 0.95, 0, 0.94, 1.0),
        # fifteenth multi-source development set, written with multisource15 and used in round
        # 16 only to check changes (summary lines): 155/190 right, 21 wrong, 28/37 "latest" at
        # its start and its end
        # end of round 16: 155/190 right, 21 wrong, 28/37 "latest", 103/105 handled
        # end of round 17: 167/190 right, 10 wrong, 29/37 "latest", 103/105 handled
        # end of round 18: 170/190 right, 10 wrong, 31/37 "latest", 105/105 handled
        # end of round 19: 172/190 right, 8 wrong, 32/37 "latest", 105/105 handled
        # end of round 20: 172/190 right, 8 wrong, 32/37 "latest", 105/105 handled
        # end of round 21: 175/190 right, 5 wrong, 35/37 "latest", 105/105 handled
        # end of round 22: 175/190 right, 5 wrong, 35/37 "latest", 105/105 handled
        # end of round 23: 176/190 right, 4 wrong, 36/37 "latest", 105/105 handled
        # end of round 24: 176/190 right, 4 wrong, 36/37 "latest", 105/105 handled
        # end of round 25: 176/190 right, 4 wrong, 36/37 "latest", 105/105 handled
        # end of round 26: 176/190 right, 4 wrong, 36/37 "latest", 105/105 handled
        # end of round 27: 177/190 right, 4 wrong, 36/37 "latest", 105/105 handled
        # end of round 28: 178/190 right, 3 wrong, 37/37 "latest", 105/105 handled
        # end of round 29: 179/190 right, 3 wrong, 37/37 "latest", 105/105 handled
        # end of round 30: 179/190 right, 3 wrong, 37/37 "latest", 105/105 handled
        # end of round 31: 179/190 right, 3 wrong, 37/37 "latest", 105/105 handled
        # end of round 32: 179/190 right, 3 wrong, 37/37 "latest", 105/105 handled
        # end of round 33: 179/190 right, 3 wrong, 37/37 "latest", 105/105 handled
        # end of round 34: 180/190 right, 2 wrong, 37/37 "latest", 105/105 handled
        # end of round 35: 180/190 right, 2 wrong, 37/37 "latest", 105/105 handled
        # end of round 36: 180/190 right, 2 wrong, 37/37 "latest", 105/105 handled
        # end of round 37: 180/190 right, 2 wrong, 37/37 "latest", 105/105 handled
        # end of round 38: 180/190 right, 2 wrong, 37/37 "latest", 105/105 handled
        # end of round 39: 180/190 right, 2 wrong, 37/37 "latest", 105/105 handled
        # end of round 40: 182/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 41: 182/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 42: 182/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 43: 182/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 44: 182/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 45: 182/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 46: 182/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 47: 183/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 48: 183/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 49: 183/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        # end of round 50: 183/190 right, 1 wrong, 37/37 "latest", 105/105 handled
        ("dev15_multisource.yaml", 0.96, 1, 1.0, 1.0),
        # multisource16.yaml, held out likewise for round 17: 149/173 right, 17 wrong, 22/33
        # "latest", 102/105 on topic handled at its start; 149/173 right, 17 wrong, 22/33
        # "latest", 103/105 at its end
        # end of round 17: 149/173 right, 17 wrong, 22/33 "latest", 103/105 handled
        # end of round 18 (held out then too): 151/173 right, 15 wrong, 24/33 "latest", 103/105
        # handled; retired to development at the start of round 19
        # end of round 19: 160/173 right, 8 wrong, 27/33 "latest", 105/105 handled
        # end of round 20: 160/173 right, 8 wrong, 27/33 "latest", 105/105 handled
        # end of round 21: 163/173 right, 5 wrong, 30/33 "latest", 105/105 handled
        # end of round 22: 165/173 right, 4 wrong, 32/33 "latest", 105/105 handled
        # end of round 23: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 24: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 25: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 26: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 27: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 28: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 29: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 30: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 31: 166/173 right, 3 wrong, 32/33 "latest", 105/105 handled
        # end of round 32: 166/173 right, 2 wrong, 32/33 "latest", 105/105 handled
        # end of round 33: 166/173 right, 2 wrong, 32/33 "latest", 105/105 handled
        # end of round 34: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 35: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 36: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 37: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 38: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 39: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 40: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 41: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 42: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 43: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 44: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 45: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 46: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 47: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 48: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 49: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        # end of round 50: 168/173 right, 1 wrong, 32/33 "latest", 105/105 handled
        ("multisource16.yaml", 0.97, 1, 0.96, 1.0),
        # sixteenth multi-source development set, written with multisource16 and used in round
        # 17 only to check changes (summary lines): 144/178 right, 15 wrong, 23/35 "latest",
        # 103/110 on topic handled at its start; 146/178 right, 14 wrong, 25/35, 104/110 at its end
        # end of round 17: 146/178 right, 14 wrong, 25/35 "latest", 104/110 handled
        # end of round 18: 154/178 right, 7 wrong, 30/35 "latest", 106/110 handled
        # end of round 19: 159/178 right, 3 wrong, 31/35 "latest", 107/110 handled
        # end of round 20: 159/178 right, 3 wrong, 31/35 "latest", 108/110 handled
        # end of round 21: 160/178 right, 2 wrong, 32/35 "latest", 108/110 handled
        # end of round 22: 160/178 right, 2 wrong, 32/35 "latest", 109/110 handled
        # end of round 23: 161/178 right, 2 wrong, 32/35 "latest", 109/110 handled
        # end of round 24: 162/178 right, 2 wrong, 32/35 "latest", 110/110 handled
        # end of round 25: 163/178 right, 2 wrong, 32/35 "latest", 110/110 handled
        # end of round 26: 163/178 right, 2 wrong, 32/35 "latest", 110/110 handled
        # end of round 27: 164/178 right, 2 wrong, 33/35 "latest", 110/110 handled
        # end of round 28: 164/178 right, 2 wrong, 33/35 "latest", 110/110 handled
        # end of round 29: 164/178 right, 2 wrong, 33/35 "latest", 110/110 handled
        # end of round 30: 165/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 31: 165/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 32: 165/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 33: 165/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 34: 166/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 35: 166/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 36: 166/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 37: 166/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 38: 167/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 39: 167/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 40: 167/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 41: 167/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 42: 167/178 right, 1 wrong, 33/35 "latest", 110/110 handled
        # end of round 43: 168/178 right, 0 wrong, 34/35 "latest", 110/110 handled
        # end of round 44: 168/178 right, 0 wrong, 34/35 "latest", 110/110 handled
        # end of round 45: 169/178 right, 0 wrong, 35/35 "latest", 110/110 handled
        # end of round 46: 169/178 right, 0 wrong, 35/35 "latest", 110/110 handled
        # end of round 47: 169/178 right, 0 wrong, 35/35 "latest", 110/110 handled
        # end of round 48: 169/178 right, 0 wrong, 35/35 "latest", 110/110 handled
        # end of round 49: 169/178 right, 0 wrong, 35/35 "latest", 110/110 handled
        # end of round 50: 169/178 right, 0 wrong, 35/35 "latest", 110/110 handled
        ("dev16_multisource.yaml", 0.94, 0, 1.0, 1.0),
        # multisource17.yaml, held out likewise for round 18: 149/187 right, 20 wrong, 27/34
        # "latest", 102/105 on topic handled at its start and its end
        # end of round 18: 149/187 right, 20 wrong, 27/34 "latest", 102/105 handled
        # end of round 19 (held out then too): 151/187 right, 20 wrong, 27/34 "latest", 102/105
        # handled; retired to development at the start of round 20
        # end of round 20: 164/187 right, 7 wrong, 28/34 "latest", 102/105 handled
        # end of round 21: 167/187 right, 6 wrong, 29/34 "latest", 102/105 handled
        # end of round 22: 170/187 right, 4 wrong, 32/34 "latest", 103/105 handled
        # end of round 23: 172/187 right, 4 wrong, 33/34 "latest", 103/105 handled
        # end of round 24: 172/187 right, 4 wrong, 33/34 "latest", 103/105 handled
        # end of round 25: 172/187 right, 3 wrong, 33/34 "latest", 103/105 handled
        # end of round 26: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 27: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 28: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 29: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 30: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 31: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 32: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 33: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 34: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 35: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 36: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 37: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 38: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 39: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 40: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 41: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 42: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 43: 173/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 44: 174/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 45: 174/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 46: 174/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 47: 174/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 48: 174/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 49: 174/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        # end of round 50: 174/187 right, 3 wrong, 34/34 "latest", 103/105 handled
        ("multisource17.yaml", 0.93, 3, 1.0, 0.98),
        # seventeenth multi-source development set, written with multisource17 and used in round
        # 18 only to check changes (summary lines): 145/182 right, 23 wrong, 22/34 "latest",
        # 96/98 on topic handled at its start and its end
        # end of round 18: 145/182 right, 23 wrong, 22/34 "latest", 96/98 handled
        # end of round 19: 157/182 right, 11 wrong, 22/34 "latest", 96/98 handled
        # end of round 20: 158/182 right, 10 wrong, 23/34 "latest", 96/98 handled
        # end of round 21: 163/182 right, 7 wrong, 26/34 "latest", 96/98 handled
        # end of round 22: 164/182 right, 7 wrong, 27/34 "latest", 97/98 handled
        # end of round 23: 167/182 right, 6 wrong, 29/34 "latest", 97/98 handled
        # end of round 24: 167/182 right, 6 wrong, 29/34 "latest", 97/98 handled
        # end of round 25: 167/182 right, 6 wrong, 29/34 "latest", 97/98 handled
        # end of round 26: 167/182 right, 6 wrong, 29/34 "latest", 97/98 handled
        # end of round 27: 169/182 right, 6 wrong, 31/34 "latest", 97/98 handled
        # end of round 28: 169/182 right, 6 wrong, 31/34 "latest", 97/98 handled
        # end of round 29: 169/182 right, 6 wrong, 31/34 "latest", 97/98 handled
        # end of round 30: 169/182 right, 6 wrong, 31/34 "latest", 97/98 handled
        # end of round 31: 169/182 right, 6 wrong, 31/34 "latest", 97/98 handled
        # end of round 32: 170/182 right, 5 wrong, 32/34 "latest", 97/98 handled
        # end of round 33: 170/182 right, 5 wrong, 32/34 "latest", 97/98 handled
        # end of round 34: 170/182 right, 5 wrong, 32/34 "latest", 97/98 handled
        # end of round 35: 170/182 right, 5 wrong, 32/34 "latest", 97/98 handled
        # end of round 36: 170/182 right, 5 wrong, 32/34 "latest", 97/98 handled
        # end of round 37: 170/182 right, 5 wrong, 32/34 "latest", 97/98 handled
        # end of round 38: 170/182 right, 5 wrong, 32/34 "latest", 97/98 handled
        # end of round 39: 171/182 right, 5 wrong, 33/34 "latest", 97/98 handled
        # end of round 40: 172/182 right, 5 wrong, 33/34 "latest", 97/98 handled
        # end of round 41: 172/182 right, 5 wrong, 33/34 "latest", 97/98 handled
        # end of round 42: 172/182 right, 5 wrong, 33/34 "latest", 97/98 handled
        # end of round 43: 173/182 right, 4 wrong, 33/34 "latest", 97/98 handled
        # end of round 44: 172/182 right, 4 wrong, 33/34 "latest", 97/98 handled (one right
        # answer lost: "where does the money go" now reads as whom it reaches, which both the
        # 2023 and the 2026 answers give, so the labelled 2026 one is no longer sure enough and
        # the question is declined; floor lowered from 0.95 to 0.94)
        # end of round 45: 172/182 right, 4 wrong, 33/34 "latest", 97/98 handled
        # end of round 46: 172/182 right, 4 wrong, 33/34 "latest", 97/98 handled
        # end of round 47: 172/182 right, 4 wrong, 33/34 "latest", 97/98 handled
        # end of round 48: 173/182 right, 3 wrong, 33/34 "latest", 97/98 handled
        # end of round 49: 173/182 right, 3 wrong, 33/34 "latest", 97/98 handled
        # end of round 50: 173/182 right, 3 wrong, 33/34 "latest", 97/98 handled
        ("dev17_multisource.yaml", 0.95, 3, 0.97, 0.98),
        # multisource19.yaml, held out likewise for round 20: 181/241 right, 31 wrong, 33/47
        # "latest", 103/118 on topic handled at its start and its end
        # end of round 20: 181/241 right, 31 wrong, 33/47 "latest", 103/118 handled; retired to
        # development at the start of round 21
        # end of round 21: 203/241 right, 9 wrong, 38/47 "latest", 110/118 handled
        # end of round 22: 215/241 right, 6 wrong, 42/47 "latest", 113/118 handled
        # end of round 23: 219/241 right, 5 wrong, 44/47 "latest", 115/118 handled
        # end of round 24: 219/241 right, 5 wrong, 44/47 "latest", 115/118 handled
        # end of round 25: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 26: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 27: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 28: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 29: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 30: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 31: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 32: 222/241 right, 3 wrong, 44/47 "latest", 115/118 handled
        # end of round 33: 222/241 right, 3 wrong, 44/47 "latest", 116/118 handled
        # end of round 34: 222/241 right, 3 wrong, 44/47 "latest", 116/118 handled
        # end of round 35: 223/241 right, 2 wrong, 45/47 "latest", 116/118 handled
        # end of round 36: 224/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 37: 224/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 38: 224/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 39: 225/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 40: 226/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 41: 226/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 42: 226/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 43: 226/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 44: 227/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 45: 227/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 46: 227/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 47: 227/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 48: 227/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 49: 227/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        # end of round 50: 227/241 right, 1 wrong, 45/47 "latest", 116/118 handled
        ("multisource19.yaml", 0.94, 1, 0.95, 0.98),
        # eighteenth multi-source development set, written with multisource19 and used in round
        # 20 only to check changes (summary lines): 155/192 right, 27 wrong, 27/37 "latest",
        # 103/115 on topic handled at its start and its end
        # end of round 20: 155/192 right, 27 wrong, 27/37 "latest", 103/115 handled
        # end of round 21: 169/192 right, 13 wrong, 30/37 "latest", 108/115 handled
        # end of round 22: 173/192 right, 9 wrong, 32/37 "latest", 111/115 handled
        # end of round 23: 176/192 right, 7 wrong, 33/37 "latest", 113/115 handled
        # end of round 24: 176/192 right, 7 wrong, 33/37 "latest", 114/115 handled
        # end of round 25: 177/192 right, 6 wrong, 33/37 "latest", 114/115 handled
        # end of round 26: 177/192 right, 6 wrong, 33/37 "latest", 114/115 handled
        # end of round 27: 177/192 right, 6 wrong, 33/37 "latest", 114/115 handled
        # end of round 28: 178/192 right, 5 wrong, 34/37 "latest", 115/115 handled
        # end of round 29: 178/192 right, 5 wrong, 34/37 "latest", 115/115 handled
        # end of round 30: 178/192 right, 5 wrong, 34/37 "latest", 115/115 handled
        # end of round 31: 180/192 right, 3 wrong, 34/37 "latest", 115/115 handled
        # end of round 32: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 33: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 34: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 35: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 36: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 37: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 38: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 39: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 40: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 41: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 42: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 43: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 44: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 45: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 46: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 47: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 48: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 49: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        # end of round 50: 181/192 right, 3 wrong, 35/37 "latest", 115/115 handled
        ("dev19_multisource.yaml", 0.94, 3, 0.94, 1.0),
        # multisource20.yaml, held out likewise for round 21: 197/259 right, 30 wrong, 30/53
        # "latest", 109/122 on topic handled at its start; 199/259 right, 28 wrong, 32/53
        # "latest", 113/122 at its end
        # end of round 21: 199/259 right, 28 wrong, 32/53 "latest", 113/122 handled; retired to
        # development at the start of round 22
        # end of round 22: 234/259 right, 6 wrong, 48/53 "latest", 122/122 handled
        # end of round 23: 239/259 right, 4 wrong, 49/53 "latest", 122/122 handled
        # end of round 24: 240/259 right, 3 wrong, 49/53 "latest", 122/122 handled
        # end of round 25: 241/259 right, 2 wrong, 49/53 "latest", 122/122 handled
        # end of round 26: 243/259 right, 2 wrong, 49/53 "latest", 122/122 handled
        # end of round 27: 243/259 right, 2 wrong, 49/53 "latest", 122/122 handled
        # end of round 28: 243/259 right, 2 wrong, 49/53 "latest", 122/122 handled
        # end of round 29: 244/259 right, 2 wrong, 49/53 "latest", 122/122 handled
        # end of round 30: 244/259 right, 2 wrong, 49/53 "latest", 122/122 handled
        # end of round 31: 245/259 right, 2 wrong, 49/53 "latest", 122/122 handled
        # end of round 32: 246/259 right, 1 wrong, 50/53 "latest", 122/122 handled
        # end of round 33: 246/259 right, 1 wrong, 50/53 "latest", 122/122 handled
        # end of round 34: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 35: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 36: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 37: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 38: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 39: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 40: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 41: 247/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 42: 248/259 right, 0 wrong, 51/53 "latest", 122/122 handled
        # end of round 43: 249/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        # end of round 44: 250/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        # end of round 45: 250/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        # end of round 46: 250/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        # end of round 47: 250/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        # end of round 48: 250/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        # end of round 49: 250/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        # end of round 50: 250/259 right, 0 wrong, 52/53 "latest", 122/122 handled
        ("multisource20.yaml", 0.96, 0, 0.98, 1.0),
        # nineteenth multi-source development set, written with multisource20 and used in round
        # 21 only to check changes (summary lines): 153/196 right, 28 wrong, 27/38 "latest",
        # 103/121 on topic handled at its start; 154/196 right, 28 wrong, 27/38, 106/121 at its end
        # end of round 21: 154/196 right, 28 wrong, 27/38 "latest", 106/121 handled
        # end of round 22: 172/196 right, 15 wrong, 30/38 "latest", 118/121 handled
        # end of round 23: 184/196 right, 5 wrong, 34/38 "latest", 118/121 handled
        # end of round 24: 184/196 right, 5 wrong, 34/38 "latest", 120/121 handled
        # end of round 25: 184/196 right, 5 wrong, 34/38 "latest", 121/121 handled
        # end of round 26: 184/196 right, 5 wrong, 34/38 "latest", 121/121 handled
        # end of round 27: 184/196 right, 4 wrong, 34/38 "latest", 121/121 handled
        # end of round 28: 184/196 right, 4 wrong, 34/38 "latest", 121/121 handled
        # end of round 29: 184/196 right, 4 wrong, 34/38 "latest", 121/121 handled
        # end of round 30: 185/196 right, 4 wrong, 35/38 "latest", 121/121 handled
        # end of round 31: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 32: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 33: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 34: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 35: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 36: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 37: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 38: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 39: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 40: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 41: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 42: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 43: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 44: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 45: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 46: 186/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 47: 187/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 48: 187/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 49: 187/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        # end of round 50: 187/196 right, 3 wrong, 36/38 "latest", 121/121 handled
        ("dev20_multisource.yaml", 0.95, 3, 0.94, 1.0),
        # multisource21.yaml, held out likewise for round 22: 180/227 right, 17 wrong, 36/50
        # "latest", 115/124 on topic handled at its start; 186/227 right, 17 wrong, 38/50
        # "latest", 117/124 at its end
        # end of round 22: 186/227 right, 17 wrong, 38/50 "latest", 117/124 handled; retired to
        # development at the start of round 23
        # end of round 23: 200/227 right, 7 wrong, 44/50 "latest", 119/124 handled
        # end of round 24: 202/227 right, 6 wrong, 45/50 "latest", 120/124 handled
        # end of round 25: 204/227 right, 6 wrong, 45/50 "latest", 121/124 handled
        # end of round 26: 205/227 right, 6 wrong, 45/50 "latest", 121/124 handled
        # end of round 27: 206/227 right, 5 wrong, 45/50 "latest", 122/124 handled
        # end of round 28: 208/227 right, 3 wrong, 45/50 "latest", 122/124 handled
        # end of round 29: 208/227 right, 3 wrong, 45/50 "latest", 122/124 handled
        # end of round 30: 208/227 right, 3 wrong, 45/50 "latest", 122/124 handled
        # end of round 31: 209/227 right, 3 wrong, 45/50 "latest", 123/124 handled
        # end of round 32: 210/227 right, 2 wrong, 46/50 "latest", 123/124 handled
        # end of round 33: 210/227 right, 2 wrong, 46/50 "latest", 123/124 handled
        # end of round 34: 211/227 right, 1 wrong, 47/50 "latest", 123/124 handled
        # end of round 35: 212/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 36: 212/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 37: 212/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 38: 212/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 39: 212/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 40: 212/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 41: 212/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 42: 213/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 43: 213/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 44: 214/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 45: 214/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 46: 214/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 47: 214/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 48: 214/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 49: 214/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        # end of round 50: 214/227 right, 0 wrong, 48/50 "latest", 123/124 handled
        ("multisource21.yaml", 0.94, 0, 0.96, 0.99),
        # twentieth multi-source development set, written with multisource21 and used in round
        # 22 only to check changes (summary lines): 188/217 right, 13 wrong, 34/39 "latest",
        # 114/122 on topic handled at its start; 190/217 right, 12 wrong, 34/39, 115/122 at its end
        # end of round 22: 190/217 right, 12 wrong, 34/39 "latest", 115/122 handled
        # end of round 23: 197/217 right, 7 wrong, 36/39 "latest", 119/122 handled
        # end of round 24: 198/217 right, 6 wrong, 36/39 "latest", 121/122 handled
        # end of round 25: 198/217 right, 6 wrong, 36/39 "latest", 121/122 handled
        # end of round 26: 199/217 right, 6 wrong, 36/39 "latest", 121/122 handled
        # end of round 27: 202/217 right, 6 wrong, 36/39 "latest", 121/122 handled
        # end of round 28: 203/217 right, 5 wrong, 36/39 "latest", 121/122 handled
        # end of round 29: 204/217 right, 4 wrong, 36/39 "latest", 121/122 handled
        # end of round 30: 204/217 right, 4 wrong, 36/39 "latest", 121/122 handled
        # end of round 31: 205/217 right, 3 wrong, 36/39 "latest", 121/122 handled
        # end of round 32: 205/217 right, 3 wrong, 36/39 "latest", 121/122 handled
        # end of round 33: 205/217 right, 3 wrong, 36/39 "latest", 121/122 handled
        # end of round 34: 205/217 right, 3 wrong, 36/39 "latest", 121/122 handled
        # end of round 35: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 36: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 37: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 38: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 39: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 40: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 41: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 42: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 43: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 44: 206/217 right, 2 wrong, 36/39 "latest", 121/122 handled
        # end of round 45: 207/217 right, 2 wrong, 37/39 "latest", 121/122 handled
        # end of round 46: 207/217 right, 2 wrong, 37/39 "latest", 121/122 handled
        # end of round 47: 208/217 right, 2 wrong, 37/39 "latest", 121/122 handled
        # end of round 48: 208/217 right, 2 wrong, 37/39 "latest", 121/122 handled
        # end of round 49: 209/217 right, 2 wrong, 37/39 "latest", 121/122 handled
        # end of round 50: 209/217 right, 2 wrong, 37/39 "latest", 121/122 handled
        ("dev21_multisource.yaml", 0.96, 2, 0.94, 0.99),
        # multisource22.yaml, held out likewise for round 23: 184/220 right, 19 wrong, 36/48
        # "latest", 104/113 on topic handled at its start; 185/220 right, 18 wrong, 36/48
        # "latest", 104/113 at its end
        # end of round 23: 185/220 right, 18 wrong, 36/48 "latest", 104/113 handled; retired to
        # development at the start of round 24
        # end of round 24: 203/220 right, 1 wrong, 43/48 "latest", 110/113 handled
        # end of round 25: 203/220 right, 1 wrong, 43/48 "latest", 111/113 handled
        # end of round 26: 203/220 right, 1 wrong, 43/48 "latest", 111/113 handled
        # end of round 27: 204/220 right, 1 wrong, 43/48 "latest", 111/113 handled
        # end of round 28: 204/220 right, 1 wrong, 43/48 "latest", 112/113 handled
        # end of round 29: 205/220 right, 1 wrong, 43/48 "latest", 112/113 handled
        # end of round 30: 205/220 right, 1 wrong, 43/48 "latest", 112/113 handled
        # end of round 31: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 32: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 33: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 34: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 35: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 36: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 37: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 38: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 39: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 40: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 41: 205/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 42: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 43: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 44: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 45: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 46: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 47: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 48: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 49: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        # end of round 50: 206/220 right, 1 wrong, 43/48 "latest", 113/113 handled
        ("multisource22.yaml", 0.93, 1, 0.89, 1.0),
        # twenty-first multi-source development set, written with multisource22 and used in round
        # 23 only to check changes (summary lines): 176/218 right, 20 wrong, 27/41 "latest",
        # 116/123 on topic handled at its start; 179/218 right, 18 wrong, 28/41, 116/123 at its end
        # end of round 23: 179/218 right, 18 wrong, 28/41 "latest", 116/123 handled
        # end of round 24: 191/218 right, 5 wrong, 35/41 "latest", 120/123 handled
        # end of round 25: 191/218 right, 4 wrong, 35/41 "latest", 120/123 handled
        # end of round 26: 192/218 right, 3 wrong, 36/41 "latest", 120/123 handled
        # end of round 27: 195/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 28: 196/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 29: 198/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 30: 198/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 31: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 32: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 33: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 34: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 35: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 36: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 37: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 38: 199/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 39: 200/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 40: 200/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 41: 200/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 42: 200/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 43: 200/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 44: 200/218 right, 3 wrong, 38/41 "latest", 122/123 handled
        # end of round 45: 201/218 right, 3 wrong, 39/41 "latest", 122/123 handled
        # end of round 46: 201/218 right, 3 wrong, 39/41 "latest", 122/123 handled
        # end of round 47: 202/218 right, 3 wrong, 39/41 "latest", 122/123 handled
        # end of round 48: 202/218 right, 3 wrong, 39/41 "latest", 122/123 handled
        # end of round 49: 202/218 right, 3 wrong, 39/41 "latest", 122/123 handled
        # end of round 50: 202/218 right, 3 wrong, 39/41 "latest", 122/123 handled
        ("dev22_multisource.yaml", 0.92, 3, 0.95, 0.99),
        # multisource23.yaml, held out likewise for round 24: 207/237 right, 12 wrong, 42/49
        # "latest", 117/127 on topic handled at its start; 209/237 right, 11 wrong, 42/49
        # "latest", 118/127 at its end
        # end of round 24: 209/237 right, 11 wrong, 42/49 "latest", 118/127 handled; retired to
        # development at the start of round 25
        # end of round 25: 215/237 right, 3 wrong, 43/49 "latest", 121/127 handled
        # end of round 26: 215/237 right, 3 wrong, 43/49 "latest", 122/127 handled
        # end of round 27: 218/237 right, 3 wrong, 45/49 "latest", 122/127 handled
        # end of round 28: 218/237 right, 3 wrong, 45/49 "latest", 125/127 handled
        # end of round 29: 219/237 right, 3 wrong, 45/49 "latest", 126/127 handled
        # end of round 30: 219/237 right, 3 wrong, 45/49 "latest", 126/127 handled
        # end of round 31: 220/237 right, 3 wrong, 45/49 "latest", 126/127 handled
        # end of round 32: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 33: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 34: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 35: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 36: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 37: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 38: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 39: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 40: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 41: 221/237 right, 3 wrong, 45/49 "latest", 127/127 handled
        # end of round 42: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 43: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 44: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 45: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 46: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 47: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 48: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 49: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        # end of round 50: 223/237 right, 3 wrong, 46/49 "latest", 127/127 handled
        ("multisource23.yaml", 0.94, 3, 0.93, 1.0),
        # twenty-second multi-source development set, written with multisource23 and used in round
        # 24 only to check changes (summary lines): 186/215 right, 13 wrong, 30/38 "latest",
        # 110/117 on topic handled at its start; 188/215 right, 11 wrong, 30/38, 110/117 at its end
        # end of round 24: 188/215 right, 11 wrong, 30/38 "latest", 110/117 handled
        # end of round 25: 195/215 right, 4 wrong, 32/38 "latest", 113/117 handled
        # end of round 26: 198/215 right, 4 wrong, 33/38 "latest", 113/117 handled
        # end of round 27: 199/215 right, 4 wrong, 33/38 "latest", 115/117 handled
        # end of round 28: 199/215 right, 4 wrong, 33/38 "latest", 116/117 handled
        # end of round 29: 200/215 right, 4 wrong, 33/38 "latest", 116/117 handled
        # end of round 30: 200/215 right, 4 wrong, 33/38 "latest", 116/117 handled
        # end of round 31: 200/215 right, 4 wrong, 33/38 "latest", 116/117 handled
        # end of round 32: 201/215 right, 3 wrong, 34/38 "latest", 116/117 handled
        # end of round 33: 201/215 right, 3 wrong, 34/38 "latest", 116/117 handled
        # end of round 34: 201/215 right, 3 wrong, 34/38 "latest", 116/117 handled
        # end of round 35: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 36: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 37: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 38: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 39: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 40: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 41: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 42: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 43: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 44: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 45: 202/215 right, 2 wrong, 35/38 "latest", 116/117 handled
        # end of round 46: 203/215 right, 2 wrong, 36/38 "latest", 116/117 handled
        # end of round 47: 203/215 right, 2 wrong, 36/38 "latest", 116/117 handled
        # end of round 48: 203/215 right, 2 wrong, 36/38 "latest", 116/117 handled
        # end of round 49: 203/215 right, 2 wrong, 36/38 "latest", 116/117 handled
        # end of round 50: 203/215 right, 2 wrong, 36/38 "latest", 116/117 handled
        ("dev23_multisource.yaml", 0.94, 2, 0.94, 0.99),
        # multisource24.yaml, held out likewise for round 25: 201/227 right, 10 wrong, 39/46
        # "latest", 124/131 on topic handled at its start; 201/227 right, 10 wrong, 39/46
        # "latest", 124/131 at its end
        # end of round 25: 201/227 right, 10 wrong, 39/46 "latest", 124/131 handled; retired
        # to development at the start of round 26
        # end of round 26: 218/227 right, 2 wrong, 44/46 "latest", 128/131 handled
        # end of round 27: 218/227 right, 2 wrong, 44/46 "latest", 129/131 handled
        # end of round 28: 218/227 right, 2 wrong, 44/46 "latest", 130/131 handled
        # end of round 29: 218/227 right, 2 wrong, 44/46 "latest", 130/131 handled
        # end of round 30: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 31: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 32: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 33: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 34: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 35: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 36: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 37: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 38: 220/227 right, 1 wrong, 44/46 "latest", 130/131 handled
        # end of round 39: 220/227 right, 1 wrong, 44/46 "latest", 131/131 handled
        # end of round 40: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 41: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 42: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 43: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 44: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 45: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 46: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 47: 222/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 48: 223/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 49: 223/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        # end of round 50: 223/227 right, 0 wrong, 45/46 "latest", 131/131 handled
        ("multisource24.yaml", 0.98, 0, 0.97, 1.0),
        # twenty-third multi-source development set, written with multisource24 and used in round
        # 25 only to check changes (summary lines): 176/215 right, 10 wrong, 30/42 "latest",
        # 115/121 on topic handled at its start; 176/215 right, 10 wrong, 30/42, 116/121 at its end
        # end of round 25: 176/215 right, 10 wrong, 30/42 "latest", 116/121 handled
        # end of round 26: 181/215 right, 7 wrong, 33/42 "latest", 117/121 handled
        # end of round 27: 184/215 right, 7 wrong, 34/42 "latest", 119/121 handled
        # end of round 28: 185/215 right, 6 wrong, 35/42 "latest", 120/121 handled
        # end of round 29: 185/215 right, 6 wrong, 35/42 "latest", 121/121 handled
        # end of round 30: 186/215 right, 5 wrong, 35/42 "latest", 121/121 handled
        # end of round 31: 188/215 right, 5 wrong, 36/42 "latest", 121/121 handled
        # end of round 32: 188/215 right, 4 wrong, 36/42 "latest", 121/121 handled
        # end of round 33: 189/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 34: 189/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 35: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 36: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 37: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 38: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 39: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 40: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 41: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 42: 190/215 right, 3 wrong, 37/42 "latest", 121/121 handled
        # end of round 43: 191/215 right, 3 wrong, 38/42 "latest", 121/121 handled
        # end of round 44: 192/215 right, 3 wrong, 38/42 "latest", 121/121 handled
        # end of round 45: 193/215 right, 3 wrong, 39/42 "latest", 121/121 handled
        # end of round 46: 193/215 right, 3 wrong, 39/42 "latest", 121/121 handled
        # end of round 47: 194/215 right, 3 wrong, 39/42 "latest", 121/121 handled
        # end of round 48: 194/215 right, 3 wrong, 39/42 "latest", 121/121 handled
        # end of round 49: 194/215 right, 3 wrong, 39/42 "latest", 121/121 handled
        # end of round 50: 194/215 right, 3 wrong, 39/42 "latest", 121/121 handled
        ("dev24_multisource.yaml", 0.9, 3, 0.92, 1.0),
        # multisource25.yaml, held out likewise for round 26: 216/241 right, 11 wrong, 38/46
        # "latest", 115/120 on topic handled at its start; 220/241 right, 10 wrong, 38/46
        # "latest", 115/120 at its end
        # end of round 26: 220/241 right, 10 wrong, 38/46 "latest", 115/120 handled; retired to
        # development at the start of round 27
        # end of round 27: 227/241 right, 7 wrong, 40/46 "latest", 118/120 handled
        # end of round 28: 227/241 right, 7 wrong, 40/46 "latest", 119/120 handled
        # end of round 29: 227/241 right, 7 wrong, 40/46 "latest", 119/120 handled
        # end of round 30: 229/241 right, 7 wrong, 40/46 "latest", 119/120 handled
        # end of round 31: 230/241 right, 6 wrong, 40/46 "latest", 119/120 handled
        # end of round 32: 234/241 right, 2 wrong, 43/46 "latest", 119/120 handled
        # end of round 33: 234/241 right, 2 wrong, 43/46 "latest", 119/120 handled
        # end of round 34: 234/241 right, 2 wrong, 43/46 "latest", 119/120 handled
        # end of round 35: 234/241 right, 2 wrong, 43/46 "latest", 119/120 handled
        # end of round 36: 234/241 right, 2 wrong, 43/46 "latest", 119/120 handled
        # end of round 37: 234/241 right, 2 wrong, 43/46 "latest", 119/120 handled
        # end of round 38: 234/241 right, 2 wrong, 43/46 "latest", 119/120 handled
        # end of round 39: 234/241 right, 2 wrong, 43/46 "latest", 120/120 handled
        # end of round 40: 234/241 right, 2 wrong, 43/46 "latest", 120/120 handled
        # end of round 41: 234/241 right, 2 wrong, 43/46 "latest", 120/120 handled
        # end of round 42: 234/241 right, 2 wrong, 43/46 "latest", 120/120 handled
        # end of round 43: 235/241 right, 2 wrong, 44/46 "latest", 120/120 handled
        # end of round 44: 235/241 right, 2 wrong, 44/46 "latest", 120/120 handled
        # end of round 45: 235/241 right, 2 wrong, 44/46 "latest", 120/120 handled
        # end of round 46: 236/241 right, 2 wrong, 44/46 "latest", 120/120 handled
        # end of round 47: 236/241 right, 2 wrong, 44/46 "latest", 120/120 handled
        # end of round 48: 236/241 right, 2 wrong, 44/46 "latest", 120/120 handled
        # end of round 49: 238/241 right, 1 wrong, 45/46 "latest", 120/120 handled
        # end of round 50: 238/241 right, 1 wrong, 45/46 "latest", 120/120 handled
        ("multisource25.yaml", 0.98, 1, 0.97, 1.0),
        # twenty-fourth multi-source development set, written with multisource25 and used in round
        # 26 only to check changes (summary lines): 191/215 right, 13 wrong, 34/42 "latest",
        # 113/119 on topic handled at its start; 193/215 right, 13 wrong, 35/42, 114/119 at its end
        # end of round 26: 193/215 right, 13 wrong, 35/42 "latest", 114/119 handled
        # end of round 27: 203/215 right, 8 wrong, 37/42 "latest", 119/119 handled
        # end of round 28: 203/215 right, 8 wrong, 37/42 "latest", 119/119 handled
        # end of round 29: 204/215 right, 8 wrong, 37/42 "latest", 119/119 handled
        # end of round 30: 204/215 right, 8 wrong, 37/42 "latest", 119/119 handled
        # end of round 31: 205/215 right, 7 wrong, 37/42 "latest", 119/119 handled
        # end of round 32: 208/215 right, 4 wrong, 40/42 "latest", 119/119 handled
        # end of round 33: 209/215 right, 3 wrong, 41/42 "latest", 119/119 handled
        # end of round 34: 209/215 right, 3 wrong, 41/42 "latest", 119/119 handled
        # end of round 35: 209/215 right, 3 wrong, 41/42 "latest", 119/119 handled
        # end of round 36: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 37: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 38: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 39: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 40: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 41: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 42: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 43: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 44: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 45: 210/215 right, 2 wrong, 41/42 "latest", 119/119 handled
        # end of round 46: 211/215 right, 1 wrong, 41/42 "latest", 119/119 handled
        # end of round 47: 211/215 right, 1 wrong, 41/42 "latest", 119/119 handled
        # end of round 48: 211/215 right, 1 wrong, 41/42 "latest", 119/119 handled
        # end of round 49: 211/215 right, 1 wrong, 41/42 "latest", 119/119 handled
        # end of round 50: 211/215 right, 1 wrong, 41/42 "latest", 119/119 handled
        ("dev25_multisource.yaml", 0.98, 1, 0.97, 1.0),
        # multisource26.yaml, held out likewise for round 27: 193/242 right, 27 wrong, 28/46
        # "latest", 114/126 on topic handled at its start; 194/242 right, 26 wrong, 29/46
        # "latest", 114/126 at its end
        # end of round 27: 194/242 right, 26 wrong, 29/46 "latest", 114/126 handled; retired to
        # development at the start of round 28
        # end of round 28: 210/242 right, 14 wrong, 38/46 "latest", 126/126 handled
        # end of round 29: 210/242 right, 14 wrong, 38/46 "latest", 126/126 handled
        # end of round 30: 212/242 right, 14 wrong, 38/46 "latest", 126/126 handled
        # end of round 31: 216/242 right, 11 wrong, 38/46 "latest", 126/126 handled
        # end of round 32: 221/242 right, 6 wrong, 41/46 "latest", 126/126 handled
        # end of round 33: 223/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 34: 224/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 35: 224/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 36: 225/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 37: 225/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 38: 225/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 39: 225/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 40: 225/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 41: 225/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 42: 226/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 43: 227/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 44: 228/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 45: 228/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 46: 228/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 47: 229/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 48: 229/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 49: 229/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        # end of round 50: 229/242 right, 4 wrong, 43/46 "latest", 126/126 handled
        ("multisource26.yaml", 0.94, 4, 0.93, 1.0),
        # twenty-fifth multi-source development set, written with multisource26 and used in round
        # 27 only to check changes (summary lines): 190/221 right, 13 wrong, 32/42 "latest",
        # 105/116 on topic handled at its start; 190/221 right, 13 wrong, 32/42, 107/116 at its end
        # end of round 27: 190/221 right, 13 wrong, 32/42 "latest", 107/116 handled
        # end of round 28: 191/221 right, 12 wrong, 32/42 "latest", 112/116 handled
        # end of round 29: 191/221 right, 12 wrong, 32/42 "latest", 114/116 handled
        # end of round 30: 192/221 right, 12 wrong, 33/42 "latest", 114/116 handled
        # end of round 31: 199/221 right, 6 wrong, 34/42 "latest", 114/116 handled
        # end of round 32: 202/221 right, 4 wrong, 37/42 "latest", 114/116 handled
        # end of round 33: 202/221 right, 4 wrong, 37/42 "latest", 114/116 handled
        # end of round 34: 203/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 35: 203/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 36: 203/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 37: 203/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 38: 202/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 39: 203/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 40: 203/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 41: 203/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 42: 204/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 43: 204/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 44: 204/221 right, 3 wrong, 38/42 "latest", 114/116 handled
        # end of round 45: 205/221 right, 2 wrong, 39/42 "latest", 114/116 handled
        # end of round 46: 205/221 right, 2 wrong, 39/42 "latest", 114/116 handled
        # end of round 47: 205/221 right, 2 wrong, 39/42 "latest", 114/116 handled
        # end of round 48: 206/221 right, 2 wrong, 39/42 "latest", 114/116 handled
        # end of round 49: 207/221 right, 2 wrong, 39/42 "latest", 115/116 handled
        # end of round 50: 207/221 right, 2 wrong, 39/42 "latest", 115/116 handled
        ("dev26_multisource.yaml", 0.93, 2, 0.92, 0.99),
        # multisource27.yaml, held out likewise for round 28: 201/244 right, 14 wrong, 35/47
        # "latest", 117/126 on topic handled at its start; 201/244 right, 14 wrong, 36/47
        # "latest", 118/126 at its end
        # end of round 28: 201/244 right, 14 wrong, 36/47 "latest", 118/126 handled; retired to
        # development at the start of round 29
        # end of round 29: 215/244 right, 9 wrong, 38/47 "latest", 121/126 handled
        # end of round 30: 218/244 right, 8 wrong, 38/47 "latest", 121/126 handled
        # end of round 31: 221/244 right, 5 wrong, 38/47 "latest", 122/126 handled
        # end of round 32: 226/244 right, 3 wrong, 42/47 "latest", 122/126 handled
        # end of round 33: 228/244 right, 2 wrong, 43/47 "latest", 123/126 handled
        # end of round 34: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 35: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 36: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 37: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 38: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 39: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 40: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 41: 229/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 42: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 43: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 44: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 45: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 46: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 47: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 48: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 49: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        # end of round 50: 230/244 right, 1 wrong, 44/47 "latest", 123/126 handled
        ("multisource27.yaml", 0.94, 1, 0.93, 0.97),
        # twenty-sixth multi-source development set, written with multisource27 and used in round
        # 28 only to check changes (summary lines): 177/221 right, 16 wrong, 33/42 "latest",
        # 104/112 on topic handled at its start; 178/221 right, 15 wrong, 34/42, 107/112 at its end
        # end of round 28: 178/221 right, 15 wrong, 34/42 "latest", 107/112 handled
        # end of round 29: 179/221 right, 15 wrong, 34/42 "latest", 110/112 handled
        # end of round 30: 182/221 right, 14 wrong, 35/42 "latest", 110/112 handled
        # end of round 31: 185/221 right, 11 wrong, 35/42 "latest", 110/112 handled
        # end of round 32: 188/221 right, 9 wrong, 37/42 "latest", 110/112 handled
        # end of round 33: 189/221 right, 8 wrong, 38/42 "latest", 110/112 handled
        # end of round 34: 189/221 right, 8 wrong, 38/42 "latest", 110/112 handled
        # end of round 35: 189/221 right, 8 wrong, 38/42 "latest", 110/112 handled
        # end of round 36: 189/221 right, 8 wrong, 38/42 "latest", 110/112 handled
        # end of round 37: 189/221 right, 8 wrong, 38/42 "latest", 110/112 handled
        # end of round 38: 190/221 right, 7 wrong, 38/42 "latest", 110/112 handled
        # end of round 39: 191/221 right, 7 wrong, 38/42 "latest", 111/112 handled
        # end of round 40: 191/221 right, 7 wrong, 38/42 "latest", 111/112 handled
        # end of round 41: 191/221 right, 7 wrong, 38/42 "latest", 111/112 handled
        # end of round 42: 193/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 43: 193/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 44: 193/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 45: 193/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 46: 193/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 47: 194/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 48: 194/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 49: 194/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        # end of round 50: 194/221 right, 7 wrong, 39/42 "latest", 111/112 handled
        ("dev27_multisource.yaml", 0.87, 7, 0.92, 0.99),
        # multisource28.yaml, held out likewise for round 29: 200/249 right, 21 wrong, 35/47
        # "latest", 122/128 on topic handled at its start; 203/249 right, 20 wrong, 36/47
        # "latest", 122/128 at its end
        # end of round 29: 203/249 right, 20 wrong, 36/47 "latest", 122/128 handled; retired to
        # development at the start of round 30
        # end of round 30: 210/249 right, 18 wrong, 38/47 "latest", 122/128 handled
        # end of round 31: 221/249 right, 9 wrong, 41/47 "latest", 124/128 handled
        # end of round 32: 225/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 33: 225/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 34: 226/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 35: 226/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 36: 226/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 37: 226/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 38: 226/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 39: 226/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 40: 226/249 right, 4 wrong, 43/47 "latest", 124/128 handled
        # end of round 41: 227/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 42: 228/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 43: 228/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 44: 229/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 45: 229/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 46: 229/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 47: 229/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 48: 229/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 49: 229/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        # end of round 50: 229/249 right, 3 wrong, 44/47 "latest", 124/128 handled
        ("multisource28.yaml", 0.91, 3, 0.93, 0.96),
        # twenty-seventh multi-source development set, written with multisource28 and used in
        # round 29 only to check changes (summary lines): 197/222 right, 9 wrong, 31/42 "latest",
        # 106/114 on topic handled at its start; the same at its end
        # end of round 29: 197/222 right, 9 wrong, 31/42 "latest", 106/114 handled
        # end of round 30: 199/222 right, 8 wrong, 32/42 "latest", 107/114 handled
        # end of round 31: 202/222 right, 6 wrong, 35/42 "latest", 109/114 handled
        # end of round 32: 203/222 right, 5 wrong, 36/42 "latest", 109/114 handled
        # end of round 33: 204/222 right, 5 wrong, 36/42 "latest", 109/114 handled
        # end of round 34: 205/222 right, 5 wrong, 36/42 "latest", 109/114 handled
        # end of round 35: 205/222 right, 5 wrong, 36/42 "latest", 109/114 handled
        # end of round 36: 205/222 right, 5 wrong, 36/42 "latest", 109/114 handled
        # end of round 37: 205/222 right, 5 wrong, 36/42 "latest", 109/114 handled
        # end of round 38: 205/222 right, 5 wrong, 36/42 "latest", 109/114 handled
        # end of round 39: 206/222 right, 5 wrong, 37/42 "latest", 109/114 handled
        # end of round 40: 207/222 right, 4 wrong, 37/42 "latest", 109/114 handled
        # end of round 41: 207/222 right, 4 wrong, 37/42 "latest", 109/114 handled
        # end of round 42: 208/222 right, 3 wrong, 38/42 "latest", 109/114 handled
        # end of round 43: 210/222 right, 3 wrong, 40/42 "latest", 109/114 handled
        # end of round 44: 210/222 right, 3 wrong, 40/42 "latest", 110/114 handled
        # end of round 45: 210/222 right, 3 wrong, 40/42 "latest", 111/114 handled
        # end of round 46: 210/222 right, 3 wrong, 40/42 "latest", 111/114 handled
        # end of round 47: 211/222 right, 3 wrong, 40/42 "latest", 111/114 handled
        # end of round 48: 211/222 right, 3 wrong, 40/42 "latest", 111/114 handled
        # end of round 49: 211/222 right, 3 wrong, 40/42 "latest", 111/114 handled
        # end of round 50: 211/222 right, 3 wrong, 40/42 "latest", 111/114 handled
        ("dev28_multisource.yaml", 0.95, 3, 0.95, 0.97),
        # multisource29.yaml, held out likewise for round 30: 214/250 right, 17 wrong, 37/48
        # "latest", 113/125 on topic handled at its start; 215/250 right, 17 wrong, 37/48
        # "latest", 114/125 at its end
        # end of round 30: 215/250 right, 17 wrong, 37/48 "latest", 114/125 handled; retired to
        # development at the start of round 31
        # end of round 31: 225/250 right, 11 wrong, 39/48 "latest", 116/125 handled
        # end of round 32: 230/250 right, 5 wrong, 43/48 "latest", 116/125 handled
        # end of round 33: 230/250 right, 5 wrong, 43/48 "latest", 117/125 handled
        # end of round 34: 230/250 right, 5 wrong, 43/48 "latest", 117/125 handled
        # end of round 35: 230/250 right, 5 wrong, 43/48 "latest", 117/125 handled
        # end of round 36: 230/250 right, 5 wrong, 43/48 "latest", 117/125 handled
        # end of round 37: 230/250 right, 5 wrong, 43/48 "latest", 117/125 handled
        # end of round 38: 230/250 right, 5 wrong, 43/48 "latest", 117/125 handled
        # end of round 39: 230/250 right, 5 wrong, 43/48 "latest", 117/125 handled
        # end of round 40: 231/250 right, 4 wrong, 43/48 "latest", 117/125 handled
        # end of round 41: 232/250 right, 3 wrong, 44/48 "latest", 118/125 handled
        # end of round 42: 232/250 right, 3 wrong, 44/48 "latest", 118/125 handled
        # end of round 43: 232/250 right, 3 wrong, 44/48 "latest", 118/125 handled
        # end of round 44: 232/250 right, 3 wrong, 44/48 "latest", 119/125 handled
        # end of round 45: 232/250 right, 3 wrong, 44/48 "latest", 120/125 handled
        # end of round 46: 232/250 right, 3 wrong, 44/48 "latest", 120/125 handled
        # end of round 47: 232/250 right, 3 wrong, 44/48 "latest", 120/125 handled
        # end of round 48: 232/250 right, 3 wrong, 44/48 "latest", 120/125 handled
        # end of round 49: 232/250 right, 3 wrong, 44/48 "latest", 121/125 handled
        # end of round 50: 232/250 right, 3 wrong, 44/48 "latest", 121/125 handled
        ("multisource29.yaml", 0.92, 3, 0.91, 0.96),
        # twenty-eighth multi-source development set, written with multisource29 and used in
        # round 30 only to check changes (summary lines): 187/221 right, 13 wrong, 31/43 "latest",
        # 108/116 on topic handled at its start; the same at its end
        # end of round 30: 187/221 right, 13 wrong, 31/43 "latest", 108/116 handled
        # end of round 31: 192/221 right, 9 wrong, 32/43 "latest", 110/116 handled
        # end of round 32: 196/221 right, 4 wrong, 36/43 "latest", 110/116 handled
        # end of round 33: 196/221 right, 4 wrong, 36/43 "latest", 110/116 handled
        # end of round 34: 196/221 right, 4 wrong, 36/43 "latest", 110/116 handled
        # end of round 35: 197/221 right, 3 wrong, 36/43 "latest", 110/116 handled
        # end of round 36: 197/221 right, 3 wrong, 36/43 "latest", 110/116 handled
        # end of round 37: 198/221 right, 3 wrong, 37/43 "latest", 110/116 handled
        # end of round 38: 198/221 right, 3 wrong, 37/43 "latest", 111/116 handled
        # end of round 39: 201/221 right, 3 wrong, 38/43 "latest", 112/116 handled
        # end of round 40: 201/221 right, 3 wrong, 38/43 "latest", 112/116 handled
        # end of round 41: 201/221 right, 3 wrong, 38/43 "latest", 112/116 handled
        # end of round 42: 202/221 right, 3 wrong, 39/43 "latest", 112/116 handled
        # end of round 43: 203/221 right, 3 wrong, 39/43 "latest", 112/116 handled
        # end of round 44: 204/221 right, 2 wrong, 40/43 "latest", 112/116 handled
        # end of round 45: 204/221 right, 2 wrong, 41/43 "latest", 112/116 handled
        # end of round 46: 205/221 right, 1 wrong, 41/43 "latest", 112/116 handled
        # end of round 47: 205/221 right, 1 wrong, 41/43 "latest", 112/116 handled
        # end of round 48: 205/221 right, 1 wrong, 41/43 "latest", 112/116 handled
        # end of round 49: 205/221 right, 1 wrong, 41/43 "latest", 112/116 handled
        # end of round 50: 205/221 right, 1 wrong, 41/43 "latest", 112/116 handled
        ("dev29_multisource.yaml", 0.92, 1, 0.95, 0.96),
        # multisource30.yaml, held out likewise for round 31: 211/249 right, 14 wrong, 37/48
        # "latest", 121/128 on topic handled at its start; 212/249 right, 14 wrong, 38/48
        # "latest", 121/128 at its end
        # end of round 31: 212/249 right, 14 wrong, 38/48 "latest", 121/128 handled; retired to
        # development at the start of round 32
        # end of round 32: 220/249 right, 7 wrong, 41/48 "latest", 121/128 handled
        # end of round 33: 221/249 right, 6 wrong, 42/48 "latest", 124/128 handled
        # end of round 34: 222/249 right, 6 wrong, 42/48 "latest", 124/128 handled
        # end of round 35: 222/249 right, 6 wrong, 42/48 "latest", 124/128 handled
        # end of round 36: 223/249 right, 6 wrong, 42/48 "latest", 124/128 handled
        # end of round 37: 224/249 right, 6 wrong, 42/48 "latest", 124/128 handled
        # end of round 38: 224/249 right, 6 wrong, 42/48 "latest", 124/128 handled
        # end of round 39: 225/249 right, 6 wrong, 42/48 "latest", 125/128 handled
        # end of round 40: 225/249 right, 6 wrong, 42/48 "latest", 125/128 handled
        # end of round 41: 225/249 right, 6 wrong, 42/48 "latest", 125/128 handled
        # end of round 42: 229/249 right, 5 wrong, 43/48 "latest", 125/128 handled
        # end of round 43: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        # end of round 44: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        # end of round 45: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        # end of round 46: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        # end of round 47: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        # end of round 48: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        # end of round 49: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        # end of round 50: 230/249 right, 5 wrong, 44/48 "latest", 125/128 handled
        ("multisource30.yaml", 0.92, 5, 0.91, 0.97),
        # twenty-ninth multi-source development set, written with multisource30 and used in
        # round 31 only to check changes (summary lines): 192/220 right, 14 wrong, 32/41 "latest",
        # 108/115 on topic handled at its start; 194/220 right, 14 wrong, 34/41 "latest", 108/115
        # at its end
        # end of round 31: 194/220 right, 14 wrong, 34/41 "latest", 108/115 handled
        # end of round 32: 200/220 right, 9 wrong, 35/41 "latest", 108/115 handled
        # end of round 33: 201/220 right, 8 wrong, 35/41 "latest", 109/115 handled
        # end of round 34: 202/220 right, 8 wrong, 36/41 "latest", 109/115 handled
        # end of round 35: 203/220 right, 7 wrong, 36/41 "latest", 109/115 handled
        # end of round 36: 203/220 right, 7 wrong, 36/41 "latest", 109/115 handled
        # end of round 37: 203/220 right, 6 wrong, 36/41 "latest", 109/115 handled
        # end of round 38: 203/220 right, 6 wrong, 36/41 "latest", 109/115 handled
        # end of round 39: 203/220 right, 6 wrong, 36/41 "latest", 111/115 handled
        # end of round 40: 204/220 right, 6 wrong, 37/41 "latest", 111/115 handled
        # end of round 41: 204/220 right, 6 wrong, 37/41 "latest", 112/115 handled
        # end of round 42: 206/220 right, 5 wrong, 38/41 "latest", 112/115 handled
        # end of round 43: 206/220 right, 5 wrong, 38/41 "latest", 112/115 handled
        # end of round 44: 206/220 right, 5 wrong, 38/41 "latest", 113/115 handled
        # end of round 45: 206/220 right, 5 wrong, 38/41 "latest", 113/115 handled
        # end of round 46: 207/220 right, 4 wrong, 38/41 "latest", 113/115 handled
        # end of round 47: 207/220 right, 4 wrong, 38/41 "latest", 113/115 handled
        # end of round 48: 207/220 right, 4 wrong, 38/41 "latest", 113/115 handled
        # end of round 49: 207/220 right, 4 wrong, 38/41 "latest", 113/115 handled
        # end of round 50: 207/220 right, 4 wrong, 38/41 "latest", 113/115 handled
        ("dev30_multisource.yaml", 0.94, 4, 0.92, 0.98),
        # multisource31.yaml, held out likewise for round 32: 205/239 right, 16 wrong, 35/47
        # "latest", 118/125 on topic handled at its start; 210/239 right, 12 wrong, 38/47
        # "latest", 118/125 at its end
        # end of round 32: 210/239 right, 12 wrong, 38/47 "latest", 118/125 handled; retired to
        # development at the start of round 33
        # end of round 33: 213/239 right, 9 wrong, 39/47 "latest", 119/125 handled
        # end of round 34: 218/239 right, 6 wrong, 39/47 "latest", 119/125 handled
        # end of round 35: 217/239 right, 7 wrong, 39/47 "latest", 119/125 handled
        # end of round 36: 218/239 right, 7 wrong, 39/47 "latest", 119/125 handled
        # end of round 37: 219/239 right, 7 wrong, 39/47 "latest", 119/125 handled
        # end of round 38: 219/239 right, 7 wrong, 39/47 "latest", 119/125 handled
        # end of round 39: 220/239 right, 7 wrong, 40/47 "latest", 120/125 handled
        # end of round 40: 220/239 right, 7 wrong, 40/47 "latest", 120/125 handled
        # end of round 41: 220/239 right, 7 wrong, 40/47 "latest", 120/125 handled
        # end of round 42: 222/239 right, 7 wrong, 41/47 "latest", 120/125 handled
        # end of round 43: 224/239 right, 6 wrong, 42/47 "latest", 120/125 handled
        # end of round 44: 225/239 right, 5 wrong, 43/47 "latest", 120/125 handled
        # end of round 45: 225/239 right, 5 wrong, 43/47 "latest", 120/125 handled
        # end of round 46: 225/239 right, 5 wrong, 43/47 "latest", 120/125 handled
        # end of round 47: 225/239 right, 5 wrong, 43/47 "latest", 120/125 handled
        # end of round 48: 225/239 right, 5 wrong, 43/47 "latest", 120/125 handled
        # end of round 49: 225/239 right, 5 wrong, 43/47 "latest", 120/125 handled
        # end of round 50: 225/239 right, 5 wrong, 43/47 "latest", 120/125 handled
        ("multisource31.yaml", 0.94, 5, 0.91, 0.96),
        # thirtieth multi-source development set, written with multisource31 and used in
        # round 32 only to check changes (summary lines): 188/221 right, 15 wrong, 35/43
        # "latest", 105/113 on topic handled at its start; 192/221 right, 12 wrong, 38/43
        # "latest", 105/113 at its end
        # end of round 32: 192/221 right, 12 wrong, 38/43 "latest", 105/113 handled
        # end of round 33: 197/221 right, 7 wrong, 40/43 "latest", 106/113 handled
        # end of round 34: 198/221 right, 6 wrong, 40/43 "latest", 107/113 handled
        # end of round 35: 199/221 right, 5 wrong, 40/43 "latest", 107/113 handled
        # end of round 36: 200/221 right, 5 wrong, 40/43 "latest", 107/113 handled
        # end of round 37: 200/221 right, 5 wrong, 40/43 "latest", 107/113 handled
        # end of round 38: 201/221 right, 4 wrong, 40/43 "latest", 107/113 handled
        # end of round 39: 202/221 right, 4 wrong, 40/43 "latest", 108/113 handled
        # end of round 40: 202/221 right, 4 wrong, 40/43 "latest", 108/113 handled
        # end of round 41: 202/221 right, 4 wrong, 40/43 "latest", 108/113 handled
        # end of round 42: 202/221 right, 4 wrong, 40/43 "latest", 108/113 handled
        # end of round 43: 202/221 right, 4 wrong, 40/43 "latest", 108/113 handled
        # end of round 44: 203/221 right, 4 wrong, 40/43 "latest", 109/113 handled
        # end of round 45: 203/221 right, 4 wrong, 40/43 "latest", 109/113 handled
        # end of round 46: 203/221 right, 4 wrong, 40/43 "latest", 109/113 handled
        # end of round 47: 203/221 right, 4 wrong, 40/43 "latest", 109/113 handled
        # end of round 48: 204/221 right, 3 wrong, 40/43 "latest", 109/113 handled
        # end of round 49: 204/221 right, 3 wrong, 40/43 "latest", 109/113 handled
        # end of round 50: 204/221 right, 3 wrong, 40/43 "latest", 109/113 handled
        ("dev31_multisource.yaml", 0.92, 3, 0.93, 0.96),
        # multisource32.yaml, held out likewise for round 33: 198/244 right, 13 wrong, 37/46
        # "latest", 123/126 on topic handled at its start; 199/244 right, 12 wrong, 38/46
        # "latest", 123/126 at its end
        # end of round 33: 199/244 right, 12 wrong, 38/46 "latest", 123/126 handled; retired to
        # development at the start of round 34
        # end of round 34: 206/244 right, 5 wrong, 39/46 "latest", 123/126 handled
        # end of round 35: 208/244 right, 5 wrong, 41/46 "latest", 123/126 handled
        # end of round 36: 208/244 right, 5 wrong, 41/46 "latest", 123/126 handled
        # end of round 37: 208/244 right, 5 wrong, 41/46 "latest", 123/126 handled
        # end of round 38: 208/244 right, 5 wrong, 41/46 "latest", 123/126 handled
        # end of round 39: 208/244 right, 5 wrong, 41/46 "latest", 123/126 handled
        # end of round 40: 208/244 right, 5 wrong, 41/46 "latest", 123/126 handled
        # end of round 41: 208/244 right, 5 wrong, 41/46 "latest", 123/126 handled
        # end of round 42: 211/244 right, 5 wrong, 42/46 "latest", 124/126 handled
        # end of round 43: 213/244 right, 3 wrong, 43/46 "latest", 124/126 handled
        # end of round 44: 214/244 right, 3 wrong, 43/46 "latest", 125/126 handled
        # end of round 45: 214/244 right, 2 wrong, 43/46 "latest", 125/126 handled
        # end of round 46: 214/244 right, 2 wrong, 43/46 "latest", 125/126 handled
        # end of round 47: 214/244 right, 2 wrong, 43/46 "latest", 125/126 handled
        # end of round 48: 214/244 right, 2 wrong, 43/46 "latest", 125/126 handled
        # end of round 49: 215/244 right, 2 wrong, 43/46 "latest", 125/126 handled
        # end of round 50: 215/244 right, 2 wrong, 43/46 "latest", 125/126 handled
        ("multisource32.yaml", 0.88, 2, 0.93, 0.99),
        # thirty-first multi-source development set, written with multisource32 and used in
        # round 33 only to check changes (summary lines): 185/220 right, 17 wrong, 32/42
        # "latest", 104/114 on topic handled at its start; 186/220 right, 16 wrong, 33/42
        # "latest", 105/114 at its end
        # end of round 33: 186/220 right, 16 wrong, 33/42 "latest", 105/114 handled
        # end of round 34: 192/220 right, 10 wrong, 34/42 "latest", 105/114 handled
        # end of round 35: 192/220 right, 10 wrong, 34/42 "latest", 105/114 handled
        # end of round 36: 193/220 right, 10 wrong, 34/42 "latest", 105/114 handled
        # end of round 37: 194/220 right, 10 wrong, 34/42 "latest", 105/114 handled
        # end of round 38: 194/220 right, 10 wrong, 34/42 "latest", 105/114 handled
        # end of round 39: 195/220 right, 10 wrong, 35/42 "latest", 106/114 handled
        # end of round 40: 196/220 right, 9 wrong, 35/42 "latest", 106/114 handled
        # end of round 41: 196/220 right, 9 wrong, 35/42 "latest", 106/114 handled
        # end of round 42: 198/220 right, 9 wrong, 36/42 "latest", 106/114 handled
        # end of round 43: 198/220 right, 9 wrong, 36/42 "latest", 106/114 handled
        # end of round 44: 199/220 right, 9 wrong, 36/42 "latest", 108/114 handled
        # end of round 45: 199/220 right, 9 wrong, 36/42 "latest", 108/114 handled
        # end of round 46: 200/220 right, 8 wrong, 36/42 "latest", 108/114 handled
        # end of round 47: 200/220 right, 8 wrong, 36/42 "latest", 108/114 handled
        # end of round 48: 200/220 right, 8 wrong, 36/42 "latest", 108/114 handled
        # end of round 49: 200/220 right, 8 wrong, 36/42 "latest", 108/114 handled
        # end of round 50: 200/220 right, 8 wrong, 36/42 "latest", 108/114 handled
        ("dev32_multisource.yaml", 0.9, 8, 0.85, 0.94),
        # multisource34.yaml, written during round 34 from the sources only (multisource33,
        # written before the round, was lost with its machine) and kept outside the repository:
        # 219/243 right, 10 wrong, 44/48 "latest", 127/130 on topic handled on the round's
        # starting code; the same at its end
        # end of round 34: 219/243 right, 10 wrong, 44/48 "latest", 127/130 handled
        # end of round 35: 219/243 right, 10 wrong, 44/48 "latest", 127/130 handled
        # end of round 36: 219/243 right, 10 wrong, 44/48 "latest", 128/130 handled
        # end of round 37: 220/243 right, 9 wrong, 44/48 "latest", 128/130 handled
        # end of round 38: 220/243 right, 9 wrong, 44/48 "latest", 128/130 handled
        # end of round 39: 220/243 right, 9 wrong, 44/48 "latest", 128/130 handled
        # end of round 40: 220/243 right, 9 wrong, 44/48 "latest", 128/130 handled
        # end of round 41: 221/243 right, 9 wrong, 44/48 "latest", 128/130 handled
        # end of round 42: 222/243 right, 9 wrong, 44/48 "latest", 128/130 handled
        # end of round 43: 223/243 right, 9 wrong, 45/48 "latest", 128/130 handled
        # end of round 44: 224/243 right, 9 wrong, 45/48 "latest", 129/130 handled
        # end of round 45: 224/243 right, 9 wrong, 45/48 "latest", 129/130 handled
        # end of round 46: 224/243 right, 9 wrong, 45/48 "latest", 130/130 handled
        # end of round 47: 224/243 right, 9 wrong, 45/48 "latest", 130/130 handled
        # end of round 48: 224/243 right, 9 wrong, 45/48 "latest", 130/130 handled
        # end of round 49: 225/243 right, 9 wrong, 45/48 "latest", 130/130 handled
        # end of round 50: 225/243 right, 9 wrong, 45/48 "latest", 130/130 handled
        ("multisource34.yaml", 0.92, 9, 0.93, 1.0),
        # thirty-second multi-source development set, written with multisource34 and used in
        # round 34 only to check changes (summary lines): 216/236 right, 8 wrong, 41/45
        # "latest", 124/131 on topic handled on the round's starting code; the same at its end
        # end of round 34: 216/236 right, 8 wrong, 41/45 "latest", 124/131 handled
        # end of round 35: 216/236 right, 9 wrong, 41/45 "latest", 124/131 handled
        # end of round 36: 216/236 right, 9 wrong, 41/45 "latest", 124/131 handled
        # end of round 37: 218/236 right, 7 wrong, 41/45 "latest", 124/131 handled
        # end of round 38: 218/236 right, 7 wrong, 41/45 "latest", 124/131 handled
        # end of round 39: 218/236 right, 7 wrong, 41/45 "latest", 125/131 handled
        # end of round 40: 218/236 right, 7 wrong, 41/45 "latest", 125/131 handled
        # end of round 41: 219/236 right, 7 wrong, 42/45 "latest", 125/131 handled
        # end of round 42: 220/236 right, 7 wrong, 42/45 "latest", 125/131 handled
        # end of round 43: 220/236 right, 7 wrong, 42/45 "latest", 125/131 handled
        # end of round 44: 220/236 right, 7 wrong, 42/45 "latest", 128/131 handled
        # end of round 45: 220/236 right, 7 wrong, 42/45 "latest", 128/131 handled
        # end of round 46: 220/236 right, 7 wrong, 42/45 "latest", 128/131 handled
        # end of round 47: 219/236 right, 7 wrong, 42/45 "latest", 128/131 handled
        # end of round 48: 220/236 right, 7 wrong, 42/45 "latest", 128/131 handled
        # end of round 49: 220/236 right, 7 wrong, 42/45 "latest", 128/131 handled
        # end of round 50: 220/236 right, 7 wrong, 42/45 "latest", 128/131 handled
        ("dev34_multisource.yaml", 0.93, 7, 0.93, 0.97),
        # multisource35.yaml, written before round 35's work from the sources only and kept
        # outside the repository: 213/230 right, 7 wrong, 37/42 "latest", 123/131 on topic handled
        # at the round's start; the same at its end
        # end of round 35: 213/230 right, 7 wrong, 37/42 "latest", 123/131 handled
        # end of round 36: 217/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 37: 217/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 38: 217/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 39: 218/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 40: 218/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 41: 219/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 42: 219/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 43: 219/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 44: 220/230 right, 5 wrong, 39/42 "latest", 131/131 handled
        # end of round 45: 221/230 right, 5 wrong, 40/42 "latest", 131/131 handled
        # end of round 46: 221/230 right, 5 wrong, 40/42 "latest", 131/131 handled
        # end of round 47: 221/230 right, 5 wrong, 40/42 "latest", 131/131 handled
        # end of round 48: 221/230 right, 5 wrong, 40/42 "latest", 131/131 handled
        # end of round 49: 221/230 right, 5 wrong, 40/42 "latest", 131/131 handled
        # end of round 50: 221/230 right, 5 wrong, 40/42 "latest", 131/131 handled
        ("multisource35.yaml", 0.96, 5, 0.95, 1.0),
        # thirty-third multi-source development set, written with multisource35 and used in
        # round 35 only to check changes (summary lines): 215/247 right, 18 wrong, 36/45
        # "latest", 125/130 on topic handled at its start; the same at its end
        # end of round 35: 215/247 right, 18 wrong, 36/45 "latest", 125/130 handled
        # end of round 36: 216/247 right, 18 wrong, 36/45 "latest", 125/130 handled
        # end of round 37: 215/247 right, 18 wrong, 36/45 "latest", 125/130 handled
        # end of round 38: 215/247 right, 18 wrong, 36/45 "latest", 125/130 handled
        # end of round 39: 216/247 right, 17 wrong, 37/45 "latest", 126/130 handled
        # end of round 40: 217/247 right, 17 wrong, 38/45 "latest", 126/130 handled
        # end of round 41: 218/247 right, 17 wrong, 38/45 "latest", 126/130 handled
        # end of round 42: 220/247 right, 17 wrong, 38/45 "latest", 126/130 handled
        # end of round 43: 220/247 right, 17 wrong, 39/45 "latest", 126/130 handled
        # end of round 44: 221/247 right, 17 wrong, 39/45 "latest", 128/130 handled
        # end of round 45: 221/247 right, 17 wrong, 39/45 "latest", 129/130 handled
        # end of round 46: 222/247 right, 16 wrong, 39/45 "latest", 129/130 handled
        # end of round 47: 222/247 right, 16 wrong, 39/45 "latest", 129/130 handled
        # end of round 48: 222/247 right, 16 wrong, 39/45 "latest", 129/130 handled
        # end of round 49: 222/247 right, 16 wrong, 39/45 "latest", 129/130 handled
        # end of round 50: 222/247 right, 16 wrong, 39/45 "latest", 129/130 handled
        ("dev35_multisource.yaml", 0.89, 16, 0.86, 0.99),
        # multisource36.yaml, written before round 36's work from the sources only and kept
        # outside the repository: 210/234 right, 10 wrong, 36/42 "latest", 127/130 on topic
        # handled at the round's start; the same at its end
        # end of round 36: 210/234 right, 10 wrong, 36/42 "latest", 127/130 handled
        # end of round 37: 210/234 right, 10 wrong, 37/42 "latest", 127/130 handled
        # end of round 38: 210/234 right, 10 wrong, 37/42 "latest", 127/130 handled
        # end of round 39: 211/234 right, 10 wrong, 38/42 "latest", 127/130 handled
        # end of round 40: 211/234 right, 10 wrong, 38/42 "latest", 127/130 handled
        # end of round 41: 212/234 right, 10 wrong, 38/42 "latest", 128/130 handled
        # end of round 42: 213/234 right, 10 wrong, 38/42 "latest", 128/130 handled
        # end of round 43: 213/234 right, 10 wrong, 38/42 "latest", 128/130 handled
        # end of round 44: 214/234 right, 9 wrong, 38/42 "latest", 128/130 handled
        # end of round 45: 215/234 right, 8 wrong, 38/42 "latest", 128/130 handled
        # end of round 46: 215/234 right, 8 wrong, 38/42 "latest", 128/130 handled
        # end of round 47: 216/234 right, 8 wrong, 39/42 "latest", 128/130 handled
        # end of round 48: 217/234 right, 8 wrong, 39/42 "latest", 128/130 handled
        # end of round 49: 217/234 right, 8 wrong, 39/42 "latest", 128/130 handled
        # end of round 50: 217/234 right, 8 wrong, 39/42 "latest", 128/130 handled
        ("multisource36.yaml", 0.92, 8, 0.92, 0.98),
        # thirty-fourth multi-source development set, written with multisource36 and used in
        # round 36 only to check changes (summary lines): 217/239 right, 12 wrong, 44/44
        # "latest", 122/131 on topic handled at its start; 218/239, 12 wrong, the rest the same
        # at its end
        # end of round 36: 218/239 right, 12 wrong, 44/44 "latest", 122/131 handled
        # end of round 37: 218/239 right, 11 wrong, 44/44 "latest", 122/131 handled
        # end of round 38: 218/239 right, 11 wrong, 44/44 "latest", 122/131 handled
        # end of round 39: 218/239 right, 11 wrong, 44/44 "latest", 123/131 handled
        # end of round 40: 219/239 right, 11 wrong, 44/44 "latest", 123/131 handled
        # end of round 41: 220/239 right, 10 wrong, 44/44 "latest", 123/131 handled
        # end of round 42: 221/239 right, 10 wrong, 44/44 "latest", 123/131 handled
        # end of round 43: 221/239 right, 10 wrong, 44/44 "latest", 123/131 handled
        # end of round 44: 222/239 right, 10 wrong, 44/44 "latest", 125/131 handled
        # end of round 45: 224/239 right, 8 wrong, 44/44 "latest", 125/131 handled
        # end of round 46: 224/239 right, 8 wrong, 44/44 "latest", 126/131 handled
        # end of round 47: 224/239 right, 8 wrong, 44/44 "latest", 126/131 handled
        # end of round 48: 224/239 right, 8 wrong, 44/44 "latest", 126/131 handled
        # end of round 49: 224/239 right, 8 wrong, 44/44 "latest", 126/131 handled
        # end of round 50: 224/239 right, 8 wrong, 44/44 "latest", 126/131 handled
        ("dev36_multisource.yaml", 0.93, 8, 1.0, 0.96),
        # multisource37.yaml, written before round 37's work from the sources only and kept
        # outside the repository: 219/245 right, 11 wrong, 39/47 "latest", 127/131 on topic
        # handled at the round's start; 220/245, 10 wrong, 40/47 "latest", 127/131 at its end
        # end of round 37: 220/245 right, 10 wrong, 40/47 "latest", 127/131 handled
        # end of round 38: 222/245 right, 8 wrong, 42/47 "latest", 127/131 handled
        # end of round 39: 223/245 right, 7 wrong, 43/47 "latest", 127/131 handled
        # end of round 40: 224/245 right, 7 wrong, 43/47 "latest", 127/131 handled
        # end of round 41: 224/245 right, 7 wrong, 43/47 "latest", 127/131 handled
        # end of round 42: 224/245 right, 7 wrong, 43/47 "latest", 127/131 handled
        # end of round 43: 226/245 right, 6 wrong, 45/47 "latest", 127/131 handled
        # end of round 44: 227/245 right, 6 wrong, 45/47 "latest", 127/131 handled
        # end of round 45: 227/245 right, 6 wrong, 45/47 "latest", 127/131 handled
        # end of round 46: 227/245 right, 6 wrong, 45/47 "latest", 127/131 handled
        # end of round 47: 227/245 right, 6 wrong, 45/47 "latest", 127/131 handled
        # end of round 48: 227/245 right, 6 wrong, 45/47 "latest", 127/131 handled
        # end of round 49: 227/245 right, 6 wrong, 45/47 "latest", 128/131 handled
        # end of round 50: 227/245 right, 6 wrong, 45/47 "latest", 128/131 handled
        ("multisource37.yaml", 0.92, 6, 0.95, 0.97),
        # thirty-fifth multi-source development set, written with multisource37 and used in
        # round 37 only to check changes (summary lines): 214/240 right, 15 wrong, 41/45
        # "latest", 124/131 on topic handled at its start; 215/240, 14 wrong, the rest the same
        # at its end
        # end of round 37: 215/240 right, 14 wrong, 41/45 "latest", 124/131 handled
        # end of round 38: 215/240 right, 14 wrong, 41/45 "latest", 124/131 handled
        # end of round 39: 216/240 right, 14 wrong, 42/45 "latest", 126/131 handled
        # end of round 40: 217/240 right, 14 wrong, 43/45 "latest", 127/131 handled
        # end of round 41: 217/240 right, 14 wrong, 43/45 "latest", 127/131 handled
        # end of round 42: 217/240 right, 14 wrong, 43/45 "latest", 127/131 handled
        # end of round 43: 218/240 right, 13 wrong, 44/45 "latest", 127/131 handled
        # end of round 44: 219/240 right, 13 wrong, 44/45 "latest", 129/131 handled
        # end of round 45: 220/240 right, 12 wrong, 44/45 "latest", 129/131 handled
        # end of round 46: 221/240 right, 11 wrong, 44/45 "latest", 129/131 handled
        # end of round 47: 221/240 right, 11 wrong, 44/45 "latest", 129/131 handled
        # end of round 48: 221/240 right, 11 wrong, 44/45 "latest", 129/131 handled
        # end of round 49: 221/240 right, 11 wrong, 44/45 "latest", 129/131 handled
        # end of round 50: 221/240 right, 11 wrong, 44/45 "latest", 129/131 handled
        ("dev37_multisource.yaml", 0.92, 11, 0.97, 0.98),
        # multisource38.yaml, written before round 38's work from the sources only and kept
        # outside the repository: 217/239 right, 9 wrong, 39/43 "latest", 116/126 on topic
        # handled at the round's start; the same at its end
        # end of round 38: 217/239 right, 9 wrong, 39/43 "latest", 116/126 handled
        # end of round 39: 219/239 right, 8 wrong, 40/43 "latest", 120/126 handled
        # end of round 40: 219/239 right, 8 wrong, 40/43 "latest", 120/126 handled
        # end of round 41: 219/239 right, 8 wrong, 40/43 "latest", 120/126 handled
        # end of round 42: 220/239 right, 7 wrong, 40/43 "latest", 120/126 handled
        # end of round 43: 222/239 right, 6 wrong, 41/43 "latest", 120/126 handled
        # end of round 44: 223/239 right, 6 wrong, 41/43 "latest", 121/126 handled
        # end of round 45: 223/239 right, 6 wrong, 41/43 "latest", 121/126 handled
        # end of round 46: 223/239 right, 6 wrong, 41/43 "latest", 121/126 handled
        # end of round 47: 223/239 right, 6 wrong, 41/43 "latest", 121/126 handled
        # end of round 48: 223/239 right, 6 wrong, 41/43 "latest", 121/126 handled
        # end of round 49: 223/239 right, 6 wrong, 41/43 "latest", 122/126 handled
        # end of round 50: 223/239 right, 6 wrong, 41/43 "latest", 122/126 handled
        ("multisource38.yaml", 0.93, 6, 0.95, 0.96),
        # thirty-sixth multi-source development set, written with multisource38 and used in
        # round 38 only to check changes (summary lines): 217/240 right, 9 wrong, 40/43
        # "latest", 123/130 on topic handled at its start; the same at its end
        # end of round 38: 217/240 right, 9 wrong, 40/43 "latest", 123/130 handled
        # end of round 39: 218/240 right, 9 wrong, 40/43 "latest", 126/130 handled
        # end of round 40: 219/240 right, 8 wrong, 40/43 "latest", 126/130 handled
        # end of round 41: 219/240 right, 8 wrong, 40/43 "latest", 126/130 handled
        # end of round 42: 220/240 right, 8 wrong, 40/43 "latest", 126/130 handled
        # end of round 43: 221/240 right, 7 wrong, 40/43 "latest", 126/130 handled
        # end of round 44: 222/240 right, 6 wrong, 41/43 "latest", 127/130 handled
        # end of round 45: 222/240 right, 6 wrong, 41/43 "latest", 127/130 handled
        # end of round 46: 222/240 right, 6 wrong, 41/43 "latest", 127/130 handled
        # end of round 47: 222/240 right, 6 wrong, 41/43 "latest", 127/130 handled
        # end of round 48: 222/240 right, 6 wrong, 41/43 "latest", 127/130 handled
        # end of round 49: 222/240 right, 6 wrong, 41/43 "latest", 127/130 handled
        # end of round 50: 222/240 right, 6 wrong, 41/43 "latest", 127/130 handled
        ("dev38_multisource.yaml", 0.92, 6, 0.95, 0.97),
        # multisource39.yaml, written before round 39's work from the sources only and kept
        # outside the repository: 210/240 right, 11 wrong, 36/45 "latest", 124/130 on topic
        # handled at the round's start; 211/240 right, 11 wrong, 36/45 "latest", 125/130 handled
        # at its end
        # end of round 39: 211/240 right, 11 wrong, 36/45 "latest", 125/130 handled
        # end of round 40: 215/240 right, 8 wrong, 37/45 "latest", 129/130 handled
        # end of round 41: 215/240 right, 7 wrong, 37/45 "latest", 129/130 handled
        # end of round 42: 215/240 right, 7 wrong, 37/45 "latest", 129/130 handled
        # end of round 43: 218/240 right, 6 wrong, 39/45 "latest", 129/130 handled
        # end of round 44: 219/240 right, 6 wrong, 39/45 "latest", 129/130 handled
        # end of round 45: 219/240 right, 6 wrong, 39/45 "latest", 129/130 handled
        # end of round 46: 219/240 right, 6 wrong, 39/45 "latest", 130/130 handled
        # end of round 47: 219/240 right, 6 wrong, 39/45 "latest", 130/130 handled
        # end of round 48: 219/240 right, 6 wrong, 39/45 "latest", 130/130 handled
        # end of round 49: 219/240 right, 6 wrong, 39/45 "latest", 130/130 handled
        # end of round 50: 219/240 right, 6 wrong, 39/45 "latest", 130/130 handled
        ("multisource39.yaml", 0.91, 6, 0.86, 1.0),
        # thirty-seventh multi-source development set, written with multisource39 and used in
        # round 39 only to check changes (summary lines): 214/241 right, 10 wrong, 41/45
        # "latest", 117/131 on topic handled at its start; at its end the same but 118/131
        # handled
        # end of round 39: 214/241 right, 10 wrong, 41/45 "latest", 118/131 handled
        # end of round 40: 215/241 right, 10 wrong, 41/45 "latest", 119/131 handled
        # end of round 41: 216/241 right, 9 wrong, 42/45 "latest", 119/131 handled
        # end of round 42: 219/241 right, 9 wrong, 43/45 "latest", 120/131 handled
        # end of round 43: 221/241 right, 8 wrong, 44/45 "latest", 120/131 handled
        # end of round 44: 221/241 right, 8 wrong, 44/45 "latest", 123/131 handled
        # end of round 45: 221/241 right, 8 wrong, 44/45 "latest", 124/131 handled
        # end of round 46: 222/241 right, 7 wrong, 44/45 "latest", 124/131 handled
        # end of round 47: 222/241 right, 7 wrong, 44/45 "latest", 124/131 handled
        # end of round 48: 222/241 right, 7 wrong, 44/45 "latest", 124/131 handled
        # end of round 49: 222/241 right, 7 wrong, 44/45 "latest", 124/131 handled
        # end of round 50: 222/241 right, 7 wrong, 44/45 "latest", 124/131 handled
        ("dev39_multisource.yaml", 0.92, 7, 0.97, 0.94),
        # multisource40.yaml, written before round 40's work from the sources only and kept
        # outside the repository: 218/244 right, 13 wrong, 41/45 "latest", 124/130 on topic
        # handled at the round's start; the same at its end but 125/130 handled
        # end of round 40: 218/244 right, 13 wrong, 41/45 "latest", 125/130 handled
        # end of round 41: 223/244 right, 9 wrong, 43/45 "latest", 126/130 handled
        # end of round 42: 224/244 right, 9 wrong, 43/45 "latest", 126/130 handled
        # end of round 43: 225/244 right, 8 wrong, 43/45 "latest", 126/130 handled
        # end of round 44: 226/244 right, 8 wrong, 43/45 "latest", 127/130 handled
        # end of round 45: 226/244 right, 8 wrong, 43/45 "latest", 128/130 handled
        # end of round 46: 226/244 right, 8 wrong, 43/45 "latest", 128/130 handled
        # end of round 47: 226/244 right, 8 wrong, 43/45 "latest", 128/130 handled
        # end of round 48: 226/244 right, 8 wrong, 43/45 "latest", 128/130 handled
        # end of round 49: 226/244 right, 8 wrong, 43/45 "latest", 128/130 handled
        # end of round 50: 226/244 right, 8 wrong, 43/45 "latest", 128/130 handled
        ("multisource40.yaml", 0.92, 8, 0.95, 0.98),
        # thirty-eighth multi-source development set, written with multisource40 and used in
        # round 40 only to check changes (summary lines): 221/241 right, 7 wrong, 43/45
        # "latest", 129/130 on topic handled at its start; the same at its end
        # end of round 40: 221/241 right, 7 wrong, 43/45 "latest", 129/130 handled
        # end of round 41: 222/241 right, 7 wrong, 43/45 "latest", 129/130 handled
        # end of round 42: 222/241 right, 7 wrong, 43/45 "latest", 129/130 handled
        # end of round 43: 223/241 right, 6 wrong, 44/45 "latest", 129/130 handled
        # end of round 44: 223/241 right, 6 wrong, 44/45 "latest", 130/130 handled
        # end of round 45: 223/241 right, 6 wrong, 44/45 "latest", 130/130 handled
        # end of round 46: 223/241 right, 6 wrong, 44/45 "latest", 130/130 handled
        # end of round 47: 223/241 right, 6 wrong, 44/45 "latest", 130/130 handled
        # end of round 48: 223/241 right, 6 wrong, 44/45 "latest", 130/130 handled
        # end of round 49: 224/241 right, 5 wrong, 45/45 "latest", 130/130 handled
        # end of round 50: 224/241 right, 5 wrong, 45/45 "latest", 130/130 handled
        ("dev40_multisource.yaml", 0.92, 5, 1.0, 1.0),
        # multisource41.yaml, written before round 41's work from the sources only and kept
        # outside the repository: 213/241 right, 12 wrong, 43/45 "latest", 123/131 on topic
        # handled at the round's start; 214/241 right, 12 wrong, 43/45 "latest", 123/131 at its
        # end
        # end of round 41: 214/241 right, 12 wrong, 43/45 "latest", 123/131 handled
        # end of round 42: 219/241 right, 10 wrong, 43/45 "latest", 128/131 handled
        # end of round 43: 221/241 right, 9 wrong, 44/45 "latest", 128/131 handled
        # end of round 44: 223/241 right, 7 wrong, 44/45 "latest", 128/131 handled
        # end of round 45: 225/241 right, 7 wrong, 45/45 "latest", 128/131 handled
        # end of round 46: 225/241 right, 7 wrong, 45/45 "latest", 128/131 handled
        # end of round 47: 225/241 right, 7 wrong, 45/45 "latest", 128/131 handled
        # end of round 48: 225/241 right, 7 wrong, 45/45 "latest", 128/131 handled
        # end of round 49: 225/241 right, 7 wrong, 45/45 "latest", 128/131 handled
        # end of round 50: 225/241 right, 7 wrong, 45/45 "latest", 128/131 handled
        ("multisource41.yaml", 0.93, 7, 1.0, 0.97),
        # thirty-ninth multi-source development set, written with multisource41 and used in
        # round 41 only to check changes (summary lines): 221/242 right, 7 wrong, 44/47
        # "latest", 124/131 on topic handled at its start; 221/242 right, 7 wrong, 44/47 "latest",
        # 124/131 at its end
        # end of round 41: 221/242 right, 7 wrong, 44/47 "latest", 124/131 handled
        # end of round 42: 226/242 right, 7 wrong, 45/47 "latest", 124/131 handled
        # end of round 43: 227/242 right, 7 wrong, 46/47 "latest", 124/131 handled
        # end of round 44: 229/242 right, 6 wrong, 46/47 "latest", 125/131 handled
        # end of round 45: 229/242 right, 6 wrong, 46/47 "latest", 126/131 handled
        # end of round 46: 229/242 right, 5 wrong, 46/47 "latest", 127/131 handled
        # end of round 47: 229/242 right, 5 wrong, 46/47 "latest", 127/131 handled
        # end of round 48: 229/242 right, 5 wrong, 46/47 "latest", 127/131 handled
        # end of round 49: 229/242 right, 5 wrong, 46/47 "latest", 127/131 handled
        # end of round 50: 229/242 right, 5 wrong, 46/47 "latest", 127/131 handled
        ("dev41_multisource.yaml", 0.94, 5, 0.97, 0.96),
        # multisource42.yaml, written before round 42's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final45-multisource42-*.txt)
        # end of round 42: 217/241 right, 15 wrong, 39/45 "latest", 124/131 handled
        # end of round 43: 222/241 right, 11 wrong, 43/45 "latest", 129/131 handled
        # end of round 44: 223/241 right, 10 wrong, 43/45 "latest", 129/131 handled
        # end of round 45: 223/241 right, 10 wrong, 43/45 "latest", 129/131 handled
        # end of round 46: 224/241 right, 10 wrong, 43/45 "latest", 129/131 handled
        # end of round 47: 224/241 right, 10 wrong, 43/45 "latest", 130/131 handled
        # end of round 48: 224/241 right, 10 wrong, 43/45 "latest", 130/131 handled
        # end of round 49: 224/241 right, 10 wrong, 43/45 "latest", 130/131 handled
        # end of round 50: 224/241 right, 10 wrong, 43/45 "latest", 130/131 handled
        ("multisource42.yaml", 0.92, 10, 0.95, 0.99),
        # fortieth multi-source development set, written with multisource42 and used in
        # round 42 only to check changes (summary lines)
        # end of round 42: 220/243 right, 9 wrong, 44/45 "latest", 124/129 handled
        # end of round 43: 221/243 right, 8 wrong, 44/45 "latest", 124/129 handled
        # end of round 44: 221/243 right, 8 wrong, 44/45 "latest", 124/129 handled
        # end of round 45: 223/243 right, 8 wrong, 45/45 "latest", 127/129 handled
        # end of round 46: 224/243 right, 7 wrong, 45/45 "latest", 127/129 handled
        # end of round 47: 224/243 right, 7 wrong, 45/45 "latest", 127/129 handled
        # end of round 48: 224/243 right, 7 wrong, 45/45 "latest", 127/129 handled
        # end of round 49: 224/243 right, 7 wrong, 45/45 "latest", 127/129 handled
        # end of round 50: 224/243 right, 7 wrong, 45/45 "latest", 127/129 handled
        ("dev42_multisource.yaml", 0.92, 7, 1.0, 0.98),
        # multisource43.yaml, written before round 43's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final46-multisource43-*.txt)
        # end of round 43: 220/242 right, 4 wrong, 43/45 "latest", 122/130 handled
        # end of round 44: 226/242 right, 4 wrong, 43/45 "latest", 123/130 handled
        # end of round 45: 227/242 right, 4 wrong, 43/45 "latest", 125/130 handled
        # end of round 46: 227/242 right, 4 wrong, 43/45 "latest", 125/130 handled
        # end of round 47: 227/242 right, 4 wrong, 43/45 "latest", 126/130 handled
        # end of round 48: 227/242 right, 4 wrong, 43/45 "latest", 126/130 handled
        # end of round 49: 227/242 right, 4 wrong, 43/45 "latest", 126/130 handled
        # end of round 50: 227/242 right, 4 wrong, 43/45 "latest", 126/130 handled
        ("multisource43.yaml", 0.93, 4, 0.95, 0.96),
        # forty-first multi-source development set, written with multisource43 and used in
        # round 43 only to check changes (summary lines)
        # end of round 43: 211/242 right, 15 wrong, 39/45 "latest", 127/130 handled
        # end of round 44: 213/242 right, 14 wrong, 39/45 "latest", 127/130 handled
        # end of round 45: 215/242 right, 14 wrong, 40/45 "latest", 127/130 handled
        # end of round 46: 216/242 right, 14 wrong, 40/45 "latest", 128/130 handled
        # end of round 47: 215/242 right, 14 wrong, 40/45 "latest", 129/130 handled
        # end of round 48: 216/242 right, 14 wrong, 40/45 "latest", 129/130 handled
        # end of round 49: 216/242 right, 14 wrong, 40/45 "latest", 129/130 handled
        # end of round 50: 216/242 right, 14 wrong, 40/45 "latest", 129/130 handled
        ("dev43_multisource.yaml", 0.89, 14, 0.88, 0.99),
        # multisource44.yaml, written before round 44's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final47-multisource44-*.txt)
        # end of round 44: 220/242 right, 7 wrong, 41/45 "latest", 123/130 handled
        # end of round 45: 222/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        # end of round 46: 222/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        # end of round 47: 221/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        # end of round 48: 222/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        # end of round 49: 222/242 right, 7 wrong, 42/45 "latest", 128/130 handled
        # end of round 50: 222/242 right, 7 wrong, 42/45 "latest", 128/130 handled
        ("multisource44.yaml", 0.91, 7, 0.93, 0.98),
        # forty-second multi-source development set, written with multisource44 and used in
        # round 44 only to check changes (summary lines)
        # end of round 44: 213/242 right, 12 wrong, 38/45 "latest", 125/130 handled
        # end of round 45: 218/242 right, 10 wrong, 41/45 "latest", 127/130 handled
        # end of round 46: 220/242 right, 10 wrong, 41/45 "latest", 127/130 handled
        # end of round 47: 221/242 right, 9 wrong, 42/45 "latest", 127/130 handled
        # end of round 48: 221/242 right, 9 wrong, 42/45 "latest", 127/130 handled
        # end of round 49: 221/242 right, 9 wrong, 42/45 "latest", 127/130 handled
        # end of round 50: 221/242 right, 9 wrong, 42/45 "latest", 127/130 handled
        ("dev44_multisource.yaml", 0.91, 9, 0.93, 0.97),
        # multisource45.yaml, written before round 45's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final48-multisource45-*.txt)
        # end of round 45: 209/242 right, 12 wrong, 42/45 "latest", 119/130 handled
        # end of round 46: 214/242 right, 10 wrong, 44/45 "latest", 123/130 handled; then
        # 122/130 once "funding amount" was no longer read as a sum asked (read so, a fact's
        # curated phrasing put a wrong fact first for a chat question): floor set to 122/130
        # end of round 47: 214/242 right, 10 wrong, 44/45 "latest", 123/130 handled
        # end of round 48: 214/242 right, 10 wrong, 44/45 "latest", 123/130 handled
        # end of round 49: 214/242 right, 10 wrong, 44/45 "latest", 123/130 handled
        # end of round 50: 214/242 right, 10 wrong, 44/45 "latest", 123/130 handled
        ("multisource45.yaml", 0.88, 10, 0.97, 0.94),
        # forty-third multi-source development set, written with multisource45 and used in
        # round 45 only to check changes (summary lines)
        # end of round 45: 206/242 right, 9 wrong, 40/45 "latest", 123/130 handled
        # end of round 46: 209/242 right, 9 wrong, 40/45 "latest", 127/130 handled
        # end of round 47: 212/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        # end of round 48: 213/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        # end of round 49: 213/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        # end of round 50: 213/242 right, 7 wrong, 42/45 "latest", 127/130 handled
        ("dev45_multisource.yaml", 0.88, 7, 0.93, 0.97),
        # multisource46.yaml, written before round 46's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final49-multisource46-*.txt)
        # end of round 46: 215/242 right, 11 wrong, 38/45 "latest", 115/130 handled
        # end of round 47: 221/242 right, 9 wrong, 40/45 "latest", 121/130 handled
        # end of round 48: 221/242 right, 9 wrong, 40/45 "latest", 121/130 handled
        # end of round 49: 221/242 right, 9 wrong, 40/45 "latest", 121/130 handled
        # end of round 50: 221/242 right, 9 wrong, 40/45 "latest", 121/130 handled
        ("multisource46.yaml", 0.91, 9, 0.88, 0.93),
        # forty-fourth multi-source development set, written with multisource46 and used in
        # round 46 only to check changes (summary lines)
        # end of round 46: 209/242 right, 17 wrong, 39/45 "latest", 121/130 handled
        # end of round 47: 215/242 right, 13 wrong, 41/45 "latest", 123/130 handled
        # end of round 48: 215/242 right, 13 wrong, 41/45 "latest", 123/130 handled
        # end of round 49: 215/242 right, 13 wrong, 41/45 "latest", 123/130 handled
        # end of round 50: 215/242 right, 13 wrong, 41/45 "latest", 123/130 handled
        ("dev46_multisource.yaml", 0.88, 13, 0.91, 0.94),
        # multisource47.yaml, written before round 47's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final50-multisource47-*.txt)
        # end of round 47: 210/242 right, 14 wrong, 42/45 "latest", 123/130 handled
        # end of round 48: 215/242 right, 13 wrong, 42/45 "latest", 126/130 handled
        # end of round 49: 218/242 right, 12 wrong, 42/45 "latest", 127/130 handled
        # end of round 50: 218/242 right, 12 wrong, 42/45 "latest", 127/130 handled
        ("multisource47.yaml", 0.9, 12, 0.93, 0.97),
        # forty-fifth multi-source development set, written with multisource47 and used in
        # round 47 only to check changes (summary lines)
        # end of round 47: 196/242 right, 16 wrong, 40/45 "latest", 124/130 handled
        # end of round 48: 200/242 right, 13 wrong, 40/45 "latest", 125/130 handled
        # end of round 49: 202/242 right, 13 wrong, 40/45 "latest", 126/130 handled
        # end of round 50: 202/242 right, 13 wrong, 40/45 "latest", 126/130 handled
        ("dev47_multisource.yaml", 0.83, 13, 0.88, 0.96),
        # multisource48.yaml, written before round 48's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final51-multisource48-*.txt)
        # end of round 48: 217/242 right, 9 wrong, 43/45 "latest", 121/130 handled
        # end of round 49: 221/242 right, 7 wrong, 44/45 "latest", 124/130 handled
        # end of round 50: 221/242 right, 7 wrong, 44/45 "latest", 124/130 handled
        ("multisource48.yaml", 0.91, 7, 0.97, 0.95),
        # forty-sixth multi-source development set, written with multisource48 and used in
        # round 48 only to check changes (summary lines)
        # end of round 48: 211/242 right, 12 wrong, 41/45 "latest", 123/130 handled
        # end of round 49: 213/242 right, 12 wrong, 41/45 "latest", 125/130 handled
        # end of round 50: 213/242 right, 11 wrong, 41/45 "latest", 125/130 handled
        ("dev48_multisource.yaml", 0.88, 11, 0.91, 0.96),
        # multisource49.yaml, written before round 49's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final52-multisource49-*.txt)
        # end of round 49: 202/242 right, 17 wrong, 37/45 "latest", 123/130 handled
        # end of round 50: 205/242 right, 14 wrong, 38/45 "latest", 123/130 handled
        ("multisource49.yaml", 0.84, 14, 0.84, 0.94),
        # forty-seventh multi-source development set, written with multisource49 and used in
        # round 49 only to check changes (summary lines)
        # end of round 49: 214/242 right, 8 wrong, 41/45 "latest", 121/130 handled
        # end of round 50: 215/242 right, 7 wrong, 41/45 "latest", 121/130 handled
        ("dev49_multisource.yaml", 0.88, 7, 0.91, 0.93),
        # multisource50.yaml, written before round 50's work from the sources only and kept
        # outside the repository (start and end numbers:
        # benchmarks/results/final53-multisource50-*.txt)
        # end of round 50: 211/242 right, 11 wrong, 44/45 "latest", 125/130 handled
        ("multisource50.yaml", 0.87, 11, 0.97, 0.96),
        # forty-eighth multi-source development set, written with multisource50 and used in
        # round 50 only to check changes (summary lines)
        # end of round 50: 214/242 right, 13 wrong, 41/45 "latest", 124/130 handled
        ("dev50_multisource.yaml", 0.88, 13, 0.91, 0.95),
    ],
)
def test_multi_source_floor(
    shipped_index: FactIndex,
    name: str,
    min_right: float,
    max_wrong: int,
    min_latest: float,
    min_handled: float,
) -> None:
    """Over the shipped sources: the right source's fact, the newest figure for "latest"
    questions, no fact given for what no source answers, nothing for off-topic ones."""
    data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    score = score_set(shipped_index, data)
    assert score.share(score.answerable, "right") >= min_right, score
    assert score.answerable["wrong fact"] <= max_wrong, score
    assert score.share(score.latest, "right") >= min_latest, score
    assert score.share(score.unanswerable, "partial", "declined") >= min_handled, score
    off_topic_answered = sum(score.off_topic.values()) - score.off_topic["declined"]
    assert off_topic_answered <= OFF_TOPIC_NOT_DECLINED.get(name, 0), score
