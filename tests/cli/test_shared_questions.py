"""Two facts with the same example question: which one answers it is left to scoring.
`kb check` said "ok" (only `kb test` found it); it names the second one's file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.cli.main import main

KB_FILE = "send-ap-improvement-plan-2024-02-08.yaml"


def test_kb_check_flags_a_question_another_fact_already_has(
    kb_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = kb_dir / KB_FILE
    text = path.read_text(encoding="utf-8")
    budget = "      - how much is the high needs budget?\n"
    assert text.count(budget) == 1
    # The same question, as someone might retype it, under the second fact too.
    text = text.replace(budget, budget + "      - How many special schools opened\n")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("      - How many special schools opened") + 1

    assert main(["kb", "check", str(kb_dir)]) == 1

    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{path}:{line}: facts[high-needs-budget].questions[1]: fact special-schools-opened "
        "already has this question: keep it under one fact",
        "1 problem(s) found",
    ]
