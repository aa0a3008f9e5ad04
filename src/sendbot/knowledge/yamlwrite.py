"""Knowledge values -> YAML text: a fresh layout (`dump_yaml`), or a person's file changed only
where its values changed (`rewrite_facts`, `rewrite`).

`rewrite` goes through ruamel.yaml's round trip, which keeps comments, key order, quoting and
block or folded styles, and changes only the nodes whose values differ: adding one question
to a fact adds one line. Round-tripping a whole file in pure Python takes about a second for
the shipped one, so `rewrite_facts` does the same for just the facts that changed and splices
them into the text, which is what nearly every edit needs. Callers validate either result
like any file before using it.
"""

from __future__ import annotations

import difflib
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from sendbot.knowledge.revisions import with_revision
from sendbot.knowledge.yamltext import load_yaml

_BaseDumper: type[yaml.SafeDumper]
try:
    _BaseDumper = yaml.CSafeDumper  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _BaseDumper = yaml.SafeDumper


class _NoAliasDumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """Writes a value every time it occurs: the loader refuses anchors and aliases, and PyYAML
    would otherwise emit one for any object (such as a date) shared by two facts."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_NoAliasDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )


class _Representer(RoundTripRepresenter):
    """Writes an empty value as `null`, as people (and `dump_yaml`) write it, not as nothing."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_Representer.add_representer(
    type(None),
    lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"),
)


def _round_trip() -> YAML:
    round_trip = YAML(typ="rt")
    round_trip.Representer = _Representer
    round_trip.preserve_quotes = True
    round_trip.width = 4096  # never re-wrap a line the file's author wrapped (or did not)
    round_trip.indent(mapping=2, sequence=4, offset=2)
    return round_trip


def rewrite(original: str, data: Mapping[str, Any]) -> str:
    """`original` YAML changed to hold `data`, keeping the layout of everything not changed.

    Raises ruamel.yaml's YAMLError if `original` is not YAML it can keep the layout of."""
    round_trip = _round_trip()
    document = round_trip.load(original)
    out = io.StringIO()
    round_trip.dump(_merge(document, data), out)
    return out.getvalue()


def rewrite_facts(original: str, data: Mapping[str, Any]) -> str | None:
    """`rewrite` for a change to the facts and the revision only: each changed fact is
    round-tripped on its own and spliced into `original`, the other lines kept as they are.

    None when the change touches more than that, or the file is laid out in a way this does
    not follow (the caller then uses `rewrite`)."""
    try:
        old = load_yaml(original, "")
        root = yaml.compose(original, Loader=_ComposeLoader)
    except Exception:  # any doubt: the whole-file round trip decides
        return None
    if not isinstance(old, dict) or not isinstance(root, yaml.MappingNode):
        return None
    if list(old) != list(data) or any(
        _key(old[name]) != _key(data[name]) for name in data if name not in ("facts", "revision")
    ):
        return None
    facts_node = next((value for key, value in root.value if key.value == "facts"), None)
    new_facts = data.get("facts")
    if not isinstance(facts_node, yaml.SequenceNode) or not isinstance(new_facts, list):
        return None
    lines = original.splitlines(keepends=True)
    spans = _item_spans(lines, facts_node)
    if not spans:
        return None
    old_facts = old["facts"]
    matcher = difflib.SequenceMatcher(
        None, [_key(item) for item in old_facts], [_key(item) for item in new_facts], autojunk=False
    )
    for tag, old_start, old_end, new_start, new_end in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        if tag == "replace" and old_end - old_start == new_end - new_start:
            for offset in reversed(range(old_end - old_start)):
                start, end = spans[old_start + offset]
                block = "".join(lines[start:end])
                lines[start:end] = _facts_text(new_facts[new_start + offset], block)
            continue
        at = spans[old_start][0] if old_start < len(spans) else spans[-1][1]
        for start, end in reversed(spans[old_start:old_end]):
            del lines[start:end]
        lines[at:at] = [
            line for item in new_facts[new_start:new_end] for line in _facts_text(item, None)
        ]
    text = "".join(lines)
    if old.get("revision") != data.get("revision"):
        if "revision" not in old or not isinstance(data.get("revision"), int):
            return None
        text = with_revision(text, data["revision"])
    return text


