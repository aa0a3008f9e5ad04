"""Split a passage of an answer into claims: the units a drafted fact is about.

A claim is a sentence, or a part of one where a sentence states separate figures ("opened 15
schools, which creates over 1,500 places"). Pure text work; every claim's quote is an exact
slice of the passage, so it stays verbatim in the source document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sendbot.knowledge.figures import extract_figures, is_day_of_a_month
from sendbot.knowledge.model import FigureKind

MAX_QUOTE = 1000  # the knowledge file limit for a quote

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = {"hon", "mr", "mrs", "ms", "dr", "st", "no", "rt", "e.g", "i.e", "etc", "cf", "vs"}
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+(?=[\"'\u2018\u201c(£]?[A-Z0-9])")
_RELATIVE = re.compile(r",?\s+(?=(?:which|who)\s)")
_SEMICOLON = re.compile(r"\s*;\s+")
_COORDINATE = re.compile(r",?\s+(?=(?:and|but)\s)")
# A clause has a finite verb; these words (or a lower-case past tense) are the cheap sign of one.
_FINITE_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|shall|should|must|"
    r"does|do|did)\b|\b[a-z]{2,}ed\b"
)
_CLAUSE_STOP = re.compile(r"[,;:.]")
# ", an increase of over 60% from the 2019/20 allocations": a second figure, of another measure.
_APPOSED_CHANGE = re.compile(
    r",\s+(?=(?:an?|the)\s+(?:increase|rise|reduction|fall|decrease|cut|uplift)\s+of\s)",
    re.IGNORECASE,
)
_FIRST_COMMA = re.compile(r",\s+")
# "This is an increase of 10.6%": a sentence restating, as a share or a size, the change the
# sentence before it states; by itself it does not say what rose.
RESTATES_CHANGE = re.compile(
    r"(?:This|That|It|Which)\s+(?:is|was|will be|would be|represents|amounts to)\s+"
    r"(?:an?\s+)?(?:further\s+)?(?:increase|rise|reduction|fall|decrease|cut|uplift)\b",
    re.IGNORECASE,
)
_WORDS_TO_VERB = 6  # how far after "and" the verb of a new clause may be


@dataclass(frozen=True, slots=True)
class Claim:
    """One thing an answer says. Offsets are into `quote`.

    The claim is about `quote[focus_start:focus_end]` (its own figures are there); the text
    before the focus is the start of its sentence, which gives it a subject and a date, and
    the core (`quote[:core_end]`, what its statement says) runs on through the figure-free
    sentences that elaborate it ("This extra funding will help ..."), up to one that says a
    thing of its own (a claim itself): the quote goes on through those as context.
    """

    quote: str
    focus_start: int
    focus_end: int
    core_end: int
    # Where the clause the claim reports starts, after an opening phrase with a figure of its
    # own and no verb ("Within the total 2024/25 budget for schools of £59.6 billion, ..."):
    # that phrase is no statement by itself, so it stays in the claim, its figures second.
    clause_start: int = 0

    @property
    def focus(self) -> str:
        return self.quote[self.focus_start : self.focus_end]

    @property
    def core(self) -> str:
        return self.quote[: self.core_end]


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    clause_start: int | None = None  # after an opening phrase kept in the span


def claims_in(passage: str) -> list[Claim]:
    """The claims of one paragraph or bullet, in reading order.

    A sentence with figures becomes one claim per part that holds figures of its own (see
    `clause_parts`); a sentence without figures elaborates the claim before it, or is a claim
    of its own when it opens the passage. A closing figure-free "...the following:" is dropped.
    """
    sentences = sentence_spans(passage)
    if sentences and _is_lead_in(passage[sentences[-1].start : sentences[-1].end]):
        sentences.pop()
    # (quote start, focus, quote end, end of what its statement says)
    drafts: list[tuple[int, _Span, int, int]] = []
    for before, sentence in zip([None, *sentences], sentences, strict=False):
        text = passage[sentence.start : sentence.end]
        if drafts and before is not None and not _figures_outside_links(text):
            # Every claim quoted up to the sentence before is quoted on through this one: a
            # sentence of its own before ("Further information ... is available ...") does
            # not take the elaboration ("This evaluation will ...") from the claim it follows.
            alone = stands_alone(text)
            quoted_on = [
                at
                for at, (start, _, end, _) in enumerate(drafts)
                if end == before.end and sentence.end - start <= MAX_QUOTE
            ]
            for at in quoted_on:
                start, focus, end, said = drafts[at]
                # Its statement says an elaboration ("This extra funding will help ..."), not
                # a sentence of its own, nor anything after one.
                said = sentence.end if said == end and not alone else said
                drafts[at] = (start, focus, sentence.end, said)
            if quoted_on and not alone:
                continue
            # A sentence with its own subject ("The number of specialist placements overall
            # is expected to continue to increase") says a thing of its own: quoted with the
            # claim before it, as context, and a claim itself, so that a question about it
            # finds a fact whose statement says it.
        for part in clause_parts(passage, sentence):
            start = sentence.start
            if before is not None and part.start == sentence.start and RESTATES_CHANGE.match(text):
                # "This is an increase of 10.6%" is quoted with the sentence saying what rose.
                start = before.start
            drafts.append((start, part, part.end, part.end))
    return [_claim(passage, *draft) for draft in drafts]


# A sentence opening with one of these words is about what the sentence before said: "This
# is published at: ...", "This evaluation will explore ..." (which evaluation? the one before);
# "We are working at pace ..." is the department going on about it (a fact of its own, it took
# the questions of a newer answer's plans: the drafted base's wrong count rose by 21).
_REFERRING = {
    "it", "its", "they", "their", "them", "he", "she", "his", "her", "such", "which",
    "this", "that", "these", "those", "we", "our", "i",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z']+")
_STANDALONE_WORDS = 5  # "This is welcome." is no statement of its own


def stands_alone(sentence: str) -> bool:
    """Whether a sentence without figures states something by itself: it has a verb, a few
    words, and a subject of its own, not a pronoun or "this" standing for the sentence before."""
    words = [word.lower() for word in _WORD.findall(sentence)]
    if len(words) < _STANDALONE_WORDS or not _FINITE_VERB.search(sentence):
        return False
    return words[0] not in _REFERRING


# "This is published at: https://www.gov.uk/.../academic-year-2023-to-2024": the link's
# digits are no figures the sentence states.
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def _figures_outside_links(sentence: str) -> bool:
    return bool(extract_figures(_LINK.sub(" ", sentence)))


def whole_claim(text: str) -> Claim:
    """A claim of the whole text (one or more sentences kept together)."""
    end = _fit_quote(text, 0, len(text.rstrip()))
    return Claim(quote=text[:end], focus_start=0, focus_end=end, core_end=end)


def sentence_spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    start = _skip_space(text, 0)
    for match in _SENTENCE_BREAK.finditer(text):
        if _ends_with_abbreviation(text[start : match.start()]):
            continue
        end = match.start() + len(match.group().rstrip())
        spans.append(_Span(start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_Span(start, len(text.rstrip())))
    return spans


def clause_parts(text: str, sentence: _Span) -> list[_Span]:
    """Split a sentence where each side states figures of its own, else keep it whole.

    The boundaries tried are a semicolon, a relative clause (", which" / ", who") and "and" /
    "but" that starts a new clause (a verb follows within a few words). A boundary is taken
    only when the text since the last one has figures and figures remain after it; before a
    relative clause or "and", the sentence so far must also stand alone (have a verb), so
    "Backed by £10.5 billion in 2024/25, which is ..." is kept whole. An opening phrase with
    figures of its own and no verb is never a part by itself: it stays with the clause it opens.
    """
    parts: list[_Span] = []
    start = sentence.start
    clause_start = None
    introduction = _introduction_end(text, sentence)
    for cut, resume, needs_verb in _boundaries(text, sentence, introduction):
        if (
            _claims_figures(text, start, cut)
            and _claims_figures(text, resume, sentence.end)
            and (not needs_verb or _FINITE_VERB.search(text[sentence.start : cut]))
        ):
            if introduction is not None and cut == introduction[0]:
                # Cut off, the opening phrase would be a fact of no statement; it stays
                # with the clause it opens, which the claim reports.
                clause_start = resume
                continue
            parts.append(_Span(start, cut, clause_start))
            start, clause_start = resume, None
    parts.append(_Span(start, sentence.end, clause_start))
    return parts


def _claims_figures(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] gives a figure of its own: the day of "on 11 June" is none."""
    part = text[start:end]
    return any(not is_day_of_a_month(part, figure) for figure in extract_figures(part))


