"""`sendbot kb reviews`: every /kb ingest review left unfinished, whoever started it, and one
discarded by its id without touching the others or anything saved."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sendbot.cli.main import main
from sendbot.storage.review_states import ReviewStates
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
