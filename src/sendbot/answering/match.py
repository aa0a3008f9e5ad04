"""Question + knowledge base -> the fact that answers it, or a reasoned refusal. Pure.

How a question is scored against a fact:
1. coverage: the share of the question's information (rare words weigh more, IDF) that the
   fact's own words carry anywhere, with field weights (its `questions` count most, its
   quote least). A word the knowledge base has never seen counts against every fact.
2. phrasing: how closely the question matches the fact's best single phrasing (one of its
   `questions`, its title or statement), both ways: the question's words found in the
   phrasing, and the phrasing's words found in the question (IDF-weighted F1), plus a
   rapidfuzz similarity of the two word sequences.
3. intent: "how many" wants a count, "how much" an amount, "when" a date, "who" a person;
   a fact's intents come from its figures and from the questions curated for it.
Typos are corrected against the knowledge base's own vocabulary first, and synonyms folded.
Below the confidence threshold sendbot declines and offers the closest topics instead: a
wrong fact presented as an answer is the worst thing it can do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import partial
from itertools import islice

from sendbot.answering.answer_parts import (
    DATE_PARTS,
    DOCUMENT_TAG,
    FUTURE_WORDS,
    PART_WORDS,
    PUBLICATION_WORDS,
    ROLES_OF_EVERY_ANSWER,
    AnswerPart,
    answer_part,
    asked_of_answer,
    asks_which_department,
    is_a_time,
    names_the_answer,
    paper_number_asked_of,
    quotes_paper_number,
    without_department_talk,
    without_name_checked,
)
from sendbot.answering.anything_about import without_anything_about
from sendbot.answering.asked_to_report import as_asked_about, as_asked_wanted
from sendbot.answering.asker_story import pointed_back, told_only_who_asks
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.bare_count import RIVALS as COUNT_RIVALS
from sendbot.answering.bare_count import bare_thing, which_count
from sendbot.answering.bought_count import (
    counts_in_quote,
    gives_a_sum_named,
    gives_count,
)
from sendbot.answering.checked_claim import (
    Checked,
    Claim,
    asked_of,
    asking_for,
    asks_for_the_figure,
    asks_if_right,
    checkable,
    checked_at_the_end,
    checked_figures,
    checks_a_figure,
    claims,
    claims_a_figure_asked_checks,
    gives,
    may_be_asked_of,
    only_checks_a_claim,
    reported_claims,
    tag_asks_if_right,
    told_claims,
    told_clause,
)
from sendbot.answering.claimed_scale import asking_for_figure, figure_of_its_scale
from sendbot.answering.claimed_unit import names_its_unit
from sendbot.answering.compared_years import states_a_change
from sendbot.answering.confidence import (
    ANSWER_THRESHOLD,
    PARTIAL_THRESHOLD,
    Verdict,
    answer_probability,
    probability_given,
)
from sendbot.answering.expansions import (
    acronyms_asked,
    letters_asked,
    letters_before_asking,
    spelling_out_all,
    spelt_by_initials,
    spelt_by_initials_in,
)
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.figure_named import fact_giving
from sendbot.answering.figure_of_another_answer import figure_of_another_answer
from sendbot.answering.fronted_topic import names_only_a_measure
from sendbot.answering.headcount import as_counted
from sendbot.answering.how_many_said_otherwise import as_how_many
from sendbot.answering.intent import Intent
from sendbot.answering.measure_table import position_of
from sendbot.answering.members_counted import members_counted
from sendbot.answering.message_kind import Kind
from sendbot.answering.missing import (
    mentioned_not_explained,
    nearest_role,
    office_not_named,
)
from sendbot.answering.named_in_story import names_used
from sendbot.answering.named_month import (
    dated_in_month,
    month_and_year,
    month_of,
    months_before_a_year,
)
from sendbot.answering.names_given_elsewhere import naming_some
from sendbot.answering.negative_check import as_plain_check
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS, fold_text, words
from sendbot.answering.only_mentioned import asks_what_it_is_or_does
from sendbot.answering.paper_number_asked import as_command_paper
from sendbot.answering.people_not_money import people_named_beside
from sendbot.answering.period_mismatch import has_year
from sendbot.answering.question import Question, analyse, with_the_q_spelt_out
from sendbot.answering.ranked import Candidate as Candidate  # where other modules look for it
from sendbot.answering.ranked import RankedCandidates
from sendbot.answering.ranking import Ranking, among_first, only_about_the_document, rank
from sendbot.answering.rise_sized import as_how_big
from sendbot.answering.scoring import corrected_terms, said_terms, subject_terms
from sendbot.answering.sibling_answer import (
    counts_only_another_thing,
    same_sentence,
    sibling_giving_it,
    states_the_change_from,
)
from sendbot.answering.spelt_amounts import with_amounts_in_figures
from sendbot.answering.spelt_out import asked_letters
from sendbot.answering.spoken_years import with_month_years_in_full, with_years_in_figures
from sendbot.answering.sum_named import money_named_beside
from sendbot.answering.sum_of_another import sums_of_unnamed_things
from sendbot.answering.topic_tense import future_only_in_named_topic
from sendbot.answering.unsaid_kinds import asked_of_the_answer
from sendbot.answering.which_answer import (
    answers_it_could_mean,
    asks_its_part,
    titled_on,
    which_one_text,
)
from sendbot.answering.year_ending import with_years_by_their_halves
from sendbot.knowledge.figures import figures_besides_dates
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import Fact, FigureKind

SUGGESTION_FLOOR = 0.2
MAX_SUGGESTIONS = 3


class Outcome(StrEnum):
    ANSWERED = "answered"  # the fact answers what was asked
    PARTIAL = "partial"  # on topic, but the source does not give the detail asked for
    DECLINED = "declined"  # nothing relevant
    GREETING = "greeting"  # hello, thanks, bye
    HELP = "help"  # "help", "what can I ask?", or nothing to go on


# Read once: Python 3.11 reads an enum member through EnumType's __getattr__ hook, some fifteen
# times slower than a global name, and whether a result answers is read many times a question.
_ANSWERED = Outcome.ANSWERED

# Chat that is not a question, and the outcome it gets.
OUTCOME_OF_KIND = {
    Kind.GREETING: Outcome.GREETING,
    Kind.THANKS: Outcome.GREETING,
    Kind.BYE: Outcome.GREETING,
    Kind.ACK: Outcome.GREETING,
    Kind.FEEDBACK: Outcome.GREETING,
    Kind.HELP: Outcome.HELP,
    Kind.ABOUT: Outcome.HELP,
    Kind.CURRENT: Outcome.HELP,
    Kind.REPORT: Outcome.HELP,
    Kind.PRIVACY: Outcome.HELP,
    Kind.MEANING: Outcome.HELP,
    Kind.LANGUAGE: Outcome.HELP,
    Kind.MEMORY: Outcome.HELP,
    Kind.OWN_CASE: Outcome.HELP,
    Kind.EMPTY: Outcome.HELP,
}


@dataclass(frozen=True, slots=True)
class ScoredFact:
    fact: Fact
    score: float  # the evidence model's probability that it answers (capped for suggestions)
    # A rule says it cannot give what was asked: shown, its probability is given that verdict.
    lacks_detail: bool = False


@dataclass(frozen=True, slots=True)
class MatchResult:
    question: str
    outcome: Outcome
    best: ScoredFact | None
    suggestions: tuple[ScoredFact, ...]
    corrected_terms: tuple[str, ...] = ()
    confidence: float = 0.0  # the probability that `best` answers the question: the score
    missing: str | None = None  # partial: what the source does not give, in one sentence
    kind: Kind = Kind.QUESTION  # greeting, thanks, bye, help ... when it is not a question
    # What a rule said of `best`, and the evidence model's probability before it did.
    verdict: Verdict = Verdict.NONE
    evidence_confidence: float = 0.0
    # The figures the question checks ("is it £50m?"), when it was answered as checking them.
    checked: tuple[Checked, ...] = ()
    # "What training is there for SENCOs?", answered by a few facts together: the ones after
    # `best`, each with its own probability (see `overview`).
    together: tuple[ScoredFact, ...] = ()

    @property
    def answered(self) -> bool:
        return self.outcome is _ANSWERED

    def judged(self, verdict: Verdict, **changes: object) -> MatchResult:
        """This result with a rule's verdict on the fact (and the outcome, fact or missing
        sentence the rule gives): its confidence is then the probability given that verdict."""
        changed = replace(self, **changes)  # type: ignore[arg-type]
        confidence = probability_given(verdict, self.evidence_confidence)
        best = changed.best
        if best is not None:
            best = ScoredFact(best.fact, round(confidence, 4))
        return replace(changed, verdict=verdict, confidence=confidence, best=best)

    def answered_if_confident(self, verdict: Verdict, best: ScoredFact) -> MatchResult | None:
        """`best` as the answer on a rule's verdict, when the probability given that verdict
        reaches the threshold; None when it does not."""
        answered = self.judged(verdict, outcome=Outcome.ANSWERED, best=best, missing=None)
        return answered if answered.confidence >= ANSWER_THRESHOLD else None


def figures_given(fact: Fact) -> frozenset[tuple[FigureKind, int | float | str]]:
    return frozenset((f.kind, f.value) for f in fact.figures if f.kind is not FigureKind.DATE)


def margin_of(
    candidates: Sequence[Candidate], facts: Sequence[Fact] = (), not_rivals: Collection[int] = ()
) -> float:
    """How far the top fact leads the next one that would answer differently. Two written
    answers repeating the same figures are one answer to the question, not rivals: the next
    fact that gives other figures sets the margin; nor are the facts a rule passed over as
    `not_rivals` (by position)."""
    if not candidates:
        return 0.0
    given = figures_given(facts[candidates[0].position]) if facts else frozenset()
    # Only the first rival counts: the others' figures are never compared.
    rival = next(
        (
            c
            for c in islice(candidates, 1, None)
            if c.position not in not_rivals
            and (not given or figures_given(facts[c.position]) != given)
        ),
        None,
    )
    second = rival.rank_score if rival else 0.0
    return candidates[0].rank_score - second


def _offered(
    index: FactIndex,
    candidates: RankedCandidates,
    ceiling: float,
    leave_out: Candidate | None = None,
) -> tuple[ScoredFact, ...]:
    """The closest facts worth offering, chosen by how close they are and shown with the same
    calibrated probability as the reply (judged with their negative margin to the top one),
    never above the reply's own."""
    best_rank = candidates[0].rank_score
    offered: list[ScoredFact] = []
    for candidate in candidates.reaching(SUGGESTION_FLOOR):
        if candidate is leave_out or candidate.evidence.closeness < SUGGESTION_FLOOR:
            continue
        first = candidate is candidates[0]
        margin = (
            margin_of(candidates, index.facts, candidates.not_rivals)
            if first
            else candidate.rank_score - best_rank
        )
        probability = min(ceiling, answer_probability(candidate.evidence, margin))
        lacks_detail = candidate.evidence.missing is not None
        fact = index.facts[candidate.position]
        offered.append(ScoredFact(fact, round(probability, 4), lacks_detail))
        if len(offered) == MAX_SUGGESTIONS:
            # Stopped here, not when the next one is read: finding which candidate ranks
            # next would work out the evidence of every candidate that might.
            break
    return tuple(offered)


