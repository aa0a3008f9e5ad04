"""`sendbot kb fetch` and its HTTP client, against a fake Written Questions API on 127.0.0.1.
No test here touches the real network."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from sendbot.cli.main import main
from sendbot.knowledge.wq_api import QuestionRef
from sendbot.storage.wq_client import FetchError, QuestionNotFound, fetch_question_json
from tests.cli.runner import run_sendbot
from tests.fake_wq_api import FakeApi, fake_api


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeApi]:
    with fake_api() as fake:
        monkeypatch.setenv("SENDBOT_WQ_API", fake.url)
        yield fake


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def fetch(api: FakeApi, uin: str, **options: object) -> bytes:
    return fetch_question_json(QuestionRef(uin), base_url=api.url, **options)  # type: ignore[arg-type]


def test_fetch_asks_for_the_uin_with_member_names_and_names_the_project(api: FakeApi) -> None:
    reply = json.loads(fetch(api, "199438"))
    assert reply["results"][0]["value"]["uin"] == "199438"
    (request,) = api.requests
    assert request.path == "/api/writtenquestions/questions"
    assert request.query == {"uIN": ["199438"], "expandMember": ["true"]}
    assert request.headers["User-Agent"].startswith("sendbot/")


def test_a_page_url_with_a_date_asks_for_that_day(api: FakeApi) -> None:
    import datetime as dt

    fetch_question_json(QuestionRef("199438", dt.date(2023, 9, 13)), base_url=api.url)
    assert api.requests[0].query["tabledWhenFrom"] == ["2023-09-13"]


def test_503_then_200_retries_with_backoff(api: FakeApi) -> None:
    api.plan["199438"] = [503, 503]
    sleeps = Sleeps()
    reply = json.loads(fetch(api, "199438", sleep=sleeps, backoff=0.5))
    assert reply["totalResults"] == 1
    assert len(api.requests) == 3
    assert sleeps == [0.5, 1.0]  # doubled each time


def test_429_honours_retry_after(api: FakeApi) -> None:
    api.plan["199438"] = [429]
    sleeps = Sleeps()
    fetch(api, "199438", sleep=sleeps)
    assert sleeps == [0.0]  # the fake says Retry-After: 0


def test_server_errors_give_up_after_the_retries(api: FakeApi) -> None:
    api.plan["199438"] = [503] * 5
    with pytest.raises(FetchError, match=r"HTTP 503, after 3 attempt\(s\)"):
        fetch(api, "199438", retries=2, sleep=Sleeps())
    assert len(api.requests) == 3


def test_a_404_is_not_found_and_not_retried(api: FakeApi) -> None:
    api.plan["199438"] = [404]
    with pytest.raises(QuestionNotFound, match="404"):
        fetch(api, "199438", sleep=Sleeps())
    assert len(api.requests) == 1


def test_an_unknown_uin_is_not_found(api: FakeApi) -> None:
    with pytest.raises(QuestionNotFound, match="no written question with UIN 4242"):
        fetch(api, "4242")


def test_a_stalled_server_times_out_and_is_retried(api: FakeApi) -> None:
    api.plan["199438"] = ["stall"]
    sleeps = Sleeps()
    reply = json.loads(fetch(api, "199438", timeout=1.0, sleep=sleeps))
    assert reply["totalResults"] == 1 and len(sleeps) == 1


def test_a_server_that_keeps_stalling_is_a_timeout_error(api: FakeApi) -> None:
    api.plan["199438"] = ["stall", "stall"]
    with pytest.raises(FetchError, match=r"no reply .* within 1 s, after 2 attempt"):
        fetch(api, "199438", timeout=1.0, retries=1, sleep=Sleeps())


def test_nothing_listening_is_a_connection_error() -> None:
    with fake_api() as gone:
        url = gone.url
    with pytest.raises(FetchError, match="cannot reach"):
        fetch_question_json(QuestionRef("1"), base_url=url, retries=1, sleep=Sleeps())


# --- sendbot kb fetch -----------------------------------------------------------------------


def test_kb_fetch_writes_a_draft_that_checks(
    api: FakeApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kb" / "answer.yaml"
    assert main(["kb", "fetch", "HL7917", "--out", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["source"]["answered_by"] == {"name": "Baroness Smith of Malvern"}
    assert data["source"]["url"].endswith("/2025-06-02/HL7917")
    assert main(["kb", "check", str(tmp_path / "kb")]) == 0


def test_kb_fetch_out_is_a_yaml_file_or_a_directory_as_for_kb_build(
    api: FakeApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kb", "fetch", "HL7917", "--out", str(tmp_path / "answer.yml")]) == 2
    assert "a knowledge file's name ends in .yaml" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    for name in ("drafts", "more/"):
        assert main(["kb", "fetch", "HL7917", "--out", str(tmp_path / name)]) == 0
        (written,) = (tmp_path / name).glob("*.yaml")
        assert main(["kb", "check", str(written.parent)]) == 0


def test_kb_fetch_takes_a_page_url(api: FakeApi, capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://questions-statements.parliament.uk/written-questions/detail/2023-09-13/199438"
    assert main(["kb", "fetch", url]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["source"]["answered"].isoformat() == (
        "2023-09-26"
    )


def test_kb_fetch_json_prints_the_reply(api: FakeApi, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "fetch", "109280", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["value"]["answerIsCorrection"]


def test_kb_fetch_retries_a_503(api: FakeApi, capsys: pytest.CaptureFixture[str]) -> None:
    api.plan["199438"] = [503]
    assert main(["kb", "fetch", "199438"]) == 0
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    ("argument", "plan", "status", "message"),
    [
        ("4242", [], 1, "no written question with UIN 4242"),
        ("199438", [404], 1, "HTTP 404"),
        ("HL9542", [], 1, "holding answer"),
        ("not a uin", [], 2, "is not a UIN"),
        ("https://example.com/page", [], 2, "is not a UIN"),
    ],
)
def test_kb_fetch_errors_are_one_line(
    api: FakeApi,
    capsys: pytest.CaptureFixture[str],
    argument: str,
    plan: list[int | str],
    status: int,
    message: str,
) -> None:
    api.plan["199438"] = plan
    assert main(["kb", "fetch", argument]) == status
    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err
    assert all(line.startswith("sendbot: ") for line in captured.err.splitlines())
    assert captured.out == ""


def test_kb_fetch_timeout_setting_is_used(
    api: FakeApi, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SENDBOT_WQ_TIMEOUT", "1")
    api.plan["199438"] = ["stall"]
    assert main(["kb", "fetch", "199438"]) == 0  # stalled once, answered on the retry
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    ("name", "value"), [("SENDBOT_WQ_API", "ftp://x"), ("SENDBOT_WQ_TIMEOUT", "soon")]
)
def test_kb_fetch_bad_settings_are_usage_errors(
    api: FakeApi,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    value: str,
) -> None:
    monkeypatch.setenv(name, value)
    assert main(["kb", "fetch", "199438"]) == 2
    assert name in capsys.readouterr().err
    assert api.requests == []


def test_kb_fetch_in_its_own_process_prints_no_request_log(api: FakeApi, tmp_path: Path) -> None:
    # httpx logs each request at INFO; without -v a user reads the outcome only.
    api.plan["199438"] = [404]
    env = {"SENDBOT_WQ_API": api.url}
    failed = run_sendbot("kb", "fetch", "199438", cwd=tmp_path, data=tmp_path / "d", env=env)
    assert (failed.returncode, failed.stdout) == (1, "")
    assert failed.stderr == "sendbot: no written question 199438 (HTTP 404)\n"
    fetched = run_sendbot("kb", "fetch", "HL7917", cwd=tmp_path, data=tmp_path / "d", env=env)
    assert fetched.returncode == 0 and fetched.stdout.startswith("# Drafted by `sendbot kb")
    assert fetched.stderr == "ok: drafted 5 facts and 4 records of the answer itself\n"
