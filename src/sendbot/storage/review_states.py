"""/kb ingest reviews in progress, kept in the data directory as each decision is made.

    data_dir/
      reviews/
        <id>.json     the review: its drafts, each decision and edited fact, the revision
                      it started from, whose it is, when it was last changed
        <id>.input    the uploaded or fetched bytes, written once (the document saved)

Each file is replaced atomically (`write_atomic`): a crash leaves the review as it was before
the last press or after it, never half of it. A finished or cancelled review's files are
removed; one left alone for a day is stale, and removed by `remove_stale`. Writing a review and
discarding it take a lock on the reviews directory (any process): a press on Discord and
`sendbot kb reviews --discard` at the same moment never leave a discarded review written back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import re
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sendbot.knowledge.review import DraftReview
from sendbot.knowledge.review_record import (
    RECORD_VERSION,
    from_json,
    review_of,
    review_record,
    to_json,
)
from sendbot.storage.atomic import TEMP_SUFFIX, exclusive_lock, write_atomic

log = logging.getLogger("sendbot.reviews")

REVIEWS_DIR = "reviews"
STALE_AFTER = dt.timedelta(days=1)
REVIEW_ID = re.compile(r"[0-9a-f]{12}")
# How long a write or a discard waits for the other to finish (each takes milliseconds).
LOCK_TIMEOUT = 10.0


class ReviewDiscarded(Exception):
    """The review's files were removed (`sendbot kb reviews --discard`) since it was last
    written: a press that was under way must not write it back."""

    def __init__(self, review_id: str) -> None:
        self.review_id = review_id
        super().__init__(f"the review {review_id} was discarded")


def new_review_id() -> str:
    return secrets.token_hex(6)


def input_digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True, slots=True)
class SavedReview:
    """A review in progress: `reviews` are the input's answers still to save (the one under
    review first); `saved` how many of its answers were saved before them."""

    review_id: str
    owner_id: int
    revision: int  # the knowledge base's revision the review is checked against at Save
    saved: int
    input_sha256: str
    reviews: tuple[DraftReview, ...]
    started: dt.datetime
    updated: dt.datetime

    @property
    def origin(self) -> str:
        return self.reviews[0].origin

    def stale(self, now: dt.datetime) -> bool:
        return now - self.updated > STALE_AFTER

    def summary(self) -> str:
        """Where the review stands, in a few words, to tell one review from another: its
        input, the fact it is at and how many are kept, and the answers saved from it."""
        review = self.reviews[0]
        at = "all decided" if review.done else f"fact {review.position + 1} of {len(review.facts)}"
        answers = self.saved + len(self.reviews)
        which = f", answer {self.saved + 1} of {answers}" if answers > 1 else ""
        saved = f", {self.saved} saved" if self.saved else ""
        return f"{self.origin}: {at}, {review.kept} kept{which}{saved}"

    def to_json(self) -> str:
        return to_json(
            {
                "version": RECORD_VERSION,
                "review_id": self.review_id,
                "owner_id": self.owner_id,
                "revision": self.revision,
                "saved": self.saved,
                "input_sha256": self.input_sha256,
                "started": self.started.isoformat(),
                "updated": self.updated.isoformat(),
                "reviews": [review_record(review) for review in self.reviews],
            }
        )

    @classmethod
    def from_json(cls, text: str) -> SavedReview:
        """ValueError, KeyError or TypeError if `text` is not one `to_json` wrote."""
        data: dict[str, Any] = from_json(text)
        if data["version"] != RECORD_VERSION:
            raise ValueError(f"written by another version ({data['version']})")
        reviews = tuple(review_of(record) for record in data["reviews"])
        if not reviews:
            raise ValueError("no answer left to review")
        return cls(
            review_id=str(data["review_id"]),
            owner_id=int(data["owner_id"]),
            revision=int(data["revision"]),
            saved=int(data["saved"]),
            input_sha256=str(data["input_sha256"]),
            reviews=reviews,
            started=dt.datetime.fromisoformat(data["started"]),
            updated=dt.datetime.fromisoformat(data["updated"]),
        )


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ReviewStates:
    """The reviews in progress under `data_dir`. Blocking file I/O: call it off the loop."""

    def __init__(self, data_dir: Path) -> None:
        self.directory = Path(data_dir) / REVIEWS_DIR

    def _path(self, review_id: str, suffix: str) -> Path:
        if not REVIEW_ID.fullmatch(review_id):
            raise ValueError(f"not a review id: {review_id!r}")
        return self.directory / f"{review_id}{suffix}"

    def keep(
        self, review: SavedReview, raw: bytes | None = None, *, timeout: float = LOCK_TIMEOUT
    ) -> SavedReview:
        """Write `review` as it is now (and, when starting it, its input `raw`); the review
        with the time it was written. ReviewDiscarded, writing nothing, when `raw` is not given
        and the input is gone: the review was discarded since it was last written. LockTimeout,
        writing nothing, when another writer or discard holds the reviews past `timeout`."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(self.directory, timeout):
            if raw is not None:
                write_atomic(self._path(review.review_id, ".input"), raw)
            elif not self.still_kept(review.review_id):
                raise ReviewDiscarded(review.review_id)
            kept = replace(review, updated=now_utc())
            write_atomic(self._path(review.review_id, ".json"), kept.to_json().encode("utf-8"))
        return kept

    def load(self, review_id: str) -> tuple[SavedReview, bytes] | None:
        """The review and its input; None when there is none (finished, cancelled, cleaned
        up) or its files cannot be read back (then they are logged and left for a look)."""
        try:
            text = self._path(review_id, ".json").read_text(encoding="utf-8")
            raw = self._path(review_id, ".input").read_bytes()
        except (OSError, ValueError):
            return None
        try:
            review = SavedReview.from_json(text)
        except (ValueError, KeyError, TypeError) as exc:
            log.warning(
                "the review %s in %s cannot be read back: %s", review_id, self.directory, exc
            )
            return None
        if review.input_sha256 != input_digest(raw):
            log.warning("the review %s's input does not match what it was drafted from", review_id)
            return None
        return review, raw

    def still_kept(self, review_id: str) -> bool:
        """Whether the review's input is still on disk: a review discarded from the command
        line while its buttons are live must not be written back by their next press."""
        return self._path(review_id, ".input").is_file()

    def remove(self, review_id: str) -> None:
        for suffix in (".json", ".input"):
            with contextlib.suppress(OSError):
                self._path(review_id, suffix).unlink()

    def of_owner(self, owner_id: int, now: dt.datetime | None = None) -> list[SavedReview]:
        """The moderator's reviews in progress that are not stale, the latest changed first."""
        return [review for review in self.unfinished(now) if review.owner_id == owner_id]

    def unfinished(self, now: dt.datetime | None = None) -> list[SavedReview]:
        """Every moderator's reviews in progress that are not stale, the latest changed first
        (the same time: the latest started first, so the order never changes between looks)."""
        now = now or now_utc()
        return sorted(
            (review for review in self._all() if not review.stale(now)),
            key=lambda review: (review.updated, review.started, review.review_id),
            reverse=True,
        )

    def discard(self, review_id: str) -> SavedReview | None:
        """Remove one review in progress (never anything it saved to the knowledge base): the
        review removed, or None when there is no such review to remove (finished, cancelled,
        stale, or no review id at all)."""
        if not REVIEW_ID.fullmatch(review_id) or not self.directory.is_dir():
            return None
        with exclusive_lock(self.directory, LOCK_TIMEOUT):
            found = self.load(review_id)
            if found is None or found[0].stale(now_utc()):
                return None
            self.remove(review_id)
        return found[0]

    def remove_stale(self, now: dt.datetime | None = None) -> list[str]:
        """Remove the reviews left alone for over a day (and files of one that cannot be read
        back, or an input without its review, once as old); the ids removed."""
        now = now or now_utc()
        removed = [review.review_id for review in self._all() if review.stale(now)]
        for review_id in removed:
            self.remove(review_id)
        if self.directory.is_dir():
            for path in self.directory.iterdir():
                if path.name.endswith(TEMP_SUFFIX) and _older(path, now):
                    with contextlib.suppress(OSError):
                        path.unlink()  # a write cut short by a crash
                elif path.stem not in removed and _unreadable(path) and _older(path, now):
                    removed.append(path.stem)
                    self.remove(path.stem)
        return removed

    def _all(self) -> list[SavedReview]:
        if not self.directory.is_dir():
            return []
        found = []
        for path in self.directory.glob("*.json"):
            if not path.with_suffix(".input").is_file():
                continue  # no input to save it from: neither listed nor offered (cleared later)
            review = _read(path)
            if review is not None:
                found.append(review)
        return found


def _read(path: Path) -> SavedReview | None:
    try:
        return SavedReview.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _unreadable(path: Path) -> bool:
    """A review's file that cannot be read back, or an input whose review is gone."""
    if not REVIEW_ID.fullmatch(path.stem):
        return False  # not a review's: a temp file, or a file someone put here
    if path.suffix == ".input":
        return not path.with_suffix(".json").exists()
    if path.suffix != ".json":
        return False
    return not path.with_suffix(".input").exists() or _read(path) is None


def _older(path: Path, now: dt.datetime) -> bool:
    """Whether `path` was last written over STALE_AFTER ago (a start cut short by a crash)."""
    try:
        written = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return False
    return now - written > STALE_AFTER
