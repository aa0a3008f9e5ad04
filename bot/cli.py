"""Command line: `sendbot run | chat | ask | kb ... | bench`. Builds settings and wires modules."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.knowledge.errors import KnowledgeError
from bot.knowledge.loader import load_knowledge

DEFAULT_KB = Path(__file__).resolve().parent.parent / "knowledge"


def knowledge_path(cli_value: str | None) -> Path:
    """--kb beats SENDBOT_KB beats the knowledge base bundled with sendbot."""
    return Path(cli_value or os.environ.get("SENDBOT_KB") or DEFAULT_KB)


def _kb_check(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else knowledge_path(args.kb)
    try:
        kb = load_knowledge(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(kb)} facts from {len(kb.sources)} source(s) in {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sendbot", description=__doc__)
    parser.add_argument("--kb", help="knowledge base directory (default: $SENDBOT_KB or bundled)")
    commands = parser.add_subparsers(dest="command", required=True)

    kb = commands.add_parser("kb", help="check and edit the knowledge base")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_commands.add_parser("check", help="validate a knowledge base directory")
    check.add_argument("path", nargs="?", help="directory to check (default: --kb)")
    check.set_defaults(handler=_kb_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.handler(args))
