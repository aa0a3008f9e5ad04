"""What moderators read: refusals, confirmations, gaps, history, diffs, the self-test, stats and
the audit log. Within Discord's limits, escaped, no mocks."""

from __future__ import annotations

import datetime as dt

from sendbot.answering.selftest import Collision, SelfTest, WeakMatch
from sendbot.discord_app.exts.kb_admin._render import (
    GapRow,
    audit_embed,
    diff_embed,
    gaps_embed,
    history_embed,
    invalid_files_embed,
    lines_within,
    refusal_text,
    reloaded_text,
    saved_text,
    selftest_embed,
    stats_embed,
    undo_question_text,
)
from sendbot.discord_app.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    MESSAGE_LIMIT,
    TITLE_LIMIT,
    EmbedSpec,
)
from sendbot.discord_app.send import to_embed
from sendbot.knowledge.edits import FactDiff, KbDiff
from sendbot.knowledge.errors import (
    DuplicateQuestion,
    FactNotFound,
    KnowledgeError,
    Problem,
    StaleRevision,
)
from sendbot.knowledge.model import Fact, KnowledgeBase, KnowledgeFile, Source, Speaker
from sendbot.storage.gaps import Gap, Stats
from sendbot.storage.history import HistoryEntry
from tests.knowledge.builders import placeholder_fact

EVERYONE = "@everyone"
ROLE_PING = "<@&123456789012345678>"


def within_limits(spec: EmbedSpec) -> None:
    assert len(spec.title) <= TITLE_LIMIT
    assert len(spec.description) <= DESCRIPTION_LIMIT
    assert all(len(f.name) <= FIELD_NAME_LIMIT for f in spec.fields)
    assert all(len(f.value) <= FIELD_VALUE_LIMIT for f in spec.fields)
    assert spec.total_length <= EMBED_TOTAL_LIMIT


def entry(**changes: object) -> HistoryEntry:
    values: dict[str, object] = {
        "seq": 7,
        "time": "2024-02-09T10:00:00Z",
        "actor": "discord:mod",
        "action": "alias",
        "file": "send-ap.yaml",
        "fact_id": "special-schools-opened",
        "fields": ("questions",),
        "before": {"id": "special-schools-opened", "questions": ["how many opened?"]},
        "after": {
            "id": "special-schools-opened",
            "questions": ["how many opened?", "special school count"],
        },
        "revision_before": 4,
        "revision_after": 5,
    }
    values.update(changes)
    return HistoryEntry(**values)  # type: ignore[arg-type]


def kb_with(*facts: Fact) -> KnowledgeBase:
    source = Source(
        id="src",
        title="T",
        kind="written answer",
        department="DfE",
        answered=dt.date(2024, 2, 8),
        answered_by=Speaker("N", "R"),
        licence="L",
        document="d.txt",
        text="",
    )
    return KnowledgeBase((KnowledgeFile("f.yaml", source, facts),))


def fact(fact_id: str, title: str) -> Fact:
    return placeholder_fact(fact_id, dt.date(2024, 2, 8), title=title)


CLEAN = SelfTest(630, (), ())


def test_lines_within_keeps_whole_lines_and_counts_the_rest() -> None:
    lines = [f"line {n}" for n in range(100)]
    text = lines_within(lines, 60)
    assert len(text) <= 60
    kept = text.splitlines()
    assert kept[-1] == f"…and {100 - len(kept) + 1} more"
    assert kept[:-1] == lines[: len(kept) - 1]
    assert lines_within(["a", "b"], 10) == "a\nb"


def test_validation_refusal_lists_field_message_and_line() -> None:
    error = KnowledgeError(
        [
            Problem("/srv/kb/send-ap.yaml", None, "facts[x].quote", "not found verbatim"),
            Problem("/srv/kb/send-ap.yaml", 12, "", "YAML syntax error: bad indent"),
        ]
    )
    text = refusal_text(error, "The file")
    assert text.splitlines() == [
        "Nothing was changed. The file does not pass validation (2 problems):",
        "• **facts[x].quote**: not found verbatim (send-ap.yaml)",
        "• YAML syntax error: bad indent (send-ap.yaml, line 12)",
    ]
    assert "/srv/kb" not in text  # no server paths


