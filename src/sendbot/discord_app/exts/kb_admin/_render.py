"""What moderators see on Discord: saved changes, refusals, gaps, history, diffs, the self-test,
stats and the audit log, as text and embed specs within Discord's limits. Pure.

Everything that comes from the knowledge base, from an uploaded file or from a user (a display
name, a question) is escaped, so it can neither ping anyone nor break the formatting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from discord.utils import format_dt

from sendbot.answering.selftest import Collision, SelfTest
from sendbot.discord_app.render import (
    DESCRIPTION_LIMIT,
    FIELD_VALUE_LIMIT,
    MESSAGE_LIMIT,
    EmbedSpec,
    Field,
    clip,
    escape,
    fit,
    lines_within,
)
from sendbot.discord_app.server_config import missing_to_post
from sendbot.knowledge.edits import KbDiff
from sendbot.knowledge.errors import (
    KnowledgeError,
    NothingToDo,
    Problem,
    StaleRevision,
    StoreError,
)
from sendbot.knowledge.field_changes import (
    NOT_THERE,
    REMOVED,
    FieldChange,
    field_changes,
    fields_to_show,
    side_lines,
)
from sendbot.knowledge.model import KnowledgeBase
from sendbot.storage.gaps import BEFORE_PARTIAL, Gap, Stats
from sendbot.storage.history import HistoryEntry, another_base_text

NOTHING_CHANGED = "Nothing was changed."
GAPS_PER_PAGE = 5
PREVIEW_LINE_LIMIT = 300
PREVIEW_LIMIT = 3500  # of the description's 4,096, beside its first line
SHOWN_COLLISIONS = 5
ACTIONS = {
    "add": "added",
    "edit": "edited",
    "alias": "added a question to",
    "remove": "removed",
    "add-source": "added the source",
    "replace": "imported",
    "undo": "undid a change to",
    "redo": "redid a change to",
}


def code(text: str) -> str:
    """An id in inline code; ids are slugs, but a backtick could only break the span."""
    return "`" + text.replace("`", "'") + "`"


# --- refusals -------------------------------------------------------------------------------


def problem_line(problem: Problem) -> str:
    """`• **facts[x].quote**: not found verbatim … (file.yaml, line 12)`."""
    where = PurePath(problem.file).name or problem.file
    if problem.line:
        where += f", line {problem.line}"
    field = f"**{escape(problem.field)}**: " if problem.field else ""
    return f"• {field}{escape(problem.message)} ({escape(where)})"


def problems_text(problems: Sequence[Problem], heading: str, limit: int = MESSAGE_LIMIT) -> str:
    lines = [heading, *(clip(problem_line(p), 400) for p in problems)]
    return clip(lines_within(lines, limit), limit)


def refusal_text(error: KnowledgeError | StoreError, what: str = "The change") -> str:
    """What a moderator reads when the store refused a change (or a file, for `what`)."""
    if isinstance(error, StaleRevision):
        return stale_text(error)
    if isinstance(error, NothingToDo):  # not refused: nothing to do
        said = str(error)
        return clip(f"{escape(said[:1].upper() + said[1:])}. {NOTHING_CHANGED}", MESSAGE_LIMIT)
    if isinstance(error, KnowledgeError):
        count = len(error.problems)
        heading = (
            f"{NOTHING_CHANGED} {what} does not pass validation "
            f"({count} problem{'s' if count != 1 else ''}):"
        )
        return problems_text(error.problems, heading)
    return clip(f"{NOTHING_CHANGED} Refused: {escape(str(error))}.", MESSAGE_LIMIT)


def renamed_copy_text(name: str, original: str) -> str:
    """Under the refusal of an upload holding the written answer of `original`: an edited
    export saved again comes back as "X (1).yaml" (uploaded as "X_1.yaml"), refused as that
    answer a second time with "edit that source instead", which is what the moderator did."""
    return (
        f"-# {escape(name)} is a copy of {escape(original)}: to replace that file with it, "
        f"run /kb import again with `name: {escape(original)}`."
    )


def stale_text(error: StaleRevision) -> str:
    return (
        "The knowledge base changed since you opened this (you saw revision "
        f"{error.expected}, it is now {error.actual}); reopen it and make your change again. "
        f"{NOTHING_CHANGED}"
    )


def form_stale_text(error: StaleRevision) -> str:
    """A form refused as stale: the button under it opens the form again with what was typed,
    so "reopen it and make your change again" told the moderator to type it all once more."""
    return (
        "The knowledge base changed since you opened this form (you saw revision "
        f"{error.expected}, it is now {error.actual}). {NOTHING_CHANGED}"
    )


# --- saved changes --------------------------------------------------------------------------


def added_by_change(before: SelfTest, after: SelfTest) -> SelfTest:
    """What the self-test after a change finds that the one before did not: the shipped base
    has ties and weak matches that every save reported again, hiding the one a change made.
    A tie that became a collision is new; a collision that became a tie is not."""
    was_collision = set(before.collisions)
    was_either = {(c.question, c.fact_id) for c in (*before.collisions, *before.ties)}
    was_weak = {(w.question, w.fact_id) for w in before.weak}
    return SelfTest(
        after.questions,
        tuple(c for c in after.collisions if c not in was_collision),
        tuple(w for w in after.weak if (w.question, w.fact_id) not in was_weak),
        tuple(t for t in after.ties if (t.question, t.fact_id) not in was_either),
    )


def selftest_lines(before: SelfTest, after: SelfTest, limit: int = SHOWN_COLLISIONS) -> list[str]:
    """What this change added to the self-test, each question it made collide, tie or go
    unanswered; the rest is for /kb test."""
    added = added_by_change(before, after)
    checked = f"Self-test: {after.questions:,} question{'' if after.questions == 1 else 's'}"
    found = [
        *(_collision_line(c) for c in (*added.collisions, *added.ties)),
        *(
            f"• “{escape(clip(w.question, 150))}” belongs to {code(w.fact_id)} but "
            f"{w.reply_text(now=True)}"
            for w in added.weak
        ),
    ]
    if not found:
        return [f"{checked} checked; this change made no new collision, tie or weak match."]
    counts = ", ".join(
        f"{len(items)} {name}"
        for items, name in (
            (added.collisions, "collision(s)"),
            (added.ties, "tie(s)"),
            (added.weak, "weak match(es)"),
        )
        if items
    )
    lines = [f"{checked} checked; this change made {counts}:", *found[:limit]]
    if len(found) > limit:
        lines.append(f"…and {len(found) - limit} more: run /kb test")
    return lines


def _collision_line(collision: Collision) -> str:
    return (
        f"• “{escape(clip(collision.question, 150))}” belongs to {code(collision.fact_id)} "
        + ("but matches " if collision.tie else "but is answered by ")
        + f"{code(collision.answered_by)}"
        + (" as closely" if collision.tie else "")
    )


def change_summary(entry: HistoryEntry) -> str:
    """`alias `special-schools-opened` (questions)`, for one line."""
    subject = code(entry.fact_id) if entry.fact_id else escape(entry.file)
    what = f"{entry.action} {subject}"
    if entry.undoes is not None:
        what += f" (reverts #{entry.undoes})"
    elif entry.redoes is not None:
        what += f" (redo of #{entry.redoes})"
    elif entry.fields and not entry.whole_file:
        what += f" ({escape(', '.join(entry.fields))})"
    return what


def undo_question_text(
    target: HistoryEntry, revision: int, other_base: HistoryEntry | None = None
) -> str:
    """What /kb undo asks before it reverts `target`: the change, who made it and when (and
    that the newest change in the data directory, `other_base`, is another base's)."""
    question = (
        f"Undo change #{target.seq}, {change_summary(target)}, made by "
        f"{shown_actor(target.actor)} on {shown_time(target.time)}? The knowledge base goes "
        f"back to how it was before it; /kb redo brings it back. (Revision {revision}.)"
    )
    return clip("\n".join([question, *other_base_lines(other_base)]), MESSAGE_LIMIT)


def redo_question_text(
    undo: HistoryEntry, revision: int, other_base: HistoryEntry | None = None
) -> str:
    """What /kb redo asks before it re-applies the change `undo` reverted: which change, who
    undid it and when (and that the newest change in the data directory is another base's).
    /kb redo acted at once while /kb undo asked first: one slip brought back a change a
    moderator had just taken out."""
    subject = code(undo.fact_id) if undo.fact_id else escape(undo.file)
    question = (
        f"Redo change #{undo.undoes} ({subject}), undone by {shown_actor(undo.actor)} on "
        f"{shown_time(undo.time)} in change #{undo.seq}? It comes back as it was before that "
        f"undo; /kb undo reverts it again. (Revision {revision}.)"
    )
    return clip("\n".join([question, *other_base_lines(other_base)]), MESSAGE_LIMIT)


def other_base_lines(other_base: HistoryEntry | None) -> list[str]:
    """The note that undo and redo acted on this base's newest change, not on `other_base`,
    the newest in the data directory, made to another base served with it."""
    if other_base is None:
        return []
    return [f"-# Note: {escape(another_base_text(other_base))}."]


def not_announced_text(channel_ids: Sequence[int]) -> str:
    """For the moderator, when the audit channel refused the note of their change."""
    channels = ", ".join(f"<#{channel}>" for channel in channel_ids)
    # The refusal does not say which permission is lacking: name all an audit channel needs.
    *first, last = missing_to_post(0)
    needed = f"{', '.join(first)} and {last}"
    return (
        f"-# Not announced in {channels}: I may not post there. An admin can give me {needed} "
        "there, or choose another channel with /settings audit."
    )


def saved_text(
    entry: HistoryEntry,
    before: SelfTest,
    after: SelfTest,
    other_base: HistoryEntry | None = None,
) -> str:
    """The confirmation a moderator gets: what was saved, the new revision, and what the
    change added to the self-test (`before` and `after` it); for an undo or redo, that the
    newest change before it, `other_base`, was another base's."""
    lines = [
        f"Saved change #{entry.seq}: {change_summary(entry)}. "
        f"The knowledge base is now at revision {entry.revision_after} "
        f"(was {entry.revision_before}); answers use it from now on.",
        *selftest_lines(before, after),
        *other_base_lines(other_base),
    ]
    lines.append(f"-# {next_step(entry)}")
    return lines_within(lines, MESSAGE_LIMIT)


def alias_left_unanswered(question: str, fact_id: str, why: str) -> str:
    """After an alias is saved: that the question, asked now, is still not answered with its
    fact, and `why` (storage.alias_check). A /kb gaps button adds "how many special schools
    are there" to the fact of schools *opened* in one click; the moderator, told only
    "Saved", found it in /kb gaps again as "still not answered"."""
    return (
        f"-# Asked now, “{escape(question)}” is still not answered with {code(fact_id)}: "
        f"{escape(why)} /kb undo takes the question out again if it is not what the fact says."
    )


def next_step(entry: HistoryEntry) -> str:
    """How to take a saved change back: after an undo, /kb undo would revert an older change."""
    if entry.action == "undo":
        return "/kb redo brings it back, until someone saves a newer change."
    return "/kb undo reverts it, until someone saves a newer change."


# --- the audit log --------------------------------------------------------------------------


def _markdown_side(change: FieldChange, *, after: bool) -> str:
    """One field as it was (`after` False) or is: `**questions** (4)` and `- a question`."""
    return "\n".join(side_lines(change, after=after, name=_bold, value=escape))


def _bold(name: str) -> str:
    return f"**{name}**"


def record_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, fields: Iterable[str]
) -> tuple[str, str]:
    """Before and after texts showing only the changed fields of a fact (what `sendbot kb`
    prints as plain text: knowledge.field_changes)."""
    if before is None and after is None:
        return "", ""
    changes = field_changes(before, after, fields)
    old_all = "\n".join(_markdown_side(c, after=False) for c in changes)
    new_all = "\n".join(_markdown_side(c, after=True) for c in changes)
    return (old_all if before is not None else NOT_THERE, new_all if after is not None else REMOVED)


