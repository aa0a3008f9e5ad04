"""`.env` in the current directory, read as python-dotenv reads it: the documented example
with a trailing comment works, and a file that cannot be read stops sendbot with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.cli.main import main
from sendbot.settings import environment
from tests.storage.storekit import copy_knowledge


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("DISCORD_TOKEN", "SENDBOT_KB", "SENDBOT_DATA", "SENDBOT_DEV_GUILD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_comments_quotes_and_export_as_in_the_docs(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "# .env\n"
        "DISCORD_TOKEN=paste-the-token-here\n"
        "SENDBOT_DEV_GUILD=123456789012345678   # optional, see below\n"
        "export SENDBOT_CHANNELS='111, 222'\n"
        'SENDBOT_DATA="/srv/sendbot data"\n',
        encoding="utf-8",
    )
    values = environment()
    assert values["DISCORD_TOKEN"] == "paste-the-token-here"
    assert values["SENDBOT_DEV_GUILD"] == "123456789012345678"
    assert values["SENDBOT_CHANNELS"] == "111, 222"
    assert values["SENDBOT_DATA"] == "/srv/sendbot data"


def test_a_real_environment_variable_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("SENDBOT_DEV_GUILD=1\n", encoding="utf-8")
    monkeypatch.setenv("SENDBOT_DEV_GUILD", "2")
    assert environment()["SENDBOT_DEV_GUILD"] == "2"


def test_the_cli_reads_env_from_the_current_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = copy_knowledge(tmp_path)
    (tmp_path / ".env").write_text(f"SENDBOT_KB={kb}  # a private copy\n", encoding="utf-8")
    assert main(["kb", "list"]) == 0
    assert "  high-needs-budget  High needs budget" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"SENDBOT_KB=caf\xe9\n", "sendbot: .env is not valid UTF-8"),
        # A quote left open said "expected KEY=value", though the line is one.
        (
            b"SENDBOT_KB='unclosed\n",
            "sendbot: .env:1: the value of SENDBOT_KB opens a ' quote that is never closed",
        ),
        (
            b'# the token\nexport DISCORD_TOKEN="abc.def.ghi\n',
            'sendbot: .env:2: the value of DISCORD_TOKEN opens a " quote that is never closed',
        ),
        (b"just some words\n", "sendbot: .env:1: expected KEY=value"),
        # Saved as Notepad's "Unicode", with or without a byte order mark: without one, every
        # setting was silently ignored (a token in it: the terminal chat started instead).
        (
            "\ufeffDISCORD_TOKEN=x\n".encode("utf-16-le"),
            "sendbot: .env is UTF-16 text, not UTF-8: save it as UTF-8",
        ),
        (
            "DISCORD_TOKEN=x\n".encode("utf-16-le"),
            "sendbot: .env is UTF-16 text, not UTF-8: save it as UTF-8",
        ),
    ],
)
def test_a_broken_env_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    (tmp_path / ".env").write_bytes(content)
    assert main(["kb", "list"]) == 2
    assert capsys.readouterr().err == message + "\n"


def test_an_env_that_is_a_directory_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".env").mkdir()
    assert main(["kb", "list"]) == 2
    assert capsys.readouterr().err == "sendbot: cannot read .env: Is a directory\n"
