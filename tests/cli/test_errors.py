"""Every way of getting the command line wrong ends in one line on standard error and an exit
status: 2 for bad usage and unusable paths, 1 for a refused change. Nothing is changed."""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sendbot.cli.main import TYPE_QUESTIONS, build_parser
from sendbot.storage.loader import load
from tests.cli.runner import Run
from tests.storage.storekit import KB_FILE, refuse_writes_in


def tree_digest(directory: Path) -> dict[str, str]:
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in text
    return lines[0]


NOT_UTF8 = "PINS \udcff."  # how Python passes the argument bytes b"PINS \xff." to a program


@pytest.mark.parametrize(
    "argv",
    [
        ["kb", "add", "--source", "s", "--id", "new-fact", "--statement", NOT_UTF8, "--quote",
         "q", "--question", "q?", "--as-of", "2024-02-08"],
        ["kb", "edit", "high-needs-budget", "--add-question", NOT_UTF8],
        ["kb", "alias", "high-needs-budget", NOT_UTF8],
        ["ask", NOT_UTF8],
    ],
    ids=["add", "edit", "alias", "ask"],
)  # fmt: skip
def test_arguments_that_are_not_utf8_are_refused_as_usage(
    run: Run, kb_dir: Path, tmp_path: Path, argv: list[str]
) -> None:
    before = tree_digest(kb_dir)
    code, _, err = run("--kb", str(kb_dir), "--data", str(tmp_path / "data"), *argv)
    assert code == 2
    assert "is not valid UTF-8" in one_line(err)
    assert tree_digest(kb_dir) == before


