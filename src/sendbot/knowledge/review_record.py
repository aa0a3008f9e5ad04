"""A review in progress as plain data, and back: what is kept on disk so that a restart or a
timeout loses no keep, edit or drop decision. Pure.

Dates (an answer's date, a fact's `as_of`) are the only values of a draft that JSON has no
type for: they are written as {"$date": "2023-02-22"} and read back as dates.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sendbot.knowledge.drafts import Draft
from sendbot.knowledge.review import Decision, DraftReview

RECORD_VERSION = 1
_DATE_KEY = "$date"  # a "$" in no knowledge file's key


def review_record(review: DraftReview) -> dict[str, Any]:
    """One answer's review: the draft as drafted, each fact as edited, each decision."""
    draft = review.draft
    return {
        "draft": {
            "label": draft.label,
            "document_name": draft.document_name,
            "document": draft.document,
            "data": draft.data,
            "notes": list(draft.notes),
        },
        "origin": review.origin,
        "facts": review.facts,
        "decisions": [decision.value for decision in review.decisions],
        "position": review.position,
        "taken_questions": dict(review.taken_questions),
    }


def review_of(record: dict[str, Any]) -> DraftReview:
    """The review `review_record` wrote (KeyError or ValueError if it is not one)."""
    draft = record["draft"]
    facts = list(record["facts"])
    decisions = [Decision(value) for value in record["decisions"]]
    position = int(record["position"])
    if len(decisions) != len(facts) or not 0 <= position <= len(facts):
        raise ValueError("the decisions do not match the facts")
    return DraftReview(
        Draft(
            label=str(draft["label"]),
            document_name=str(draft["document_name"]),
            document=draft["document"],
            data=dict(draft["data"]),
            notes=tuple(draft["notes"]),
        ),
        origin=str(record["origin"]),
        facts=facts,
        decisions=decisions,
        position=position,
        taken_questions=dict(record["taken_questions"]),
    )


def to_json(value: Any) -> str:
    # In the order given: the knowledge file Save writes keeps its keys in the drafted order.
    return json.dumps(value, ensure_ascii=False, default=_encode)


def from_json(text: str) -> Any:
    return json.loads(text, object_hook=_decode)


def _encode(value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {_DATE_KEY: value.isoformat()}
    raise TypeError(f"{type(value).__name__} is not kept with a review")


def _decode(value: dict[str, Any]) -> Any:
    if set(value) == {_DATE_KEY} and isinstance(value[_DATE_KEY], str):
        return dt.date.fromisoformat(value[_DATE_KEY])
    return value