def test_refusals_escape_mentions_and_fit_a_message() -> None:
    many = KnowledgeError(
        [
            Problem("f.yaml", n, "statement", f"{EVERYONE} {ROLE_PING} " + "x" * 300)
            for n in range(50)
        ]
    )
    text = refusal_text(many)
    assert len(text) <= MESSAGE_LIMIT
    assert EVERYONE not in text and ROLE_PING not in text
    assert text.splitlines()[-1].startswith("…and ")
    duplicate = refusal_text(DuplicateQuestion("fact", f"{EVERYONE} hi"))
    assert duplicate.startswith("Nothing was changed. Refused: ")
    assert EVERYONE not in duplicate
    assert refusal_text(FactNotFound("nope")) == (
        "Nothing was changed. Refused: there is no fact with id 'nope'."
    )


def test_stale_revision_says_to_reopen() -> None:
    text = refusal_text(StaleRevision(4, 5))
    assert text == (
        "The knowledge base changed since you opened this (you saw revision 4, it is now 5); "
        "reopen it and make your change again. Nothing was changed."
    )


def test_saved_text_has_the_new_revision_and_what_the_change_added_to_the_self_test() -> None:
    report = SelfTest(
        631,
        tuple(Collision(f"q{n}", "a", "b") for n in range(7)),
        (WeakMatch("w", "a", 0.3),),
    )
    lines = saved_text(entry(), CLEAN, report).splitlines()
    assert lines[0] == (
        "Saved change #7: alias `special-schools-opened` (questions). The knowledge base is now "
        "at revision 5 (was 4); answers use it from now on."
    )
    assert lines[1] == (
        "Self-test: 631 questions checked; this change made 7 collision(s), 1 weak match(es):"
    )
    assert lines[2] == "• “q0” belongs to `a` but is answered by `b`"
    assert lines[-2] == "…and 3 more: run /kb test"
    assert lines[-1] == "-# /kb undo reverts it, until someone saves a newer change."
    undone = saved_text(entry(action="undo", undoes=6), CLEAN, CLEAN).splitlines()
    assert "/kb undo" not in "\n".join(undone)
    assert undone[-1] == "-# /kb redo brings it back, until someone saves a newer change."
    redone = saved_text(entry(action="redo", redoes=6), CLEAN, CLEAN).splitlines()
    assert redone[0].startswith("Saved change #7: redo `special-schools-opened` (redo of #6).")
    assert redone[-1] == "-# /kb undo reverts it, until someone saves a newer change."


def test_a_save_reports_only_what_it_added_to_the_self_test() -> None:
    # The shipped base has ties and weak matches of its own: reported on every save, they
    # hid the one a change made.
    tie = Collision("how many special schools?", "a", "b", tie=True)
    weak = WeakMatch("what is the budget?", "c", 0.31)
    before = SelfTest(2201, (), (weak,), (tie,))
    same = saved_text(entry(), before, SelfTest(2202, (), (weak,), (tie,))).splitlines()
    assert same[1] == (
        "Self-test: 2,202 questions checked; this change made no new collision, tie or weak match."
    )

    worse = SelfTest(
        2202,
        (Collision(tie.question, "a", "b"),),  # the tie is now answered by the other fact
        (weak, WeakMatch("how much for transport?", "d", 0.2)),
        (Collision("who runs the review?", "e", "a", tie=True),),
    )
    assert saved_text(entry(), before, worse).splitlines()[1:5] == [
        "Self-test: 2,202 questions checked; this change made 1 collision(s), 1 tie(s), "
        "1 weak match(es):",
        "• “how many special schools?” belongs to `a` but is answered by `b`",
        "• “who runs the review?” belongs to `e` but matches `a` as closely",
        "• “how much for transport?” belongs to `d` but is now declined (score 0.20)",
    ]


def test_undo_says_when_the_newest_change_in_the_data_directory_is_another_bases() -> None:
    other = entry(seq=8, base="/srv/other-kb", fact_id="high-needs-budget")
    note = (
        "-# Note: change #8 (alias high-needs-budget), the newest in this data directory, was "
        "made to another knowledge base, /srv/other-kb, and is left as it is."
    )
    asked = undo_question_text(entry(base="/srv/kb"), 5, other).splitlines()
    assert asked[0].startswith("Undo change #7, alias `special-schools-opened` (questions), ")
    assert asked[1:] == [note]
    assert len(undo_question_text(entry(base="/srv/kb"), 5).splitlines()) == 1
    undone = entry(seq=9, action="undo", undoes=7)
    assert saved_text(undone, CLEAN, CLEAN, other).splitlines()[-2:] == [
        note,
        "-# /kb redo brings it back, until someone saves a newer change.",
    ]


