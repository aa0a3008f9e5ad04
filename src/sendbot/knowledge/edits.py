"""Changes to a knowledge base as pure functions: a KnowledgeBase in, a validated Change out.

Every change is checked by the parser that loads files from disk: the changed file is dumped
to YAML, loaded back and validated against its source document, so an edit can never save
what `kb check` would refuse. `file_text` then gives the YAML a store should write: the file
as it was, changed only where the change is, and checked to load back to exactly the changed
file. Nothing here touches the disk.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.error import YAMLError

from sendbot.knowledge.directory import assemble
from sendbot.knowledge.errors import (
    DuplicateQuestion,
    FactExists,
    FactNotFound,
    InvalidChange,
    KnowledgeError,
    LastFactOfSource,
    Problem,
    QuestionOfAnotherFact,
    SourceNotFound,
)
from sendbot.knowledge.field_changes import change_lines, field_changes
from sendbot.knowledge.model import Fact, KnowledgeBase, KnowledgeFile
from sendbot.knowledge.parse import parse_knowledge_file
from sendbot.knowledge.records import FactRecord as FactRecord
from sendbot.knowledge.records import fact_record as fact_record
from sendbot.knowledge.records import fact_to_dict, file_to_dict, source_to_dict
from sendbot.knowledge.verbatim import question_key, tidy_question
from sendbot.knowledge.yamltext import load_yaml
from sendbot.knowledge.yamlwrite import dump_yaml, rewrite, rewrite_facts

# The fields a moderator may change; `id` is the fact's name in history and links, so it stays.
EDITABLE_FIELDS = ("title", "statement", "quote", "questions", "tags", "figures", "as_of")


@dataclass(frozen=True, slots=True)
class Change:
    """One validated change: the file to write, and the knowledge base it produces."""

    action: str  # add | edit | remove | alias | restore
    fact_id: str
    file: KnowledgeFile  # the changed file, its revision already bumped
    kb: KnowledgeBase  # the whole knowledge base after the change
    fields: tuple[str, ...]  # which fact fields changed
    fact_before: FactRecord | None  # None when the fact is new
    fact_after: FactRecord | None  # None when the fact was removed
    index: int  # the fact's position in its file (after the change, or before a removal)


@dataclass(frozen=True, slots=True)
class FactDiff:
    fact_id: str
    fields: tuple[str, ...]
    # The fact before and after, for a preview to show the values; not part of equality.
    before: FactRecord | None = dataclasses.field(default=None, compare=False)
    after: FactRecord | None = dataclasses.field(default=None, compare=False)

    def value_lines(self) -> list[str]:
        """Each changed field's old and new value: `title was: …`, `title now: …`; for a
        list, `questions (1 -> 2)` and the items taken out (`- …`) and added (`+ …`).
        None without the fact's records."""
        if self.before is None or self.after is None:
            return []
        return [
            line
            for change in field_changes(self.before, self.after, self.fields)
            for line in change_lines(change)
        ]


