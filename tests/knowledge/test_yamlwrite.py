"""dump_yaml writes text the knowledge loader accepts; rewrite changes a person's file only
where its values changed."""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

import pytest

from sendbot.knowledge.yamltext import load_yaml
from sendbot.knowledge.yamlwrite import dump_yaml, rewrite, rewrite_facts


def test_a_value_shared_by_two_facts_is_written_twice_not_aliased() -> None:
    # The loader refuses anchors and aliases, which PyYAML emits for any repeated object.
    as_of = dt.date(2024, 2, 8)
    tags = ["funding"]
    text = dump_yaml({"facts": [{"as_of": as_of, "tags": tags}, {"as_of": as_of, "tags": tags}]})
    assert "&" not in text and "*" not in text
    loaded = load_yaml(text, "test.yaml")
    assert [fact["as_of"] for fact in loaded["facts"]] == ["2024-02-08", "2024-02-08"]
    assert [fact["tags"] for fact in loaded["facts"]] == [tags, tags]


PERSON_WROTE = """\
revision: 3  # bumped by every saved change
source:
  id: a-source
  question: >-
    A long question that its author folded by hand
    over two lines.
facts:
  # --- The first group ---

  - id: one
    statement: 'Quoted by hand.'
    questions:
      - first?   # the one people ask most
      - second?
    as_of: 2024-02-08
"""


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def person_wrote() -> dict[str, Any]:
    return {
        "revision": 3,
        "source": {
            "id": "a-source",
            "question": "A long question that its author folded by hand over two lines.",
        },
        "facts": [
            {
                "id": "one",
                "statement": "Quoted by hand.",
                "questions": ["first?", "second?"],
                "as_of": dt.date(2024, 2, 8),
            }
        ],
    }


def test_rewriting_with_the_same_values_changes_nothing() -> None:
    assert rewrite(PERSON_WROTE, person_wrote()) == PERSON_WROTE


def test_one_more_question_is_one_more_line_and_every_comment_stays() -> None:
    data = person_wrote()
    data["revision"] = 4
    data["facts"][0]["questions"].append("third?")

    text = rewrite(PERSON_WROTE, data)

    assert changed_lines(PERSON_WROTE, text) == [
        "-revision: 3  # bumped by every saved change",
        "+revision: 4  # bumped by every saved change",
        "+      - third?",
    ]
    assert load_yaml(text, "t.yaml")["facts"][0]["questions"] == ["first?", "second?", "third?"]


def test_a_changed_folded_text_stays_folded_and_a_new_field_goes_in_order() -> None:
    data = person_wrote()
    data["source"]["question"] = "A shorter question."
    data["facts"][0] = {"id": "one", "title": "One", **data["facts"][0]}
    del data["facts"][0]["questions"][0]

    text = rewrite(PERSON_WROTE, data)

    assert "  question: >-\n    A shorter question.\n" in text
    assert "  - id: one\n    title: One\n    statement: 'Quoted by hand.'\n" in text
    assert "first?" not in text and "# --- The first group ---" in text
    loaded = load_yaml(text, "t.yaml")
    assert loaded["facts"][0]["questions"] == ["second?"]
    assert loaded["source"]["question"] == "A shorter question."


TWO_FACTS = """\
revision: 1
source:
  id: a-source
facts:
  # --- Group one ---
  - id: one
    quote: |
      A block of text
    # a comment inside the fact
    questions:
      - first?
  # --- Group two ---

  - id: two
    questions: [second?]
"""


def two_facts() -> dict[str, Any]:
    return {
        "revision": 1,
        "source": {"id": "a-source"},
        "facts": [
            {"id": "one", "quote": "A block of text\n", "questions": ["first?"]},
            {"id": "two", "questions": ["second?"]},
        ],
    }


@pytest.mark.parametrize("change", ["alias", "remove", "add", "edit"])
def test_splicing_the_changed_facts_gives_what_the_whole_file_round_trip_gives(
    change: str,
) -> None:
    data = two_facts()
    data["revision"] = 2
    if change == "alias":
        data["facts"][0]["questions"].append("again?")
    elif change == "remove":
        del data["facts"][0]
    elif change == "add":
        data["facts"].append({"id": "three", "questions": ["third?"]})
    else:
        data["facts"][1]["questions"] = ["second, reworded?"]

    spliced = rewrite_facts(TWO_FACTS, data)

    assert spliced is not None
    assert load_yaml(spliced, "t.yaml") == load_yaml(rewrite(TWO_FACTS, data), "t.yaml")
    assert load_yaml(spliced, "t.yaml") == {**data, "revision": 2}
    assert "# --- Group two ---" in spliced
    assert len(changed_lines(TWO_FACTS, spliced)) <= 8


def test_splicing_leaves_other_changes_to_the_whole_file_round_trip() -> None:
    data = two_facts()
    data["source"]["id"] = "another-source"
    assert rewrite_facts(TWO_FACTS, data) is None
    assert rewrite_facts("facts: [{id: one}]\n", {"facts": [{"id": "two"}]}) is None