def test_audit_names_who_escaped_what_and_before_after() -> None:
    spec = audit_embed(entry(), f"Mo {EVERYONE} *star* {ROLE_PING}")
    within_limits(spec)
    assert spec.title == "Knowledge base change #7"
    assert spec.description == (
        "**Mo @\u200beveryone \\*star\\* <@\u200b&123456789012345678>** added a question to "
        "`special-schools-opened`.\nRevision 4 → 5."
    )
    assert [(f.name, f.value) for f in spec.fields] == [
        ("Before", "**questions** (1)"),
        ("After", "**questions** (2)\n+ special school count"),
    ]
    # The time as Discord's embed timestamp, which each reader sees in their own time zone
    # (a footer shows <t:...> markup as typed); the footer names the file.
    assert spec.footer == "send-ap.yaml"
    assert spec.timestamp == dt.datetime(2024, 2, 9, 10, 0, tzinfo=dt.UTC)
    assert to_embed(spec).to_dict()["timestamp"] == "2024-02-09T10:00:00+00:00"


def test_audit_of_an_edit_a_removal_an_undo_and_an_import() -> None:
    edit = audit_embed(
        entry(
            action="edit",
            fields=("statement",),
            before={"statement": "Old."},
            after={"statement": "New " + "y" * 3000},
        ),
        "Mo",
    )
    within_limits(edit)
    assert edit.fields[0].value == "**statement**: Old."
    assert edit.fields[1].value.startswith("**statement**: New y")
    removed = audit_embed(
        entry(
            action="remove", before={"statement": "S", "quote": "Q", "questions": ["q"]}, after=None
        ),
        "Mo",
    )
    assert "Mo** removed `special-schools-opened`" in removed.description
    assert removed.fields[1].value == "(removed)"
    assert "**statement**: S" in removed.fields[0].value
    undo = audit_embed(entry(action="undo", undoes=6), "Mo")
    assert "undid a change to `special-schools-opened` (reverting change #6)" in undo.description
    redo = audit_embed(entry(action="redo", redoes=6), "Mo")
    assert "redid a change to `special-schools-opened` (redoing change #6)" in redo.description
    redone_import = audit_embed(
        entry(action="redo", redoes=6, fact_id=None, fields=("+ source new",)), "Mo"
    )
    assert redone_import.description.endswith("Revision 4 → 5.\n+ source new")
    imported = audit_embed(
        entry(action="replace", fact_id=None, fields=("+ new-fact", "~ old-fact: quote")), "Mo"
    )
    assert "imported send-ap.yaml" in imported.description
    assert imported.description.endswith("Revision 4 → 5.\n+ new-fact\n\\~ old-fact: quote")
    assert imported.fields == ()
    added = audit_embed(
        entry(action="add-source", fact_id=None, fields=("+ source new", "+ new-fact")), "Mo"
    )
    assert "Mo** added the source send-ap.yaml" in added.description
    # An ingest keeps the written answer beside the facts: the note says where.
    ingested = audit_embed(
        entry(action="add-source", fact_id=None, fields=(), document="sources/new.txt"), "Mo"
    )
    assert "added the source send-ap.yaml with its document sources/new.txt." in (
        ingested.description
    )
    assert added.description.endswith("\n+ source new\n+ new-fact") and added.fields == ()


def test_history_newest_first_within_limits() -> None:
    entries = [entry(seq=n, actor=f"discord:{EVERYONE}") for n in range(200, 0, -1)]
    spec = history_embed(entries)
    within_limits(spec)
    # Discord shows <t:...:f> in each reader's own time zone: 2024-02-09T10:00:00Z here.
    assert spec.description.splitlines()[0].startswith("**#200** <t:1707472800:f> · discord:")
    assert EVERYONE not in spec.description
    assert spec.description.splitlines()[-1].startswith("…and ")
    assert history_embed([], "x").description == "No saved changes yet."


def test_history_names_a_moderator_as_the_audit_channel_does() -> None:
    """It showed "discord:123456789012345678 (Moderator Mo)" where the audit channel shows
    "**Moderator Mo** (`123456789012345678`)": the name first, the id beside it."""
    rows = [
        entry(seq=2, actor="discord:123456789012345678 (Moderator *Mo*)"),
        entry(seq=1, actor="cli:root"),
    ]
    first, second = history_embed(rows).description.splitlines()
    assert " · Moderator \\*Mo\\* (`123456789012345678`) · " in first
    assert " · cli:root · " in second


