"""The `review` option of /kb ingest: the moderator's unfinished reviews to pick from, each
named by where it stands (its input, the fact it is at, how many are kept, when it was last
changed), so that an older one is as easy to reach as the latest."""

from __future__ import annotations

import datetime as dt

from discord import app_commands

from sendbot.storage.review_states import SavedReview

# Discord's limits: 25 choices, each name at most 100 characters.
MAX_CHOICES = 25
NAME_LIMIT = 100


def changed_text(when: dt.datetime, now: dt.datetime) -> str:
    """When a review was last changed: the time alone today, with the day before that."""
    when = when.astimezone(dt.UTC)
    day = "" if when.date() == now.astimezone(dt.UTC).date() else f"{when.day} {when:%b} "
    return f"changed {day}{when:%H:%M} UTC"


def choice_name(review: SavedReview, now: dt.datetime) -> str:
    changed = f" · {changed_text(review.updated, now)}"
    summary = review.summary()
    room = NAME_LIMIT - len(changed)
    if len(summary) > room:  # the input's name is what gets long: keep where it stands
        summary = summary[: room - 1] + "…"
    return summary + changed


def review_choices(
    reviews: list[SavedReview], typed: str, now: dt.datetime
) -> list[app_commands.Choice[str]]:
    """Those of `reviews` (the latest changed first) whose name or id has every word typed."""
    words = typed.casefold().split()
    found = []
    for review in reviews:
        name = choice_name(review, now)
        if all(word in f"{name} {review.review_id}".casefold() for word in words):
            found.append(app_commands.Choice(name=name, value=review.review_id))
    return found[:MAX_CHOICES]
