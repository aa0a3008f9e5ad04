"""`kb build` on a list page and on API JSON: one knowledge file per answer, each beside its
document, checked as loaded; what cannot be drafted is said in one line."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
import yaml

from sendbot.cli.main import main
from sendbot.storage.draft_file import PASTE_THE_ANSWER
from tests.storage.storekit import tree_hashes

DATA = Path(__file__).resolve().parents[1] / "data"
LIST_PAGE = DATA / "list-pages" / "dfe-written-questions.txt"
API_DIR = DATA / "written-questions-api"


def test_list_page_out_directory_gets_one_file_per_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kb"
    assert main(["kb", "build", str(LIST_PAGE), "--out", str(out)]) == 0
    assert len(list(out.glob("*.yaml"))) == 4
    assert len(list((out / "sources").glob("*.txt"))) == 4
    capsys.readouterr()
    assert main(["kb", "check", str(out)]) == 0
    assert "from 4 source(s)" in capsys.readouterr().out


def test_list_page_refuses_a_file_for_out_and_leaves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "one.yaml"
    out.write_text("keep\n", encoding="utf-8")
    assert main(["kb", "build", str(LIST_PAGE), "--out", str(out)]) == 1
    assert "give a directory" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep\n"


def test_list_page_refuses_to_overwrite_any_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kb"
    assert main(["kb", "build", str(LIST_PAGE), "--out", str(out)]) == 0
    victim = sorted(out.glob("*.yaml"))[-1]
    victim.write_text("edited\n", encoding="utf-8")
    assert main(["kb", "build", str(LIST_PAGE), "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert victim.read_text(encoding="utf-8") == "edited\n"
    assert main(["kb", "build", str(LIST_PAGE), "--out", str(out), "--force"]) == 0


def test_list_page_printed_is_a_yaml_stream_of_four_drafts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["kb", "build", str(LIST_PAGE)]) == 0
    documents = list(yaml.safe_load_all(capsys.readouterr().out))
    assert [len(document["facts"]) > 0 for document in documents] == [True] * 4


def test_api_json_is_written_with_its_rendered_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "answer.yaml"
    assert main(["kb", "build", str(API_DIR / "HL7917.json"), "--out", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    document = tmp_path / data["source"]["document"]
    assert document.read_text(encoding="utf-8").startswith("Special Educational Needs\n")
    assert data["source"]["url"].endswith("/2025-06-02/HL7917")


def test_holding_answer_says_why_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "answer.yaml"
    assert main(["kb", "build", str(API_DIR / "HL9542.json"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"sendbot: {API_DIR / 'HL9542.json'}: HL9542 ('Schools: Neurodiversity'): not drafted: "
        "holding answer: the department has said it will reply; no figures to cite yet\n"
    )
    assert not out.exists()


def test_correction_draft_says_so_in_its_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kb", "build", str(API_DIR / "109280.json")]) == 0
    printed = capsys.readouterr().out
    assert "# Note: this answer corrects an earlier one" in printed
    assert "kind: written answer (corrected)" in printed


ANSWERS = DATA / "written-answers"


def test_drafts_built_one_by_one_into_one_directory_do_not_clash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both answers draft a fact called "we-investing" when built alone.
    first = ANSWERS / "written-answer-2023-01-09-supported-internships.txt"
    second = ANSWERS / "written-answer-2023-06-12-specialist-places-demand.txt"
    for source in (first, second):
        assert (
            main(["kb", "build", str(source), "--out", str(tmp_path / f"{source.stem}.yaml")]) == 0
        )
    capsys.readouterr()
    assert main(["kb", "check", str(tmp_path)]) == 0
    # Rebuilding a draft in place does not count its own old ids as taken.
    again = tmp_path / f"{second.stem}.yaml"
    before = again.read_text(encoding="utf-8")
    assert main(["kb", "build", str(second), "--out", str(again), "--force"]) == 0
    assert again.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("given", ["existing", "trailing-slash"])
def test_a_single_answer_built_into_a_directory_goes_in_as_its_source_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    out = tmp_path / "drafts"
    if given == "existing":
        out.mkdir()
    argument = str(out) + ("/" if given == "trailing-slash" else "")
    source = ANSWERS / "written-answer-2023-01-09-supported-internships.txt"
    assert main(["kb", "build", str(source), "--out", argument]) == 0
    (written,) = out.glob("*.yaml")
    source_id = yaml.safe_load(written.read_text(encoding="utf-8"))["source"]["id"]
    assert written.name == f"{source_id}.yaml"
    assert (out / "sources" / source.name).is_file()
    assert not (tmp_path / "sources").exists()
    capsys.readouterr()
    assert main(["kb", "check", str(out)]) == 0


ONE_FACT_ANSWER = """\
Special Educational Needs: Transport