def test_history_footer_names_undo_and_redo() -> None:
    """It named /kb undo only, though /kb redo takes back an undo made by mistake."""
    assert history_embed([entry(seq=1)]).footer == (
        "Newest first · /kb undo reverts the newest change not yet undone · "
        "/kb redo brings back what the newest undo reverted"
    )


def test_history_says_how_many_changes_to_other_bases_it_leaves_out() -> None:
    """/kb history lists this knowledge base's changes only, once one data directory has
    served several; the footer counts the others."""
    assert history_embed([entry(seq=3)], left_out=1).footer.endswith(
        "\nNot shown: 1 change made to other knowledge bases served with this data directory "
        "(SENDBOT_DATA). Change numbers count every change in the data directory, so they skip "
        "those; revisions are this knowledge base's own."
    )
    assert history_embed([], left_out=2).footer.startswith(
        "Not shown: 2 changes made to other knowledge bases served with this data directory "
        "(SENDBOT_DATA). Change numbers count every change"
    )
    assert "Not shown" not in history_embed([entry(seq=3)]).footer


def test_gaps_page_within_limits() -> None:
    gap = Gap(
        question=f"what about {EVERYONE} " + "long " * 100,
        count=3,
        first="2024-02-01T00:00:00Z",
        last="2024-02-09T00:00:00Z",
        reasons={"abstained": 2, "not-what-i-asked": 1},
        suggested=("high-needs-budget",),
    )
    rows = [
        GapRow(1, gap, ("high-needs-budget", "High needs budget"), None),
        GapRow(2, gap, None, "special-schools-opened"),
    ]
    spec = gaps_embed(rows, 1, 3, 12)
    within_limits(spec)
    lines = spec.description.splitlines()
    assert lines[0].startswith("**1.** “what about @\u200beveryone long long")
    assert lines[1] == (
        "asked 3 times (declined 2 times, “not what I asked” 1 time), last <t:1707436800:f>"
    )
    assert lines[2] == "most offered: High needs budget `high-needs-budget`"
    assert lines[3] == "now: still not answered"
    assert lines[-1] == "now answered with `special-schools-opened`"
    assert spec.footer.startswith("Page 1 of 3 · 12 question(s)")
    assert "No unanswered questions" in gaps_embed([], 1, 1, 0).description


def test_a_question_asked_once_reads_once_not_1_times() -> None:
    once = Gap(
        question="how many special schools opened in devon?",
        count=1,
        first="2024-02-09T00:00:00Z",
        last="2024-02-09T00:00:00Z",
        reasons={"abstained": 1},
        suggested=(),
    )
    line = gaps_embed([GapRow(1, once, None, None)], 1, 1, 1).description.splitlines()[1]
    assert line == "asked 1 time (declined 1 time), last <t:1707436800:f>"


def test_a_question_counted_before_partial_was_noted_reads_declined_or_partial() -> None:
    gap = Gap(
        question="how many special schools opened in devon?",
        count=4,
        first="2024-02-01T00:00:00Z",
        last="2024-02-09T00:00:00Z",
        reasons={"abstained-or-partial": 2, "abstained": 1, "partial": 1},
        suggested=(),
    )
    line = gaps_embed([GapRow(1, gap, None, None)], 1, 1, 1).description.splitlines()[1]
    assert line == (
        "asked 4 times (declined 1 time, declined or partial 2 times, partial 1 time), "
        "last <t:1707436800:f>"
    )


def test_gaps_and_stats_say_the_counts_are_the_data_directorys_not_the_knowledge_bases() -> None:
    gap = Gap("what about transport?", 1, "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", {}, ())
    kb = kb_with(fact("a", "Fact A"))
    footers = [
        gaps_embed([GapRow(1, gap, None, None)], 1, 1, 1).footer,
        gaps_embed([], 1, 1, 0).footer,
        stats_embed(Stats(answers=1, abstains=0, top_facts=(("gone", 1),)), kb).footer,
    ]
    for footer in footers[:2]:
        assert footer.endswith(
            "Counted in this bot's data directory (SENDBOT_DATA) for this knowledge base, "
            "`sendbot chat` with the same directory and base included."
        )
    assert footers[2].endswith(
        "Counted in this bot's data directory (SENDBOT_DATA), for every knowledge base it "
        "has served there, `sendbot chat` with the same directory included."
    )
    # Questions asked of another base served with the same data directory are counted only.
    footer = gaps_embed([GapRow(1, gap, None, None)], 1, 1, 1, left_out=3).footer
    assert footer.endswith(
        "Not shown: 3 questions asked of other knowledge bases served with this data "
        "directory (SENDBOT_DATA)."
    )


