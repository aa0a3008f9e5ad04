"""Drafting from every shape moderators have: the real captured answer pages, a list page,
the Written Questions API's JSON; holding answers, corrections and "not held" answers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from sendbot.knowledge.directory import loads_file
from sendbot.knowledge.drafts import API, LIST, SINGLE, Draft, Drafts, draft_input
from sendbot.knowledge.html_text import html_to_lines
from sendbot.knowledge.ingest import NOT_HELD_TAG, IngestError
from sendbot.knowledge.verbatim import is_verbatim
from sendbot.knowledge.yamlwrite import dump_yaml
from sendbot.settings import BUNDLED_KNOWLEDGE

DATA = Path(__file__).resolve().parents[1] / "data"
_TEST_COPIES = sorted((DATA / "written-answers").glob("*.txt"))
# The shipped sources hold the same pages byte for byte; each page is read once.
CAPTURED = _TEST_COPIES + sorted(
    path
    for path in (BUNDLED_KNOWLEDGE / "sources").glob("written-answer-*.txt")
    if path.name not in {copy.name for copy in _TEST_COPIES}
)
LIST_PAGE = DATA / "list-pages" / "dfe-written-questions.txt"
API_DIR = DATA / "written-questions-api"


def drafts_of(path: Path) -> Drafts:
    return draft_input(path.read_text(encoding="utf-8"), name=path.name)


def validate(draft: Draft, input_text: str) -> Any:
    """Validate the draft as `kb check` would, as if saved beside its document."""
    document = input_text if draft.document is None else draft.document
    documents = {f"sources/{draft.document_name}": document.encode("utf-8")}
    return loads_file(dump_yaml(draft.data), "draft.yaml", documents, "draft.yaml")


def said(draft: Draft) -> list[dict[str, Any]]:
    """The facts of what the answer says (not the records of who answered it and when)."""
    return [fact for fact in draft.data["facts"] if "document" not in fact.get("tags", [])]


def answered_date(path: Path) -> dt.date:
    match = re.search(r"(\d{4}-\d{2}-\d{2})", path.name)
    assert match, path
    return dt.date.fromisoformat(match[1])


# --- the fifteen captured pages ------------------------------------------------------------


def test_all_fifteen_captured_answers_are_read() -> None:
    assert len(CAPTURED) == 15


@pytest.mark.parametrize("path", CAPTURED, ids=lambda path: path.name[15:45])
def test_each_captured_answer_drafts_a_file_that_validates(path: Path, tmp_path: Path) -> None:
    result = drafts_of(path)
    assert result.shape == SINGLE and not result.skipped
    (draft,) = result.drafts
    text = path.read_text(encoding="utf-8")
    knowledge_file = validate(draft, text)
    assert knowledge_file.source.answered == answered_date(path)
    assert len(knowledge_file.facts) == draft.fact_count >= 2
    assert all(is_verbatim(fact.quote, text) for fact in knowledge_file.facts)
    # A captured page's role line may be a later office: the citation must not claim it.
    assert knowledge_file.source.answered_by.role is None
    role_shown = re.search(r"Portrait\n[^\n]+\n(?!This question)([^\n]+)\n", text)
    if role_shown:
        (note,) = draft.notes
        assert role_shown[1] in note and "left out" in note
    else:
        assert draft.notes == ()


def test_asked_by_line_is_not_taken_for_the_title() -> None:
    (draft,) = drafts_of(DATA / "written-answers" / CAPTURED[2].name).drafts
    assert "Asked by" in CAPTURED[2].read_text(encoding="utf-8")
    assert draft.data["source"]["title"] == "Special Educational Needs"
    assert draft.data["source"]["asked"] == dt.date(2023, 6, 6)


def test_a_page_without_the_asked_on_line_drafts_without_an_asked_date(tmp_path: Path) -> None:
    text = re.sub(r"\(asked on [^)]*\) - View Source\n", "", CAPTURED[0].read_text("utf-8"))
    (draft,) = draft_input(text, name="answer.txt").drafts
    assert "asked" not in draft.data["source"]
    validate(draft, text)


def test_a_lords_answer_keeps_its_question_and_member() -> None:
    path = next(path for path in CAPTURED if "ifs-report" in path.name)
    source = drafts_of(path).drafts[0].data["source"]
    assert source["question"].startswith("To ask His Majesty's Government what assessment")
    assert source["answered_by"] == {"name": "Baroness Smith of Malvern"}


def test_a_role_line_without_the_portrait_caption_is_kept() -> None:
    text = CAPTURED[4].read_text("utf-8").replace("David Johnston Portrait\n", "")
    (draft,) = draft_input(text, name="answer.txt").drafts
    assert draft.data["source"]["answered_by"] == {
        "name": "David Johnston",
        "role": "Parliamentary Under-Secretary (Department for Education)",
    }
    assert draft.notes == ()


def with_body(path: Path, body: str) -> str:
    text = path.read_text("utf-8")
    return text[: text.index("answered on")].rsplit("\n", 1)[0] + "\n" + _answered(text) + body


def _answered(text: str) -> str:
    line = re.search(r"This question was answered on [^\n]+\n", text)
    assert line
    return line[0] + "\n"


def test_a_holding_answer_page_is_not_drafted_and_says_why() -> None:
    text = with_body(CAPTURED[0], "I will reply to the hon. Member as soon as possible.\n")
    with pytest.raises(IngestError, match="holding answer"):
        draft_input(text, name="answer.txt")


@pytest.mark.parametrize("name", ["send-ap-improvement-plan-2024-02-08.yaml", "-"])
def test_a_knowledge_file_given_to_draft_says_to_import_it(name: str) -> None:
    # A moderator who uploads a knowledge file to /kb ingest (or gives it to kb build) is
    # told which command takes it, not that a 'Question to' line is missing.
    text = (BUNDLED_KNOWLEDGE / "send-ap-improvement-plan-2024-02-08.yaml").read_text()
    to_import = r"knowledge file .*'sendbot kb import FILE', or /kb import on Discord"
    with pytest.raises(IngestError, match=to_import):
        draft_input(text, name=name)


def test_not_held_sentence_is_a_fact_of_its_own_asked_as_the_member_asked(
    tmp_path: Path,
) -> None:
    body = (
        "Over 50,000 more pupils are placed in special schools compared to 2017. The "
        "department does not hold information on waiting times for special school places.\n"
    )
    text = with_body(CAPTURED[2], body)
    (draft,) = draft_input(text, name="answer.txt").drafts
    placed, not_held = said(draft)
    assert NOT_HELD_TAG not in placed.get("tags", [])
    assert not_held["quote"].startswith("The department does not hold information")
    assert NOT_HELD_TAG in not_held["tags"]
    assert not_held["questions"][0] == (
        "what assessment she has made of trends in the level of demand for school places "
        "in specialist settings?"
    )
    validate(draft, text)


# --- a list page ------------------------------------------------------------------------------


def test_list_page_gives_one_source_per_answer(tmp_path: Path) -> None:
    text = LIST_PAGE.read_text("utf-8")
    result = draft_input(text, name=LIST_PAGE.name)
    assert result.shape == LIST and not result.skipped
    sources = [draft.data["source"] for draft in result.drafts]
    assert [source["answered"] for source in sources] == [
        dt.date(2023, 6, 12),
        dt.date(2023, 9, 26),
        dt.date(2025, 6, 16),
        dt.date(2026, 1, 27),
    ]
    assert len({source["id"] for source in sources}) == 4
    assert sources[1]["title"] == "Special Educational Needs: Finance"
    assert sources[2]["question"].startswith("To ask His Majesty's Government")
    assert not any("Asked by" in source["question"] for source in sources)
    fact_ids = [fact["id"] for draft in result.drafts for fact in draft.data["facts"]]
    assert len(fact_ids) == len(set(fact_ids))  # unique across the batch
    for draft in result.drafts:
        assert draft.document is not None and draft.document in text  # its part of the page
        assert draft.data["source"]["answered_by"].get("role") is None
        role_shown = re.search(r"Answered by .+ - (.+)", draft.document)
        assert [role_shown[1] in note for note in draft.notes] == ([True] if role_shown else [])
        validate(draft, text)


def test_list_page_answers_match_their_single_page_drafts() -> None:
    listed = draft_input(LIST_PAGE.read_text("utf-8"), name=LIST_PAGE.name).drafts
    single = drafts_of(DATA / "written-answers" / CAPTURED[3].name).drafts[0]  # 2023-09-26
    assert [fact["quote"] for fact in said(listed[1])] == [fact["quote"] for fact in said(single)]
    # The list gives no "answered on" or "(asked on ...)" line to quote: those records are
    # left out, not guessed.
    assert [fact["id"].rsplit("-", 2)[-2:] for fact in listed[1].data["facts"][-2:]] == [
        ["answered", "by"],
        ["26", "question"],
    ]


def test_an_unanswered_question_in_a_list_is_skipped_with_its_reason() -> None:
    text = LIST_PAGE.read_text("utf-8") + (
        "Written Question\nSchools: Neurodiversity\nWednesday 16th July 2025\n"
        "Question to the Department for Education:\n"
        "To ask His Majesty's Government what assessment they have made of interim data.\n"
    )
    result = draft_input(text, name="list.txt")
    assert len(result.drafts) == 4
    (skipped,) = result.skipped
    assert "answer 5" in str(skipped) and "Answered by" in str(skipped)


# --- the Written Questions API ------------------------------------------------------------------


def api(uin: str) -> Drafts:
    return drafts_of(API_DIR / f"{uin}.json")


def test_api_answer_drafts_with_its_page_url_and_dates(tmp_path: Path) -> None:
    result = api("199438")
    assert result.shape == API
    (draft,) = result.drafts
    source = draft.data["source"]
    assert source["url"] == (
        "https://questions-statements.parliament.uk/written-questions/detail/2023-09-13/199438"
    )
    assert (source["asked"], source["answered"]) == (dt.date(2023, 9, 13), dt.date(2023, 9, 26))
    assert source["answered_by"] == {"name": "David Johnston"}
    assert source["department"] == "Department for Education"
    knowledge_file = validate(draft, "")
    values = {figure.value for fact in knowledge_file.facts for figure in fact.figures}
    assert {10_500_000_000, 440_000_000, 59_600_000_000} <= values


def test_api_document_reads_back_as_a_page_with_the_same_facts() -> None:
    (draft,) = api("199438").drafts
    assert draft.document is not None
    (again,) = draft_input(draft.document, name="again.txt").drafts
    assert [f["quote"] for f in again.data["facts"]] == [f["quote"] for f in draft.data["facts"]]


def test_api_answer_drafts_the_same_facts_as_the_captured_page() -> None:
    (draft,) = api("HL7917").drafts
    (page,) = drafts_of(next(path for path in CAPTURED if "ifs-report" in path.name)).drafts
    assert [f["quote"] for f in said(draft)] == [f["quote"] for f in said(page)]
    # The records give the same dates, each quoting its own document ("16 June 2025").
    assert [f.get("figures") for f in draft.data["facts"] if f not in said(draft)] == [
        f.get("figures") for f in page.data["facts"] if f not in said(page)
    ]


def test_api_holding_answer_is_skipped_with_one_line() -> None:
    result = api("HL9542")
    assert result.drafts == ()
    (skipped,) = result.skipped
    assert "holding answer" in str(skipped) and "\n" not in str(skipped)


def test_api_correction_is_drafted_from_the_corrected_text(tmp_path: Path) -> None:
    (draft,) = api("109280").drafts
    assert draft.data["source"]["kind"] == "written answer (corrected)"
    assert any("corrects an earlier" in note for note in draft.notes)
    quotes = " ".join(fact["quote"] for fact in draft.data["facts"])
    assert "£6,000" in quotes and "£10,000" not in quotes
    assert draft.document is not None and "£10,000" not in draft.document
    validate(draft, "")


def test_api_not_held_answer_gives_a_citable_fact() -> None:
    (draft,) = api("905399").drafts
    not_held = draft.data["facts"][0]
    assert not_held["quote"] == "The information requested is not held centrally."
    assert NOT_HELD_TAG in not_held["tags"]
    assert not_held["questions"][0] == (
        "how many pupils are waiting for a place in a special school in each local authority?"
    )
    assert "figures" not in not_held


def test_api_grouped_questions_are_noted() -> None:
    (draft,) = api("HL13548").drafts
    assert any("HL13549" in note for note in draft.notes)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[1, 2]", "not an object"),
        ('{"totalResults": 0, "results": []}', "the reply holds no answers"),
        ('{"results": []}', "the reply holds no answers"),
        ('{"value": []}', "the reply holds no answers"),
        ('{"value": null}', "the reply holds no answers"),
        ('{"results": [{"links": []}]}', "no 'value'"),
    ],
)
def test_json_that_is_not_a_reply_raises_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        draft_input(text, name="reply.json")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("{", "not valid JSON: Expecting property name enclosed in double quotes at line 1"),
        ('{"bad json', "not valid JSON: Unterminated string starting at line 1"),
        ('{"a": "\x01"}', "not valid JSON: Invalid control character at line 1"),
    ],
)
def test_json_that_does_not_parse_is_said_once_with_its_line(text: str, said: str) -> None:
    """`kb build` of a cut-off reply said "Unterminated string starting at at line 1"."""
    with pytest.raises(IngestError) as raised:
        draft_input(text, name="reply.json")
    assert str(raised.value).endswith(said)


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ('{"value": []}', "its 'value' is []"),
        ('{"value": {}}', "its 'value' is {}"),
        ('{"results": []}', "its 'results' list is empty"),
        ('{"totalResults": 0, "results": []}', "its 'results' list is empty (totalResults is 0)"),
    ],
)
def test_an_empty_reply_says_what_the_file_holds(text: str, holds: str) -> None:
    # '{"value": []}' was said to have "totalResults is 0", a field it does not have.
    with pytest.raises(IngestError) as caught:
        draft_input(text, name="reply.json")
    assert str(caught.value) == f"the reply holds no answers: {holds}"


def test_api_value_without_member_names_is_skipped_saying_how_to_fetch_it() -> None:
    text = (
        (API_DIR / "199438.json").read_text("utf-8").replace('"name": "David Johnston"', '"x": 1')
    )
    result = draft_input(text, name="reply.json")
    assert result.drafts == ()
    assert "expandMember=true" in str(result.skipped[0])


def test_html_paragraphs_lists_tables_and_entities_become_lines() -> None:
    html = (
        "<p>Funding is &pound;1&nbsp;billion &amp; rising.</p><ul><li>one</li><li>two</li></ul>"
        "<p>A<br>B</p><table><tr><th>Year</th><th>Places</th></tr>"
        "<tr><td>2023</td><td>1,200</td></tr></table><script>x()</script>"
    )
    assert html_to_lines(html) == [
        "Funding is £1 billion & rising.",
        "",
        "• one",
        "• two",
        "",
        "A",
        "B",
        "",
        "Year | Places",
        "2023 | 1,200",
    ]


def test_citation_of_a_draft_without_a_role_names_the_department(tmp_path: Path) -> None:
    from sendbot.answering.reply import citation

    (draft,) = drafts_of(CAPTURED[0]).drafts
    knowledge_file = validate(draft, CAPTURED[0].read_text("utf-8"))
    assert citation(knowledge_file.source) == (
        "Written answer by Claire Coutinho (Department for Education), 9 January 2023, "
        "to a question asked 19 December 2022"
    )


def test_a_single_page_with_a_written_question_heading_is_still_one_answer() -> None:
    text = "Written Question\n" + CAPTURED[0].read_text("utf-8")
    result = draft_input(text, name="answer.txt")
    assert result.shape == SINGLE
    assert result.drafts[0].data["source"]["title"] == "Special Educational Needs"


def reply_with(*values: dict[str, Any]) -> dict[str, Any]:
    return {"totalResults": len(values), "results": [{"value": value} for value in values]}


def test_one_question_takes_the_newest_of_a_reused_uin_and_says_so() -> None:
    import datetime as dt

    from sendbot.knowledge.wq_api import QuestionRef, one_question

    older = {"uin": "12345", "dateTabled": "2022-05-01T00:00:00", "heading": "old"}
    newer = {"uin": "12345", "dateTabled": "2024-01-31T00:00:00", "heading": "new"}
    payload, note = one_question(reply_with(older, newer), QuestionRef("12345"))
    assert payload["results"][0]["value"]["heading"] == "new"
    assert note is not None and "2 questions have UIN 12345" in note
    dated = QuestionRef("12345", dt.date(2022, 5, 1))
    payload, note = one_question(reply_with(older, newer), dated)
    assert payload["results"][0]["value"]["heading"] == "old" and note is None
    with pytest.raises(IngestError, match="no written question with UIN 999"):
        one_question(reply_with(older), QuestionRef("999"))


@pytest.mark.parametrize(
    ("text", "uin", "tabled"),
    [
        ("hl7917", "HL7917", None),
        ("HL 7917", "HL7917", None),
        ("UIN 12345", "12345", None),  # as the question's page labels it
        ("UIN: HL7917", "HL7917", None),
        (
            "questions-statements.parliament.uk/written-questions/detail/2024-01-31/HL7917",
            "HL7917",
            dt.date(2024, 1, 31),
        ),
        (
            "https://questions-statements.parliament.uk/written-questions/detail/2024-01-31/12345",
            "12345",
            dt.date(2024, 1, 31),
        ),
        (
            "https://questions-statements-api.parliament.uk/api/writtenquestions/questions?uIN=9",
            "9",
            None,
        ),
        (
            "https://parallelparliament.co.uk/question/HL7917/special-educational-needs",
            "HL7917",
            None,
        ),
    ],
)
def test_question_ref_reads_uins_and_page_urls(text: str, uin: str, tabled: dt.date | None) -> None:
    from sendbot.knowledge.wq_api import QuestionRef, question_ref

    assert question_ref(text) == QuestionRef(uin, tabled)


@pytest.mark.parametrize(
    "text", ["abc", "12 34", "HL 79 17", "https://example.com/page", "ftp://x/1", "UIN", "UINX 5"]
)
def test_question_ref_refuses_anything_else(text: str) -> None:
    from sendbot.knowledge.wq_api import question_ref

    with pytest.raises(ValueError, match="is not a UIN"):
        question_ref(text)


@pytest.mark.parametrize("text", ["", "   "])
def test_question_ref_of_nothing_asks_for_one(text: str) -> None:
    # /kb ingest answer:"   " said "'' is not a UIN", quoting nothing back.
    from sendbot.knowledge.wq_api import question_ref

    with pytest.raises(ValueError, match=r"^no UIN given: give one .*or its page URL$"):
        question_ref(text)


@pytest.mark.parametrize(
    ("answer", "holding"),
    [
        ("I will reply to the hon. Member as soon as possible.", True),
        ("My noble friend will write to the noble Lord as soon as practicable.", True),
        ("I will reply to my hon. Friend shortly.", True),
        ("The government will respond to the consultation in due course.", False),
        ("Over 50,000 more pupils are placed in special schools compared to 2017.", False),
    ],
)
def test_holding_answers_are_the_promise_to_reply(answer: str, holding: bool) -> None:
    from sendbot.knowledge.answer_kinds import holding_reason

    assert (holding_reason(answer) is not None) is holding


@pytest.mark.parametrize(
    ("sentence", "not_held"),
    [
        ("The information requested is not held centrally.", True),
        ("The department does not hold information on waiting times.", True),
        ("The department does not have data on the number of places.", True),
        ("Data on home education is not collected.", True),
        ("Schools do not have to publish information about it.", False),
        ("The department has invested £2.6 billion.", False),
    ],
)
def test_not_held_sentences(sentence: str, not_held: bool) -> None:
    from sendbot.knowledge.answer_kinds import not_held_spans

    assert bool(not_held_spans(sentence)) is not_held


def test_a_day_and_month_without_a_year_is_no_count_to_ask_how_many_of() -> None:
    # "In the Spending Review on 11 June, we confirmed that the Core Schools Budget, which
    # ..., will rise to £69.5 billion" was drafted with the figure 11 of "June", the question
    # "how many June?", and a fact of its first words alone ("... the Core Schools Budget.").
    (draft,) = api("HL7917").drafts
    facts = draft.data["facts"]
    assert not [f for f in facts if f["statement"].endswith("the Core Schools Budget.")]
    assert not [q for f in facts for q in f["questions"] if "june" in q.lower()]
    assert not [g for f in facts for g in f.get("figures", []) if g["value"] == 11]
    (rise,) = [f for f in facts if "£69.5 billion" in f["statement"]]
    assert [g["value"] for g in rise["figures"]] == [69500000000, "2028/29"]
    validate(draft, (API_DIR / "HL7917.json").read_text(encoding="utf-8"))
