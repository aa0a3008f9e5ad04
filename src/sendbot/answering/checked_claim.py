"""A question checking a figure ("is the plan backed by £8 billion?", "are 50 councils in the
change programme?", "was it tabled in December 2023?", "only 500 new places??"): the figure it
states is the claim to check, not what the question is about. A fact giving that kind of figure
answers it whatever the figure it gives (the reply shows the real one), and a fact that does not
give the figure claimed is no further from the question for that. The claim may be told before
a clause asking only whether it is right ("read it's £50m for EP training, is that right?") or
reported beside a question asking for its kind ("someone said 2024, when was it published?").
The reply then says plainly which figure the answer sets right (`correction`: "The written
answer gives £21 million, not £50m."). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from sendbot.answering.answer_parts import DOCUMENT_TAG
from sendbot.answering.asker_story import CONTEXT
from sendbot.answering.done_unconfirmed import done_unconfirmed
from sendbot.answering.lacking import SOURCE
from sendbot.answering.normalise import WORD_BOUNDARY, starts_of
from sendbot.answering.question import Question
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.figures import SCALES, FoundFigure, extract_figures, same_figure
from sendbot.knowledge.model import Fact, FigureKind

# A month by its name or first letters, or a season: a date as people type it.
MONTH_OR_SEASON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|winter)"
)
# A year alone, not the first year of a span ("2024/25" names a period, not a date claimed).
_YEAR = r"(?:19|20)\d\d(?![/\-\u2013]\d)"
# Each kind of figure as a question states it, in the order they are read: a sum's number is
# no count, nor a date's day.
_CLAIMS: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    (
        FigureKind.MONEY,
        re.compile(
            r"\u00a3\s?\d[\d,.]*\s?(?:bn|billion|m|million|mill|mil|k|thousand)?\b"
            r"|\b\d[\d,.]*\s?(?:bn|billion|m|million|mill|mil|mn)\b"
        ),
    ),
    (FigureKind.PERCENT, re.compile(r"\b\d[\d.]*\s?(?:%|percent\b|per cent\b)")),
    (
        FigureKind.DATE,
        re.compile(
            rf"\b(?:(?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:of )?{MONTH_OR_SEASON}(?: {_YEAR})?"
            rf"|{_YEAR})\b"
        ),
    ),
    # (a decimal point only before "k": "1.5k new places" is one count, 1,500)
    (
        FigureKind.COUNT,
        re.compile(r"(?<![/\-\u2013])\b\d[\d,]*(?:\.\d+k|k)?\b(?![/\-\u2013]\d)"),
    ),
)
# What every claim has: a digit, or the start of a month's or season's name (a date's, when
# it has no digit).
_DIGIT = re.compile(r"\d")
_MONTH_STARTS = tuple(
    "jan feb mar apr may jun jul aug sep oct nov dec spring summer autumn winter".split()
)
# What asks for each kind of figure, in the claim's place.
_ASKING = {
    FigureKind.MONEY: "how much",
    FigureKind.COUNT: "how many",
    FigureKind.PERCENT: "what percentage",
    FigureKind.DATE: "when",
}
# Words of a claim that say its scale or unit, not its value.
_SCALE_WORDS = frozenset(SCALES) | frozenset("percent per cent of".split())
_PART = re.compile(r"\d[\d.]*|[a-z]{3,}")
# A Discord mention, channel or custom emoji: its id is no figure anyone claims.
_DISCORD_TOKEN = re.compile(r"<(?:@[!&]?|#|a?:\w+:)\d+>")


class Claim(NamedTuple):
    start: int
    end: int
    kind: FigureKind
    said: str  # as the question words it, lower case


def claims(text: str) -> tuple[Claim, ...]:
    """The figures a question states, in any order; not one it names with "the" ("the 4000
    children reached" names the figure a fact gives, to ask something else of it), nor one of
    the asker's own story ("my son is 9")."""
    lowered = text.lower()
    if not _DIGIT.search(lowered) and not any(month in lowered for month in _MONTH_STARTS):
        return ()  # no digit and no month: most questions
    found: list[Claim] = []
    # every figure's span, claimed or not; a Discord mention's id is read as no figure
    read: list[tuple[int, int]] = (
        [m.span() for m in _DISCORD_TOKEN.finditer(lowered)] if "<" in lowered else []
    )
    for kind, pattern in _CLAIMS:
        for stated in pattern.finditer(lowered):
            start, end = stated.span()
            if any(start < other_end and other_start < end for other_start, other_end in read):
                continue  # read already as another kind: "£8 billion" is no count of 8
            read.append((start, end))
            if stated.group(0) == "may":
                continue  # "may" alone is a verb
            if kind is FigureKind.DATE and _counts_something(lowered, stated):
                kind_read = FigureKind.COUNT  # "pins covers 2000 schools": no year
            else:
                kind_read = kind
            if lowered[:start].endswith("the ") and not _a_day_claimed(kind, lowered, stated):
                continue  # "the 4000 children", "the £18 million" name the fact's figure
            found.append(Claim(start, end, kind_read, stated.group(0)))
    if found:
        found = _alternatives_scaled(lowered, found)
        # The asker's own story ("my son is 9 and has autism") states no figure of a fact: it
        # was "set right" as "The written answer gives over 100,000, not 9."
        told = _own_story_spans(lowered)
        found = [c for c in found if not any(c.start < e and s < c.end for s, e in told)]
    return tuple(found)


# A sum, "or" and a bare number: "was it 10.5 billion or 11?" offers two sums of one scale.
_OR_A_BARE_NUMBER = re.compile(r"\s+or\s+$")
_SCALE_OF = re.compile(r"(?:bn|billion|m|million|mill|mil|mn|k|thousand)$")


def _alternatives_scaled(lowered: str, found: list[Claim]) -> list[Claim]:
    """A bare number offered as the other of a sum ("10.5 billion or 11?") is that sum's
    kind and scale, not a count of 11 things: it is checked as "11 billion"."""
    scaled = list(found)
    for at, claim in enumerate(found):
        if claim.kind is not FigureKind.COUNT or not claim.said.replace(".", "").isdigit():
            continue
        before = next(
            (
                other
                for other in found
                if other.kind is FigureKind.MONEY
                and _OR_A_BARE_NUMBER.fullmatch(lowered[other.end : claim.start])
            ),
            None,
        )
        scale = _SCALE_OF.search(before.said) if before is not None else None
        if before is not None and scale is not None and lowered[claim.end :].strip()[:1] in "?.!,":
            said = f"{claim.said} {scale.group(0)}"
            scaled[at] = Claim(claim.start, claim.end, FigureKind.MONEY, said)
    return scaled


# A year's digits followed by what they count: "2000 schools", "1900 new places", "2000
# primary schools" (a plural word, after up to two words saying which); not a word a year is
# followed by ("2026 is", "2024 was", "2024 onwards", "2023 this time"), nor what a year names
# ("2024 answers", "2023 figures").
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{3,}s|children|people|staff)\b")
_NO_NOUN = frozenset(
    """is was has as does this its his hers ours yours theirs yes plus thus unless always
    perhaps whereas towards afterwards onwards besides across less nevertheless answers
    replies responses figures statistics stats statements questions pqs allocations results
    reforms""".split()
)
# Words before a year that make it one: "in 2000", "until 2026", "since 2019".
_BEFORE_A_YEAR = re.compile(
    r"\b(?:in|on|since|from|until|till|til|by|before|after|of|during|to|than|between|and|"
    r"or|year|summer|spring|autumn|winter)\s+$"
)


