from pathlib import Path

import pytest

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.knowledge.model import KnowledgeBase
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load
from tests.storage.storekit import copy_knowledge

# Names a test still running after a minute: -q prints nothing until a test ends.
pytest_plugins = ["tests.still_running"]

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shipped_kb() -> KnowledgeBase:
    return load(BUNDLED_KNOWLEDGE).kb


@pytest.fixture(scope="session")
def shipped_index(shipped_kb: KnowledgeBase) -> FactIndex:
    return build_index(shipped_kb)


# The knowledge base as it was with one source, frozen: the single-source evaluation sets in
# tests/eval/ are measured against it, whatever sources the shipped base gains.
SINGLE_SOURCE_KB = REPO / "tests" / "data" / "single-source-kb"


@pytest.fixture(scope="session")
def single_source_index() -> FactIndex:
    return build_index(load(SINGLE_SOURCE_KB).kb)


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A private copy of the small test knowledge base (tests/data/small-kb), safe to change."""
    return copy_knowledge(tmp_path)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Where a test's runtime state (the state database) goes."""
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def _no_real_written_questions_api(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point `kb fetch` at a closed port on 127.0.0.1 unless a test starts its own fake API."""
    monkeypatch.setenv("SENDBOT_WQ_API", "http://127.0.0.1:9")
