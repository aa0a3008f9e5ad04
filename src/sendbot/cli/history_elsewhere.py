"""The line `kb history` prints when this knowledge base has no saved changes but another one
served with the same data directory has: "no saved changes" alone, after an alias saved with
`--kb my-knowledge` and a plain `kb history`, read as if that change were lost."""

from __future__ import annotations

import os

from sendbot.cli.parsing import shown_path
from sendbot.settings import BUNDLED_KNOWLEDGE, Settings
from sendbot.storage.history import History


def none_saved_here(
    history: History, settings: Settings, nothing: str, fact_id: str | None
) -> str | None:
    """`nothing` ("no saved changes ...") naming this knowledge base, with how many changes
    to the other one (the newest changed) and the --kb that shows them; None when no other
    base has any."""
    others = history.other_bases(fact_id)
    if not others:
        return None
    count = history.of_other_bases(fact_id)
    this = shown_path(settings.kb_path)
    if os.path.realpath(settings.kb_path) == os.path.realpath(BUNDLED_KNOWLEDGE):
        this = f"the bundled one, {this}"
    other = shown_path(others[0])
    also = f" and {len(others) - 1} other base(s)" if len(others) > 1 else ""
    return (
        f"{nothing} in this knowledge base ({this}); {count} saved to {other}{also}: "
        f"give --kb {other} to see them"
    )
