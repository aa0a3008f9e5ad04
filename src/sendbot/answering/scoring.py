"""A question's query against each fact: the evidence that the fact answers it, and its bounds."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, process

from sendbot.answering.answer_year import years_naming_an_answer
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.day_numbers import sum_numbers, sums_said_as_days
from sendbot.answering.evidence import (
    INTENT_ADJUSTMENT,
    NUMBER_MISMATCH_PENALTY,
    WEIGHT_COVERAGE,
    WEIGHT_PHRASING,
    WEIGHT_SIMILARITY,
    Evidence,
)
from sendbot.answering.fact_index import (
    DIGIT,
    MIN_TYPO_LENGTH,
    NO_PHRASINGS,
    WHY_OR_HOW_INTENTS,
    FactIndex,
    sorted_words,
)
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.missing import AskedTerms, fits, what_is_missing
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS, stem, words
from sendbot.answering.question import Question
from sendbot.answering.ranked import Bounds, Candidate, RankedCandidates
from sendbot.answering.spelling import a_real_word
from sendbot.knowledge.model import DOCUMENT_TAG, Fact, FigureKind

# Rounding room when a bound decides that a fact cannot make the shortlist.
BOUND_SLACK = 1e-9

RECALL_BETA = 1.0


def _asks_only_whether(question: Question) -> bool:
    """A yes/no question asking no reason or method: whether something is so. (One asking
    "the point of it?" or "the reason given for it" may be asking why in other words.)"""
    return question.checking and question.intent not in WHY_OR_HOW_INTENTS


def query_terms(index: FactIndex, raw_words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Question words -> (terms as the index knows them, the terms that were typo-corrected)."""
    fixed: list[str] = []
    corrected: list[str] = []
    known = index.speller.known  # everyday words: "share" is not "shape" mistyped
    for word in raw_words:
        term = stem(word)
        kept = term in STOPWORDS or word in known
        replacement = term if kept else index.correct(term)
        # A word kept as it is needs no look-up: with itself it shares every ending.
        if (
            replacement
            and replacement != term
            and a_real_word(word)
            and not _another_ending(term, replacement)
        ):
            replacement = term  # "letter" is not "better", nor "exclusion" "inclusion"
        if replacement is not None and replacement != term:
            corrected.append(replacement)
        fixed.append(replacement or term)
    if index.topic_heads:
        fixed = _the_topic_named(index.topic_heads, fixed)
    return list(dict.fromkeys(index.normaliser.canonical(fixed))), corrected


_POINTING_BEFORE = frozenset({"the", "this", "that"})


def _the_topic_named(
    heads: Mapping[str, tuple[str, frozenset[str]]], stems: list[str]
) -> list[str]:
    """ "how much money is behind the plan": "the plan" is also the Improvement Plan the written
    answers are about, when their topics name one plan (`FactIndex.topic_heads`) and the
    question names no other ("the plan" of an EHC plan is that plan)."""
    if heads.keys().isdisjoint(stems):
        return stems  # no topic's head named: most questions
    named: list[str] = []
    for at, stem_ in enumerate(stems):
        named.append(stem_)
        if stem_ not in heads or not at or stems[at - 1] not in _POINTING_BEFORE:
            continue
        topic, others = heads[stem_]
        if topic not in stems and others.isdisjoint(stems):
            named.append(topic)
    return named


def _another_ending(term: str, replacement: str) -> bool:
    """Whether a real word's correction is the same word with another ending, as the base's
    stems cut it: the longer begins with the shorter ("commit" and "committ" of "committed"),
    or only their last letters differ ("flexible", "flexibly"). "qualify" is not "quality",
    nor "plain" "plan"."""
    shared = min(len(term), len(replacement)) - (len(term) == len(replacement))
    return term[:shared] == replacement[:shared]


def corrected_terms(index: FactIndex, text: str) -> list[str]:
    """The terms of `text` as the matcher reads them: typos corrected against the base's own
    words ("increse" is "increase"), synonyms folded."""
    return query_terms(index, words(text))[0]


