"""A /kb ingest review in progress, kept in the data directory: read back exactly as it was
left (each decision, each edited fact, its dates), replaced whole, removed when done, and
cleared once left for over a day."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from sendbot.knowledge.drafts import draft_input
from sendbot.knowledge.review import Decision, DraftReview
from sendbot.knowledge.yamltext import decode
from sendbot.storage.review_states import (
    ReviewStates,
    SavedReview,
    input_digest,
    new_review_id,
    now_utc,
)

DATA = Path(__file__).resolve().parents[1] / "data"
ANSWER = DATA / "written-answers" / "written-answer-2023-02-22-high-needs-funding-2023-24.txt"
MODERATOR, OTHER = 111, 222


def started_review(owner: int = MODERATOR) -> tuple[SavedReview, bytes]:
    """A review of ANSWER with its first fact kept, the second edited, the third dropped."""
    raw = ANSWER.read_bytes()
    drafts = draft_input(decode(raw, ANSWER.name), name=ANSWER.name, today=dt.date(2026, 1, 1))
    review = DraftReview.of(drafts.drafts[0], ANSWER.name, set())
    review.decide(Decision.KEEP)
    problem = review.edit("High needs funding goes up next year.", ["does high needs rise?"])
    assert problem is None
    review.decide(Decision.DROP)
    now = now_utc()
    saved = SavedReview(
        review_id=new_review_id(),
        owner_id=owner,
        revision=4,
        saved=0,
        input_sha256=input_digest(raw),
        reviews=(review,),
        started=now,
        updated=now,
    )
    return saved, raw


def test_a_review_reads_back_as_it_was_left_and_saves_the_same_file(tmp_path: Path) -> None:
    states = ReviewStates(tmp_path)
    saved, raw = started_review()
    states.keep(saved, raw)

    found = states.load(saved.review_id)
    assert found is not None
    back, back_raw = found
    assert back_raw == raw
    review, original = back.reviews[0], saved.reviews[0]
    assert review.decisions[:3] == [Decision.KEEP, Decision.KEEP, Decision.DROP]
    assert review.position == 3
    assert review.facts[1]["statement"] == "High needs funding goes up next year."
    assert isinstance(review.draft.data["source"]["answered"], dt.date)
    assert (back.owner_id, back.revision, back.saved) == (MODERATOR, 4, 0)
    # What Save would write is the same, byte for byte.
    assert review.source_file(raw) == original.source_file(raw)


def test_each_decision_replaces_the_file_whole_and_leaves_no_temp_file(tmp_path: Path) -> None:
    states = ReviewStates(tmp_path)
    saved, raw = started_review()
    states.keep(saved, raw)
    saved.reviews[0].decide(Decision.KEEP)
    states.keep(saved)  # the input is written once, at the start
    found = states.load(saved.review_id)
    assert found is not None and found[0].reviews[0].position == 4
    assert sorted(path.name for path in states.directory.iterdir()) == [
        f"{saved.review_id}.input",
        f"{saved.review_id}.json",
    ]


def test_a_finished_review_is_removed(tmp_path: Path) -> None:
    states = ReviewStates(tmp_path)
    saved, raw = started_review()
    states.keep(saved, raw)
    states.remove(saved.review_id)
    assert states.load(saved.review_id) is None
    assert list(states.directory.iterdir()) == []


def test_a_moderator_sees_their_own_reviews_the_latest_first(tmp_path: Path) -> None:
    states = ReviewStates(tmp_path)
    first, raw = started_review()
    states.keep(first, raw)
    theirs, _ = started_review(OTHER)
    states.keep(theirs, raw)
    second, _ = started_review()
    states.keep(second, raw)
    assert [r.review_id for r in states.of_owner(MODERATOR)] == [
        second.review_id,
        first.review_id,
    ]
    assert [r.review_id for r in states.of_owner(OTHER)] == [theirs.review_id]


def test_a_review_left_for_over_a_day_is_cleared_and_not_offered(tmp_path: Path) -> None:
    states = ReviewStates(tmp_path)
    old, raw = started_review()
    states.keep(old, raw)
    fresh, _ = started_review()
    later = now_utc() + dt.timedelta(hours=20)
    states.keep(fresh, raw)
    a_day_on = now_utc() + dt.timedelta(days=1, hours=1)
    assert [r.review_id for r in states.of_owner(MODERATOR, later)] == [
        fresh.review_id,
        old.review_id,
    ]
    assert old.review_id in states.remove_stale(a_day_on)
    assert states.load(old.review_id) is None


def test_damaged_files_are_not_picked_up_and_are_cleared_after_a_day(tmp_path: Path) -> None:
    states = ReviewStates(tmp_path)
    saved, raw = started_review()
    states.keep(saved, raw)
    (states.directory / f"{saved.review_id}.input").write_bytes(b"another answer")
    assert states.load(saved.review_id) is None  # not resumed against another input

    torn, _ = started_review()
    states.keep(torn, raw)
    state = states.directory / f"{torn.review_id}.json"
    state.write_text('{"version": 1, "revi', encoding="utf-8")
    assert states.load(torn.review_id) is None
    assert [r.review_id for r in states.of_owner(MODERATOR)] == [saved.review_id]
    assert states.remove_stale() == []  # not yet a day old: left for a look
    day_old = (now_utc() - dt.timedelta(days=2)).timestamp()
    os.utime(state, (day_old, day_old))
    assert states.remove_stale() == [torn.review_id]
    assert not state.exists()


@pytest.mark.parametrize("review_id", ["../../etc/passwd", "", "ABCDEF123456", "x" * 12])
def test_an_id_that_is_not_a_review_id_reads_nothing(tmp_path: Path, review_id: str) -> None:
    assert ReviewStates(tmp_path).load(review_id) is None


def test_every_unfinished_review_is_listed_and_one_can_be_discarded_alone(tmp_path: Path) -> None:
    states = ReviewStates(tmp_path)
    older, raw = started_review()
    states.keep(older, raw)
    mine, _ = started_review()
    mine = states.keep(mine, raw)
    theirs, _ = started_review(OTHER)
    theirs = states.keep(theirs, raw)

    # Before, only the latest of a moderator's reviews could be reached.
    assert [review.review_id for review in states.unfinished()] == [
        theirs.review_id,
        mine.review_id,
        older.review_id,
    ]
    assert [review.review_id for review in states.of_owner(MODERATOR)] == [
        mine.review_id,
        older.review_id,
    ]
    assert mine.summary() == f"{ANSWER.name}: fact 4 of {len(mine.reviews[0].facts)}, 2 kept"

    discarded = states.discard(older.review_id)
    assert discarded is not None and discarded.review_id == older.review_id
    assert states.load(older.review_id) is None
    assert [review.review_id for review in states.unfinished()] == [
        theirs.review_id,
        mine.review_id,
    ]
    assert states.load(mine.review_id) is not None  # the others are as they were
    assert states.discard(older.review_id) is None  # gone: nothing more to discard
    assert states.discard("../state") is None  # not a review id: nothing touched
