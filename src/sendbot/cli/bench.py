"""`sendbot bench`: answering latency, load time and memory, on the shipped knowledge base
and on a generated one. Prints numbers; asserts nothing (targets are in the README)."""

from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, build_index
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.yamlwrite import dump_yaml
from sendbot.storage.cache import ParseCache
from sendbot.storage.loader import load_knowledge

FACTS_PER_FILE = 1_000
TOPICS = (
    "special schools places funding training autism inspection psychologists internships "
    "teachers coordinators councils pupils programme taskforce budget tribunal transport "
    "assessment therapy nurseries colleges apprenticeships"
).split()
VERBS = "opened approved funded trained launched extended published registered reached".split()
# The targets in the README: (what, limit in ms, the base it applies to).
SHIPPED_P99_MS = 2.0
GENERATED_P99_MS = 25.0
LOAD_MS = 1_000.0
TARGET_FACTS = 10_000  # the load target is for a base this size


@dataclass(frozen=True, slots=True)
class Measured:
    facts: int
    cold_load_ms: float
    warm_load_ms: float
    p99_ms: float


def _progress(message: str) -> None:
    # Progress goes to standard error, so the report on standard output stays clean.
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _seconds(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def generate_knowledge(directory: Path, facts: int, seed: int = 7) -> None:
    """Write `facts` synthetic facts, 1,000 per source file, each quote verbatim in its document."""
    rng = random.Random(seed)
    (directory / "sources").mkdir(parents=True)
    for file_number in range(0, facts, FACTS_PER_FILE):
        count = min(FACTS_PER_FILE, facts - file_number)
        sentences, entries = [], []
        for offset in range(count):
            number = file_number + offset
            topic, other = rng.sample(TOPICS, 2)
            verb = rng.choice(VERBS)
            amount = rng.randint(2, 90_000)
            quote = f"The department has {verb} {amount:,} {topic} for {other} in area {number}"
            sentences.append(quote + ".")
            entries.append(
                {
                    "id": f"fact-{number}",
                    "title": f"{topic.capitalize()} {verb} in area {number}",
                    "statement": f"{amount:,} {topic} were {verb} for {other} in area {number}.",
                    "quote": quote,
                    "questions": [
                        f"how many {topic} were {verb} in area {number}?",
                        f"{other} {topic} area {number}",
                    ],
                    "tags": [topic, other],
                    "figures": [{"value": amount, "kind": "count", "label": f"{topic} {verb}"}],
                    "as_of": "2024-02-08",
                }
            )
        document = f"sources/generated-{file_number}.txt"
        (directory / document).write_text("\n".join(sentences), encoding="utf-8")
        data = {
            "source": {
                "id": f"generated-{file_number}",
                "title": f"Generated source {file_number}",
                "kind": "written answer",
                "department": "Department for Education",
                "answered": "2024-02-08",
                "answered_by": {"name": "A Minister", "role": "Minister"},
                "url": None,
                "licence": "Open Parliament Licence v3.0",
                "document": document,
            },
            "facts": entries,
        }
        (directory / f"generated-{file_number}.yaml").write_text(dump_yaml(data), encoding="utf-8")


def _questions_for(kb: KnowledgeBase, count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    pool = [question for fact in kb for question in fact.questions]
    pool += ["what is the weather tomorrow", "hi there", "how do I appeal to the tribunal"]
    typo = lambda text: text.replace("school", "scohol").replace("train", "trian")  # noqa: E731
    return [rng.choice((str, typo))(rng.choice(pool)) for _ in range(count)]


def _measure(name: str, kb_dir: Path, questions: int, cache_dir: Path) -> Measured:
    _progress(f"loading the {name} knowledge base")
    cold_seconds, loaded = _seconds(lambda: load_knowledge(kb_dir))
    assert isinstance(loaded, KnowledgeBase)
    kb = loaded
    load_knowledge(kb_dir, ParseCache(cache_dir))  # fill the cache of validated files
    warm_seconds, _ = _seconds(lambda: load_knowledge(kb_dir, ParseCache(cache_dir)))
    index_seconds, built = _seconds(lambda: build_index(kb))
    assert isinstance(built, FactIndex)
    samples = []
    _progress(f"asking {questions:,} questions of {len(kb):,} facts")
    for question in _questions_for(kb, questions):
        start = time.perf_counter()
        answer(built, question)
        samples.append((time.perf_counter() - start) * 1000)
    print(
        f"{name}: {len(kb):,} facts\n"
        f"  load, validating every file:      {cold_seconds * 1000:7.0f} ms\n"
        f"  load, unchanged files from cache: {warm_seconds * 1000:7.0f} ms\n"
        f"  build the matching index:         {index_seconds * 1000:7.0f} ms\n"
        f"  {len(samples):,} questions: p50 {statistics.median(samples):.3f} ms, "
        f"p99 {_percentile(samples, 0.99):.3f} ms, max {max(samples):.3f} ms",
        flush=True,
    )
    return Measured(len(kb), cold_seconds * 1000, warm_seconds * 1000, _percentile(samples, 0.99))


def _verdict(value: float, limit: float) -> str:
    return "met" if value <= limit else "MISSED"


def target_lines(shipped: Measured, generated: Measured) -> list[str]:
    """Each README target with the value measured and whether it was met."""
    lines = [
        f"  p99 <= {SHIPPED_P99_MS:g} ms on the shipped base: {shipped.p99_ms:.3f} ms, "
        + _verdict(shipped.p99_ms, SHIPPED_P99_MS),
        f"  p99 <= {GENERATED_P99_MS:g} ms on {generated.facts:,} facts: "
        f"{generated.p99_ms:.3f} ms, " + _verdict(generated.p99_ms, GENERATED_P99_MS),
    ]
    if generated.facts == TARGET_FACTS:
        for how, value in (
            ("validating every file", generated.cold_load_ms),
            ("from the cache", generated.warm_load_ms),
        ):
            lines.append(
                f"  load <= {LOAD_MS:,.0f} ms at {TARGET_FACTS:,} facts, {how}: "
                f"{value:,.0f} ms, " + _verdict(value, LOAD_MS)
            )
    else:
        lines.append(f"  load target: applies at {TARGET_FACTS:,} facts (--facts {TARGET_FACTS})")
    return lines


def run_benchmark(kb_path: Path, *, facts: int, questions: int) -> int:
    with tempfile.TemporaryDirectory() as temporary:
        shipped = _measure("shipped", kb_path, questions, Path(temporary) / "shipped-cache")
        generated_dir = Path(temporary) / "knowledge"
        _progress(f"generating {facts:,} facts")
        generate_knowledge(generated_dir, facts)
        generated = _measure(
            "generated", generated_dir, questions, Path(temporary) / "generated-cache"
        )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {peak_mib:.0f} MiB")
    print("targets:")
    for line in target_lines(shipped, generated):
        print(line)
    return 0
