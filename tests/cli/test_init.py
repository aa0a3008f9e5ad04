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
