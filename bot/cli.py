"""Command line: `sendbot run | chat | ask | kb ... | bench`. Builds settings and wires modules."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bot.knowledge.errors import KnowledgeError
from bot.knowledge.ingest import IngestError, draft_from_written_answer
from bot.knowledge.loader import load_knowledge, parse_file_text
from bot.knowledge.yamltext import decode
from bot.knowledge.yamlwrite import dump_yaml

DEFAULT_KB = Path(__file__).resolve().parent.parent / "knowledge"
SOURCES_DIR = "sources"  # where a knowledge file's documents live, beside it
DRAFT_HEADER = (
    "# Drafted by `sendbot kb build` from {name}.\n"
    "# Review every statement, question, label and tag before relying on it.\n"
)


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


def _kb_build(args: argparse.Namespace) -> int:
    source = Path(args.source)
    try:
        raw = source.read_bytes()
        text = decode(raw, str(source))
        draft = draft_from_written_answer(text, document=f"{SOURCES_DIR}/{source.name}")
    except OSError as exc:
        return _fail(f"cannot read {source}: {exc.strerror}")
    except KnowledgeError as exc:
        return _fail(str(exc))
    except IngestError as exc:
        return _fail(f"{source}: not a written answer: {exc}")
    yaml_text = DRAFT_HEADER.format(name=source.name) + dump_yaml(draft)
    if args.out is None:
        print(yaml_text, end="")
        return _check_draft_in_scratch(yaml_text, source.name, raw)
    return _write_draft(yaml_text, Path(args.out), source, raw, force=args.force)


def _write_draft(yaml_text: str, out: Path, source: Path, raw: bytes, *, force: bool) -> int:
    """Write the draft and a copy of its source beside it, then check the file as written."""
    copy = out.parent / SOURCES_DIR / source.name
    same_file = copy.exists() and copy.resolve() == source.resolve()
    # Check both targets before writing either, so a refusal leaves everything as it was.
    if out.is_dir():
        return _fail(f"{out} is a directory; give the path of the YAML file to write")
    if out.exists() and not force:
        return _fail(f"{out} already exists; use --force to overwrite it")
    if copy.exists() and not same_file and not _holds(copy, raw) and not force:
        return _fail(f"{copy} already exists with other text; use --force to overwrite it")
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not same_file:
            copy.write_bytes(raw)  # bytes, not text: the quotes must stay verbatim in it
        out.write_text(yaml_text, encoding="utf-8")
    except OSError as exc:
        return _fail(f"cannot write {exc.filename}: {exc.strerror}")
    print(f"wrote {out} and {copy}")
    return _report_problems(yaml_text, out, str(out))


def _holds(path: Path, raw: bytes) -> bool:
    try:
        return path.read_bytes() == raw
    except OSError:
        return False


def _check_draft_in_scratch(yaml_text: str, source_name: str, raw: bytes) -> int:
    """Validate a draft printed to stdout as if saved beside a copy of its source."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / SOURCES_DIR / source_name
        copy.parent.mkdir()
        copy.write_bytes(raw)
        return _report_problems(yaml_text, Path(scratch) / "draft.yaml", "<draft>")


def _report_problems(yaml_text: str, yaml_path: Path, shown_as: str) -> int:
    try:
        knowledge_file = parse_file_text(yaml_text, yaml_path, shown_as)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in the draft", file=sys.stderr)
        return 1
    print(f"ok: drafted {len(knowledge_file.facts)} facts", file=sys.stderr)
    return 0


def _fail(message: str) -> int:
    print(f"sendbot: {message}", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sendbot", description=__doc__)
    parser.add_argument("--kb", help="knowledge base directory (default: $SENDBOT_KB or bundled)")
    commands = parser.add_subparsers(dest="command", required=True)

    kb = commands.add_parser("kb", help="check and edit the knowledge base")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_commands.add_parser("check", help="validate a knowledge base directory")
    check.add_argument("path", nargs="?", help="directory to check (default: --kb)")
    check.set_defaults(handler=_kb_check)
    build = kb_commands.add_parser("build", help="draft a knowledge file from a written answer")
    build.add_argument("source", help="text of a written answer, as copied from its web page")
    build.add_argument("--out", help="write the draft here, its source into sources/ beside it")
    build.add_argument("--force", action="store_true", help="overwrite existing files")
    build.set_defaults(handler=_kb_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.handler(args))