# Not frozen: made once per question and never changed, and a frozen dataclass of this many
# fields takes measurably longer to make.
@dataclass(slots=True)
class _Query:
    question: Question
    terms: frozenset[str]
    mass: float
    known: tuple[tuple[str, float], ...]  # its terms the index knows, with their IDF, in order
    text: str
    numbers: frozenset[str]
    unknown_share: float
    fuzz_text: str  # intent word + terms, sorted as the phrasings' texts are
    unknown_mass: float  # the unseen words' weight, in units of the rarest word's
    asked: AskedTerms  # what it says it asks about, for what each fact lacks
    constraint_share: float  # share of its information in the years and places it names
    sums: frozenset[str] = frozenset()  # numbers of sums it states: "£11bn" is no "11 June"
    answer_years: frozenset[str] = frozenset()  # years it names a written answer by

    @property
    def intent(self) -> Intent:
        return self.question.intent


def said_terms(index: FactIndex, said: Sequence[str]) -> frozenset[str]:
    return frozenset(index.normaliser.terms(" ".join(said))) if said else frozenset()


def asked_terms(
    index: FactIndex, question: Question, subject: frozenset[str] = frozenset()
) -> AskedTerms:
    """What the question says it asks about, as terms, for `what_is_missing`: these depend on
    the question alone, not on its typo-corrected words. `subject`: what a count is of, as the
    matcher reads it (`subject_terms`)."""
    return AskedTerms(
        kinds=tuple(
            (term, phrase)
            for modifiers, phrase in question.kinds
            for term in index.normaliser.terms(modifiers)
            if _names_a_kind(index, term, phrase.lower().endswith("budget"))
        ),
        subject_terms=subject,
        possessed_terms=said_terms(index, question.possessed),
        subgroup_terms=said_terms(index, question.subgroup_words),
        measure_terms=said_terms(index, question.measure_words),
        share_terms=said_terms(index, question.share_of),
        lacked_terms=said_terms(index, question.lacked),
    )


def query_of(index: FactIndex, question: Question, terms: list[str]) -> _Query:
    mass = sum(index.weight(term) for term in terms)
    narrowing = {*question.years, *(place.lower() for place in question.places)}
    constraint = sum(index.weight(term) for term in terms if term in narrowing)
    unknown = sum(
        index.weight(term) for term in terms if term not in index.idf and term not in COMMON_WORDS
    )
    return _Query(
        question=question,
        terms=frozenset(terms),
        mass=mass,
        known=tuple((term, index.idf[term]) for term in terms if term in index.idf),
        text=" ".join(terms),
        numbers=frozenset(filter(DIGIT.search, terms)),
        sums=sum_numbers(question.text),
        answer_years=years_naming_an_answer(question),
        unknown_share=unknown / mass if mass else 0.0,
        fuzz_text=sorted_words(f"{question.intent} {' '.join(terms)}"),
        unknown_mass=(unknown / mass if mass else 0.0) * mass / index.unknown_idf,
        constraint_share=constraint / mass if mass else 0.0,
        asked=asked_terms(index, question, subject_terms(index, question)),
    )


def asking_words(index: FactIndex, text: str, terms: list[str]) -> frozenset[str]:
    """The words of a message's asking clauses, as written and as terms (typos corrected,
    synonyms folded: "put down" is asking)."""
    asked = asking_text(text)
    said = words(asked)
    return frozenset((*said, *(terms if asked == text else query_terms(index, said)[0])))


def _names_a_kind(index: FactIndex, term: str, of_a_budget: bool = False) -> bool:
    """A word the knowledge base knows, or a long one it has never seen that is no misspelling
    of its words ("capital" in "capital budget"): a fact can only give a kind it names. Short
    unknown words are left alone: "neds" may be "needs" mistyped."""
    if term in COMMON_WORDS:
        # "schools budget": a budget is named by whose it is, even in an everyday word the
        # base uses ("doing SEND training", "mean training": a verb beside training is not).
        return of_a_budget and term in index.idf
    if term in index.idf:
        return True
    return (
        len(term) >= MIN_TYPO_LENGTH
        and term not in index.normaliser.phrase_words
        and index.correct(term) is None
    )


# Words that say how many, not of what: "how many more", "how many extra".
QUANTIFIERS = frozenset(
    """more extra new additional further total overall altogether exactly roughly approximately
    million thousand hundred thousands hundreds millions times""".split()
)


