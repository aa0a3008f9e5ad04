"""Opening the knowledge store for the bot: answers from it, a clear error for a bad setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.settings import Settings, SettingsError
from sendbot.storage.curation import Curation
from tests.storage.storekit import copy_knowledge


def test_the_index_is_the_stores_current_one(tmp_path: Path) -> None:
    curation = Curation.open(Settings(kb_path=copy_knowledge(tmp_path), data_dir=tmp_path / "d"))
    assert curation.index() is curation.store.current.index
    assert curation.index().kb.fact("high-needs-budget") is not None


def test_a_data_directory_inside_the_knowledge_directory_is_a_settings_error(
    tmp_path: Path,
) -> None:
    kb_dir = copy_knowledge(tmp_path)
    with pytest.raises(SettingsError, match="must not be inside the knowledge directory"):
        Curation.open(Settings(kb_path=kb_dir, data_dir=kb_dir / "data"))
    assert not (kb_dir / "data").exists()