def _counts_something(lowered: str, stated: re.Match[str]) -> bool:
    """A year's digits read as a count: a year alone, not after a word leading a year, and
    followed by a plural word saying what it counts ("pins covers 2000 schools" was checked
    as a date: "The written answer gives November 2023, not 2000.")."""
    if not stated.group(0).isdigit() or _BEFORE_A_YEAR.search(lowered, 0, stated.start()):
        return False
    counted = _COUNTED_AFTER.match(lowered, stated.end())
    if counted is None:
        return False
    between = lowered[stated.end() : counted.start("noun")].split()
    return not _NO_NOUN.intersection([*between, counted["noun"]])


@lru_cache(maxsize=256)
def _own_story_spans(lowered: str) -> tuple[tuple[int, int], ...]:
    """Where a message tells of the asker's own ("my son is 9"); cached: a question's claims
    are read several times, and the search costs about 10 us."""
    return tuple(m.span() for m in CONTEXT.finditer(lowered))


# A day of a month, as "the" leads one: "on the 31st jan", "the 8th of february".
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\b")
# What a date names when it leads it: "the 8 feb answer" is which answer, not a date claimed.
_NAMES_A_DOCUMENT = re.compile(
    r"\s*(?:(?:written|lords|commons|parliamentary) )?(?:answer|reply|response|pq|wpq|question"
    r"|statement|letter)s?\b"
)


def _a_day_claimed(kind: FigureKind, lowered: str, stated: re.Match[str]) -> bool:
    """'was it answered on the 31st jan?': a day of a month after "the" is a date claimed,
    unless it names a document ("in the 8 feb answer")."""
    return (
        kind is FigureKind.DATE
        and _DAY.match(stated.group(0)) is not None
        and not _NAMES_A_DOCUMENT.match(lowered, stated.end())
    )


def gives(fact: Fact, claim: Claim) -> bool:
    """The fact says the figure claimed: a sum, count or percentage of the same value among
    its numbers ("£10.5bn" is its "£10.5 billion", "115k" its "115,000"; "5bn" is not its
    "10.5 billion", nor "10 billion"); a date's number and month in its words."""
    if claim.kind is not FigureKind.DATE:
        stated = extract_figures(claim.said)
        return bool(stated) and any(
            _backs(stated[0], quoted) for quoted in _figures_of(f"{fact.statement} {fact.quote}")
        )
    said = f"{fact.statement} {fact.quote}".lower().replace(",", "")
    parts = [
        part for part in _PART.findall(claim.said.replace(",", "")) if part not in _SCALE_WORDS
    ]
    # A month is matched by its first three letters: "jan" is said as "January"; a number
    # whole ("31" is not the "31" of "2031", nor "5" the "5" of "10.5").
    return all(_says_part(said, part) for part in parts)


def _backs(stated: FoundFigure, quoted: FoundFigure) -> bool:
    """A quoted figure of the claimed value, a percentage only for a percentage and a sum only
    for a sum: "15% more special schools" is not the 15 opened, nor "a 5% cut" the "over five"
    of "over five years", nor "£15" the 15 schools."""
    percent = FigureKind.PERCENT
    # A sum claimed ("£5k") is not backed by a count of the same number ("over 5000
    # practitioners"); a bare number ("10.5bn") may be a sum written without its "£".
    if stated.kind is FigureKind.MONEY and quoted.kind is not FigureKind.MONEY:
        return False
    return (stated.kind is percent) == (quoted.kind is percent) and same_figure(stated, quoted)


# A number said whole: not right after a digit or point, nor before a digit or a decimal part.
_NOT_AFTER_A_NUMBER = re.compile(r"(?<![\d.])")
_NOT_BEFORE_A_NUMBER = re.compile(r"(?![\d]|\.\d)")


def _says_part(said: str, part: str) -> bool:
    """A claimed date's number, whole, or a word's first three letters at a word start, in
    the fact's words (read where the part is found: no pattern compiled for each claim)."""
    if part[0].isdigit():
        return any(
            _NOT_AFTER_A_NUMBER.match(said, at) and _NOT_BEFORE_A_NUMBER.match(said, at + len(part))
            for at in starts_of(part, said)
        )
    return any(WORD_BOUNDARY.match(said, at) for at in starts_of(part[:3], said))


@lru_cache(maxsize=512)
def _figures_of(text: str) -> tuple[FoundFigure, ...]:
    """A fact's figures, read as the knowledge base reads them (kept: a few facts are checked
    for every question that states a figure)."""
    return extract_figures(text)


