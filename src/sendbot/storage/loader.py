"""Read a knowledge directory from disk into a validated KnowledgeBase. Thin I/O over parse."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.knowledge.measures import disagreements
from sendbot.knowledge.model import KnowledgeBase, KnowledgeFile
from sendbot.knowledge.parse import document_path, parse_knowledge_file, parse_synonyms
from sendbot.knowledge.yamltext import decode, load_yaml
from sendbot.storage.cache import ParseCache

SYNONYMS_FILE = "synonyms.yaml"


def knowledge_files(directory: Path) -> list[Path]:
    """The source files of a knowledge directory, in a stable order."""
    return sorted(
        path
        for path in directory.glob("*.yaml")
        if path.name != SYNONYMS_FILE and not path.name.startswith(".")
    )


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_document(yaml_path: Path, relative: str) -> str | None:
    path = (yaml_path.parent / relative).resolve()
    # A knowledge file may only cite documents inside its own knowledge directory.
    if not path.is_relative_to(yaml_path.parent.resolve()):
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def parse_file_text(text: str, yaml_path: Path, shown_as: str | None = None) -> KnowledgeFile:
    """Validate the text of one knowledge file as if it were stored at `yaml_path`."""
    shown = shown_as or display_path(yaml_path)
    data = load_yaml(text, shown)
    relative = document_path(data)
    document = read_document(yaml_path, relative) if relative else None
    return parse_knowledge_file(data, shown, document)


def parse_file_bytes(
    raw: bytes, yaml_path: Path, shown: str, cache: ParseCache | None = None
) -> KnowledgeFile:
    """Validate a knowledge file's bytes, or reuse the result of validating the same bytes."""
    if cache is not None:
        cached = cache.get(raw, shown, yaml_path)
        if cached is not None:
            return cached
    knowledge_file = parse_file_text(decode(raw, shown), yaml_path, shown)
    if cache is not None:
        cache.put(raw, knowledge_file)
    return knowledge_file


def assemble(files: list[KnowledgeFile], synonyms: tuple[tuple[str, ...], ...]) -> KnowledgeBase:
    """Check what spans files (ids unique across the whole base, figures for the same measure
    and period agreeing) and build the base."""
    problems: list[Problem] = []
    fact_owner: dict[str, str] = {}
    source_owner: dict[str, str] = {}
    for knowledge_file in files:
        if knowledge_file.source.id in source_owner:
            problems.append(
                Problem(
                    knowledge_file.path,
                    None,
                    "source.id",
                    f"duplicate source id {knowledge_file.source.id!r} "
                    f"(also in {source_owner[knowledge_file.source.id]})",
                )
            )
        source_owner.setdefault(knowledge_file.source.id, knowledge_file.path)
        for fact in knowledge_file.facts:
            if fact.id in fact_owner:
                problems.append(
                    Problem(
                        knowledge_file.path,
                        None,
                        "facts.id",
                        f"duplicate id {fact.id!r} (also in {fact_owner[fact.id]})",
                    )
                )
            fact_owner.setdefault(fact.id, knowledge_file.path)
    problems.extend(disagreements(files))
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(files=tuple(files), synonyms=synonyms)


def parse_directory(
    directory: Path, contents: Mapping[str, bytes], cache: ParseCache | None = None
) -> tuple[KnowledgeBase, dict[str, str]]:
    """Validate a knowledge directory from its files' bytes (by name); raise KnowledgeError
    listing every problem in every file. Also returns which file holds each source id."""
    problems: list[Problem] = []
    synonyms: tuple[tuple[str, ...], ...] = ()
    if SYNONYMS_FILE in contents:
        shown = display_path(directory / SYNONYMS_FILE)
        try:
            text = decode(contents[SYNONYMS_FILE], shown)
            synonyms = parse_synonyms(load_yaml(text, shown), shown)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
    paths = [path for path in knowledge_files(directory) if path.name in contents]
    if not paths:
        problems.append(Problem(display_path(directory), None, "", "holds no knowledge files"))
    files: list[KnowledgeFile] = []
    file_names: dict[str, str] = {}
    for path in paths:
        try:
            knowledge_file = parse_file_bytes(contents[path.name], path, display_path(path), cache)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
            continue
        files.append(knowledge_file)
        file_names.setdefault(knowledge_file.source.id, path.name)
    if problems:
        raise KnowledgeError(problems)
    return assemble(files, synonyms), file_names


def not_a_directory(directory: Path) -> Problem:
    """What is wrong with a knowledge directory path that is not a directory."""
    missing = not directory.exists() and not directory.is_symlink()
    return Problem(
        display_path(directory),
        None,
        "",
        "does not exist" if missing else "is not a knowledge directory",
    )


def load_knowledge(directory: Path, cache: ParseCache | None = None) -> KnowledgeBase:
    """Load and validate every file; raise KnowledgeError listing every problem in every file.

    With a cache, files unchanged since they were last validated are not validated again."""
    if not directory.is_dir():
        raise KnowledgeError([not_a_directory(directory)])
    contents: dict[str, bytes] = {}
    unreadable: list[Problem] = []
    for path in [directory / SYNONYMS_FILE, *knowledge_files(directory)]:
        try:
            contents[path.name] = path.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as exc:
            unreadable.append(Problem(display_path(path), None, "", f"cannot read: {exc.strerror}"))
    try:
        kb, _ = parse_directory(directory, contents, cache)
    except KnowledgeError as exc:
        raise KnowledgeError([*unreadable, *exc.problems]) from None
    if unreadable:
        raise KnowledgeError(unreadable)
    return kb
