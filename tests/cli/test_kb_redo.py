"""`sendbot kb redo` as a moderator at a terminal uses it: an undo taken by mistake is taken
back, newest undo first, until a new change is saved; a redo that would lose a change made
since is refused and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.cli.kb import cli_actor
from sendbot.cli.main import main
from sendbot.storage.loader import load
from tests.cli.test_kb import ADD, Sendbot, _drafted
from tests.storage.storekit import KB_FILE, OTHER_ANSWER, history_rows, tree_hashes


@pytest.fixture
def sendbot(kb_dir: Path, data_dir: Path) -> Sendbot:
    """Run `sendbot --kb KB --data DATA ...args` in process; returns the exit code."""

    def run(*args: str) -> int:
        return main(["--kb", str(kb_dir), "--data", str(data_dir), *args])

    return run


FACT = "special-free-schools-approved"
NOTHING = "there is nothing to redo: every undone change has been redone already\n"


def has_fact(kb_dir: Path) -> bool:
    return load(kb_dir).kb.fact(FACT) is not None


def test_add_undo_redo_brings_the_fact_back_and_history_says_so(
    sendbot: Sendbot, kb_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot(*ADD) == 0
    added = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    assert sendbot("kb", "undo") == 0
    assert not has_fact(kb_dir)
    capsys.readouterr()

    assert sendbot("kb", "redo") == 0
    out = capsys.readouterr().out
    assert out.startswith("saved #3 ") and f" redo {FACT} (redo of #1) [revision 3 -> 4]" in out
    assert has_fact(kb_dir)
    assert (kb_dir / KB_FILE).read_text(encoding="utf-8") == added.replace(
        "revision: 2", "revision: 4"
    )
    assert sendbot("kb", "history") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[3] for line in lines] == ["redo", "undo", "add"]

    assert sendbot("kb", "undo") == 0  # a redo is undone like any change
    assert "reverts #3" in capsys.readouterr().out
    assert not has_fact(kb_dir)
    assert sendbot("kb", "redo") == 0
    assert has_fact(kb_dir)


def test_two_undos_are_redone_in_reverse_order(
    sendbot: Sendbot, kb_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot(*ADD) == 0
    assert sendbot("kb", "alias", FACT, "76 free schools?") == 0
    both = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    assert sendbot("kb", "undo") == 0
    assert sendbot("kb", "undo") == 0
    capsys.readouterr()

    assert sendbot("kb", "redo") == 0
    assert "(redo of #1)" in capsys.readouterr().out
    fact = load(kb_dir).kb.fact(FACT)
    assert fact is not None and "76 free schools?" not in fact.questions
    assert sendbot("kb", "redo") == 0
    assert "(redo of #2)" in capsys.readouterr().out
    fact = load(kb_dir).kb.fact(FACT)
    assert fact is not None and "76 free schools?" in fact.questions
    assert (kb_dir / KB_FILE).read_text(encoding="utf-8") == both.replace(
        "revision: 3", "revision: 7"
    )

    assert sendbot("kb", "redo") == 1
    assert capsys.readouterr().err == NOTHING


def test_a_new_change_clears_what_can_be_redone(
    sendbot: Sendbot, kb_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot(*ADD) == 0
    assert sendbot("kb", "undo") == 0
    assert sendbot("kb", "edit", "high-needs-budget", "--title", "Newer title") == 0
    capsys.readouterr()
    before, rows = tree_hashes(kb_dir), history_rows(data_dir)

    assert sendbot("kb", "redo") == 1
    # Says which change ended what could be redone, not only that nothing can be.
    assert capsys.readouterr() == (
        "",
        "there is nothing to redo: change #3 (edit high-needs-budget by "
        f"{cli_actor()}) was saved after the last undo, #2, and a change saved after an undo "
        "ends what can be redone\n",
    )
    assert (tree_hashes(kb_dir), history_rows(data_dir)) == (before, rows)
    assert not has_fact(kb_dir)


def test_redo_after_the_file_was_edited_by_hand_is_refused_and_changes_nothing(
    sendbot: Sendbot, kb_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot(*ADD) == 0
    assert sendbot("kb", "undo") == 0
    yaml_path = kb_dir / KB_FILE
    yaml_path.write_text(
        yaml_path.read_text(encoding="utf-8").replace("High needs budget", "HNB"), encoding="utf-8"
    )
    capsys.readouterr()
    before, rows = tree_hashes(kb_dir), history_rows(data_dir)

    assert sendbot("kb", "redo") == 1
    assert capsys.readouterr() == (
        "",
        f"refused: {KB_FILE} has changed since change #2 (undo by {cli_actor()}); redo refused so "
        "that the later change is not lost\n",
    )
    assert (tree_hashes(kb_dir), history_rows(data_dir)) == (before, rows)


def test_redo_with_a_stale_expected_revision_is_refused(
    sendbot: Sendbot, kb_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot(*ADD) == 0
    assert sendbot("kb", "undo") == 0
    capsys.readouterr()
    assert sendbot("kb", "redo", "--expect-revision", "2") == 1
    assert "refused: the knowledge base changed since you looked at it" in capsys.readouterr().err
    assert not has_fact(kb_dir)
    assert sendbot("kb", "redo", "--expect-revision", "3") == 0
    assert has_fact(kb_dir)


def test_redo_of_an_undone_import_brings_back_the_file_and_its_document(
    sendbot: Sendbot, kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _drafted(sendbot, OTHER_ANSWER, tmp_path / "drafts")
    assert sendbot("kb", "import", str(draft), "--yes") == 0
    imported = tree_hashes(kb_dir)
    assert sendbot("kb", "undo") == 0
    document = kb_dir / "sources" / "wa.txt"
    assert not document.exists() and not (kb_dir / draft.name).exists()
    capsys.readouterr()

    assert sendbot("kb", "redo") == 0
    assert f"redo {draft.name} (redo of #1)" in capsys.readouterr().out
    assert tree_hashes(kb_dir) == imported
    assert sendbot("kb", "check") == 0
    assert sendbot("kb", "undo") == 0  # and out again, with the document
    assert not document.exists() and not (kb_dir / draft.name).exists()


@pytest.mark.parametrize("made", [False, True], ids=["missing", "empty"])
def test_undo_and_redo_without_a_data_directory_say_so_and_create_nothing(
    kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], made: bool
) -> None:
    """They made the data directory (its database, backups/, cache/ and lock) only to say
    there was nothing to undo; a mistyped --data left a new directory behind. Where the history
    was looked for is said: a moderator who forgot the --data the changes were saved with was
    told only "no change has been saved yet", as if they were lost."""
    data = tmp_path / "no-such-data"
    if made:
        data.mkdir()
    before = tree_hashes(kb_dir)
    where = f" (history recorded in {data}, set by --data)\n"
    for command, said in (
        ("undo", "there is nothing to undo: no change has been saved yet" + where),
        ("redo", "there is nothing to redo: no change has been undone" + where),
    ):
        assert main(["--kb", str(kb_dir), "--data", str(data), "kb", command]) == 1
        assert capsys.readouterr() == ("", said)
        assert data.exists() == made
        assert not made or not any(data.iterdir())
    assert main(["--kb", str(kb_dir), "--data", str(data), "kb", "history"]) == 0
    assert capsys.readouterr() == (
        "no saved changes\n",
        f"history recorded in {data}, set by --data\n",
    )
    assert data.exists() == made
    assert tree_hashes(kb_dir) == before


def test_undo_and_redo_with_nothing_to_do_say_so_plainly_and_both_exit_1(
    sendbot: Sendbot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot("kb", "undo") == 1
    out, err = capsys.readouterr()
    assert (out, err.partition(" (")[0]) == (
        "",
        "there is nothing to undo: no change has been saved yet",
    )
    assert sendbot("kb", "redo") == 1
    out, err = capsys.readouterr()
    assert (out, err.partition(" (")[0]) == (
        "",
        "there is nothing to redo: no change has been undone",
    )

    assert sendbot(*ADD) == 0
    assert sendbot("kb", "redo") == 1
    assert capsys.readouterr().err.startswith(
        "there is nothing to redo: no change has been undone ("
    )
    assert sendbot("kb", "undo") == 0
    capsys.readouterr()
    assert sendbot("kb", "undo") == 1
    assert capsys.readouterr() == (
        "",
        "there is nothing to undo: every saved change has been undone already (redo brings "
        "back the last undone)\n",
    )