@dataclass(frozen=True, slots=True)
class KbDiff:
    """What applying a new version of the knowledge base would change, for a preview."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[FactDiff, ...] = ()
    sources_added: tuple[str, ...] = ()
    sources_removed: tuple[str, ...] = ()
    sources_changed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any(dataclasses.astuple(self))

    def lines(
        self,
        *,
        values: bool = False,
        indent: str = "    ",
        statements: Mapping[str, str] | None = None,
    ) -> list[str]:
        """One line per difference, ready to show a moderator; with `values`, each changed
        fact followed by its fields' old and new values, indented, for a preview:
        "~ high-needs-budget: questions" alone did not say which question. `statements`
        (by fact id): each added or removed fact's, indented under it, so that a record read
        later says what the fact said, not only its id."""
        said = statements or {}

        def with_statement(mark: str, fact_id: str) -> list[str]:
            statement = said.get(fact_id)
            return [f"{mark} {fact_id}"] + ([indent + statement] if statement else [])

        shown = [f"+ source {source_id}" for source_id in self.sources_added]
        shown += [f"- source {source_id}" for source_id in self.sources_removed]
        shown += [f"~ source {source_id}" for source_id in self.sources_changed]
        shown += [line for fact_id in self.added for line in with_statement("+", fact_id)]
        shown += [line for fact_id in self.removed for line in with_statement("-", fact_id)]
        for diff in self.changed:
            shown.append(f"~ {diff.fact_id}: {', '.join(diff.fields)}")
            if values:
                shown += [indent + line for line in diff.value_lines()]
        return shown or ["no changes"]


def with_question(fact: Fact, question: str) -> tuple[str, ...]:
    """The fact's questions plus one more, tidied (`tidy_question`), refusing one it already
    has."""
    question = tidy_question(question)
    key = question_key(question)
    for existing in fact.questions:
        if question_key(existing) == key:
            raise DuplicateQuestion(fact.id, existing)
    return (*fact.questions, question)


def add_fact(kb: KnowledgeBase, source_id: str, fields: Mapping[str, Any]) -> Change:
    """A new fact quoted from `source_id`. `fields` uses the YAML names (id, statement, ...)."""
    knowledge_file = _file_of_source(kb, source_id)
    fact_id = fields.get("id")
    if isinstance(fact_id, str) and (existing := kb.fact(fact_id.strip())) is not None:
        raise FactExists(existing.id, existing.source_id)
    data = file_to_dict(knowledge_file)
    data["facts"].append(dict(fields))
    index = len(knowledge_file.facts)
    new_file, new_kb = _validated(kb, knowledge_file, data, index, fields.get("id"))
    added = new_file.facts[index]
    _refuse_questions_of_other_facts(kb, added.id, added.questions)
    return Change(
        action="add",
        fact_id=added.id,
        file=new_file,
        kb=new_kb,
        fields=_changed_fields(None, added),
        fact_before=None,
        fact_after=fact_record(added),
        index=index,
    )


def edit_fact(
    kb: KnowledgeBase,
    fact_id: str,
    changes: Mapping[str, Any],
    *,
    add_questions: Iterable[str] = (),
    action: str = "edit",
) -> Change:
    """Replace some fields of a fact. A value of None removes an optional field.

    `add_questions` are appended to the fact's questions as they are now, refusing ones it
    already has; pass them here rather than a whole new list so none added meanwhile is lost.
    """
    fact, knowledge_file, index = _locate(kb, fact_id)
    if "id" in changes and changes["id"] != fact_id:
        raise InvalidChange("a fact's id cannot be changed; add a new fact and remove this one")
    extra = tuple(add_questions)
    if extra:
        if "questions" in changes:
            raise InvalidChange("give either new questions or questions to add, not both")
        questions = fact.questions
        for question in extra:
            questions = with_question(dataclasses.replace(fact, questions=questions), question)
        changes = {**changes, "questions": list(questions)}
    merged = fact_to_dict(fact)
    for name, value in changes.items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = value
    data = file_to_dict(knowledge_file)
    data["facts"][index] = merged
    new_file, new_kb = _validated(kb, knowledge_file, data, index, fact_id)
    edited = new_file.facts[index]
    had = {question_key(question) for question in fact.questions}
    added = [question for question in edited.questions if question_key(question) not in had]
    _refuse_questions_of_other_facts(kb, fact_id, added)
    fields = _changed_fields(fact, edited)
    if not fields:
        raise InvalidChange(f"nothing to change: {fact_id!r} already says that")
    return Change(
        action=action,
        fact_id=fact_id,
        file=new_file,
        kb=new_kb,
        fields=fields,
        fact_before=fact_record(fact),
        fact_after=fact_record(edited),
        index=index,
    )


def _refuse_questions_of_other_facts(
    kb: KnowledgeBase, fact_id: str, questions: Iterable[str]
) -> None:
    """QuestionOfAnotherFact for the first of `questions` that a fact other than `fact_id`
    already has (as `kb check` compares them: case, spacing and end punctuation aside)."""
    wanted = {question_key(question): question for question in questions}
    if not wanted:
        return
    for other in kb.facts:
        if other.id == fact_id:
            continue
        for question in other.questions:
            if question_key(question) in wanted:
                raise QuestionOfAnotherFact(wanted[question_key(question)], other.id)


def add_alias(kb: KnowledgeBase, fact_id: str, question: str) -> Change:
    """Teach a fact another way of asking for it."""
    return edit_fact(kb, fact_id, {}, add_questions=[question], action="alias")


def remove_fact(kb: KnowledgeBase, fact_id: str) -> Change:
    refuse_removing_the_last(kb, fact_id)
    fact, knowledge_file, index = _locate(kb, fact_id)
    data = file_to_dict(knowledge_file)
    del data["facts"][index]
    new_file, new_kb = _validated(kb, knowledge_file, data, None, fact_id)
    return Change(
        action="remove",
        fact_id=fact_id,
        file=new_file,
        kb=new_kb,
        fields=_changed_fields(fact, None),
        fact_before=fact_record(fact),
        fact_after=None,
        index=index,
    )


def refuse_removing_the_last(kb: KnowledgeBase, fact_id: str) -> None:
    """LastFactOfSource when `fact_id` is the only fact its source has: asked before /kb
    remove's confirmation, and again when the change is made."""
    fact, knowledge_file, _ = _locate(kb, fact_id)
    if len(knowledge_file.facts) == 1:
        name = knowledge_file.path.replace("\\", "/").rsplit("/", 1)[-1]  # pure: no pathlib
        raise LastFactOfSource(fact_id, fact.source_id, name)