def test_import_diff_within_limits() -> None:
    diff = KbDiff(
        added=tuple(f"fact-{n}" for n in range(500)),
        changed=(FactDiff("old", ("quote", "questions")),),
    )
    spec = diff_embed("send-ap.yaml", diff, 12)
    within_limits(spec)
    lines = spec.description.splitlines()
    assert lines[0] == "Importing send-ap.yaml would make these changes (revision 12 now):"
    assert lines[1] == "+ fact-0"
    assert lines[-1].startswith("…and ")
    assert "nothing would change" in diff_embed("x.yaml", KbDiff(), 1).description


def test_an_import_preview_too_long_for_its_values_still_names_every_changed_fact() -> None:
    """Each fact's old and new values, 60 facts of them, would push most facts out of the
    preview: the moderator would confirm changes to facts never named."""
    quote = "The department has opened 15 new special schools this year. " * 4
    diff = KbDiff(
        changed=tuple(
            FactDiff(f"fact-{n}", ("quote",), {"quote": quote}, {"quote": quote + "More."})
            for n in range(60)
        )
    )
    lines = diff_embed("send-ap.yaml", diff, 12).description.splitlines()
    assert lines[1:] == [f"\\~ fact-{n}: quote" for n in range(60)]
    one = diff_embed("send-ap.yaml", KbDiff(changed=diff.changed[:1]), 12).description
    assert one.splitlines()[2].startswith("    quote was: The department has opened 15")


def test_selftest_and_stats_within_limits() -> None:
    report = SelfTest(
        900,
        tuple(Collision(f"{ROLE_PING} q{n}", "a", "b") for n in range(300)),
        tuple(WeakMatch(f"w{n}", "a", 0.25) for n in range(300)),
    )
    spec = selftest_embed(report)
    within_limits(spec)
    assert [f.name for f in spec.fields] == ["Collisions (300)", "Weak matches (300)"]
    assert ROLE_PING not in spec.fields[0].value
    assert "No collisions." in selftest_embed(CLEAN).description


def test_selftest_lists_ties_and_says_how_to_fix_them() -> None:
    report = SelfTest(10, (), (), (Collision("supported internships?", "a", "b", tie=True),))
    spec = selftest_embed(report)
    within_limits(spec)
    assert [(f.name, f.value) for f in spec.fields] == [
        ("Ties (1)", "• “supported internships?” (`a`) ties with `b`")
    ]
    assert "To fix a collision or tie, reword the question with `/kb edit`" in spec.description

    kb = kb_with(fact("a", "Fact A"))
    stats = stats_embed(
        Stats(answers=9, abstains=3, top_facts=(("a", 7), ("gone", 2), ("b", 1))), kb
    )
    within_limits(stats)
    assert stats.description == (
        "Answered: 9 · not answered (declined or partial): 3 · not answered share: 25%"
    )
    assert stats.fields[0].value == (
        "**1.** Fact A `a`: 7 times\n**2.** (no longer in the knowledge base) `gone`: 2 times\n"
        "**3.** (no longer in the knowledge base) `b`: 1 time"
    )
    assert stats_embed(Stats(0, 0, ()), kb).fields[0].value == "None yet."


def test_invalid_files_and_reload_notes() -> None:
    spec = invalid_files_embed([Problem("k/f.yaml", 3, "facts[0].id", "is required")], 9)
    within_limits(spec)
    assert "Still answering from the last good version (revision 9)" in spec.description
    assert "• **facts[0].id**: is required (f.yaml, line 3)" in spec.description
    assert reloaded_text(3, 4, 33) == (
        "Reloaded the knowledge files from disk: revision 3 → 4, 33 facts."
    )
    assert reloaded_text(3, 4, 33, EVERYONE).startswith("**@\u200beveryone** reloaded")


def test_history_of_an_unknown_fact_says_there_is_none() -> None:
    spec = history_embed([], "nope", unknown=["ehcp-numbers"])
    assert spec.description == (
        "There is no fact with id `nope`, and no saved change names it. "
        "Did you mean `ehcp-numbers`?"
    )
    assert history_embed([], "nope", unknown=[]).description.endswith("names it.")
