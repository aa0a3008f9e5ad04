"""`sendbot trend` as a user runs it: the measures listed, a PNG written, a typo explained."""

import shutil
import subprocess
from pathlib import Path

from sendbot.answering.trend import point_count, summary_lines, trend
from sendbot.knowledge.measures import measure_names
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load
from tests.charts.test_trend_png import png_size
from tests.cli.runner import run_sendbot
from tests.conftest import REPO

SINGLE_SOURCE = REPO / "tests" / "data" / "single-source-kb"
KB_FILE = "send-ap-improvement-plan-2024-02-08.yaml"
# Two money facts of the test base, made one measure over two periods.
MEASURED = {"high-needs-funding-2024-25": "2024/25", "change-programme": "2022/23"}


def sendbot(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_sendbot(*args, cwd=cwd, data=cwd / "data", env=env)


def measured_kb(tmp_path: Path) -> Path:
    """A copy of the single-source base where two facts report the measure `test-money`."""
    kb = tmp_path / "kb"
    shutil.copytree(SINGLE_SOURCE, kb)
    path = kb / KB_FILE
    text = path.read_text(encoding="utf-8")
    for fact_id, period in MEASURED.items():
        line = f"  - id: {fact_id}\n"
        assert line in text
        text = text.replace(line, f'{line}    measure: test-money\n    period: "{period}"\n')
    path.write_text(text, encoding="utf-8")
    return kb


def test_trend_writes_the_chart_named_after_the_measure_and_prints_the_summary(
    tmp_path: Path,
) -> None:
    kb_dir = measured_kb(tmp_path)
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size((tmp_path / "test-money.png").read_bytes()) == (800, 450)
    chart = trend(load(kb_dir).kb, "test-money")
    assert chart is not None
    lines = result.stdout.splitlines()
    assert lines[:-1] == summary_lines(chart)
    # The newest figure in its quote's own words too, with who said it and when.
    assert lines[0].endswith(
        ', newest for 2024/25: "over £10.5 billion in 2024/25" (David Johnston,'
        " answered 8 February 2024)"
    )
    # The earlier point in its quote's own words, with who said it.
    assert (
        '2022/23: "the department launched a £70 million Change Programme made up of 32 local'
        ' authorities" (David Johnston, answered 8 February 2024, ' in result.stdout
    )
    assert lines[-1] == "wrote test-money.png (800x450, 2 points)"


def test_trend_out_chooses_the_file(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    out = tmp_path / "charts" / "money.png"
    out.parent.mkdir()
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(out.read_bytes()) == (800, 450)
    assert not (tmp_path / "test-money.png").exists()


def test_unknown_measure_is_one_line_with_close_matches_and_exit_2(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    result = sendbot("--kb", str(kb_dir), "trend", "test-mony", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "sendbot: no measure called 'test-mony'; did you mean test-money? "
        "(`sendbot trend --list` shows them all)"
    ]
    assert list(tmp_path.glob("*.png")) == []


def test_an_unwritable_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    out = tmp_path / "missing-folder" / "x.png"
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"sendbot: cannot write {out}")


def test_no_measure_lists_the_shipped_measures_with_their_point_counts(tmp_path: Path) -> None:
    kb = load(BUNDLED_KNOWLEDGE).kb
    for args in (("trend",), ("trend", "--list")):
        result = sendbot(*args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        rows = [line.split() for line in result.stdout.splitlines()]
        assert [(row[0], int(row[1])) for row in rows] == [
            (name, point_count(kb, name)) for name in measure_names(kb)
        ]
    assert list(tmp_path.glob("*.png")) == []


def test_an_overlong_unknown_measure_is_echoed_clipped(tmp_path: Path) -> None:
    result = sendbot("trend", "x" * 100_000, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("sendbot: no measure called 'xxxx")
    assert len(result.stderr) < 200 and len(result.stderr.splitlines()) == 1


def test_a_measure_can_be_given_by_its_title_in_any_case(tmp_path: Path) -> None:
    result = sendbot("trend", "High needs budget", "--out", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size((tmp_path / "high-needs-budget.png").read_bytes()) == (800, 450)
    assert result.stdout.splitlines()[-1].startswith(f"wrote {tmp_path / 'high-needs-budget.png'}")


def test_out_naming_a_directory_writes_measure_png_into_it(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    charts = tmp_path / "charts"
    charts.mkdir()
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", "--out", str(charts), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size((charts / "test-money.png").read_bytes()) == (800, 450)


def test_did_you_mean_puts_the_closest_name_first(tmp_path: Path) -> None:
    result = sendbot("trend", "high-needs-total", cwd=tmp_path)
    assert result.returncode == 2
    assert "did you mean high-needs-budget, " in result.stderr


def test_a_first_chart_on_a_new_machine_logs_nothing_from_matplotlib(tmp_path: Path) -> None:
    """matplotlib builds its font cache on first use and says so at INFO: nothing to act on."""
    kb_dir = measured_kb(tmp_path)
    fresh = {"MPLCONFIGDIR": str(tmp_path / "mpl"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", cwd=tmp_path, env=fresh)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_out_never_overwrites_a_file_that_is_not_a_chart(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    notes = tmp_path / "notes.png"
    notes.write_text("my notes\n", encoding="utf-8")
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", "--out", str(notes), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"sendbot: {notes} exists and is not a PNG image; give a new file name or remove it first\n"
    )
    assert notes.read_text(encoding="utf-8") == "my notes\n"


def test_running_trend_again_replaces_the_chart_it_wrote(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    chart = tmp_path / "test-money.png"
    chart.write_bytes(b"\x89PNG\r\n\x1a\n an older chart")
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(chart.read_bytes()) == (800, 450)


def test_out_must_name_a_png_or_a_directory(tmp_path: Path) -> None:
    """A PNG written under another name (x.txt, `chart`) hides what the file is: refused as
    usage, in one line, before anything is drawn or written."""
    kb_dir = measured_kb(tmp_path)
    for name in ("x.txt", "chart", "new-folder/"):
        result = sendbot("--kb", str(kb_dir), "trend", "test-money", "--out", name, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr == (
            f"sendbot: --out {name.rstrip('/')}: the chart is a PNG image; give a file name "
            "ending in .png, or an existing directory\n"
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "kb"]
    result = sendbot("--kb", str(kb_dir), "trend", "test-money", "--out", "Money.PNG", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size((tmp_path / "Money.PNG").read_bytes()) == (800, 450)


def test_list_with_a_measure_lists_its_points_with_source_and_date(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    for args in (("trend", "test-money", "--list"), ("trend", "--list", "test-money")):
        result = sendbot("--kb", str(kb_dir), *args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines[0].startswith("test-money: ")
        assert [line.split()[:2] for line in lines[1:]] == [
            ["2022/23", "£70m"],
            ["2024/25", "over"],
        ]
        assert all("(answered 8 February 2024, " in line for line in lines[1:])
    assert list(tmp_path.glob("*.png")) == []


def test_list_of_an_unknown_measure_or_with_out_is_refused_in_one_line(tmp_path: Path) -> None:
    kb_dir = measured_kb(tmp_path)
    for args in (
        ("trend", "test-mony", "--list"),
        ("trend", "test-money", "--list", "--out", "x.png"),
    ):
        result = sendbot("--kb", str(kb_dir), *args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == "" and len(result.stderr.splitlines()) == 1
    assert list(tmp_path.glob("*.png")) == []


def test_out_without_a_measure_is_refused_not_ignored(tmp_path: Path) -> None:
    # `trend --out chart.png` listed the measures and exited 0, writing nothing and not saying
    # why: the user asked for a file and got none.
    for args in (("trend", "--out", "chart.png"), ("trend", "--list", "--out", "chart.png")):
        result = sendbot(*args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr == (
            "sendbot: trend --out names the chart of a MEASURE; give one "
            "(`sendbot trend --list` lists them)\n"
        )
    assert list(tmp_path.glob("*.png")) == []


def test_a_home_it_cannot_write_adds_no_matplotlib_warnings(tmp_path: Path) -> None:
    # With HOME read-only (or not a directory), matplotlib logged two WARNING lines about
    # its config directory and MPLCONFIGDIR: nothing a user of `sendbot trend` can act on.
    home = tmp_path / "a-file"
    home.write_text("")
    env = {"HOME": str(home), "MPLCONFIGDIR": "", "XDG_CONFIG_HOME": "", "XDG_CACHE_HOME": ""}
    result = sendbot("trend", "high-needs-budget", "--out", "chart.png", cwd=tmp_path, env=env)
    assert (result.returncode, result.stderr) == (0, "")
    assert png_size((tmp_path / "chart.png").read_bytes()) == (800, 450)
