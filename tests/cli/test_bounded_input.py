"""Endless or enormous input (an endless line on standard input, `kb build /dev/zero`) never
makes sendbot hold it in memory: a file is read one byte past its limit, a line one character
past the longest question, and the rest of an over-long line is dropped as it is read."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sendbot.cli.lines import MAX_LINE_CHARS, CutLine, bounded_lines, not_text
from tests.conftest import REPO

QUESTION = "how many special schools opened?"
HUGE_LINE_BYTES = 150_000_000
# Text, not /dev/zero's NULs: input that starts with a NUL is refused before a line is read.
HUGE_LINE = f"head -c {HUGE_LINE_BYTES} /dev/zero | tr '\\0' x"
MAX_RSS_KIB = 140_000  # sendbot itself needs about 60 MiB; the huge line alone is 143 MiB


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD", "SENDBOT"))}
    env["SENDBOT_DATA"] = str(tmp_path / "data")
    return env


def test_an_over_long_line_is_cut_and_the_rest_of_it_skipped() -> None:
    stream = io.StringIO("first\n" + "x" * 100_000 + "\nsecond\nlast")
    lines = list(bounded_lines(stream))
    assert lines == ["first", "x" * MAX_LINE_CHARS, "second", "last"]
    assert [isinstance(line, CutLine) for line in lines] == [False, True, False, False]


@pytest.mark.parametrize("argv", [["ask", "--json", "-"], ["chat"]], ids=" ".join)
def test_a_huge_line_on_standard_input_is_refused_without_being_held(
    tmp_path: Path, argv: list[str]
) -> None:
    feed = subprocess.Popen(
        ["sh", "-c", f"{HUGE_LINE}; printf '\\n{QUESTION}\\n'"],
        stdout=subprocess.PIPE,
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "sendbot", *argv],
        stdin=feed.stdout,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=_env(tmp_path),
    )
    assert feed.stdout is not None
    feed.stdout.close()
    out, err = process.communicate(timeout=300)
    feed.wait()
    if argv[0] == "ask":  # a line that could not be asked: exit status 2, said in one line
        assert (process.returncode, err.count(b"\n")) == (2, 1)
    else:
        assert (process.returncode, err) == (0, b"")
    replies = out.decode().strip().split("\n\n" if argv == ["chat"] else "\n")
    assert len(replies) == 2
    if argv[0] == "ask":
        too_long, answered = (json.loads(reply) for reply in replies)
        assert too_long["outcome"] == "error" and len(too_long["question"]) <= 300
        assert answered["outcome"] == "answered"
    else:
        assert f"over {MAX_LINE_CHARS:,} characters" in replies[0]
        assert "special schools" in replies[1]


def test_a_huge_line_keeps_memory_small(tmp_path: Path) -> None:
    script = (
        "import resource, subprocess, sys\n"
        f"feed = subprocess.Popen(['sh', '-c', {HUGE_LINE + '; echo'!r}],"
        " stdout=subprocess.PIPE)\n"
        "assert subprocess.run([sys.executable, '-m', 'sendbot', 'ask', '--json', '-'],"
        " stdin=feed.stdout, stdout=subprocess.DEVNULL,"
        " stderr=subprocess.DEVNULL).returncode == 2\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        cwd=REPO,
        env=_env(tmp_path),
        timeout=300,
        check=True,
    )
    assert int(done.stdout) < MAX_RSS_KIB


@pytest.mark.parametrize("argv", [["ask", "-"], ["ask", "--json", "-"], ["chat"]], ids=" ".join)
@pytest.mark.parametrize("feed", [Path(sys.executable).read_bytes()[:100_000], os.urandom(3000)],
                         ids=["a program", "random bytes"])  # fmt: skip
def test_binary_standard_input_is_refused_in_one_line_and_nothing_recorded(
    tmp_path: Path, argv: list[str], feed: bytes
) -> None:
    """`sendbot chat < /bin/ls` asked each of its 509 "lines", printed the garbage back, and
    left 425 of them in `kb gaps` for a moderator to wade through."""
    done = subprocess.run([sys.executable, "-m", "sendbot", *argv], input=feed,
                          capture_output=True, cwd=REPO, env=_env(tmp_path),
                          timeout=120)  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.startswith(b"sendbot " + argv[0].encode() + b": standard input is not text")
    assert done.stderr.count(b"\n") == 1
    assert not (tmp_path / "data" / "state.sqlite3").exists()  # where kb gaps are recorded


def test_a_stray_byte_of_another_encoding_still_gets_its_answer(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "sendbot", "ask", "--json", "-"],
                          input=b"how many special schools opened? \xa3\n", capture_output=True,
                          cwd=REPO, env=_env(tmp_path), timeout=120)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, b"")
    assert json.loads(done.stdout)["fact_id"] == "special-schools-opened"


def test_a_short_question_with_a_stray_byte_is_asked_not_refused() -> None:
    """One byte in five is not UTF-8 here, yet it is a question typed in another encoding."""
    assert not_text(b"caf\xe9?\n") is None
    assert not_text("how much is £10bn?\n".encode("cp1252") * 20) is None
    assert not_text(bytes(range(128, 256)) * 2) is not None


@pytest.mark.parametrize("argv", [["kb", "build", "/dev/zero"], ["kb", "import", "/dev/zero"]])
def test_an_endless_file_is_refused_as_over_the_limit(tmp_path: Path, argv: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sendbot", "--kb", str(tmp_path / "mine"), *argv],
        capture_output=True,
        cwd=REPO,
        env=_env(tmp_path),
        timeout=120,
        input=b"",
    )
    assert done.returncode == 1, done.stderr
    assert b"over the 2,000,000-byte limit" in done.stderr


def test_a_knowledge_directory_with_fifos_is_read_without_waiting(tmp_path: Path) -> None:
    common = [sys.executable, "-m", "sendbot", "--kb", str(tmp_path / "mine")]
    subprocess.run([*common, "init", str(tmp_path / "mine")], env=_env(tmp_path), check=True,
                   capture_output=True, cwd=REPO)  # fmt: skip
    os.mkfifo(tmp_path / "mine" / "waiting.yaml")
    os.mkfifo(tmp_path / "mine" / "sources" / "waiting.txt")
    done = subprocess.run([*common, "ask", QUESTION], capture_output=True, cwd=REPO,
                          env=_env(tmp_path), timeout=120)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"special schools" in done.stdout


def test_proc_as_a_knowledge_directory_is_refused_at_once(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sendbot", "kb", "alias", "x", "y", "--kb", "/proc"],
        capture_output=True, cwd=REPO, env=_env(tmp_path), timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith(b"/proc: holds no knowledge files")