class _ComposeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _item_spans(lines: list[str], sequence: yaml.SequenceNode) -> list[tuple[int, int]] | None:
    """For each item of a block sequence of block mappings: its first line and the line after
    its last, without the blank lines and comments that follow it (they head the next item)."""
    spans: list[tuple[int, int]] = []
    for item in sequence.value:
        if not isinstance(item, yaml.MappingNode) or item.flow_style:
            return None
        start, dash = item.start_mark.line, item.start_mark.column - 2
        if dash < 0 or lines[start][dash : item.start_mark.column] != "- ":
            return None
        end_line, end_column = item.end_mark.line, item.end_mark.column
        on_end_line = lines[end_line][:end_column] if end_line < len(lines) else ""
        end = end_line + 1 if on_end_line.strip() else end_line
        while end > start + 1 and _between_items(lines[end - 1], dash):
            end -= 1
        spans.append((start, end))
    return spans


def _between_items(line: str, dash: int) -> bool:
    """A blank line, or a comment no deeper than the dashes (deeper, it may be block text)."""
    stripped = line.strip()
    return not stripped or (stripped.startswith("#") and len(line) - len(line.lstrip()) <= dash)


def _facts_text(fact: Any, block: str | None) -> list[str]:
    """One item of `facts:` as the whole-file round trip would write it: `block` (the item's
    lines as they are) changed to hold `fact`, or a new item when there is no block."""
    round_trip = _round_trip()
    out = io.StringIO()
    document = round_trip.load("facts:\n" + block) if block is not None else {}
    round_trip.dump(_merge(document, {"facts": [fact]}), out)
    return out.getvalue().splitlines(keepends=True)[1:]  # without the `facts:` line


def _merge(old: Any, new: Any) -> Any:
    """`new`, reusing `old`'s nodes (and so their comments and styles) wherever they agree."""
    if isinstance(old, CommentedMap) and isinstance(new, Mapping):
        return _merge_mapping(old, new)
    if isinstance(old, CommentedSeq) and isinstance(new, Sequence) and not isinstance(new, str):
        return _merge_sequence(old, new)
    if _same(old, new):
        return old
    if isinstance(new, str) and isinstance(old, FoldedScalarString | LiteralScalarString):
        return type(old)(new)  # a changed text keeps its block style
    return new


def _merge_mapping(old: CommentedMap, new: Mapping[str, Any]) -> CommentedMap:
    for key in [key for key in old if key not in new]:
        del old[key]
    for position, (key, value) in enumerate(new.items()):
        if key in old:
            merged = _merge(old[key], value)
            if merged is not old[key]:
                old[key] = merged
        else:
            # After the keys that come before it in `new` (the documented order).
            earlier = list(new)[:position]
            at = max((list(old).index(k) + 1 for k in earlier if k in old), default=0)
            old.insert(at, key, value)
    return old


def _merge_sequence(old: CommentedSeq, new: Sequence[Any]) -> CommentedSeq:
    matcher = difflib.SequenceMatcher(
        None, [_key(item) for item in old], [_key(item) for item in new], autojunk=False
    )
    # From the end, so that the positions of the parts still to do do not move.
    for tag, old_start, old_end, new_start, new_end in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        if tag == "replace" and old_end - old_start == new_end - new_start:
            for offset in range(old_end - old_start):
                merged = _merge(old[old_start + offset], new[new_start + offset])
                if merged is not old[old_start + offset]:
                    old[old_start + offset] = merged
            continue
        for index in reversed(range(old_start, old_end)):
            del old[index]
        for offset, item in enumerate(new[new_start:new_end]):
            old.insert(old_start + offset, item)
    return old


def _same(old: Any, new: Any) -> bool:
    return (type(old) is type(new) and old == new) or _key(old) == _key(new)


def _key(value: Any) -> str:
    """A value's content, comparable whatever node type holds it (bool apart from 1)."""
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