def checkable_kinds(fact: Fact) -> frozenset[FigureKind]:
    """The kinds of figure a claim about the fact may be checked against: its dates only when
    one is to the month or day (something happened then) or it gives nothing else; a sum's
    year is the period it is for, not a date to check."""
    kinds = frozenset(figure.kind for figure in fact.figures)
    dated = any(
        figure.kind is FigureKind.DATE and _TO_THE_MONTH.match(str(figure.value))
        for figure in fact.figures
    )
    return kinds if dated or kinds == {FigureKind.DATE} else kinds - {FigureKind.DATE}


# A date to the month ("2023-09") or day ("2024-01-31"), not a year or span ("2024/25").
_TO_THE_MONTH = re.compile(r"\d{4}-\d{2}")


def _checkable(fact: Fact, claim: Claim, asked_when: bool = False) -> bool:
    """A year alone is no date to check against a written answer's own record: "was this
    answered in 2023?" may be asking about another written answer; not when the message asks
    "when" itself (`asked_when`: "someone said it came out in 2024, when was it published?")."""
    if (
        claim.kind is FigureKind.DATE
        and not asked_when
        and DOCUMENT_TAG in fact.tags
        and _YEAR_ONLY.match(claim.said)
    ):
        return False
    return claim.kind in checkable_kinds(fact)


_YEAR_ONLY = re.compile(rf"{_YEAR}$")


def asked_of(
    fact: Fact, text: str, stated: tuple[Claim, ...], asked_when: bool = False
) -> str | None:
    """`text` asking for the figures it claims that the fact does not give ("is it 1000 more
    educational psychologists" -> "is it how many more educational psychologists"), when the
    fact gives each of those kinds; None when it gives every figure claimed, or cannot give
    one it does not. (`asked_when`: the message asks "when" of the dates it reports.)"""
    unmet = [claim for claim in stated if not gives(fact, claim)]
    if not unmet or any(not _checkable(fact, claim, asked_when) for claim in unmet):
        return None
    # "is it 10k or 100k that did the autism training": of two figures offered side by side,
    # the one the fact gives is asked for too (left in, it reads as a figure of something
    # else); not one that says what it counts ("5000 online modules or 50000")
    asked_for = [claim for claim in stated if claim in unmet or _offered_with(claim, unmet, text)]
    asked = text.lower()
    for claim in sorted(asked_for, reverse=True):
        asked = f"{asked[: claim.start]}{_ASKING[claim.kind]}{asked[claim.end :]}"
    return " ".join(asked.split())


# What joins two figures offered as one or the other: "10k or 100k", "10k/100k".
_OR_BETWEEN = re.compile(r"\s*(?:or|/)\s*")


def _offered_with(claim: Claim, unmet: Sequence[Claim], text: str) -> bool:
    """The claim and one not given, of its kind, are offered side by side: "10k or 100k"."""
    return any(
        other.kind is claim.kind
        and _OR_BETWEEN.fullmatch(
            text[min(claim.end, other.end) : max(claim.start, other.start)].lower()
        )
        is not None
        for other in unmet
    )


def may_be_asked_of(fact: Fact, stated: tuple[Claim, ...], asked_when: bool = False) -> bool:
    """Whether `asked_of` may reword a question for the fact: it can check one of the claims at
    least. (Cheap: no figure of its quote is read.)"""
    return any(_checkable(fact, claim, asked_when) for claim in stated)


# Words that ask what, how much, when ...: a question with none of them that states a figure
# ("only 500 new places??", "change programme launched jan 2024?") checks it.
_ASKING_WORDS = frozenset(
    "what whats how hows when whens who whos whose which where wheres why".split()
)


# Words naming a sum of money ("£" is folded to "money").
_SUM_WORDS = frozenset("money cash funding funds budget budgets investment cost costs".split())
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_MONTH_WORD = re.compile(MONTH_OR_SEASON)


def checks_a_figure(checking: bool, said: Sequence[str]) -> bool:
    """A yes/no question (`checking`), or one whose words (`said`) ask nothing else: any
    figure it states is the claim to check. Not a phrase naming a sum whose only figures are
    years ("budget for the change programme 2023?", "£ for new places 2022 to 2025?"): the
    years say when the sum asked for is, they are no claim to confirm."""
    if checking:
        return True
    return _ASKING_WORDS.isdisjoint(said) and not _a_sum_in_years(said)


def _a_sum_in_years(said: Sequence[str]) -> bool:
    """A sum named, and years alone: a month ("funding announced feb 2022?") dates an event,
    which is checked."""
    figures = [word for word in said if _DIGIT.search(word)]
    return (
        bool(figures)
        and all(_YEAR_WORD.fullmatch(word) for word in figures)
        and not _SUM_WORDS.isdisjoint(said)
        and not any(_MONTH_WORD.fullmatch(word) for word in said)
    )


def checks_its_date(question: Question, fact: Fact) -> bool:
    """'was PINS announced in March 2023?': the month named is a date to check against the
    one the fact gives, not a period whose figure is asked for."""
    if FigureKind.DATE not in checkable_kinds(fact):
        return False
    if checks_a_figure(question.checking, question.words):
        return any(claim.kind is FigureKind.DATE for claim in claims(question.text))
    # "when did the change programme launch, was it jan 2024?": a last clause only checking it
    return any(claim.kind is FigureKind.DATE for claim in checked_at_the_end(question.text))


def checked_at_the_end(text: str) -> tuple[Claim, ...]:
    """'when did the change programme launch, was it jan 2024?': the figures (of `text`) a
    last clause only checks, of what the message asked about before it; none when there is no
    such clause."""
    checks = [found.start() for found in _CHECKING_CLAUSE.finditer(text)]
    if not checks or checks[-1] == 0:
        return ()
    stated = claims(text)
    last = tuple(claim for claim in stated if claim.start >= checks[-1])
    if not last or not only_checks_a_claim(text[checks[-1] :]):
        return ()
    return last