def restore_fact(
    kb: KnowledgeBase, source_id: str, fact_id: str, record: FactRecord | None, index: int
) -> Change:
    """Put a fact back as `record` says (None: take it out), as undo does.

    A fact that is missing is inserted at `index` (or at the end when the file is shorter).
    """
    knowledge_file = _file_of_source(kb, source_id)
    data = file_to_dict(knowledge_file)
    current = next((i for i, fact in enumerate(knowledge_file.facts) if fact.id == fact_id), None)
    before = knowledge_file.facts[current] if current is not None else None
    position: int | None  # where the fact is after the change; None once it is taken out
    if record is None:
        if current is None:
            raise FactNotFound(fact_id)
        del data["facts"][current]
        position = None
    elif current is None:
        elsewhere = kb.fact(fact_id)
        if elsewhere is not None:
            raise FactExists(fact_id, elsewhere.source_id)
        position = min(index, len(knowledge_file.facts))
        data["facts"].insert(position, dict(record))
    else:
        position = current
        data["facts"][current] = dict(record)
    new_file, new_kb = _validated(kb, knowledge_file, data, position, fact_id)
    after = new_file.facts[position] if position is not None else None
    return Change(
        action="restore",
        fact_id=fact_id,
        file=new_file,
        kb=new_kb,
        fields=_changed_fields(before, after),
        fact_before=fact_record(before) if before else None,
        fact_after=fact_record(after) if after else None,
        index=position if position is not None else index,
    )


def with_file(kb: KnowledgeBase, new_file: KnowledgeFile, replacing: str | None) -> KnowledgeBase:
    """The knowledge base with the file for source `replacing` swapped for `new_file` in its
    place (a new source goes last): fact order breaks ties between equally good answers, so an
    edit to one file must not reorder the others."""
    files = [new_file if file.source.id == replacing else file for file in kb.files]
    if replacing is None or all(file.source.id != replacing for file in kb.files):
        files.append(new_file)
    return assemble(files, kb.synonyms)


def without_file(kb: KnowledgeBase, source_id: str) -> KnowledgeBase:
    return assemble([file for file in kb.files if file.source.id != source_id], kb.synonyms)


def file_text(knowledge_file: KnowledgeFile, original: str | None) -> str:
    """The YAML to write for `knowledge_file`, checked to load back to exactly that file.

    `original` (the file's text now) is changed only where the values differ, keeping its
    comments, key order and styles; without one, or when its layout cannot take the change,
    the file is written in sendbot's own layout.
    """
    data = file_to_dict(knowledge_file)
    if original is not None:
        # The quick splice of changed facts, else the whole-file round trip.
        for keep_layout in (rewrite_facts, rewrite):
            try:
                text = keep_layout(original, data)
                if text is not None and _loads_back(text, knowledge_file):
                    return text
            except (YAMLError, KnowledgeError, ValueError, TypeError):
                pass
    text = dump_yaml(data)
    if not _loads_back(text, knowledge_file):
        raise KnowledgeError(
            [Problem(knowledge_file.path, None, "", "would not load back unchanged; not saved")]
        )
    return text


