"""What `sendbot kb undo` and `kb redo` put back, printed under "saved #N": they act at once,
and "(reverts #3)" alone did not say which question or value came back or went. The same
before and after as Discord's /kb undo shows (knowledge.field_changes), in plain text."""

from __future__ import annotations

from sendbot.knowledge.field_changes import fields_to_show, plain_sides
from sendbot.storage.history import HistoryEntry

INDENT = "  "


def reverted_lines(entry: HistoryEntry) -> list[str]:
    """The fact before and after the undo or redo `entry`; for a whole file (an import or a
    new source), the differences of the change it reverted or brought back."""
    label = entry.action  # "undo" or "redo"
    if entry.fact_id is None:
        if entry.undoes is not None:
            said, lead = (
                f"{entry.file} is back as it was before change #{entry.undoes}",
                ", which made:",
            )
        else:
            said, lead = f"{entry.file} has change #{entry.redoes} again", ":"
        if not entry.fields:
            return [said]
        return [said + lead, *(INDENT + line for line in entry.fields)]
    before, after = plain_sides(
        entry.before, entry.after, fields_to_show(entry.before, entry.after, entry.fields)
    )
    return [
        f"before the {label}:",
        *(INDENT + line for line in before),
        f"after the {label}:",
        *(INDENT + line for line in after),
    ]