(asked on 2nd March 2025) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, how many children receive home to school transport.

Answered by
Jane Doe Portrait
Jane Doe
Minister for Schools
This question was answered on 9th March 2025

Around 160,000 children with SEND receive free home to school travel.
"""


def test_one_fact_is_counted_as_one_fact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "answer.txt"
    page.write_text(ONE_FACT_ANSWER, encoding="utf-8")
    assert main(["kb", "build", str(page), "--out", str(tmp_path / "drafts")]) == 0
    assert capsys.readouterr().err == (  # was "1 facts"
        "ok: drafted 1 fact and 4 records of the answer itself\n"
    )


class Terminal:
    """Standard input that is a terminal, holding what was pasted there."""

    def __init__(self, pasted: bytes) -> None:
        self.buffer = io.BytesIO(pasted)

    def isatty(self) -> bool:
        return True


def test_build_from_a_terminal_says_to_paste_the_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `kb build -` typed at a terminal waited in silence, as if stuck.
    monkeypatch.setattr("sys.stdin", Terminal(ONE_FACT_ANSWER.encode()))
    assert main(["kb", "build", "-", "--out", str(tmp_path / "drafts")]) == 0
    assert capsys.readouterr().err == (
        f"{PASTE_THE_ANSWER}\nok: drafted 1 fact and 4 records of the answer itself\n"
    )


SUPPORTED_INTERNSHIPS = ANSWERS / "written-answer-2023-01-09-supported-internships.txt"
ADVICE = (
    "draft into a directory of its own (--out drafts/), review the draft, then add it with "
    "`sendbot kb import`, which records it in history so that `kb undo` can take it out"
)


@pytest.mark.parametrize("out", ["dir/", "file"])
def test_build_into_the_served_knowledge_base_is_refused_and_changes_nothing(
    kb_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    out: str,
) -> None:
    # Written straight in, the draft was served unreviewed, with no history to undo it by.
    monkeypatch.setenv("SENDBOT_KB", str(kb_dir))
    before = tree_hashes(kb_dir)
    target = f"{kb_dir}/" if out == "dir/" else str(kb_dir / "new-answer.yaml")
    assert main(["--data", str(data_dir), "kb", "build", str(SUPPORTED_INTERNSHIPS),
                 "--out", target]) == 1  # fmt: skip
    assert capsys.readouterr().err == (
        f"sendbot: not written: {kb_dir} is the knowledge base sendbot serves "
        f"(set by SENDBOT_KB); {ADVICE}\n"
    )
    assert tree_hashes(kb_dir) == before


@pytest.mark.parametrize("out", ["sources", "sources/new/", "sources/new-answer.yaml"])
def test_build_inside_the_served_knowledge_base_is_refused_like_at_its_root(
    kb_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    out: str,
) -> None:
    # `--out KB/sources` was accepted: the draft and a sources/sources/ copy went into the
    # tree the bot loads, unreviewed and with no history.
    monkeypatch.setenv("SENDBOT_KB", str(kb_dir))
    before = tree_hashes(kb_dir)
    assert main(["--data", str(data_dir), "kb", "build", str(SUPPORTED_INTERNSHIPS),
                 "--out", f"{kb_dir}/{out}"]) == 1  # fmt: skip
    target = kb_dir / "sources" / ("new" if out == "sources/new/" else "")
    assert capsys.readouterr().err == (
        f"sendbot: not written: {str(target).rstrip('/')} is inside {kb_dir}, and {kb_dir} is "
        f"the knowledge base sendbot serves (set by SENDBOT_KB); {ADVICE}\n"
    )
    assert tree_hashes(kb_dir) == before


def test_build_into_any_knowledge_base_is_refused_by_what_it_holds(
    kb_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not the one the settings name, but a knowledge base all the same.
    monkeypatch.delenv("SENDBOT_KB", raising=False)
    before = tree_hashes(kb_dir)
    assert main(["kb", "build", str(SUPPORTED_INTERNSHIPS), "--out", f"{kb_dir}/"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (
        f"sendbot: not written: {kb_dir} is a knowledge base "
        f"(send-ap-improvement-plan-2024-02-08.yaml is not a draft as kb build wrote it); "
        f"{ADVICE}"
    )
    assert tree_hashes(kb_dir) == before


def test_a_directory_with_a_broken_knowledge_file_is_refused_saying_what_is_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file may be a base's that does not load, so nothing is written; but the line said
    # ". is a knowledge base", which the directory was not shown to be.
    monkeypatch.delenv("SENDBOT_KB", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.yaml").write_text(
        'facts:\n  - id: x\n   question: "broken\n', encoding="utf-8"
    )
    before = tree_hashes(tmp_path)
    assert main(["kb", "build", str(SUPPORTED_INTERNSHIPS), "--out", "draft.yaml"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(
        "sendbot: not written: . holds broken.yaml, which looks like knowledge but is not "
        "readable YAML (broken.yaml:3: YAML syntax error"
    )
    assert line.endswith(f"), so it may be a knowledge base; {ADVICE}")
    assert "is a knowledge base" not in line
    assert tree_hashes(tmp_path) == before


def test_a_draft_saved_through_the_store_makes_its_directory_a_knowledge_base(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A base made of drafts that are served and edited: every change saved raises the
    # revision kb build wrote (1).
    monkeypatch.delenv("SENDBOT_KB", raising=False)
    served, data = tmp_path / "served", tmp_path / "data"
    assert main(["kb", "build", str(LIST_PAGE), "--out", f"{served}/"]) == 0
    edited = sorted(served.glob("*.yaml"))[0]
    fact_id = yaml.safe_load(edited.read_text(encoding="utf-8"))["facts"][0]["id"]
    assert main(["--kb", str(served), "--data", str(data), "kb", "alias", fact_id,
                 "one more way of asking about it", "--force"]) == 0  # fmt: skip
    capsys.readouterr()
    before = tree_hashes(served)
    assert main(["kb", "build", str(SUPPORTED_INTERNSHIPS), "--out", f"{served}/"]) == 1
    assert f"({edited.name} is not a draft as kb build wrote it)" in capsys.readouterr().err
    assert tree_hashes(served) == before
    # Rebuilding the drafts it was made from is refused too: they would overwrite edits.
    assert main(["kb", "build", str(LIST_PAGE), "--out", f"{served}/", "--force"]) == 1
    assert tree_hashes(served) == before


def test_a_directory_of_drafts_and_notes_still_takes_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SENDBOT_KB", raising=False)
    drafts = tmp_path / "drafts"
    assert main(["kb", "build", str(LIST_PAGE), "--out", f"{drafts}/"]) == 0
    (drafts / "notes.yaml").write_text("todo: review the figures\n", encoding="utf-8")
    assert main(["kb", "build", str(SUPPORTED_INTERNSHIPS), "--out", f"{drafts}/"]) == 0
    assert len(list(drafts.glob("*.yaml"))) == 6


def test_a_rebuild_cut_short_by_a_full_disk_leaves_the_earlier_draft_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Written in place, the draft was truncated first, then left half written.
    out = tmp_path / "drafts" / "answer.yaml"
    assert main(["kb", "build", str(SUPPORTED_INTERNSHIPS), "--out", str(out)]) == 0
    reviewed = out.read_text(encoding="utf-8").replace("# Review every", "# Reviewed. Every")
    out.write_text(reviewed, encoding="utf-8")
    capsys.readouterr()

    def disk_full_after_a_little(fd: int, data: bytes) -> int:
        if len(data) > 100:
            return os.write(fd, data[:100])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("sendbot.storage.atomic.os.write", disk_full_after_a_little)
    assert main(["kb", "build", str(SUPPORTED_INTERNSHIPS), "--out", str(out), "--force"]) == 1
    assert capsys.readouterr().err == f"sendbot: cannot write {out}: No space left on device\n"
    assert out.read_text(encoding="utf-8") == reviewed
    assert sorted(p.name for p in out.parent.iterdir()) == ["answer.yaml", "sources"]


def test_every_test_answer_built_one_by_one_into_one_directory_passes_kb_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `kb build` said "ok" and `kb check` then failed on the drafts: a drafted question ("how
    # many special free schools?") under two facts, of one draft (the 22 March 2024 answer)
    # or of two drafts built into one directory ("when financial year?").
    for source in sorted(ANSWERS.glob("*.txt")):
        assert main(["kb", "build", str(source), "--out", f"{tmp_path}/"]) == 0, source.name
    capsys.readouterr()
    assert main(["kb", "check", str(tmp_path)]) == 0, capsys.readouterr().out
