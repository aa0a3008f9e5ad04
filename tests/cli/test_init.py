"""`sendbot init DIR` makes an editable copy of the knowledge base installed with sendbot;
the installed copy itself is not edited (an upgrade would silently undo the edits)."""

from __future__ import annotations

import sysconfig
from pathlib import Path

import pytest

from sendbot.cli.main import main
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz01"


def test_init_copies_the_bundled_knowledge_base_which_then_loads_and_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "knowledge"
    assert main(["init", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"--kb {target}" in out
    assert len(load(target).kb) == len(load(BUNDLED_KNOWLEDGE).kb)
    assert not list(target.rglob("*.py"))
    assert main(["--kb", str(target), "--data", str(tmp_path / "data"),
                 "kb", "remove", "special-schools-opened", "--yes"]) == 0  # fmt: skip
    assert load(target).kb.fact("special-schools-opened") is None


def test_init_into_a_path_with_spaces_prints_it_quoted_for_the_shell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "use it with --kb /tmp/x/my kb": pasted as printed, the shell split it in two.
    target = tmp_path / "my kb"
    assert main(["init", str(target)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        f"use it with --kb '{target}' or SENDBOT_KB='{target}'"
    )


def test_init_into_an_empty_existing_directory(tmp_path: Path) -> None:
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "synonyms.yaml").is_file()


@pytest.mark.parametrize("kind", ["non-empty directory", "file"])
def test_init_refuses_to_overwrite_anything_as_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = tmp_path / "target"
    if kind == "file":
        target.write_text("keep me")
    else:
        target.mkdir()
        (target / "notes.txt").write_text("keep me")
    assert main(["init", str(target)]) == 2  # a usage problem (README: exit status)
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "give a new or empty directory" in err
    kept = target if kind == "file" else target / "notes.txt"
    assert kept.read_text() == "keep me"
    assert kind == "file" or [p.name for p in target.iterdir()] == ["notes.txt"]


def test_editing_the_installed_copy_says_to_use_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Pretend the package is installed, as with `pip install .`: its folder is in site-packages.
    installed = str(BUNDLED_KNOWLEDGE.parent.parent)
    monkeypatch.setattr(
        sysconfig, "get_paths", lambda: {"purelib": installed, "platlib": installed}
    )
    before = {p: p.read_bytes() for p in BUNDLED_KNOWLEDGE.rglob("*") if p.is_file()}
    data = ["--data", str(tmp_path / "data")]
    for argv in (
        ["kb", "alias", "special-schools-opened", "new schools?"],
        ["kb", "remove", "special-schools-opened", "--yes"],
        ["kb", "undo"],
    ):
        assert main([*data, *argv]) == 1
        err = capsys.readouterr().err
        assert err == (
            f"refused: {BUNDLED_KNOWLEDGE} is the copy installed with sendbot; make an editable "
            "one with `sendbot init DIR`, then use --kb DIR or SENDBOT_KB=DIR\n"
        )
    assert {p: p.read_bytes() for p in BUNDLED_KNOWLEDGE.rglob("*") if p.is_file()} == before
    assert main([*data, "ask", "how many special schools opened?"]) == 0  # reading still works


def test_the_bot_warns_when_it_serves_the_installed_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sendbot.discord_app import client

    installed = str(BUNDLED_KNOWLEDGE.parent.parent)
    monkeypatch.setattr(
        sysconfig, "get_paths", lambda: {"purelib": installed, "platlib": installed}
    )
    monkeypatch.setenv(
        "DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz01"
    )
    monkeypatch.setattr(client, "run_discord", lambda settings: 0)
    copy = tmp_path / "kb"
    assert main(["init", str(copy)]) == 0
    for kb, warned in ((BUNDLED_KNOWLEDGE, True), (copy, False)):
        caplog.clear()
        assert main(["run", "--kb", str(kb), "--data", str(tmp_path / "data")]) == 0
        assert any("sendbot init DIR" in record.getMessage() for record in caplog.records) == warned


@pytest.mark.parametrize(
    ("token", "said"),
    [
        ("x" * 30, "DISCORD_TOKEN does not look like a Discord bot token (three parts joined"),
        (f"Bot {TOKEN}", "DISCORD_TOKEN starts with 'Bot ': give the token alone"),
    ],
)
def test_a_malformed_token_is_said_alone_before_the_installed_copy_warning(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    token: str,
    said: str,
) -> None:
    """`run` over the installed copy with a bad token logged the warning about the installed
    copy first, as if that had stopped the bot; "Bot TOKEN", as an HTTP header writes it, was
    "does not look like a token" with no word of what to change."""
    installed = str(BUNDLED_KNOWLEDGE.parent.parent)
    monkeypatch.setattr(
        sysconfig, "get_paths", lambda: {"purelib": installed, "platlib": installed}
    )
    monkeypatch.setenv("DISCORD_TOKEN", token)
    assert main(["run", "--data", str(tmp_path / "data")]) == 2
    assert not any("sendbot init DIR" in record.getMessage() for record in caplog.records)
    err = capsys.readouterr().err
    assert err.startswith(f"sendbot: {said}") and err.count("\n") == 1
    assert TOKEN not in err and "x" * 30 not in err


def test_init_with_kb_copies_that_knowledge_base_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sendbot init --kb OTHER DIR` copied the bundled base, not OTHER, without a word."""
    other, copy = tmp_path / "other", tmp_path / "copy"
    data = ["--data", str(tmp_path / "data")]
    assert main(["init", str(other)]) == 0
    assert main([*data, "--kb", str(other), "kb", "remove", "special-schools-opened", "--yes"]) == 0
    capsys.readouterr()
    assert main(["init", "--kb", str(other), str(copy)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"copied 32 files of {other} into {copy}",
        f"use it with --kb {copy} or SENDBOT_KB={copy}",
        "and give it a data directory of its own (--data or SENDBOT_DATA): with "
        f"{other}'s, kb undo takes {other}'s changes for the copy's",
    ]
    assert load(copy).kb.fact("special-schools-opened") is None  # the edited base, not the bundled


def test_init_refuses_a_kb_that_does_not_load_or_a_target_inside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    assert main(["init", str(other)]) == 0
    capsys.readouterr()
    assert main(["--kb", str(other), "init", str(other / "copy")]) == 2
    assert capsys.readouterr().err == (
        f"sendbot: {other / 'copy'} is inside {other}, the knowledge base to copy; give a "
        "directory outside it\n"
    )
    (other / "synonyms.yaml").write_text("[")
    assert main(["--kb", str(other), "init", str(tmp_path / "copy")]) == 1
    last = capsys.readouterr().err.splitlines()[-1]
    assert last == (
        f"sendbot: nothing copied: the knowledge base {other} (--kb) has 1 problem(s); "
        "fix them first"
    )
    assert not (tmp_path / "copy").exists() and not (other / "copy").exists()


def test_init_copies_only_a_kb_that_passes_kb_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A question under two facts loads, but `kb check` refuses it: `init --kb` copied such a
    base, and the copy failed its first `kb check`. What init writes passes kb check."""
    other = tmp_path / "other"
    assert main(["init", str(other)]) == 0
    (yaml_file,) = other.glob("send-ap-improvement-plan-*.yaml")
    lines = yaml_file.read_text(encoding="utf-8").splitlines(keepends=True)
    facts = [i for i, line in enumerate(lines) if line.startswith("  - id: ")]
    second_facts_question = next(line for line in lines[facts[1] :] if line.startswith("      - "))
    first_facts_questions = next(
        i for i, line in enumerate(lines) if i > facts[0] and line.startswith("      - ")
    )
    lines.insert(first_facts_questions, second_facts_question)  # now under both facts
    yaml_file.write_text("".join(lines), encoding="utf-8")
    data = ["--data", str(tmp_path / "data")]
    assert main([*data, "--kb", str(other), "kb", "check"]) == 1
    capsys.readouterr()
    assert main(["init", "--kb", str(other), str(tmp_path / "copy")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "already has this question" in err[0]
    assert err[-1] == (
        f"sendbot: nothing copied: the knowledge base {other} (--kb) has 1 problem(s); "
        "fix them first"
    )
    assert not (tmp_path / "copy").exists()


def test_init_without_kb_copies_the_bundled_base_even_with_sendbot_kb_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A service's SENDBOT_KB does not choose what `sendbot init /tmp/new-kb` copies (the
    update guide compares that copy with the service's base); the output says so."""
    monkeypatch.setenv("SENDBOT_KB", str(tmp_path / "served"))
    assert main(["init", str(tmp_path / "new-kb")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"(the bundled one, not SENDBOT_KB's {tmp_path / 'served'}: give --kb to copy another)"
    )
    assert len(load(tmp_path / "new-kb").kb) == len(load(BUNDLED_KNOWLEDGE).kb)
    # As the Dockerfile runs it: SENDBOT_KB=/knowledge, then `sendbot init /knowledge`.
    monkeypatch.setenv("SENDBOT_KB", str(tmp_path / "served"))
    assert main(["init", str(tmp_path / "served")]) == 0
    assert "not SENDBOT_KB's" not in capsys.readouterr().out


def test_init_of_the_directory_kb_names_makes_it_from_the_bundled_base(tmp_path: Path) -> None:
    """`sendbot --kb DIR init DIR`, with --kb given as to every other command: DIR is made."""
    target = tmp_path / "mine"
    assert main(["--kb", str(target), "init", str(target)]) == 0
    assert len(load(target).kb) == len(load(BUNDLED_KNOWLEDGE).kb)


def test_a_quoted_tilde_is_the_home_directory_as_for_kb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sendbot init '~/kb'` made a directory called `~` in the current one, while `--kb
    '~/kb'` (and SENDBOT_KB) read `~` as the home directory, so the copy was never found."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    assert main(["init", "~/kb"]) == 0
    assert not (tmp_path / "~").exists()
    assert (tmp_path / "home" / "kb" / "synonyms.yaml").is_file()
    capsys.readouterr()
    assert main(["kb", "check", "~/kb"]) == 0
    assert main(["--kb", "~/kb", "kb", "check"]) == 0


def test_init_with_a_symlink_loop_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Comparing --kb with the target said "unexpected error: RuntimeError: Symlink loop"."""
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert main(["--kb", str(loop), "init", str(tmp_path / "copy")]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"sendbot: nothing copied: the knowledge base {loop} (--kb) has 1 problem(s); "
        "fix them first"
    )
    assert main(["--kb", str(BUNDLED_KNOWLEDGE), "init", str(loop)]) == 1
    assert "RuntimeError" not in capsys.readouterr().err
