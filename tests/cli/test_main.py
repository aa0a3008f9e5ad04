"""The command line as a user runs it: a subprocess, real files, exit codes."""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.gaps import GapLog
from tests.cli.runner import environment_without_settings, run_sendbot
from tests.conftest import REPO

# Names its source: with many sources, "who answered the question?" has no one answer.
ASKED_WHO = "who answered the question on progress with the SEND and AP improvement plan?"

DATA = tempfile.mkdtemp(prefix="sendbot-cli-test-")


def sendbot(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_sendbot(*args, cwd=REPO, data=DATA, stdin=stdin, env=env)


def test_ask_prints_statement_quote_and_citation() -> None:
    result = sendbot("ask", "how many special schools opened?")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "15 new special schools" in lines[0]
    assert lines[1].startswith('> "')
    assert "David Johnston" in lines[2]


def test_ask_json_stdin_one_object_per_line_in_order_stdout_only_json() -> None:
    questions = ["how many special schools opened?", "what is the weather?", "hi", ""]
    result = sendbot("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [item["question"] for item in objects] == questions
    assert [item["answered"] for item in objects] == [True, False, False, False]
    assert objects[0]["fact_id"] == "special-schools-opened"
    assert "Written answer by David Johnston" in objects[0]["text"]


def test_ask_json_reports_an_overlong_question_and_carries_on() -> None:
    long_question = "x" * 1_000_000
    result = sendbot(
        "ask", "--json", "-", stdin=long_question + "\nhow many special schools opened?\n"
    )
    first_line, second_line = result.stdout.splitlines()
    first, second = json.loads(first_line), json.loads(second_line)
    assert set(first) == set(second)  # the same contract for every input
    assert first["outcome"] == "error" and first["answered"] is False
    assert "over 8,000 characters" in first["text"]
    assert len(first_line) < 1_000  # a short echo of the question, not the megabyte
    assert first["question"].startswith("xxx")
    assert second["answered"] is True


def test_ask_json_echoes_the_line_asked_when_only_its_last_question_was_read() -> None:
    # over 300 characters: read from its last question, which `text` names; `question` is
    # still the line asked, so a caller can tell which line each object answers
    story = "my son is 9 and has been waiting for an EHC needs assessment since last spring. " * 4
    asked = story + "how many special schools opened?"
    result = sendbot("ask", "--json", "-", stdin=f"{asked}\n")
    (reply,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert reply["question"] == asked
    assert "is read as your question" in reply["text"]


def test_chat_without_a_terminal_answers_each_line_then_exits() -> None:
    result = sendbot("chat", stdin="how many special schools opened?\nthanks\n")
    assert result.returncode == 0
    assert "15 new special schools" in result.stdout
    assert "You're welcome" in result.stdout


def test_run_without_token_falls_back_to_terminal_chat() -> None:
    result = sendbot("run", stdin=ASKED_WHO + "\n")
    assert result.returncode == 0
    assert "David Johnston" in result.stdout
    assert "DISCORD_TOKEN is not set" in result.stderr


def test_kb_check_ok_on_shipped_knowledge() -> None:
    result = sendbot("kb", "check")
    assert result.returncode == 0
    assert result.stdout.startswith("ok: ")


def test_kb_check_reports_file_line_field_and_fails(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(BUNDLED_KNOWLEDGE, kb)
    (yaml_file,) = kb.glob("send-*.yaml")
    text = yaml_file.read_text(encoding="utf-8")
    yaml_file.write_text(
        text.replace("as_of: 2024-02-08", "as_of: 2024-02-31", 1), encoding="utf-8"
    )
    result = sendbot("kb", "check", str(kb))
    assert result.returncode == 1
    assert f"{yaml_file.name}:" in result.stderr
    assert "facts[document-answered-by].as_of: must be a date" in result.stderr


def test_kb_flag_and_env_pick_another_knowledge_base(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert sendbot("--kb", str(empty), "ask", "hi").returncode == 1
    assert sendbot("ask", "hi", env={"SENDBOT_KB": str(empty)}).returncode == 1
    assert "holds no knowledge files" in sendbot("ask", "hi", env={"SENDBOT_KB": str(empty)}).stderr


def test_chat_feeds_the_gap_log_and_stats_for_moderators(tmp_path: Path) -> None:
    env = {"SENDBOT_DATA": str(tmp_path / "data")}
    asked = "what is the weather in leeds tomorrow?\nhow many special schools opened?\n"
    assert sendbot("chat", stdin=asked, env=env).returncode == 0
    gaps = sendbot("kb", "gaps", env=env)
    assert "what is the weather in leeds tomorrow?" in gaps.stdout
    assert "how many special schools opened" not in gaps.stdout
    stats = sendbot("kb", "stats", env=env)
    assert "special-schools-opened" in stats.stdout


def test_kb_gaps_shows_no_email_address_or_phone_number_typed_in_the_chat(tmp_path: Path) -> None:
    env = {"SENDBOT_DATA": str(tmp_path / "data")}
    asked = "my son needs an EHCP, email me at jo@example.com or ring 07700 900123\n"
    assert sendbot("chat", stdin=asked, env=env).returncode == 0
    gaps = sendbot("kb", "gaps", env=env).stdout
    assert "my son needs an EHCP, email me at [email] or ring [phone]" in gaps
    assert "jo@example.com" not in gaps and "900123" not in gaps


def test_chat_over_a_damaged_state_database_says_so_before_the_first_question(
    tmp_path: Path,
) -> None:
    # It greeted, then ended at the first question it records (a declined one), without its
    # reply: the asker lost the conversation to a problem that was there from the start.
    data = tmp_path / "data"
    data.mkdir()
    (data / "state.sqlite3").write_bytes(b"garbage" * 100)
    env = {"SENDBOT_DATA": str(data)}
    result = sendbot("chat", stdin="hi\nwhat is the weather in leeds tomorrow?\n", env=env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"sendbot: {data / 'state.sqlite3'}: file is not a database; the knowledge files are "
        "unaffected: restore it from a backup, or move it aside to start history, gaps and "
        "stats afresh\n"
    )
    assert sendbot("kb", "gaps", env=env).stderr == result.stderr  # the same words


def test_scripts_run_works_in_the_callers_directory(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED_KNOWLEDGE, tmp_path / "my-kb")
    (tmp_path / ".env").write_text("SENDBOT_DATA=./data  # beside the caller's .env\n")
    env = environment_without_settings()
    result = subprocess.run(
        [str(REPO / "scripts" / "run"), "--kb", "my-kb", "kb", "alias", "special-schools-opened",
         "how many brand new special schools?"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "saved #1" in result.stdout
    assert (tmp_path / "data" / "state.sqlite3").is_file()  # ./.env was read, from here


def test_version() -> None:
    result = sendbot("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("sendbot 0.")


def test_ask_help_names_every_json_field_and_the_data_default() -> None:
    answer = json.loads(sendbot("ask", "--json", "how many special schools opened?").stdout)
    help_text = " ".join(sendbot("ask", "--help").stdout.split())
    fields = help_text.split("one JSON object per question (", 1)[1].split(")", 1)[0]
    assert fields.split(", ") == list(answer)
    assert "else ~/.local/share/sendbot" in help_text


def test_chat_help_says_how_to_use_and_leave_the_prompt() -> None:
    """Only the opening line of an interactive chat said how to leave it; `chat --help` did
    not, nor that /ask QUESTION is taken there. Each key it names does what it says."""
    help_text = " ".join(sendbot("chat", "--help").stdout.split())
    assert "Ctrl-C clears the line; 'quit' or Ctrl-D leaves." in help_text
    assert "/ask QUESTION works too" in help_text
    piped = sendbot("chat", stdin="/ask how many special schools opened?\nquit\nhi\n")
    assert piped.returncode == 0
    assert "15 new special schools" in piped.stdout and "Hello" not in piped.stdout


def test_kb_import_help_says_a_new_file_is_added() -> None:
    # A file the knowledge base does not have is added (a new source), not refused.
    listed = " ".join(sendbot("kb", "--help").stdout.split())
    assert "import replace a knowledge file with FILE, or add it: shows the changes" in listed
    own = " ".join(sendbot("kb", "import", "--help").stdout.split())
    assert "--name NAME the knowledge file to replace or add (default: FILE's name)" in own


def test_usage_lines_name_what_the_reference_names() -> None:
    # docs/cli.md heads these `kb fetch UIN|URL [--out FILE|DIR]`, `kb build SOURCE [--out
    # FILE|DIR]` and `trend [MEASURE] [--out FILE.png]`: the usage line and its refusal say so.
    usage = {
        ("kb", "fetch"): "[--out FILE|DIR] [--force] [--json] UIN|URL",
        ("kb", "build"): "[--out FILE|DIR] [--force] source",
        ("trend",): "[--out FILE.png|DIR] [--list] [measure]",
    }
    for command, expected in usage.items():
        first = sendbot(*command, "--help").stdout.split("\n\n", 1)[0]
        assert " ".join(first.split()).endswith(expected), first
    refused = sendbot("kb", "fetch")
    assert refused.returncode == 2
    assert "the following arguments are required: UIN|URL" in refused.stderr


def test_kb_check_lists_a_files_problems_in_line_order(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(BUNDLED_KNOWLEDGE, kb)
    (yaml_file,) = kb.glob("send-*.yaml")
    lines = yaml_file.read_text(encoding="utf-8").splitlines(keepends=True)
    first_title = next(i for i, line in enumerate(lines) if line.startswith("    title: "))
    statement = next(i for i, line in enumerate(lines) if line.startswith("    statement: "))
    lines[first_title] = "    title: " + "x" * 90 + "\n"  # checked before the statement
    del lines[statement]  # reported on the fact's first line, above the title
    while lines[statement].startswith("      "):  # its folded text, if any
        del lines[statement]
    yaml_file.write_text("".join(lines), encoding="utf-8")
    result = sendbot("kb", "check", str(kb))
    assert result.returncode == 1
    problems = result.stderr.splitlines()[:-1]
    assert [p.split(": ", 2)[1] for p in problems] == [
        "facts[document-answered-by].statement",
        "facts[document-answered-by].title",
    ]
    numbers = [int(p.split(": ", 1)[0].rsplit(":", 1)[1]) for p in problems]
    assert numbers == sorted(numbers)


def test_chat_logs_a_partial_reply_as_partial_for_kb_gaps(tmp_path: Path) -> None:
    data = tmp_path / "data"
    asked = "how many special schools opened in Leeds?\n"
    assert sendbot("chat", stdin=asked, env={"SENDBOT_DATA": str(data)}).returncode == 0
    (gap,) = GapLog(data).top()
    assert gap.reasons == {"partial": 1}


def _without_home(home: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = environment_without_settings() | {"HOME": home}
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "sendbot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(("home", "shown"), [("", "empty"), ("/", "'/'")])
def test_commands_that_keep_no_state_work_without_a_home_and_write_nothing(
    tmp_path: Path, home: str, shown: str
) -> None:
    """HOME empty made the data directory /.local/share/sendbot, which `ask` created; then
    `ask` and `trend` were refused for want of a home, though they need no state."""
    root_data = Path("/.local/share/sendbot")
    was_there = root_data.exists()
    asked = _without_home(home, "ask", "what does the neurodiversity programme do?", cwd=tmp_path)
    assert (asked.returncode, asked.stderr) == (0, "")
    assert "Neurodiversity" in asked.stdout
    listed = _without_home(home, "trend", "--list", "high-needs-budget", cwd=tmp_path)
    assert (listed.returncode, listed.stderr) == (0, "")
    assert "2025/26" in listed.stdout
    # A command that keeps nothing there needs no home: it is not refused for want of one.
    checked = _without_home(home, "kb", "check", cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (0, "")
    assert checked.stdout.startswith("ok: 170 facts from 15 source(s)")
    # One that reads the state does, in one line.
    history = _without_home(home, "kb", "history", cwd=tmp_path)
    assert history.returncode == 2
    assert history.stderr.splitlines() == [
        f"sendbot: no home directory to keep sendbot's data in (HOME is {shown}): give --data "
        "DIR or set SENDBOT_DATA (or XDG_DATA_HOME)"
    ]
    assert root_data.exists() == was_there and list(tmp_path.iterdir()) == []
