"""`sendbot kb build`: a written answer's text -> a draft knowledge file, checked as loaded.

File I/O around the pure drafting in sendbot.knowledge.ingest.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sendbot.knowledge.directory import loads_file
from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.ingest import IngestError, draft_from_written_answer
from sendbot.knowledge.yamltext import decode
from sendbot.knowledge.yamlwrite import dump_yaml

SOURCES_DIR = "sources"  # where a knowledge file's documents live, beside it
DRAFT_HEADER = (
    "# Drafted by `sendbot kb build` from {name}.\n"
    "# Review every statement, question, label and tag before relying on it.\n"
)


def build_draft(source: Path, out: Path | None, *, force: bool) -> int:
    """`sendbot kb build`: print or write a draft, then validate it as it would be loaded."""
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
    if out is None:
        print(yaml_text, end="")
        # Checked as if saved beside a copy of its source.
        return _report_problems(yaml_text, {f"{SOURCES_DIR}/{source.name}": raw}, "<draft>")
    return _write_draft(yaml_text, out, source, raw, force=force)


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
    try:
        written = {f"{SOURCES_DIR}/{source.name}": copy.read_bytes()}
    except OSError as exc:
        return _fail(f"cannot read {exc.filename}: {exc.strerror}")
    return _report_problems(yaml_text, written, str(out))


def _holds(path: Path, raw: bytes) -> bool:
    try:
        return path.read_bytes() == raw
    except OSError:
        return False


def _report_problems(yaml_text: str, documents: dict[str, bytes], shown_as: str) -> int:
    """Validate the draft by the same rules as loading a knowledge directory."""
    try:
        knowledge_file = loads_file(yaml_text, "draft.yaml", documents, shown_as)
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
