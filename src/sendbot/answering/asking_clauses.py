"""A message -> its clauses, and those of them that ask something. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from sendbot.answering.normalise import fold_text

# "we're" folds to "were", which would read "we're desperate for a place" as a question.
_ARE_CONTRACTION = re.compile(r"\b(we|you|they)['\u2019]re\b", re.I)


def _folded_clause(clause: str) -> str:
    if "'" not in clause and "\u2019" not in clause:  # no "'re" to spell out: most clauses
        return fold_text(clause)
    return fold_text(_ARE_CONTRACTION.sub(r"\1 are", clause))


def folded_clauses(text: str) -> list[str]:
    return [_folded_clause(clause) for clause in _clauses(text)]


# Clauses that ask, apart from statements around them ("our LA says there is a shortage"):
# what a statement says is context, not a period, role or kind the answer must have.
_CLAUSE_SPLIT_MARKS = (
    # not "4,000" or "2.5"; not "so far", "so much", "so many", which end no clause
    r"(?<!\d)[,.]|[,.](?!\d)|[;:!?()]|\s-\s|(?<!\bif)\s(?:but|and so|so)\s(?!far\b|much\b|many\b)"
    # a dash set apart: "The AP specialist taskforce \u2013 how many children ...", or typed
    # as two hyphens ("... £970 million -- who said that?")
    r"|\s[\u2013\u2014]\s|\u2014|\s--\s"
    # why or for what the asker asks: "when was it given before I share it", "because we're
    # moving": a clause of its own, whose subject is the asker
    r"|\s(?i:before|because|cos|coz)\s(?=(?i:i|we|i m|im|i ve|ive|i'm|i've|we're|we re)\s)"
    r"|[\u2600-\u27bf\U0001f300-\U0001faff]"  # an emoji ends what it follows: "brutal 😩 how many"
)
# Opened by a look ahead at every character a split may start with (each branch's first): at
# a letter, most of a message, no branch is tried.
_CLAUSE_SPLIT = re.compile(
    r"(?=[,.;:!?()\s\u2013\u2014\u2600-\u27bf\U0001f300-\U0001faff])(?:" + _CLAUSE_SPLIT_MARKS + ")"
)

# A mark that sets clauses apart. A message typed with none ("parent in essex we waited 14
# months for an ep how much has the dfe put in") is split where a question opens inside it, when
# what comes before tells of the asker ("of the 100k who did the training how many were
# teachers" is one question, and stays whole).
_CLAUSE_MARK = re.compile(r"[,.;:!?()\u2013\u2014]|\s--?\s")
_QUESTION_OPENS = re.compile(
    r"(?<=\w)\s(?=(?:how many|how much|when (?:was|were|did|is|are|will|does|do)|"
    r"what (?:is|was|were|does|did|date|day)|who (?:is|was|answered|did))\b)",
    re.IGNORECASE,
)
# Words whose object the question is, not a story before it: "anyone know how many", "tell me
# how much", "is that what was said".
_ASKING_OF = frozenset(
    "know knows wondering tell me you ask asked asking say said about on of out idea see check "
    "find that is was".split()
)
_TELLS_OF_THE_ASKER = re.compile(r"\b(?:i|im|ive|we|weve|my|our|me|us|here)\b", re.IGNORECASE)


def _splits(text: str) -> list[re.Match[str]]:
    """Where `text` splits into clauses."""
    splits = list(_CLAUSE_SPLIT.finditer(text))
    lowered = text.lower()
    if not any(f" {word} " in lowered for word in ("how", "when", "what", "who")):
        return splits  # no question opening inside the message: nearly every one
    if _CLAUSE_MARK.search(text):
        return splits
    opening = next(
        (
            found
            for found in _QUESTION_OPENS.finditer(text)
            if text[: found.start()].rsplit(None, 1)[-1].lower() not in _ASKING_OF
        ),
        None,
    )
    if opening is None or not _TELLS_OF_THE_ASKER.search(text, 0, opening.start()):
        return splits
    return sorted([*splits, opening], key=lambda split: split.start())


ASKING = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|but|also|hi|hey|hiya|then|um|right|sorry|please|pls|quick question"
    r"|question|quick q|roughly|approximately|approx|realistically|honestly|genuinely|basically"
    r"|actually) )*"
    # "anyone know how many ...", "I want to know when ...": a question asked indirectly.
    r"(?:(?:does |do )?(?:any ?one|any ?body|some ?one|you) know |any idea |(?:just )?wondering |"
    r"(?:i|we) (?:want|would like|d like|need) to know )?"
    # "by what percentage ...", "on what date ...": a question led by a preposition; "since may
    # 2022 how many ...", "in plain words what does ...": by a short phrase of time or manner.
    r"(?:(?:by|in|on|at|for|from|to|since|until|of|over) (?:\w+ ){0,3}?"
    r"(?=(?:what|which|how|when|whom|whose)\b))?"
    # "but nationally how much ...", "overall how many ...": a word of scope or manner first
    r"(?:(?:[a-z]{3,}ly|overall|altogether) (?=(?:what|which|how|when|who|whom|whose)\b))?"
    r"(?:how|what|whats|when|which|who|whom|whose|where|why|is|are|was|were|do|"
    r"does|did|can|could|will|would|has|have|should|any|tell me|give me|list|"
    # "anyone know the actual date it was asked": asked without a question word
    r"(?:does |do )?(?:any ?one|any ?body|some ?one) know (?:the|if|whether)|"
    # "the £1bn q, asked on": the date left to fill in
    r"(?:asked|answered|tabled|lodged|submitted|replied|published) on(?=\s*$))\b"
)

# The question word left where its answer goes: "PINS is to support up to how many schools?",
# "the budget went up by how much?" (not "no idea how many", which tells).
_ASKED_IN_PLACE = re.compile(
    r"\b(?:up to|by|to|is|are|was|were|be|been|for|of|over|supports?|helps?|reach|reaches|"
    r"reached|trains?|trained|training|costs?|gets?|got|getting|receives?|received|totals?|"
    r"totalled|funds?|funded|funding|spends?|spent|gives?|gave|given|creates?|created|opened|"
    r"approved|provides?|provided|covers?|covered|worth) how (?:many|much)\b"
)


def clause_asks(clause: str) -> bool:
    """A folded clause asks something: it opens as a question does (ASKING), or it leaves the
    question word where its answer goes (`_ASKED_IN_PLACE`; looked for only in a clause
    saying "how m...", a few of them)."""
    return bool(ASKING.match(clause)) or (
        "how m" in clause and _ASKED_IN_PLACE.search(clause) is not None
    )


# A few kept: a message is split by its analysis, for its asking clauses and for the clauses
# about what it asks. (Only a few: a question asked again is worked out again.)
@lru_cache(maxsize=8)
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(clause for clause, _ in _clauses_and_stops(text))


@lru_cache(maxsize=8)
def _clauses_and_stops(text: str) -> tuple[tuple[str, str], ...]:
    """Each clause, with the mark that ends its sentence ("." "?" "!", or "" at the end)."""
    if "(" in text:
        # "my daughter (11, Down syndrome) is on the waiting list": the child's age or needs in
        # brackets are no clause of their own, and what they interrupt is one clause ("is on
        # the waiting list" asks nothing).
        text = _CHILD_ASIDE.sub(r"\1", text)
    pieces = []
    start = 0
    for split in _splits(text):
        pieces.append((text[start : split.start()], split.group()))
        start = split.end()
    pieces.append((text[start:], ""))
    stopped = []
    stop = ""
    for clause, mark in reversed(pieces):
        if mark in _STOPS:
            stop = mark
        if clause.strip():
            stopped.append((clause, stop))
    return tuple(reversed(stopped))


_STOPS = frozenset(".?!")

# A statement with its subject left out, as people tell their story: "Been a SENCO for 8 years,
# did the old award in 2016.", "My son is 18, has an EHCP."; it opens as a yes/no question does.
_SUBJECT_LEFT_OUT = re.compile(
    r"^\s*(?:(?:and|but|so|also|then) )*(?:is|are|was|were|do|does|did|has|have|had|can|could|"
    r"will|would|should)\b"
)


def _told_by_its_stop(clause: str, stop: str, asks_elsewhere: bool) -> bool:
    """A clause opening as a yes/no question does, in a sentence the asker ended with a full
    stop, when another sentence of theirs ends with a question mark: they told it (its subject
    left out), and ask in the other sentence."""
    return asks_elsewhere and stop == "." and bool(_SUBJECT_LEFT_OUT.match(_folded_clause(clause)))


def clauses_asking(text: str) -> tuple[bool, ...]:
    """For each clause of `folded_clauses(text)`, whether it asks something: it opens as a
    question does (ASKING), and is not told with its subject left out (`_told_by_its_stop`)."""
    stopped = _clauses_and_stops(text)
    asks_elsewhere = any(stop == "?" for _, stop in stopped)
    return tuple(
        clause_asks(_folded_clause(clause)) and not _told_by_its_stop(clause, stop, asks_elsewhere)
        for clause, stop in stopped
    )


# An aside in brackets after the asker's child: "my son (9)", "my daughter (11, Down syndrome)".
_CHILD_ASIDE = re.compile(
    r"\b((?:my|our) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|"
    r"nephew|niece|twins|children|kids|sons|daughters)) ?\([^()?]*\)",
    re.IGNORECASE,
)


# A few kept: one message's asking clauses are read by its analysis, by the matcher and by the
# newest-figure rule. (Only a few: a question asked again is worked out again.)
@lru_cache(maxsize=8)
def asking_text(text: str) -> str:
    """The clauses of a message that ask something, when others only tell, and the questions
    it tells of ("my head asked me how much the programme has, do you know?"): the whole
    message when none or all of them ask."""
    stopped = _clauses_and_stops(text)
    clauses = [clause for clause, _ in stopped]
    asks_elsewhere = any(stop == "?" for _, stop in stopped)
    asking = [
        "" if _told_by_its_stop(clause, stop, asks_elsewhere) else _asked_in(clause)
        for clause, stop in stopped
    ]
    if not any(asking) or all(
        asked == clause for asked, clause in zip(asking, clauses, strict=True)
    ):
        return text
    return ", ".join(asked for asked in asking if asked)


# A question told as someone's: "my head asked me how much funding the programme has"; or
# asked indirectly inside a clause that tells: "so we've waited years and i just want to know
# how many places ...", "i'm curious what the govt says ...", "trying to find out whether ...".
_EMBEDDED = re.compile(
    r"\b(?:asked (?:me|us)|asking (?:me|us)|wondering|wondered|curious|"
    r"(?:want|wanna|need|needs|trying|try|tryna|like) to (?:know|find out|check)|wanna know|"
    r"(?:don'?t|do not|didn'?t) (?:get|understand|know)) "
    # not "what to expect", "how to help": what they hope to learn, not a question of fact
    r"((?:how|what|when|which|who|where|whether)\b(?! to\b).*)",
    re.IGNORECASE,
)


# A detail asked for as the asker's need: "need the exact date the dfe answered the question",
# "I need the date the original question was asked": it asks what "what is the date ..." asks.
_NEEDED = re.compile(
    r"\b(?:need|needs|want|looking for|after) (the (?:exact |actual |precise |right |correct )?"
    r"(?:date|figure|number|amount|name|total|year|month|day)\b.*)",
    re.IGNORECASE,
)


def _asked_in(clause: str) -> str:
    """The clause when it asks; the question it tells of, when it tells of one; the detail it
    says the asker needs; else ''."""
    if clause_asks(_folded_clause(clause)):
        return clause
    embedded = _EMBEDDED.search(clause) or _NEEDED.search(clause)
    return embedded[1] if embedded else ""
