"""What a moderator is told before any work is lost: an option /kb can judge is judged before
the form opens, and an empty question is asked for again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import EPHEMERAL, Unchanged, kb


async def test_an_alias_of_only_spaces_asks_which_question(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # Discord sends a required option of spaces as typed; validation then said
    # "facts[high-needs-budget].questions[2]: must not be empty (FILE.yaml)".
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    _, told = await kb(fake, "alias", {"fact": "high-needs-budget", "question": "   "})
    assert told["flags"] == EPHEMERAL
    assert told["content"] == (
        "Nothing was changed. Which question? Type it in `question`, worded the way people ask it."
    )
    unchanged.check()


@pytest.mark.parametrize(
    ("command", "options", "told"),
    [
        (
            "edit",
            {"fact": "special-schools-opened", "as_of": "yesterday"},
            "`as_of` must be a date like 2024-02-08, not 'yesterday'.",
        ),
        (
            "add",
            {"as_of": "8 Feb 2024"},
            "`as_of` must be a date like 2024-02-08, not '8 Feb 2024'.",
        ),
        (
            "add",
            {"id": "Taskforce Reach"},
            "`id` must be lowercase words joined by hyphens, like `special-schools-opened`, not "
            "'Taskforce Reach'.",
        ),
    ],
)
async def test_a_date_or_id_that_would_be_refused_is_said_before_the_form_opens(
    start_curated: StartCurated, command: str, options: dict[str, str], told: str
) -> None:
    # Before, the form opened; the moderator typed a statement, quote and questions, and only
    # then heard that the date or id given with the command was not one.
    _, fake = await start_curated()
    _, reply = await kb(fake, command, options)
    assert "title" not in reply  # a message, not the form
    assert reply["flags"] == EPHEMERAL
    assert reply["content"] == f"Nothing was changed. {told}"
    assert not fake.modals