def _boundaries(
    text: str, sentence: _Span, introduction: tuple[int, int] | None
) -> list[tuple[int, int, bool]]:
    """(end of the part before, start of the part after, whether the part before needs a
    verb) for each candidate boundary, in order; `introduction` is where an opening phrase
    ends (`_introduction_end`), if one does."""
    found: list[tuple[int, int, bool]] = []
    if introduction is not None:
        found.append((*introduction, False))
    for pattern in (_SEMICOLON, _RELATIVE, _COORDINATE, _APPOSED_CHANGE):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if pattern is _COORDINATE and not _starts_clause(text[match.end() : sentence.end]):
                continue
            found.append((match.start(), match.end(), pattern is not _SEMICOLON))
    return sorted(found)


def _introduction_end(text: str, sentence: _Span) -> tuple[int, int] | None:
    """Where an opening phrase with a figure of its own and no verb ends, when a clause with
    its own verb follows: "Within the total 2024/25 budget for schools of £59.6 billion, [high
    needs funding will be increasing by ...]" states two measures. A date alone ("In March
    2023, ...") is the clause's date, not a figure of its own."""
    comma = _FIRST_COMMA.search(text, sentence.start, sentence.end)
    if comma is None:
        return None
    opening = text[sentence.start : comma.start()]
    if _FINITE_VERB.search(opening) or not any(
        figure.kind is not FigureKind.DATE for figure in extract_figures(opening)
    ):
        return None
    head = _CLAUSE_STOP.split(text[comma.end() : sentence.end], maxsplit=1)[0]
    if _RELATIVE.match(" " + head):
        return None  # "Backed by £10.5 billion, which is ...": the phrase is what it is of
    if not _FINITE_VERB.search(" ".join(head.split()[:_WORDS_TO_VERB])):
        return None
    return comma.start(), comma.end()


