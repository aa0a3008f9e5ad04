"""`sendbot kb build` and `kb fetch`: drafts -> knowledge files beside their documents,
checked as loaded.

File I/O around the pure drafting in sendbot.knowledge.drafts.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
import shutil
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from sendbot.knowledge.directory import loads_file
from sendbot.knowledge.document_records import drafted_count
from sendbot.knowledge.drafts import STANDARD_INPUT, Draft, Drafts, draft_input
from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.ingest import DatedInTheFuture, IngestError
from sendbot.knowledge.same_answer import drafted_source, same_answer
from sendbot.knowledge.verbatim import question_key
from sendbot.knowledge.yamltext import MAX_BYTES, decode, load_yaml
from sendbot.knowledge.yamlwrite import dump_yaml
from sendbot.storage.atomic import write_atomic
from sendbot.storage.bounded import read_at_most
from sendbot.storage.loader import load

# A top-level key of a knowledge file or synonyms.yaml (top-level keys are at column 0).
_KNOWLEDGE_KEY = re.compile(r"^(?:revision|source|facts|synonyms):", re.MULTILINE)
_REVISION = re.compile(r"^revision:[ \t]*(\d+)", re.MULTILINE)
SOURCES_DIR = "sources"  # where a knowledge file's documents live, beside it
PASTE_THE_ANSWER = "sendbot: paste the written answer, then Ctrl-D on a line of its own"
DRAFT_HEADER = (
    "# Drafted by `sendbot kb build` from {name}.\n"
    "# Review every statement, question, label and tag before relying on it.\n"
)


def build_draft(
    source: Path,
    out: Path | None,
    *,
    force: bool,
    into_directory: bool = False,
    served: ServedKnowledge | None = None,
) -> int:
    """`sendbot kb build`: print or write the drafts, then validate each as it would be loaded.

    `out` is a directory when it is one, or when `into_directory` (it was given as `DIR/`).
    `served`: the knowledge base the settings name, which drafts never go into."""
    from_stdin = str(source) == STANDARD_INPUT
    shown = origin_name(STANDARD_INPUT) if from_stdin else str(source)
    if from_stdin and sys.stdin.isatty():  # else it waits in silence, as if stuck
        print(PASTE_THE_ANSWER, file=sys.stderr)
    if not from_stdin and source.is_dir():
        # "cannot read DIR: Is a directory" left a folder of saved answers to guess at.
        return _fail(
            f"{shown} is a directory: kb build drafts one file at a time; for each answer "
            f'in it: for f in {shlex.quote(shown)}/*.txt; do sendbot kb build "$f" '
            "--out drafts/; done"
        )
    try:
        # At most one byte past the limit: the source may be a device or pipe that never ends.
        raw = (
            sys.stdin.buffer.read(MAX_BYTES + 1) if from_stdin else read_at_most(source, MAX_BYTES)
        )
        if len(raw) > MAX_BYTES:
            return _fail(f"{shown}: over the {MAX_BYTES:,}-byte limit")
        text = decode(raw, shown)
    except OSError as exc:
        return _fail(f"cannot read {shown}: {exc.strerror}")
    except KnowledgeError as exc:
        return _fail(str(exc))
    return draft_and_save(
        text,
        raw,
        name=STANDARD_INPUT if from_stdin else source.name,
        shown=shown,
        out=out,
        force=force,
        into_directory=into_directory,
        served=served,
    )


def draft_and_save(
    text: str,
    raw: bytes,
    *,
    name: str,
    shown: str,
    out: Path | None,
    force: bool,
    into_directory: bool = False,
    served: ServedKnowledge | None = None,
) -> int:
    """Draft `text` (the bytes `raw` of a file called `name`), then print or write the drafts."""
    into_directory = into_directory or (out is not None and out.is_dir())
    target_dir = out if into_directory else _parent(out)
    in_use = knowledge_in_use(target_dir, served)
    if in_use:
        return _fail(f"not written: {in_use}")
    taken = taken_in_directory(target_dir, skip_drafts_of=name, skip=out)
    try:
        drafts = draft_input(
            text,
            name=name,
            sources_dir=SOURCES_DIR,
            taken_ids=taken.ids,
            taken_questions=taken.questions,
            today=dt.date.today(),
        )
    except DatedInTheFuture as exc:
        return _fail(f"{shown}: not drafted: {exc}")
    except IngestError as exc:
        return _fail(f"{shown}: not a written answer: {exc}")
    if not drafts.drafts and len(drafts.skipped) == 1:  # one answer given: its reason alone
        return _fail(f"{shown}: {drafts.skipped[0]}")
    for skipped in drafts.skipped:
        print(f"sendbot: {shown}: {skipped}", file=sys.stderr)
    if not drafts.drafts:
        return _fail(f"{shown}: nothing drafted ({drafts.shape})")
    if out is None:
        return _print_drafts(drafts, raw, name)
    repeated = _already_there(drafts, text, target_dir, name, out)
    if repeated:
        return _fail(f"not written: {repeated}")
    return _write_drafts(drafts, raw, name, out, force=force, into_directory=into_directory)


@dataclass(frozen=True, slots=True)
class ServedKnowledge:
    """The knowledge directory the settings name, and what named it (say, `--kb`)."""

    path: Path
    set_by: str


def draft_base(pages: Iterable[Path], directory: Path, synonyms: Path) -> Path | None:
    """Draft each page into `directory`, unedited, as `kb build PAGE --out DIRECTORY/` does,
    then give the base `synonyms` (last: `kb build` refuses to draft into a directory that is
    already a base). The first page refused or drafted invalid (its messages printed), or None."""
    directory.mkdir(parents=True, exist_ok=True)
    for page in pages:
        raw = page.read_bytes()
        status = draft_and_save(
            raw.decode("utf-8"),
            raw,
            name=page.name,
            shown=str(page),
            out=directory,
            force=False,
            into_directory=True,
        )
        if status:
            return page
    shutil.copyfile(synonyms, directory / synonyms.name)
    return None


def knowledge_in_use(directory: Path | None, served: ServedKnowledge | None) -> str | None:
    """Why drafts must not be written into `directory`: it is, or is inside, the knowledge base
    being served, or it holds a knowledge file that `kb build` did not draft there. Facts
    written into a live base would be served unreviewed, with no history for `kb undo` to
    take them out: they go in through `kb import`, which records them. Inside counts (a load
    reads the base's whole tree, `sources/` among it), but only for the served base: a
    directory above that merely holds some YAML (say, /tmp) is no knowledge base. A directory
    of drafts, where a rebuild replaces its own drafts, is not in use. A draft changed through
    the store since counts as in use; one imported unchanged reads as the draft it is, so a
    base made only of those is known by the settings naming it (`served`)."""
    if directory is None:
        return None
    advice = (
        "draft into a directory of its own (--out drafts/), review the draft, then add it "
        "with `sendbot kb import`, which records it in history so that `kb undo` can take it out"
    )
    if served is not None:
        base = next(
            (d for d in _itself_and_above(directory) if _same_directory(d, served.path)), None
        )
        if base is not None:
            inside = "" if base is directory else f"{directory} is inside {base}, and "
            return (
                f"{inside}{base} is the knowledge base sendbot serves ({served.set_by}); {advice}"
            )
    if not directory.is_dir():
        return None
    for path in sorted(directory.glob("*.yaml")):
        if not path.name.startswith(".") and path.is_file() and _knowledge_not_drafted(path):
            broken = _unreadable_yaml(path)
            if broken is not None:
                # It may be a base's file that does not load: nothing is written beside it,
                # but the line says what was found, not that a base was.
                return (
                    f"{directory} holds {path.name}, which looks like knowledge but is not "
                    f"readable YAML ({broken}), so it may be a knowledge base; {advice}"
                )
            return (
                f"{directory} is a knowledge base ({path.name} is not a draft as kb build "
                f"wrote it); {advice}"
            )
    return None


def _unreadable_yaml(path: Path) -> str | None:
    """Where and why `path` does not parse as YAML (one line), or None when it does."""
    try:
        load_yaml(path.read_text(encoding="utf-8"), path.name)
    except KnowledgeError as exc:
        return str(exc.problems[0]) if exc.problems else str(exc)
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _itself_and_above(directory: Path) -> list[Path]:
    """`directory` (as given, so that messages name it so), then each directory above it."""
    try:
        parents = directory.resolve().parents
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        parents = directory.absolute().parents
    return [directory, *parents]


def _same_directory(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False


def _knowledge_not_drafted(path: Path) -> bool:
    """A knowledge (or synonyms) file that does not begin as `kb build` writes a draft.
    Anything else there (notes, a file that is not YAML) is not knowledge in use."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if not _KNOWLEDGE_KEY.search(text):
        return False
    if not text.startswith(DRAFT_HEADER.split("{", 1)[0]):
        return True
    # A draft is written at revision 1; every change saved to it through the store (an
    # alias, an edit, an import over it) raises that.
    revision = _REVISION.search(text)
    return revision is not None and int(revision[1]) > 1


def _already_there(
    drafts: Drafts, text: str, directory: Path | None, name: str, out: Path
) -> str | None:
    """Why the drafts must not be written into `directory`: a knowledge base there already
    has one of their answers (drafts of the same input, which a rebuild replaces, aside)."""
    if directory is None or not directory.is_dir():
        return None
    try:
        kb = load(directory).kb
    except KnowledgeError:
        return None  # not a knowledge base that loads: `kb check` speaks for it
    own_header = DRAFT_HEADER.format(name=origin_name(name)).split("\n", 1)[0]
    others = [f.source for f in kb.files if not _replaced_by_rebuild(Path(f.path), out, own_header)]
    for draft in drafts.drafts:
        document = draft.document if draft.document is not None else text
        found = same_answer(drafted_source(draft.data, document), others)
        if found:
            # Only drafts are here (a knowledge base is refused before): "already in the
            # knowledge base" sent the user looking in a base they had not touched.
            drafted = next(Path(f.path).name for f in kb.files if f.source is found.existing)
            return (
                f"{draft.data['source']['id']} is the written answer already drafted in "
                f"{directory} as {drafted} ({found.reason}); import that draft with "
                "`sendbot kb import`, or delete it and build again"
            )
    return None


def _replaced_by_rebuild(path: Path, out: Path, own_header: str) -> bool:
    try:
        return path.resolve() == out.resolve() or path.read_text("utf-8").startswith(own_header)
    except (OSError, UnicodeDecodeError):
        return False


def _parent(out: Path | None) -> Path | None:
    return out.parent if out is not None else None


@dataclass(frozen=True, slots=True)
class Taken:
    """What the knowledge files in a directory already use."""

    ids: set[str]  # fact and source ids
    questions: set[str]  # their facts' questions, as `question_key` folds them


def taken_in_directory(
    directory: Path | None, *, skip_drafts_of: str, skip: Path | None = None
) -> Taken:
    """Fact and source ids and facts' questions of the knowledge files already in
    `directory`, so that drafts written beside them do not clash (`kb check` refuses an id,
    or a question, under two facts); `skip` and earlier drafts of the same input (which a
    rebuild with --force replaces) do not count. Files that do not parse are passed over:
    `kb check` reports them."""
    ids: set[str] = set()
    questions: set[str] = set()
    taken = Taken(ids, questions)
    if directory is None or not directory.is_dir():
        return taken
    own_header = DRAFT_HEADER.format(name=origin_name(skip_drafts_of)).split("\n", 1)[0]
    for path in sorted(directory.glob("*.yaml")):
        if skip is not None and path.resolve() == skip.resolve():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            if text.startswith(own_header):
                continue
            data = yaml.safe_load(text)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if not isinstance(data, dict):
            continue
        source = data.get("source")
        if isinstance(source, dict) and isinstance(source.get("id"), str):
            ids.add(source["id"])
        for fact in data.get("facts") or ():
            if not isinstance(fact, dict):
                continue
            if isinstance(fact.get("id"), str):
                ids.add(fact["id"])
            if isinstance(fact.get("questions"), list):
                questions.update(question_key(q) for q in fact["questions"] if isinstance(q, str))
    return taken


def origin_name(name: str) -> str:
    """What the draft's header says it was drafted from."""
    return "standard input" if name == STANDARD_INPUT else name


def draft_yaml(draft: Draft, origin: str) -> str:
    notes = "".join(
        textwrap.fill(note, 96, initial_indent="# Note: ", subsequent_indent="#   ") + "\n"
        for note in draft.notes
    )
    return DRAFT_HEADER.format(name=origin_name(origin)) + notes + dump_yaml(draft.data)


def _document_bytes(draft: Draft, raw: bytes) -> bytes:
    # The input's own bytes, not re-encoded text: the quotes must stay verbatim in it.
    return raw if draft.document is None else draft.document.encode("utf-8")


def _print_drafts(drafts: Drafts, raw: bytes, origin: str) -> int:
    """Print the drafts (a YAML stream when there are several) and check each in scratch."""
    status = 0
    for number, draft in enumerate(drafts.drafts):
        if number:
            print("---")
        yaml_text = draft_yaml(draft, origin)
        print(yaml_text, end="")
        status |= _check_in_scratch(yaml_text, draft, raw, _label(drafts, draft))
    return status


def _targets(drafts: Drafts, out: Path, *, into_directory: bool) -> list[tuple[Draft, Path]] | str:
    """Where each draft goes (into a directory, as SOURCE-ID.yaml), or why `out` cannot take
    them."""
    if len(drafts.drafts) == 1 and not into_directory:
        return [(drafts.drafts[0], out)]
    if out.exists() and not out.is_dir():
        return f"{out} is a file; the {drafts.shape} gave several answers: give a directory"
    return [(draft, out / f"{draft.data['source']['id']}.yaml") for draft in drafts.drafts]


def _write_drafts(
    drafts: Drafts, raw: bytes, origin: str, out: Path, *, force: bool, into_directory: bool
) -> int:
    """Write each draft and its document beside it, then check each file as written."""
    targets = _targets(drafts, out, into_directory=into_directory)
    if isinstance(targets, str):
        return _fail(targets)
    # Check every target before writing any, so a refusal leaves everything as it was.
    for draft, path in targets:
        copy = path.parent / SOURCES_DIR / draft.document_name
        if path.exists() and not force:
            return _fail(f"{path} already exists; use --force to overwrite it")
        if copy.exists() and not _holds(copy, _document_bytes(draft, raw)) and not force:
            return _fail(f"{copy} already exists with other text; use --force to overwrite it")
    status = 0
    for draft, path in targets:
        copy = path.parent / SOURCES_DIR / draft.document_name
        yaml_text = draft_yaml(draft, origin)
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            if not _holds(copy, _document_bytes(draft, raw)):
                _write_whole(copy, _document_bytes(draft, raw))
            _write_whole(path, yaml_text.encode("utf-8"))
        except OSError as exc:
            return _fail(f"cannot write {exc.filename}: {exc.strerror}")
        print(f"wrote {path} and {copy}")
        try:  # checked as written: the document read back from where it was saved
            written = {f"{SOURCES_DIR}/{draft.document_name}": copy.read_bytes()}
        except OSError as exc:
            return _fail(f"cannot read {exc.filename}: {exc.strerror}")
        status |= _report_problems(yaml_text, written, str(path), _label(drafts, draft))
    return status


def _write_whole(path: Path, data: bytes) -> None:
    """Replace `path` with `data` through a temp file renamed over it: a write cut short (a
    full disk, a kill) leaves the file as it was, never half a draft. Errors name `path`."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc


def _label(drafts: Drafts, draft: Draft) -> str:
    return "" if len(drafts.drafts) == 1 else f"{draft.label}: "


def _holds(path: Path, raw: bytes) -> bool:
    try:
        return path.read_bytes() == raw
    except OSError:
        return False


def _check_in_scratch(yaml_text: str, draft: Draft, raw: bytes, label: str) -> int:
    """Validate a draft printed to stdout as if saved beside a copy of its document."""
    documents = {f"{SOURCES_DIR}/{draft.document_name}": _document_bytes(draft, raw)}
    return _report_problems(yaml_text, documents, "<draft>", label)


def _report_problems(yaml_text: str, documents: dict[str, bytes], shown_as: str, label: str) -> int:
    """Validate a draft by the same rules as loading a knowledge directory holding it and
    `documents` (by path relative to it)."""
    try:
        knowledge_file = loads_file(yaml_text, "draft.yaml", documents, shown_as)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{label}{len(exc.problems)} problem(s) in the draft", file=sys.stderr)
        return 1
    said = drafted_count(fact.tags for fact in knowledge_file.facts)
    print(
        f"ok: {label}drafted {said}",
        file=sys.stderr,
    )
    return 0


def _fail(message: str) -> int:
    print(f"sendbot: {message}", file=sys.stderr)
    return 1
