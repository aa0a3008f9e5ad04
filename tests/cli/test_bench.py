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
    assert len(judged) == 1
    assert all(line.endswith((", met", ", MISSED")) for line in judged)
    assert "targets for the generated base apply at 10,000 facts" in out
    assert "fresh process, base unchanged (compiled index)" in out


def test_targets_are_marked_met_or_missed() -> None:
    shipped = Measured(33, 20, 4, (300.0,), 1.5, 2.0, 1.0, 40.0)
    generated = Measured(10_000, 15_000, 9_000, (800.0, 1_200.0, 900.0), 12.0, 30.0, 3.0, 190.0)
    assert target_lines(shipped, generated, 210.0) == [
        "  p99 <= 2 ms (CPU) on the shipped base: 1.500 ms, met",
        "  p99 <= 10 ms (CPU) per question at 10,000 facts: 12.000 ms, MISSED",
        "  p99 <= 5 ms (CPU) per autocomplete keystroke at 10,000 facts: 3.000 ms, met",
        "  start-up <= 1,000 ms at 10,000 facts, fresh process, base unchanged (median of 3): "
        "900 ms, met",
        "  peak memory <= 200 MiB at 10,000 facts (max RSS of this process, and of a fresh "
        "process starting): 210 and 190 MiB, MISSED",
        "  (no target) start-up after any change at 10,000 facts, nothing cached: 15,000 ms",
    ]