def _starts_clause(text: str) -> bool:
    """Whether "and ..." / "but ..." begins a clause with its own verb, not a list item."""
    head = _CLAUSE_STOP.split(text, maxsplit=1)[0]
    words = head.split()[1 : 1 + _WORDS_TO_VERB]  # after the conjunction itself
    return bool(_FINITE_VERB.search(" ".join(words)))


def _is_lead_in(sentence: str) -> bool:
    return sentence.rstrip().endswith(":") and not extract_figures(sentence)


def _ends_with_abbreviation(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    last = words[-1].lower()
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _claim(passage: str, start: int, focus: _Span, end: int, said: int) -> Claim:
    if focus.end - start > MAX_QUOTE:
        # Quoted from its sentence's start, a part late in a long sentence would be cut off
        # the quote, leaving a claim with no words of its own: quote the part alone.
        start = focus.start
    end = _fit_quote(passage, start, end)
    return Claim(
        quote=passage[start:end],
        focus_start=focus.start - start,
        focus_end=min(focus.end, end) - start,
        core_end=min(max(said, focus.end), end) - start,
        clause_start=max(focus.clause_start - start, 0) if focus.clause_start else 0,
    )


def _fit_quote(passage: str, start: int, end: int) -> int:
    """Cut an over-long quote at the last word boundary within the limit (still verbatim)."""
    if end - start <= MAX_QUOTE:
        return end
    cut = passage.rfind(" ", start, start + MAX_QUOTE)
    return cut if cut > start else start + MAX_QUOTE
