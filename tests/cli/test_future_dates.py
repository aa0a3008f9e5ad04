"""A date after today is a typo ("2062" for "2026"): `kb build` refuses an answer dated so, in
one line naming the date and the field, and `kb check` flags a fact or source dated so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sendbot.cli.main import main
from tests.storage.test_draft_file import ONE_FACT_ANSWER

KB_FILE = "send-ap-improvement-plan-2024-02-08.yaml"


def test_kb_build_refuses_an_answer_dated_after_today_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "answer.txt"
    page.write_text(ONE_FACT_ANSWER.replace("9th March 2025", "9th March 2052"), encoding="utf-8")
    out = tmp_path / "drafts"

    assert main(["kb", "build", str(page), "--out", str(out)]) == 1

    today = dt.date.today().isoformat()
    assert capsys.readouterr().err == (
        f"sendbot: {page}: not drafted: source.answered: 2052-03-09 is after today, {today}: "
        "a typo?\n"
    )
    assert not out.exists()


def test_kb_build_still_drafts_an_answer_given_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    page = tmp_path / "answer.txt"
    page.write_text(
        ONE_FACT_ANSWER.replace("9th March 2025", f"{today.day} {today:%B %Y}"), encoding="utf-8"
    )
    assert main(["kb", "build", str(page), "--out", str(tmp_path / "drafts")]) == 0


def test_kb_check_flags_a_fact_and_a_source_dated_after_today(
    kb_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = kb_dir / KB_FILE
    text = path.read_text(encoding="utf-8")
    assert text.count("as_of: 2024-02-08") >= 2
    text = text.replace("as_of: 2024-02-08", "as_of: 2042-02-08", 1)
    path.write_text(text.replace("answered: 2024-02-08", "answered: 2042-02-08"), encoding="utf-8")

    assert main(["kb", "check", str(kb_dir)]) == 1

    today = dt.date.today().isoformat()
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "2 problem(s) found"
    assert err[0].endswith(
        f": source.answered: 2042-02-08 is after today, {today}: a typo?"
    ) and err[0].startswith(str(path))
    assert err[1].endswith(
        f": facts[special-schools-opened].as_of: 2042-02-08 is after today, {today}: a typo?"
    )


def test_kb_check_passes_the_shipped_base(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "check"]) == 0
