"""Kill `sendbot kb alias` at random moments, many times; check history still agrees with disk.

.venv/bin/python benchmarks/kill_soak.py [--rounds 120] [--seed N]

Each round runs `sendbot --kb KB --data DATA kb alias high-needs-budget "soak question N"` in
a child process on a scratch copy of the small test knowledge base and SIGKILLs it after a
random delay: one round in three anywhere in the command's run (measured first) or just after
it, two in three within `--window` ms of the child writing its backup, the first step of
saving, so that many kills land mid-write. After every round it opens the store (which
settles what a killed writer left) and checks:

  - nothing corrupt: the knowledge files load, the state database passes integrity_check,
    no temp file is left behind;
  - nothing lost: every round whose child said "saved" has its question on disk;
  - nothing unlisted: the questions added on disk are exactly those history lists, and no
    change had to be set aside as unexplained.

Then it undoes the newest changes with `sendbot kb undo` and checks each restores the file as
it was before that change (byte for byte but for the revision line). Prints the counts;
exits 1 if any problem was found. Linux only. Not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from sendbot.knowledge.model import KnowledgeBase  # noqa: E402
from sendbot.knowledge.revisions import with_revision  # noqa: E402
from sendbot.storage.store import KnowledgeStore  # noqa: E402

SMALL_KB = REPO / "tests" / "data" / "small-kb"
KB_FILE = "send-ap-improvement-plan-2024-02-08.yaml"
FACT = "high-needs-budget"


@dataclass
class Tally:
    rounds: int = 0
    finished: int = 0  # the child printed "saved" before the kill
    killed: int = 0
    mid_write: int = 0  # killed with a change recorded as pending or a temp file on disk
    landed_unconfirmed: int = 0  # of those: the file was replaced, history not yet told
    dropped: int = 0  # of those: the file was not replaced; the pending change forgotten
    undone: int = 0
    problems: list[str] = field(default_factory=list)
    unlisted: set[str] = field(default_factory=set)  # on disk, not in history
    phantom: set[str] = field(default_factory=set)  # in history, not on disk
    lost: set[str] = field(default_factory=set)  # the child said saved; not on disk
    made: int = 0  # soak changes on disk and in history


def sendbot(kb_dir: Path, data_dir: Path, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "sendbot", "--kb", str(kb_dir), "--data", str(data_dir)]
    return subprocess.Popen(
        [*command, "kb", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )


def pending_rows(data_dir: Path) -> list[tuple[int, str]]:
    path = data_dir / "state.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT seq, file_after_sha256 FROM history WHERE state = 'pending'"
        ).fetchall()
    finally:
        conn.close()


def integrity(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / "state.sqlite3")
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


Store = KnowledgeStore[KnowledgeBase]


def questions_on_disk(store: Store) -> set[str]:
    fact = store.current.kb.fact(FACT)
    return set(fact.questions) if fact else set()


def questions_in_history(store: Store, original: set[str]) -> set[str]:
    """What the listed changes say was added and not undone since the start."""
    added: set[str] = set()
    undone = {entry.undoes for entry in store.history(limit=100_000) if entry.undoes}
    for entry in store.history(limit=100_000):
        if entry.action == "alias" and entry.seq not in undone and entry.before and entry.after:
            added |= set(entry.after["questions"]) - set(entry.before["questions"])
    return original | added


def calibrate(kb_dir: Path, data_dir: Path, runs: int) -> tuple[float, float]:
    """Median seconds from start to the file being replaced, and to the child's exit."""
    to_write, to_exit = [], []
    for number in range(runs):
        path = kb_dir / KB_FILE
        before = path.stat().st_mtime_ns
        start = time.time_ns()
        child = sendbot(kb_dir, data_dir, "alias", FACT, f"calibration question {number}")
        child.wait()
        to_exit.append((time.time_ns() - start) / 1e9)
        after = path.stat().st_mtime_ns
        if child.returncode != 0 or after == before:
            raise SystemExit(
                f"calibration run failed: {child.stderr.read() if child.stderr else ''}"
            )
        to_write.append((after - start) / 1e9)
    return statistics.median(to_write), statistics.median(to_exit)


def backup_marks(data_dir: Path) -> set[tuple[str, int, int]]:
    """Each backup file's name, inode and modification time: a new or rewritten one shows."""
    marks = set()
    for path in (data_dir / "backups").glob("*.yaml"):
        try:
            status = path.stat()
        except FileNotFoundError:
            continue
        marks.add((path.name, status.st_ino, status.st_mtime_ns))
    return marks


def wait_for_new_backup(
    data_dir: Path, before: set[tuple[str, int, int]], child: subprocess.Popen[str]
) -> None:
    while child.poll() is None and backup_marks(data_dir) <= before:
        time.sleep(0.0002)


