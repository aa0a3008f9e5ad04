"""One data directory serving two knowledge bases (`--kb OTHER`): `kb history` and `kb gaps`
show the base's own entries, and say how many of other bases were left out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sendbot.cli.main import main
from sendbot.storage.database import knowledge_base_id
from sendbot.storage.gaps import GapLog

ALIAS = ["kb", "alias", "high-needs-budget", "how much is the pot for complex needs?"]
OTHER_ALIAS = ["kb", "alias", "special-schools-opened", "how many new special schools?"]


@pytest.fixture
def other_kb(kb_dir: Path, tmp_path: Path) -> Path:
    other = tmp_path / "other-kb"
    shutil.copytree(kb_dir, other)
    return other


def knowledge_text(kb: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(kb.glob("*.yaml")))


def run(kb: Path, data: Path, *args: str) -> int:
    return main(["--kb", str(kb), "--data", str(data), *args])


def test_history_lists_the_bases_own_changes_and_counts_the_others(
    kb_dir: Path, other_kb: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(kb_dir, data_dir, *ALIAS, "--force") == 0
    assert run(other_kb, data_dir, *OTHER_ALIAS, "--force") == 0
    assert run(kb_dir, data_dir, "kb", "alias", "high-needs-budget", "hn pot?", "--force") == 0
    capsys.readouterr()

    assert run(other_kb, data_dir, "kb", "history") == 0
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    assert line.startswith("#2 ") and " alias special-schools-opened " in line
    assert err == (
        f"2 change(s) to other knowledge bases recorded in {data_dir} left out "
        f"(this is {other_kb}); change numbers count every change recorded there, so they "
        "skip those, while revisions are this knowledge base's own\n"
    )

    assert run(kb_dir, data_dir, "kb", "history") == 0
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["#3", "#1"]
    assert err.startswith("1 change(s) to other knowledge bases")

    # Only one base served with the directory: nothing is left out, nothing said.
    fresh = data_dir.parent / "fresh"
    assert run(other_kb, fresh, "kb", "alias", "high-needs-budget", "hn sum?", "--force") == 0
    capsys.readouterr()
    assert run(other_kb, fresh, "kb", "history") == 0
    assert capsys.readouterr().err == ""


def test_gaps_lists_the_questions_asked_of_the_base_and_counts_the_others(
    kb_dir: Path, other_kb: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    GapLog(data_dir, base=knowledge_base_id(kb_dir)).record("what about buses?", "abstained")
    other = GapLog(data_dir, base=knowledge_base_id(other_kb))
    other.record("what about taxis?", "abstained")
    other.record("what about trains?", "abstained")

    assert run(kb_dir, data_dir, "kb", "gaps") == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == (
        f"unanswered questions, most asked first (asked of {kb_dir}, recorded in {data_dir}):"
    )
    assert [line.split("  ")[-1] for line in out.splitlines()[1:]] == ["what about buses?"]
    assert err == "2 question(s) asked of other knowledge bases left out\n"

    assert run(other_kb, data_dir, "kb", "gaps") == 0
    out, err = capsys.readouterr()
    assert "what about taxis?" in out and "what about buses?" not in out
    assert err == "1 question(s) asked of other knowledge bases left out\n"


def test_a_change_recorded_before_bases_were_noted_is_shown_for_each_base_and_marked(
    kb_dir: Path, other_kb: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    assert run(kb_dir, data_dir, *ALIAS, "--force") == 0
    assert run(other_kb, data_dir, *OTHER_ALIAS, "--force") == 0
    with sqlite3.connect(data_dir / "state.sqlite3") as conn:  # as an older sendbot kept it
        conn.execute("UPDATE history SET kb = NULL WHERE seq = 1")
    capsys.readouterr()

    assert run(other_kb, data_dir, "kb", "history") == 0
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["#2", "#1"]
    assert err == ""  # nothing of another base is left out

    third = data_dir.parent / "third-kb"
    shutil.copytree(kb_dir, third)
    assert run(third, data_dir, "kb", "history") == 0
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["#1"]
    assert err.splitlines()[1] == (
        "#1: recorded before sendbot noted the knowledge base, shown for every base"
    )


def test_undo_and_redo_act_on_the_bases_own_newest_change_and_say_whose_is_newer(
    kb_dir: Path, other_kb: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(kb_dir, data_dir, *ALIAS, "--force") == 0  # change #1, to kb_dir
    assert run(other_kb, data_dir, *OTHER_ALIAS, "--force") == 0  # change #2, to other_kb
    capsys.readouterr()

    assert run(kb_dir, data_dir, "kb", "undo") == 0
    out, err = capsys.readouterr()
    assert out.startswith("saved #3 ") and " undo high-needs-budget (reverts #1) " in out
    assert err == (
        "note: change #2 (alias special-schools-opened), the newest in this data directory, "
        f"was made to another knowledge base, {knowledge_base_id(other_kb)}, and is left as "
        "it is\n"
    )
    assert ALIAS[-1] not in knowledge_text(kb_dir)
    assert OTHER_ALIAS[-1] in knowledge_text(other_kb)

    assert run(kb_dir, data_dir, "kb", "redo") == 0  # the newest before it is kb_dir's undo
    out, err = capsys.readouterr()
    assert out.startswith("saved #4 ") and " redo high-needs-budget (redo of #1) " in out
    assert err == "" and ALIAS[-1] in knowledge_text(kb_dir)

    # other_kb has nothing undone: redo there does not take kb_dir's undo for its own.
    assert run(kb_dir, data_dir, "kb", "undo") == 0  # change #5, to kb_dir
    capsys.readouterr()
    assert run(other_kb, data_dir, "kb", "redo") == 1
    assert capsys.readouterr().err == (
        "there is nothing to redo: no change has been undone; change #5 (undo "
        "high-needs-budget), the newest in this data directory, was made to another "
        f"knowledge base, {knowledge_base_id(kb_dir)}, and is left as it is "
        f"(history recorded in {data_dir}, set by --data)\n"
    )


def test_history_with_none_of_its_own_names_its_base_and_the_other_on_standard_output(
    kb_dir: Path, other_kb: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A change saved with `--kb OTHER`, then `kb history` without it: "no saved changes" on
    standard output, as if the change were lost; only standard error said why."""
    assert run(other_kb, data_dir, *OTHER_ALIAS, "--force") == 0
    capsys.readouterr()
    assert run(kb_dir, data_dir, "kb", "history") == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line == (
        f"no saved changes in this knowledge base ({kb_dir}); 1 saved to {other_kb}: "
        f"give --kb {other_kb} to see them"
    )
