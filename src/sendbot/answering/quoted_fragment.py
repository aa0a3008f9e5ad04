"""A short verbatim piece of a quote, to show a figure beside the answer in quotation marks:
"over £10.5 billion in 2024/25", not the figure written anew, so the reader can check every
number a reply states against words the source said. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.reply import display_quote
from sendbot.knowledge.figures import FoundFigure, extract_figures, same_figure
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.periods import period_label

# Where a clause ends: a comma, colon, semicolon or full stop before a space, a bracket, a dash.
_CLAUSE_END = re.compile(r"[,;:.](?=\s)|[()]|\s[\u2014\u2013-]\s")
_SENTENCE_END = re.compile(r"[.;:](?=\s)")
# A clause's words are taken whole when this few lie beyond the figure (and its period).
_WORDS_BEFORE = 4
_WORDS_AFTER = 6
# Else this many words after it at most, for what it counts ("15 new special schools"),
# not ending on a word that leads on ("to", "and").
_WORDS_ON = 4
_LEADS_ON = frozenset(
    "a an and are across as be better by for from has have in is its of on or that the their"
    " to we which will with".split()
)
# Words that start a phrase of their own, so a piece may end before them.
_PHRASE_STARTS = _LEADS_ON | frozenset(
    "across at between but during including into over per since through under until up"
    " where when who within".split()
)
# A verb's particle, which leads on at a piece's end: "made up" (of 32 local authorities).
_PARTICLES = frozenset({"up", "out"})
# The most words a piece goes on past its cut to end where a phrase does.
_PHRASE_REACH = 5
# Words that say what a figure is compared with ("over 50,000 more pupils placed in special
# schools compared to 2017"): without them the figure is no claim the source made, so a piece
# reaches on to the clause's end when they are in it, this few words past the figure at most.
_COMPARED = re.compile(r"\b(?:compared|than|since)\b", re.IGNORECASE)
_COMPARED_REACH = 12
# The figure and the period it is for are shown together when this few words part them.
_PERIOD_REACH = 16
# Words right before a figure that change what it means ("a further 76 special free schools"
# are in addition to others): a piece starting at the figure starts at them. The figure's own
# qualifiers ("over", "up to") are part of it already (`sendbot.knowledge.figures`).
_KEPT_BEFORE = re.compile(
    r"\b(?:(?:an?\s+)?(?:further|additional|extra|new)(?:\s+(?:increase|rise)\s+of)?"
    r"|(?:an?\s+)?(?:increase|rise)\s+of|another|more|in\s+excess\s+of"
    # a length of time: "10 years" alone is no claim the quote makes
    r"|(?:(?:in|over|during|within|for)\s+)?the\s+(?:past|last|next|previous|coming))\s+$",
    re.IGNORECASE,
)
# A verb without its subject, which reads badly at a piece's start ("is over £12 billion").
_BARE_VERBS = frozenset(
    "is are was were will would has have had can could may might should shall must be been".split()
)
# A participle and "by" ("Backed by over £10.5 billion", whose subject comes after the
# piece): no more a phrase of its own than a bare verb.
_PARTICIPLE_BY = re.compile(r"^[A-Za-z]+ed$")
# Words that point back at what comes before them in the sentence ("which creates over 1,500
# new places", "with 23 inspection reports published"): a piece starting with one starts
# mid-sentence, as an ellipsis says.
_POINTS_BACK = frozenset(
    "which who whom whose that with and but or nor while whereas so including".split()
)
# The most words of a quote's opening shown for an earlier answer.
OPENING_WORDS = 30
ELLIPSIS = "…"


def quoted_figure(fact: Fact) -> FoundFigure | None:
    """The fact's measured figure where its quote (as shown) writes it, or None."""
    figure = fact.measured
    if figure is None:
        return None
    for found in extract_figures(display_quote(fact.quote)):
        if found.kind is figure.kind and same_figure((figure.kind, figure.value), found):
            return found
    return None


def figure_fragment(fact: Fact) -> str | None:
    """The words of the fact's quote around its measured figure: with the period it is for
    when the same sentence says it near by, and the rest of a short clause ("In March 2023,
    the department approved 33 new special free schools"). None when the quote does not write
    the figure."""
    figure = quoted_figure(fact)
    return None if figure is None else fragment_around(fact, figure)


def fragment_around(fact: Fact, figure: FoundFigure) -> str:
    """`figure_fragment` of a figure `quoted_figure` already found in the fact's quote."""
    quote = display_quote(fact.quote)
    start, end = figure.start, figure.end
    period = _period_near(quote, figure, fact.period)
    if period is not None and _period_starts_alone(quote, period, figure):
        # "2024/25, which is an increase ... of 60%" reads as neither a phrase nor a sentence;
        # the period is said apart ('"…", for 2024/25').
        period = None
    if period is not None:
        start, end = min(start, period.start), max(end, period.end)
    start = _kept_before(quote, _reach_back(quote, start))
    end = _reach_on(quote, end)
    piece = quote[start:end].strip(" ,;:").removesuffix(".")
    first = piece.split(" ", 1)[0]
    return f"{ELLIPSIS}{piece}" if first in _POINTS_BACK else piece