def _fields_for(entry: HistoryEntry) -> tuple[str, ...]:
    return fields_to_show(entry.before, entry.after, entry.fields)


def _who(name: str, user_id: int | None) -> str:
    """A moderator as the audit channel names them: display name, then the id (names
    change; the id does not)."""
    shown = f"**{escape(clip(name, 100))}**"
    return f"{shown} (`{user_id}`)" if user_id is not None else shown


def audit_embed(entry: HistoryEntry, who: str, who_id: int | None = None) -> EmbedSpec:
    """The audit channel's note of one saved change: who, what, and before and after."""
    subject = code(entry.fact_id) if entry.fact_id else escape(entry.file)
    verb = ACTIONS.get(entry.action, entry.action)
    description = f"{_who(who, who_id)} {verb} {subject}"
    if entry.undoes is not None:
        description += f" (reverting change #{entry.undoes})"
    elif entry.redoes is not None:
        description += f" (redoing change #{entry.redoes})"
    elif entry.action == "add-source" and entry.document:
        # The written answer the facts quote, kept beside them: where to check them later.
        description += f" with its document {escape(entry.document)}"
    description += f".\nRevision {entry.revision_before} → {entry.revision_after}."
    fields: list[Field] = []
    if entry.whole_file:
        description += "\n" + lines_within([escape(line) for line in entry.fields], 3000)
    else:
        before, after = record_changes(entry.before, entry.after, _fields_for(entry))
        fields = [
            Field("Before", clip(before or "—", FIELD_VALUE_LIMIT)),
            Field("After", clip(after or "—", FIELD_VALUE_LIMIT)),
        ]
    return fit(
        EmbedSpec(
            title=clip(f"Knowledge base change #{entry.seq}", 256),
            description=description,
            fields=tuple(fields),
            # The file alone: Discord shows the time beside it, in each reader's time zone.
            footer=entry.file,
            timestamp=utc_time(entry.time),
        )
    )


