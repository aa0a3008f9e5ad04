from pathlib import Path

import pytest

from bot.answering.match import FactIndex, build_index
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import KnowledgeBase
from bot.settings import BUNDLED_KNOWLEDGE

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shipped_kb() -> KnowledgeBase:
    return load_knowledge(BUNDLED_KNOWLEDGE)


@pytest.fixture(scope="session")
def shipped_index(shipped_kb: KnowledgeBase) -> FactIndex:
    return build_index(shipped_kb)
