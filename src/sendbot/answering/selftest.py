"""Ask every fact's own questions as the bot replies to them: what a moderator checks after a
change.

Each question goes through the whole decision a reply is made by (`answer.decide`: the matcher,
then the rules beyond it, such as the newest figure of a measure or a detail the source does not
give), so the report says what people asking it are told, not only what the matcher ranks first. A
collision is a curated question that answers with another fact (two facts compete for it), unless
that fact restates the same figure for the same measure (two answers giving one number, e.g. a
budget repeated in a later answer). One the matcher alone gives to its own fact, but a rule beyond
it answers with another (the newest figure of a measure, the period asked), is reported as
*overruled*, with the fact the reply gives: what people are told, but not a slip in the curated
questions, so it does not fail the test; unless the reply sets right a figure the question claims
that its own fact gives (*contradicted*: "is it rising by £440 million?" told "gives over £1
billion, not £440 million"), which tells people a true figure is wrong and fails it. A tie is
one its own fact answers, but another fact matches as closely: which one wins is an accident of
ordering, so a new phrasing must not make one.
A weak match is one its own fact does not answer: the reply is partial, declined, or not about a
fact at all (taken for help). `alias_collisions` applies these rules to a phrasing before it is
added.
Pure: an index in, a report out."""

from __future__ import annotations

from dataclasses import dataclass, field

from sendbot.answering.answer import decide
from sendbot.answering.checked_claim import Claim, correction, gives
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.match import MatchResult, Outcome, match
from sendbot.answering.ranking import rank
from sendbot.knowledge import edits
from sendbot.knowledge.measures import restates
from sendbot.knowledge.model import Fact

# A new phrasing whose closest fact is another one, this close, already belongs to that fact:
# curated phrasings score about 1.0 against their own fact (see `rank`).
CLOSE_RANK = 0.9


@dataclass(frozen=True, slots=True)
class Collision:
    question: str
    fact_id: str  # the fact the question belongs to
    answered_by: str  # the fact that answers it now, or matches it as closely as its own
    tie: bool = False  # its own fact answers, but only because of the order they are ranked in
    # The matcher alone answers with its own fact; a rule beyond it gives `answered_by`.
    overruled: bool = False
    # The reply sets right ("gives X, not Y") a figure the question claims that its own fact
    # gives: people asking it are told a true figure is wrong. A failure, overruled or not.
    contradicted: bool = False
    # The reply's score (the probability that its fact answers); not part of what the
    # collision is, so one found before and after a change is the same collision.
    score: float | None = field(default=None, compare=False)

    def __str__(self) -> str:
        if self.tie:
            return (
                f"{self.question!r} belongs to {self.fact_id} but matches {self.answered_by} "
                "as closely"
            )
        score = f" (score {self.score:.2f})" if self.score is not None else ""
        if self.contradicted:
            return (
                f"{self.question!r} belongs to {self.fact_id} but the reply, with "
                f"{self.answered_by}{score}, says a figure it claims that its own fact gives is "
                "wrong"
            )
        if self.overruled:
            return (
                f"{self.question!r} belongs to {self.fact_id} but the reply answers with "
                f"{self.answered_by}{score}: a rule beyond the matcher picks it"
            )
        return (
            f"{self.question!r} belongs to {self.fact_id} but answers with {self.answered_by}"
            + score
        )


@dataclass(frozen=True, slots=True)
class WeakMatch:
    question: str
    fact_id: str
    confidence: float  # the reply's score
    outcome: Outcome = Outcome.DECLINED  # what the reply is: partial, declined, help...
    about: str | None = None  # the fact the reply is about (a partial's related fact)

    def __str__(self) -> str:
        return f"{self.question!r} ({self.fact_id}) {self.reply_text()}"

    def reply_text(self, now: bool = False) -> str:
        """What the reply is, as `kb test --weak` and /kb test say it; `now`: after a change,
        as a save reports it."""
        score = f"score {self.confidence:.2f}"
        later = "now " if now else ""
        if self.outcome is Outcome.PARTIAL:
            related = "" if self.about in (None, self.fact_id) else f" about {self.about}"
            return f"{later}gets a partial reply{related} ({score})"
        if self.outcome is Outcome.DECLINED:
            return f"is {later}declined ({score})"
        return f"{later}gets a {self.outcome.value} reply, not a fact"