# Where a clause checking a figure of what was named before may start: "was it", "is that".
_CHECKING_CLAUSE = at_word_starts(
    r"\b(?:was|is|were|are) (?:it|that|this|they)\b", re.IGNORECASE, letters="aiwAIW"
)


# What may be left of a clause that only checks a figure of something named elsewhere: "was
# it spring 2023?", "is that 8 billion?".
_POINTING_CHECK = frozenset(
    "was is were are it that this they them those these in by about".split()
)


def only_checks_a_claim(text: str, stated: tuple[Claim, ...] | None = None) -> bool:
    """'when the plan came out, was it spring 2023?': the clause asks only whether the figure
    is right, of what the message names before; the figure is no topic of its own. (`stated`
    is `claims(text)`, when the caller has it.)"""
    stated = claims(text) if stated is None else stated
    if not stated:
        return False
    lowered = text.lower()
    for claim in sorted(stated, reverse=True):
        lowered = f"{lowered[: claim.start]} {lowered[claim.end :]}"
    return all(
        word in _POINTING_CHECK or word in _BETWEEN_CHECKED
        for word in re.findall(r"[a-z]+", lowered)
    )


# "is it a 4 or a 5?", "was it an 8 or a 9": the articles before the figures checked and the
# "or" between two of them are no topic either; the clause still checks only figures of what
# the message named before it (read as one, its rewording named nothing: any fact's "five"
# answered it).
_BETWEEN_CHECKED = frozenset({"a", "an", "or"})


# Words of a clause that asks only whether what the message said is right: "is that right?",
# "is that true?", "is that the right number?", "correct?".
_RIGHT_WORDS = frozenset("right true correct accurate wrong actual real".split())
_ASKS_IF_RIGHT = (
    _POINTING_CHECK
    | _RIGHT_WORDS
    | frozenset(
        """the so actually really number figure actual real exact date month year amount
        have i got get did""".split()
    )
)


# Words that may also be in such a clause: the time the figure is for ("is that right for
# 24/25?"), and the written answer set against it ("or is the number in the answer different?").
_ASKS_IF_RIGHT_OF = (
    _ASKS_IF_RIGHT
    | frozenset(
        """for this or in answer different differ earlier later before after higher lower more
    less misread misheard misremembering mistaken""".split()
    )
    | frozenset(
        # ... and who said it, and the asker's doubt: "is she wrong?", "surely thats wrong",
        # "i think thats wrong"
        {"she", "he", "they", "thats", "s", "surely", "think", "sure", "sounds", "seems", "too"}
        # ... or which of two is right, or which way it is off: "who's right?", "or is it fewer?"
        | {"who", "whos", "fewer", "bigger", "smaller", "greater"}
    )
)
# A clause asking whether what was told is all there is, or what the source says: "is that
# it??", "is that what the dfe says?", "is that what the answer gives?", "is that the figure in
# this answer?".
_ASKS_IF_SO = re.compile(
    r"^\W*(?:is|was) (?:that|it|this) (?:it|all|so|what (?:the )?(?:dfe|department|government|"
    r"minister|written answer|answer|source|sources) (?:says?|said|gives?|gave)"
    # "is that the figure in this answer?", "is that the number the answer gives?"
    r"|the (?:figure|number|amount|total|date) (?:in|from|of|the) (?:this |the )?"
    r"(?:written answer|answer|reply|source)(?: gives?| says?)?)\W*$"
    # "can i trust that number?", "can we rely on this figure": whether the figure told is
    # right (not "can we trust the change programme": a verdict on a thing)
    r"|^\W*(?:can|could|should) (?:i|we|you|parents|people) (?:really |actually )?"
    r"(?:trust|believe|rely on|go by|quote) (?:that|this|the|those|these) (?:number|figure|"
    r"stat|statistic|claim|numbers|figures|stats|statistics)\W*$"
)


# A clause asking for the figure itself, of what was told before it: "what's the actual
# figure?", "what figure does the answer give for training educational psychologists?", "what
# did dfe actually say", "what was it actually?".
# Each asks only that, or the answer's own figure ("what figure does the answer give for
# ..."): not "what's the total budget for all the reforms", nor "what does the answer say the
# regime is meant to drive", which ask something new.
_ASKS_FOR_THE_FIGURE = re.compile(
    r"^\W*(?:so |ok |and )?(?:"
    r"what(?:'?s| is| was)? (?:the )?(?:actual |real |right |correct |true )?"
    r"(?:figure|number|amount|sum|total)(?: then| actually| really)?"
    r"|what (?:did|does) (?:the )?(?:dfe|department|government|govt|minister|answer|"
    r"written answer) (?:actually |really )?say(?: about (?:it|that|this))?"
    r"|what (?:was|is) it (?:actually|really)"
    # asked as a request: "could you check what the actual figure in the answer is please"
    r"|(?:(?:could|can|would) (?:you|u) (?:please |pls )?)?(?:check|tell me|confirm|say) "
    r"what (?:the )?(?:actual |real |right |correct |true )?(?:figure|number|amount|sum|total)"
    r" (?:(?:in|from) (?:the |this )?(?:written )?answer )?(?:is|was)"
    r")(?: please| pls| plz| thanks| ta)?\W*$"
    r"|\bwhat (?:figure|number|amount) (?:does|did) (?:the )?(?:dfe|department|government|govt|"
    r"minister|answer|written answer) (?:actually |really )?give\b"
)


def asks_for_the_figure(text: str) -> bool:
    """'..., what's the actual figure?': the clause asks for the figure the message told
    someone's claim of; the figures told there are the claims to check."""
    return bool(_ASKS_FOR_THE_FIGURE.search(text.lower()))


# A clause asking for a quantity ("what's the total?", "what's the actual number?"): what it
# asks for is a count or sum, never a date, so a date told before it ("... since 2022") is the
# period the quantity is of, not a claim to check.
_ASKS_FOR_A_QUANTITY = re.compile(r"\b(?:figure|number|amount|sum|total)\b")


