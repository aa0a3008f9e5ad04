"""`sendbot kb import`'s preview shows each changed field's old and new value, not only its
name: "~ high-needs-budget: title, questions" did not say what would be replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.cli.main import main
from tests.cli.test_kb import Sendbot
from tests.storage.storekit import KB_FILE


@pytest.fixture
def sendbot(kb_dir: Path, data_dir: Path) -> Sendbot:
    """Run `sendbot --kb KB --data DATA ...args` in process; returns the exit code."""

    def run(*args: str) -> int:
        return main(["--kb", str(kb_dir), "--data", str(data_dir), *args])

    return run


def test_the_preview_gives_old_and_new_values_and_the_questions_added_and_removed(
    sendbot: Sendbot, kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / KB_FILE
    text = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    edited.write_text(
        text.replace("title: High needs budget\n", "title: High needs *funding*\n").replace(
            "      - how much is the high needs budget?\n", "      - high needs money\n"
        ),
        encoding="utf-8",
    )
    assert sendbot("kb", "import", str(edited)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "~ high-needs-budget: title, questions",
        "    title was: High needs budget",
        "    title now: High needs *funding*",  # plain text: as typed
        "    questions (1 -> 1)",
        "    - how much is the high needs budget?",
        "    + high needs money",
        f"not saved: add --yes to replace {KB_FILE} with {edited}",
    ]