@dataclass(frozen=True, slots=True)
class SelfTest:
    questions: int
    collisions: tuple[Collision, ...]
    weak: tuple[WeakMatch, ...]
    ties: tuple[Collision, ...] = ()  # reported; not a failure (see the module's docstring)
    overruled: tuple[Collision, ...] = ()  # reported; not a failure

    @property
    def ok(self) -> bool:
        return not self.collisions

    def summary(self) -> str:
        ties = f", {len(self.ties)} tie(s)" if self.ties else ""
        overruled = f", {len(self.overruled)} overruled" if self.overruled else ""
        return (
            f"{self.questions} question{'' if self.questions == 1 else 's'} checked: "
            f"{len(self.collisions)} collision(s), "
            f"{len(self.weak)} weak match(es){ties}{overruled}"
        )


def self_test(
    index: FactIndex,
    fact_ids: set[str] | None = None,
    asked: set[tuple[str, str]] | None = None,
) -> SelfTest:
    """Check the questions of every fact, or only of `fact_ids`, or only the (fact id,
    question) pairs in `asked`. Each question is checked on its own, so a part gives what
    the whole gives for it."""
    collisions: list[Collision] = []
    ties: list[Collision] = []
    overruled: list[Collision] = []
    weak: list[WeakMatch] = []
    checked = 0
    for fact in index.kb:
        if fact_ids is not None and fact.id not in fact_ids:
            continue
        for question in fact.questions:
            if asked is not None and (fact.id, question) not in asked:
                continue
            checked += 1
            result = decide(index, question).result  # as the reply is made
            collision = _collision(index, question, result, fact)
            if collision is not None:
                into = ties if collision.tie else overruled if collision.overruled else collisions
                into.append(collision)
            elif not result.answered:
                about = result.best.fact.id if result.best is not None else None
                weak.append(WeakMatch(question, fact.id, result.confidence, result.outcome, about))
    return SelfTest(checked, tuple(collisions), tuple(weak), tuple(ties), tuple(overruled))


def found(report: SelfTest) -> set[tuple[str, str]]:
    """The (fact id, question) pairs `report` flags: a collision, a tie or a weak match."""
    return {
        *((c.fact_id, c.question) for c in (*report.collisions, *report.ties)),
        *((w.fact_id, w.question) for w in report.weak),
    }


def _competes(other: Fact, fact: Fact) -> bool:
    return other.id != fact.id and not restates(other, fact)


def _collision(
    index: FactIndex, question: str, result: MatchResult, fact: Fact
) -> Collision | None:
    """Another fact answers `fact`'s question, or matches it as closely (a tie: also when its
    own fact declines it and another matches it closely); one that restates its figure does
    not count. `result` is the reply's decision; when it answers with another fact, the
    matcher alone is asked whether it gives its own (then the reply's rules overruled it)."""
    if result.best is None:
        return None
    if not result.answered:  # declined or partial for its own fact: is another one as close?
        close = next(
            (s for s in result.suggestions if _competes(s.fact, fact) and s.score >= CLOSE_RANK),
            None,
        )
        return None if close is None else Collision(question, fact.id, close.fact.id, True)
    if result.best.fact.id != fact.id:
        if not _competes(result.best.fact, fact):
            return None
        alone = match(index, question)  # rarely: only for a question another fact answers
        overruled = alone.answered and alone.best is not None and alone.best.fact.id == fact.id
        if overruled and _contradicts(result, fact):
            return Collision(
                question, fact.id, result.best.fact.id, contradicted=True, score=result.confidence
            )
        return Collision(
            question, fact.id, result.best.fact.id, overruled=overruled, score=result.confidence
        )
    top = result.best.score
    rival = next(
        (s.fact.id for s in result.suggestions if _competes(s.fact, fact) and s.score >= top),
        None,
    )
    return None if rival is None else Collision(question, fact.id, rival, tie=True)


