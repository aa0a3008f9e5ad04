"""Questions asking whether every one of a kind of thing takes part or only some ("is every
council in the change programme or just some?", "all LAs or only a few?"): how many of them
take part answers it (32 local authorities are some of them), as a fact saying all of them
does. Read as how many there are, when the fact first given neither counts them nor says all
of them. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_reading import SURE_ALONE, FirstReading
from sendbot.answering.lacking import SOURCE
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


# A count of more of them ("to train 400 more EPs", "a further 400 EPs"): how many are added,
# which says nothing of whether all of those there are take part.
_MORE_OF_THEM = re.compile(
    r"\b(?:\d[\d,.]* (?:more|extra|additional|new)|(?:further|additional|extra) \d)"
)
# What comes before "all" in the asking, said back before what it asks of them: "are all EPs
# being trained" -> "whether all EPs are being trained".
_SAID_BACK_AUX = frozenset("are is were was will have has can".split())
_WHAT_IS_DONE = frozenset(
    "be being been get getting got take taking in on part doing receive receiving given".split()
)


def _counts_only_more(fact: Fact) -> bool:
    return _MORE_OF_THEM.search(fact.statement.lower()) is not None


def _all_not_said(text: str) -> str | None:
    """The sentence saying the written answer does not say whether all of them are so, of a
    message asking whether all or only some."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    found = _ALL_OR_SOME.search(lowered)
    if found is None:
        return None
    before = lowered[: found.start()].split()
    aux = before[-1] if before and before[-1] in _SAID_BACK_AUX else ""
    # who is asked of, as written ("every educational psychologist"), up to what is asked of
    # them ("be trained", "being trained"), then that
    upto = len(lowered[found.start() : found.end("between")].split())
    written = text.split()[len(before) : len(before) + upto]
    asked = [word.strip("?,.!") for word in written if word.strip("?,.!")]
    verb = next(
        (at for at, word in enumerate(asked) if at > 1 and word.lower() in _WHAT_IS_DONE),
        min(len(asked), 2),
    )
    who, done = " ".join(asked[:verb]), " ".join(asked[verb:]).lower()
    said = " ".join(part for part in (who, aux, done) if part)
    return f"{SOURCE} doesn't say whether {said} or only some; it says how many more."


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
        # answered by a count or by "all of them" already, unless only by how many more
        return _only_more_counted(read, read.newest, kind)
    again = read.decided_as_worded(reworded)
    found = again.result.best
    if (
        not again.result.answered
        or found is None
        or again.result.confidence < SURE_ALONE
        or not _counts_or_says_all(read.index, found.fact, kind)[0]
    ):
        return None
    again = replace(again, result=replace(again.result, question=read.question))
    return _only_more_counted(read, again, kind) or again


def _only_more_counted(read: FirstReading, newest: Newest, kind: frozenset[str]) -> Newest | None:
    """ "are all EPs being trained, or just some?" answered by "to train 400 more EPs": how
    many are added, not whether all of them are, so that fact is shown as related, with what
    the written answer does not say. None when the answer is not such a count."""
    best = newest.result.best
    if best is None:
        return None
    counts, says_all = _counts_or_says_all(read.index, best.fact, kind)
    missing = _all_not_said(read.question)
    if not counts or says_all or not _counts_only_more(best.fact) or missing is None:
        return None
    return Newest(
        newest.result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, missing=missing)
    )
