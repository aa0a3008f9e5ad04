"""`sendbot kb undo` and `kb redo` act at once, so they print what they put back: the
question taken out or brought back, the old value of a field, the fact restored, the
differences of an import; as Discord's /kb undo shows them before its button is pressed."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.cli.main import main
from tests.cli.test_kb import Sendbot
from tests.storage.storekit import KB_FILE

FACT = "special-schools-opened"
QUESTION = "what about seventy six free schools"


@pytest.fixture
def sendbot(kb_dir: Path, data_dir: Path) -> Sendbot:
    """Run `sendbot --kb KB --data DATA ...args` in process; returns the exit code."""

    def run(*args: str) -> int:
        return main(["--kb", str(kb_dir), "--data", str(data_dir), *args])

    return run


def _after_saved(out: str) -> list[str]:
    """The lines under "saved #N ...": what the undo or redo put back."""
    first, *rest = out.splitlines()
    assert first.startswith("saved #")
    return rest


def test_undo_and_redo_of_an_alias_name_the_question(
    sendbot: Sendbot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot("kb", "alias", FACT, QUESTION) == 0
    capsys.readouterr()
    assert sendbot("kb", "undo") == 0
    assert _after_saved(capsys.readouterr().out) == [
        "before the undo:",
        "  questions (2)",
        f"  - {QUESTION}",
        "after the undo:",
        "  questions (1)",
    ]
    assert sendbot("kb", "redo") == 0
    assert _after_saved(capsys.readouterr().out) == [
        "before the redo:",
        "  questions (1)",
        "after the redo:",
        "  questions (2)",
        f"  + {QUESTION}",
    ]


def test_undo_of_an_edit_gives_the_old_value_back_in_plain_text(
    sendbot: Sendbot, capsys: pytest.CaptureFixture[str]
) -> None:
    # Markdown-like text stays as typed: standard output is plain text, not Discord's.
    assert sendbot("kb", "edit", FACT, "--title", "Schools *opened*") == 0
    capsys.readouterr()
    assert sendbot("kb", "undo") == 0
    assert _after_saved(capsys.readouterr().out) == [
        "before the undo:",
        "  title: Schools *opened*",
        "after the undo:",
        "  title: New special schools opened",
    ]


def test_undo_of_a_removal_shows_the_fact_it_put_back(
    sendbot: Sendbot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sendbot("kb", "remove", FACT, "--yes") == 0
    capsys.readouterr()
    assert sendbot("kb", "undo") == 0
    shown = _after_saved(capsys.readouterr().out)
    assert shown[:3] == ["before the undo:", "  (not in the knowledge base)", "after the undo:"]
    assert shown[3].startswith("  statement: In this academic year the department has opened 15")
    assert shown[4].startswith("  quote: In this academic year alone")
    assert shown[5:] == ["  questions (1)", "  + how many special schools opened?"]


def test_undo_of_an_import_lists_the_differences_it_reverted(
    sendbot: Sendbot, kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.yaml"
    text = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    asked = "      - how much is the high needs budget?\n"
    edited.write_text(text.replace(asked, asked + "      - high needs money?\n"), "utf-8")
    assert sendbot("kb", "import", str(edited), "--name", KB_FILE, "--yes") == 0
    capsys.readouterr()
    assert sendbot("kb", "undo") == 0
    assert _after_saved(capsys.readouterr().out) == [
        f"{KB_FILE} is back as it was before change #1, which made:",
        "  ~ high-needs-budget: questions",
        "      questions (1 -> 2)",  # which question, as the import's preview said
        "      + high needs money?",
    ]
    assert sendbot("kb", "redo") == 0
    assert _after_saved(capsys.readouterr().out) == [
        f"{KB_FILE} has change #1 again:",
        "  ~ high-needs-budget: questions",
        "      questions (1 -> 2)",  # which question, as the import's preview said
        "      + high needs money?",
    ]