def _topic_ruled_out(index: FactIndex, question: Question, candidates: RankedCandidates) -> bool:
    """The fact the question is most about gives the kind of detail asked for, but not for
    what was asked (a place, a period, a group): another fact is not the answer just because
    that one was ruled out. (One that gives another kind of detail, a date for a count, or a
    count of something else, schools for "how many places", is.) Another answer's words for
    the top fact's own figure rule nothing out: "60% over five years" lacks the year counted
    from, which "60% from the 2019/20 allocations" gives."""
    top_topic = candidates[0].evidence.topic_rank_score
    top = index.facts[candidates[0].position]
    return any(
        candidate.evidence.missing is not None
        and candidate.evidence.intent_fit != -1
        and candidate.evidence.topic_rank_score > top_topic
        and not counts_only_another_thing(index, question, candidate)
        and not _restates(index.facts[candidate.position], top)
        and not _states_the_change_compared(question, top, index.facts[candidate.position])
        for candidate in candidates.topic_rivals(top_topic)
    )


def _states_the_change_compared(question: Question, top: Fact, ruled_out: Fact) -> bool:
    """ "Is the £10.5bn an increase on before, and by how much?": the total of the sentence
    gives no earlier figure to compare with, and the top fact, of the same sentence, states
    the change asked (60% over five years); or, of the same answer, states the change from
    the ruled-out fact's own figure ("over £104 million ..., an increase of £6.9 million on
    their 2024/25 DSG high needs block" beside the £104 million alone)."""
    return (
        question.compared_with is not None
        and states_a_change(top)
        and (same_sentence(top, ruled_out) or states_the_change_from(top, ruled_out))
    )


def _names_another_facts_figure(
    index: FactIndex, question: Question, candidates: RankedCandidates
) -> bool:
    """The question names a figure the top fact lacks, and a fact it is more about gives that
    figure, but not what was asked, where the top fact gives another figure of the same kind:
    "when were the 76 special free schools approved" is not answered by the month 33 others
    were approved (the 76 come with no date); or gives it in another written answer than the
    top fact's (`figure_of_another_answer`). (The 400 trainees answer "how many will the £21m
    train": a count, where the fact naming it, of the same answer, gives a sum.)"""
    top = candidates[0].evidence
    if not top.number_mismatch:
        return False
    top_fact = index.facts[candidates[0].position]
    given = figures_given(top_fact)
    return any(
        candidate.evidence.missing is not None
        and not candidate.evidence.number_mismatch
        and (
            _rival_figures(given, figures_given(index.facts[candidate.position]))
            or figure_of_another_answer(question.text, top_fact, index.facts[candidate.position])
        )
        for candidate in candidates.topic_rivals(top.topic_rank_score)
        if candidate.evidence.topic_rank_score > top.topic_rank_score
    )


def _rival_figures(
    given: frozenset[tuple[FigureKind, int | float | str]],
    other: frozenset[tuple[FigureKind, int | float | str]],
) -> bool:
    """Figures of a kind both give, with another value: two counts, two sums."""
    return any(
        kind == rival and value != number for kind, value in given for rival, number in other
    )


def _restates(fact: Fact, other: Fact) -> bool:
    """`fact` gives the same figure of the same measure as `other`, in its own words."""
    figure, given = fact.measured, other.measured
    return (
        fact.measure is not None
        and fact.measure == other.measure
        and figure is not None
        and given is not None
        and (figure.kind, figure.value) == (given.kind, given.value)
    )


def _of_those_without(index: FactIndex, question: Question, candidate: Candidate) -> bool:
    """The question is about people lacking something ("16-24s with no EHC plan") and the
    fact is about those without it: the facts about those with it, ruled out for that, are
    not what the question is more about."""
    lacked = said_terms(index, question.lacked)
    return bool(lacked) and lacked <= index.profiles[candidate.position].without_terms


# How much nearer a fact that counts the nearest thing to what was asked ("opened" for
# "completed") is, when choosing the related fact to show.
NEAR_ROLE_BONUS = 0.15


def _near_role_bonus(index: FactIndex, question: Question, position: int) -> float:
    """What choosing the related fact adds to the topic rank score of the fact at `position`."""
    return NEAR_ROLE_BONUS if nearest_role(question, index.profiles[position]) else 0.0


def read_as_asked(index: FactIndex, text: str) -> str:
    """`text` as a question is read: misspelt words as the base's own ("speshul skools"), and
    a negative opening check ("wasn't it 20?") as the plain one, "what number of" as
    "how many", "the size of the X increase" as "how big is the X increase", a school's
    "headcount" as its pupil numbers, "is there anything about X" as
    "is there about X", "asked to report on" as "asked about", a plan's "reference number" as
    its command paper number, "the nov 25 answer" as "the nov 2025 answer"; years and amounts
    said in words in figures, and a year named by when it ends ("the year to March 2025") by
    its two halves ("2024/25")."""
    corrected = as_counted(as_how_big(as_how_many(index.speller.corrected(text))))
    corrected = as_command_paper(as_asked_about(as_asked_wanted(corrected)))
    spelt = with_month_years_in_full(with_years_in_figures(corrected))
    spelt = with_years_by_their_halves(with_amounts_in_figures(spelt))
    return without_anything_about(as_plain_check(spelt))


def match(
    index: FactIndex, text: str, question: Question | None = None, ranking: Ranking | None = None
) -> MatchResult:
    """`question` is `text` analysed and `ranking` it ranked, when the caller has them already
    (a ranking is never changed once made, so one serves every use of the same text)."""
    if question is None and ranking is None:
        # A message overheard in a channel is read as `decide` reads a question: misspelt
        # words as the base's own ("how many speshul skools opend").
        text = read_as_asked(index, text)
    ranking = rank(index, text, question) if ranking is None else ranking
    result = _matched(index, text, ranking)
    result = _claim_checked(index, text, ranking, result) or result
    return _which_count(index, ranking, result) or result


def _which_count(index: FactIndex, ranking: Ranking, result: MatchResult) -> MatchResult | None:
    """'how many special schools?' answered with one of the source's counts of them (opened,
    approved): a partial saying which counts it gives (see `bare_count`)."""
    if not result.answered or result.best is None or not ranking.candidates:
        return None
    if bare_thing(ranking.question, index) is None:
        return None  # before the ranking is read: reading it works out its first few
    positions = [c.position for c in ranking.candidates[:COUNT_RIVALS]]
    found = which_count(index, ranking.question, positions, result.best.fact)
    if found is None:
        return None
    related, missing = found
    best = ScoredFact(index.facts[related], result.best.score)
    return result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, best=best, missing=missing)


def _matched(index: FactIndex, text: str, ranking: Ranking) -> MatchResult:
    """The ranking's outcome, then each rule that may answer what it did not, in turn
    (`SECOND_RULES`, at the end of this module), then which written answer's it is."""
    result = _decide(index, text, ranking)
    for reason, rule in SECOND_RULES:
        if reason(ranking, result):
            result = rule(index, text, ranking, result) or result
    return _which_answer(index, ranking.question, result)


def _figure_asked_about(index: FactIndex, text: str, result: MatchResult) -> MatchResult | None:
    """'what does the 76 refer to', 'whats the 23 figure': the fact giving the figure named,
    when it is one measure's (see `figure_named`); scored as the one close fact giving the
    period a question names is, the same kind of evidence."""
    position = fact_giving(index, text)
    if position is None:
        return None
    return result.answered_if_confident(Verdict.PERIOD_FACT, ScoredFact(index.facts[position], 0.0))


# How far down the ranking the fact giving the count a named sum buys may be.
BOUGHT_RIVALS = 3


