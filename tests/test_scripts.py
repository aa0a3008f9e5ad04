"""scripts/setup as a new user meets it: the first run says it is installing (quiet pip takes
minutes and would look hung), later runs with nothing changed say nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

# Stands in for python3: runs `-c` snippets for real, and makes `-m venv` a .venv whose
# python (used only for pip here) does nothing, so no package is installed.
FAKE_PYTHON = f"""#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin" && printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/python" && chmod +x "$3/bin/python"
  exit 0
fi
exec {sys.executable} "$@"
"""


def run_setup(repo: Path, python: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(repo / "scripts" / "setup")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON": str(python)},
        timeout=60,
        check=False,
    )


def test_setup_says_it_is_installing_the_first_time_only(tmp_path: Path) -> None:
    repo = tmp_path / "sendbot"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "setup", repo / "scripts" / "setup")
    shutil.copy2(REPO / "pyproject.toml", repo / "pyproject.toml")
    python = tmp_path / "python3"
    python.write_text(FAKE_PYTHON, encoding="utf-8")
    python.chmod(0o755)

    first = run_setup(repo, python)
    assert first.returncode == 0, first.stderr
    assert first.stderr.splitlines()[0].startswith("sendbot: setting up .venv (first run")
    assert first.stderr.splitlines()[-1] == "sendbot: .venv is ready"

    again = run_setup(repo, python)
    assert (again.returncode, again.stderr) == (0, "")


# Stands in for each tool scripts/test runs: says its name, so the order can be checked.
FAKE_TOOL = '#!/bin/sh\necho "ran $(basename "$0") $1"\n'


def test_test_script_names_each_step_before_it_runs(tmp_path: Path) -> None:
    """mypy and the tests take minutes on a fresh clone: the terminal says what is running."""
    repo = tmp_path / "sendbot"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "test", repo / "scripts" / "test")
    (repo / "scripts" / "setup").write_text("#!/bin/sh\n", encoding="utf-8")
    (repo / "scripts" / "setup").chmod(0o755)
    (repo / ".venv" / "bin").mkdir(parents=True)
    for tool in ("ruff", "mypy", "lint-imports", "python"):
        (repo / ".venv" / "bin" / tool).write_text(FAKE_TOOL, encoding="utf-8")
        (repo / ".venv" / "bin" / tool).chmod(0o755)
    result = subprocess.run(
        [str(repo / "scripts" / "test")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    steps = [line.split(" (")[0] for line in result.stdout.splitlines()]
    assert steps == [
        "scripts/test: ruff: lint and formatting",
        "ran ruff check",
        "ran ruff format",
        "scripts/test: mypy --strict",
        "ran mypy ",
        "scripts/test: lint-imports: the import contracts",
        "ran lint-imports --no-cache",
        "scripts/test: pytest: the whole suite, a dot per test passed",
        "ran python -m",
        "scripts/test: all passed",
    ]