def subject_terms(index: FactIndex, question: Question) -> frozenset[str]:
    """The head of what a count is of ("modules" in "autism training modules"), when the
    knowledge base knows the word: an unknown word cannot be compared with a fact's counts."""
    subject = question.subject.lower().split()
    if question.intent is Intent.DEFINITION:
        # What is to be defined: a word the knowledge base never saw is defined by no fact.
        return frozenset(index.normaliser.terms(" ".join(subject)))
    if question.intent is not Intent.COUNT or not subject or subject[-1] in QUANTIFIERS:
        return frozenset()
    if subject[-1] in _STANDS_FOR_A_NOUN:
        subject = [*subject[:-1], *_noun_said_before(index, question.words, subject)]
    # "special schools" folds to one term, "special_school"; its head word is "school".
    whole = index.normaliser.terms(" ".join(subject))[-1:]
    head = index.normaliser.terms(subject[-1])
    return frozenset(term for term in (*whole, *head) if term in index.idf)


# "how many special ones": "ones" stands for a noun the message said before it.
_STANDS_FOR_A_NOUN = frozenset({"ones"})


def _noun_said_before(
    index: FactIndex, words: Sequence[str], subject: Sequence[str]
) -> tuple[str, ...]:
    """The plural noun nearest before the subject ("did they open any AP schools this year,
    and how many special ones": schools), when the knowledge base knows it; else nothing."""
    try:
        end = len(words) - 1 - list(reversed(words)).index(subject[-1])
    except ValueError:
        return ()
    for word in reversed(words[: end - len(subject) + 1]):
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us")):
            return (word,) if index.normaliser.terms(word) else ()
    return ()


# The F1 score's constants, worked out once: recall counts RECALL_BETA times precision.
_BETA2 = RECALL_BETA**2

_F1_SCALE = 1 + _BETA2

_NO_PHRASING = (0.0, 0.0, 0.0, 0.0)


def _best_phrasing(
    holders: dict[str, tuple[int, ...]],
    masses: tuple[float, ...],
    known: tuple[tuple[str, float], ...],
    question_mass: float,
    left_out: frozenset[int] = NO_PHRASINGS,
) -> tuple[float, float, float, float]:
    """(F1, precision, recall, weight shared) of a fact's phrasing that best matches the
    question, by F1 first. A phrasing's words are all its fact's words, so each one that the
    question shares weighs its IDF. The phrasings numbered in `left_out` are not read."""
    shared_by: dict[int, float] | None = None
    held = holders.get
    for term, weight in known:
        numbers = held(term)
        if numbers is None:
            continue
        if shared_by is None:
            shared_by = dict.fromkeys(numbers, weight)  # the first word shared: all in one go
            continue
        so_far = shared_by.get
        for number in numbers:
            shared_by[number] = so_far(number, 0.0) + weight
    if shared_by is None:
        return _NO_PHRASING
    best = _NO_PHRASING
    best_f1 = 0.0
    scale, beta2 = _F1_SCALE, _BETA2  # local names: this loop runs for every phrasing shared
    for number, shared in shared_by.items():
        if number in left_out:
            continue
        precision = shared / question_mass
        recall = shared / masses[number]
        f1 = scale * precision * recall / (beta2 * precision + recall)
        # Most phrasings lose on F1 alone, before their full score tuple is built.
        if f1 >= best_f1 and (f1, precision, recall, shared) > best:
            best = (f1, precision, recall, shared)
            best_f1 = f1
    return best


def _with_missing(evidence: Evidence, missing: str | None) -> Evidence:
    """Evidence worked out but what the fact lacks, with what it lacks."""
    return evidence if missing is None else evidence._replace(missing=missing)


