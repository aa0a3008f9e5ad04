"""YAML text -> Python values that remember their line numbers, refusing hostile input.

Knowledge files can come from a moderator's upload, so the loader refuses what a knowledge
base never needs: anchors and aliases (the "billion laughs" expansion), deep nesting, huge
files and duplicate keys (which PyYAML would otherwise silently overwrite).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import yaml

from sendbot.knowledge.binary_files import binary_kind, not_text_problem
from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.knowledge.runaway_quote import runaway_quote_start
from sendbot.knowledge.utf16 import UTF16_PROBLEM, utf16_encoding

MAX_BYTES = 2_000_000
MAX_DEPTH = 12

_BaseLoader: type[yaml.SafeLoader]
try:
    _BaseLoader = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class LinedDict(dict[Any, Any]):
    """A mapping that knows the line of each of its keys (1-based)."""

    line: int = 0
    lines: dict[Any, int]


class LinedList(list[Any]):
    """A sequence that knows the line of each of its items (1-based)."""

    line: int = 0
    lines: list[int]


class _BadKey(Exception):
    def __init__(self, key: object, line: int, reason: str) -> None:
        self.key, self.line, self.reason = key, line, reason


class _LinedLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[LinedDict]:
    data = LinedDict()
    data.line = node.start_mark.line + 1
    data.lines = {}
    yield data
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise _BadKey(key, line, "a key must be plain text")
        if key in data:
            raise _BadKey(key, line, "duplicate key")
        data[key] = loader.construct_object(value_node, deep=True)
        data.lines[key] = line


def _construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Iterator[LinedList]:
    data = LinedList()
    data.line = node.start_mark.line + 1
    data.lines = []
    yield data
    for item in node.value:
        data.append(loader.construct_object(item, deep=True))
        data.lines.append(item.start_mark.line + 1)


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    # Dates stay text here so that an impossible one (2024-02-30) is reported with its field
    # and line by the validator, instead of PyYAML raising a bare ValueError.
    return str(loader.construct_scalar(node))


_LinedLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LinedLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LinedLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def _refuse_hostile_structure(text: str, file: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise KnowledgeError(
                [Problem(file, line, "", "anchors and aliases (& and *) are not allowed")]
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise KnowledgeError(
                    [Problem(file, line, "", f"nested more than {MAX_DEPTH} levels deep")]
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def decode(data: bytes, file: str) -> str:
    """Bytes from disk or an upload -> text, or a clear error saying where it went wrong."""
    if len(data) > MAX_BYTES:
        raise KnowledgeError(
            [Problem(file, None, "", f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}")]
        )
    if utf16_encoding(data):
        # Notepad's "Unicode" and PowerShell's `>`: the byte 0xff alone would not say so, and
        # without a byte order mark, plain English in UTF-16 decodes as UTF-8 full of NULs.
        raise KnowledgeError([Problem(file, 1, "", UTF16_PROBLEM)])
    if kind := binary_kind(data):
        raise KnowledgeError([Problem(file, None, "", not_text_problem(kind))])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KnowledgeError([Problem(file, line, "", _not_utf8(data, exc))]) from exc


def encode_like(text: str, before: bytes | None) -> bytes:
    """`text` as the bytes of the file that replaces `before`, in its line endings and with
    its UTF-8 byte order mark if it had one: an editor on Windows saves CRLF (Notepad adds a
    mark), and an edit written in LF without the mark made every line of a moderator's file
    show as changed in their `git diff`. The line ending is the one most of `before`'s lines
    end with; a new file (`before` None) is written as `text` has it."""
    if before is None:
        return text.encode("utf-8")
    text = text.replace("\r\n", "\n")
    if before.count(b"\r\n") * 2 > before.count(b"\n"):
        text = text.replace("\n", "\r\n")
    mark = codecs.BOM_UTF8 if before.startswith(codecs.BOM_UTF8) else b""
    return mark + text.encode("utf-8")


def _not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    """Why the bytes are not UTF-8, and what to do. A file saved on Windows is often in
    Windows-1252, where "£" is the byte 0xa3: naming the character shows what went wrong
    (not for UTF-8 cut short at the end, which is no other encoding's fault)."""
    byte = data[exc.start]
    if exc.reason == "unexpected end of data" or not _is_cp1252(data):
        return f"not UTF-8 text (byte 0x{byte:02x}): save it as UTF-8"
    character = bytes([byte]).decode("cp1252")
    return f"not UTF-8 text (byte 0x{byte:02x}, {character!r} in Windows-1252): save it as UTF-8"


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def load_yaml(text: str, file: str) -> Any:
    """Parse one YAML document into LinedDict/LinedList values."""
    if len(text) > MAX_BYTES:
        raise KnowledgeError(
            [
                Problem(
                    file, None, "", f"file is {len(text):,} characters; the limit is {MAX_BYTES:,}"
                )
            ]
        )
    try:
        _refuse_hostile_structure(text, file)
        return yaml.load(text, Loader=_LinedLoader)
    except _BadKey as exc:
        raise KnowledgeError([Problem(file, exc.line, str(exc.key), exc.reason)]) from exc
    except yaml.MarkedYAMLError as exc:
        raise KnowledgeError([_syntax_problem(exc, file, text)]) from exc
    except yaml.reader.ReaderError as exc:
        raise KnowledgeError([_character_problem(exc, file, text)]) from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError([Problem(file, None, "", f"YAML error: {exc}")]) from exc


_YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a line end

# PyYAML's words for the usual slips, with what a person editing the file would look for.
_INDENTATION = "check this line's indentation against the lines above it"
_SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "a line indented deeper than the key above it, or a value holding ': ' that needs quotes",
    ),
    ("expected <block end>", _INDENTATION),
    ("expected key", _INDENTATION),
    ("expected '-' indicator", _INDENTATION),
)


