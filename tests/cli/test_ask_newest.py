"""On the shipped knowledge base, a question about a measure gets its newest figure first."""

import json
import subprocess
import sys


def ask(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "sendbot", "ask", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_the_high_needs_budget_is_the_newest_figure_with_the_earlier_ones() -> None:
    lines = ask("how much is the high needs budget?").splitlines()
    assert "over £12 billion in the 2025/26 financial year" in lines[0]
    earlier = next(line for line in lines if line.startswith("Earlier: "))
    assert '"£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023)' in earlier
    assert "2025/26" not in earlier


def test_json_carries_the_earlier_figures() -> None:
    payload = json.loads(ask("--json", "how much is the high needs budget?"))
    assert payload["outcome"] == "answered"
    assert "Earlier: " in payload["text"]
    assert {item["period"] for item in payload["earlier"]} >= {"2023/24"}


def test_json_says_what_no_answer_says_of_a_promise_asked_after() -> None:
    payload = json.loads(ask("--json", "has the schools white paper been published yet?"))
    assert payload["outcome"] == "partial"
    assert payload["fact_id"] == "schools-white-paper-early-new-year"
    assert payload["missing"] == (
        "The written answer of 21 November 2025 says it was expected early in the new year; "
        "no answer here says whether it has been published since."
    )
    assert payload["text"].startswith(payload["missing"])