def _evidence_in_parts(
    index: FactIndex, query: _Query
) -> tuple[Callable[[int, float, int], Evidence], Callable[[int], str | None]]:
    """The evidence for a shortlisted fact, with what every fact needs from the index and the
    question looked up once, in two parts: the evidence (position, coverage, intent fit) but
    what the fact lacks (None), which gives its closeness and topic rank score exactly; and
    what the fact at a position lacks, most of the work, left until the order needs it."""
    question, known, mass = query.question, query.known, query.mass
    # Looked up once, not once per candidate: this is most of the time a question takes.
    phrasing_terms, phrasing_masses = index.phrasing_terms, index.phrasing_masses
    phrasing_texts, profiles, all_fact_terms = (
        index.phrasing_texts,
        index.profiles,
        index.fact_terms,
    )
    fuzz_text, unknown_idf = query.fuzz_text, index.unknown_idf
    unknown_share, unknown_mass, constraint_share = (
        query.unknown_share,
        query.unknown_mass,
        query.constraint_share,
    )
    asked = query.asked

    why_or_how_phrasings = index.why_or_how_phrasings
    answer_numbers = _named_by_numbers(index, question)
    sums, facts = query.sums, index.facts
    # Whether it is being replaced is not why: the phrasings asking why or how are left out.
    whether_only = _asks_only_whether(question)

    def unchecked(position: int, coverage: float, intent_fit: int) -> Evidence:
        best = _best_phrasing(
            phrasing_terms[position],
            phrasing_masses[position],
            known,
            mass,
            why_or_how_phrasings[position] if whether_only else NO_PHRASINGS,
        )
        found = process.extractOne(
            fuzz_text, phrasing_texts[position], scorer=fuzz.ratio, processor=None
        )
        # Positional, in Evidence's field order: a named tuple is made more than twice as
        # fast so, and one is made for every candidate read.
        return Evidence(
            coverage,
            best[0],  # f1
            best[1],  # precision
            best[2],  # recall
            found[1] / 100 if found else 0.0,  # similarity
            intent_fit,
            _number_mismatch(
                _numbers_held(index, query, position),
                all_fact_terms[position],
                answer_numbers,
                position,
            )
            or _sum_said_as_day(sums, facts[position]),
            unknown_share,
            coverage * mass / unknown_idf,  # matched_mass
            best[3] / unknown_idf,  # phrase_mass
            unknown_mass,
            None,  # missing: see `lacking`
            constraint_share,
        )

    def lacking(position: int) -> str | None:
        # The question's terms are made once for the ranking (`query_of`), not once per fact.
        return what_is_missing(question, profiles[position], all_fact_terms[position], asked)

    return unchecked, lacking


# Questions asking for a figure (one they name may be the claim to check, not the topic), or
# who: "who answered the question about the 15 new schools?" is the written answer's record.
NUMBERS_ASKED_OF = FIGURE_ASKED | {Intent.PERSON}


def _named_by_numbers(index: FactIndex, question: Question) -> tuple[frozenset[str], ...] | None:
    """By position, the numbers a question may name a fact's written answer by without the
    fact repeating them (`FactIndex.answer_numbers`); None for a question asking a figure or
    who."""
    return None if question.intent in NUMBERS_ASKED_OF else index.answer_numbers


def _number_mismatch(
    numbers: frozenset[str],
    fact_terms: frozenset[str],
    answer_numbers: tuple[frozenset[str], ...] | None,
    position: int,
) -> bool:
    """The question names a number or year the fact lacks; unless the fact gives no figure and
    its written answer gives them all, where the question may name the answer by them (see
    `_named_by_numbers`)."""
    if numbers <= fact_terms:
        return False
    return answer_numbers is None or not numbers <= answer_numbers[position]


def _numbers_held(index: FactIndex, query: _Query, position: int) -> frozenset[str]:
    """The question's numbers the fact at `position` must hold: not the year the question
    names the fact's own written answer by ("where does most of the money go, per the feb 2026
    answer?"), when the fact dates nothing itself, so that the year can only name its answer (a
    fact giving years of its own is checked against it: "in the feb 2023 answer, what did the
    total come to?" is not answered by that answer's rise for want of the total's year); nor,
    in a yes/no check of what was said then, when it dates only years before it ("did they
    admit in 2023 that demand had grown?", of "50,000 more ... compared to 2017": the check
    asks whether it was said, and an earlier year is what was said, not the year asked; a
    question asking what was said may be asking of an earlier year's event). Nor
    for the answer's record ("is this the 2024 answer?" asks its date, which its minister's
    name does not give), nor when a figure or who is asked, as in `_named_by_numbers`."""
    if not query.answer_years or query.intent in NUMBERS_ASKED_OF:
        return query.numbers
    fact = index.facts[position]
    year = str(index.kb.source_of(fact).answered.year)
    dated = any(figure.kind is FigureKind.DATE for figure in fact.figures)
    if DOCUMENT_TAG in fact.tags or (
        dated and not (query.question.checking and _dates_only_before(fact, year))
    ):
        return query.numbers
    return query.numbers - {year} if year in query.answer_years else query.numbers