def claims_a_figure_asked_checks(text: str, asked: str) -> tuple[Claim, ...]:
    """The figures told before a clause asking for the figure itself ("someone said 5,000
    modules, what's the actual number?"): every one `told_claims` finds, but a date when that
    clause asks for a quantity ("online modules done since 2022, what's the total?" asks a
    count, and was answered "Yes: the written answer gives May 2022")."""
    told = told_claims(text)
    if not _ASKS_FOR_A_QUANTITY.search(asked.lower()):
        return told
    return tuple(claim for claim in told if claim.kind is not FigureKind.DATE)


def tag_asks_if_right(text: str) -> bool:
    """'someone told me only 500 new places, true?', '... 15,000 new places?? surely thats
    wrong': the message's last clause asks only whether what was told before it is right, or
    the last but for what the asker adds of their own after it ("PINS covers 2000 schools,
    true? I thought it was fewer than that")."""
    clauses = [clause for clause in _CLAUSE_END.split(text.lower()) if re.search("[a-z]", clause)]
    return (len(clauses) > 1 and asks_if_right(clauses[-1])) or bool(tag_then_aside(text))


def tag_then_aside(text: str) -> str:
    """What a message tells and asks to be checked, without the aside it ends with: "someone
    said PINS covers 2000 schools, true? I thought it was fewer than that" -> "someone said
    PINS covers 2000 schools, true?"; "" when it ends with no such aside. The aside follows a
    question mark, asks nothing (no question mark, nothing opening a question) and states no
    figure: a figure there would be a claim of its own."""
    lowered = text.lower().rstrip()
    ends = [found.end() for found in re.finditer(r"\?+", lowered) if found.end() < len(lowered)]
    if not ends:
        return ""
    end = ends[-1]
    aside = lowered[end:]
    clauses = [clause for clause in _CLAUSE_END.split(lowered[:end]) if re.search("[a-z]", clause)]
    if len(clauses) < 2 or not asks_if_right(clauses[-1]):
        return ""
    if claims(aside) or any(
        (words := re.findall(r"[a-z]+", clause)) and words[0] in _OPENS_A_QUESTION
        for clause in _CLAUSE_END.split(aside)
    ):
        return ""
    return text[:end]


# Words that open a question or a request: a clause opened by one asks something.
_OPENS_A_QUESTION = frozenset(
    """what whats how hows when whens who whos whose which where wheres why is are was were do
    does did can could will would should shall has have had may might must any anyone please
    pls plz tell give show explain check list""".split()
)


# A tag question, the clause English adds to ask whether what was just said is so: "..., was
# it?", "..., did they?", "..., isn't it?" (nothing but the verb and who or what it is of).
_TAG_QUESTION = re.compile(
    r"^\W*(?:is|was|are|were|does|did|do|has|have|had)(?:n[\u2019']?t| not)? "
    r"(?:it|that|this|they|he|she)\W*$"
)


def asks_if_right(text: str) -> bool:
    """'..., is that right?', '..., was it?': the clause asks only whether what the message said
    before is right, so the figures said there are the claims to check. An alternative after
    it says only that the claim may be wrong: "is that true or are they way off?"."""
    lowered = text.lower()
    if _ASKS_IF_SO.match(lowered) or _TAG_QUESTION.match(lowered):
        return True
    words = re.findall(r"[a-z]+", lowered)
    if "or" in words[1:] and not claims(lowered):
        words = words[: words.index("or", 1)]
    return (
        bool(words) and not _RIGHT_WORDS.isdisjoint(words) and _ASKS_IF_RIGHT_OF.issuperset(words)
    )


# Words telling that a figure was said by someone else: "someone claimed", "the council says",
# "I read", "I heard", "saw on facebook"; or that the asker only believes it: "i think".
_REPORTED = re.compile(
    r"\b(?:claim(?:s|ed)?|sa(?:y|ys|id)|told|tells|heard|hear|read|saw|seen|reckons?|"
    r"according to|apparently|rumou?r|i (?:think|thought|believe))\b"
)


def reported_claims(text: str, asked: str) -> tuple[Claim, ...]:
    """'someone claimed the plan only came out in 2024, when was it published?': the figures a
    message reports someone else saying, outside the clauses that ask (`asked`), of the kind
    those clauses ask for ("when" a date, "how much" a sum): claims the answer checks, not
    what is asked about."""
    if asked == text or not _REPORTED.search(text.lower()):
        return ()
    asked_words = asked.lower()
    wanted = {kind for kind, asking in _ASKING.items() if re.search(rf"\b{asking}\b", asked_words)}
    if not wanted:
        return ()
    in_asked = {claim.said for claim in claims(asked)}
    lowered = text.lower()
    return tuple(
        claim
        for claim in claims(text)
        if claim.kind in wanted
        and claim.said not in in_asked
        and _REPORTED.search(_clause_of(lowered, claim))
    )


def told_claims(text: str) -> tuple[Claim, ...]:
    """The figures a message tells before asking only whether they are right: those it reports
    someone saying ("we've got 3 children in year 2 ... someone on twitter said 15 new special
    schools opened, is that accurate?": the 15, not the asker's own 3 and 2), or every figure
    it states when it reports none ("£50m for ep training, is that right?")."""
    stated = claims(text)
    lowered = text.lower()
    reported = tuple(claim for claim in stated if _REPORTED.search(_clause_of(lowered, claim)))
    return reported or stated


def _clause_of(lowered: str, claim: Claim) -> str:
    """The clause a figure is said in: someone's claim is reported in it ("someone on twitter
    said 15 new schools opened"); a figure of the asker's own story ("we've got 4 kids on the
    waiting list", "my son is 9") is not, though the message says elsewhere what their
    council says."""
    start = max((found.end() for found in _CLAUSE_END.finditer(lowered, 0, claim.start)), default=0)
    after = _CLAUSE_END.search(lowered, claim.end)
    return lowered[start : after.start() if after else len(lowered)]


