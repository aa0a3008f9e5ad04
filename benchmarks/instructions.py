"""Instructions spent answering the bench's 2,000 shipped-base questions: a count that, unlike
CPU time, does not move with the machine's load.

    valgrind --tool=callgrind --toggle-collect='*functools_reduce*' \\
        .venv/bin/python benchmarks/instructions.py CACHE_DIR

callgrind counts only while `functools.reduce` runs, and the questions are asked inside it, so
loading the base is not counted. Run it once without valgrind first, so that the base comes
compiled from CACHE_DIR (loading under valgrind takes minutes). Compare "I refs" of two
versions with PYTHONHASHSEED=0.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import build_index
from sendbot.cli.bench import _questions_for
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.cache import ParseCache
from sendbot.storage.curation import fact_index_cache
from sendbot.storage.loader import load_indexed

QUESTIONS = 2_000  # as `sendbot bench` asks of the shipped base


def main() -> None:
    cache = Path(sys.argv[1])
    loaded = load_indexed(
        BUNDLED_KNOWLEDGE, build_index, ParseCache(cache), fact_index_cache(cache)
    )
    index = loaded[1]
    questions = _questions_for(index.kb, QUESTIONS)
    functools.reduce(lambda _, question: answer(index, question), questions, None)


if __name__ == "__main__":
    main()