@pytest.mark.parametrize(
    "argv", [["chat"], ["kb", "gaps"], ["kb", "history"], ["kb", "undo"], ["kb", "redo"]]
)
def test_a_data_directory_that_is_a_file_is_one_line(
    run: Run, kb_dir: Path, tmp_path: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "data"
    a_file.write_text("not a directory")
    monkeypatch.setenv("SENDBOT_DATA", str(a_file))
    code, _, err = run("--kb", str(kb_dir), *argv)
    assert code == 2
    assert one_line(err) == (
        f"sendbot: the data directory {a_file} is not a directory "
        "(set by SENDBOT_DATA; change it or give --data)"
    )
    assert a_file.read_text() == "not a directory"
    code, _, err = run("--kb", str(kb_dir), "--data", str(a_file), *argv)
    assert (code, one_line(err)) == (
        2,
        f"sendbot: the data directory {a_file} is not a directory (set by --data)",
    )


def test_a_data_directory_that_cannot_be_created_is_one_line(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    code, _, err = run("--kb", str(kb_dir), "--data", str(blocked / "data"), "kb", "undo")
    assert code == 2
    assert "cannot be created: Not a directory" in one_line(err)


@pytest.mark.parametrize("argv", [["kb", "history"], ["kb", "gaps"], ["kb", "stats"]])
def test_a_command_that_only_reads_says_a_data_directory_under_a_file_cannot_be_read(
    run: Run, kb_dir: Path, tmp_path: Path, argv: list[str]
) -> None:
    # It said "no saved changes" (exit 0) of a directory that can never hold any.
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    code, out, err = run("--kb", str(kb_dir), "--data", str(blocked / "data"), *argv)
    assert (code, out) == (2, "")
    assert one_line(err) == (
        f"sendbot: the data directory {blocked / 'data'} cannot be read: {blocked} is a file "
        "(set by --data)"
    )
    assert blocked.read_text() == ""


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize("argv", [["kb", "history"], ["kb", "gaps"], ["kb", "stats"]])
def test_a_command_that_only_reads_says_a_data_directory_that_can_never_be_made_cannot_be_read(
    run: Run, kb_dir: Path, argv: list[str]
) -> None:
    # HOME=/sys: "no saved changes" (exit 0) of a directory that can never hold any.
    missing = Path("/proc/sendbot-data")
    code, out, err = run("--kb", str(kb_dir), "--data", str(missing), *argv)
    assert (code, out) == (2, "")
    assert one_line(err) == (
        f"sendbot: the data directory {missing} cannot be read: it does not exist and cannot "
        "be made, as /proc holds no files of its own (a virtual file system) (set by --data)"
    )


def test_undo_says_a_data_directory_it_may_not_make_cannot_be_created(
    run: Run, kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not root (root may write anywhere access() can tell): the directory above is not writable.
    real_access = os.access
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr(
        os, "access", lambda path, mode: Path(path) != locked and real_access(path, mode)
    )
    code, out, err = run("--kb", str(kb_dir), "--data", str(locked / "data"), "kb", "undo")
    assert (code, out) == (2, "")
    assert one_line(err) == (
        f"sendbot: the data directory {locked / 'data'} cannot be created: {locked} is not "
        "writable (set by --data)"
    )


@pytest.mark.parametrize("argv", [["kb", "history"], ["kb", "gaps"], ["kb", "stats"]])
def test_a_command_that_only_reads_creates_no_data_directory(
    run: Run, kb_dir: Path, tmp_path: Path, argv: list[str]
) -> None:
    missing = tmp_path / "fresh" / "data"
    code, out, err = run("--kb", str(kb_dir), "--data", str(missing), *argv)
    # An empty history says where it was looked for: the edits may be in another --data.
    said = f"history recorded in {missing}, set by --data\n" if argv == ["kb", "history"] else ""
    assert (code, err) == (0, said)
    assert out.startswith(("no saved changes", "no unanswered questions", "answered 0"))
    assert not (tmp_path / "fresh").exists()


@pytest.mark.parametrize("argv", [["ask", "how many special schools opened?"], ["trend"]])
def test_a_data_directory_it_cannot_write_does_not_stop_a_command_that_only_reads(
    run: Run, tmp_path: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only = tmp_path / "data"
    read_only.mkdir()
    common = importlib.import_module("sendbot.cli.common")
    writable = common.os.access
    monkeypatch.setattr(
        common.os,
        "access",
        lambda path, mode: writable(path, mode) and Path(path) != read_only,
    )
    code, out, err = run("--data", str(read_only), *argv)
    assert (code, err) == (0, "")
    assert out


class Typed(io.StringIO):
    """Standard input that is a terminal: what someone types there."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_ask_dash_at_a_terminal_says_it_is_reading(
    run: Run, monkeypatch: pytest.MonkeyPatch, json_flag: list[str]
) -> None:
    # It waited in silence, as if stuck, for someone who typed `sendbot ask -` by hand.
    monkeypatch.setattr("sys.stdin", Typed("hi\n"))
    code, out, err = run("ask", *json_flag, "-")
    assert (code, err) == (0, TYPE_QUESTIONS + "\n")
    assert "Hello" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("hi\n"))  # a pipe: nothing to say
    assert run("ask", *json_flag, "-")[2] == ""


@pytest.mark.parametrize("argv", [["ask", "how many special schools opened?"], ["trend"]])
def test_a_data_directory_it_cannot_create_does_not_stop_a_command_that_only_reads(
    run: Run, tmp_path: Path, argv: list[str]
) -> None:
    # As with a read-only HOME (the default data directory is ~/.local/share/sendbot): it was
    # refused as "cannot be created", though asking writes nothing but an optional cache.
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    code, out, err = run("--data", str(blocked / "data"), *argv)
    assert (code, err) == (0, "")
    assert out


@pytest.mark.parametrize(
    "argv",
    [
        ["bench", "--questions", "0"],
        ["bench", "--facts", "0"],
        ["bench", "--facts", "-5"],
        ["bench", "--questions", "9" * 5000],
        ["kb", "history", "--limit", "-3"],
        ["kb", "gaps", "--limit", "0"],
        ["kb", "undo", "--expect-revision", "-1"],
    ],
)
def test_numbers_out_of_range_are_usage_errors(run: Run, argv: list[str]) -> None:
    code, _, err = run(*argv)
    assert code == 2
    assert "must be a whole number from" in one_line(err)
    assert len(err) < 400  # the 5,000-digit number is not echoed back whole


def test_numbers_written_as_the_help_writes_them_are_read(run: Run, tmp_path: Path) -> None:
    # `sendbot bench --help` says "(default 10,000)"; "--facts 10,000" copied from it was
    # refused as "must be a whole number from 1 to 100,000".
    data = str(tmp_path / "data")
    assert run("kb", "history", "--limit", "1,000", "--data", data)[0] == 0
    for odd in ("1,00", "10,0000", ",100", "1,000,"):
        code, _, err = run("kb", "history", "--limit", odd, "--data", data)
        assert code == 2 and "must be a whole number from" in err


def test_bad_usage_is_one_line_naming_the_help_to_read(run: Run) -> None:
    code, _, err = run("kb", "list", "--colour")
    assert code == 2
    # Said by the command it was given to, pointing at that command's help.
    assert one_line(err) == (
        "sendbot kb list: unrecognized arguments: --colour (see sendbot kb list --help)"
    )
    code, _, err = run("ask", "--unknown", "hi")
    assert code == 2
    assert (
        one_line(err) == "sendbot ask: unrecognized arguments: --unknown (see sendbot ask --help)"
    )
    code, _, err = run("kb", "add", "--id", "x")
    assert code == 2
    assert one_line(err).startswith("sendbot kb add: the following arguments are required:")
    assert err.endswith("(see sendbot kb add --help)\n")


def test_a_command_option_given_before_the_command_says_where_it_goes(run: Run) -> None:
    """`sendbot --json ask` said that ask did not know --json, which its help lists."""
    code, _, err = run("--json", "ask", "hi")
    assert code == 2
    assert one_line(err) == (
        "sendbot ask: --json goes after the command: sendbot ask --json ... "
        "(see sendbot ask --help)"
    )
    code, _, err = run("--out=x.png", "trend", "high-needs-budget")
    assert (code, one_line(err)) == (
        2,
        "sendbot trend: --out=x.png goes after the command: sendbot trend --out=x.png ... "
        "(see sendbot trend --help)",
    )


@pytest.mark.parametrize("place", ["before", "after", "after-kb-command"], ids=lambda place: place)
def test_global_options_work_before_or_after_the_command(
    run: Run, tmp_path: Path, place: str
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    options = ["--kb", str(empty), "--data", str(tmp_path / "data"), "-v"]
    argv = {
        "before": [*options, "kb", "list"],
        "after": ["kb", *options, "list"],
        "after-kb-command": ["kb", "list", *options],
    }[place]
    code, _, err = run(*argv)
    assert code == 1
    assert "holds no knowledge files" in err


def test_an_option_before_the_command_is_not_undone_by_its_absence_after(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    code, out, _ = run("--kb", str(kb_dir), "--data", str(tmp_path / "d"), "ask", "hi")
    assert code == 0 and "Hello! I answer questions about" in out


def test_kb_check_of_a_missing_directory_says_it_does_not_exist(run: Run, tmp_path: Path) -> None:
    code, _, err = run("kb", "check", str(tmp_path / "nonexistent"))
    assert code == 1
    assert err.splitlines()[0] == f"{tmp_path / 'nonexistent'}: does not exist"


def test_kb_import_of_a_bad_file_names_that_file(run: Run, kb_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "upload" / KB_FILE
    bad.parent.mkdir()
    bad.write_text("source: [unclosed\n", encoding="utf-8")
    before = tree_digest(kb_dir)
    code, _, err = run("--kb", str(kb_dir), "--data", str(tmp_path / "data"), "kb", "import",
                       str(bad))  # fmt: skip
    assert code == 1
    assert err.startswith(f"{bad}:")
    assert str(kb_dir) not in err
    assert tree_digest(kb_dir) == before


def test_kb_import_of_a_directory_is_refused(run: Run, kb_dir: Path, tmp_path: Path) -> None:
    code, _, err = run("--kb", str(kb_dir), "--data", str(tmp_path / "d"), "kb", "import",
                       str(tmp_path))  # fmt: skip
    assert code == 1
    assert one_line(err) == f"refused: {tmp_path} is a directory, not a knowledge file"


def test_kb_build_of_a_directory_says_how_to_draft_each_file(run: Run, tmp_path: Path) -> None:
    """A folder of saved answers given whole said only "cannot read DIR: Is a directory"."""
    saved = tmp_path / "saved answers"
    saved.mkdir()
    code, out, err = run("--data", str(tmp_path / "d"), "kb", "build", str(saved))
    assert (code, out) == (1, "")
    assert one_line(err) == (
        f"sendbot: {saved} is a directory: kb build drafts one file at a time; for each answer "
        f"in it: for f in '{saved}'/*.txt; do sendbot kb build \"$f\" --out drafts/; done"
    )
    assert list(saved.iterdir()) == []


def test_kb_alias_refuses_a_colliding_phrasing_unless_forced(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    common = ["--kb", str(kb_dir), "--data", str(tmp_path / "data")]
    before = tree_digest(kb_dir)
    # A phrasing the other fact answers (its own question is refused even forced: see
    # tests/knowledge/test_edits.py).
    question = "how many special schools have opened?"
    code, _, err = run(*common, "kb", "alias", "high-needs-budget", question)
    assert code == 1
    # The fact that owns it answers it outright: a count asked of the budget's sum is
    # lacking, so no tie (a tie, named as `kb test` names one, is checked in
    # test_kb_alias_refuses_a_phrasing_another_fact_answers_today).
    assert err.splitlines()[0] == (
        f"collision: {question!r} belongs to high-needs-budget but answers with "
        "special-schools-opened"
    )
    assert err.splitlines()[-1].startswith("refused: that phrasing would collide")
    assert tree_digest(kb_dir) == before

    code, out, _ = run(*common, "kb", "alias", "high-needs-budget", question, "--force")
    assert code == 0 and out.startswith("saved #1")
    code, out, _ = run(*common, "kb", "test")
    assert code == 1  # kb test fails on the collision it reports
    assert "collision:" in out


def test_kb_alias_refuses_a_phrasing_taken_for_chat_even_forced(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    """'hello' saved under a fact is still greeted: no one typing it gets the fact."""
    common = ["--kb", str(kb_dir), "--data", str(tmp_path / "data")]
    before = tree_digest(kb_dir)
    for question, reply, force in [
        ("hey hey", "greeting", []),
        ("many thanks, bot", "greeting", ["--force"]),
        ("what sort of things can I ask", "help", ["--force"]),
    ]:
        code, out, err = run(*common, "kb", "alias", "high-needs-budget", question, *force)
        assert (code, out) == (1, "")
        assert err == (
            f"refused: {question!r} gets a {reply} reply, not a fact, even as a question of "
            "'high-needs-budget': add the way people ask for what the fact says\n"
        )
    assert tree_digest(kb_dir) == before
    assert not (tmp_path / "data" / "state.sqlite3").exists()


def test_kb_alias_saves_a_phrasing_that_collides_with_nothing(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    code, out, err = run("--kb", str(kb_dir), "--data", str(tmp_path / "data"), "kb", "alias",
                         "high-needs-budget", "what is the hnb?")  # fmt: skip
    assert (code, err) == (0, "") and out.startswith("saved #1")
    code, _, _ = run("--kb", str(kb_dir), "--data", str(tmp_path / "data"), "kb", "test")
    assert code == 0


def test_kb_list_shows_source_and_fact_ids(run: Run, kb_dir: Path) -> None:
    code, out, _ = run("--kb", str(kb_dir), "kb", "list")
    assert code == 0
    assert out.splitlines() == [
        "source send-ap-improvement-plan-2024-02-08  (2 facts)  "
        "Progress on the SEND and AP Improvement Plan",
        "  special-schools-opened  New special schools opened",
        "  high-needs-budget  High needs budget",
    ]


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_command_and_option_has_help_text() -> None:
    missing = []
    for parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                missing += [
                    f"{parser.prog} {choice.dest}"
                    for choice in action._choices_actions
                    if not choice.help
                ]
            elif not action.help:
                missing.append(f"{parser.prog} {action.dest}")
    assert missing == []


def test_an_unexpected_error_is_one_line_and_v_shows_the_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(path: Path, cache: object = None) -> None:
        raise RuntimeError("the disk is on fire")

    # The module, not the `main` function that sendbot.cli exports under the same name.
    monkeypatch.setattr(importlib.import_module("sendbot.cli.main"), "load", broken)
    code, _, err = run("kb", "check")
    assert code == 1
    assert one_line(err) == (
        "sendbot: unexpected error: RuntimeError: the disk is on fire (run with -v for details)"
    )
    with caplog.at_level(logging.DEBUG):
        code, _, err = run("kb", "check", "-v")
    assert code == 1
    assert any(record.exc_info for record in caplog.records)


def test_kb_alias_refuses_a_phrasing_another_fact_answers_today(run: Run, tmp_path: Path) -> None:
    """Not another fact's own wording, but a question that fact answers: taking it is refused,
    and `kb test` reports the tie it makes when it was forced in."""
    common = ["--kb", str(tmp_path / "mine"), "--data", str(tmp_path / "data")]
    assert run("init", str(tmp_path / "mine"))[0] == 0
    # (Once "how many places were created?" forced onto the schools opened: that fact counts
    # schools, so the question stays with the places created, forced or not.)
    question = "who leads the east of england change programme partnership?"
    code, out, _ = run(*common, "ask", "--json", question)
    answered_by = json.loads(out)["fact_id"]
    assert code == 0 and answered_by is not None
    target = "change-programme-tests-improvement-plan"  # a fact about the same programme
    assert load(tmp_path / "mine").kb.fact(target) is not None and answered_by != target
    before = tree_digest(tmp_path / "mine")
    code, _, err = run(*common, "kb", "alias", target, question)
    assert code == 1
    assert err.splitlines()[0] == (
        f"collision: {question!r} belongs to {target} but answers with {answered_by}"
    )
    assert err.splitlines()[1].startswith("refused: that phrasing would collide")
    assert tree_digest(tmp_path / "mine") == before

    assert run(*common, "kb", "alias", target, question, "--force")[0] == 0
    code, out, _ = run(*common, "kb", "test")
    # Its own fact answers it now, but only by a tie with the fact that used to.
    assert f"tie: {question!r} belongs to {target} but matches {answered_by} as closely" in out
    # ... and it says where that question is and how to fix it.
    tie_line = next(line for line in out.splitlines() if line.startswith(f"tie: {question!r}"))
    target_file = next(
        path.name
        for path in (tmp_path / "mine").glob("*.yaml")
        if f"id: {target}\n" in path.read_text(encoding="utf-8")
    )
    assert tie_line.endswith(f"({target_file})")
    # The advice follows the summary line ("N questions checked: ...").
    advice = " ".join(out.split(" checked: ", 1)[1].split("\n", 1)[1].split())
    assert "A tie: a fact's own question is answered with its fact, but another fact" in advice
    assert "reword the question so it asks for what only its own fact gives" in advice
    assert "edit the fact's `questions:` in the file named (then `sendbot kb check`)" in advice
    assert code == 0  # a tie is reported, not a failure


def test_a_symlink_loop_is_one_line_like_any_other_bad_knowledge_directory(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("loop").symlink_to("loop")
    for argv in (["ask", "hi"], ["kb", "alias", "a", "b"], ["chat"], ["kb", "test"]):
        code, _, err = run(*argv, "--kb", "loop", "--data", str(tmp_path / "data"))
        assert code == 1
        assert err.splitlines()[0] == "loop: is not a knowledge directory: symlink loop"


def test_a_missing_knowledge_directory_is_worded_the_same_by_every_command(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for argv in (["ask", "hi"], ["kb", "alias", "a", "b"], ["chat"], ["kb", "list"], ["trend"]):
        code, _, err = run(*argv, "--kb", "nonexist", "--data", str(tmp_path / "data"))
        assert code == 1
        assert err.splitlines()[0] == "nonexist: the knowledge base does not exist (set by --kb)"


def test_a_knowledge_directory_of_spaces_is_shown_quoted(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SENDBOT_KB=" " gave ": the knowledge base does not exist ...", naming nothing.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SENDBOT_KB", " ")
    code, _, err = run("ask", "hi", "--data", str(tmp_path / "data"))
    assert (code, err.splitlines()[0]) == (
        1,
        "' ': the knowledge base does not exist (set by SENDBOT_KB; change it or give --kb)",
    )
    code, _, err = run("kb", "check", " ")
    assert (code, err.splitlines()[0]) == (1, "' ': does not exist")


def test_a_knowledge_directory_given_as_an_absolute_path_is_named_as_given(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run inside it, it was named relative to the working directory: ".".
    kb = tmp_path / "kb"
    kb.mkdir()
    monkeypatch.chdir(kb)
    for argv in (["kb", "check"], ["ask", "hi"], ["kb", "alias", "a", "b"]):
        code, _, err = run(*argv, "--kb", str(kb), "--data", str(tmp_path / "data"))
        assert code == 1
        assert err.splitlines()[0] == (
            f"{kb}: holds no knowledge files (the .yaml files directly inside it)"
        )


def test_a_knowledge_base_path_from_the_environment_says_what_to_change(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("notes.txt").write_text("not a knowledge base\n", encoding="utf-8")
    monkeypatch.setenv("SENDBOT_KB", "notes.txt")
    code, _, err = run("ask", "hi", "--data", str(tmp_path / "data"))
    assert code == 1
    assert err.splitlines()[0] == (
        "notes.txt: the knowledge base is a file, not a directory "
        "(set by SENDBOT_KB; change it or give --kb)"
    )


def test_a_knowledge_file_given_as_the_knowledge_base_names_its_directory(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run("ask", "hi", "--kb", str(kb_dir / KB_FILE), "--data", str(tmp_path / "d"))
    assert code == 1
    assert err.splitlines()[0] == (
        f"{kb_dir / KB_FILE}: the knowledge base is a file, not a directory; give the "
        f"directory that holds it, {kb_dir} (set by --kb)"
    )


def test_a_knowledge_bases_sources_folder_given_as_the_base_names_the_base(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    # It said "KB/sources: holds no knowledge files", true but no help (`kb check` takes it).
    sources = kb_dir / "sources"
    code, _, err = run("ask", "hi", "--kb", str(sources), "--data", str(tmp_path / "d"))
    assert code == 1
    assert err.splitlines()[0] == (
        f"{sources}: the knowledge base is the sources/ folder of one; give the directory "
        f"that holds it, {kb_dir} (set by --kb)"
    )


def test_a_path_that_is_not_utf8_is_shown_as_the_shell_shows_it(run: Run) -> None:
    code, _, err = run("ask", "hi", "--kb", "/tmp/\udcff")
    assert code == 2
    assert "the path '/tmp/\\xff' is not valid UTF-8" in err


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SENDBOT_RELOAD_SECONDS", "0"),
        ("SENDBOT_HOME_GUILDS", "abc"),
        ("SENDBOT_SHARD_IDS", "x"),
        ("SENDBOT_DEV_GUILD", "12"),
    ],
)
def test_a_bad_discord_setting_is_one_line_in_every_mode_without_a_token(
    run: Run, kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    """`ask`, `chat` and `run` without a token accepted them silently: the typo was found
    only once a token was set and the bot went online. The knowledge tools still take them."""
    monkeypatch.setenv(name, value)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    data = tmp_path / "data"
    common = ["--kb", str(kb_dir), "--data", str(data)]
    before = tree_digest(kb_dir)
    for command in (["ask", "how many special schools opened?"], ["chat"], ["run"], ["sync"]):
        code, out, err = run(*common, *command)
        assert code == 2 and out == "", command
        assert err.startswith(f"sendbot: {name}") and len(err.splitlines()) == 1, command
    assert tree_digest(kb_dir) == before and not data.exists()
    assert run(*common, "kb", "test")[0] == 0


def test_terminal_settings_keep_what_answers_depend_on() -> None:
    from sendbot.settings import Settings

    env = {"SENDBOT_STALE_MONTHS": "3", "SENDBOT_KEEP_VERSIONS": "4", "SENDBOT_HOME_GUILDS": "x"}
    settings = Settings.from_env(env, for_discord=False)
    assert (settings.stale_months, settings.keep_versions) == (3, 4)


def test_a_blank_question_is_a_usage_error_not_a_knowledge_file_problem(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    before = tree_digest(kb_dir)
    data = str(tmp_path / "data")
    for argv, expected in (
        (
            ["kb", "alias", "special-schools-opened", "   "],
            "sendbot kb alias: argument question: the question is empty "
            "(see sendbot kb alias --help)\n",
        ),
        (
            ["kb", "edit", "special-schools-opened", "--add-question", ""],
            "sendbot kb edit: argument --add-question: the question is empty "
            "(see sendbot kb edit --help)\n",
        ),
    ):
        assert run("--kb", str(kb_dir), "--data", data, *argv) == (2, "", expected)
    assert tree_digest(kb_dir) == before


def test_kb_check_of_one_file_checks_the_directory_it_is_in(run: Run, kb_dir: Path) -> None:
    code, out, err = run("kb", "check", str(kb_dir / KB_FILE))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"checking the knowledge directory {kb_dir}, which holds {kb_dir / KB_FILE}"
    assert lines[1].startswith("ok: ") and lines[1].endswith(f" in {kb_dir}")


def test_kb_check_of_its_sources_or_a_document_checks_the_directory(run: Run, kb_dir: Path) -> None:
    # They said "is not a knowledge directory" and "holds no knowledge files".
    (document,) = (kb_dir / "sources").iterdir()
    for part in (kb_dir / "sources", document):
        code, out, err = run("kb", "check", str(part))
        assert (code, err) == (0, "")
        lines = out.splitlines()
        assert lines[0] == f"checking the knowledge directory {kb_dir}, which holds {part}"
        assert lines[1].endswith(f" in {kb_dir}")


def test_kb_remove_without_yes_says_first_whether_the_fact_exists(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    data = str(tmp_path / "data")
    code, _, err = run("--kb", str(kb_dir), "--data", data, "kb", "remove", "no-such-fact")
    assert (code, err) == (
        1,
        "refused: there is no fact with id 'no-such-fact' (`sendbot kb list` lists them all)\n",
    )
    fact = load(kb_dir).kb.fact("special-schools-opened")
    assert fact is not None
    code, _, err = run("--kb", str(kb_dir), "--data", data, "kb", "remove", fact.id)
    assert (code, err) == (
        1,
        f"refused: add --yes to really remove 'special-schools-opened' ({fact.label})\n",
    )


def test_kb_remove_of_a_sources_last_fact_says_what_to_do_instead(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    # It said "KB/FILE.yaml: facts: must be a list with at least one fact", a field the
    # moderator never typed, and no way on.
    data = str(tmp_path / "data")
    where = ("--kb", str(kb_dir), "--data", data, "kb", "remove")
    assert run(*where, "high-needs-budget", "--yes")[0] == 0
    code, _, err = run(*where, "special-schools-opened", "--yes")
    assert (code, err) == (
        1,
        "refused: 'special-schools-opened' is the last fact of source "
        "send-ap-improvement-plan-2024-02-08, and a source keeps at least one fact: edit it "
        "instead; to take the whole source out, delete send-ap-improvement-plan-2024-02-08.yaml "
        "from the knowledge directory (history does not record that)\n",
    )


def test_kb_alias_says_when_its_fact_still_does_not_answer_the_question(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    # "saved #1 ..." alone, while `sendbot ask` of the same question still got the partial
    # reply: the fact gives the number opened, not a total.
    where = ("--kb", str(kb_dir), "--data", str(tmp_path / "data"), "kb", "alias")
    question = "how many special schools are there"
    code, out, err = run(*where, "special-schools-opened", question)
    assert code == 0 and out.startswith("saved #1 ")
    assert err == (
        f"note: asked now, {question!r} is still not answered with special-schools-opened: the "
        "reply is partial, as the written answer does not give it: The written answer gives "
        "the number opened, not how many there are in total. `sendbot kb undo` takes it out "
        "again if it is not what the fact says.\n"
    )
    code, out, err = run(*where, "special-schools-opened", "new special schools so far?")
    assert (code, err) == (0, "") and out.startswith("saved #2 ")


def test_ask_dash_with_more_words_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    assert run("ask", "-", "extra", "--data", str(tmp_path / "data")) == (
        2,
        "",
        "sendbot ask: give - alone to read questions from standard input "
        "(see sendbot ask --help)\n",
    )


def test_ask_from_standard_input_answers_the_questions_after_an_over_long_one(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ["hi", "y" * 400, "how many special schools opened?"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, err = run("ask", "-", "--data", str(tmp_path / "data"))
    # Every line answered, then exit status 2, as for `ask QUESTION` too long, said in a line.
    assert code == 2
    assert one_line(err) == (
        "sendbot ask: 1 of 3 question(s) could not be asked (too long; its reply says why): "
        "exit status 2"
    )
    # One reply after another, each followed by a blank line.
    hello, too_long, answered, end = out.split("\n\n")
    assert hello.startswith("Hello!")
    assert too_long == (
        "That message is 400 characters long and I couldn't find a question of 300 characters "
        "or fewer in it; please end it with your question, or keep it to 300 or fewer."
    )
    assert answered.startswith("In this academic year alone") and len(answered.splitlines()) > 2
    assert end == ""


@pytest.mark.parametrize("json_mode", [False, True])
@pytest.mark.parametrize("from_stdin", [False, True])
def test_a_question_too_long_to_ask_is_exit_status_2_however_it_is_asked(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, json_mode: bool, from_stdin: bool
) -> None:
    """One rule for a script: `ask QUESTION`, `ask --json QUESTION`, `ask -` and `ask --json -`
    each answer what they can and exit 2 when a question could not be asked (it exited 0 from
    standard input and with --json); in --json mode standard output is still only JSON."""
    too_long = "y" * 5_000
    options = ["--json"] if json_mode else []
    if from_stdin:
        monkeypatch.setattr("sys.stdin", io.StringIO(f"hi\n{too_long}\n"))
        argv = ["ask", *options, "-"]
    else:
        argv = ["ask", *options, too_long]
    code, out, err = run(*argv, "--data", str(tmp_path / "data"))
    assert code == 2
    assert "Traceback" not in err and err.count("\n") == 1
    if json_mode:
        replies = [json.loads(line) for line in out.splitlines()]
        assert replies[-1]["outcome"] == "error"
        assert "5,000 characters" in replies[-1]["text"]
        assert len(replies) == (2 if from_stdin else 1)
    elif from_stdin:
        assert "That message is 5,000 characters long" in out
    else:
        assert (out, err) == (
            "",
            "That message is 5,000 characters long; I read messages of up to 4,000 characters. "
            "Please send just your question.\n",
        )


def test_every_question_asked_is_exit_status_0(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hi\n\nhow many special schools opened?\n"))
    code, out, err = run("ask", "--json", "-", "--data", str(tmp_path / "data"))
    assert (code, err) == (0, "")
    assert len([json.loads(line) for line in out.splitlines()]) == 3


def test_a_change_to_a_knowledge_directory_sendbot_cannot_write_is_refused_in_one_line(
    run: Run, kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_digest(kb_dir)
    refuse_writes_in(monkeypatch, kb_dir)
    monkeypatch.chdir(kb_dir.parent)
    code, out, err = run(
        "--kb", "knowledge", "--data", str(tmp_path / "data"),
        "kb", "alias", "high-needs-budget", "what is the HNB?",
    )  # fmt: skip
    assert (code, out) == (1, "")
    # The file it could not write (not its hidden temp file), and what sendbot needs.
    assert one_line(err) == (
        f"refused: cannot write knowledge/{KB_FILE} (Operation not permitted); sendbot needs "
        "to write in the knowledge directory knowledge to save changes"
    )
    assert tree_digest(kb_dir) == before
    assert run("--kb", "knowledge", "--data", str(tmp_path / "data"), "kb", "history")[1] == (
        "no saved changes\n"
    )


def test_a_setting_read_from_dotenv_says_it_is_there(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "(set by SENDBOT_KB; ...)" and "SENDBOT_STALE_MONTHS must be ..." sent the user to an
    # environment that did not have them: they were in ./.env.
    monkeypatch.chdir(tmp_path)
    for name in ("SENDBOT_KB", "SENDBOT_DATA", "SENDBOT_STALE_MONTHS"):
        monkeypatch.delenv(name, raising=False)
    Path(".env").write_text("SENDBOT_KB=old-kb\n", encoding="utf-8")
    code, _, err = run("ask", "hi", "--data", str(tmp_path / "data"))
    assert (code, err.splitlines()[0]) == (
        1,
        "old-kb: the knowledge base does not exist (set by SENDBOT_KB in ./.env; change it or "
        "give --kb)",
    )
    Path(".env").write_text("SENDBOT_STALE_MONTHS=six\n", encoding="utf-8")
    code, _, err = run("ask", "hi", "--data", str(tmp_path / "data"))
    assert (code, err) == (
        2,
        "sendbot: SENDBOT_STALE_MONTHS must be a whole number from 1 to 1200 (set in ./.env)\n",
    )
    monkeypatch.setenv("SENDBOT_STALE_MONTHS", "seven")  # the environment's wins, and is named
    code, _, err = run("ask", "hi", "--data", str(tmp_path / "data"))
    assert err == "sendbot: SENDBOT_STALE_MONTHS must be a whole number from 1 to 1200\n"


@pytest.mark.parametrize(
    ("argv", "start", "listed"),
    [
        ((), "To start: sendbot run", ["run", "chat", "ask", "init", "kb"]),
        (("-v",), "To start: sendbot run", ["run", "chat", "ask", "init", "kb"]),
        (("kb",), "e.g. sendbot kb check", ["check", "list", "history", "undo", "redo"]),
    ],
    ids=["sendbot", "sendbot -v", "sendbot kb"],
)
def test_no_command_prints_what_to_type_and_the_commands(
    run: Run, argv: tuple[str, ...], start: str, listed: list[str]
) -> None:
    """`sendbot` alone said only "the following arguments are required: COMMAND": a user
    typing the program's name wants to know what to type next."""
    code, out, err = run(*argv)
    assert (code, err) == (2, "")  # no command ran: a usage error, as README says
    assert out.startswith("usage: sendbot")
    assert start in " ".join(out.split())
    first_words = {line.split()[0] for line in out.splitlines() if line.startswith("  ")}
    assert set(listed) <= first_words
    assert out.rstrip().endswith("COMMAND --help describes a command and its options.")


def test_sync_without_a_token_says_where_to_put_it(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said only "DISCORD_TOKEN is not set", to someone who may not know where it goes."""
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)  # no ./.env
    code, _, err = run("--data", str(tmp_path / "data"), "sync")
    assert (code, err) == (
        2,
        "sendbot: DISCORD_TOKEN is not set: put the bot's token (Discord Developer Portal, "
        "your application's Bot page, Reset Token) in the environment or in ./.env\n",
    )


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["how many special schools opened?"],
            'sendbot: to ask a question, give the ask command: sendbot ask "how many special '
            'schools opened?" (see sendbot --help)',
        ),
        (
            ["how", "many", "special", "schools"],
            'sendbot: to ask a question, give the ask command: sendbot ask "how ..." '
            "(see sendbot --help)",
        ),
        (
            ["is it £10bn!"],
            "sendbot: to ask a question, give the ask command: sendbot ask 'is it £10bn!' "
            "(see sendbot --help)",
        ),
        (
            ["help"],
            "sendbot: there is no help command: sendbot --help lists the commands, "
            "sendbot COMMAND --help describes one",
        ),
        (
            ["kb", "help"],
            "sendbot kb: there is no help command: sendbot kb --help lists the commands, "
            "sendbot kb COMMAND --help describes one",
        ),
    ],
    ids=["a question", "unquoted", "shell characters", "help", "kb help"],
)
def test_a_question_or_help_where_the_command_goes_says_what_to_type(
    run: Run, argv: list[str], said: str
) -> None:
    """`sendbot "how many special schools opened?"` said "argument COMMAND: invalid choice:
    ... (choose from 'run', 'sync', ...)", and `sendbot help` the same."""
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert one_line(err) == said
    code, _, err = run("qwerty")  # a mistyped command still gets argparse's list
    assert code == 2 and "invalid choice: 'qwerty' (choose from 'run'," in err


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["aks", "hi"], "ask"),
        (["runn"], "run"),
        (["kb", "chek"], "check"),
        (["kb", "Undo"], "undo"),
    ],
)
def test_a_mistyped_command_is_told_the_command_meant(
    run: Run, argv: list[str], meant: str
) -> None:
    """`sendbot aks hi` said only "invalid choice: 'aks' (choose from ...)": Python 3.11's
    argparse suggests nothing."""
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    typed = argv[1] if argv[0] == "kb" else argv[0]
    said = f"invalid choice: '{typed}': did you mean {meant}? (choose from '"
    assert said in one_line(err)


def test_a_revision_too_large_to_record_is_a_problem_of_the_file_not_an_unexpected_error(
    run: Run, kb_dir: Path, tmp_path: Path
) -> None:
    # A hand-edited "revision: 99999999999999999999999999" passed `kb check`, then every change
    # failed with "unexpected error: OverflowError" when its history entry was saved.
    path = kb_dir / KB_FILE
    text = path.read_text(encoding="utf-8")
    assert text.startswith("revision: 1\n")
    path.write_text(text.replace("revision: 1\n", "revision: 99999999999999999999999999\n", 1))
    code, out, err = run("kb", "check", str(kb_dir))
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == (
        f"{path}:1: revision: must be a whole number from 0 to 1,000,000,000,000"
    )
    before = tree_digest(kb_dir)
    data = str(tmp_path / "data")
    code, _, err = run("--kb", str(kb_dir), "--data", data, "kb", "alias", "x", "new words?")
    assert code == 1 and "unexpected error" not in err and "Traceback" not in err
    assert "revision: must be a whole number from 0 to 1,000,000,000,000" in err
    assert tree_digest(kb_dir) == before


def _unwritable(monkeypatch: pytest.MonkeyPatch, read_only: Path) -> None:
    """`read_only` as a read-only mount shows it (root may write anywhere else): it can be
    read, not written."""
    common = importlib.import_module("sendbot.cli.common")
    writable = common.os.access
    monkeypatch.setattr(
        common.os,
        "access",
        lambda path, mode: (
            writable(path, mode) and not (Path(path) == read_only and mode & common.os.W_OK)
        ),
    )


@pytest.mark.parametrize("command", ["chat", "run"])
def test_the_chat_answers_over_a_data_directory_it_cannot_write_and_says_so_once(
    run: Run, tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `sendbot run` and `sendbot chat` refused to start ("is not writable", exit 2) though
    # the chat writes there only the unanswered questions and answer counts.
    read_only = tmp_path / "data"
    read_only.mkdir()
    _unwritable(monkeypatch, read_only)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    asked = "how many special schools opened?\nwhat is the weather in leeds tomorrow?\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(asked))
    code, out, err = run("--data", str(read_only), command)
    assert code == 0
    assert "15 new special schools" in out and "I don't have that" in out
    said = [line for line in err.splitlines() if "DISCORD_TOKEN is not set" not in line]
    assert said == [
        f"sendbot: the data directory {read_only} is not writable (set by --data): "
        "answering, but not recording unanswered questions (kb gaps) or answer counts "
        "(kb stats)"
    ]
    assert not (read_only / "state.sqlite3").exists()


def test_the_chat_goes_on_answering_when_recording_fails_part_way(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full disk at the first declined question ended the chat without its reply.
    import sqlite3

    from sendbot.storage.gaps import GapLog

    def disk_full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(GapLog, "record", disk_full)
    asked = "what is the weather in leeds?\nwhat is the weather in york?\nhi\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(asked))
    data = tmp_path / "data"
    code, out, err = run("--data", str(data), "chat")
    assert code == 0
    assert out.count("I don't have that") == 2 and "Hello" in out
    assert err == (
        f"sendbot: cannot record in the data directory {data} (database or disk is full): "
        "answering, but not recording unanswered questions (kb gaps) or answer counts "
        "(kb stats)\n"
    )


def test_an_edit_over_a_data_directory_it_cannot_write_is_one_line_and_changes_nothing(
    run: Run, kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only = tmp_path / "data"
    read_only.mkdir()
    _unwritable(monkeypatch, read_only)
    before = tree_digest(kb_dir)
    code, out, err = run(
        "--kb", str(kb_dir), "--data", str(read_only), "kb", "alias", "high-needs-budget", "x y"
    )
    assert (code, out) == (2, "")
    assert err == f"sendbot: the data directory {read_only} is not writable (set by --data)\n"
    assert tree_digest(kb_dir) == before and list(read_only.iterdir()) == []


def test_the_chat_answers_when_its_state_database_cannot_be_opened_for_a_full_disk(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a state database already there and the disk full, the chat ended before the
    # greeting (exit 1): the check meant for a damaged database took the disk for one.
    import sqlite3

    from sendbot.storage import database

    data = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("what is the weather in leeds?\n"))
    assert run("--data", str(data), "chat")[0] == 0  # the database is there now

    def disk_full(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "_migrate", disk_full)
    monkeypatch.setattr("sys.stdin", io.StringIO("how many special schools opened?\nhi\n"))
    code, out, err = run("--data", str(data), "chat")
    assert code == 0
    assert "15 new special schools" in out and "Hello" in out
    assert err == (
        f"sendbot: {data / 'state.sqlite3'}: database or disk is full: answering, but not "
        "recording unanswered questions (kb gaps) or answer counts (kb stats)\n"
    )


@pytest.mark.parametrize("argv", [["ask", "--version"], ["kb", "list", "--version"]])
def test_version_works_after_the_command_as_the_other_global_options_do(
    run: Run, argv: list[str]
) -> None:
    # `sendbot ask --version` said "the following arguments are required: question", and
    # `sendbot kb list --version` "unrecognized arguments", though --kb, --data and -v work
    # there.
    assert run(*argv) == run("--version")
    assert run("--version")[1].startswith("sendbot ")


def _read_only_sqlite(monkeypatch: pytest.MonkeyPatch, data: Path) -> None:
    """SQLite as a read-only mount leaves it: the state database in `data` opens only for
    reading (a `mode=ro` URI), and nothing else there can be created or changed."""
    import sqlite3

    real = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        target = str(database)
        if str(data) in target and not (kwargs.get("uri") and "mode=ro" in target):
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_the_reading_commands_work_over_a_data_directory_that_is_read_only(
    run: Run, kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `kb gaps`, `kb stats` and `kb history` over a read-only mount said "state.sqlite3:
    # unable to open database file (the disk holding it is read-only)", exit 1, though
    # they only read.
    data = tmp_path / "data"
    kb = ("--kb", str(kb_dir), "--data", str(data))
    assert run(*kb, "kb", "alias", "high-needs-budget", "the money for send?")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("what is the weather in leeds?\n"))
    assert run(*kb, "chat")[0] == 0
    expected = {command: run(*kb, "kb", command) for command in ("gaps", "stats", "history")}
    assert "weather in leeds" in expected["gaps"][1]
    assert "alias high-needs-budget" in expected["history"][1]
    before = tree_digest(data)
    _unwritable(monkeypatch, data)
    _read_only_sqlite(monkeypatch, data)
    for command, (code, out, err) in expected.items():
        assert run(*kb, "kb", command) == (code, out, err), command
    code, out, err = run(*kb, "kb", "undo")
    assert (code, out) == (2, "")
    assert err == f"sendbot: the data directory {data} is not writable (set by --data)\n"
    # (SQLite's -wal and -shm files, which a real read-only mount would not let it make)
    after = {name: digest for name, digest in tree_digest(data).items() if name in before}
    assert after == before


def _unsearchable(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """`locked` as mode 000 leaves it to anyone but root: nothing below it can be looked up,
    and it cannot be listed."""
    real_stat = Path.stat

    def stat(path: Path, *args: object, **kwargs: object) -> object:
        if locked in path.parents:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stat)
    common = importlib.import_module("sendbot.cli.common")
    access = common.os.access
    monkeypatch.setattr(
        common.os, "access", lambda path, mode: access(path, mode) and Path(path) != locked
    )


@pytest.mark.parametrize("argv", [["ask", "how many special schools opened?"], ["trend"]])
def test_a_data_directory_it_cannot_reach_does_not_stop_a_command_that_only_reads(
    run: Run, tmp_path: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # With HOME (so ~/.local/share/sendbot) below a directory it may not search, `ask` and
    # `trend` stopped with "sendbot: HOME/.local/share/sendbot: Permission denied", exit 1,
    # though they do without a read-only or missing one.
    locked = tmp_path / "locked"
    locked.mkdir()
    _unsearchable(monkeypatch, locked)
    for data in (locked / "data", locked):
        code, out, err = run("--data", str(data), *argv)
        assert (code, err) == (0, ""), data
        assert out


@pytest.mark.parametrize("command", ["history", "gaps", "stats", "undo"])
def test_a_data_directory_it_cannot_read_is_one_line_and_exit_2(
    run: Run, tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # They said "sendbot: .../state.sqlite3: Permission denied", exit 1, naming neither the
    # data directory nor how it was chosen.
    locked = tmp_path / "locked"
    locked.mkdir()
    _unsearchable(monkeypatch, locked)
    below = locked / "data"
    code, out, err = run("--data", str(below), "kb", command)
    assert (code, out) == (2, "")
    assert one_line(err) == (
        f"sendbot: the data directory {below} cannot be read: Permission denied (set by --data)"
    )
    code, out, err = run("--data", str(locked), "kb", command)
    assert (code, out) == (2, "")
    assert one_line(err) == f"sendbot: the data directory {locked} cannot be read (set by --data)"


def test_the_chat_answers_over_a_data_directory_it_cannot_reach_and_says_so_once(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    _unsearchable(monkeypatch, locked)
    monkeypatch.setattr("sys.stdin", io.StringIO("how many special schools opened?\n"))
    code, out, err = run("--data", str(locked / "data"), "chat")
    assert code == 0 and "15 new special schools" in out
    assert one_line(err).endswith(
        "cannot be read: Permission denied (set by --data): answering, but not recording "
        "unanswered questions (kb gaps) or answer counts (kb stats)"
    )


def test_a_data_directory_inside_the_knowledge_base_says_where_each_was_set(
    run: Run, kb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--kb DIR` over a default data directory inside DIR named only the data directory,
    one the user never gave, and not where it came from."""
    monkeypatch.delenv("SENDBOT_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(kb_dir / "share"))
    before = tree_digest(kb_dir)
    code, out, err = run("--kb", str(kb_dir), "ask", "hi")
    assert (code, out) == (2, "")
    assert one_line(err) == (
        f"sendbot: the data directory {kb_dir / 'share' / 'sendbot'} (the default; give --data "
        f"or set SENDBOT_DATA) must not be inside the knowledge directory {kb_dir} (set by --kb)"
    )
    monkeypatch.setenv("SENDBOT_DATA", str(kb_dir / "data"))
    code, _, err = run("kb", "history", "--kb", str(kb_dir))
    assert code == 2
    assert one_line(err) == (
        f"sendbot: the data directory {kb_dir / 'data'} (set by SENDBOT_DATA; change it or give "
        f"--data) must not be inside the knowledge directory {kb_dir} (set by --kb)"
    )
    assert tree_digest(kb_dir) == before


def test_kb_alias_names_a_close_rival_as_a_tie_not_as_the_answer(run: Run, tmp_path: Path) -> None:
    """The phrasing is answered with its own fact; another fact only ranks as close. The
    refusal said it "answers with" the other fact, which `ask` never gave."""
    common = ["--kb", str(tmp_path / "mine"), "--data", str(tmp_path / "data")]
    assert run("init", str(tmp_path / "mine"))[0] == 0
    question, target = "how big is the hn pot this year?", "high-needs-total-2025-26"
    code, out, _ = run(*common, "ask", "--json", question)
    assert (code, json.loads(out)["fact_id"]) == (0, target)
    before = tree_digest(tmp_path / "mine")
    code, _, err = run(*common, "kb", "alias", target, question)
    assert code == 1
    assert err.splitlines()[0] == (
        f"tie: {question!r} belongs to {target} but matches high-needs-funding-2024-25 as closely"
    )
    assert err.splitlines()[-1].startswith("refused: that phrasing would collide")
    assert tree_digest(tmp_path / "mine") == before