# What ends the clause a claim is told in: a sentence's end, a comma, a dash, "but".
_CLAUSE_END = re.compile(r"[?!;\n]|[.,:](?!\d)|\s[-\u2013\u2014]\s|\bbut\b")
# "read in schools week that the plan came out in march 2023": what was read follows "that".
_THAT = re.compile(r"\bthat\s")
# Whom it was told to: "told me 300 places"; or where it was read: "saw on facebook the
# change programme is £17m", "read in the local paper warwickshire is getting £140m".
_TOLD_TO = re.compile(
    r"\s*(?:me|us|him|her|them|(?:on|in) (?:the |a |our |my )?(?:\w+ )?(?:facebook|twitter|"
    r"x|tiktok|instagram|reddit|mumsnet|paper|news|newspaper|group|chat|forum|post|thread|"
    r"newsletter|meeting|email|letter|article))\b"
)


def told_clause(text: str, stated: tuple[Claim, ...]) -> str | None:
    """The clause a claim is told in, from after the last word reporting it: "someone in the
    group said 15,000 new places. is that the actual number?" -> "15,000 new places"; "my
    friend reckons the plan came out in march 2023, is that right?" -> "the plan came out in
    march 2023". That clause alone says what the claim is a figure of, without the story of
    who said it. None when the claims are not all in one clause."""
    if not stated:
        return None
    lowered = text.lower()
    first = min(claim.start for claim in stated)
    last = max(claim.end for claim in stated)
    start = max((found.end() for found in _CLAUSE_END.finditer(lowered, 0, first)), default=0)
    after = _CLAUSE_END.search(lowered, last)
    end = after.start() if after else len(lowered)
    if _CLAUSE_END.search(lowered[first:last]):
        return None  # claims in two clauses
    reporting = [found.end() for found in _REPORTED.finditer(lowered, start, first)]
    if reporting:
        start = reporting[-1]
        told_to = _TOLD_TO.match(lowered, start)
        start = told_to.end() if told_to and told_to.end() <= first else start
        that = _THAT.search(lowered, start, first)
        start = that.end() if that else start
    clause = _DISCORD_TOKEN.sub(" ", text[start:end]).strip(" '\"")
    return clause if clause else None


def asking_for(text: str, stated: tuple[Claim, ...]) -> str:
    """`text` asking for each figure it claims: "only 500 new places" -> "only how many new
    places"."""
    asked = text.lower()
    for claim in sorted(stated, reverse=True):
        asked = f"{asked[: claim.start]}{_ASKING[claim.kind]}{asked[claim.end :]}"
    return " ".join(asked.split())


def checkable(fact: Fact, stated: tuple[Claim, ...], asked_when: bool = False) -> bool:
    """The fact gives a figure of each kind claimed, to check the claims against
    (`asked_when`: the clause checked, reworded, asks "when" of what it names)."""
    return all(_checkable(fact, claim, asked_when) for claim in stated)


class Checked(NamedTuple):
    """A figure a question checks, as it wrote it ("£50 million"), and whether it was only a
    bound or a rough figure ("over 10 billion", "about £10bn"), which no other figure belies."""

    kind: FigureKind
    said: str
    hedged: bool
    # The times the message puts it in ("this year", "2024/25"), besides the figures claimed.
    times: tuple[str, ...] = ()
    # Said as a length of time ("in 5 years", the 10 of "5 yrs or 10"), which a quote's "over
    # five years" confirms, and only a length of time sets right.
    of_time: bool = False
    # A multiple the message claims beside it ("doubled in 5 years"): a quote that does not
    # say it confirms none of the claim.
    multiples: tuple[str, ...] = ()
    # Asked as a floor the figure has reached ("has it reached £11bn?", "over 150,000?"):
    # a figure at or above it says yes.
    at_least: bool = False
    # ... and one it has gone beyond ("more than 150,000?", "passed £10bn?"): the figure
    # itself is not beyond it.
    beyond: bool = False


# Words before a figure that make it a bound or a rough one, in the groups the checks below
# read: above it, reached it, gone beyond it, or rough or below it.
_ABOVE = r"over|more than|above"
_REACHED = r"at least|reached|reach|hit"
_GONE_BEYOND = (
    r"passed|pass|exceeded|exceed|topped|top|gone over|gone past|gone above|broken|crossed"
)
_ROUGH_OR_BELOW = (
    r"under|less than|below|fewer than|nearly|almost|about|around|roughly|approx\w*|up to|circa"
)
_BEFORE_THE_FIGURE = r"\s*(?:£\s*|pounds\s+)?$"

# Asking whether the figure has reached it ("has it reached £11bn?", "over 150,000?").
_AT_LEAST = re.compile(rf"\b(?:{_ABOVE}|{_REACHED}|{_GONE_BEYOND}){_BEFORE_THE_FIGURE}")
# ... or gone beyond it ("more than 150,000?", "passed £10bn?").
_BEYOND = re.compile(rf"\b(?:{_ABOVE}|{_GONE_BEYOND}){_BEFORE_THE_FIGURE}")
# Any bound or rough figure ("has it reached £11bn?" asks whether the figure is at least that:
# over £12 billion is no "not £11bn").
_HEDGE = re.compile(
    rf"\b(?:{_ABOVE}|{_REACHED}|{_GONE_BEYOND}|{_ROUGH_OR_BELOW}){_BEFORE_THE_FIGURE}"
)


def with_bound(text: str, claim: Claim) -> str:
    """The claim with the words making it a bound ("reached £11bn", "over 10 billion"): they
    say what is checked of the figure, no topic of its own."""
    bound = _HEDGE.search(text[: claim.start].lower())
    start = bound.start() if bound else claim.start
    return text[start : claim.end]


