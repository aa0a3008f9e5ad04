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
from sendbot.answering.match import FactIndex
from sendbot.answering.source_eval import score_set

EVAL = Path(__file__).resolve().parent.parent / "eval"


def run(index: FactIndex, name: str) -> Evaluation:
    data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    return evaluate(index, labelled_questions(data))


def assert_floor(
    report: Evaluation, min_accuracy: float, min_declined: float, max_wrong: int
) -> None:
    """Every miss is listed when a floor fails, so the change that broke it can be seen."""
    misses = "\n".join(str(miss) for miss in report.misses)
    assert report.accuracy >= min_accuracy, f"{report.summary()}\n{misses}"
    assert report.decline_rate >= min_declined, f"{report.summary()}\n{misses}"
    assert report.in_scope_wrong_fact <= max_wrong, f"{report.summary()}\n{misses}"


@pytest.mark.parametrize(
    ("name", "min_accuracy", "min_declined", "max_wrong"),
    [
        # development set: phrasings like the curated ones, typos, abbreviations (tuned on)
        ("questions.yaml", 0.97, 1.0, 1),
        # training set of the confidence model: a third long and chatty
        ("train.yaml", 0.89, 0.99, 2),
        # first held-out set (its misses were looked at once, which informed later changes)
        ("holdout.yaml", 0.81, 1.0, 2),
        # final held-out set: first measured at 75/100, 1 wrong, 44/50 with an earlier model
        ("final.yaml", 0.87, 0.96, 2),
        # second final held-out set, never tuned on: measured at the end of each round of work
        # on answering (81/100, 85/100, then 86/100), so now measured more than once
        ("final2.yaml", 0.86, 0.88, 0),
        # third final held-out set, never tuned on: 84/100, 83/100, then 86/100, likewise
        ("final3.yaml", 0.86, 0.9, 0),
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
    assert_floor(report, min_accuracy, min_declined, max_wrong)


@pytest.mark.parametrize(
    ("name", "min_accuracy", "min_handled", "max_wrong"),
    [
        # chat-style development set, tuned on: 86/89 right, 1 wrong fact, 90/91 on-topic
        # unanswerable and 17/17 off topic handled
        ("dev_chat.yaml", 0.96, 0.99, 1),
        # third chat-style development set, tuned on after its first measurement: 122/140 right
        # and 106/121 unanswerable or off topic handled at first; 131/140, 1 wrong, 114/121 now
        ("dev3_chat.yaml", 0.93, 0.94, 1),
        # fourth final held-out set, never tuned on, measured at the end of each round: 117/147
        # right and 41/89 on-topic unanswerable handled at first; 124/147 and 79/89 now
        ("final4.yaml", 0.84, 0.9, 3),
        # fifth final held-out set, never tuned on, written before the latest round of work:
        # 128/144 right, 0 wrong facts, 75/90 handled at its start; 132/144, 0, 83/90 at its end
        ("final5.yaml", 0.91, 0.93, 0),
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
    assert_floor(report, min_accuracy, min_handled, max_wrong)


@pytest.mark.parametrize(
    ("name", "min_right", "max_wrong", "min_latest", "min_handled"),
    [
        # multi-source development set, tuned on: 127/152 right, 9 wrong, 22/30 "latest" at
        # the start of this round of work; 135/152, 5 wrong, 28/30, 80/81 handled now
        ("dev_multisource.yaml", 0.88, 5, 0.93, 0.98),
        # a later multi-source development set, first measured before any rule was written
        # for it: 117/158 right, 15 wrong, 23/30 "latest", 78/90 handled; 123/158, 9 wrong,
        # 26/30, 80/90 after tuning on it
        ("dev3_multisource.yaml", 0.77, 9, 0.86, 0.88),
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
    assert score.share(score.off_topic, "declined") == 1.0, score
