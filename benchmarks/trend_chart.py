"""How long a /trend chart takes: importing matplotlib once, then drawing each measure's PNG.

Wall time depends on what else the machine runs; the CPU time of the drawing thread less so.

.venv/bin/python benchmarks/trend_chart.py [ROUNDS]   (default 10 per measure)
"""

from __future__ import annotations

import statistics
import sys
import time

from sendbot.answering.trend import trend
from sendbot.knowledge.measures import measure_names
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load_knowledge


def main(rounds: int) -> None:
    kb = load_knowledge(BUNDLED_KNOWLEDGE)
    started = time.perf_counter()
    from sendbot.charts.trend_png import render_png

    print(f"import the chart module (matplotlib): {1000 * (time.perf_counter() - started):.0f} ms")
    for name in measure_names(kb):
        chart = trend(kb, name)
        assert chart is not None
        times, cpu = [], []
        for _ in range(rounds):
            started, cpu_started = time.perf_counter(), time.thread_time()
            png = render_png(chart)
            times.append(1000 * (time.perf_counter() - started))
            cpu.append(1000 * (time.thread_time() - cpu_started))
        print(
            f"{name}: {len(chart.points)} points, {len(png):,} bytes, first {times[0]:.0f} ms, "
            f"median {statistics.median(times):.0f} ms (CPU {statistics.median(cpu):.0f} ms), "
            f"max {max(times):.0f} ms"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