def checked_figures(text: str, stated: tuple[Claim, ...]) -> tuple[Checked, ...]:
    """The claims of `text` (`stated`, read from it), as `text` writes them."""
    same = len(text.lower()) == len(text)
    lowered = text.lower()
    times = tuple(
        found.group(0)
        for found in _TIME_SAID.finditer(lowered)
        if not any(found.start() < claim.end and claim.start < found.end() for claim in stated)
    )
    multiples = tuple(found.group(0) for found in _MULTIPLE_SAID.finditer(lowered))
    lengths = _lengths_of_time(lowered, stated)
    return tuple(
        _checked(text if same else lowered, claim, times, multiples, claim in lengths)
        for claim in stated
    )


def _lengths_of_time(lowered: str, stated: tuple[Claim, ...]) -> frozenset[Claim]:
    """The counts claimed that are lengths of time: followed by their unit ("over 4 years"),
    or put as the other choice to one that is ("5 yrs or 10", "5 or 10 years")."""
    counts = sorted(claim for claim in stated if claim.kind is FigureKind.COUNT)
    lengths = {claim for claim in counts if _SPAN_OF_TIME.match(lowered, claim.end)}
    for first, second in pairwise(counts):
        if (first in lengths) != (second in lengths) and _CHOICE.fullmatch(
            lowered, first.end, second.start
        ):
            lengths |= {first, second}
    return frozenset(lengths)


# What joins two lengths of time put as choices or a range: "5 yrs or 10", "5 or 10 years".
_CHOICE = re.compile(
    r"\s*(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)?\s*(?:or|to|and|-)\s*(?:maybe\s*)?"
)


def _checked(
    text: str, claim: Claim, times: tuple[str, ...], multiples: tuple[str, ...], of_time: bool
) -> Checked:
    before = text[: claim.start].lower()
    if of_time:
        # "went up 60% over 4 years": "over" a length of time is the time taken, no bound
        before = _OVER_A_TIME.sub("", before)
    return Checked(
        claim.kind,
        text[claim.start : claim.end].strip(),
        bool(_HEDGE.search(before)),
        times,
        of_time,
        multiples,
        bool(_AT_LEAST.search(before)),
        bool(_BEYOND.search(before)),
    )


_OVER_A_TIME = re.compile(r"\b(?:over|across|during)\s*$")


# A count that is a length of time ("over five years"): "did it go up by 5?" is not confirmed
# by it, the 5 asked being an amount, not the years it took.
_SPAN_OF_TIME = re.compile(r"\s+(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)\b", re.IGNORECASE)
# The words before a length of time that say which one it is: "10 years" alone is no claim
# the quote makes, "the past 10 years" is.
_SPAN_FROM = re.compile(r"\bthe\s+(?:past|last|next|previous|coming)\s+$", re.IGNORECASE)

# A multiple claimed in words: "doubled", "has tripled", "halved".
_MULTIPLE_SAID = re.compile(r"\b(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing|e)\b")

# A time a message puts a figure in: "this year", "a year", "annually", "2024/25", "in 2023".
_TIME_SAID = re.compile(
    r"\b(?:this|last|next|a|per|each|every) (?:academic |financial )?year\b|\bannually\b"
    r"|\b(?:19|20)\d\d(?:[/\-\u2013]\d\d)?\b"
)


def correction(checked: tuple[Checked, ...], fact: Fact) -> str | None:
    """'The written answer gives £21 million, not £50 million.': the figure the fact gives in
    place of each one checked that it does not give, when its quote gives one of that kind (or
    its measured one, of several); None when it belies none. A bound or rough figure ("over
    10 billion") is not belied by another, nor one of a time the quote does not name ("20%
    this year" by "60% over five years")."""
    said: list[str] = []
    quoted = fact.quote.lower()
    for figure in checked:
        claim = Claim(0, len(figure.said), figure.kind, figure.said.lower())
        if figure.hedged or gives(fact, claim):
            continue
        if any(not _in_words(time, quoted) for time in figure.times):
            # "up 20% this year?" of "60% over five years": another time's figure belies it not
            return None
        # A length of time ("than 10 years ago") is set right only by one: "gives 200,000, not
        # 10" took the years for a count of children.
        given = _length_given(fact) if figure.of_time else _given_instead(fact, figure.kind)
        if given is None:
            return None  # one figure the fact cannot set right: no line rather than half a one
        said.append(f"{given}, not {figure.said}")
    if not said:
        return None
    return f"{SOURCE} gives {'; '.join(said)}."


def confirmation(checked: tuple[Checked, ...], fact: Fact) -> str | None:
    """'Yes: the written answer gives 32.': each figure checked is one the fact's quote gives,
    said as the quote says it; None when one is not, is only a bound or a rough figure ("over
    10 billion" is neither confirmed nor set right), or is put in a time the quote does not
    name ("15 this year" of a quote that names no year)."""
    quoted = fact.quote.lower()
    said: list[str] = []
    for figure in checked:
        if figure.at_least and not figure.times and not figure.multiples:
            reached = _reached(fact, figure)
            if reached is None:
                return None
            said.append(reached)
            continue
        if figure.hedged or any(not _in_words(time, quoted) for time in figure.times):
            return None
        if any(not _in_words(multiple, quoted) for multiple in figure.multiples):
            return None  # "doubled in 5 years?" of "60% over five years": not a yes
        claim = Claim(0, len(figure.said), figure.kind, figure.said.lower())
        given = _quoted_as(fact, claim, figure.of_time)
        if given is None:
            return None
        said.append(given)
    if not said:
        return None
    return f"Yes: {SOURCE.lower()} gives {' and '.join(dict.fromkeys(said))}."


def _reached(fact: Fact, figure: Checked) -> str | None:
    """The fact's figure of the kind claimed, as its quote says it, when it is at or above the
    floor asked ("over £12 billion" of "has it reached £11bn?"); None when it is below it or
    only a rough figure, which says neither."""
    if _PLANNED.search(fact.statement):
        return None  # "will train 400": what is planned has not reached anything yet
    given = _given_instead(fact, figure.kind)
    floor = extract_figures(figure.said)
    found = extract_figures(given) if given else ()
    if not floor or not found or found[0].qualifier not in (None, "over"):
        return None
    value, least = found[0].value, floor[0].value
    if not isinstance(value, int | float) or not isinstance(least, int | float):
        return None
    if value == least and figure.beyond:
        # "more than 200,000?" of 200,000: not more; of "over 200,000": yes
        return given if found[0].qualifier == "over" else None
    return given if value >= least else None


