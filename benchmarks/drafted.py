"""How well unedited drafts answer: the captured written answers drafted and saved as they are,
as a moderator accepting every draft would, then asked the many-source development sets.

    .venv/bin/python benchmarks/drafted.py [SET.yaml ...] [--sources FILE ...] [--keep DIR]

Each captured answer (the fifteen pages the shipped base was curated from) is drafted into one
directory with `sendbot kb build FILE --out DIR/`'s own code, in date order, so ids and
questions are made unique across the drafts as they are for a moderator building one answer
after another. The shipped `synonyms.yaml` is then copied beside them: it belongs to the base,
not to any answer. The directory is loaded as `kb check` loads it (a draft that does not validate
stops the run), and every set is scored on it and on the curated shipped base, as
benchmarks/multisource.py scores: right when the reply's fact is from the labelled written
answer and its quote holds the labelled piece. Per set and in total: right, wrong, partial and
declined over the answerable questions, and "latest" right; then per kind of question
(who / when / how much / how many / latest / what for / other, benchmarks/question_kinds.py),
right and wrong on each base; then per source file, how many of the questions labelled with
it each base answers right; then the drafted measure keys that tie
figures of different answers, and how many of those ties the curated base does not make (a
wrong shared key makes one figure read as the newest of another's measure).

With no SET, every many-source development set in benchmarks/dev_sets.EVERY_SET. Held-out
sets (tests/eval/HELD_OUT) are refused: this prints per-source counts, never for them.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path

import yaml
from dev_sets import EVERY_SET
from held_out import is_held_out
from paths import EVAL, REPO, SHIPPED_KB
from question_kinds import KINDS, question_kind

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.source_eval import answerable_groups, answerable_verdict
from sendbot.knowledge.model import Fact, KnowledgeBase
from sendbot.storage.draft_file import draft_base
from sendbot.storage.loader import load

# The captured pages, as the ingest-shape tests find them: the test copies, then the shipped
# sources that have no test copy (the same pages byte for byte).
TEST_COPIES = REPO / "tests" / "data" / "written-answers"
SYNONYMS = "synonyms.yaml"
VERDICTS = ("right", "wrong fact", "partial", "declined")


def captured_answers() -> list[Path]:
    copies = sorted(TEST_COPIES.glob("written-answer-*.txt"))
    names = {path.name for path in copies}
    shipped = (SHIPPED_KB / "sources").glob("written-answer-*.txt")
    # Sorted by name, which begins with the answer's date: built oldest first.
    return sorted([*copies, *(p for p in shipped if p.name not in names)], key=lambda p: p.name)


def many_source_sets() -> list[Path]:
    return [EVAL / name for name, (kb, by_fact) in EVERY_SET.items() if kb == SHIPPED_KB]


def build_drafted_base(pages: Iterable[Path], directory: Path) -> None:
    """Draft each page into `directory` as `kb build PAGE --out DIRECTORY/` does, with the
    shipped synonyms; SystemExit with the command's messages when one is refused or its draft
    does not validate."""
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        refused = draft_base(pages, directory, SHIPPED_KB / SYNONYMS)
    if refused is not None:
        raise SystemExit(f"{refused.name}: the draft was refused or is invalid:\n{said.getvalue()}")


def _tally(index: FactIndex, data: dict[str, object]) -> tuple[Counter[str], Counter[str]]:
    """Verdict counts over the answerable items, and over the "latest" ones; the per-source
    right counts are keyed ("source", FILE) and ("asked", FILE) in the first."""
    counts: Counter[str] = Counter()
    latest: Counter[str] = Counter()
    for group_name, group in answerable_groups(data).items():
        for item in group:
            verdict, _ = answerable_verdict(index, item)
            counts[verdict] += 1
            if group_name == "latest":
                latest[verdict] += 1
                latest["asked"] += 1
            kind = question_kind(group_name, str(item["q"]))
            counts[f"kind asked {kind}"] += 1
            counts[f"kind {verdict} {kind}"] += 1
            source = str(item["source"])
            counts[f"asked {source}"] += 1
            counts[f"right {source}"] += verdict == "right"
    return counts, latest


def _line(counts: Counter[str], latest: Counter[str]) -> str:
    total = sum(counts[verdict] for verdict in VERDICTS)
    return (
        f"{counts['right']:4d}/{total:<4d} right, {counts['wrong fact']:3d} wrong, "
        f"{counts['partial']:3d} partial, {counts['declined']:3d} declined, "
        f"latest {latest['right']:3d}/{latest['asked']:<3d}"
    )


def report(drafted: FactIndex, curated: FactIndex, sets: Sequence[Path]) -> list[str]:
    """The lines printed: per set, the total, then per source file."""
    lines = [f"{'set':<28} {'drafted base':<62} | curated shipped base"]
    totals = {"drafted": (Counter[str](), Counter[str]()), "curated": (Counter(), Counter())}
    for path in sets:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        row = []
        for name, index in (("drafted", drafted), ("curated", curated)):
            counts, latest = _tally(index, data)
            totals[name][0].update(counts)
            totals[name][1].update(latest)
            row.append(_line(counts, latest))
        lines.append(f"{path.name:<28} {row[0]:<62} | {row[1]}")
    lines.append(f"{'total':<28} {_line(*totals['drafted']):<62} | {_line(*totals['curated'])}")
    lines.append("")
    lines.extend(_kind_lines(totals["drafted"][0], totals["curated"][0]))
    lines.append("")
    lines.append(f"{'source file (questions labelled with it)':<66} drafted right | curated right")
    drafted_counts, curated_counts = totals["drafted"][0], totals["curated"][0]
    sources = sorted(
        key.removeprefix("asked ") for key in drafted_counts if key.startswith("asked ")
    )
    for source in sources:
        asked = drafted_counts[f"asked {source}"]
        lines.append(
            f"{source:<66} {drafted_counts[f'right {source}']:4d}/{asked:<4d}    | "
            f"{curated_counts[f'right {source}']:4d}/{asked}"
        )
    return lines


def _kind_lines(drafted: Counter[str], curated: Counter[str]) -> list[str]:
    """Per kind of question asked (benchmarks/question_kinds.py): right and wrong on each base."""
    lines = [f"{'kind of question':<16} {'drafted right, wrong':<28} | curated right, wrong"]
    for kind in KINDS:
        asked = drafted[f"kind asked {kind}"]
        shown = [
            f"{right:4d}/{asked:<4d} ({right / max(asked, 1):4.0%}), {wrong:3d} wrong"
            for right, wrong in (
                (counts[f"kind right {kind}"], counts[f"kind wrong fact {kind}"])
                for counts in (drafted, curated)
            )
        ]
        lines.append(f"{kind:<16} {shown[0]:<28} | {shown[1]}")
    return lines


def shared_keys(drafted: KnowledgeBase, curated: KnowledgeBase) -> list[str]:
    """One line per drafted measure key held by facts of more than one answer, then the
    count of pairs of those facts (of different answers) whose curated facts (the same
    page's fact giving the same figure) are not of one measure."""
    lines = ["drafted measure keys shared by facts of different answers:"]
    pairs = wrong = 0
    for key in sorted({fact.measure for fact in drafted if fact.measure}):
        facts = [fact for fact in drafted if fact.measure == key]
        if len({fact.source_id for fact in facts}) < 2:
            continue
        shown = ", ".join(f"{_period_shown(fact)} (answered {fact.as_of})" for fact in facts)
        lines.append(f"  {key}: {shown}")
        for one, other in combinations(facts, 2):
            if one.source_id == other.source_id:
                continue
            pairs += 1
            mine, theirs = (
                _curated_twin(one, drafted, curated),
                _curated_twin(other, drafted, curated),
            )
            if mine is None or theirs is None or mine.measure != theirs.measure:
                wrong += 1
                lines.append(f"    not one measure in the curated base: {one.id} / {other.id}")
    lines.append(f"pairs of different answers' facts sharing a key: {pairs}, wrongly: {wrong}")
    return lines


def _period_shown(fact: Fact) -> str:
    return fact.period or "no period"


def _curated_twin(fact: Fact, drafted: KnowledgeBase, curated: KnowledgeBase) -> Fact | None:
    """The curated fact of the same page that gives the drafted fact's measured figure, and
    a measure when any such fact has one."""
    document = Path(drafted.source_of(fact).document).name
    figure = fact.measured
    twins = [
        other
        for other in curated
        if Path(curated.source_of(other).document).name == document
        and other.measured is not None
        and figure is not None
        and (other.measured.kind, other.measured.value) == (figure.kind, figure.value)
    ]
    return next((twin for twin in twins if twin.measure), twins[0] if twins else None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="default: every many-source dev set")
    parser.add_argument(
        "--sources", nargs="+", type=Path, help="the pages to draft (default: the 15 captured)"
    )
    parser.add_argument("--keep", type=Path, help="build the drafted base in DIR and keep it")
    args = parser.parse_args(argv)
    sets = args.sets or many_source_sets()
    refused = [path.name for path in sets if is_held_out(path)]
    if refused:
        parser.error(f"held out: {', '.join(refused)}: measured only by the accuracy tests")
    pages = args.sources or captured_answers()
    with tempfile.TemporaryDirectory(prefix="sendbot-drafted-") as scratch:
        directory = args.keep or Path(scratch) / "knowledge"
        if directory.exists() and any(directory.iterdir()):
            parser.error(f"{directory} is not empty")
        build_drafted_base(pages, directory)
        drafted = build_index(load(directory).kb)
    curated = build_index(load(SHIPPED_KB).kb)
    print(
        f"drafted base: {len(drafted.kb.facts)} facts from {len(pages)} page(s); "
        f"curated: {len(curated.kb.facts)} facts"
    )
    for line in report(drafted, curated, sets):
        print(line)
    print()
    for line in shared_keys(drafted.kb, curated.kb):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
