"""benchmarks/rewording.py: on a small development set it rewords the questions answered
right, kind by kind, and reports how many stay right, turn wrong, partial or declined; it
refuses a held-out set (only their names are read here, from tests/eval/HELD_OUT)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO

SCRIPT = REPO / "benchmarks" / "rewording.py"
KINDS = ("tag", "typo", "spaces", "what-number")
ROW = re.compile(r"^(?P<kind>[\w-]+)\s+(?P<asked>\d+)((?:\s+\d+){5})\s+(?:\d+\.\d%|-)$")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=REPO
    )


def test_each_kind_gets_its_counts() -> None:
    done = run("questions.yaml", "--sample", "12", "--kinds", ",".join(KINDS))
    assert done.returncode == 0, done.stderr
    rows = {}
    for line in done.stdout.splitlines():
        found = ROW.match(line)
        if found:
            counts = [int(n) for n in found[3].split()]
            # right, wrong, partial, declined and other add up to those asked
            assert sum(counts) == int(found["asked"]), line
            rows[found["kind"]] = int(found["asked"])
    assert set(rows) == {*KINDS, "all"}
    assert 0 < rows["tag"] <= 12  # a tag fits every question of the sample
    assert rows["all"] == sum(rows[kind] for kind in KINDS)


def test_a_held_out_set_is_refused_unread() -> None:
    listed = (REPO / "tests" / "eval" / "HELD_OUT").read_text(encoding="utf-8").splitlines()
    held_out = next(line.strip() for line in listed if line.strip() and line[0] != "#")
    done = run(held_out)
    assert done.returncode == 2 and "not a development set" in done.stderr
    assert not done.stdout