def _contradicts(result: MatchResult, fact: Fact) -> bool:
    """The reply sets right a figure the question claims ("is it rising by £440 million?")
    that `fact`, whose question it is, gives: a true figure called wrong."""
    best = result.best
    if best is None or not result.checked or correction(result.checked, best.fact) is None:
        return False
    return any(
        gives(fact, Claim(0, len(figure.said), figure.kind, figure.said.lower()))
        and not gives(best.fact, Claim(0, len(figure.said), figure.kind, figure.said.lower()))
        for figure in result.checked
        if not figure.hedged
    )


@dataclass(frozen=True, slots=True)
class AliasCheck:
    """What stands in the way of adding a phrasing to a fact."""

    # The greeting or help reply the phrasing gets even once added ("hello", "thanks!",
    # "help"): no one asking it would be answered with the fact, so it is refused, forced or not.
    chat: Outcome | None
    collisions: list[Collision]  # see `alias_collisions`; none looked for when forced


def check_alias(
    index: FactIndex, fact_id: str, question: str, *, force: bool = False
) -> AliasCheck:
    """Both checks `kb alias` makes before saving, on one base built with the phrasing added.
    An unknown fact or invalid phrasing raises the `KnowledgeError` saving it would."""
    after = build_index(edits.add_alias(index.kb, fact_id, question).kb)
    outcome = decide(after, question).result.outcome
    chat = outcome if outcome in _CHAT_REPLIES else None
    if chat is not None or force:
        return AliasCheck(chat, [])
    return AliasCheck(None, _collisions(index, after, fact_id, question))


_CHAT_REPLIES = frozenset({Outcome.GREETING, Outcome.HELP})


def alias_collisions(index: FactIndex, fact_id: str, question: str) -> list[Collision]:
    """Why adding `question` to `fact_id` would take it, or another question, from another fact.

    Refused when the phrasing, asked today, is answered by another fact, or its closest fact is
    another one that matches it closely; and when adding it makes a new collision or tie (see
    `self_test`). Empty when it is safe. An unknown fact or invalid phrasing raises the
    `KnowledgeError` saving it would.
    """
    after = build_index(edits.add_alias(index.kb, fact_id, question).kb)
    return _collisions(index, after, fact_id, question)


def _collisions(index: FactIndex, after: FactIndex, fact_id: str, question: str) -> list[Collision]:
    """`alias_collisions`, given `after`: the base with the phrasing added."""
    fact = index.kb.fact(fact_id)
    assert fact is not None  # add_alias refuses an unknown fact
    found: list[Collision] = []
    # As the reply decides it, newest figure included: "how much is the high needs budget?"
    # is answered by the newest budget fact even where the matcher alone declines it.
    result = decide(index, question).result
    candidates = rank(index, question).candidates
    if result.answered and result.best is not None and result.best.fact.id != fact_id:
        if _competes(result.best.fact, fact):
            found.append(Collision(question, fact_id, result.best.fact.id))
    else:
        if candidates and candidates[0].evidence.rank_score >= CLOSE_RANK:
            closest = index.facts[candidates[0].position]
            if _competes(closest, fact):
                # A tie, not a collision: the reply does not answer with `closest` ("... but
                # answers with" it was said of a phrasing `ask` answers with its own fact).
                found.append(Collision(question, fact_id, closest.id, tie=True))
    # Only the facts the phrasing is close to can lose a question to it.
    near = {fact_id} | {index.facts[c.position].id for c in candidates}
    before, added = self_test(index, near), self_test(after, near)
    old = {*before.collisions, *before.ties}
    found += [c for c in (*added.collisions, *added.ties) if c not in old]
    # One per question and rival: a collision (found first) already says what a tie would.
    unique: dict[tuple[str, str, str], Collision] = {}
    for collision in found:
        unique.setdefault((collision.question, collision.fact_id, collision.answered_by), collision)
    return list(unique.values())