def check_round(
    kb_dir: Path, data_dir: Path, original: set[str], saved: set[str], tally: Tally, label: str
) -> None:
    stray = [name for name in os.listdir(kb_dir) if name.startswith(".")]
    pending = pending_rows(data_dir)
    if pending or stray:
        tally.mid_write += 1
    digest_before = {seq: after for seq, after in pending}
    try:
        store = KnowledgeStore(kb_dir, data_dir)  # settles what the killed writer left
    except Exception as exc:  # any failure to open is a problem
        tally.problems.append(f"{label}: the store does not open: {exc}")
        return
    try:
        if digest_before:
            listed = {entry.seq for entry in store.history(limit=100_000)}
            for seq in digest_before:
                if seq in listed:
                    tally.landed_unconfirmed += 1
                else:
                    tally.dropped += 1
        if store.interrupted:
            tally.problems.append(f"{label}: set aside: {store.interrupted}")
        if integrity(data_dir) != "ok":
            tally.problems.append(f"{label}: the state database is corrupt")
        if [name for name in os.listdir(kb_dir) if name.startswith(".")]:
            tally.problems.append(f"{label}: a temp file is left in the knowledge directory")
        on_disk = questions_on_disk(store)
        listed_questions = questions_in_history(store, original)
        # Each question counted once, in the round where it first goes wrong.
        unlisted = on_disk - listed_questions - tally.unlisted
        phantom = listed_questions - on_disk - tally.phantom
        lost = saved - on_disk - tally.lost
        if unlisted:
            tally.problems.append(f"{label}: on disk, not in history: {sorted(unlisted)}")
        if phantom:
            tally.problems.append(f"{label}: in history, not on disk: {sorted(phantom)}")
        if lost:
            tally.problems.append(f"{label}: saved but lost: {sorted(lost)}")
        tally.made = len(listed_questions - original)
        tally.unlisted |= unlisted
        tally.phantom |= phantom
        tally.lost |= lost
    finally:
        store.close()


def check_undo(kb_dir: Path, data_dir: Path, tally: Tally, times: int) -> None:
    for number in range(times):
        store = KnowledgeStore(kb_dir, data_dir)
        target = next(
            (
                entry
                for entry in store.history(limit=100_000)
                if entry.action == "alias"
                and entry.seq not in {e.undoes for e in store.history(limit=100_000)}
            ),
            None,
        )
        store.close()
        if target is None or target.backup is None:
            tally.problems.append(f"undo {number}: nothing to undo, or no backup")
            return
        child = sendbot(kb_dir, data_dir, "undo")
        _, err = child.communicate()
        if child.returncode != 0:
            tally.problems.append(f"undo {number}: failed: {err.strip()}")
            return
        backup = (data_dir / target.backup).read_text(encoding="utf-8")
        after = KnowledgeStore(kb_dir, data_dir)
        revision = after.current.kb.files[0].revision
        after.close()
        expected = with_revision(backup, revision).encode("utf-8")
        if (kb_dir / KB_FILE).read_bytes() != expected:
            tally.problems.append(f"undo {number}: the file is not as before change #{target.seq}")
        tally.undone += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=120)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--undo", type=int, default=5, help="undos checked at the end")
    parser.add_argument(
        "--window", type=float, default=25.0, help="ms after the backup to kill within"
    )
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    rng = random.Random(seed)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="kill-soak-") as scratch:
        kb_dir, data_dir = Path(scratch) / "knowledge", Path(scratch) / "data"
        shutil.copytree(SMALL_KB, kb_dir)
        to_write, to_exit = calibrate(kb_dir, data_dir, 3)
        original = _questions_now(kb_dir, data_dir)
        saved: set[str] = set()
        started = time.monotonic()
        for number in range(args.rounds):
            question = f"soak question {number}"
            backups = backup_marks(data_dir)
            child = sendbot(kb_dir, data_dir, "alias", FACT, question)
            if number % 3:
                # Two rounds in three: when the child has written its backup (the first step
                # of saving), a few milliseconds more: before, during or after the rename.
                wait_for_new_backup(data_dir, backups, child)
                time.sleep(rng.uniform(0, args.window / 1000))
            else:
                # Anywhere in the run, or a little after: some rounds finish.
                time.sleep(rng.uniform(0, 1.5 * to_exit))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate()
            tally.rounds += 1
            if child.returncode == 0 and out.startswith("saved"):
                tally.finished += 1
                saved.add(question)
            else:
                tally.killed += 1
            check_round(kb_dir, data_dir, original, saved, tally, f"round {number}")
        soak_seconds = time.monotonic() - started
        check_undo(kb_dir, data_dir, tally, args.undo)
    print(f"kill soak: {tally.rounds} rounds of `sendbot kb alias` (seed {seed})")
    print(
        f"  {soak_seconds:.0f} s; calibrated: file replaced after {to_write * 1000:.0f} ms, "
        f"exit after {to_exit * 1000:.0f} ms"
    )
    print(
        f"  finished before the kill: {tally.finished}; killed: {tally.killed}; "
        f"changes made (on disk and listed): {tally.made}"
    )
    print(
        f"  killed mid-write (pending change or temp file found): {tally.mid_write}: "
        f"{tally.landed_unconfirmed} after the rename (settled as made), "
        f"{tally.dropped} before it (forgotten)"
    )
    print(f"  undone afterwards, each checked byte for byte: {tally.undone}")
    print(
        f"  changes on disk that history does not list: {len(tally.unlisted)}; listed but not "
        f"on disk: {len(tally.phantom)}; saved but lost: {len(tally.lost)}"
    )
    print(f"  problems found: {len(tally.problems)}")
    for problem in tally.problems[:20]:
        print(f"    {problem}")
    return 1 if tally.problems else 0


def _questions_now(kb_dir: Path, data_dir: Path) -> set[str]:
    """The fact's questions as shipped plus those the (unkilled) calibration runs added."""
    store = KnowledgeStore(kb_dir, data_dir)
    try:
        return questions_on_disk(store)
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
