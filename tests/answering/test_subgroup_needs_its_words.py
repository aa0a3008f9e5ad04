"""A part of a group asked about ("how many of the 100,000 trained were teachers", "what share
of kids in special schools are autistic") is looked for clause by clause, pattern by pattern:
a message with none of the words every pattern needs (most messages) is not searched. What each
pattern matches holds one of those words, so the shortcut never passes a part over."""

import re

import pytest

from sendbot.answering.question import (
    _SUBGROUP_NEEDS,
    _SUBGROUP_PATTERNS,
    _subgroup,
    analyse,
)

# One message each pattern reads, in the order of `_SUBGROUP_PATTERNS`.
EACH_PATTERN = [
    "how many of the 100000 who did autism training were actually teachers",
    "of the 200000 in special schools how many have an ehcp",
    "sen governor here of the 400 new trainees how many will work for the council",
    "the 3000 trained staff on the course how many are in nurseries",
    "what share of kids in special schools are autistic",
    "200000 special school pupils how many in independent special schools",
    "how many autistic kids are in special schools out of the 200000",
    "teaching assistants among the 100000 trained how many",
    "the number of nursery managers among the 5000 registered",
    "nursery managers who did the early years training how many",
]


def test_every_pattern_has_a_message() -> None:
    assert len(EACH_PATTERN) == len(_SUBGROUP_PATTERNS)


@pytest.mark.parametrize(
    ("pattern", "text"), list(zip(_SUBGROUP_PATTERNS, EACH_PATTERN, strict=True))
)
def test_what_a_pattern_matches_holds_a_needed_word(pattern: re.Pattern[str], text: str) -> None:
    found = pattern.search(text)
    assert found is not None
    assert any(needed in found.group(0) for needed in _SUBGROUP_NEEDS)


@pytest.mark.parametrize("text", EACH_PATTERN)
def test_a_part_of_a_group_is_still_found(text: str) -> None:
    assert _subgroup(text, {})[0]
    assert analyse(text).subgroup


@pytest.mark.parametrize(
    "text",
    [
        "how many special schools opened",  # "how many", but no part of a group
        "what percentage of the budget goes on high needs",
        "when did the change programme start",
        "whats the weather in london",
    ],
)
def test_no_part_of_a_group_where_none_is_named(text: str) -> None:
    assert _subgroup(text, {}) == ("", ())
