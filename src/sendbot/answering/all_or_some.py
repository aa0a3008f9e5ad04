"""Questions asking whether every one of a kind of thing takes part or only some ("is every
council in the change programme or just some?", "all LAs or only a few?"): how many of them
take part answers it (32 local authorities are some of them), as a fact saying all of them
does. Read as how many there are, when the fact first given neither counts them nor says all
of them. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_reading import SURE_ALONE, FirstReading
from sendbot.answering.match import Outcome
from sendbot.answering.measure_table import position_of
from sendbot.answering.newest import Newest
from sendbot.knowledge.model import Fact

# "all LAs ... or only some", "every council ... or just a handful of them": the kind of thing
# after "all" or "every", the words between, and the lesser choice (some, a few, certain ones).
_ALL_OR_SOME = re.compile(
    r"\b(?:all|every|each)(?: of)?(?: the)? (?P<kind>[a-z]+)(?P<next> [a-z]+)?\b"
    r"(?P<between>[^?.!;]*?)"
    r"(?:,? )\bor (?:(?:just|only|merely|simply) )?(?:some|a few|a handful|certain|selected|"
    r"a couple|a select few|a small number)\b(?: (?:of )?(?:them|those|ones|areas))?"
)


def _asked(index: FactIndex, text: str) -> tuple[frozenset[str], str] | None:
    """The terms of the kind of thing asked of and the message asking how many of them there
    are, or None when it does not ask whether all of them or only some."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    if " or " not in lowered:
        return None  # most messages
    found = _ALL_OR_SOME.search(lowered)
    if found is None:
        return None
    kind, between = found["kind"], f"{found['next'] or ''}{found['between']}"
    terms = frozenset(index.normaliser.terms(kind))
    if found["next"]:
        # "every local authority": two words naming one thing, as the base's synonyms say
        named = frozenset(index.normaliser.terms(f"{kind}{found['next']}"))
        if len(named) == 1 and named != terms:
            kind, between, terms = f"{kind}{found['next']}", found["between"], named
    if not terms:
        return None
    rest = " ".join(f"{lowered[: found.start()]}{between}{lowered[found.end() :]}".split())
    return terms, f"how many {kind} - {rest}"


def _counts_or_says_all(index: FactIndex, fact: Fact, kind: frozenset[str]) -> tuple[bool, bool]:
    """Whether the fact counts that kind of thing, and whether it says all of them ("has
    supported all local authorities", not "every region" of councils)."""
    profile = index.profiles[position_of(index, fact)]
    counts = bool(profile.count_terms & kind)
    words = profile.text.split()
    says_all = any(
        word in ("all", "every", "each")
        and kind & set(index.normaliser.terms(" ".join(words[at + 1 : at + 3])))
        for at, word in enumerate(words)
    )
    return counts, says_all


def how_many_of_all(read: FirstReading) -> Newest | None:
    """'is every council in the change programme or just some?', declined, partial or given a
    fact that neither counts councils nor says all of them ("benefit every region"): read as
    how many councils, when that is surely answered by a fact counting them."""
    asked = _asked(read.index, read.spelt)
    if asked is None:
        return None
    kind, reworded = asked
    result = read.newest.result
    best = result.best
    if (
        result.outcome is Outcome.ANSWERED
        and best is not None
        and any(_counts_or_says_all(read.index, best.fact, kind))
    ):
        return None  # answered by a count or by "all of them" already
    again = read.decided_as_worded(reworded)
    found = again.result.best
    if (
        not again.result.answered
        or found is None
        or again.result.confidence < SURE_ALONE
        or not _counts_or_says_all(read.index, found.fact, kind)[0]
    ):
        return None
    return replace(again, result=replace(again.result, question=read.question))
