"""Where `sendbot bench`'s questions spend their CPU, by sampling, not by cProfile.

.venv/bin/python benchmarks/cpu_samples.py [--rounds 2] [--tail] [--under FUNCTION] [--top 40]

cProfile charges every Python call and generator step, so it inflates functions made of many
small calls (`missing.what_is_missing` looked like 17% of the CPU under it, about 6% timed).
This asks the bench's own questions of the shipped base while a CPU timer (SIGPROF, every
half millisecond of this process's CPU) records which functions are on the stack: a
function's share of the samples is its share of the CPU, its callees included ("in") or
itself only ("own"; time in C, a regex search, counts for the Python function calling it).

--tail samples only the slowest 1% of the questions (least CPU of 3 timed rounds first), the
ones `sendbot bench`'s p99 is read from; --under FUNCTION shares out only the samples taken
inside FUNCTION (a name, as `rank`), among what it calls.
"""

from __future__ import annotations

import argparse
import signal
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import FrameType

from paths import SHIPPED_KB

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.cli.bench import _questions_for
from sendbot.storage.curation import fact_index_cache
from sendbot.storage.loader import load_indexed

QUESTIONS = 2_000  # as `sendbot bench` asks
INTERVAL_S = 0.0005
TAIL = 0.01  # the p99's share of the questions
TIMED_ROUNDS = 3


def _name(frame: FrameType) -> str:
    code = frame.f_code
    return f"{Path(code.co_filename).stem}.{code.co_name}:{code.co_firstlineno}"


class Samples:
    """Counts, per function, the samples with it on the stack and with it running."""

    def __init__(self, under: str | None) -> None:
        self.under = under
        self.taken = 0  # every sample
        self.kept = 0  # those inside `under` (all, without it)
        self.inside: Counter[str] = Counter()
        self.own: Counter[str] = Counter()

    def take(self, _signal: int, frame: FrameType | None) -> None:
        self.taken += 1
        stack: list[FrameType] = []
        while frame is not None:
            stack.append(frame)
            frame = frame.f_back
        if self.under is not None:
            ends = [at for at, each in enumerate(stack) if each.f_code.co_name == self.under]
            if not ends:
                return
            stack = stack[: ends[-1] + 1]  # from the outermost call of `under` inwards
        self.kept += 1
        self.own[_name(stack[0])] += 1
        self.inside.update({_name(each) for each in stack})  # a recursive call counts once


def _slowest(index: FactIndex, questions: list[str]) -> list[str]:
    least = [float("inf")] * len(questions)
    for _ in range(TIMED_ROUNDS):
        for at, text in enumerate(questions):
            started = time.process_time()
            answer(index, text)
            least[at] = min(least[at], time.process_time() - started)
    order = sorted(range(len(questions)), key=least.__getitem__, reverse=True)
    return [questions[at] for at in order[: max(1, round(TAIL * len(questions)))]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--tail", action="store_true")
    parser.add_argument("--under")
    parser.add_argument("--top", type=int, default=40)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        index = load_indexed(SHIPPED_KB, build_index, None, fact_index_cache(Path(cache)))[1]
    questions = _questions_for(index.kb, QUESTIONS)
    for text in questions[:50]:
        answer(index, text)  # warm-up
    rounds = options.rounds
    if options.tail:
        questions = _slowest(index, questions)
        rounds *= round(1 / TAIL)  # about as many samples as the whole run's
    samples = Samples(options.under)
    signal.signal(signal.SIGPROF, samples.take)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL_S, INTERVAL_S)
    try:
        for _ in range(rounds):
            for text in questions:
                answer(index, text)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    kept = max(samples.kept, 1)
    within = f" within {options.under}" if options.under else ""
    print(
        f"{len(questions):,} questions x {rounds}: {samples.taken:,} samples, "
        f"{samples.kept:,}{within} ({100 * samples.kept / max(samples.taken, 1):.1f}%)"
    )
    print("  in     own   function")
    for name, count in samples.inside.most_common(options.top):
        print(f"{100 * count / kept:5.1f}%  {100 * samples.own[name] / kept:5.1f}%  {name}")


if __name__ == "__main__":
    main()
