"""What the moderators' side runs on: one knowledge store, the gap log and the answer counts.

`sendbot run` opens one `Curation` for the settings' knowledge and data directories and hands
it to the bot: answers come from `store.current.index` (swapped in one step after every
change), misses go to the gap log, answers and refusals are counted, and /kb changes go
through the same store as `sendbot kb ...` on the command line.

Misses and counts are recorded while the bot answers, on its event loop, so they only queue
the write: one worker thread (`StateWriter`) writes them to the state database. `close`
writes what is still queued.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sendbot.answering.fact_index import INDEX_VERSION, FactIndex, build_index
from sendbot.answering.misses import GapMisses
from sendbot.knowledge.errors import StoreBusy
from sendbot.settings import Settings, SettingsError
from sendbot.storage.cache import ParseCache
from sendbot.storage.database import DatabaseError, knowledge_base_id
from sendbot.storage.gaps import AnswerStats, GapLog
from sendbot.storage.index_cache import IndexCache
from sendbot.storage.loader import load_indexed
from sendbot.storage.store import CACHE_DIR, KnowledgeStore
from sendbot.storage.writer import StateWriter


class StateUnusable(SettingsError):
    """The state database is damaged (or from a newer sendbot): the history, gaps and counts
    cannot be trusted, while the knowledge files can."""


@dataclass(frozen=True, slots=True)
class Curation:
    store: KnowledgeStore[FactIndex]
    gaps: GapLog
    stats: AnswerStats
    writer: StateWriter

    @classmethod
    def open(cls, settings: Settings) -> Curation:
        """Load the knowledge base (KnowledgeError if it is invalid) and the data directory
        (SettingsError if it cannot be used)."""
        try:
            store = open_store(settings)
        except ValueError as exc:  # the data directory is inside the knowledge directory
            raise SettingsError(f"SENDBOT_DATA ({settings.data_dir}): {exc}") from None
        except PermissionError as exc:
            raise SettingsError(
                f"SENDBOT_DATA ({settings.data_dir}) cannot be written: {exc.strerror}"
            ) from None
        except DatabaseError as exc:
            raise StateUnusable(f"SENDBOT_DATA ({settings.data_dir}): {exc}") from None
        except StoreBusy as exc:  # a process stuck mid-save: one line, as for a bad setting
            raise SettingsError(str(exc)) from None
        writer = StateWriter(settings.data_dir)
        return cls(
            store,
            GapLog(settings.data_dir, writer=writer, base=knowledge_base_id(settings.kb_path)),
            AnswerStats(settings.data_dir, writer=writer),
            writer,
        )

    def index(self) -> FactIndex:
        """The index of the last good snapshot: what every question is answered from."""
        return self.store.current.index

    def misses(self) -> GapMisses:
        return GapMisses(self.gaps)

    def flush(self) -> None:
        """Wait until every miss and count recorded so far is written."""
        self.writer.flush()

    def close(self) -> None:
        """Write what is queued and let go of the database. Blocks: call it off the loop."""
        self.writer.close()
        self.store.close()


def open_store(settings: Settings) -> KnowledgeStore[FactIndex]:
    """The store the bot opens, compiled index included; `sendbot kb` edits through the same
    one, so a change saved there is compiled for the bot's next start, which then reads it back
    instead of validating every file again."""
    return KnowledgeStore(
        settings.kb_path,
        settings.data_dir,
        build_index=build_index,
        index_cache=fact_index_cache(settings.data_dir / CACHE_DIR),
        keep_versions=settings.keep_versions,
        lock_timeout=settings.lock_timeout,
    )


def answers_only(settings: Settings) -> FactIndex:
    """The knowledge files' index without the state database (KnowledgeError if they are
    invalid): what the bot answers from while that database cannot be used."""
    cache_dir = settings.data_dir / CACHE_DIR
    return load_indexed(
        settings.kb_path, build_index, ParseCache(cache_dir), fact_index_cache(cache_dir)
    )[1]


def fact_index_cache(directory: Path) -> IndexCache[FactIndex]:
    """Where the matcher's compiled index is kept between runs."""
    return IndexCache(directory, FactIndex, str(INDEX_VERSION))