def _dates_only_before(fact: Fact, year: str) -> bool:
    """The fact's own dates, if any, are all of years before its answer's `year` ("over 50,000
    more pupils ... compared to 2017"): none of them can be the year the question names that
    answer by, as a period of 2023 or later could."""
    return all(
        figure.kind is not FigureKind.DATE or str(figure.value)[:4] < year
        for figure in fact.figures
    )


def _sum_said_as_day(sums: frozenset[str], fact: Fact) -> bool:
    """A sum the question states ("£11bn") whose number the fact's quote says only as a day
    ("on 11 June"): the fact lacks that number as a figure, whatever its terms hold."""
    return bool(sums_said_as_days(sums, fact.quote))


def _intent_fits(
    index: FactIndex, query: _Query, shortlist: Sequence[tuple[int, float]]
) -> list[int]:
    """By place in the shortlist, whether each fact gives the kind of detail asked for (1 or
    -1; 0 when none is asked): worked out once, for the fact's bound and its evidence."""
    if query.intent is Intent.OTHER:
        return [0] * len(shortlist)
    question, profiles = query.question, index.profiles
    return [1 if fits(question, profiles[position]) else -1 for position, _ in shortlist]


def _bounds(
    index: FactIndex,
    query: _Query,
    shortlist: Sequence[tuple[int, float]],
    intent_fits: Sequence[int],
) -> Bounds:
    """The most each shortlisted fact's (position, coverage) evidence can score, worked out
    cheaply: the order of candidates is exact only if no evidence ever scores above its
    bound. Why none does: the weight a phrasing shares with the question is at most `shared`,
    that of the question's words found in any of the fact's phrasings, and the phrasing is at
    least as heavy as the lightest one; F1 grows with the weight shared and shrinks with the
    phrasing's (with recall weighed as precision: (1 + b^2) * shared / (b^2 * phrasing +
    question)). The similarity is taken at its most and nothing as missing; the intent and
    numbers are worked out. Evidence's scores grow with each of these, and are worked out
    here as there (in the same order, clamped the same way)."""
    known, mass, numbers = query.known, query.mass, query.numbers
    answer_numbers = _named_by_numbers(index, query.question)
    phrasing_terms, lightest, fact_terms = (
        index.phrasing_terms,
        index.lightest_phrasings,
        index.fact_terms,
    )
    topic_share = 1.0 - query.constraint_share
    # At the most similarity, plus rounding room: the evidence adds the same amounts in
    # another order.
    most_similar = WEIGHT_SIMILARITY * 1.0
    closest: list[float] = []
    closest_on_topic: list[float] = []
    # This loop runs for every shortlisted fact of every question: its constants are local
    # names, and what is the same for every fact is worked out before it.
    f1_scale, beta2, weight_coverage, weight_phrasing = (
        _F1_SCALE,
        _BETA2,
        WEIGHT_COVERAGE,
        WEIGHT_PHRASING,
    )
    adjustment, slack = INTENT_ADJUSTMENT, BOUND_SLACK
    for (position, coverage), intent_fit in zip(shortlist, intent_fits, strict=True):
        terms = phrasing_terms[position]
        # Summed as sum() would, in the same order from 0.0: the same float, without making
        # a list for the four or five words a question has.
        shared = 0.0
        for term, weight in known:
            if term in terms:
                shared += weight
        # Clamped by comparison, not min() and max() (two calls each, for every fact): the
        # same value as they give, as each returns its first argument on a tie.
        f1 = f1_scale * shared / (beta2 * lightest[position] + mass)
        f1 = f1 if f1 < 1.0 else 1.0
        closeness = weight_coverage * coverage + weight_phrasing * f1 + most_similar
        closeness += adjustment[intent_fit]
        # A question naming no number lacks none: the empty set is in every fact's terms.
        if numbers and (
            _number_mismatch(
                _numbers_held(index, query, position),
                fact_terms[position],
                answer_numbers,
                position,
            )
            or _sum_said_as_day(query.sums, index.facts[position])
        ):
            closeness -= NUMBER_MISMATCH_PENALTY
        on_topic = min(1.0, coverage / topic_share) if topic_share > 0 else coverage
        topic = weight_coverage * on_topic + weight_phrasing * f1 + most_similar
        closeness = closeness if closeness < 1.0 else 1.0
        topic = topic if topic < 1.0 else 1.0
        closest.append((closeness if closeness > 0.0 else 0.0) + slack)
        closest_on_topic.append((topic if topic > 0.0 else 0.0) + slack)
    return Bounds(closest, closest_on_topic)


