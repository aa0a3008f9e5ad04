"""`sendbot kb reviews [--discard ID]`: the /kb ingest reviews left unfinished on Discord, every
moderator's, and discarding one of them by its id (what it saved stays saved)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from sendbot.cli.common import load_settings
from sendbot.cli.parsing import clip, shown_path, text
from sendbot.storage.atomic import LockTimeout
from sendbot.storage.review_states import ReviewStates, SavedReview

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, str, Handler], argparse.ArgumentParser]


def _line(review: SavedReview) -> str:
    changed = review.updated.strftime("%Y-%m-%d %H:%M UTC")
    return f"{review.review_id}  changed {changed}  by {review.owner_id}  {review.summary()}"


def _kb_reviews(args: argparse.Namespace) -> int:
    if args.discard is not None:
        return _discard(args, args.discard)
    settings = load_settings(args, writes_data=False, creates_data=False, needs_kb=False)
    where = shown_path(settings.data_dir)
    found = ReviewStates(settings.data_dir).unfinished()
    if not found:
        print(f"no unfinished /kb ingest reviews (in {where})")
        return 0
    print(f"unfinished /kb ingest reviews, latest changed first (in {where}):")
    for review in found:
        print(_line(review))
    return 0


def _discard(args: argparse.Namespace, review_id: str) -> int:
    settings = load_settings(args, creates_data=False, needs_kb=False)
    try:
        removed = ReviewStates(settings.data_dir).discard(review_id.strip())
    except LockTimeout:
        print(
            "refused: the reviews are being written by another process (the bot, for a "
            "press); nothing was discarded: try again in a moment",
            file=sys.stderr,
        )
        return 1
    if removed is None:
        shown = clip(review_id, 40)
        print(
            f"refused: there is no unfinished review {shown!r} (`sendbot kb reviews` lists them)",
            file=sys.stderr,
        )
        return 1
    kept = (
        f"the {removed.saved} answer(s) saved from it stay saved"
        if removed.saved
        else "nothing in the knowledge base was changed"
    )
    print(f"discarded review {removed.review_id} ({removed.summary()}); {kept}")
    return 0


def add_review_commands(kb_command: AddCommand) -> None:
    """Register `sendbot kb reviews` under `sendbot kb`."""
    reviews = kb_command(
        "reviews",
        "list every unfinished /kb ingest review (each moderator's), latest changed first; "
        "--discard ID removes one (what it saved stays saved)",
        _kb_reviews,
    )
    reviews.add_argument(
        "--discard", metavar="ID", type=text, help="remove the unfinished review ID (see the list)"
    )
