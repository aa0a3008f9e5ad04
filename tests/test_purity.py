"""The pure packages (answering, knowledge) never touch the file system.

`lint-imports` (contracts in pyproject.toml) checks which packages import which; this reads
the pure packages' source and refuses what does file I/O: the I/O modules, `open`, and the
file methods of pathlib."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sendbot"
PURE_PACKAGES = ("answering", "knowledge")
IO_MODULES = {"os", "pathlib", "shutil", "tempfile", "glob", "fcntl", "importlib.resources"}
IO_CALLS = {"open"}
IO_METHODS = {
    "read_text",
    "read_bytes",
    "write_text",
    "write_bytes",
    "open",
    "iterdir",
    "glob",
    "rglob",
    "mkdir",
    "unlink",
    "exists",
    "is_file",
    "is_dir",
}


def pure_modules() -> list[Path]:
    return sorted(path for package in PURE_PACKAGES for path in (SRC / package).rglob("*.py"))


def file_io(tree: ast.AST) -> list[str]:
    """Each file-system use in a module, as `line: what`."""
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if a.name in IO_MODULES]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names = {f"{module}.{alias.name}" for alias in node.names}
            if module in IO_MODULES or names & IO_MODULES:
                found.append(f"{node.lineno}: from {module} import ...")
        elif isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name) and function.id in IO_CALLS:
                found.append(f"{node.lineno}: {function.id}()")
            elif isinstance(function, ast.Attribute) and function.attr in IO_METHODS:
                found.append(f"{node.lineno}: .{function.attr}()")
    return found


def test_the_check_sees_file_io() -> None:
    source = "import os\nfrom importlib import resources\nopen('x')\nPath('y').read_text()\n"
    assert file_io(ast.parse(source)) == [
        "1: import os",
        "2: from importlib import ...",
        "3: open()",
        "4: .read_text()",
    ]


def test_there_are_pure_modules_to_check() -> None:
    names = {path.name for path in pure_modules()}
    assert {"normalise.py", "misses.py", "edits.py", "parse.py", "directory.py"} <= names


@pytest.mark.parametrize("path", pure_modules(), ids=lambda path: path.relative_to(SRC).as_posix())
def test_pure_module_does_no_file_io(path: Path) -> None:
    assert file_io(ast.parse(path.read_text(encoding="utf-8"))) == []