class _Read(NamedTuple):
    """What ranking one analysed question worked out, kept for its next ranking: a question
    is often ranked again as it was (the topic of "the latest X" and X itself, a claim's
    rewording read by two rules), and its evidence is the same each time."""

    of_index: FactIndex  # (held, so that the ids it is kept by are not reused)
    question: Question
    intent_fits: list[int]
    bounds: Bounds
    glanced: dict[int, Evidence]  # by place: the evidence but what the fact lacks
    lacks: dict[int, str | None]  # by place: what the fact lacks


# The last few rankings' work, by index, analysed question (both by identity: a Question is
# never changed once made) and shortlist.
_READ_KEPT = 8
_read: dict[tuple[int, int, tuple[tuple[int, float], ...]], _Read] = {}


def _read_before(index: FactIndex, shortlist: Sequence[tuple[int, float]], query: _Query) -> _Read:
    key = (id(index), id(query.question), tuple(shortlist))
    read = _read.get(key)
    if read is not None and read.of_index is index and read.question is query.question:
        return read
    intent_fits = _intent_fits(index, query, shortlist)
    read = _Read(
        index, query.question, intent_fits, _bounds(index, query, shortlist, intent_fits), {}, {}
    )
    if len(_read) >= _READ_KEPT:
        # The oldest let go (the repeats come close together: the few kept serve them); one
        # at a time, as clearing them all made one ranking in eight pay to free eight's work.
        del _read[next(iter(_read))]
    _read[key] = read
    return read


def ranked(
    index: FactIndex, shortlist: Sequence[tuple[int, float]], query: _Query
) -> RankedCandidates:
    """The shortlisted facts (position, coverage) best first, each one's evidence worked out
    when it is read: first all but what the fact lacks (`glance`), then the rest. The same
    question ranked again reads the evidence worked out the time before."""
    unchecked, lacking = _evidence_in_parts(index, query)
    read = _read_before(index, shortlist, query)
    intent_fits, glanced, lacks = read.intent_fits, read.glanced, read.lacks

    def glance(at: int) -> Evidence:
        evidence = glanced.get(at)
        if evidence is None:
            position, coverage = shortlist[at]
            evidence = glanced[at] = unchecked(position, coverage, intent_fits[at])
        return evidence

    def work_out(at: int) -> Candidate:
        position = shortlist[at][0]
        if at in lacks:
            missing = lacks[at]
        else:
            missing = lacks[at] = lacking(position)
        evidence = _with_missing(glance(at), missing)
        return Candidate(position, evidence, evidence.rank_score)

    return RankedCandidates([position for position, _ in shortlist], read.bounds, work_out, glance)


def missing_from(
    index: FactIndex, question: Question, position: int, named: frozenset[str] = frozenset()
) -> str | None:
    """What the fact at `position` does not give that the question asks (a part of a group,
    a kind, a place, a period ...), judged as for the matcher's candidates but for what a
    count is of, whose reading from the question is left to the matcher ("how many kids
    went" is read as counting "went"). Words in `named` are taken as given."""
    # Only what the question says it asks about is compared: its words need no correcting.
    asked = asked_terms(index, question).taking_as_given(named)
    return what_is_missing(question, index.profiles[position], index.fact_terms[position], asked)