def _loads_back(text: str, knowledge_file: KnowledgeFile) -> bool:
    return _parse(text, knowledge_file.path, knowledge_file.source.text) == knowledge_file


def diff(before: KnowledgeBase, after: KnowledgeBase) -> KbDiff:
    old_facts = {fact.id: fact for fact in before}
    new_facts = {fact.id: fact for fact in after}
    changed = tuple(
        FactDiff(fact_id, fields, fact_record(old_facts[fact_id]), fact_record(fact))
        for fact_id, fact in new_facts.items()
        if fact_id in old_facts and (fields := _changed_fields(old_facts[fact_id], fact))
    )
    old_sources = {source.id: source_to_dict(source) for source in before.sources}
    new_sources = {source.id: source_to_dict(source) for source in after.sources}
    return KbDiff(
        added=tuple(fact_id for fact_id in new_facts if fact_id not in old_facts),
        removed=tuple(fact_id for fact_id in old_facts if fact_id not in new_facts),
        changed=changed,
        sources_added=tuple(sid for sid in new_sources if sid not in old_sources),
        sources_removed=tuple(sid for sid in old_sources if sid not in new_sources),
        sources_changed=tuple(
            sid
            for sid, data in new_sources.items()
            if sid in old_sources and old_sources[sid] != data
        ),
    )


def _file_of_source(kb: KnowledgeBase, source_id: str) -> KnowledgeFile:
    for knowledge_file in kb.files:
        if knowledge_file.source.id == source_id:
            return knowledge_file
    raise SourceNotFound(source_id)


def _locate(kb: KnowledgeBase, fact_id: str) -> tuple[Fact, KnowledgeFile, int]:
    fact = kb.fact(fact_id)
    if fact is None:
        raise FactNotFound(fact_id)
    knowledge_file = _file_of_source(kb, fact.source_id)
    return fact, knowledge_file, knowledge_file.facts.index(fact)


def _validated(
    kb: KnowledgeBase,
    knowledge_file: KnowledgeFile,
    data: dict[str, Any],
    index: int | None,
    fact_id: object,
) -> tuple[KnowledgeFile, KnowledgeBase]:
    """Validate changed file data exactly as loading would; bump the file's revision."""
    data["revision"] = knowledge_file.revision + 1
    shown, document = knowledge_file.path, knowledge_file.source.text
    try:
        new_file = _parse(dump_yaml(data), shown, document)
    except KnowledgeError as exc:
        raise _about_fact(exc, index, fact_id) from None
    return new_file, with_file(kb, new_file, knowledge_file.source.id)


def _parse(text: str, shown: str, document: str) -> KnowledgeFile:
    return parse_knowledge_file(load_yaml(text, shown), shown, document)


def _about_fact(exc: KnowledgeError, index: int | None, fact_id: object) -> KnowledgeError:
    """Problems in terms a moderator knows: the fact's id, not a line of a file never saved."""
    prefix = f"facts[{index}]"
    name = f"facts[{fact_id}]" if isinstance(fact_id, str) and fact_id else prefix
    pattern = re.compile(rf"^{re.escape(prefix)}(?=\.|$)")
    return KnowledgeError(
        dataclasses.replace(problem, line=None, field=pattern.sub(name, problem.field))
        for problem in exc.problems
    )


def _changed_fields(before: Fact | None, after: Fact | None) -> tuple[str, ...]:
    old = fact_record(before) if before else {}
    new = fact_record(after) if after else {}
    fields = [name for name in ("id", *EDITABLE_FIELDS) if old.get(name) != new.get(name)]
    if before and after and before.source_id != after.source_id:
        fields.append("source")
    return tuple(fields)
