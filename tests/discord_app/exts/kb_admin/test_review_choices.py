"""/kb ingest `review`'s choices: each unfinished review named by where it stands, within
Discord's 100 characters however long its input's name, and found by any word of it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sendbot.discord_app.exts.kb_admin._review_choices import (
    NAME_LIMIT,
    changed_text,
    review_choices,
)
from tests.storage.test_review_states import started_review

NOW = dt.datetime(2026, 12, 6, 17, 30, tzinfo=dt.UTC)


def test_a_review_changed_today_gives_the_time_and_an_earlier_one_the_day_too() -> None:
    assert changed_text(dt.datetime(2026, 12, 6, 9, 5, tzinfo=dt.UTC), NOW) == "changed 09:05 UTC"
    yesterday = dt.datetime(2026, 12, 5, 23, 59, tzinfo=dt.UTC)
    assert changed_text(yesterday, NOW) == "changed 5 Dec 23:59 UTC"


def test_a_long_input_name_is_clipped_keeping_where_the_review_stands() -> None:
    review, _ = started_review()
    long = dataclasses.replace(review.reviews[0], origin="a" * 150 + ".txt")
    review = dataclasses.replace(review, reviews=(long,), updated=NOW)
    [choice] = review_choices([review], "", NOW)
    assert len(choice.name) == NAME_LIMIT
    assert choice.name.endswith(" · changed 17:30 UTC")
    assert choice.value == review.review_id


def test_every_word_typed_must_be_in_the_name_or_the_id() -> None:
    first, _ = started_review()
    second, _ = started_review()
    reviews = [dataclasses.replace(first, updated=NOW), dataclasses.replace(second, updated=NOW)]
    assert [c.value for c in review_choices(reviews, "HIGH needs", NOW)] == [
        first.review_id,
        second.review_id,
    ]
    assert [c.value for c in review_choices(reviews, second.review_id, NOW)] == [second.review_id]
    assert review_choices(reviews, "internships", NOW) == []
