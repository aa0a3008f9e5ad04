"""dump_yaml writes text the knowledge loader accepts."""

from __future__ import annotations

import datetime as dt

from sendbot.knowledge.yamltext import load_yaml
from sendbot.knowledge.yamlwrite import dump_yaml


def test_a_value_shared_by_two_facts_is_written_twice_not_aliased() -> None:
    # The loader refuses anchors and aliases, which PyYAML emits for any repeated object.
    as_of = dt.date(2024, 2, 8)
    tags = ["funding"]
    text = dump_yaml({"facts": [{"as_of": as_of, "tags": tags}, {"as_of": as_of, "tags": tags}]})
    assert "&" not in text and "*" not in text
    loaded = load_yaml(text, "test.yaml")
    assert [fact["as_of"] for fact in loaded["facts"]] == ["2024-02-08", "2024-02-08"]
    assert [fact["tags"] for fact in loaded["facts"]] == [tags, tags]
