"""A drafted knowledge file under review: keep, edit or drop each fact, then the file to save.

Pure. The reviewer sees the draft's facts one by one; `DraftReview` records the decisions and
`knowledge_file` gives the YAML text and the document to save for the facts kept.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sendbot.knowledge.drafts import Draft
from sendbot.knowledge.figures import unbacked_figures
from sendbot.knowledge.parse import SLUG, has_words, text_problems
from sendbot.knowledge.periods import PERIOD_FORMS, parse_period
from sendbot.knowledge.verbatim import question_key
from sendbot.knowledge.yamlwrite import dump_yaml

MAX_STATEMENT = 300
MAX_QUESTION = 200
MAX_QUESTIONS = 20
HEADER = "# Added with /kb ingest from {name}, reviewed fact by fact.\n"


class Decision(Enum):
    UNDECIDED = "undecided"
    KEEP = "keep"
    DROP = "drop"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """What to save: the knowledge file's name and text, and its document's name and bytes."""

    file_name: str
    text: str
    document_name: str
    document: bytes
    fact_count: int


@dataclass
class DraftReview:
    """The decisions so far on one draft. `facts` are the drafted facts, edited in place."""

    draft: Draft
    origin: str  # the uploaded file's name, or the UIN
    facts: list[dict[str, Any]]
    decisions: list[Decision] = field(default_factory=list)
    position: int = 0  # the fact being reviewed; len(facts) when all are decided
    # The knowledge base's questions (as `question_key` folds them) and the fact of each:
    # `kb check` refuses a question under two facts, so Save would refuse the whole file.
    taken_questions: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        draft: Draft,
        origin: str,
        taken_ids: AbstractSet[str],
        taken_questions: Mapping[str, str] | None = None,
    ) -> DraftReview:
        """Start a review; fact ids already in the knowledge base get a numbered suffix, and
        a drafted question another fact has is left out where the fact has others."""
        facts = copy.deepcopy(list(draft.data["facts"]))
        used = set(taken_ids)
        taken = dict(taken_questions or {})
        for fact in facts:
            fact_id, number = fact["id"], 2
            while fact_id in used:
                fact_id, number = f"{fact['id']}-{number}", number + 1
            fact["id"] = fact_id
            used.add(fact_id)
            free = [q for q in fact.get("questions", ()) if question_key(q) not in taken]
            if free:
                fact["questions"] = free
        return cls(draft, origin, facts, [Decision.UNDECIDED] * len(facts), taken_questions=taken)

    @property
    def done(self) -> bool:
        return self.position >= len(self.facts)

    @property
    def kept(self) -> int:
        return self.decisions.count(Decision.KEEP)

    @property
    def current(self) -> dict[str, Any]:
        return self.facts[self.position]

    def decide(self, decision: Decision) -> None:
        if not self.done:
            self.decisions[self.position] = decision
            self.position += 1

    def edit(
        self,
        statement: str,
        questions: list[str],
        *,
        measure: str | None = None,
        period: str | None = None,
    ) -> str | None:
        """Change the current fact's statement and questions (and its measure key and period,
        when given: empty takes them out) and keep it; or say what is wrong (then nothing
        changes). The quote is the source's words and is never edited here."""
        if self.done:
            return "every fact has been decided"
        statement = " ".join(statement.split())
        questions = [" ".join(question.split()) for question in questions if question.strip()]
        problem = (
            edit_problem(self.current["quote"], statement, questions)
            or self._question_of_another_fact(questions)
            or measure_problem(self.current, measure, period)
        )
        if problem:
            return problem
        self.current["statement"] = statement
        self.current["questions"] = list(dict.fromkeys(questions))
        for field_name, value in (("measure", measure), ("period", period)):
            if value is not None:
                self.current.pop(field_name, None)
                if value.strip():
                    self.current[field_name] = value.strip()
        self.decide(Decision.KEEP)
        return None

    def _question_of_another_fact(self, questions: list[str]) -> str | None:
        """A question the knowledge base, or another drafted fact of this answer not dropped,
        already has: refused now, as Save would refuse it where the review cannot go back."""
        others = dict(self.taken_questions)
        for fact, decision in zip(self.facts, self.decisions, strict=True):
            if fact is not self.current and decision is not Decision.DROP:
                others.update((question_key(q), fact["id"]) for q in fact.get("questions", ()))
        for question in questions:
            owner = others.get(question_key(question))
            if owner is not None:
                shown = repr(question[:60])
                return f"fact {owner} already has the question {shown}: keep it under one fact"
        return None

    def source_file(self, raw: bytes) -> SourceFile:
        """The knowledge file of the kept facts; `raw` is the uploaded bytes (the document when
        the draft's document is the input itself)."""
        data = dict(self.draft.data)
        source = dict(data["source"])
        document_name = f"{source['id']}.txt"
        source["document"] = f"sources/{document_name}"
        data["source"] = source
        data["facts"] = [
            fact for fact, decision in zip(self.facts, self.decisions, strict=True)
            if decision is Decision.KEEP
        ]  # fmt: skip
        document = raw if self.draft.document is None else self.draft.document.encode("utf-8")
        text = HEADER.format(name=self.origin) + dump_yaml(data)
        return SourceFile(f"{source['id']}.yaml", text, document_name, document, self.kept)


def measure_problem(fact: dict[str, Any], measure: str | None, period: str | None) -> str | None:
    """What is wrong with an edited measure key or period, as `kb check` would say it."""
    measure = (measure or "").strip()
    period = (period or "").strip()
    if measure and not SLUG.match(measure):
        return f"the measure {measure!r} is not lowercase words joined by hyphens"
    if measure and not any(figure["kind"] != "date" for figure in fact.get("figures", ())):
        return "a measure needs a figure that is not a date to report"
    if period and parse_period(period) is None:
        return f"the period {period!r} is not one like {PERIOD_FORMS}"
    return None


def edit_problem(quote: str, statement: str, questions: list[str]) -> str | None:
    """What is wrong with an edited statement and questions, as the knowledge file rules say."""
    if not statement:
        return "the statement is empty"
    if len(statement) > MAX_STATEMENT:
        return f"the statement is over {MAX_STATEMENT} characters"
    unbacked = unbacked_figures(statement, quote)
    if unbacked:
        shown = ", ".join(repr(figure.text.strip()) for figure in unbacked)
        return f"the statement has figures that are not in the quote: {shown}"
    # Checked here as the file's check would at Save: by then the fact is behind the
    # moderator, and a review cannot go back to it.
    problems = text_problems(statement)
    if problems:
        return f"the statement {problems[0]}"
    if not questions:
        return "give at least one question"
    if len(questions) > MAX_QUESTIONS:
        return f"at most {MAX_QUESTIONS} questions"
    long = [question for question in questions if len(question) > MAX_QUESTION]
    if long:
        return f"a question is over {MAX_QUESTION} characters: {long[0][:40]!r}..."
    problems = [problem for question in questions for problem in text_problems(question)]
    if problems:
        return f"a question {problems[0]}"
    wordless = [question for question in questions if not has_words(question)]
    if wordless:
        return f"the question {wordless[0][:40]!r} has no words (letters or digits) to match"
    return None