def _syntax_problem(exc: yaml.MarkedYAMLError, file: str, text: str) -> Problem:
    """Where the slip is (line and column), what PyYAML says, and what to look for."""
    problem = exc.problem or exc.context or "not YAML"
    mark = exc.problem_mark or exc.context_mark
    if mark is not None and "cannot start any token" in problem:
        # libyaml does not say which character; a tab (from an editor's Tab key) is the
        # usual one, and nothing on the line looks wrong to the person reading it.
        lines = _YAML_LINE_BREAK.split(text)
        line = lines[mark.line] if mark.line < len(lines) else ""
        found = line[mark.column : mark.column + 1]
        if found == "\t":
            problem = "a tab character (YAML indents with spaces, not tabs)"
        elif found.isprintable() and found.strip():
            problem = f"found {found!r}, which cannot start a value (put the value in quotes)"
    opened = {
        "while scanning a quoted scalar": "a quoted value that is never closed",
        "while parsing a flow sequence": "a [list] that is never closed",
        "while parsing a flow mapping": "a {mapping} that is never closed",
    }
    never_closed = "end of stream" in problem or "expected ',' or" in problem
    if never_closed and exc.context in opened and exc.context_mark is not None:
        # Where it noticed is a later line (or the end of the file); the opening is the slip.
        mark, problem = exc.context_mark, opened[exc.context]
    hint = next((text for words, text in _SYNTAX_HINTS if words in problem), None)
    opened_at = None if mark is None else runaway_quote_start(text, mark.line)
    if mark is not None and opened_at is not None:
        # A value's closing quote is missing: it ran on over the keys below to the next
        # quote mark, and PyYAML stumbled there, on a line that looks right.
        problem = (
            f"a quoted value that is never closed: it runs on over the lines below to line"
            f" {mark.line + 1} (add its closing quote)"
        )
        line, column = opened_at
        return Problem(file, line + 1, "", f"YAML syntax error at column {column + 1}: {problem}")
    if mark is None:
        return Problem(file, None, "", f"YAML syntax error: {problem}" + _hinted(hint))
    last = _last_written_line(text)
    if mark.line > last:
        # PyYAML noticed at the end of the stream, a line after the file's last one: name the
        # last line with something on it, where the unfinished thing stands.
        where, line = " at the end of the file", last
    else:
        where, line = f" at column {mark.column + 1}", mark.line
    return Problem(file, line + 1, "", f"YAML syntax error{where}: {problem}" + _hinted(hint))


def _character_problem(exc: yaml.reader.ReaderError, file: str, text: str) -> Problem:
    """The line and column of a character YAML refuses (a control character: a line break
    pasted from Word is U+000B), instead of PyYAML's '"<unicode string>", position N', an
    offset in bytes that no editor shows. The character is found by itself: it is the first
    one YAML refuses, so its first occurrence is the one reported."""
    code = exc.character if isinstance(exc.character, int) else None
    index = text.find(chr(code)) if code is not None else -1
    if code is None or index < 0:
        return Problem(file, None, "", f"YAML error: {exc.reason}")
    start = text.rfind("\n", 0, index) + 1
    kind = "a control character" if unicodedata.category(chr(code)) == "Cc" else "the character"
    return Problem(
        file,
        text.count("\n", 0, index) + 1,
        "",
        f"{kind} U+{code:04X} at column {index - start + 1}, which YAML does not allow:"
        " delete it, or retype the text around it",
    )


def _hinted(hint: str | None) -> str:
    return f" ({hint})" if hint else ""


def _last_written_line(text: str) -> int:
    """The 0-based number of the last line that holds more than white space (0 if none)."""
    lines = _YAML_LINE_BREAK.split(text)
    return next((n for n in range(len(lines) - 1, -1, -1) if lines[n].strip()), 0)
