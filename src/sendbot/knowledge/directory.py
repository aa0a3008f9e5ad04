"""A knowledge directory's file contents -> a validated KnowledgeBase. Pure: bytes in, model out.

Like tomli's `loads`, this never touches the disk: `sendbot.storage.loader.load` reads a
directory once and passes every file's bytes here, so the base and the fingerprint of what it
was built from come from the same read. A knowledge file's source document is looked up in
the same contents.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping

from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.knowledge.measures import disagreements
from sendbot.knowledge.model import KnowledgeBase, KnowledgeFile
from sendbot.knowledge.parse import document_path, parse_knowledge_file, parse_synonyms
from sendbot.knowledge.utf16 import UTF16_PROBLEM, utf16_encoding
from sendbot.knowledge.yamltext import decode, load_yaml

SYNONYMS_FILE = "synonyms.yaml"

DocumentLookup = Callable[[str], bytes | None]
"""A file's `source.document` as written -> that document's bytes; None if it is not there."""

FileParser = Callable[[bytes, str, DocumentLookup], KnowledgeFile]
"""(a knowledge file's bytes, the name to show in problems, where to find its source
document) -> the validated file. `load_file`, or a cache wrapping it."""


def knowledge_file_names(contents: Mapping[str, bytes]) -> list[str]:
    """The knowledge files among a directory's contents (top-level YAML), in a stable order."""
    return sorted(
        name
        for name in contents
        if name.endswith(".yaml")
        and "/" not in name
        and name != SYNONYMS_FILE
        and not name.startswith(".")
    )


def document_name(yaml_name: str, relative: str) -> str | None:
    """Where a knowledge file's `source.document` is among the contents; None if outside."""
    # A knowledge file may only cite documents inside its own knowledge directory.
    if relative.startswith("/"):
        return None
    name = posixpath.normpath(posixpath.join(posixpath.dirname(yaml_name), relative))
    return None if name == ".." or name.startswith("../") else name


def load_file(raw: bytes, shown: str, find_document: DocumentLookup) -> KnowledgeFile:
    """Validate one knowledge file's bytes, and its quotes against its source document."""
    return _validate(load_yaml(decode(raw, shown), shown), shown, find_document)


def loads_file(
    raw: bytes | str, name: str, contents: Mapping[str, bytes], shown: str
) -> KnowledgeFile:
    """Validate one knowledge file's text as if it were `name` in a directory holding
    `contents`, where it finds its source document. Problems name it `shown`."""
    text = raw if isinstance(raw, str) else decode(raw, shown)
    return _validate(load_yaml(text, shown), shown, documents_of(name, contents))


def loads(
    contents: Mapping[str, bytes], where: str = "", parse_file: FileParser = load_file
) -> KnowledgeBase:
    """Validate a knowledge directory from its files' bytes, by path relative to it.

    `where` is how to name the directory in problems. Raises KnowledgeError listing every
    problem in every file, each with its file, line and field.
    """
    problems: list[Problem] = []
    synonyms: tuple[tuple[str, ...], ...] = ()
    if SYNONYMS_FILE in contents:
        shown = shown_name(where, SYNONYMS_FILE)
        try:
            text = decode(contents[SYNONYMS_FILE], shown)
            synonyms = parse_synonyms(load_yaml(text, shown), shown)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
    names = knowledge_file_names(contents)
    if not names:
        # Which files count: knowledge files put in a subfolder are not read.
        empty = "holds no knowledge files (the .yaml files directly inside it)"
        problems.append(Problem(where or ".", None, "", empty))
    files: list[KnowledgeFile] = []
    for name in names:
        shown = shown_name(where, name)
        try:
            files.append(parse_file(contents[name], shown, documents_of(name, contents)))
        except KnowledgeError as exc:
            problems.extend(exc.problems)
    if problems:
        raise KnowledgeError(problems)
    return assemble(files, synonyms)


def assemble(files: list[KnowledgeFile], synonyms: tuple[tuple[str, ...], ...]) -> KnowledgeBase:
    """Check what spans files (ids unique across the whole base, figures for the same measure
    and period agreeing) and build the base."""
    problems: list[Problem] = []
    fact_owner: dict[str, str] = {}
    source_owner: dict[str, str] = {}
    for knowledge_file in files:
        source = knowledge_file.source
        if source.id in source_owner:
            problems.append(
                Problem(
                    knowledge_file.path,
                    source.id_line,
                    "source.id",
                    f"duplicate source id {source.id!r} (also in {source_owner[source.id]})",
                )
            )
        source_owner.setdefault(source.id, place(knowledge_file.path, source.id_line))
        for fact in knowledge_file.facts:
            if fact.id in fact_owner:
                problems.append(
                    Problem(
                        knowledge_file.path,
                        fact.id_line,
                        f"facts[{fact.id}].id",
                        f"duplicate id {fact.id!r} (also in {fact_owner[fact.id]})",
                    )
                )
            fact_owner.setdefault(fact.id, place(knowledge_file.path, fact.id_line))
    problems.extend(disagreements(files))
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(files=tuple(files), synonyms=synonyms)


def place(path: str, line: int | None) -> str:
    """`file:line`, as a problem names where it is, or the file alone when the line is unknown."""
    return f"{path}:{line}" if line else path


def shown_name(where: str, name: str) -> str:
    return f"{where}/{name}" if where and where != "." else name


def file_name(knowledge_file: KnowledgeFile) -> str:
    """The name of a loaded file within its directory (knowledge files are top-level)."""
    return posixpath.basename(knowledge_file.path)


def documents_of(yaml_name: str, contents: Mapping[str, bytes]) -> DocumentLookup:
    """How the file `yaml_name` finds the documents it cites among `contents`."""

    def find(relative: str) -> bytes | None:
        found = document_name(yaml_name, relative)
        return contents.get(found) if found else None

    return find


# "../../etc/passwd is missing or cannot be read" sent the reader to check a file that is
# there and readable: what is wrong is where it is.
OUTSIDE = "is outside the knowledge directory: keep the document in its sources/ folder"


def _validate(data: object, shown: str, find_document: DocumentLookup) -> KnowledgeFile:
    relative = document_path(data)
    document = find_document(relative) if relative else None
    text = document_text(document) if document is not None else None
    # Knowledge files are top-level, so a document is cited from the directory itself.
    outside = relative is not None and document_name("", relative) is None
    why = OUTSIDE if outside else unread_document(document)
    return parse_knowledge_file(data, shown, text, why)


def document_text(document: bytes) -> str | None:
    """A source document's text, newlines written one way; None if it is not UTF-8 (UTF-16
    without a byte order mark would pass as UTF-8 full of NULs, matching no quote)."""
    if utf16_encoding(document):
        return None
    try:
        text = document.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unread_document(document: bytes | None) -> str:
    """What `source.document` is told when `document_text` gives nothing for it."""
    if document is None:
        return "is missing or cannot be read"
    if utf16_encoding(document):
        return f"is {UTF16_PROBLEM}"
    return "is not UTF-8 text: save it as UTF-8"
