"""Drafting a knowledge file from a written answer: `sendbot.knowledge.ingest` and `kb build`."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from sendbot.knowledge.directory import loads_file
from sendbot.knowledge.figures import unbacked_figures
from sendbot.knowledge.ingest import IngestError, draft_from_written_answer
from sendbot.knowledge.page_furniture import is_furniture
from sendbot.knowledge.parse import SLUG
from sendbot.knowledge.verbatim import fold, is_verbatim, question_key
from sendbot.knowledge.yamlwrite import dump_yaml
from sendbot.settings import BUNDLED_KNOWLEDGE

REPO = Path(__file__).resolve().parents[2]
SOURCE_NAME = "written-answer-2024-02-08-send-ap-improvement-plan.txt"
SOURCE = BUNDLED_KNOWLEDGE / "sources" / SOURCE_NAME
TEXT = SOURCE.read_text(encoding="utf-8")
DOCUMENT = f"sources/{SOURCE_NAME}"
FURNITURE = ("Portrait", "View Source", "Reticulating")


def draft(text: str = TEXT) -> dict[str, Any]:
    return draft_from_written_answer(text, document=DOCUMENT)


def facts(text: str = TEXT) -> list[dict[str, Any]]:
    """The facts of what the answer says (not the records of who answered it and when)."""
    return [fact for fact in draft(text)["facts"] if "document" not in fact.get("tags", [])]


def figures(fact: dict[str, Any]) -> list[dict[str, Any]]:
    return list(fact.get("figures", []))


def facts_holding(value: object, text: str = TEXT) -> list[dict[str, Any]]:
    return [fact for fact in facts(text) if any(f["value"] == value for f in figures(fact))]


def fact_texts(fact: dict[str, Any]) -> list[str]:
    """Every piece of text in a fact a reader could see."""
    labels = [f["label"] for f in figures(fact)] + [f.get("unit") or "" for f in figures(fact)]
    return [fact["statement"], fact["quote"], *fact["questions"], *labels]


def validate(data: dict[str, Any], source_text: str = TEXT) -> Any:
    """Validate a draft as `kb check` would, as if saved beside a copy of its source."""
    documents = {DOCUMENT: source_text.encode("utf-8")}
    return loads_file(dump_yaml(data), "draft.yaml", documents, "draft.yaml")


# --- the shipped written answer -----------------------------------------------------------


def test_header_metadata_is_read_exactly() -> None:
    source = draft()["source"]
    assert source["title"] == "Special Educational Needs"
    assert source["asked"] == dt.date(2024, 1, 31)
    assert source["answered"] == dt.date(2024, 2, 8)
    assert source["department"] == "Department for Education"
    # A Parallel Parliament capture shows the member's office when stored, not when answering.
    assert source["answered_by"] == {"name": "David Johnston"}
    assert source["question"].startswith("To ask the Secretary of State for Education, what")
    assert source["question"].endswith("CP 800, published on 31 March 2023.")
    assert source["kind"] == "written answer"
    assert source["licence"] == "Open Parliament Licence v3.0"
    assert source["url"] is None
    assert source["document"] == DOCUMENT
    assert source["id"] == "special-educational-needs-2024-02-08"


def test_draft_has_the_knowledge_file_shape() -> None:
    data = draft()
    assert list(data) == ["revision", "source", "facts"]
    assert all(fact["as_of"] == dt.date(2024, 2, 8) for fact in facts())


def test_no_page_furniture_in_any_fact() -> None:
    for fact in facts():
        for text in fact_texts(fact):
            assert not any(word in text for word in FURNITURE), (fact["id"], text)


def test_schools_bullet_is_split_into_separate_facts() -> None:
    opened, places, approved = facts_holding(15), facts_holding(1500), facts_holding(76)
    assert len(opened) == len(places) == len(approved) == 1
    assert len({opened[0]["id"], places[0]["id"], approved[0]["id"]}) == 3
    # each fact holds its own figures, not its neighbour's
    assert [f["value"] for f in figures(opened[0])] == [15, 1]
    assert [f["value"] for f in figures(places[0])] == [1500]
    assert "which creates over 1,500 new places" in places[0]["quote"]


def test_places_fact_keeps_the_clause_it_depends_on() -> None:
    (places,) = facts_holding(1500)
    assert places["quote"].startswith("In this academic year alone, the department has opened")
    assert places["statement"].endswith(
        "which creates over 1,500 new places for children and young people."
    )


def test_money_figures_are_values_in_pounds() -> None:
    money = {f["value"] for fact in facts() for f in figures(fact) if f["kind"] == "money"}
    assert money >= {10_500_000_000, 70_000_000, 13_000_000, 3_000_000, 21_000_000}


def test_qualifiers_are_kept() -> None:
    def figure(value: int) -> dict[str, Any]:
        (fact,) = facts_holding(value)
        return next(f for f in figures(fact) if f["value"] == value)

    assert figure(1680)["qualifier"] == "up to"
    assert figure(1500)["qualifier"] == "over"
    assert figure(10_500_000_000)["qualifier"] == "over"
    assert "qualifier" not in figure(76)


def test_over_between_two_figures_is_not_a_qualifier() -> None:
    (budget,) = facts_holding(10_500_000_000)
    five_years = next(f for f in figures(budget) if f["value"] == 5)  # "60% over five years"
    assert "qualifier" not in five_years


def test_count_units_come_from_the_words_after_the_number() -> None:
    units = {f["value"]: f.get("unit") for fact in facts() for f in figures(fact)}
    assert units[15] == "special schools"
    assert units[1680] == "primary schools"
    assert units[400] == "education psychologists"


def test_every_quote_is_an_exact_substring_of_the_source() -> None:
    for fact in facts():
        assert fact["quote"] in TEXT, fact["id"]


def test_statements_use_only_their_quotes_words_and_figures() -> None:
    for fact in facts():
        statement, quote = fact["statement"], fact["quote"]
        assert unbacked_figures(statement, quote) == [], fact["id"]
        quote_words = set(re.findall(r"[\w,.£%/'-]+", fold(quote).lower()))
        for word in re.findall(r"[\w,.£%/'-]+", fold(statement).lower()):
            assert word.rstrip(".,") in {w.rstrip(".,") for w in quote_words}, (fact["id"], word)


def test_every_fact_has_a_question_and_a_unique_slug_id() -> None:
    ids = [fact["id"] for fact in facts()]
    assert len(ids) == len(set(ids))
    assert all(SLUG.match(fact_id) for fact_id in ids)
    assert all(fact["questions"] for fact in facts())


def test_questions_follow_the_figures() -> None:
    (opened,) = facts_holding(15)
    (budget,) = facts_holding(70_000_000)
    assert "how many special schools?" in opened["questions"]
    assert any(question.startswith("how much") for question in budget["questions"])


def test_figure_free_sentence_stays_with_the_claim_it_elaborates() -> None:
    (programme,) = facts_holding(70_000_000)
    assert programme["quote"].endswith("to benefit every region in England.")
    assert "The programme is working" not in programme["statement"]  # over-long: core only


def test_list_lead_in_is_not_a_fact() -> None:
    assert not any("completed the following" in fact["quote"] for fact in facts())


def test_sentence_without_a_verb_before_which_is_kept_whole() -> None:
    # "Backed by over £10.5 billion in 2024/25, which is ..." cannot stand alone when split
    (budget,) = facts_holding(10_500_000_000)
    assert [f["value"] for f in figures(budget)] == [10_500_000_000, "2024/25", 60, 5]


def test_draft_of_the_shipped_source_validates(tmp_path: Path) -> None:
    knowledge_file = validate(draft())
    assert len(knowledge_file.facts) == len(draft()["facts"]) == len(facts()) + 4
    assert len(facts()) >= 15


# --- other shapes of the same page ----------------------------------------------------------


def comparable(text: str) -> list[tuple[str, str, list[object]]]:
    return [
        (fact["id"], fold(fact["statement"]), [f["value"] for f in figures(fact)])
        for fact in facts(text)
    ]


def test_crlf_line_endings_give_the_same_draft(tmp_path: Path) -> None:
    crlf = TEXT.replace("\n", "\r\n")
    assert draft(crlf) == draft()
    validate(draft(crlf), crlf)


def test_straight_quotes_give_the_same_facts(tmp_path: Path) -> None:
    straight = TEXT.translate(str.maketrans({"\u2018": "'", "\u2019": "'"}))
    assert comparable(straight) == comparable(TEXT)
    for fact in facts(straight):
        assert fact["quote"] in straight
    validate(draft(straight), straight)


@pytest.mark.parametrize(
    "ending",
    ["", "\n", "Loading...", "Please wait\u2026", "\n\nShare this page\nBack to top\n", "Cookies"],
)
def test_other_trailing_furniture_is_dropped(ending: str) -> None:
    text = TEXT.replace("Reticulating Splines", ending)
    assert comparable(text) == comparable(TEXT)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Reticulating Splines", True),
        ("Loading…", True),
        ("with 23 inspection reports published so far.", False),
        ("  • The department has extended it", False),
        ("Up to 2024", False),  # holds a figure
        ("children and young people", False),  # lower case: wraps a sentence
    ],
)
def test_is_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_wrapped_lines_join_into_one_passage(tmp_path: Path) -> None:
    wrapped = TEXT.replace(
        "the department launched a £70 million Change Programme",
        "the department launched a £70 million\n    Change Programme",
    )
    (programme,) = facts_holding(70_000_000, wrapped)
    assert "£70 million Change Programme" in programme["quote"]
    assert is_verbatim(programme["quote"], wrapped)
    validate(draft(wrapped), wrapped)


ANSWER = """\
Pupil Referral Units