# A statement of what is to come, not what is so: "will train 400", "aims to double".
_PLANNED = re.compile(
    r"\b(?:will|would|aims?|aiming|plans?|planned|intends?|expected|investing|to (?:train|"
    r"create|deliver|double|open|build|recruit|reach))\b",
    re.IGNORECASE,
)


def checked_line(checked: tuple[Checked, ...], fact: Fact, question: str = "") -> str | None:
    """The line before an answer to a question checking figures: which the answer sets right,
    or that it gives each one claimed; None when it can say neither. No "Yes" when `question`
    asks whether something was done that the quote does not say was ("did all 20 get built?"
    of "approved 20": the yes would be to the building)."""
    corrected = correction(checked, fact)
    if corrected is not None or done_unconfirmed(question, fact.quote):
        return corrected
    return confirmation(checked, fact)


def _quoted_as(fact: Fact, claim: Claim, of_time: bool = False) -> str | None:
    """The claimed figure as the fact's quote says it ("32", "£70 million"); None when the
    quote does not give it, or gives it only as a length of time and the claim is not one."""
    if claim.kind is FigureKind.DATE:
        quoted = fact.quote.lower().replace(",", "")
        parts = [
            part for part in _PART.findall(claim.said.replace(",", "")) if part not in _SCALE_WORDS
        ]
        if not parts or not all(_says_part(quoted, part) for part in parts):
            return None
        if _dates_quoted(fact) > 1:
            # "does it start in 2024?" of "In August 2023 ... from Autumn 2024": the date
            # saying what was claimed, not the first ("Yes: ... gives August 2023")
            saying = {
                _as_said(figure.text)
                for figure in _figures_of(fact.quote)
                if figure.kind is FigureKind.DATE
                and all(_says_part(figure.text.lower(), part) for part in parts)
            }
            return saying.pop() if len(saying) == 1 else None
        return _given_instead(fact, FigureKind.DATE)
    stated = extract_figures(claim.said)
    if not stated:
        return None
    for figure in _figures_of(fact.quote):
        if not _backs(stated[0], figure):
            continue
        span = _SPAN_OF_TIME.match(fact.quote, figure.end)
        if span is None:
            return _as_said(figure.text)
        if of_time:
            return _length_as_said(fact.quote, figure, of_time=True)  # not "over five"
    return None


def _length_as_said(quote: str, figure: FoundFigure, of_time: bool = False) -> str:
    """A length of time as the quote says it, with the words that say which it is ("the past
    10 years"); `of_time`: a length claimed, said with its unit even without them ("over
    five years"). Else the figure alone ("24" of "16 to 24 year olds")."""
    span = _SPAN_OF_TIME.match(quote, figure.end)
    before = _SPAN_FROM.search(quote, max(0, figure.start - 30), figure.start)
    if span is None or not (before or of_time):
        return _as_said(figure.text)
    start = before.start() if before else figure.start
    return _as_said(quote[start : span.end()])


def _in_words(time: str, text: str) -> bool:
    """Each word of a time said ("this year", "2024/25") is in the text."""
    return all(re.search(rf"\b{re.escape(word)}\b", text) for word in time.split())


def _given_instead(fact: Fact, kind: FigureKind) -> str | None:
    """The fact's quoted figure of `kind`: the only one, or its measured one among several.
    No date when the quote gives two: which one a date claimed gets wrong is not known ("starts
    in 2026?" was set right as "gives August 2023", when the qualification was confirmed, of
    a quote saying it starts from Autumn 2024)."""
    if kind is FigureKind.DATE and _dates_quoted(fact) > 1:
        return None
    quoted = [
        figure
        for figure in _figures_of(fact.quote)
        if _kind_read(figure) is kind
        and (kind is not FigureKind.DATE or _TO_THE_MONTH.match(str(figure.value)))
        # a count of things is not set right by a length of time: "3000 more kids in the last
        # 2 years?" was answered "gives the past fifty years, not 3000"
        and (kind is not FigureKind.COUNT or _SPAN_OF_TIME.match(fact.quote, figure.end) is None)
    ]
    if len(quoted) == 1:
        return _length_as_said(fact.quote, quoted[0])
    measured = fact.measured
    if measured is None or measured.kind is not kind:
        return None
    found = [figure for figure in quoted if same_figure((measured.kind, measured.value), figure)]
    return _length_as_said(fact.quote, found[0]) if len(found) == 1 else None


def _length_given(fact: Fact) -> str | None:
    """The one length of time the fact's quote gives, as it says it ("the past fifty years");
    None when it gives none, or several."""
    lengths = [
        figure
        for figure in _figures_of(fact.quote)
        if _SPAN_OF_TIME.match(fact.quote, figure.end) is not None
    ]
    if len(lengths) != 1:
        return None
    return _length_as_said(fact.quote, lengths[0], of_time=True)


def _dates_quoted(fact: Fact) -> int:
    """How many different dates (a day, month, season or year) the fact's quote gives."""
    dates = {figure.value for figure in _figures_of(fact.quote) if figure.kind is FigureKind.DATE}
    return len(dates)


def _as_said(quoted: str) -> str:
    """A quoted figure on one line, without the space or line break a figure's text may end
    with ("£6,000 " of "£6,000 per pupil"): "gives £6,000." rather than "gives £6,000 ."."""
    return " ".join(quoted.split())


def _kind_read(figure: FoundFigure) -> FigureKind:
    """A figure's kind as a claim is read: "10 billion" is a sum, though it names no pounds."""
    if figure.kind is FigureKind.COUNT and re.search(r"\b(?:bn|billion|mn|million)\b", figure.text):
        return FigureKind.MONEY
    return figure.kind
