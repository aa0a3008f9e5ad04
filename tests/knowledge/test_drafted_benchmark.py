"""benchmarks/drafted.py: captured answers drafted, saved unedited as one base, and scored
beside the curated base. Run on a tiny set and two pages: it prints the counts, whatever
they are."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import REPO

PAGES = REPO / "tests" / "data" / "written-answers"
INTERNSHIPS = "written-answer-2023-01-09-supported-internships.txt"
PSYCHOLOGISTS = "written-answer-2023-11-17-educational-psychologists.txt"
COUNTS = r"\s*\d+/\d+\s+right,\s+\d+ wrong,\s+\d+ partial,\s+\d+ declined, latest\s+\d+/\d+\s*"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "drafted.py"), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_drafted_base_is_scored_beside_the_curated_one(tmp_path: Path) -> None:
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text(
        yaml.safe_dump(
            {
                "in_scope": [
                    {
                        "q": "who answered the question on supported internships?",
                        "source": INTERNSHIPS,
                        "contains": "Claire Coutinho",
                    },
                    {
                        "q": "how many educational psychologists are being trained?",
                        "source": PSYCHOLOGISTS,
                        "contains": "train",
                    },
                ],
                "latest": [
                    {
                        "q": "latest number of educational psychologists in training",
                        "source": PSYCHOLOGISTS,
                        "contains": "train",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    kept = tmp_path / "drafts"
    result = run(
        str(tiny),
        "--sources",
        str(PAGES / INTERNSHIPS),
        str(PAGES / PSYCHOLOGISTS),
        "--keep",
        str(kept),
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("drafted base: ") and "from 2 page(s)" in lines[0]
    (row,) = [line for line in lines if line.startswith("tiny.yaml")]
    (total,) = [line for line in lines if line.startswith("total")]
    for line in (row, total):
        assert re.fullmatch(rf"\S+\s+{COUNTS}\|{COUNTS}", line), line
    for half in total.split("|"):  # three answerable questions, one of them "latest"
        assert re.search(r"\d/3\s+right,", half) and re.search(r"latest\s+\d/1\s*$", half), half
    per_source = [line for line in lines if line.startswith("written-answer-")]
    assert [line.split()[0] for line in per_source] == [INTERNSHIPS, PSYCHOLOGISTS]
    assert all(re.search(r"\d+/1\s+\|\s+\d+/1$|\d+/2\s+\|\s+\d+/2$", line) for line in per_source)
    # The drafts were saved as `kb build --out DIR/` writes them, with their documents.
    assert len(list(kept.glob("*.yaml"))) == 3  # two drafts and synonyms.yaml
    assert (kept / "sources" / INTERNSHIPS).read_bytes() == (PAGES / INTERNSHIPS).read_bytes()


def test_a_held_out_set_is_refused() -> None:
    result = run(str(REPO / "tests" / "eval" / "final.yaml"))
    assert result.returncode == 2
    assert "held out" in result.stderr and result.stdout == ""
