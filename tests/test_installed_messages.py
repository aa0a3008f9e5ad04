"""What an installed sendbot says must be true where it is installed: `pip install .` copies
the package, not the checkout, so a message or help text naming docs/discord.md, scripts/ or
src/... sends the user to a file they do not have."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "src" / "sendbot"
CHECKOUT_ONLY = re.compile(r"(?<![\w./])(?:docs|scripts|benchmarks|tests|deploy|src)/|\.ci/")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of docstring nodes: read by developers in the code, never shown to a user."""
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            found.add(id(body[0].value))
    return found


def shown_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


def test_no_message_names_a_file_only_a_checkout_has() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in shown_strings(path)
        if CHECKOUT_ONLY.search(text)
    ]
    assert found == []