def _count_the_sum_buys(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'how many EPs does the £21m pay to train': a partial reply whose first few facts hold
    one giving the sum named (an amount, not a number) whose quote says the count bought, and
    one of the same written answer giving that count and lacking nothing asked: that one
    answers, scored as the one close fact giving what the question names is (`bought_count`)."""
    sums = figures_besides_dates(text)  # a sum may be named as a number: "the 21 million"
    if not sums:
        return None
    first = list(islice(ranking.candidates, BOUGHT_RIVALS))
    facts = [index.facts[candidate.position] for candidate in first]
    sum_facts = [
        fact
        for candidate, fact in zip(first, facts, strict=True)
        if candidate.evidence.intent_fit == -1 and gives_a_sum_named(fact, sums)
    ]
    for sum_fact in sum_facts:
        bought = counts_in_quote(sum_fact)
        for candidate, fact in zip(first, facts, strict=True):
            if (
                fact.source_id == sum_fact.source_id
                and candidate.evidence.missing is None
                and candidate.evidence.intent_fit == 1
                and gives_count(fact, bought)
            ):
                return result.answered_if_confident(Verdict.PERIOD_FACT, ScoredFact(fact, 0.0))
    return None


def _office_not_named(
    index: FactIndex, question: Question, result: MatchResult
) -> MatchResult | None:
    """A written answer's record given as the answer for a person it does not name ("who was
    the secretary of state it was addressed to", of the department), or for what the answer
    said when it only says what was asked ("the IFS question asked about SEN debt - what figure
    did the govt give?"): a partial saying so."""
    if result.verdict is not Verdict.ANSWER_PART or result.best is None:
        return None  # most answers
    profile = index.profiles[position_of(index, result.best.fact)]
    missing = office_not_named(question, profile) or asked_of_the_answer(question, profile)
    if missing is None:
        return None
    return result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, missing=missing)


# How far down the ranking the fact giving the kind of figure a question checks may be: the
# figure checked, said by another fact ("31" of a date, "8" of "8 February"), may lift that one,
# and a question naming nothing else ("was it asked in december 2023?") ranks the fact whose
# year it lacks below three that give that year or month.
CLAIM_RIVALS = 5


def _claim_checked(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'is the plan backed by £8 billion?', 'are 50 councils in the change programme?': a
    question checking a figure that the fact it was answered with (if any) does not give is
    answered as if it asked for that figure ("are how many councils in the change programme"),
    with a fact among the first few that gives that kind of figure; its reply shows the real
    one, and says which figure it sets right (`MatchResult.checked`). Not when the answer
    already gives every figure checked. The figures checked may be told before a clause that
    only asks whether they are right ("read it's £50m for EP training, is that right?"), or
    reported as someone else's beside a question asking for that kind ("someone said it came
    out in 2024, when was it published?")."""
    question = ranking.question
    if not ranking.candidates:
        return None
    asked = asking_text(text)
    stated = claims(asked)
    reported = told_before = False
    if only_checks_a_claim(asked, stated):
        # "when did the plan come out, was it spring 2023?": checked of the whole
        stated = stated if asked == text else claims(text)
        asked = text
    elif not stated and asked != text and asks_if_right(asked):
        # "read it's £50m for ed psych training, is that right?": what was read is checked
        stated, asked = told_claims(text), text
        told_before = True
    elif not stated and asked != text and asks_for_the_figure(asked):
        # "someone said £50m for ed psych training, what's the actual figure?"
        stated, asked = claims_a_figure_asked_checks(text, asked), text
        told_before = True
    elif not stated and (told := reported_claims(text, asked)):
        # "someone claimed the plan came out in 2024, when was it published?"
        stated, asked, reported = told, text, True
    elif stated and asked == text and tag_asks_if_right(text):
        # "someone told me only 500 new places, true?": one sentence, its tag asking if right
        stated = told_claims(text)
        told_before = True
    elif ended := checked_at_the_end(text):
        # "when did the change programme launch, was it jan 2024?"
        stated, asked = ended, text
    elif not checks_a_figure(question.checking, question.words):
        return None
    if not stated:
        return None
    counted = _unit_claimed(index, text, ranking, (asked, stated), result)
    if counted is not None:
        return counted
    if result.answered and result.best and all(gives(result.best.fact, c) for c in stated):
        # the figure claimed is the answer's: the reply says so, unless the claim drew it
        return _topic_over_claim(
            index, question, text, (asked, stated), result.best.fact
        ) or replace(result, checked=checked_figures(asked, stated))
    decided: dict[str, MatchResult] = {}  # facts lacking the same claims share one rewording
    # Only a fact that can check a claim may be reworded for: candidates after the last such
    # would all be passed over, so they are not worked out.
    rewordable = {
        position
        for position in ranking.candidates.positions
        if may_be_asked_of(index.facts[position], stated, asked_when=reported)
    }
    for candidate in _until_none_left(ranking.candidates, CLAIM_RIVALS, rewordable):
        fact = index.facts[candidate.position]
        reworded = asked_of(fact, asked, stated, asked_when=reported)
        if reworded is None:
            continue
        if reworded not in decided:
            decided[reworded] = _decide(index, reworded, rank(index, reworded))
        alone = decided[reworded]
        if alone.answered and alone.best is not None and alone.best.fact is fact:
            checked = checked_figures(asked, stated)
            return _which_answer(index, question, replace(alone, question=text, checked=checked))
    if told_before and not (result.answered and _gives_a_claim(result, stated)):
        # Also over an answer giving none of the figures told: the story around the claim
        # ("someone from our LA told me ...", "... what's the real amount") may have drawn it
        # ("my friend said the change programme is £50m, can you tell me what the real amount
        # is" was the PINS programme's £13 million).
        checked_told = _told_claim_checked(index, text, ranking, stated)
        if checked_told is not None:
            return checked_told
    elif result.outcome is Outcome.DECLINED:
        # "is it £15 billion backing the send plan?", "was it 34 local authorities?": a figure
        # checked in the asking clause itself, whose size names the one figure it gets wrong
        # (not a partial: "would you say 15 special schools is a lot" asks a judgement)
        scaled = _scale_claim_checked(index, text, ranking, asked, stated)
        if scaled is not None:
            return scaled
    if result.answered:
        return replace(result, checked=checked_figures(asked, stated))
    return None


def _gives_a_claim(result: MatchResult, stated: tuple[Claim, ...]) -> bool:
    """The answer's fact gives one of the figures claimed: the claim may be what found it."""
    return result.best is not None and any(gives(result.best.fact, claim) for claim in stated)


def _unit_claimed(
    index: FactIndex,
    text: str,
    ranking: Ranking,
    checking: tuple[str, tuple[Claim, ...]],
    result: MatchResult,
) -> MatchResult | None:
    """'wasn't it 20 special schools?', 'someone said 500 EPs, is that right?': the count
    claimed says what it counts, and one fact among the first few counts that (the 15 special
    schools opened, not the 76 special free schools approved). Asked for the figure, the
    question is answered with that fact when the evidence for it is enough once the facts that
    cannot set the claim right (another unit's count, or none) are not its rivals. Not when the
    answer is that fact already or gives no count (the question asks something else of the
    count), nor when the reply is partial (what was asked it cannot give: "is 400 EPs
    enough?")."""
    if result.outcome is Outcome.PARTIAL or result.missing is not None:
        return None
    asked, stated = checking
    if result.answered and result.best is not None and not _a_count(result.best.fact):
        return None  # "can LAs apply for the new wave of 15 schools?" asks no count
    if all(claim.kind is not FigureKind.COUNT for claim in stated):
        # (`names_its_unit` reads only counts claimed: none of the first few would be named,
        # so they are not worked out)
        return None
    first = [index.facts[c.position] for c in islice(ranking.candidates, CLAIM_RIVALS)]
    named = [fact for fact in first if names_its_unit(index, fact, asked, stated)]
    # of those, one giving the figure claimed ("15 special free schools": the 15, not the 33)
    fact = next((f for f in named if all(gives(f, c) for c in stated)), named[0] if named else None)
    if fact is None or (result.answered and result.best and result.best.fact.id == fact.id):
        return None
    reworded = asked_of(fact, asked, stated) or asking_for(asked, stated)
    alone = decided_with_first(index, reworded, fact)
    if not alone.answered or alone.best is None or alone.best.fact.id != fact.id:
        return None
    checked = checked_figures(asked, stated)
    return _which_answer(index, ranking.question, replace(alone, question=text, checked=checked))


def _a_count(fact: Fact) -> bool:
    return any(figure.kind is FigureKind.COUNT for figure in fact.figures)


def decided_with_first(index: FactIndex, text: str, fact: Fact) -> MatchResult:
    """`text` decided with `fact` first when it is among the first few, the others among them
    not its rivals: a rule (the unit a claim names) chose it over them."""
    ranking = rank(index, text)
    candidates = ranking.candidates
    first = list(islice(candidates, CLAIM_RIVALS))
    if any(index.facts[c.position].id == fact.id for c in first):
        candidates.bring_first(lambda c: index.facts[c.position].id == fact.id)
        candidates.not_rivals = frozenset(
            c.position for c in first if index.facts[c.position].id != fact.id
        )
    return _decide(index, text, ranking)


def _until_none_left(
    candidates: Sequence[Candidate], count: int, wanted: set[int]
) -> Iterator[Candidate]:
    """The first `count` candidates in order, up to the last of those `wanted` (by position)
    among them: the ones after it are never worked out (working out a candidate is most of
    what ranking costs)."""
    left = set(wanted)
    for candidate in islice(candidates, count) if left else ():
        yield candidate
        left.discard(candidate.position)
        if not left:
            return


def _topic_over_claim(
    index: FactIndex,
    question: Question,
    text: str,
    checking: tuple[str, tuple[Claim, ...]],
    drawn: Fact,
) -> MatchResult | None:
    """'is PINS £21m?': the fact saying the figure claimed (the £21 million for educational
    psychologists) was found by the figure, not by what the question names. Asked for the
    figure instead ("is pins how much?"), the question surely gives another fact, one that
    gives that kind of figure and ranks the drawn fact nowhere near it: that fact answers,
    and the reply sets the claim right ("The written answer gives £13 million, not £21m.").
    None when the figure only picks among the facts on what is named (a year's budget among
    the measure's others: the drawn one is among the first few of the rewording)."""
    asked, stated = checking
    reworded = asking_for(asked, stated)
    ranking = rank(index, reworded)
    # Looked at before deciding the rewording: most claims pick among what is named, and
    # deciding costs as much as the ranking.
    if among_first(index, ranking, drawn, CLAIM_RIVALS) is not None:
        return None
    # `_decide` answers with the first candidate or not at all: one that cannot check the
    # claims is never the answer sought, so the rewording need not be decided.
    candidates = ranking.candidates
    if not candidates or not checkable(index.facts[candidates[0].position], stated):
        return None
    alone = _decide(index, reworded, ranking)
    named = alone.best.fact if alone.answered and alone.best is not None else None
    if named is None or named is drawn or not checkable(named, stated):
        return None
    checked = checked_figures(asked, stated)
    return _which_answer(index, question, replace(alone, question=text, checked=checked))


def _told_claim_checked(
    index: FactIndex, text: str, ranking: Ranking, stated: tuple[Claim, ...]
) -> MatchResult | None:
    """'someone in the facebook group said 15,000 new places. is that the actual number?':
    the claim checked, read in the clause that tells it without the story of who said it
    ("how many new places"), when that clause alone surely gives a fact among the message's
    first few that gives the kind of figure claimed."""
    clause = told_clause(text, stated)
    said = claims(clause) if clause else ()
    if not clause or not said:
        return None
    reworded = asking_for(clause, said)
    # Read as a question of its own, with every rule: "this question went in on when" asks a
    # part of the written answer, which the evidence alone does not answer.
    alone = _matched(index, reworded, rank(index, reworded))
    if not alone.answered or alone.best is None:
        return _scale_claim_checked(index, text, ranking, clause, said)
    fact = alone.best.fact
    # "the plan came out in 2022" reworded asks when the plan came out: a year is checkable
    asked_when = any(claim.kind is FigureKind.DATE for claim in said)
    if not checkable(fact, said, asked_when) or not _near_in_the_message(
        index, text, ranking, fact, stated
    ):
        return None
    checked = checked_figures(clause, said)
    return _which_answer(index, ranking.question, replace(alone, question=text, checked=checked))


def _near_in_the_message(
    index: FactIndex, text: str, ranking: Ranking, fact: Fact, stated: tuple[Claim, ...]
) -> bool:
    """The fact is among the message's first few, as ranked, or as ranked asking for the
    figures told in place of them: the figure told may have drawn the message's ranking to the
    facts saying it ("someone in our forum said it rose nearly a billion in 23/24" to the £1
    billion rises of other years), not to what the message names."""
    if among_first(index, ranking, fact, CLAIM_RIVALS) is not None:
        return True
    asking = asking_for(text, stated)
    return among_first(index, rank(index, asking), fact, CLAIM_RIVALS) is not None


def _scale_claim_checked(
    index: FactIndex, text: str, ranking: Ranking, clause: str, said: tuple[Claim, ...]
) -> MatchResult | None:
    """'someone said 10 billion, is that right?': a figure told with nothing else, whose size
    names the one figure of the base it gets wrong (see `claimed_scale`), asked for as that
    figure's label says and answered when that surely gives its fact."""
    named = figure_of_its_scale(index, clause, said)
    if named is None:
        return None
    fact, figure = named
    alone = decided_with_first(index, asking_for_figure(said[0].kind, figure), fact)
    if not alone.answered or alone.best is None or alone.best.fact.id != fact.id:
        return None
    checked = checked_figures(clause, said)
    return _which_answer(index, ranking.question, replace(alone, question=text, checked=checked))


def _which_answer(index: FactIndex, question: Question, result: MatchResult) -> MatchResult:
    """'what date was the question asked?' over several written answers: which answer's is
    not said, so none is given; the closest answers' are offered instead, and what the newest
    gives is said. Also when, unsure which answer's minister is meant, it was declined."""
    best = result.best
    if best is None or result.outcome is Outcome.PARTIAL:
        return result
    if not result.answered and (result.missing or not asks_its_part(question, best.fact)):
        return result
    could_mean = answers_it_could_mean(index.facts, best.fact, question)
    if not could_mean:
        return result
    offered = tuple(ScoredFact(fact, best.score) for fact in could_mean[:MAX_SUGGESTIONS])
    return replace(
        result,
        outcome=Outcome.DECLINED,
        best=None,
        suggestions=offered,
        missing=which_one_text(could_mean),
    )


# How sure an answer from a message's asking clauses alone must be to stand against the whole
# message's: sure enough that the story's words, not the question, put another fact first.
SURE_ALONE = 0.95


_DIGIT = re.compile(r"\d")


def _only_sets_the_scene(question: Question, asked: str) -> bool:
    """What a message says besides its asking clauses ("our LA says it cant afford more EPs,
    is the EP funding ringfenced?") narrows nothing asked: it states no figure (a claim the
    question checks: "i heard 70 mil") and no lack its asking clauses do not say ("she doesn't
    have an ehcp, can she do a supported internship?" asks of those without one)."""
    if only_checks_a_claim(asked):
        return False
    told = question.text.replace(asked.strip(), " ")
    return not _DIGIT.search(told) and set(question.lacked) <= set(analyse(asked).lacked)


# A short list ending the question's own sentence (", special and AP?", ", primary or
# secondary?"): the kinds of the thing asked, not a scene. At most this many words.
_LISTED_KINDS = re.compile(r"^,?\s*(?:[\w'-]+\s+){0,4}?(?:and|or|&|/)\s*(?:[\w'-]+\s*){1,3}$")


def _tail_of_its_sentence(text: str, asked: str) -> bool:
    """What the message says besides its asking clauses is a short list of kinds ending their
    own sentence ("what new schools opened this academic year, special and AP?"): it narrows
    what is asked, so the asking clauses alone do not say what is asked. (A scene told after
    them, ", before the white paper delay", may still be left out.)"""
    message, asking = " ".join(text.split()), " ".join(asked.split())
    if not asking or not message.lower().startswith(asking.lower()):
        return False
    tail = message[len(asking) :].strip(" ?!.")
    return _LISTED_KINDS.match(tail) is not None


def _story_led(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'parent here reading about autism training for staff, when did the improvement plan
    come out?': a message that only says who is asking besides its question, answered with a
    fact its self-description led to, is answered as its asking clauses alone answer it, when
    they do so surely, with a fact the whole message ranks second and that lacks nothing it
    says."""
    asked = asking_text(text)
    if asked == text or result.best is None:
        return None
    if names_only_a_measure(index.normaliser.terms(asked)):
        # "autism awareness training, what's the total?": the clause before names its topic.
        return None
    if not told_only_who_asks(text) and (
        not _only_sets_the_scene(ranking.question, asked) or _tail_of_its_sentence(text, asked)
    ):
        return None
    found = _answered_alone(index, asked)
    if found is None:
        return None
    alone, fact = found
    if fact is result.best.fact or alone.confidence < SURE_ALONE:
        return None
    near = among_first(index, ranking, fact, STORY_RIVALS)
    return _for_the_message(alone, text, near)


# How far down the whole message's ranking the fact its resolved asking clauses answer with
# may be.
RESOLVED_RIVALS = 3


def _pointed_back(index: FactIndex, text: str, ranking: Ranking) -> MatchResult | None:
    """'my son's college mentioned supported internships, how much goes into them?': asking
    clauses that point back at a topic only the story names are answered as if they named it,
    the story's other words (who tells it, about whom, where) left out; when they answer with
    a fact the whole message ranks near the top."""
    found = pointed_back(text)
    if found is None:
        return None
    # The story's words that name something the facts the whole message ranks first speak of
    # ("PINS" in "his school has just joined PINS"), not what happened to the asker; and those
    # the sources never use ("its feedback loop"), which no fact answers.
    near = ranking.candidates[:RESOLVED_RIVALS]
    told = index.normaliser.terms(found.story)
    # A common word that is half of a name those facts use ("the Change Programme") is kept.
    named = names_used(index.normaliser, told, (index.facts[c.position] for c in near))
    topic = [
        term
        for term in dict.fromkeys(told)
        if term in named
        or (
            term not in COMMON_WORDS
            and (
                term not in index.idf
                or any(term in index.fact_terms[candidate.position] for candidate in near)
            )
        )
    ]
    if not topic:
        return None
    resolved = found.naming(" ".join(topic))
    answered = _answered_alone(index, resolved)
    if answered is None:
        return None
    alone, fact = answered
    if DOCUMENT_TAG in fact.tags and answer_part(fact) is not AnswerPart.PUBLISHED:
        # A written answer's own record is not what a story points at; the paper its
        # question names is ("... the original improvement plan, when was it published?").
        return None
    # A sum or year the story names that the fact does not give ("the £1bn" is not £10.5
    # billion), or what the whole message says that the fact lacks (a place, a group), rules it
    # out.
    numbers = frozenset(index.normaliser.terms(found.numbers))
    giving = among_first(index, ranking, fact, RESOLVED_RIVALS)
    if giving is None or not numbers <= index.fact_terms[giving.position]:
        return None
    return _for_the_message(alone, text, giving)


# How far down the whole message's ranking the fact its asking clauses alone answer with may
# be: the story around a question dilutes its evidence, and its words may lead to another fact.
STORY_RIVALS = 2


def _without_statements(
    index: FactIndex, text: str, ranking: Ranking, outcome: Outcome
) -> MatchResult | None:
    """A long message whose statements ("im a SENCO and want to quote this in a report",
    "we've waited 14 months for an EP assessment") only dilute its question: answered from its
    asking clauses alone, when they answer with a fact the whole message ranks near the top
    and which gives everything the whole message asks."""
    asked = asking_text(text)
    if asked == text or only_checks_a_claim(asked):
        return None  # "was it spring 2023?" alone names no topic: the figure is what is checked
    found = _answered_alone(index, asked)
    if found is None:
        return None
    alone, fact = found
    # A message that gets a partial reply said something the fact ranked first lacks ("my
    # lad's got an EHCP, can he do a supported internship?"): only that fact, if it lacks
    # nothing, may answer; another would answer a question without what was said.
    rivals = STORY_RIVALS if outcome is Outcome.DECLINED else 1
    if DOCUMENT_TAG in fact.tags:
        # A written answer's own record (who answered, when) only as the first fact of a whole
        # message that nothing else answers: "when will they say where the new schools will
        # be?" does not ask when the answer was given.
        if outcome is not Outcome.DECLINED:
            return None
        # Unless the asking clauses alone ask for it surely, and the story ("tracking how slow
        # the DfE is at replying") put another part of the record first.
        rivals = STORY_RIVALS if alone.confidence >= SURE_ALONE else 1
    near = among_first(index, ranking, fact, rivals)
    return _for_the_message(alone, text, near)


def _answered_alone(index: FactIndex, part: str) -> tuple[MatchResult, Fact] | None:
    """How a part of a message (its asking clauses) is answered on its own, and with which
    fact; None when on its own it is not answered."""
    alone = _decide(index, part, rank(index, part))
    if alone.outcome is not Outcome.ANSWERED or alone.best is None:
        return None
    return alone, alone.best.fact


def _for_the_message(alone: MatchResult, text: str, near: Candidate | None) -> MatchResult | None:
    """An answer worked out from part of a message (`alone`), given as the whole message's:
    only when the whole message ranks its fact near the top (`near`) lacking nothing it says."""
    if near is None or near.evidence.missing is not None:
        return None
    return replace(alone, question=text)


# "when was the answer about ... given?", "what date was the question on ... asked?": the
# written answer itself is what the question asks about.
_OF_THE_ANSWER_ITSELF = re.compile(
    r"\b(?:when|what date|what day) (?:was|were|is) (?:the|this|that|their|its) "
    r"(?:written |lords |parliamentary )?(?:answer|reply|response|question|pq)\b|"
    # "who answered the q about X, and when?", "who said X, and when did they say it?": who
    # gave the answer and on what date, both of the record, whatever X's own facts say.
    # Not "who said X, and when will it start?": the topic's own date to come.
    r"\bwho (?:answered|said|replied|responded)\b.*\band (?:when|on what date|what date)"
    r"(?: (?:was|did|were)\b|\W*$)"
    # "who answered the pins expansion / areas not selected q": whoever gave or asked a
    # written answer is its record's to say, whatever facts the topic it names draws first.
    # Not where a date to come is asked or named ("... and when is the evaluation due", "the
    # question on where the schools will be located"): that is the topic's own.
    r"|\bwho (?:answered|replied to|responded to|asked|tabled)\b(?!.*\b(?:when|will|due)\b)"
)
# How far down the ranking the record such a question asks for may be: the topic it names
# lifts that topic's own facts above it.
RECORD_REACH = 3


def _record_asked_outright(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'when was the answer about where the 15 new special schools will be located given?':
    a question whose subject is the written answer itself, answered with a fact on the topic
    it names (when the locations will be announced), is answered with that answer's record,
    when one is among the first few and would answer were it first."""
    if result.best is None or answer_part(result.best.fact) is not None:
        return None
    if not _OF_THE_ANSWER_ITSELF.search(text.lower()):
        return None
    for at, candidate in enumerate(islice(ranking.candidates, RECORD_REACH)):
        if answer_part(index.facts[candidate.position]) is not None:
            # The first record of the written answer that says what the question names.
            found = _part_of_the_answer(index, text, ranking, first=at, outright=True)
            if found is not None:
                return found
    return None


# "what's the command paper number", "the CP no. of the plan": a paper's number, which only
# the record of when it was published gives.
_PAPER_NUMBER = re.compile(r"\b(?:command paper|cp) (?:number|no|ref|reference)\b")
# "the plan document, what's its reference number?": the same number, said of a paper, plan
# or document in everyday words (said of none, it may be the written question's own).
# ("the original document, what's its reference?", "what reference number does the question
# give for the plan": the number named before the paper too; not "makes reference to")
_REFERENCE_NUMBER = re.compile(
    r"\b(?:paper|plan|document)\b.*\b(?:reference|ref)\b(?! to\b)|"
    r"\b(?:reference|ref) (?:number|no)\b.*\b(?:paper|plan|document)\b"
)
_ANY_PAPER_NUMBER = re.compile(r"\bCP ?\d+\b", re.IGNORECASE)


def _paper_number_asked(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'what's the command paper number and when did it come out?': a question asking for a
    paper's number by name is answered with the record giving it (when that paper was
    published, with its number), when one is among the first few and would answer were it
    first, however the words "number" and "when" drew other facts above it."""
    if result.best is None:
        return None
    folded = text.lower()
    if _PAPER_NUMBER.search(folded):
        for at, candidate in enumerate(islice(ranking.candidates, RECORD_REACH)):
            if answer_part(index.facts[candidate.position]) is AnswerPart.PUBLISHED:
                return _part_of_the_answer(index, text, ranking, first=at, outright=True)
        # "cp number pls": the word "number" lifts every fact giving a count above the one
        # record giving a paper's number, however far down it is; when no other record
        # giving one is ranked, it is the paper meant.
        numbered = [
            candidate
            for candidate in ranking.candidates
            if answer_part(fact := index.facts[candidate.position]) is AnswerPart.PUBLISHED
            and _ANY_PAPER_NUMBER.search(fact.quote)
        ]
        if len(numbered) == 1:
            return _judged_part(index, text, ranking.candidates, ranking.corrected, numbered[0])
    elif _REFERENCE_NUMBER.search(folded):
        # Only a record whose quote gives a paper's number: its words are not the asker's.
        for candidate in islice(ranking.candidates, RECORD_REACH):
            fact = index.facts[candidate.position]
            if answer_part(fact) is AnswerPart.PUBLISHED and _ANY_PAPER_NUMBER.search(fact.quote):
                return _judged_part(index, text, ranking.candidates, ranking.corrected, candidate)
    return None


def _paper_named_by_number(
    index: FactIndex, text: str, ranking: Ranking, number: str
) -> MatchResult | None:
    """'CP 800 is that the send plan?', 'the question says CP 800, what does that refer to?':
    a paper named by its command paper number, asked or checked what it is, is answered with
    the record of the paper whose quote names that number (which paper it is, and when it was
    published), when one is among the first few: the number folds into the paper's name, so
    the evidence alone cannot tell that record from the paper's other facts."""
    for candidate in islice(ranking.candidates, RECORD_REACH):
        fact = index.facts[candidate.position]
        if answer_part(fact) is AnswerPart.PUBLISHED and quotes_paper_number(fact, number):
            return _judged_part(index, text, ranking.candidates, ranking.corrected, candidate)
    return None


def _part_of_the_answer(
    index: FactIndex, text: str, ranking: Ranking, first: int = 0, outright: bool = False
) -> MatchResult | None:
    """'who answered this pq?', 'what date was the original question actually asked?': a
    question that names the written answer itself and asks for the part of it the top fact
    gives (its minister, a date, the question's text, the department) is answered with that
    part, however little else it shares with the fact's phrasings (a long message telling
    who is asking and why dilutes the evidence, not what is asked). Not when the topic it
    names is not in that written answer ("the question on school transport" is another one),
    nor a year it names, nor when it speaks of an answer to come, or another part it may
    equally ask for (or the same part of another written answer) is close behind. `first`:
    where the record is in the ranking, when facts on the topic rank above it; `outright`:
    the question's subject is the written answer itself (see `_record_asked_outright`)."""
    question, candidates = ranking.question, ranking.candidates
    top = candidates[first]
    part = answer_part(index.facts[top.position])
    if part is None:
        return None
    # "what was the q": the part asked is read in the words the question is analysed in
    asking = with_the_q_spelt_out(asking_text(text))
    # What the record "lacks" ("a figure for high needs block funding") is the topic naming
    # which written answer is meant, unless the asking itself names a place that answer does
    # not speak of ("the reply mentioning bedford" names the answer by a place it names).
    if top.evidence.missing is not None and _places_asked_beyond(
        index, analyse(asking), index.facts[top.position].source_id
    ):
        return None
    if part is AnswerPart.ANSWERER:
        # "was it gillian keegan who answered?": the name checked is the claim, which the
        # reply puts right, not a topic naming another written answer.
        asking = without_name_checked(asking)
    terms = corrected_terms(index, asking)
    said = frozenset((*words(asking), *terms))
    # "what did the mp ask about pins in may 2025": the month names the answer, though "may"
    # is no term.
    dating = [*terms, *months_before_a_year(words(asking))]
    # The one record of that part whose title names the topic, if one does, below the top
    # one ("who signed off the reply about the PINS programme?").
    titled = _titled_record(index, candidates, part, dating)
    chosen = titled or top
    # Asked outright of a past answer, "will" is of the topic named: "when was the answer
    # about where the schools will be located given?".
    # So too when its future words all name the topic ("date of the answer on where the
    # schools will be"): the answer is a past one, named by what it said of the future.
    of_a_past_answer = outright or future_only_in_named_topic(asking.lower())
    naming = said - FUTURE_WORDS if of_a_past_answer else said
    if not names_the_answer(naming, part, question) or not _in_the_answer(
        index, chosen.position, dating
    ):
        return None
    asked = asked_of_answer(question, said)
    if part not in asked.parts:
        return None
    unasked = ranking.unasked()
    told = _told_naming(index, text, asking, chosen.position)

    def rivals(position: int) -> bool:
        """The record at `position` may be meant as well as the one chosen."""
        return (
            _in_the_answer(index, position, dating)
            and not _dated_unlike(index, chosen.position, position, dating)
            and not (
                told
                and (
                    not _in_the_answer(index, position, told)
                    or _dated_unlike(index, chosen.position, position, told)
                )
            )
        )

    # Another part asked for close behind, or the same part of any other written answer saying
    # everything the question names too: which one is meant is for the evidence to say, unless
    # only one record's title names the topic. A written answer that does not say what the
    # question names is not the one meant, however alike its record's phrasings.
    near = candidates[:PART_RIVALS]
    for at, rival in enumerate(near):
        if rival is chosen or at < first:
            continue
        other = answer_part(index.facts[rival.position])
        close = titled is None if other is part else at > 0 and other in asked.parts
        if close and rival.position not in unasked and rivals(rival.position):
            return None
    if titled is None:
        # Further down, only the same part of another written answer: what part a fact gives
        # and what its answer says are the fact's own, so those candidates need no evidence.
        passed = {rival.position for rival in near} | {chosen.position}
        for position in candidates.positions:
            if (
                position not in passed
                and answer_part(index.facts[position]) is part
                and position not in unasked
                and rivals(position)
            ):
                return None
    return _judged_part(index, text, candidates, ranking.corrected, chosen)


def _told_naming(index: FactIndex, text: str, asking: str, chosen: int) -> list[str]:
    """'dec 2023 question on change programme - what was asked': the terms (and a month
    before a year) of the whole message, when it tells more than its asking clauses and all
    it tells is in the written answer of the record `chosen`: it names that answer, so one it
    does not name is no rival. Empty otherwise."""
    if asking.strip() == text.strip():
        return []
    told = [*corrected_terms(index, text), *months_before_a_year(words(text))]
    return told if _in_the_answer(index, chosen, told) else []


def _titled_record(
    index: FactIndex, candidates: RankedCandidates, part: AnswerPart, terms: Sequence[str]
) -> Candidate | None:
    """The one record giving `part` among the first few whose title names the topic the
    question names ("who answered the question about neurodiversity?": "the question on
    neurodiversity inclusion", not "the Lords question on evaluating PINS"); None when none,
    or more than one, does."""
    topic = [
        term
        for term in dict.fromkeys(terms)
        if term not in STOPWORDS
        and term not in COMMON_WORDS
        and term not in PART_WORDS
        and term not in ROLES_OF_EVERY_ANSWER
        and not is_a_time(term)  # "asked end of january?" names a date, not a topic
    ]
    if not topic:
        return None
    titled = []
    for candidate in candidates[:TITLED_REACH]:
        fact = index.facts[candidate.position]
        if answer_part(fact) is not part or not _in_the_answer(index, candidate.position, terms):
            continue
        # The record's title or its written answer's: "the question on top-slicing of high
        # needs funding" is one of several whose written answers are titled on that funding.
        titles = (fact.title or "", index.kb.source_of(fact).title)
        if any(titled_on(title, topic, index.normaliser.terms) for title in titles):
            titled.append(candidate)
    return titled[0] if len(titled) == 1 else None


# How far down the ranking a record whose title names the topic may be.
TITLED_REACH = 3


def _judged_part(
    index: FactIndex,
    text: str,
    candidates: RankedCandidates,
    corrected: tuple[str, ...],
    chosen: Candidate,
) -> MatchResult | None:
    """`chosen`, a part of a written answer's record, as the answer on the part-asked verdict
    with the other candidates offered; None when that verdict's probability is too low."""
    evidence = answer_probability(
        chosen.evidence, margin_of(candidates, index.facts, candidates.not_rivals)
    )
    judged = MatchResult(
        text,
        Outcome.ANSWERED,
        ScoredFact(index.facts[chosen.position], 0.0),
        (),
        corrected,
        evidence_confidence=evidence,
    ).judged(Verdict.ANSWER_PART)
    if judged.confidence < ANSWER_THRESHOLD:
        return None
    offered = _offered(index, candidates, judged.confidence, leave_out=chosen)
    return replace(judged, suggestions=offered)


# How far down the ranking the department a question was put to may be: the topic the message
# names, or its story ("my daughter's EHCP involves both health and education"), lifts facts
# naming departments above it.
DEPARTMENT_REACH = 6
# Cheap signs that a message may ask which department, before its words are read.
_DEPARTMENT_CUES = ("dep", "dept", "ministry", "dfe", "dhsc", " or ", "gov")


def _gives_part(result: MatchResult, part: AnswerPart) -> bool:
    """The result answers with the record of `part` of a written answer."""
    return result.answered and result.best is not None and answer_part(result.best.fact) is part


def _department_put_to(index: FactIndex, text: str, ranking: Ranking) -> MatchResult | None:
    """'which government department was this written question put to?', 'was this answer
    from the DfE or health?': the department a written answer records it was put to, when it
    is among the first few candidates, no other written answer's is (which one is meant is
    then for the ranking to say), and the question names nothing that written answer does not
    speak of."""
    lowered = text.lower()
    if not any(word in lowered for word in _DEPARTMENT_CUES) or not asks_which_department(
        fold_text(lowered)
    ):
        return None
    near = _department_records(index, ranking.candidates[:DEPARTMENT_REACH])
    if not near:
        # "which govt dept is this for": the word "department" is in nearly every fact's
        # quote ("the department has opened ..."), which may push the one record giving it
        # below the first few; it still answers when no other written answer's record is
        # ranked at all.
        near = _department_records(index, ranking.candidates)
    if len(near) != 1:
        return None
    found = near[0]
    # "was the Lords question on the IFS report put to the DfE?" names another written answer.
    named = without_department_talk(fold_text(asking_text(text)))
    if not _in_the_answer(index, found.position, corrected_terms(index, named)):
        return None
    return _judged_part(index, text, ranking.candidates, ranking.corrected, found)


def _department_records(index: FactIndex, candidates: Sequence[Candidate]) -> list[Candidate]:
    return [
        candidate
        for candidate in candidates
        if answer_part(index.facts[candidate.position]) is AnswerPart.DEPARTMENT
    ]


def _places_asked_beyond(index: FactIndex, question: Question, source_id: str) -> bool:
    """The question asks of a place, or of the asker's own area, that the written answer
    `source_id` does not name: a place it names only says which written answer is meant."""
    return question.local or any(
        not _in_source(index, term, source_id)
        for place in question.places
        for term in corrected_terms(index, place)
        if term not in STOPWORDS and term not in COMMON_WORDS
    )


def _in_the_answer(index: FactIndex, position: int, asking: Sequence[str]) -> bool:
    """Every word the asking clauses say, beyond those asking for a part of a written answer,
    is in the written answer the fact at `position` is part of: "the question on school
    transport" is about another one, and so is one asked in a year this one does not give."""
    fact = index.facts[position]
    for term in asking:
        # "may" is a stopword, but among the terms only as a month before a year
        if term != "may" and (term in STOPWORDS or term in COMMON_WORDS or term in PART_WORDS):
            continue
        if term in PUBLICATION_WORDS:
            continue  # "the CP number", "when did it come out": asks for a part, names none
        if _YEAR_TERM.fullmatch(term):
            if not _dated_in(index, position, term):
                return False
        elif (month := month_of(term)) is not None:
            # "the dec 2023 question": the month it was asked or answered names it too.
            source = index.kb.source_of(fact)
            if not dated_in_month(source, month) and not _in_source(index, term, fact.source_id):
                return False
        elif not _in_source(index, term, fact.source_id):
            return False
    return True


def _dated_unlike(index: FactIndex, position: int, other: int, terms: Sequence[str]) -> bool:
    """The terms name a month and year ("the sep 2023 question") in which the written answer
    of `position` was asked or answered and that of `other` was not: that one is meant."""
    named = month_and_year(terms)
    if named is None:
        return False
    source_of = index.kb.source_of
    return dated_in_month(source_of(index.facts[position]), *named) and not dated_in_month(
        source_of(index.facts[other]), *named
    )


def _dated_in(index: FactIndex, position: int, year: str) -> bool:
    """The year is the record's own, or the year its written answer was asked or answered:
    "what did the MP ask in the 31 jan 2024 question" names the question by its date."""
    if has_year(index.fact_terms[position], year):
        return True
    source = index.kb.source_of(index.facts[position])
    dates = (source.answered, source.asked)
    return any(date is not None and str(date.year) == year for date in dates)


def _in_source(index: FactIndex, term: str, source_id: str) -> bool:
    return any(index.facts[at].source_id == source_id for at in index.postings.get(term, ()))


_YEAR_TERM = re.compile(r"(?:19|20)\d\d(?:_\d\d)?")


# How many candidates after the first may be another part of the answer asked for equally.
PART_RIVALS = 3


def _spelling_out(
    index: FactIndex,
    text: str,
    question: Question,
    candidates: RankedCandidates,
    answered: Fact | None = None,
) -> MatchResult | None:
    """'what does SEND stand for?', when no fact answers it otherwise (or the one `answered`
    does not spell SEND out): the fact whose quote first spells SEND out, in the source's own
    words."""
    asked: tuple[str, ...] = ()
    if question.intent is Intent.DEFINITION:
        asked = acronyms_asked(question.text, question.subject, question.written, index.spelt_out)
    # "what does AP mean in all this", "SEND and AP = ? full words pls"
    named = letters_asked(question.text, question.written, index.spelt_out)
    letters = asked_letters(question) or letters_before_asking(question.text)
    if not (named or letters) and asks_what_it_is_or_does(question):
        # "what even is the DSG", "what does a SENCO actually do": what it is or does, which
        # the words its letters stand for do not say
        return None
    asked = asked or named
    # Where the sources first spell them out, as a reader meets them.
    position = spelling_out_all(asked, index.spelt_out)
    if position is None:
        # "what does NPQ stand for?" of a quote naming the National Professional Qualification
        position = spelt_by_initials_in(index.facts, letters)
    if position is None:
        return None
    # An answer given stands unless the letters are what is asked ("what is PINS?" asks what it
    # is, "what does PINS stand for?" its letters) and it does not spell them out itself.
    if answered is not None and (
        not (letters or named) or _spells_out(index, answered, asked, letters)
    ):
        return None
    own = next((c for c in candidates if c.position == position), None)
    probability = answer_probability(own.evidence, 0.0) if own else 0.0
    # The quote itself says what the letters stand for: scored as such answers turn out to be.
    spelt = MatchResult(
        text,
        Outcome.ANSWERED,
        ScoredFact(index.facts[position], 0.0),
        (),
        evidence_confidence=probability,
    ).judged(Verdict.SPELT_OUT)
    if spelt.confidence < ANSWER_THRESHOLD:
        return None
    offered = _offered(index, candidates, spelt.confidence, leave_out=own) if candidates else ()
    return replace(spelt, suggestions=offered)


def _spells_out(index: FactIndex, fact: Fact, asked: tuple[str, ...], letters: str | None) -> bool:
    """The fact's quote spells out the letters asked, in brackets or by capital initials."""
    if asked and any(index.facts[at] is fact for name in asked for at in index.spelt_out[name]):
        return True
    return bool(letters and spelt_by_initials(fact.quote, letters))


def _decide(index: FactIndex, text: str, ranking: Ranking) -> MatchResult:
    """The outcome of the ranking as it stands: the top fact as the answer, else a related
    fact as a partial reply, else a refusal (greetings and help by the message's kind)."""
    question, candidates = ranking.question, ranking.candidates
    if not question.is_question:
        return MatchResult(text, OUTCOME_OF_KIND[question.kind], None, (), kind=question.kind)
    if not candidates:
        return MatchResult(text, Outcome.DECLINED, None, (), ranking.corrected)
    top = candidates[0].evidence
    passed_over = (
        candidates.not_rivals
        | _own_record_passed_over(index, ranking)
        | sums_of_unnamed_things(index, question, candidates)
    )
    confidence = answer_probability(top, margin_of(candidates, index.facts, passed_over))
    best = ScoredFact(index.facts[candidates[0].position], round(confidence, 4))
    # A rule's verdict, where it has one: the top fact cannot give what was asked, or it would
    # be answered but another fact the question is more about was ruled out.
    ruled_out = (
        top.missing is not None
        or (
            confidence >= ANSWER_THRESHOLD
            and _topic_ruled_out(index, question, candidates)
            and not _of_those_without(index, question, candidates[0])
        )
        or (
            confidence >= ANSWER_THRESHOLD
            and _names_another_facts_figure(index, question, candidates)
        )
    )
    if not ruled_out and confidence >= ANSWER_THRESHOLD:
        # Another fact about as close says in its quote a rare word asked that the top one's
        # quote does not: which of them answers is not clear, and a wrong fact is the worst.
        ruled_out = quote_rival(index, question, candidates, candidates.not_rivals) is not None
    if not ruled_out and confidence >= ANSWER_THRESHOLD:
        ruled_out = _same_part_of_another_answer(index, text, candidates)
    if not ruled_out and confidence >= ANSWER_THRESHOLD:
        return MatchResult(
            text,
            Outcome.ANSWERED,
            best,
            _offered(index, candidates, confidence, leave_out=candidates[0]),
            ranking.corrected,
            confidence,
            evidence_confidence=confidence,
        )
    related = _related_partial(index, text, ranking, ruled_out)
    if related is not None:
        return related
    declined = MatchResult(
        text,
        Outcome.DECLINED,
        best,
        _offered(index, candidates, confidence),
        ranking.corrected,
        confidence,
        _unexplained_term(index, question, candidates[0]),
        evidence_confidence=confidence,
    )
    return declined.judged(Verdict.LACKS_DETAIL) if ruled_out else declined


def _same_part_of_another_answer(index: FactIndex, text: str, candidates: RankedCandidates) -> bool:
    """'when was the special school demand q asked': the top fact gives a date of one written
    answer, and the same date of another one, close behind, is of an answer that says
    everything the question names as well (both answers are on demand for special places):
    which answer is meant is not clear, unless a time is named or only one record's title
    names the topic."""
    part = answer_part(index.facts[candidates[0].position])
    if part not in DATE_PARTS:
        return False
    if any(is_a_time(term) for term in corrected_terms(index, text)):
        return False  # "asked, feb 2023?": a time named says which answer is meant
    terms = corrected_terms(index, asking_text(text))
    if _titled_record(index, candidates, part, terms) is not None:
        return False
    top = candidates[0]
    return any(
        answer_part(index.facts[rival.position]) is part
        and index.facts[rival.position].source_id != index.facts[top.position].source_id
        # It carries as much of what the question says: the evidence cannot tell them apart.
        and rival.evidence.coverage >= top.evidence.coverage
        and _in_the_answer(index, rival.position, terms)
        and not _dated_unlike(index, top.position, rival.position, terms)
        for rival in candidates[1:PART_RIVALS]
    )


def _unexplained_term(index: FactIndex, question: Question, top: Candidate) -> str | None:
    """'what is high needs funding?', declined: how many written answers mention the term
    without explaining it, said plainly before the closest topics rather than only "I don't
    have that". Only when a rule says the top fact does not explain it; None for any other
    question, or a term no fact's own words say."""
    if question.intent is not Intent.DEFINITION or top.evidence.missing is None:
        return None
    if any(word.isdigit() for word in question.subject.split()):
        return None  # "whats 17 times 23": the answers say "times", never "times 23"
    terms = subject_terms(index, question) - COMMON_WORDS
    if not terms:
        return None
    answers = {
        index.facts[position].source_id
        for position, profile in enumerate(index.profiles)
        if terms <= profile.own_terms
    }
    if len(answers) != 1:
        return mentioned_not_explained(question.subject, len(answers))
    # Said by who gave it and when, as a citation says it (no title: a title can hold figures).
    source = index.kb.source(next(iter(answers)))
    given = f"by {source.answered_by.name} on {human_date(source.answered)}" if source else ""
    return mentioned_not_explained(question.subject, 1, given)


# How close to the top fact a rival must rank for its quote to contest it,
QUOTE_RIVAL_MARGIN = 0.05
# and how rare (IDF) a word asked must be for its quote saying it to count.
QUOTE_RIVAL_IDF = 3.0
QUOTE_RIVALS = 3


def quote_rival(
    index: FactIndex,
    question: Question,
    candidates: Sequence[Candidate],
    not_rivals: Collection[int] = (),
) -> Candidate | None:
    """A fact ranked within QUOTE_RIVAL_MARGIN of the top one whose quote says every rare word
    asked that the top one's quote says, and more ("did dfe admit demand for specialist
    placements has grown?": "demand for specialist school placements has grown", against "we
    have responded to this by developing new specialist provision"). Its phrasings may have
    drawn the top fact there, but the quote is what is shown as the answer. Only another fact
    of the same written answer: between answers, which is newer or gives the figure asked
    decides ("how many special free schools are in the pipeline now"). Not a written answer's
    record, nor a fact a rule says cannot give what was asked, nor one a rule passed over as
    `not_rivals` (by position). None when there is none."""
    if len(candidates) < 2:
        return None
    first = candidates[0]
    rivals = _possible_quote_rivals(index, first, candidates, not_rivals)
    if not rivals:
        return None  # most questions: their words need not be read again
    asked = rare_words_asked(index, question.text, QUOTE_RIVAL_IDF)
    if not asked:
        return None
    said = _quote_terms(index, first.position) & asked
    for other in rivals:
        if _quote_terms(index, other.position) & asked > said:
            return other
    return None


def _possible_quote_rivals(
    index: FactIndex,
    first: Candidate,
    candidates: Sequence[Candidate],
    not_rivals: Collection[int],
) -> list[Candidate]:
    """The next QUOTE_RIVALS candidates, up to the first beyond QUOTE_RIVAL_MARGIN, that are
    other facts of the top one's written answer, neither its record nor ruled out."""
    rivals = []
    for other in islice(candidates, 1, 1 + QUOTE_RIVALS):
        if first.rank_score - other.rank_score > QUOTE_RIVAL_MARGIN:
            break
        if other.evidence.missing is not None or other.evidence.intent_fit == -1:
            continue
        if other.position in not_rivals:
            continue  # a rule found that it does not answer, or says the same
        fact = index.facts[other.position]
        if DOCUMENT_TAG in fact.tags or fact.source_id != index.facts[first.position].source_id:
            continue
        rivals.append(other)
    return rivals


def rare_words_asked(index: FactIndex, text: str, min_idf: float) -> frozenset[str]:
    """The words of `text` rare enough in the base (idf at least `min_idf`) to name a thing,
    leaving out common words and figures."""
    return frozenset(
        term
        for term in index.normaliser.terms(text)
        if term not in COMMON_WORDS
        and index.idf.get(term, 0.0) >= min_idf
        and not any(character.isdigit() for character in term)
    )


def _quote_terms(index: FactIndex, position: int) -> frozenset[str]:
    return frozenset(index.normaliser.terms(index.facts[position].quote))


# What was said, why or how: no written answer's record (its date, minister, question) says it.
SAID_ASKED = frozenset({Intent.OTHER, Intent.REASON, Intent.METHOD, Intent.DEFINITION})
_NEWEST_ASKED = re.compile(
    r"\b(?:latest|newest|recent|recently|current|currently|now|these days|up to date|update)\b"
)


def _own_record_passed_over(index: FactIndex, ranking: Ranking) -> frozenset[int]:
    """The parts of the top fact's own written answer's record, not asked for, that rank above
    it ("what did the dfe say about the IFS report and council deficits?": the date and the
    minister of the answer on the IFS report): that answer's words lift its record, which is
    no rival answer to the question. Another answer's record still is, and so are the other
    parts of a record put first ("was the question from a lord or an mp?": which part is meant
    is for the evidence to say)."""
    candidates = ranking.candidates
    question = ranking.question
    # The date of something still to come ("when will we find out where the schools go") is
    # never when the written answer was asked or given: its record dates are no rivals.
    to_come = question.intent is Intent.DATE and _TO_COME.search(question.text) is not None
    if (question.intent not in SAID_ASKED and not to_come) or _NEWEST_ASKED.search(question.text):
        # A date, a name or a figure: a record may be what was meant. The newest news: which
        # answer is newest is for its record to say.
        return frozenset()
    if len(candidates) < 2 or candidates[1].rank_score <= candidates[0].rank_score:
        return frozenset()
    top = index.facts[candidates[0].position]
    if DOCUMENT_TAG in top.tags:
        return frozenset()
    source = top.source_id
    records = ranking.unasked() if not to_come else _record_dates(index, candidates)
    return frozenset(position for position in records if index.facts[position].source_id == source)


# "when will ...", "when are we meant to find out ...", "when were they going to say ...",
# "said when they will publish": a date still to come when asked (or when said).
_TO_COME = re.compile(
    r"\bwhen\b(?: \w+){0,8}? (?:will|would|wil|gonna|going to|meant to|supposed to|due to|"
    r"expected to|set to|planning to|planned to)\b"
)

# How many of the first candidates are looked at for the answer's record dates.
_RECORDS_LOOKED_AT = 6


def _record_dates(index: FactIndex, candidates: RankedCandidates) -> frozenset[int]:
    """The first candidates giving when a written answer was asked or given."""
    return frozenset(
        c.position
        for c in islice(candidates, _RECORDS_LOOKED_AT)
        if answer_part(index.facts[c.position]) in DATE_PARTS
    )


def _sibling_to_try(
    candidates: RankedCandidates, related: Candidate, top_ruled_out: bool
) -> Candidate | None:
    """The candidate that may give what `related` cannot: the first, unless a rule ruled it
    out; or, when `related` is first (ruled out for what it lacks, no other rule weighed), the
    one right behind it ("the new schools, how many places is that?": the schools opened
    first, the places they create second)."""
    if candidates[0].position != related.position:
        return None if top_ruled_out else candidates[0]
    return candidates[1] if len(candidates) > 1 else None


def _related_partial(
    index: FactIndex, text: str, ranking: Ranking, top_ruled_out: bool = False
) -> MatchResult | None:
    """A fact that is on topic but cannot give what was asked ("in Devon", "which councils",
    "when does it end"), as related information, never as the answer; None when there is
    none close enough. The fact the question is about is judged on topic alone: asking for an
    end date must not make a different programme's end date look closer. Its sibling ranked
    first answers instead, when it gives what was asked and no rule ruled it out
    (`top_ruled_out`)."""
    question, candidates = ranking.question, ranking.candidates
    scored = candidates.closest_on_topic(
        partial(_near_role_bonus, index, question), ranking.unasked()
    )
    related = scored[0][1]
    second = scored[1][0] if len(scored) > 1 else 0.0
    confidence = answer_probability(related.evidence.on_topic, scored[0][0] - second)
    # "which councils are in it?": the written answer naming one of them, not the one naming none
    related = naming_some(index, question, scored) or related
    # "is Devon part of it?": how many councils take part, not what its evaluation is for
    related = members_counted(index, question, scored[0], candidates) or related
    if (
        related.evidence.missing is None
        or confidence < PARTIAL_THRESHOLD
        or only_about_the_document(index.facts[related.position], question)
    ):
        return None
    giver = _sibling_to_try(candidates, related, top_ruled_out)
    if giver is not None and sibling_giving_it(index, question, giver, related):
        # "the EP training money, how much did the dept put in?": the count is what it is
        # about, the money beside it in the same sentence, ranked first, gives what is asked.
        # Answered on that verdict's record, so its score says it answers.
        sibling = MatchResult(
            text,
            Outcome.DECLINED,
            None,
            _offered(index, candidates, confidence, leave_out=giver),
            ranking.corrected,
            confidence,
            evidence_confidence=confidence,
        ).answered_if_confident(
            Verdict.SIBLING_GIVES_IT, ScoredFact(index.facts[giver.position], 0.0)
        )
        if sibling is not None:
            return sibling
    # Shown because it is what the question is about; scored as what it is: a fact that does
    # not give what was asked.
    return MatchResult(
        text,
        Outcome.PARTIAL,
        ScoredFact(index.facts[related.position], confidence),
        _offered(index, candidates, confidence, leave_out=related),
        ranking.corrected,
        confidence,
        related.evidence.missing,
        evidence_confidence=confidence,
    ).judged(Verdict.LACKS_DETAIL)


# Why a rule is tried on the result so far, read of the ranking and that result.
Reason = Callable[[Ranking, MatchResult], bool]
# A rule: the result that replaces the one so far, or None to keep it.
Rule = Callable[[FactIndex, str, Ranking, MatchResult], MatchResult | None]


def _answered(ranking: Ranking, result: MatchResult) -> bool:
    return result.outcome is Outcome.ANSWERED


def _not_answered_with_candidates(ranking: Ranking, result: MatchResult) -> bool:
    return result.outcome is not Outcome.ANSWERED and bool(ranking.candidates)


def _a_question_not_spelt_out(ranking: Ranking, result: MatchResult) -> bool:
    """An answer that does not spell out the letters asked about answers something else."""
    return ranking.question.is_question and result.verdict is not Verdict.SPELT_OUT


def _has_candidates(ranking: Ranking, result: MatchResult) -> bool:
    return bool(ranking.candidates)


def _no_paper_record_given(ranking: Ranking, result: MatchResult) -> bool:
    return bool(ranking.candidates) and not _gives_part(result, AnswerPart.PUBLISHED)


def _no_department_given(ranking: Ranking, result: MatchResult) -> bool:
    return bool(ranking.candidates) and not _gives_part(result, AnswerPart.DEPARTMENT)


def _a_question_not_answered(ranking: Ranking, result: MatchResult) -> bool:
    return result.outcome is not Outcome.ANSWERED and ranking.question.is_question


def _a_count_partial(ranking: Ranking, result: MatchResult) -> bool:
    return result.outcome is Outcome.PARTIAL and ranking.question.intent is Intent.COUNT


def _always(ranking: Ranking, result: MatchResult) -> bool:
    return True


def _letters_spelt_out(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    given = result.best.fact if result.outcome is Outcome.ANSWERED and result.best else None
    return _spelling_out(index, text, ranking.question, ranking.candidates, given)


def _record_part_asked(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """Not answered: the part of a written answer's record asked for, or a paper's number;
    answered: the record of the written answer the question names outright."""
    if result.outcome is not Outcome.ANSWERED:
        # (a paper's number asked first: "what reference number does the question give for
        # the plan" names the question, whose wording is not the number)
        return _paper_number_asked(index, text, ranking, result) or _part_of_the_answer(
            index, text, ranking
        )
    return _record_asked_outright(index, text, ranking, result)


def _sum_named_beside(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'which years does the EP training money cover?', answered with the count of the money's
    own sentence: the money, ranked right behind, answers (`sum_named`)."""
    candidates = ranking.candidates
    best = result.best
    if best is None or len(candidates) < 2:
        return None
    top, behind = candidates[0], candidates[1]
    if best.fact is not index.facts[top.position]:
        return None
    # ... or the people the sum trains, named with no money, beside the sum given first
    if not (
        money_named_beside(index, ranking.question, top, behind)
        or people_named_beside(index, text, ranking.question, top, behind)
    ):
        return None
    return result.answered_if_confident(
        Verdict.SIBLING_GIVES_IT, ScoredFact(index.facts[behind.position], 0.0)
    )


def _paper_of_the_number_asked(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    number = paper_number_asked_of(ranking.question)
    return _paper_named_by_number(index, text, ranking, number) if number else None


# The rules that may answer what the ranking's outcome did not, each tried in turn when its
# reason holds of the result so far: a later one reads what an earlier one made, so the order
# is behaviour.
SECOND_RULES: tuple[tuple[Reason, Rule], ...] = (
    # An answer led to by the story told, not by the question.
    (_answered, _story_led),
    # The sum the question names, beside the count of its sentence given first.
    (_answered, _sum_named_beside),
    (_a_question_not_spelt_out, _letters_spelt_out),
    (_has_candidates, _record_part_asked),
    (_no_paper_record_given, _paper_of_the_number_asked),
    (
        _no_department_given,
        lambda index, text, ranking, _: _department_put_to(index, text, ranking),
    ),
    (
        _not_answered_with_candidates,
        lambda index, text, ranking, result: _without_statements(
            index, text, ranking, result.outcome
        ),
    ),
    # Asking clauses pointing back at a topic only the story names.
    (
        _not_answered_with_candidates,
        lambda index, text, ranking, _: _pointed_back(index, text, ranking),
    ),
    (
        _a_question_not_answered,
        lambda index, text, _, result: _figure_asked_about(index, text, result),
    ),
    (_a_count_partial, _count_the_sum_buys),
    # A record given for what it does not name: a partial saying so.
    (_always, lambda index, _, ranking, result: _office_not_named(index, ranking.question, result)),
)
