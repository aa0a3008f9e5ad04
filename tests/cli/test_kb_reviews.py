"""`sendbot kb reviews`: every /kb ingest review left unfinished, whoever started it, and one
discarded by its id without touching the others or anything saved."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sendbot.cli.main import main
from sendbot.storage.review_states import ReviewStates
from tests.cli.runner import environment_without_settings, run_sendbot
from tests.storage.storekit import tree_hashes
from tests.storage.test_review_states import ANSWER, MODERATOR, OTHER, started_review


def run(kb_dir: Path, data_dir: Path, *args: str) -> int:
    return main(["--kb", str(kb_dir), "--data", str(data_dir), "kb", "reviews", *args])


def test_every_unfinished_review_is_listed_and_one_is_discarded_by_id(
    kb_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    states = ReviewStates(data_dir)
    older, raw = started_review(MODERATOR)
    older = states.keep(older, raw)
    theirs, _ = started_review(OTHER)
    theirs = states.keep(dataclasses.replace(theirs, saved=1), raw)
    knowledge = tree_hashes(kb_dir)

    assert run(kb_dir, data_dir) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"unfinished /kb ingest reviews, latest changed first (in {data_dir}):"
    assert [line.split()[0] for line in lines[1:]] == [theirs.review_id, older.review_id]
    facts = len(older.reviews[0].facts)
    assert lines[2].endswith(f"  by {MODERATOR}  {ANSWER.name}: fact 4 of {facts}, 2 kept")
    assert lines[1].endswith(
        f"  by {OTHER}  {ANSWER.name}: fact 4 of {facts}, 2 kept, answer 2 of 2, 1 saved"
    )

    assert run(kb_dir, data_dir, "--discard", older.review_id) == 0
    assert capsys.readouterr().out == (
        f"discarded review {older.review_id} ({older.summary()}); nothing in the knowledge "
        "base was changed\n"
    )
    assert run(kb_dir, data_dir, "--discard", theirs.review_id) == 0
    assert "; the 1 answer(s) saved from it stay saved\n" in capsys.readouterr().out
    assert tree_hashes(kb_dir) == knowledge

    assert run(kb_dir, data_dir, "--discard", older.review_id) == 1
    assert capsys.readouterr().err == (
        f"refused: there is no unfinished review '{older.review_id}' (`sendbot kb reviews` "
        "lists them)\n"
    )
    assert run(kb_dir, data_dir) == 0
    assert capsys.readouterr().out == f"no unfinished /kb ingest reviews (in {data_dir})\n"


# A moderator pressing Keep on Discord again and again, in a process of its own: each press
# writes the review as the bot does, until the review is found discarded (a few ms apart: no
# hand presses faster).
_PRESSING = """
import sys, time
from pathlib import Path
from sendbot.storage.review_states import ReviewDiscarded, ReviewStates
states = ReviewStates(Path(sys.argv[1]))
review, _ = states.load(sys.argv[2])
print("pressing", flush=True)
deadline = time.monotonic() + 20
while time.monotonic() < deadline:
    try:
        states.keep(review)
        time.sleep(0.005)
    except ReviewDiscarded:
        print("told it was discarded", flush=True)
        break
"""


def test_a_review_discarded_while_its_buttons_are_pressed_stays_discarded(
    kb_dir: Path, data_dir: Path
) -> None:
    """`sendbot kb reviews --discard ID` and presses on the review's buttons in the bot at the
    same moment, each a real process: once the discard is said, the review is gone for good,
    not written back by a press under way (listed again, yet refused as no review)."""
    review, raw = started_review(MODERATOR)
    review = ReviewStates(data_dir).keep(review, raw)
    environment = environment_without_settings()
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).resolve().parents[2] / "src"), environment.get("PYTHONPATH", "")]
    )
    pressing = subprocess.Popen(
        [sys.executable, "-c", _PRESSING, str(data_dir), review.review_id],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert pressing.stdout is not None
        assert pressing.stdout.readline() == "pressing\n"
        time.sleep(0.2)  # well into the presses
        discarded = run_sendbot(
            "--kb", str(kb_dir), "kb", "reviews", "--discard", review.review_id,
            cwd=kb_dir.parent, data=data_dir,
        )  # fmt: skip
        said, _ = pressing.communicate(timeout=60)
    finally:
        pressing.kill()
    assert discarded.returncode == 0, discarded.stderr
    assert discarded.stdout.startswith(f"discarded review {review.review_id} ")
    assert said == "told it was discarded\n"
    assert sorted((data_dir / "reviews").glob(f"{review.review_id}*")) == []
    listed = run_sendbot("--kb", str(kb_dir), "kb", "reviews", cwd=kb_dir.parent, data=data_dir)
    assert listed.stdout == f"no unfinished /kb ingest reviews (in {data_dir})\n"


def test_a_review_whose_answer_file_is_gone_is_neither_listed_nor_offered(
    data_dir: Path,
) -> None:
    """A review's record left without the answer it drafts from (a crash between removing the
    two) can be neither picked up nor discarded: it is not listed as unfinished."""
    states = ReviewStates(data_dir)
    review, raw = started_review(MODERATOR)
    review = states.keep(review, raw)
    (data_dir / "reviews" / f"{review.review_id}.input").unlink()
    assert states.unfinished() == []
    assert states.of_owner(MODERATOR) == []
    assert states.discard(review.review_id) is None