def reverting_embed(entry: HistoryEntry, label: str) -> EmbedSpec | None:
    """What pressing `label` (Undo or Redo) does to the fact `entry` changed: `entry` is the
    change an undo reverts, or the undo a redo reverts, so its fact goes from `after` back to
    `before`. "Undo change #1, alias (questions)" did not say which question would go. None
    for a whole file (an import), whose confirmation names the file."""
    if entry.fact_id is None or entry.whole_file:
        return None
    now, then = record_changes(entry.after, entry.before, _fields_for(entry))
    return fit(
        EmbedSpec(
            title=clip(f"{label}: {entry.fact_id}", 256),
            fields=(
                Field("Now", clip(now or "—", FIELD_VALUE_LIMIT)),
                Field(f"After the {label.lower()}", clip(then or "—", FIELD_VALUE_LIMIT)),
            ),
            footer=entry.file,
        )
    )


def invalid_files_embed(problems: Sequence[Problem], serving: int) -> EmbedSpec:
    """The knowledge files on disk were edited and no longer load."""
    heading = (
        "The knowledge files on disk changed but do not load. Still answering from the last "
        f"good version (revision {serving}). Fix these, or restore the file:"
    )
    return fit(
        EmbedSpec(
            title="Knowledge files do not load",
            description=problems_text(problems, heading, DESCRIPTION_LIMIT),
        )
    )


