"""The UK Parliament Written Questions API's JSON -> written answers and their documents.

Pure. `/api/writtenquestions/questions?uIN=...&expandMember=true` answers
`{"totalResults": N, "results": [{"value": {...}, "links": [...]}]}`; one question by id
answers `{"value": {...}, "links": [...]}`. Both are read. The answer's HTML becomes text with
`html_to_lines`, and each answer's document is written in the shape of a copied answer page
(title, asked on, "Question to ...:", question, "Answered by", name, answered on, answer), so
quotes are verbatim in it and `kb build` reads it back the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sendbot.knowledge.html_text import html_to_lines
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.ingest import IngestError, Line, WrittenAnswer, answer_passages
from sendbot.knowledge.model import Speaker

PAGE_URL = "https://questions-statements.parliament.uk/written-questions/detail/{tabled}/{uin}"
CORRECTED_KIND = "written answer (corrected)"


@dataclass(frozen=True, slots=True)
class ApiAnswer:
    """The fields of one API `value` that a draft needs, checked."""

    uin: str
    house: str
    heading: str
    question: str
    department: str
    tabled: dt.date
    answered: dt.date | None
    answerer: str | None
    answer_html: str
    holding: bool
    correction: bool
    grouped: tuple[str, ...]
    attachments: int

    @property
    def label(self) -> str:
        return f"{self.uin} ({self.heading!r})"

    @property
    def url(self) -> str:
        return PAGE_URL.format(tabled=self.tabled.isoformat(), uin=self.uin)

    @property
    def kind(self) -> str | None:
        return CORRECTED_KIND if self.correction else None


def api_values(payload: object) -> list[Mapping[str, Any]]:
    """The question values in a search result or a single-question response."""
    if isinstance(payload, Mapping):
        if isinstance(payload.get("results"), list):
            items: list[object] = payload["results"]
        elif payload.get("value") in ([], {}, None) and "value" in payload:
            # '{"value": []}': an empty search written the other way round, not a broken result.
            items = []
        elif "value" in payload:
            items = [payload]
        else:
            raise IngestError(
                "JSON has neither 'results' nor 'value': not a Written Questions reply"
            )
    else:
        raise IngestError("JSON is not an object: not a Written Questions API reply")
    values = [item.get("value") if isinstance(item, Mapping) else None for item in items]
    if any(not isinstance(value, Mapping) for value in values):
        raise IngestError("a result has no 'value' object")
    if not values:
        raise IngestError(f"the reply holds no answers: {_empty(payload)}")
    return values  # type: ignore[return-value]


def _empty(payload: Mapping[str, Any]) -> str:
    """What an empty reply holds, in its own fields: '{"value": []}' has no totalResults to
    quote, and saying "totalResults is 0" of it sent people looking for one."""
    if "results" not in payload:
        return f"its 'value' is {_json_text(payload.get('value'))}"
    total = payload.get("totalResults")
    if total is None:
        return "its 'results' list is empty"
    return f"its 'results' list is empty (totalResults is {_json_text(total)})"


def _json_text(value: object) -> str:
    """A JSON value as the file writes it: [] {} null 0."""
    return json.dumps(value)


def api_answer(value: Mapping[str, Any]) -> ApiAnswer:
    """Check and read one value; IngestError naming the field that is missing or malformed."""
    member = value.get("answeringMember")
    answerer = member.get("name") if isinstance(member, Mapping) else None
    grouped = value.get("groupedQuestions") or []
    attachments = value.get("attachmentCount") or 0
    return ApiAnswer(
        uin=_text(value, "uin"),
        house=str(value.get("house") or ""),
        heading=_text(value, "heading"),
        question=_text(value, "questionText"),
        department=_text(value, "answeringBodyName"),
        tabled=_date(value, "dateTabled"),
        answered=_date(value, "dateAnswered") if value.get("dateAnswered") else None,
        answerer=answerer.strip() if isinstance(answerer, str) and answerer.strip() else None,
        answer_html=str(value.get("answerText") or ""),
        holding=value.get("answerIsHolding") is True,
        correction=value.get("answerIsCorrection") is True,
        grouped=tuple(str(uin) for uin in grouped) if isinstance(grouped, list) else (),
        attachments=attachments if isinstance(attachments, int) else 0,
    )


def not_draftable(answer: ApiAnswer) -> str | None:
    """Why this question gives nothing to draft, in one line, or None."""
    if answer.holding:
        return "holding answer: the department has said it will reply; no figures to cite yet"
    if answer.answered is None or not html_to_lines(answer.answer_html):
        return "not answered yet"
    if answer.answerer is None:
        return "no answering member's name: fetch it with expandMember=true"
    return None


def written_answer(answer: ApiAnswer) -> tuple[WrittenAnswer, str]:
    """The answer and its document text, in the shape of a copied answer page."""
    if answer.answered is None or answer.answerer is None:
        raise IngestError(not_draftable(answer) or "not answered yet")
    body = html_to_lines(answer.answer_html)
    document = "\n".join(
        [
            answer.heading,
            "",
            f"(asked on {human_date(answer.tabled)})",
            "",
            f"Question to the {answer.department.removeprefix('the ')}:",
            "",
            " ".join(answer.question.split()),
            "",
            "Answered by",
            answer.answerer,
            f"This question was answered on {human_date(answer.answered)}",
            "",
            *body,
            "",
        ]
    )
    parsed = WrittenAnswer(
        title=answer.heading,
        department=answer.department.removeprefix("the "),
        question=" ".join(answer.question.split()),
        asked=answer.tabled,
        answered=answer.answered,
        answered_by=Speaker(name=answer.answerer),  # the API has no office held then
        passages=tuple(answer_passages([Line(line) for line in body])),
        notes=_notes(answer),
    )
    return parsed, document


def _notes(answer: ApiAnswer) -> tuple[str, ...]:
    notes: list[str] = []
    if answer.correction:
        notes.append(
            "this answer corrects an earlier one: facts are drafted from the corrected text "
            "and the source's kind says so; the original text is not quoted"
        )
    if answer.grouped:
        notes.append(f"answered together with question(s) {', '.join(answer.grouped)}")
    if answer.attachments:
        notes.append(
            f"the answer has {answer.attachments} attachment(s), not included here: "
            "check them for figures"
        )
    return tuple(notes)


def _text(value: Mapping[str, Any], key: str) -> str:
    text = value.get(key)
    if isinstance(text, int) and not isinstance(text, bool):
        text = str(text)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"the question has no {key!r}")
    return text.strip()


def _date(value: Mapping[str, Any], key: str) -> dt.date:
    text = value.get(key)
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        raise IngestError(f"{key} {text!r} is not a date like 2024-02-08T00:00:00") from None


# --- which question: a UIN or a page URL ---------------------------------------------------

_UIN = re.compile(r"^(?:HL)?\d{1,8}$", re.IGNORECASE)
_HL_SPACED = re.compile(r"^HL[\s-]+(?=\d)", re.IGNORECASE)
# "UIN 12345" as the question's page labels it, copied with the number.
_UIN_LABEL = re.compile(r"^UIN[\s:#]*(?=(?:HL)?[\s-]*\d)", re.IGNORECASE)
# A page address typed or copied without its scheme: questions-statements.parliament.uk/...
_NO_SCHEME = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+/", re.IGNORECASE)
_DETAIL_PATH = re.compile(r"/written-questions/detail/(?P<date>\d{4}-\d{2}-\d{2})/(?P<uin>[^/]+)")
_QUESTION_PATH = re.compile(r"/question/(?P<uin>[^/]+)")


@dataclass(frozen=True, slots=True)
class QuestionRef:
    """A question to fetch: its UIN and, when a page URL gave it, the date it was tabled."""

    uin: str
    tabled: dt.date | None = None


def question_ref(text: str) -> QuestionRef:
    """'12345', 'HL7917', or a question's page URL (Parliament's, the API's, Parallel
    Parliament's) -> which question; ValueError saying what was expected."""
    text = text.strip()
    if not text:
        raise ValueError("no UIN given: give one (like 12345 or HL7917) or its page URL")
    if _UIN.match(uin := _HL_SPACED.sub("HL", _UIN_LABEL.sub("", text))):  # "HL 7917" too
        return QuestionRef(uin.upper())
    url = urlsplit(f"https://{text}" if _NO_SCHEME.match(text) else text)
    if url.scheme in ("http", "https") and url.netloc:
        detail = _DETAIL_PATH.search(url.path)
        uins = parse_qs(url.query).get("uIN") or parse_qs(url.query).get("uin")
        question = _QUESTION_PATH.search(url.path)
        if detail and _UIN.match(detail["uin"]):
            return QuestionRef(detail["uin"].upper(), dt.date.fromisoformat(detail["date"]))
        if uins and _UIN.match(uins[0]):
            return QuestionRef(uins[0].upper())
        if question and _UIN.match(question["uin"]):
            return QuestionRef(question["uin"].upper())
    raise ValueError(
        f"{text[:80]!r} is not a UIN (like 12345 or HL7917) or a written question's page URL"
    )


def one_question(payload: object, ref: QuestionRef) -> tuple[dict[str, Any], str | None]:
    """The reply narrowed to the question `ref` names (the most recently tabled one when a
    UIN was reused in another session), and a line saying so when there was a choice."""
    values = [
        value
        for value in api_values(payload)
        if str(value.get("uin", "")).upper() == ref.uin
        and (ref.tabled is None or str(value.get("dateTabled", ""))[:10] == ref.tabled.isoformat())
    ]
    if not values:
        raise IngestError(f"no written question with UIN {ref.uin} in the reply")
    values.sort(key=lambda value: str(value.get("dateTabled", "")), reverse=True)
    chosen = values[0]
    note = None
    if len(values) > 1:
        note = (
            f"{len(values)} questions have UIN {ref.uin}; taking the one tabled on "
            f"{str(chosen.get('dateTabled', ''))[:10]} (give its page URL to choose another)"
        )
    return {"totalResults": 1, "results": [{"value": chosen}]}, note
