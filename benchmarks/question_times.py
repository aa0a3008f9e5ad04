"""Which of `sendbot bench`'s questions are slowest on the shipped base, and the CPU total.

.venv/bin/python benchmarks/question_times.py [--rounds 3] [--slowest 25]

Asks the bench's own question list (the same seed, typos and all) of the shipped base, each
question once per round, and keeps each question's least CPU time over the rounds: on a
shared machine the least is the steadiest. Prints the total, p50, p99 and max of those times
and the slowest distinct questions, the tail that `sendbot bench`'s p99 measures.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from paths import SHIPPED_KB

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import build_index
from sendbot.cli.bench import _percentile, _questions_for
from sendbot.storage.curation import fact_index_cache
from sendbot.storage.loader import load_indexed

QUESTIONS = 2_000  # as `sendbot bench` asks
WARM_UP = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=25)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        index = load_indexed(SHIPPED_KB, build_index, None, fact_index_cache(Path(cache)))[1]
    questions = _questions_for(index.kb, QUESTIONS)
    for text in questions[:WARM_UP]:
        answer(index, text)
    least = [float("inf")] * len(questions)
    for _ in range(options.rounds):
        for at, text in enumerate(questions):
            started = time.process_time()
            answer(index, text)
            least[at] = min(least[at], (time.process_time() - started) * 1000)
    print(
        f"{len(questions):,} questions, least CPU of {options.rounds} rounds: "
        f"total {sum(least):,.0f} ms, p50 {statistics.median(least):.3f} ms, "
        f"p99 {_percentile(least, 0.99):.3f} ms, max {max(least):.3f} ms"
    )
    slowest: dict[str, float] = {}
    for at in sorted(range(len(questions)), key=least.__getitem__, reverse=True):
        slowest.setdefault(questions[at], least[at])
        if len(slowest) >= options.slowest:
            break
    for text, spent in slowest.items():
        print(f"  {spent:.3f} ms  {text}")


if __name__ == "__main__":
    main()
