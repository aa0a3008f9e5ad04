"""Every subcommand with hostile arguments: empty, a megabyte, not UTF-8, NUL, missing,
unreadable and directory paths, negative and huge numbers, hostile standard input, and a
closed standard output. Whatever the input: no traceback, no "unexpected error" from the
last-resort guard, an exit status of 0, 1 or 2, and bounded output. A refused command changes
no file; an odd but acceptable value that is saved leaves a knowledge base that still loads.

Runs `main(argv)` in process (fast); only a closed standard output needs real processes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import sendbot
from sendbot.cli.main import main
from sendbot.knowledge.errors import KnowledgeError
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load
from tests.cli.runner import environment_without_settings
from tests.storage.storekit import KB_FILE, SMALL_KB, SOURCE_ID

FACT = "high-needs-budget"
MEGABYTE = "x" * 1_000_000
NOT_UTF8 = "caf\udce9"  # how Python passes the argument bytes b"caf\xe9" to a program

TEXTS = ["", MEGABYTE, NOT_UTF8, "a\0b", " \t ", "<@123> @everyone", "{a: [", "-x", "é" * 400]
NUMBERS = ["", "0", "-1", "-3", "9" * 5000, "99999999999999999999", "1e309", "nan", "0x10"]
# Path names, resolved against the sandbox below ("" and the odd ones stay as they are).
PATHS = [
    "",
    MEGABYTE,
    NOT_UTF8,
    "a\0b",
    "missing/none.yaml",
    "a-directory",
    "plain.txt",
    "unreadable.yaml",
    "plain.txt/under-a-file",
    "binary.yaml",
    "big.yaml",
    "dangling-link",
    "/dev/null",
    "/dev/zero",  # endless: read one byte past a limit, never whole
    "knowledge",  # the knowledge directory itself, where a file or the data directory is meant
]
STDINS = [
    b"",
    b"\xff\xfe caf\xe9?\n",
    b"a\0b\n",
    b"x" * 1_000_000 + b"\n",
    b"how many special schools opened?\n" * 3,
    b"\n\n   \n",
]


def make_sandbox(root: Path) -> None:
    shutil.copytree(SMALL_KB, root / "knowledge")
    (root / "a-directory").mkdir()
    (root / "plain.txt").write_text("just some text\n", encoding="utf-8")
    (root / "unreadable.yaml").write_text("source: {}\n", encoding="utf-8")
    (root / "unreadable.yaml").chmod(0)  # unreadable except for root
    (root / "binary.yaml").write_bytes(b"\xff\xfe\x00\x01" * 100)
    (root / "big.yaml").write_bytes(b"# padding\n" * 200_000)
    (root / "dangling-link").symlink_to(root / "nowhere")
    (root / "import.yaml").write_bytes((SMALL_KB / KB_FILE).read_bytes())
    os.mkfifo(root / "knowledge" / "sources" / "a-fifo")  # skipped, never waited on


def signature(root: Path) -> dict[str, tuple[int, int, int]]:
    """Cheap enough to take after every invocation: any write changes one of these."""
    return {
        str(path.relative_to(root)): (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink()
        for stat in [path.stat()]
    }


def in_a_data_directory(root: Path, name: str) -> bool:
    """A file of a data directory: `data/`, or a hostile path given as --data earlier (a
    command that opens the state database may touch its files even when it refuses)."""
    if name.startswith("data/"):
        return True
    parents = [parent for parent in Path(name).parents if parent != Path(".")]
    return any((root / parent / "state.sqlite3").exists() for parent in parents)


def digest(root: Path) -> dict[str, str]:
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod(mode | 0o400)
            files[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
            path.chmod(mode)
    return files


@dataclass(frozen=True)
class Case:
    """A command line with one slot, `{}`, filled with each hostile value of `kind`."""

    argv: tuple[str, ...]
    kind: str  # text | number | path | stdin

    def values(self) -> list[str] | list[bytes]:
        return {"text": TEXTS, "number": NUMBERS, "path": PATHS, "stdin": STDINS}[self.kind]


K = "knowledge"
ADD = ("kb", "add", "--source", SOURCE_ID, "--id", "new-fact", "--statement", "s", "--quote",
       "q", "--question", "q?", "--as-of", "2024-02-08")  # fmt: skip


def _add_with(option: str) -> tuple[str, ...]:
    argv = list(ADD)
    argv[argv.index(option) + 1] = "{}"
    return tuple(argv)


# The commands, each with its slots. Bases are chosen so that the valid rest of a command
# line would be refused anyway (unknown fact, no --yes): any change on disk is a bug.
COMMANDS: dict[str, list[Case]] = {
    "run": [Case(("run",), "stdin")],
    "sync": [Case(("sync",), "stdin")],
    "chat": [Case(("chat",), "stdin")],
    "ask": [
        Case(("ask", "{}"), "text"),
        Case(("ask", "--json", "{}"), "text"),
        Case(("ask", "-"), "stdin"),
        Case(("ask", "--json", "-"), "stdin"),
    ],
    "init": [Case(("init", "{}"), "path")],
    "bench": [
        Case(("bench", "--facts", "{}", "--questions", "1"), "number"),
        Case(("bench", "--facts", "1", "--questions", "{}"), "number"),
    ],
    "kb check": [Case(("kb", "check", "{}"), "path"), Case(("kb", "check"), "stdin")],
    "kb test": [Case(("kb", "test", "--weak"), "stdin")],
    "kb build": [
        Case(("kb", "build", "{}"), "path"),
        Case(("kb", "build", "plain.txt", "--out", "{}"), "path"),
    ],
    # Only the argument is fuzzed: a well-formed UIN would wait on the (closed) API's retries.
    "kb fetch": [Case(("kb", "fetch", "{}"), "text")],
    "kb list": [Case(("kb", "list"), "stdin")],
    "kb add": [
        Case(_add_with(option), "text")
        for option in ("--source", "--id", "--statement", "--quote", "--question", "--as-of")
    ]
    + [
        Case((*ADD, "--title", "{}"), "text"),
        Case((*ADD, "--tag", "{}"), "text"),
        Case((*ADD[:3], "no-such-source", *ADD[4:], "--expect-revision", "{}"), "number"),
    ],
    "kb edit": [
        Case(("kb", "edit", "{}", "--title", "t"), "text"),
        *(
            Case(("kb", "edit", FACT, option, "{}"), "text")
            for option in ("--title", "--statement", "--quote", "--as-of", "--add-question")
        ),
        Case(("kb", "edit", FACT, "--tag", "{}"), "text"),
        Case(("kb", "edit", "no-such-fact", "--title", "t", "--expect-revision", "{}"), "number"),
    ],
    "kb remove": [
        Case(("kb", "remove", "{}", "--yes"), "text"),
        Case(("kb", "remove", FACT, "--expect-revision", "{}"), "number"),
    ],
    "kb alias": [
        Case(("kb", "alias", "{}", "what is the hnb?"), "text"),
        Case(("kb", "alias", FACT, "{}"), "text"),
        Case(("kb", "alias", "no-such-fact", "q?", "--expect-revision", "{}"), "number"),
    ],
    "kb history": [
        Case(("kb", "history", "{}"), "text"),
        Case(("kb", "history", "--limit", "{}"), "number"),
        Case(("kb", "history", "--before", "{}"), "number"),
    ],
    "kb undo": [Case(("kb", "undo", "--expect-revision", "{}"), "number")],
    "kb redo": [Case(("kb", "redo", "--expect-revision", "{}"), "number")],
    "kb gaps": [Case(("kb", "gaps", "--limit", "{}"), "number")],
    "kb stats": [Case(("kb", "stats", "--limit", "{}"), "number")],
    "kb reviews": [
        Case(("kb", "reviews", "--discard", "{}"), "text"),
        Case(("kb", "reviews"), "stdin"),
    ],
    "kb import": [
        Case(("kb", "import", "{}", "--yes"), "path"),
        Case(("kb", "import", "import.yaml", "--name", "{}", "--yes"), "text"),
    ],
    # The small base names no measure, so no chart is ever written.
    "trend": [
        Case(("trend", "{}"), "text"),
        Case(("trend", "no-such-measure", "--out", "{}"), "path"),
    ],
}
# The global options, after the command, on every command (a harmless base for each).
GLOBAL_BASES = {
    "run": ("run",),
    "sync": ("sync",),
    "chat": ("chat",),
    "ask": ("ask", "hi"),
    "init": ("init", "new-copy"),
    "bench": ("bench", "--facts", "1", "--questions", "1"),
    "trend": ("trend", "--list"),
    "kb check": ("kb", "check"),
    "kb test": ("kb", "test"),
    "kb build": ("kb", "build", "plain.txt"),
    "kb fetch": ("kb", "fetch", "not a question"),
    "kb list": ("kb", "list"),
    "kb add": (*ADD[:3], "no-such-source", *ADD[4:]),
    "kb edit": ("kb", "edit", "no-such-fact", "--title", "t"),
    "kb remove": ("kb", "remove", FACT),
    "kb alias": ("kb", "alias", "no-such-fact", "q?"),
    "kb history": ("kb", "history"),
    "kb undo": ("kb", "undo", "--expect-revision", "99"),
    "kb redo": ("kb", "redo", "--expect-revision", "99"),
    "kb gaps": ("kb", "gaps"),
    "kb stats": ("kb", "stats"),
    "kb reviews": ("kb", "reviews"),
    "kb import": ("kb", "import", "import.yaml"),
}
for name, base in GLOBAL_BASES.items():
    COMMANDS[name] += [Case((*base, "--kb", "{}"), "path"), Case((*base, "--data", "{}"), "path")]


def test_every_subcommand_is_fuzzed() -> None:
    from sendbot.cli.main import build_parser
    from tests.cli.test_errors import _parsers

    leaves = {
        parser.prog.removeprefix("sendbot ")
        for parser in _parsers(build_parser())
        if not any(action.dest in ("command", "kb_command") for action in parser._actions)
    }
    assert leaves == set(COMMANDS)


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def _fill(argv: tuple[str, ...], value: str, sandbox: Path, kind: str) -> list[str]:
    if kind == "path" and value and value.isprintable() and not value.startswith("/"):
        value = str(sandbox / value) if len(value) < 1000 else value
    return [value if part == "{}" else part for part in argv]


@contextlib.contextmanager
def _stdin(data: bytes) -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved


def run_in_process(argv: list[str], stdin: bytes = b"") -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    with _stdin(stdin), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 1
    return Outcome(code, out.getvalue(), err.getvalue())


def problems_with(outcome: Outcome) -> list[str]:
    found = []
    if outcome.code not in (0, 1, 2):
        found.append(f"exit status {outcome.code}")
    for where, text in (("stdout", outcome.out), ("stderr", outcome.err)):
        if "Traceback" in text or "unexpected error" in text:
            found.append(f"{where}: {text[-300:]!r}")
        if len(text) > 50_000:
            found.append(f"{where}: {len(text):,} characters")
    if outcome.code == 2 and len(outcome.err.splitlines()) != 1:
        found.append(f"usage error in {len(outcome.err.splitlines())} lines: {outcome.err[:300]!r}")
    return found


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_sandbox(tmp_path)
    for name in list(os.environ):
        if name.startswith(("DISCORD", "SENDBOT")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # relative paths and .env: the sandbox's
    return tmp_path


def still_loads(kb_dir: Path) -> list[str]:
    try:
        load(kb_dir)
    except KnowledgeError as exc:
        return [str(problem) for problem in exc.problems]
    return []


def restore(sandbox: Path) -> None:
    """Back to the knowledge base as copied, with no history of the change just made."""
    shutil.rmtree(sandbox / K)
    shutil.copytree(SMALL_KB, sandbox / K)
    shutil.rmtree(sandbox / "data", ignore_errors=True)


def _invocations(cases: list[Case], sandbox: Path) -> Iterator[tuple[list[str], bytes]]:
    common = ["--kb", str(sandbox / K), "--data", str(sandbox / "data")]
    for case in cases:
        for value in case.values():
            if isinstance(value, bytes):
                yield [*common, *case.argv], value
            else:
                yield [*common, *_fill(case.argv, value, sandbox, case.kind)], b""


def count_invocations() -> int:
    return sum(len(case.values()) for cases in COMMANDS.values() for case in cases)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_hostile_arguments_never_give_a_traceback_or_change_a_file(
    sandbox: Path, command: str
) -> None:
    contents, bundled = digest(sandbox), digest(BUNDLED_KNOWLEDGE)
    before = signature(sandbox)
    failures = []
    for argv, stdin in _invocations(COMMANDS[command], sandbox):
        outcome = run_in_process(argv, stdin)
        shown = [part if len(part) < 60 else part[:20] + "..." for part in argv]
        failures += [f"{shown} stdin={stdin[:20]!r}: {p}" for p in problems_with(outcome)]
        # New files may appear (the data directory, what `init` copies); none may change,
        # except the knowledge base when a command succeeded.
        after = signature(sandbox)
        changed = sorted(
            name
            for name, stat in before.items()
            if after.get(name) != stat and not in_a_data_directory(sandbox, name)
        )
        if changed and outcome.code == 0 and all(name.startswith(K) for name in changed):
            failures += [f"{shown}: saved, then {p}" for p in still_loads(sandbox / K)]
            restore(sandbox)
            after = signature(sandbox)
        elif changed:
            failures.append(f"{shown}: exit {outcome.code}, changed {changed}")
        before = after
    assert not failures, "\n".join(failures)
    after = digest(sandbox)
    assert {name: after.get(name) for name in contents} == contents
    assert digest(BUNDLED_KNOWLEDGE) == bundled


# With standard output closed, or a pipe whose reader has gone: real processes, a few commands.
CLOSED_OUTPUT = [["ask", "--json", "-"], ["chat"], ["kb", "check"], ["--help"], ["kb"], ["-v"]]


@pytest.mark.parametrize("how", ["closed", "reader-gone"])
@pytest.mark.parametrize("argv", CLOSED_OUTPUT, ids=" ".join)
def test_a_closed_standard_output_gives_no_traceback(
    sandbox: Path, argv: list[str], how: str
) -> None:
    env = environment_without_settings()
    env |= {"SENDBOT_KB": str(sandbox / K), "SENDBOT_DATA": str(sandbox / "data")}
    env["PYTHONPATH"] = str(Path(sendbot.__file__).resolve().parents[1])  # this sendbot
    command = [sys.executable, "-m", "sendbot", *argv]
    if how == "closed":  # `sendbot ... >&-`
        command = ["sh", "-c", 'exec "$@" >&-', "sh", *command]
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE if how == "reader-gone" else None,
        stderr=subprocess.PIPE,
        cwd=sandbox,
        env=env,
    )
    if process.stdout is not None:
        process.stdout.close()  # gone before sendbot writes anything
    _, err = process.communicate(b"how many special schools opened?\nhi\n", timeout=60)
    text = err.decode(errors="replace")
    assert "Traceback" not in text and "Exception ignored" not in text
    assert process.returncode in (0, 1, 2, 120, 141), text  # 2: no command given


@pytest.mark.parametrize(
    ("argv", "code", "said"),
    [
        (["ask", "--json", "-"], 0, ""),
        (["chat"], 0, ""),
        (
            ["kb", "build", "-"],
            1,
            "sendbot: standard input: not a written answer: the text is empty\n",
        ),
    ],
    ids=["ask --json -", "chat", "kb build -"],
)
def test_a_closed_standard_input_reads_as_empty(
    sandbox: Path, argv: list[str], code: int, said: str
) -> None:
    """`sendbot ask --json - <&-` said "unexpected error: AttributeError: 'NoneType' object
    has no attribute 'isatty'": Python gives a closed standard input as None."""
    env = environment_without_settings()
    env |= {"SENDBOT_KB": str(sandbox / K), "SENDBOT_DATA": str(sandbox / "data")}
    env["PYTHONPATH"] = str(Path(sendbot.__file__).resolve().parents[1])  # this sendbot
    command = ["sh", "-c", 'exec "$@" <&-', "sh", sys.executable, "-m", "sendbot", *argv]
    done = subprocess.run(command, capture_output=True, text=True, cwd=sandbox, env=env, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (code, "", said)