(asked on 2nd March 2024) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, how many pupils attend pupil referral units.

Answered by
Jane Doe Portrait
Jane Doe
Minister for Schools
This question was answered on 9th March 2024

{body}
Loading...
"""


def synthetic(body: str) -> list[dict[str, Any]]:
    return facts(ANSWER.format(body=body))


def test_synthetic_answer_header() -> None:
    source = draft(ANSWER.format(body="Around 300 units are open."))["source"]
    assert source["answered_by"] == {"name": "Jane Doe"}
    assert source["asked"] == dt.date(2024, 3, 2)
    assert source["id"] == "pupil-referral-units-2024-03-09"


def test_qualifiers_a_knowledge_file_does_not_know_are_mapped(tmp_path: Path) -> None:
    (fact,) = synthetic("Around 300 units are open, with fewer than 40 units due to close.")
    assert [(f["value"], f.get("qualifier")) for f in figures(fact)] == [
        (300, "about"),
        (40, "under"),
    ]


def test_and_starting_a_new_clause_splits_a_sentence() -> None:
    split = synthetic("Since 2020, 40 units have opened and 12 units have closed.")
    assert [[f["value"] for f in figures(fact)] for fact in split] == [["2020", 40], [12]]
    listed = synthetic("The department has opened 40 units and 12 schools.")
    assert len(listed) == 1


def test_semicolon_splits_a_sentence() -> None:
    split = synthetic("The department funds 40 units in the north; 25 units are in the south.")
    assert [[f["value"] for f in figures(fact)] for fact in split] == [[40], [25]]


def test_abbreviations_do_not_end_sentences() -> None:
    (fact,) = synthetic("I refer the hon. Member to the answer of 5 January 2024.")
    assert fact["quote"] == "I refer the hon. Member to the answer of 5 January 2024."


def test_long_sentence_gets_a_shortened_statement_with_its_figures(tmp_path: Path) -> None:
    long_tail = ", ".join(f"reaching area {word}" for word in ["north", "south", "east"] * 12)
    text = ANSWER.format(body=f"The department has opened 40 units, {long_tail}.")
    (fact,) = facts(text)
    assert len(fact["statement"]) <= 300
    assert fact["statement"].startswith("The department has opened 40 units")
    assert fact["statement"].endswith("...")
    validate(draft(text), text)


def test_long_sentence_keeps_as_many_clauses_as_fit(tmp_path: Path) -> None:
    # Cut at its first comma, a figure-free sentence was drafted as "Over the last year...".
    long_tail = ", ".join(f"listening to parents in {word}" for word in ["york", "leeds"] * 12)
    text = ANSWER.format(body=f"Over the last year, ministers have been {long_tail}.")
    (fact,) = facts(text)
    assert 200 < len(fact["statement"]) <= 300
    assert fact["statement"].startswith("Over the last year, ministers have been listening")
    assert fact["statement"].endswith("...")
    validate(draft(text), text)


def test_a_part_late_in_a_very_long_sentence_is_quoted_on_its_own(tmp_path: Path) -> None:
    # Parts of one sentence are quoted from its start; past the 1,000-character quote limit
    # that cut every later part off its own quote: statements of "..." and empty questions.
    parts = ", ".join(f"which serve {n} pupils in area {n} of the long list" for n in range(2, 40))
    text = ANSWER.format(body=f"The department has opened 40 units, {parts}.")
    drafted = facts(text)
    assert len(drafted) > 2
    for fact in drafted:
        assert fact["statement"].strip(". ") and all(q.strip() for q in fact["questions"])
    assert len({fact["quote"] for fact in drafted}) == len(drafted)
    assert any("serve 39 pupils" in fact["quote"] for fact in drafted)
    validate(draft(text), text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("Hello there.\n\nJust some text.\n", "Question to"),
        (TEXT.replace("This question was answered on 8th February 2024\n", ""), "answered on"),
        (TEXT.replace("answered on 8th February 2024", "answered on 31st Febtember 2024"), "date"),
        (TEXT.replace("answered on 8th February 2024", "answered on 30th February 2024"), "real"),
        (TEXT.replace("Answered by\n", ""), "Answered by"),
        (
            TEXT.split("This question was answered")[0]
            + "This question was answered on 8th February 2024\n",
            "no answer text",
        ),
        (TEXT.replace("(asked on 31st January 2024)", "(asked on 9th March 2024)"), "after"),
    ],
)
def test_text_in_another_shape_raises_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        draft(text)


def test_any_truncation_of_the_page_drafts_something_valid_or_raises_ingest_error(
    tmp_path: Path,
) -> None:
    line_ends = [match.end() for match in re.finditer("\n", TEXT)]
    drafted, refused = [], []
    for end in sorted({*line_ends, *range(0, len(TEXT), 97), len(TEXT)}):
        text = TEXT[:end]
        try:
            data = draft(text)
        except IngestError:
            refused.append(end)
            continue
        validate(data, text)
        drafted.append(end)
    # Both branches ran: short cuts are refused, and the whole page (at least) is drafted.
    assert 0 in refused and len(TEXT) in drafted


# --- sendbot kb build -------------------------------------------------------------------------


def sendbot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sendbot", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_build_prints_yaml_that_loads() -> None:
    result = sendbot("kb", "build", str(SOURCE))
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(result.stdout)
    assert data["source"]["answered"] == dt.date(2024, 2, 8)
    assert data["source"]["document"] == DOCUMENT
    assert len(data["facts"]) == len(facts()) + 4
    assert f"ok: drafted {len(facts())} facts and 4 records of the answer itself" in result.stderr


def test_build_out_writes_the_draft_and_a_copy_of_its_source(tmp_path: Path) -> None:
    out = tmp_path / "kb" / "answer.yaml"
    result = sendbot("kb", "build", str(SOURCE), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "kb" / DOCUMENT).read_bytes() == SOURCE.read_bytes()
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["facts"]
    check = sendbot("kb", "check", str(tmp_path / "kb"))
    assert check.returncode == 0, check.stderr


def test_build_reads_a_page_from_standard_input_as_ask_does(tmp_path: Path) -> None:
    """`... | sendbot kb build -` said "cannot read -: No such file or directory"."""
    page = SOURCE.read_text(encoding="utf-8")
    printed = sendbot("kb", "build", "-", stdin=page)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("# Drafted by `sendbot kb build` from standard input.")
    # No file name to keep: the copy of the page is named after the source it drafts.
    written = sendbot("kb", "build", "-", "--out", str(tmp_path / "kb"), stdin=page)
    assert written.returncode == 0, written.stderr
    (draft,) = (tmp_path / "kb").glob("*.yaml")
    document = yaml.safe_load(draft.read_text(encoding="utf-8"))["source"]["document"]
    assert document == f"sources/{draft.stem}.txt"
    assert (tmp_path / "kb" / document).read_text(encoding="utf-8") == page
    assert sendbot("kb", "check", str(tmp_path / "kb")).returncode == 0
    refused = sendbot("kb", "build", "-", stdin="hello\n")
    assert (refused.returncode, refused.stderr) == (
        1,
        "sendbot: standard input: not a written answer: no 'Question to the <department>:' "
        "line found\n",
    )


def test_build_out_is_a_yaml_file_or_a_directory(tmp_path: Path) -> None:
    """`--out drafts` once wrote a file called drafts, which no knowledge directory reads."""
    for name in ("answer.yml", "notes.txt"):
        result = sendbot("kb", "build", str(SOURCE), "--out", str(tmp_path / name))
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            f"sendbot: --out {tmp_path / name}: a knowledge file's name ends in .yaml; give "
            "NAME.yaml, or a directory to write into"
        ]
    assert list(tmp_path.iterdir()) == []
    into = sendbot("kb", "build", str(SOURCE), "--out", str(tmp_path / "drafts"))
    assert into.returncode == 0, into.stderr
    (written,) = (tmp_path / "drafts").glob("*.yaml")
    assert sendbot("kb", "check", str(written.parent)).returncode == 0


def test_build_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "answer.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    refused = sendbot("kb", "build", str(SOURCE), "--out", str(out))
    assert refused.returncode != 0
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert not (tmp_path / "sources").exists()
    forced = sendbot("kb", "build", str(SOURCE), "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "facts:" in out.read_text(encoding="utf-8")


def test_build_refuses_to_replace_a_different_source_copy(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / DOCUMENT).write_text("another document\n", encoding="utf-8")
    result = sendbot("kb", "build", str(SOURCE), "--out", str(tmp_path / "answer.yaml"))
    assert result.returncode != 0 and "--force" in result.stderr
    assert (tmp_path / DOCUMENT).read_text(encoding="utf-8") == "another document\n"
    assert not (tmp_path / "answer.yaml").exists()


def test_build_into_the_folder_that_holds_the_source_keeps_it(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    source = tmp_path / DOCUMENT
    shutil.copyfile(SOURCE, source)
    result = sendbot("kb", "build", str(source), "--out", str(tmp_path / "answer.yaml"))
    assert result.returncode == 0, result.stderr
    assert source.read_bytes() == SOURCE.read_bytes()


def test_build_reports_text_that_is_not_a_written_answer(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("Just some notes.\n", encoding="utf-8")
    result = sendbot("kb", "build", str(source))
    assert result.returncode == 1
    assert "not a written answer" in result.stderr and "Question to" in result.stderr
    assert result.stdout == ""


def test_a_link_in_an_answer_gives_no_figures_and_no_id() -> None:
    name = "written-answer-2025-08-12-pins-evaluation.txt"
    text = (BUNDLED_KNOWLEDGE / "sources" / name).read_text(encoding="utf-8")
    # The link's sentence is a fact of its own, and quoted with the sentence before it too.
    (linked,) = [fact for fact in facts(text) if fact["quote"].startswith("Further information")]
    assert all(figures(fact) == [] for fact in facts(text) if "https://" in fact["quote"])
    assert figures(linked) == []  # not 0, 1, 427, 82 and 1 from the notice's address
    assert "http" not in linked["id"] and "www" not in linked["id"]
    assert linked["id"] == "available-contracts-finder-here"
    assert validate(draft(text), text)


@pytest.mark.parametrize(
    "ages",
    [
        "aged 16-24",
        "aged 16 to 24",
        "aged between 16 and 24",
        "aged 16\u201324",  # an en dash, as web pages write a range
        "of 16 to 24 year olds",
    ],
)
def test_an_age_range_is_not_drafted_as_counts(ages: str) -> None:
    # "aged 16-24" says who the units are for; asking "how many?" of 16 and 24 would be wrong
    (fact,) = synthetic(f"Around 300 units support young people {ages} with EHC plans.")
    assert [(f["value"], f["kind"]) for f in figures(fact)] == [(300, "count")]
    validate(draft(ANSWER.format(body=fact["quote"])), ANSWER.format(body=fact["quote"]))


@pytest.mark.parametrize(
    "age",
    [
        "aged 16",
        "from age 5",
        "under the age of 18",
        "aged over 16",
        "who are 16 years old",
    ],
)
def test_a_single_age_is_not_drafted_as_a_count(age: str) -> None:
    # "young people aged 16" says who the units are for: no "how many?" is asked of the 16
    (fact,) = synthetic(f"Around 300 units support young people {age} with EHC plans.")
    assert [(f["value"], f["kind"]) for f in figures(fact)] == [(300, "count")]
    assert not any("16" in question or " 5" in question for question in fact["questions"])
    validate(draft(ANSWER.format(body=fact["quote"])), ANSWER.format(body=fact["quote"]))


def test_a_count_beside_an_age_word_is_still_drafted() -> None:
    # "3 age groups" counts groups, and "over 5 years" is a time: neither is someone's age
    (fact,) = synthetic("Over 5 years the department funded 300 units for 3 age groups.")
    assert [f["value"] for f in figures(fact)] == [5, 300, 3]


def test_a_range_of_counts_is_still_drafted() -> None:
    (fact,) = synthetic("The department has opened 15 to 20 new units this year.")
    assert [f["value"] for f in figures(fact)] == [15, 20]


@pytest.mark.parametrize(
    "start",
    [
        "<!DOCTYPE html>\n<html lang='en'><head><title>Hansard</title></head><body>",
        "<?xml version='1.0'?>\n<!-- saved from url=(0071) -->\n<html><body>",
    ],
)
def test_build_of_a_page_saved_as_html_says_to_copy_its_text(tmp_path: Path, start: str) -> None:
    """A page saved with the browser's "Save Page As" was "not a written answer: no 'Question
    to the <department>:' line found": its lines are inside tags."""
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    page = tmp_path / "answer.html"
    body = "".join(f"<p class='line'>{html.escape(line)}</p>\n" for line in lines)
    page.write_text(f"{start}\n{body}</body></html>\n", encoding="utf-8")
    result = sendbot("kb", "build", str(page), "--out", str(tmp_path / "drafts"))
    assert (result.returncode, result.stderr) == (
        1,
        f"sendbot: {page}: not a written answer: it is a web page's HTML, not its text: open "
        "the page in a browser, select all, copy and save the text in a .txt file to build "
        "from, or download the answer by its UIN with 'sendbot kb fetch UIN' (/kb ingest "
        "answer: on Discord)\n",
    )
    assert not (tmp_path / "drafts").exists()


def test_no_two_drafted_facts_share_a_question() -> None:
    # Two facts of the 22 March 2024 answer were both asked "how many special free schools?":
    # `kb check` refuses that (which fact answers it is left to scoring).
    name = "written-answer-2024-03-22-special-free-schools-spring-budget.txt"
    text = (BUNDLED_KNOWLEDGE / "sources" / name).read_text(encoding="utf-8")
    draft = draft_from_written_answer(text, document=f"sources/{name}")
    keys = [question_key(question) for fact in draft["facts"] for question in fact["questions"]]
    assert len(keys) == len(set(keys))
    assert all(fact["questions"] for fact in draft["facts"])