def period_said_apart(fact: Fact, fragment: str) -> str | None:
    """The fact's period as a reader writes it ("2023/24", "March 2023"), when its quote
    names the period but the piece shown of it does not: "£10.1 billion next year" is for
    the 2023/24 the quote's first sentence names, which a reader of the piece alone cannot
    tell. None when the piece names it, or the quote does not (a period only the curator
    wrote is no figure the source said)."""
    if fact.period is None or names_period(fragment, fact.period):
        return None
    return period_label(fact.period) if names_period(fact.quote, fact.period) else None


def names_period(text: str, period: str) -> bool:
    """Whether `text` writes the period ("2023/24", "2023-03" as "March 2023")."""
    return any(
        found.kind is FigureKind.DATE and str(found.value) == period
        for found in extract_figures(display_quote(text))
    )


def opening_fragment(fact: Fact) -> str:
    """The quote's first words, cut after OPENING_WORDS with an ellipsis: what an earlier
    answer said, in its own words."""
    quote = display_quote(fact.quote)
    sentence = _SENTENCE_END.search(quote)
    first = quote[: sentence.start()] if sentence else quote.rstrip(".")
    said = first.split(" ")
    if len(said) <= OPENING_WORDS:
        return first
    return " ".join(said[:OPENING_WORDS]).rstrip(" ,;:") + ELLIPSIS


def _period_near(quote: str, figure: FoundFigure, period: str | None) -> FoundFigure | None:
    """Where the quote names the fact's period in the figure's sentence, near it."""
    if period is None:
        return None
    best: FoundFigure | None = None
    for found in extract_figures(quote):
        if found.kind is not FigureKind.DATE or str(found.value) != period:
            continue
        left, right = sorted((found, figure), key=lambda item: item.start)
        between = quote[left.end : right.start]
        if _SENTENCE_END.search(between) or len(between.split()) > _PERIOD_REACH:
            continue
        if best is None or abs(found.start - figure.start) < abs(best.start - figure.start):
            best = found
    return best


def _period_starts_alone(quote: str, period: FoundFigure, figure: FoundFigure) -> bool:
    """A period before the figure, in a clause of its own, that a piece would start at: not
    "In March 2023, the department approved 33", whose clause starts the sentence."""
    if period.start > figure.start or not _CLAUSE_END.search(quote, period.end, figure.start):
        return False
    return _reach_back(quote, period.start) == period.start


def _reach_back(quote: str, start: int) -> int:
    """Back to the clause's start when it is a few words away, unless the clause starts with
    a verb whose subject lies before it; else the figure's own start."""
    ends = [found.end() for found in _CLAUSE_END.finditer(quote, 0, start)]
    clause = ends[-1] if ends else 0
    taken = quote[clause:start].split()
    if len(taken) > _WORDS_BEFORE or (taken and taken[0] in _BARE_VERBS):
        return start
    if len(taken) == 2 and _PARTICIPLE_BY.match(taken[0]) and taken[1] == "by":
        return start
    return clause


def _kept_before(quote: str, start: int) -> int:
    """Back over words before the piece that change its figure's meaning ("a further")."""
    found = _KEPT_BEFORE.search(quote, max(0, start - 40), start)
    return found.start() if found else start


def _reach_on(quote: str, end: int) -> int:
    """On to the clause's end when it is a few words away; else a few words on, to where a
    phrase ends."""
    found = _CLAUSE_END.search(quote, end)
    clause = found.start() if found else len(quote)
    rest = quote[end:clause]
    if len(rest.split()) <= _WORDS_AFTER:
        return clause
    if len(rest.split()) <= _COMPARED_REACH and _COMPARED.search(rest):
        return clause
    words = list(re.finditer(r"\S+", rest))
    taken = _WORDS_ON
    while taken and words[taken - 1].group().lower() in _LEADS_ON:
        taken -= 1
    return end + words[_phrase_end(words, taken) - 1].end() if taken else end


def _phrase_end(words: list[re.Match[str]], taken: int) -> int:
    """How many of the words to take so the piece ends where a phrase does, not on an
    adjective or the first word of a name ("autism" of "autism awareness training", "Supported"
    of "Supported Internships"): on past the words cut when a few more end the phrase; else
    back to where one did; else as cut."""
    for more in range(taken, min(taken + _PHRASE_REACH, len(words)) + 1):
        if _phrase_ends_after(words, more):
            return more
    for fewer in range(taken - 1, 0, -1):
        if _phrase_ends_after(words, fewer):
            return fewer
    return taken


def _phrase_ends_after(words: list[re.Match[str]], count: int) -> bool:
    """Whether a phrase ends after the first `count` words: the last one does not lead on,
    no quoted name is left open, and the next word starts a phrase of its own (a word that
    leads on, or a participle after a noun: "training provided by")."""
    if words[count - 1].group().lower() in _LEADS_ON | _PARTICLES:
        return False
    taken = " ".join(word.group() for word in words[:count])
    if taken.count("\u2018") > taken.count("\u2019"):
        return False
    if count == len(words):
        return True
    following = words[count].group()
    return following.lower() in _PHRASE_STARTS or (
        following.islower() and following.endswith("ed") and len(following) > 4
    )
