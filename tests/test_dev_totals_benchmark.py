"""benchmarks/dev_totals.py: the development sets scored per set and in total. Run on two small
sets and an extra file: each TOTAL line is the sum of its sets' lines, whatever the counts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import REPO

LINE = re.compile(
    r"^(?P<label>\S+) (?P<name>.+?): (?P<right>[\d,]+)/(?P<total>[\d,]+) right, "
    r"(?P<wrong>[\d,]+) wrong, unanswerable (?P<handled>[\d,]+)/(?P<unanswerable>[\d,]+), "
    r"off topic (?P<off_ok>[\d,]+)/(?P<off>[\d,]+)(?:, latest (?P<lr>[\d,]+)/(?P<l>[\d,]+))?$"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "dev_totals.py"), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def numbers(match: re.Match[str]) -> list[int]:
    keys = ("right", "total", "wrong", "handled", "unanswerable", "off_ok", "off")
    return [int(match[key].replace(",", "")) for key in keys]


def test_each_total_is_the_sum_of_its_sets(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        yaml.safe_dump(
            {
                "in_scope": [{"q": "who answered the question?", "fact": "document-answered-by"}],
                "out_of_scope": [{"q": "what is the capital of france?"}],
            }
        ),
        encoding="utf-8",
    )
    result = run(
        "here", "--sets", "dev_chat.yaml", "dev_multisource.yaml", "--extra", f"{extra}:one"
    )
    assert result.returncode == 0, result.stderr
    matches = [LINE.match(line) for line in result.stdout.splitlines()]
    assert all(matches), result.stdout
    by_name = {match["name"]: match for match in matches if match}
    assert set(by_name) == {
        "dev_chat.yaml",
        "dev_multisource.yaml",
        "extra.yaml",
        "TOTAL one source (2 sets)",
        "TOTAL many sources (1 set)",
    }
    assert all(match["label"] == "here" for match in by_name.values())
    chat, extra_set = numbers(by_name["dev_chat.yaml"]), numbers(by_name["extra.yaml"])
    one = [a + b for a, b in zip(chat, extra_set, strict=True)]
    assert numbers(by_name["TOTAL one source (2 sets)"]) == one
    assert numbers(by_name["TOTAL many sources (1 set)"]) == numbers(
        by_name["dev_multisource.yaml"]
    )
    assert by_name["extra.yaml"]["total"] == "1" and by_name["extra.yaml"]["off"] == "1"
    assert by_name["dev_multisource.yaml"]["l"] is not None  # "latest" counted for many sources


def test_a_set_that_is_not_a_development_set_is_refused() -> None:
    result = run("--sets", "final.yaml")
    assert result.returncode == 2
    assert "final.yaml is not a development set" in result.stderr
    assert "Traceback" not in result.stderr
