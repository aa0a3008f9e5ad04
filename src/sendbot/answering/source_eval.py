"""Score answering on a set labelled by source document and a verbatim piece of the quote.
Pure: the parsed set and an index in, verdicts and counts out.

An answer is right when the answered fact's source document is the item's `source` (or one in
its `also`) and the fact's quote contains `contains`, both compared after the verbatim fold.
For `latest` items the `source` is the newest answer giving that measure, so right means the
newest figure. Unanswerable items are handled when declined or given a partial reply;
off-topic ones only when declined (greetings and help count as declined: they present no fact).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.reply import Reply
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase
from sendbot.knowledge.verbatim import fold

NOT_A_FACT = frozenset({"declined", "greeting", "help"})
Item = dict[str, object]


def items(data: dict[str, object], key: str) -> list[Item]:
    entries = data.get(key) or []
    if not isinstance(entries, list):
        raise ValueError(f"{key} must be a list")
    return [entry if isinstance(entry, dict) else {"q": entry} for entry in entries]


def answerable_verdict(index: FactIndex, item: Item) -> tuple[str, Reply]:
    """'right', 'wrong fact', 'partial' or 'declined' for an answerable item, and the reply."""
    reply = answer(index, str(item["q"]))
    outcome = reply.outcome.value
    if outcome != "answered" or reply.fact is None or reply.source is None:
        return ("declined" if outcome in NOT_A_FACT else outcome), reply
    right = quote_answers(item, reply.source.document, reply.fact.quote)
    return ("right" if right else "wrong fact"), reply


def quote_answers(item: Item, document: str, quote: str) -> bool:
    """Whether a quote from `document` answers the item: the labelled written answer (or one in
    `also`), and the labelled verbatim piece in the quote (or one of the pieces, when `contains`
    lists how each of those answers words the same thing). An `also` entry is a file name, or
    `{source, contains}` giving that answer's own wording."""
    name = document.rsplit("/", 1)[-1]  # the file's name
    also = item.get("also") or []
    listed = also if isinstance(also, list) else []
    accepted: list[tuple[str, object]] = [(str(item["source"]), item["contains"])]
    for entry in listed:
        if isinstance(entry, dict):
            accepted.append((str(entry["source"]), entry.get("contains", item["contains"])))
        else:
            accepted.append((str(entry), item["contains"]))
    return any(
        source == name and any(fold(str(piece)) in fold(quote) for piece in _pieces(contains))
        for source, contains in accepted
    )


def _pieces(contains: object) -> list[object]:
    return contains if isinstance(contains, list) else [contains]


def labelled_facts(kb: KnowledgeBase, item: Item) -> list[Fact]:
    """The facts a label points at: those of its written answers whose quote it accepts."""
    return [fact for fact in kb if quote_answers(item, kb.source_of(fact).document, fact.quote)]


def gives_a_labelled_figure(kb: KnowledgeBase, item: Item, fact: Fact) -> bool:
    """Whether a fact counted wrong gives a figure (a count, sum or percentage) that a fact the
    label accepts gives: often another written answer, or another fact of the same one,
    stating the labelled figure in its own words, which the label does not accept yet;
    sometimes the same figure said of something else. A count worth checking, not a verdict."""
    given = _figures(fact)
    return bool(given) and any(given & _figures(labelled) for labelled in labelled_facts(kb, item))


def _figures(fact: Fact) -> frozenset[tuple[FigureKind, object]]:
    return frozenset((f.kind, f.value) for f in fact.figures if f.kind is not FigureKind.DATE)


def unanswerable_verdict(index: FactIndex, item: Item, partial_ok: bool) -> tuple[str, Reply]:
    """'declined', 'partial' (when that counts as handled) or 'not handled', and the reply."""
    reply = answer(index, str(item["q"]))
    outcome = reply.outcome.value
    if outcome in NOT_A_FACT:
        return "declined", reply
    if outcome == "partial" and partial_ok:
        return "partial", reply
    return "not handled", reply


def answerable_groups(data: dict[str, object]) -> dict[str, list[Item]]:
    """The answerable items by kind: in scope, "latest", and periods a source gives."""
    return {
        "in_scope": items(data, "in_scope"),
        "latest": items(data, "latest"),
        "period (a source gives it)": [item for item in items(data, "period") if "source" in item],
    }


def unanswerable_items(data: dict[str, object]) -> list[Item]:
    """On-topic items no source answers, a period no source gives among them."""
    periods = [item for item in items(data, "period") if "source" not in item]
    return items(data, "partial_or_declined") + [
        {**item, "kind": "period-not-given"} for item in periods
    ]


@dataclass(frozen=True, slots=True)
class SourceScore:
    answerable: Counter[str]  # verdict -> count, over every answerable item
    latest: Counter[str]  # the same over the "latest" items
    unanswerable: Counter[str]
    off_topic: Counter[str]

    @staticmethod
    def share(counts: Counter[str], *good: str) -> float:
        total = sum(counts.values())
        return sum(counts[verdict] for verdict in good) / total if total else 1.0


def score_set(index: FactIndex, data: dict[str, object]) -> SourceScore:
    answerable: Counter[str] = Counter()
    latest: Counter[str] = Counter()
    for name, group in answerable_groups(data).items():
        for item in group:
            verdict, _ = answerable_verdict(index, item)
            answerable[verdict] += 1
            if name == "latest":
                latest[verdict] += 1
    unanswerable = Counter(
        unanswerable_verdict(index, item, partial_ok=True)[0] for item in unanswerable_items(data)
    )
    off_topic = Counter(
        unanswerable_verdict(index, item, partial_ok=False)[0]
        for item in items(data, "out_of_scope")
    )
    return SourceScore(answerable, latest, unanswerable, off_topic)
