"""`sendbot bench` says what it is doing while it runs and which targets it met."""

from __future__ import annotations

import pytest

from sendbot.cli.bench import Measured, target_lines
from sendbot.cli.main import main


def test_bench_shows_progress_on_stderr_and_judges_each_target(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bench", "--facts", "5", "--questions", "3"]) == 0
    out, err = capsys.readouterr()
    assert "bench: generating 5 facts" in err
    assert "bench: asking 3 questions of 5 facts" in err
    assert "bench:" not in out
    judged = [line for line in out.splitlines() if line.startswith("  p99 <=")]
    assert len(judged) == 2
    assert all(line.endswith((", met", ", MISSED")) for line in judged)
    assert "load target: applies at 10,000 facts" in out


def test_targets_are_marked_met_or_missed() -> None:
    shipped = Measured(facts=33, cold_load_ms=20, warm_load_ms=4, p99_ms=1.5)
    generated = Measured(facts=10_000, cold_load_ms=4_200, warm_load_ms=170, p99_ms=30)
    assert target_lines(shipped, generated) == [
        "  p99 <= 2 ms on the shipped base: 1.500 ms, met",
        "  p99 <= 25 ms on 10,000 facts: 30.000 ms, MISSED",
        "  load <= 1,000 ms at 10,000 facts, validating every file: 4,200 ms, MISSED",
        "  load <= 1,000 ms at 10,000 facts, from the cache: 170 ms, met",
    ]
