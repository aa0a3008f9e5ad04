"""What a count counts, read from its label when no role is declared: the first role word the
label says, never a date's role ("by" and "from" there name who did it and when it starts)."""

import pytest

from sendbot.answering.fact_index import FactIndex


@pytest.mark.parametrize(
    ("fact_id", "role"),
    [
        # "new places created by the schools opened this academic year"
        ("special-school-places-created", "created"),
        # "children reached by the AP Specialist Taskforce programme to date"
        ("ap-specialist-taskforce-reach", "reached"),
        # "further educational psychologists to be trained from 2024"
        ("educational-psychologists-trainees-2023-11-17", "to-train"),
        ("special-schools-opened", "opened"),
    ],
)
def test_a_count_takes_the_role_its_label_says_first(
    shipped_index: FactIndex, fact_id: str, role: str
) -> None:
    position = next(i for i, fact in enumerate(shipped_index.facts) if fact.id == fact_id)
    assert shipped_index.profiles[position].count_roles == frozenset({role})
