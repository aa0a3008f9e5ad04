"""A chat's follow-on message ("and the AP one?") is read on its own; declined, the reply says
so, in the terminal chat and in `ask --json` alike, rather than only that the sources lack it."""

from __future__ import annotations

import json
from pathlib import Path

from sendbot.answering.follow_up import FOLLOW_UP_NOTE
from tests.cli.runner import run_sendbot


def test_the_chat_says_a_follow_on_is_read_without_the_question_before(tmp_path: Path) -> None:
    done = run_sendbot(
        "chat",
        cwd=tmp_path,
        data=tmp_path / "data",
        stdin="how many special schools opened?\nwasn't it 20?\n",
    )
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.strip().split("\n\n")
    assert "15 new special schools" in first and FOLLOW_UP_NOTE not in first
    assert second == f"I don't have that in my sources.\n{FOLLOW_UP_NOTE}"


def test_ask_json_gives_the_note_in_text_and_stays_declined(tmp_path: Path) -> None:
    done = run_sendbot(
        "ask", "--json", "-", cwd=tmp_path, data=tmp_path / "data", stdin="and the AP one?\n"
    )
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout)
    assert (reply["outcome"], reply["answered"], reply["fact_id"]) == ("declined", False, None)
    assert reply["text"].endswith(FOLLOW_UP_NOTE)
