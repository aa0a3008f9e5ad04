"""`sendbot bench` says what it is doing while it runs and which targets it met."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sendbot.cli.bench import Measured, target_lines
from sendbot.cli.guard import PIPE_CLOSED
from sendbot.cli.main import main
from sendbot.cli.reader import reader_gone, stop_if_reader_gone
from tests.conftest import REPO


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
    # 3 questions are too few for a p99: the slowest one is not called a missed target
    assert judged[0].endswith(
        "not judged: the target is a p99 of 2,000 questions or more (--questions 2000), not of 3"
    )
    assert "targets for the generated base apply at 10,000 facts" in out
    assert "fresh process, base unchanged (compiled index)" in out


def test_targets_are_marked_met_or_missed() -> None:
    shipped = Measured(33, 20, 4, (300.0,), 1.5, 2.0, 1.0, 53.0, 51.0, 49.0, 2_000)
    generated = Measured(
        10_000, 15_000, 9_000, (800.0, 1_200.0, 900.0), 12.0, 30.0, 3.0, 205.0, 160.0, 150.0, 2_000
    )
    assert target_lines(shipped, generated, 170.0) == [
        "  p99 <= 2 ms (CPU) on the shipped base: 1.500 ms, met",
        "  p99 <= 10 ms (CPU) per question at 10,000 facts: 12.000 ms, MISSED",
        "  p99 <= 5 ms (CPU) per autocomplete keystroke at 10,000 facts: 3.000 ms, met",
        "  start-up <= 1,000 ms at 10,000 facts, fresh process, base unchanged (median of 3): "
        "900 ms, met",
        # Each way of starting on its own line: a cold start is the one that compiles.
        "  peak memory <= 200 MiB at 10,000 facts, a fresh process starting with nothing "
        "cached: 205 MiB, MISSED",
        "  peak memory <= 200 MiB at 10,000 facts, a fresh process starting with validated "
        "files cached: 160 MiB, met",
        "  peak memory <= 200 MiB at 10,000 facts, a fresh process starting from the compiled "
        "index: 150 MiB, met",
        "  peak memory <= 200 MiB at 10,000 facts, this process (max RSS: both bases, every "
        "question): 170 MiB, met",
        "  (no target) start-up after any change at 10,000 facts, nothing cached: 15,000 ms",
    ]


def test_a_p99_of_a_few_questions_is_not_judged_against_the_targets() -> None:
    # `sendbot bench --questions 50`: the p99 of 50 is the slowest, often the first (cold) one
    shipped = Measured(170, 20, 4, (300.0,), 7.0, 9.0, 1.0, 53.0, 51.0, 49.0, 50)
    generated = Measured(
        10_000, 15_000, 9_000, (800.0, 900.0, 900.0), 22.0, 30.0, 1.5, 160.0, 150.0, 120.0, 50
    )
    lines = target_lines(shipped, generated, 140.0)
    assert lines[:2] == [
        "  p99 <= 2 ms (CPU) on the shipped base: 7.000 ms, not judged: the target is a p99 of"
        " 2,000 questions or more (--questions 2000), not of 50",
        "  p99 <= 10 ms (CPU) per question at 10,000 facts: 22.000 ms, not judged: the target is"
        " a p99 of 2,000 questions or more (--questions 2000), not of 50",
    ]
    assert not any(line.endswith("MISSED") for line in lines)


def test_bench_stops_when_its_reader_has_gone(tmp_path: Path) -> None:
    # `sendbot bench | head -3`: head reads the shipped base's lines and exits; the generated
    # base (here 2,000 facts: seconds of work after the first lines) is not measured.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD", "SENDBOT"))}
    env["SENDBOT_DATA"] = str(tmp_path / "data")
    process = subprocess.Popen(
        [sys.executable, "-m", "sendbot", "bench", "--facts", "2000", "--questions", "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    head = [process.stdout.readline() for _ in range(3)]
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=300) == PIPE_CLOSED
    assert head[0].startswith(b"shipped: ")
    assert "Traceback" not in stderr
    assert "of 2,000 facts" not in stderr  # the generated base's questions were never asked


def test_a_closed_pipe_is_seen_without_writing_to_it() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w") as writer:
        assert not reader_gone(writer)
        os.close(read_end)
        assert reader_gone(writer)
        with pytest.raises(BrokenPipeError):
            stop_if_reader_gone(writer)
    assert not reader_gone(io.StringIO())  # no descriptor: the next write finds out