def reloaded_text(
    before: int, after: int, facts: int, who: str | None = None, who_id: int | None = None
) -> str:
    start = f"{_who(who, who_id)} reloaded" if who else "Reloaded"
    return clip(
        f"{start} the knowledge files from disk: revision {before} → {after}, {facts} facts.",
        MESSAGE_LIMIT,
    )


# --- lists ----------------------------------------------------------------------------------


def utc_time(time: str) -> dt.datetime | None:
    """A time history or the gap log recorded ("2024-02-09T10:00:00Z"); None if it does not
    parse."""
    try:
        when = dt.datetime.fromisoformat(time.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def shown_time(time: str) -> str:
    """A recorded UTC time as Discord's timestamp markup, which each reader sees in their own
    time zone (the raw ISO text, Z and all, when it does not parse)."""
    when = utc_time(time)
    return escape(time) if when is None else format_dt(when, "f")


# How history records a Discord moderator (`discord_actor`): "discord:ID (display name)".
_DISCORD_ACTOR = re.compile(r"discord:(\d+) \((.*)\)")


def shown_actor(actor: str) -> str:
    """Who made a change, as the audit channel names them: "Moderator Mo (`123…`)", the name
    first and the id beside it, rather than history's "discord:123… (Moderator Mo)". A
    command-line actor (`cli:user`) is shown as recorded."""
    found = _DISCORD_ACTOR.fullmatch(actor)
    if found is None:
        return escape(actor)
    user_id, name = found.groups()
    return f"{escape(clip(name, 100))} (`{user_id}`)"


def left_out_text(count: int, one: str, many: str) -> str:
    """ "Not shown: 3 changes made to other knowledge bases served with this data directory
    (SENDBOT_DATA)."; "" for none."""
    if not count:
        return ""
    return (
        f"Not shown: {count} {one if count == 1 else many} other knowledge bases served with "
        "this data directory (SENDBOT_DATA)."
    )


# Why a base's change numbers skip when its data directory serves another base too; its
# revisions do not skip (each base has its own, see storage.history.REVISION_OFFSET).
NUMBERS_SKIP = (
    "Change numbers count every change in the data directory, so they skip those; "
    "revisions are this knowledge base's own."
)


def no_such_fact(fact_id: str, close: Sequence[str]) -> str:
    """One line: there is no such fact, and the ids closest to what was typed."""
    text = f"There is no fact with id {code(clip(fact_id, 100))}, and no saved change names it."
    if close:
        text += " Did you mean " + ", ".join(code(other) for other in close) + "?"
    return text


def history_embed(
    entries: Sequence[HistoryEntry],
    fact_id: str | None = None,
    *,
    page: int = 1,
    left_out: int = 0,
    unknown: Sequence[str] | None = None,
) -> EmbedSpec:
    """`unknown`: `fact_id` names no fact in the base (the ids closest to it, maybe none);
    "/kb history fact:nope" said "No saved changes yet." as if the fact were just unchanged."""
    title = f"Changes to {fact_id}" if fact_id else "Knowledge base changes"
    footer = (
        "Newest first · /kb undo reverts the newest change not yet undone · "
        "/kb redo brings back what the newest undo reverted"
    )
    if page > 1:
        footer = f"Page {page}, older changes · newest first"
    others = left_out_text(left_out, "change made to", "changes made to")
    if others:
        # Change numbers are the data directory's, revisions the base's: say why #s skip.
        others += f" {NUMBERS_SKIP}"
        footer += f"\n{others}"
    if not entries and fact_id and unknown is not None:
        return EmbedSpec(title=escape(clip(title, 200)), description=no_such_fact(fact_id, unknown))
    if not entries:
        return EmbedSpec(
            title=escape(clip(title, 200)), description="No saved changes yet.", footer=others
        )
    lines = [
        f"**#{entry.seq}** {shown_time(entry.time)} · {shown_actor(entry.actor)} · "
        f"{change_summary(entry)}"
        f" · revision {entry.revision_before} → {entry.revision_after}"
        for entry in entries
    ]
    return fit(
        EmbedSpec(
            title=escape(clip(title, 200)),
            description=lines_within(lines, DESCRIPTION_LIMIT),
            footer=footer,
        )
    )


@dataclass(frozen=True, slots=True)
class GapRow:
    """One unanswered question as the /kb gaps page shows it."""

    number: int
    gap: Gap
    top: tuple[str, str] | None  # (fact id, label) of the fact suggested most often
    now: str | None  # the fact the question is answered with now, if any


# The counts live in the bot's data directory, not in the knowledge base: a fact removed or a
# base swapped keeps its history, and a terminal chat run with the same directory adds to it.
COUNTED_WHERE = (
    "Counted in this bot's data directory (SENDBOT_DATA), for every knowledge base it has "
    "served there, `sendbot chat` with the same directory included."
)
# The gap log notes the base each question was asked of, and lists this one's.
GAPS_COUNTED_WHERE = (
    "Counted in this bot's data directory (SENDBOT_DATA) for this knowledge base, "
    "`sendbot chat` with the same directory and base included."
)


def _times(count: int) -> str:
    """'1 time', '3 times': a question asked once read 'asked 1 times (declined 1 times)'."""
    return f"{count} time{'' if count == 1 else 's'}"


def _reasons(gap: Gap) -> str:
    # "partial": on topic, but the source lacks the detail asked (the bot answers in part,
    # with a related fact). Counted as "abstained" until it was noted apart: those counts
    # are "declined or partial".
    names = {
        "abstained": "declined",
        "partial": "partial",
        BEFORE_PARTIAL: "declined or partial",
        "not-what-i-asked": "“not what I asked”",
    }
    counts = sorted(gap.reasons.items())
    return ", ".join(f"{names.get(reason, reason)} {_times(count)}" for reason, count in counts)


def gaps_embed(
    rows: Sequence[GapRow], page: int, pages: int, total: int, left_out: int = 0
) -> EmbedSpec:
    others = left_out_text(left_out, "question asked of", "questions asked of")
    counted = f"{GAPS_COUNTED_WHERE} {others}".strip()
    if not rows:
        return EmbedSpec(
            title="Unanswered questions",
            description="No unanswered questions recorded. Nothing to fix.",
            footer=counted,
        )
    lines = []
    for row in rows:
        gap = row.gap
        line = (
            f"**{row.number}.** “{escape(clip(gap.question, 200))}”\n"
            f"asked {_times(gap.count)} ({_reasons(gap)}), last {shown_time(gap.last)}"
        )
        if row.top is not None:
            line += f"\nmost offered: {escape(clip(row.top[1], 80))} {code(row.top[0])}"
        line += f"\nnow answered with {code(row.now)}" if row.now else "\nnow: still not answered"
        lines.append(line)
    return fit(
        EmbedSpec(
            title="Unanswered questions, most asked first",
            description=lines_within(lines, DESCRIPTION_LIMIT),
            footer=(
                f"Page {page} of {pages} · {total} question(s) · a button adds the question "
                f"to a fact as another way of asking\n{counted}"
            ),
        )
    )


def _preview_line(line: str) -> str:
    """One line of an import preview, its value clipped so one long quote cannot crowd out
    the rest; escaped after its indent, which escaping "    - a question" would put a
    backslash before."""
    body = line.lstrip(" ")
    return line[: len(line) - len(body)] + escape(clip(body, PREVIEW_LINE_LIMIT))


def diff_embed(file_name: str, diff: KbDiff, revision: int) -> EmbedSpec:
    """What an import would change, before the moderator confirms it."""
    if not diff:
        description = f"{escape(file_name)} already says exactly that: nothing would change."
    else:
        lines = [_preview_line(line) for line in diff.lines(values=True)]
        if len("\n".join(lines)) > PREVIEW_LIMIT:
            # The values of many facts would push later facts out: every fact named comes first.
            lines = [escape(line) for line in diff.lines()]
        description = (
            f"Importing {escape(file_name)} would make these changes (revision {revision} now):\n"
            + lines_within(lines, PREVIEW_LIMIT)
        )
    return fit(
        EmbedSpec(
            title="Import preview",
            description=description,
            footer="+ added · - removed · ~ changed. Nothing is saved until you press Import.",
        )
    )


def selftest_embed(report: SelfTest) -> EmbedSpec:
    fields = []
    if report.collisions:
        lines = [
            f"• “{escape(clip(c.question, 150))}” ({code(c.fact_id)}) "
            f"{'ties with' if c.tie else '→'} {code(c.answered_by)}"
            for c in report.collisions
        ]
        fields.append(
            Field(f"Collisions ({len(report.collisions)})", lines_within(lines, FIELD_VALUE_LIMIT))
        )
    if report.ties:
        lines = [
            f"• “{escape(clip(t.question, 150))}” ({code(t.fact_id)}) "
            f"ties with {code(t.answered_by)}"
            for t in report.ties
        ]
        fields.append(Field(f"Ties ({len(report.ties)})", lines_within(lines, FIELD_VALUE_LIMIT)))
    if report.overruled:
        lines = [
            f"• “{escape(clip(o.question, 150))}” ({code(o.fact_id)}) → {code(o.answered_by)}"
            + (f" ({o.score:.2f})" if o.score is not None else "")
            for o in report.overruled
        ]
        fields.append(
            Field(
                f"Overruled by a rule ({len(report.overruled)})",
                lines_within(lines, FIELD_VALUE_LIMIT),
            )
        )
    if report.weak:
        lines = [
            f"• “{escape(clip(w.question, 150))}” ({code(w.fact_id)}) {w.reply_text()}"
            for w in report.weak
        ]
        fields.append(
            Field(f"Weak matches ({len(report.weak)})", lines_within(lines, FIELD_VALUE_LIMIT))
        )
    verdict = "No collisions." if report.ok else "Collisions need fixing."
    return fit(
        EmbedSpec(
            title="Knowledge base self-test",
            description=(
                f"{report.summary()}. {verdict}\n"
                "A collision: a fact's own question is answered with another fact. A tie: it is "
                "answered with its own fact, but another matches it as closely, so any edit may "
                "change which. A weak match: a fact's own question that its fact does not answer "
                "(the reply is partial or declined). Overruled: the matcher gives it to its fact, "
                "but a rule beyond it (the newest figure of a measure, the period asked) answers "
                "with another; not a failure. Each question is asked as a reply is made, so this "
                "is what people asking it are told.\n"
                "To fix a collision or tie, reword the question with `/kb edit` so it asks for "
                "what only its fact gives, or remove it there; for a weak match, add a plainer "
                "phrasing with `/kb alias`."
            ),
            fields=tuple(fields),
        )
    )


def stats_embed(stats: Stats, kb: KnowledgeBase) -> EmbedSpec:
    asked = stats.answers + stats.abstains
    rate = f"{stats.abstains / asked:.0%}" if asked else "—"
    lines = []
    for number, (fact_id, count) in enumerate(stats.top_facts, start=1):
        fact = kb.fact(fact_id)
        label = escape(clip(fact.label, 80)) if fact else "(no longer in the knowledge base)"
        lines.append(f"**{number}.** {label} {code(fact_id)}: {_times(count)}")
    return fit(
        EmbedSpec(
            title="What people ask",
            description=(
                f"Answered: {stats.answers} · not answered (declined or partial): {stats.abstains}"
                f" · not answered share: {rate}"
            ),
            fields=(
                Field("Most asked facts", lines_within(lines, FIELD_VALUE_LIMIT) or "None yet."),
            ),
            footer=f"/kb gaps lists the questions I declined or answered in part\n{COUNTED_WHERE}",
        )
    )
