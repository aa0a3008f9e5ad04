"""Errors that know where they are: file, line and field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class KnowledgeError(Exception):
    """The knowledge base (or a change to it) is invalid. Carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class StoreError(Exception):
    """A change to the knowledge base was refused. Nothing was written.

    The message is written for the moderator who asked for the change.
    """


class FactNotFound(StoreError):
    def __init__(self, fact_id: str) -> None:
        self.fact_id = fact_id
        super().__init__(f"there is no fact with id {fact_id!r}")


class SourceNotFound(StoreError):
    def __init__(self, source_id: str) -> None:
        self.source_id = source_id
        super().__init__(f"there is no source with id {source_id!r}")


class FactExists(StoreError):
    def __init__(self, fact_id: str, source_id: str) -> None:
        self.fact_id = fact_id
        super().__init__(f"a fact with id {fact_id!r} already exists (in {source_id})")


class LastFactOfSource(StoreError):
    """Removing the only fact a source has left: validation's "facts: must be a list with at
    least one fact" named a field the moderator never saw, and no way on."""

    def __init__(self, fact_id: str, source_id: str, file: str) -> None:
        self.fact_id, self.source_id = fact_id, source_id
        super().__init__(
            f"{fact_id!r} is the last fact of source {source_id}, and a source keeps at least "
            f"one fact: edit it instead; to take the whole source out, delete {file} from the "
            "knowledge directory (history does not record that)"
        )


class DuplicateQuestion(StoreError):
    def __init__(self, fact_id: str, question: str) -> None:
        self.fact_id, self.question = fact_id, question
        super().__init__(f"{fact_id!r} already has the question {question!r}")


class QuestionOfAnotherFact(StoreError):
    """A question a change adds to a fact that another fact already has: `kb check` refuses
    the base then (which fact answers it would be left to scoring)."""

    def __init__(self, question: str, other_fact_id: str) -> None:
        self.question, self.other_fact_id = question, other_fact_id
        super().__init__(
            f"{question!r} is already a question of fact {other_fact_id!r}: keep it under one "
            "fact (kb check refuses a question under two)"
        )


class AliasCollides(StoreError):
    """A new phrasing that another fact answers, or would lose to it (see `kb test`)."""

    def __init__(self, collisions: list[str]) -> None:
        self.collisions = collisions
        super().__init__(
            "that phrasing collides with another fact: "
            + "; ".join(collisions)
            + ". To save it anyway: /kb alias with force True"
        )


class AliasNotAQuestion(StoreError):
    """A phrasing every reply takes for chat (a greeting, thanks, a call for help): added to a
    fact it would never be answered with it, so it is refused, forced or not."""

    def __init__(self, question: str, fact_id: str, reply: str) -> None:
        self.question, self.fact_id, self.reply = question, fact_id, reply
        super().__init__(
            f"{question!r} gets a {reply} reply, not a fact, even as a question of "
            f"{fact_id!r}: add the way people ask for what the fact says"
        )


class InvalidChange(StoreError):
    """The request itself makes no sense (no changes given, an id changed, a bad file name)."""


class DocumentClash(InvalidChange):
    """A new source's document has the name of a different document already in sources/."""

    def __init__(self, relative: str) -> None:
        self.relative = relative  # sources/NAME, relative to the knowledge directory
        super().__init__(
            f"{relative} is already in the knowledge base with other text; give this source's "
            "document a name not taken there"
        )


class StaleRevision(StoreError):
    """The caller changed a view of the knowledge base that has since moved on."""

    def __init__(self, expected: int, actual: int) -> None:
        self.expected, self.actual = expected, actual
        super().__init__(
            f"the knowledge base changed since you looked at it (you saw revision {expected}, "
            f"it is now {actual}); look again and make your change again"
        )


class KnowledgeNotWritable(StoreError):
    """The change is valid, but its knowledge file (or document) could not be written: a
    read-only directory or mount, an immutable file, a full disk. History does not list it."""

    def __init__(self, shown: str, reason: str, directory: str) -> None:
        self.shown, self.reason = shown, reason
        super().__init__(
            f"cannot write {shown} ({reason}); sendbot needs to write in the knowledge "
            f"directory {directory} to save changes"
        )


class HistoryNotWritable(StoreError):
    """The change is valid, but it could not be recorded (its backup or its history entry) in
    the data directory: a full disk, a read-only mount. Nothing was saved."""

    def __init__(self, reason: str, directory: str) -> None:
        self.reason = reason
        super().__init__(
            f"cannot record the change in the data directory {directory} ({reason}); "
            "nothing was saved"
        )


class NothingToDo(StoreError):
    """Nothing was changed, because there was nothing to undo or redo. `none_found`: the data
    directory holds no change of the kind needed (none saved, or none undone), so the changes
    may have been saved with another data directory, and the front end says where it looked."""

    def __init__(self, message: str, *, none_found: bool) -> None:
        super().__init__(message)
        self.none_found = none_found


class NothingToUndo(NothingToDo):
    """There is nothing to undo; `why` says which case it is ("no change has been saved
    yet")."""

    def __init__(
        self, why: str = "no change has been saved yet", *, none_found: bool = True
    ) -> None:
        super().__init__(f"there is nothing to undo: {why}", none_found=none_found)


class UndoConflict(StoreError):
    """Undoing would overwrite something saved after the change being undone."""


class NothingToRedo(NothingToDo):
    """There is nothing to redo; `why` says which case it is: no change was undone, or a
    newer change was saved after the undo."""

    def __init__(self, why: str = "no change has been undone", *, none_found: bool = True) -> None:
        super().__init__(f"there is nothing to redo: {why}", none_found=none_found)


class RedoConflict(StoreError):
    """Redoing would overwrite something changed since the undo it reverts, or what it needs
    to put back is no longer kept."""


class StoreBusy(StoreError):
    """Another writer (a bot, or a `sendbot kb` command, on the same data directory or
    knowledge directory) held the write lock for longer than a change waits for it."""

    def __init__(self, shown: str, timeout: float) -> None:
        self.shown, self.timeout = shown, timeout
        super().__init__(
            "the knowledge base is busy: another process (a bot or a `sendbot kb` command) "
            f"has held the lock on {shown} for over {timeout:g} s; try again in a moment"
        )
