"""A /kb ingest review and the questions other facts have: `kb check` refuses a question under
two facts, so Save would refuse the whole file at a fact the review cannot go back to."""

from __future__ import annotations

from pathlib import Path

from sendbot.knowledge.drafts import draft_input
from sendbot.knowledge.review import Decision, DraftReview
from sendbot.knowledge.verbatim import question_key

ANSWER = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "written-answers"
    / "written-answer-2023-11-17-educational-psychologists.txt"
)


def review(taken: dict[str, str] | None = None) -> DraftReview:
    (draft,) = draft_input(ANSWER.read_text(encoding="utf-8"), name=ANSWER.name).drafts
    return DraftReview.of(draft, ANSWER.name, set(), taken)


def test_a_drafted_question_the_base_has_is_left_out_where_the_fact_has_others() -> None:
    plain = review()
    fact = next(fact for fact in plain.facts if len(fact["questions"]) > 1)
    first, *others = fact["questions"]
    shared = review({question_key(first): "high-needs-budget"})
    same = next(f for f in shared.facts if f["id"] == fact["id"])
    assert same["questions"] == others


def test_edit_refuses_a_question_the_base_or_another_kept_fact_has() -> None:
    reviewing = review({question_key("How much is the high needs budget?"): "high-needs-budget"})
    statement = reviewing.current["statement"]
    refused = reviewing.edit(statement, ["how much is the high needs budget"])
    assert refused is not None and refused.startswith("fact high-needs-budget already has")
    assert reviewing.position == 0  # still at that fact, to fix

    later = reviewing.facts[1]
    refused = reviewing.edit(statement, [later["questions"][0]])
    assert refused is not None and refused.startswith(f"fact {later['id']} already has")

    reviewing.decide(Decision.KEEP)
    reviewing.decide(Decision.DROP)  # a dropped fact's questions are free again
    reviewing.position = 0
    assert reviewing.edit(statement, [later["questions"][0]]) is None
