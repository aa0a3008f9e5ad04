"""A figure someone heard, checked in the terminal and in `ask --json`: the line saying which
figure the written answer gives leads the answer, wrong ("The written answer gives 15, not
20.") or right ("Yes: the written answer gives 32.")."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.runner import run_sendbot
from tests.conftest import SINGLE_SOURCE_KB


def test_ask_json_leads_with_the_figure_checked(tmp_path: Path) -> None:
    stdin = "didn't they say 500 EPs?\nwas it 32 local authorities in the change programme?\n"
    done = run_sendbot("ask", "--json", "-", cwd=tmp_path, data=tmp_path / "data", stdin=stdin)
    assert done.returncode == 0, done.stderr
    wrong, right = (json.loads(line) for line in done.stdout.splitlines())
    assert wrong["fact_id"] == "educational-psychologists-trainees"
    assert wrong["text"].startswith("The written answer gives 400, not 500.\n")
    assert right["fact_id"] == "change-programme-local-authorities"
    assert right["text"].startswith("Yes: the written answer gives 32.\n")


def test_the_terminal_chat_leads_with_the_figure_checked(tmp_path: Path) -> None:
    # the count's unit, special schools, picks the 15 opened over the 76 special free schools
    done = run_sendbot(
        "chat",
        "--kb",
        str(SINGLE_SOURCE_KB),
        cwd=tmp_path,
        data=tmp_path / "data",
        stdin="wasn't it 20 special schools?\n",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("The written answer gives 15, not 20.\n")
