"""A question and the index -> the facts that may answer it, best first, and the rules for order."""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from operator import itemgetter

from sendbot.answering.aim_in_money_terms import (
    asks_an_aim_in_money_terms,
    speaks_of_money,
    states_an_aim_in_money_terms,
)
from sendbot.answering.answer_parts import (
    DOCUMENT_TAG,
    AnswerPart,
    answer_part,
    asked_of_answer,
    asks_a_name,
    asks_what_answer_is_about,
    asks_what_was_asked,
    misfits,
    names_no_answer,
)
from sendbot.answering.asked_both import holds_more_of_it, parts_asked, says_each
from sendbot.answering.asked_enabled import asks_what_it_lets_do, says_what_it_lets_do
from sendbot.answering.asked_existence import refers_back_to, says_it_exists, thing_asked_to_exist
from sendbot.answering.asked_figure_kind import figure_kinds_asked, gives_a_kind
from sendbot.answering.asked_makeup import (
    asks_what_makes_it_up,
    quotes_what_makes_it_up,
    states_what_makes_it_up,
)
from sendbot.answering.asked_more import more_asked_of, says_more_of
from sendbot.answering.asked_purpose import without_purpose_words
from sendbot.answering.asked_so_far import (
    asks_if_it_has_changed,
    says_it_has_changed,
    says_no_change_happened,
)
from sendbot.answering.asked_sort import thing_asked_the_sort_of
from sendbot.answering.asked_together import Detail, details_asked, gives_all
from sendbot.answering.asked_whom import asks_the_age, asks_whom_it_is_for, says_whom_it_is_for
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.change_size_asked import asks_the_size_of_a_change
from sendbot.answering.compared_years import (
    amounts,
    asks_a_total,
    gives_a_level,
    gives_only_changes,
    states_a_change,
    states_only_levels,
)
from sendbot.answering.count_from_the_start import (
    asks_a_count_from_the_start,
    counts_from_the_start,
    counts_one_year_only,
)
from sendbot.answering.fact_index import MAX_FIELD_WEIGHT, FactIndex, per_index
from sendbot.answering.fact_profile import INTENTS_OF_FIGURE
from sendbot.answering.intent import (
    A_PLURAL,
    A_SINGULAR_COUNTED,
    COUNT_NOUNS,
    FIGURE_ASKED,
    POLITE_ENDS,
    SINGULAR_COUNT_NOUNS,
    TALLY_NOUNS,
    Intent,
)
from sendbot.answering.named_answer import named_answer_on_top
from sendbot.answering.nested_quote import adding_a_count, adds_a_count_to, asks_what_it_adds
from sendbot.answering.normalise import stem
from sendbot.answering.only_these_asked import kind_asked_alone, lists_it_among_others
from sendbot.answering.plan_stated import asks_whether_it_is_done, states_a_plan
from sendbot.answering.purpose_stated import (
    PURPOSE_NOUNS,
    asks_it_in_its_asking_clauses,
    states_its_purpose,
    states_purpose_of,
)
from sendbot.answering.question import Question, analyse
from sendbot.answering.question_topic_checked import checks_question_topic
from sendbot.answering.ranked import Candidate, RankedCandidates
from sendbot.answering.record_claims import claims_record, says_record
from sendbot.answering.referred_back import (
    quote_refers_back,
    quotes_them,
    said_only_by_its_statement,
)
from sendbot.answering.scoring import (
    BOUND_SLACK,
    asking_words,
    query_of,
    query_terms,
    ranked,
    said_terms,
)
from sendbot.answering.sibling_answer import overlapping_quotes, same_sentence
from sendbot.answering.source_pointers import without_source_pointers
from sendbot.knowledge.figures import figures_besides_dates, same_figure
from sendbot.knowledge.model import Fact, FigureKind

CANDIDATES = 25

# Up to this many posting entries in all, the shortlist merges every list outright.
DIRECT_MERGE = 2_000

# Up to this many scored facts, sorting them all finds the best faster than a heap (which is
# written in Python); both give the same order, ties included.
SORT_ALL = 500


@dataclass(frozen=True, slots=True)
class Ranking:
    question: Question
    candidates: RankedCandidates  # best first
    corrected: tuple[str, ...]  # terms that were typo-corrected
    # The facts giving a part of a written answer (its date, its minister) not asked for:
    # read when needed (most answered questions never need it).
    unasked: Callable[[], frozenset[int]] = frozenset


def among_first(index: FactIndex, ranking: Ranking, fact: Fact, count: int) -> Candidate | None:
    """The candidate giving `fact` (or a fact of the same id), when the ranking puts it among
    its first `count`: read in order and stopped where it is found, as working out each
    candidate is most of a ranking's cost and the one looked for is most often first."""
    facts = index.facts
    for candidate in islice(ranking.candidates, count):
        if facts[candidate.position].id == fact.id:
            return candidate
    return None


def _shortlist(index: FactIndex, terms: Sequence[str], mass: float) -> list[tuple[int, float]]:
    """The CANDIDATES facts with the most coverage of the question, best first, as
    (position, coverage); ties in the order the facts are first reached (terms in question
    order, facts in base order).

    Exact, but without scoring every fact that shares a common word ("department" is in
    every quote): posting lists are merged rarest first, and once the CANDIDATES-th best
    score so far beats anything the words not yet merged could give a fact on their own,
    no fact outside the merged lists can make the shortlist.
    """
    present = sorted((term for term in terms if term in index.postings), key=_posting_size(index))
    if sum(map(_posting_size(index), present)) <= DIRECT_MERGE:
        return _merge_all(index, terms, mass)  # pruning would cost more than it saves
    # A word's most a fact can gain from it: its weight at the heaviest field weight.
    bound = {term: index.weight(term) * MAX_FIELD_WEIGHT / mass for term in present}
    partial: dict[int, float] = defaultdict(float)  # coverage from the words merged so far
    for merged, term in enumerate(present[:-1], start=1):
        share = index.weight(term) / mass
        for position, field_weight in index.postings[term].items():
            partial[position] += share * field_weight
        if len(partial) < CANDIDATES:
            continue
        unmerged = sum(bound[rest] for rest in present[merged:])
        floor = heapq.nlargest(CANDIDATES, partial.values())[-1]
        if floor > unmerged + BOUND_SLACK:
            # Only facts that can still reach the floor need their exact coverage.
            reached = [p for p, score in partial.items() if score + unmerged + BOUND_SLACK >= floor]
            return _shortlist_among(index, terms, reached, mass)
    return _merge_all(index, terms, mass)


def _merge_all(index: FactIndex, terms: Sequence[str], mass: float) -> list[tuple[int, float]]:
    """Every fact sharing a word with the question, scored; the CANDIDATES best, first."""
    coverage: dict[int, float] = {}
    so_far, postings = coverage.get, index.postings
    for term in terms:
        posting = postings.get(term)
        if posting is None:
            continue
        weight = index.weight(term)
        if not coverage:
            # The first word's facts, in one go: nothing to add to yet (0.0 + x is x).
            coverage = {p: weight * field_weight / mass for p, field_weight in posting.items()}
            so_far = coverage.get
            continue
        for position, field_weight in posting.items():
            coverage[position] = so_far(position, 0.0) + weight * field_weight / mass
    # Like a stable sort: equal scores keep the order the facts were reached in.
    if len(coverage) <= SORT_ALL:
        return sorted(coverage.items(), key=itemgetter(1), reverse=True)[:CANDIDATES]
    return heapq.nlargest(CANDIDATES, coverage.items(), key=itemgetter(1))


def _posting_size(index: FactIndex) -> Callable[[str], int]:
    return lambda term: len(index.postings[term])


def _shortlist_among(
    index: FactIndex, terms: Sequence[str], positions: Iterable[int], mass: float
) -> list[tuple[int, float]]:
    """The shortlist among `positions`: the coverage of each, summed in question order (so
    every fact scores exactly as when all posting lists are merged), the CANDIDATES best
    first."""
    coverage = dict.fromkeys(positions, 0.0)
    # The first word that reaches a fact: ties go to the fact reached first.
    first: dict[int, int] = {}
    for number, term in enumerate(terms):
        posting = index.postings.get(term)
        if posting is None:
            continue
        weight = index.weight(term)
        # Walk whichever is shorter, the word's posting list or the facts to score.
        if len(posting) < len(coverage):
            pairs = [(p, w) for p, w in posting.items() if p in coverage]
        else:
            pairs = [(p, posting[p]) for p in coverage if p in posting]
        for position, field_weight in pairs:
            coverage[position] += weight * field_weight / mass
            first.setdefault(position, number)
    ranked = [(-score, first[position], position) for position, score in coverage.items()]
    best = (
        sorted(ranked)[:CANDIDATES]
        if len(ranked) <= SORT_ALL
        else heapq.nsmallest(CANDIDATES, ranked)
    )
    return [(position, -negative) for negative, _, position in best]


# Words that only say an amount of money is asked ("how much is PINS worth?", "whats the
# funding figure they quote for the plan", "the headline sum"): the intent, not the topic. A
# fact whose curated phrasing happens to say "worth" is no nearer for it.
AMOUNT_WORDS = frozenset(
    {"worth", "value", "valued", "figure", "figures", "sum", "quote", "quoted", "headline"}
)


# "what are the AP taskforces doing (for schools)": what the body does; "doing" names
# no topic, as "what has it done" does not.
_WHAT_IT_IS_DOING = re.compile(
    r"^(?:so )?what (?:is|s|are|has|have)(?: \w+){1,6}? (?:been )?doing"
    # (not "doing to help schools like ours": what it does is said after, in other words)
    r"(?= *$| (?:for|now|these days|lately|at the moment|currently|exactly|nowadays|since)\b)"
)


def _topic_words(question: Question, known: Container[str]) -> Sequence[str]:
    said = without_source_pointers(without_year_groups(question.words))
    if "doing" in said and _WHAT_IT_IS_DOING.match(question.text):
        said = [word for word in said if word != "doing"]
    if question.intent is Intent.REASON:
        return without_purpose_words(question, said, known)  # "what is X meant to lead to"
    if question.intent is Intent.COUNT:
        return without_count_noun(said)
    if question.intent is not Intent.AMOUNT:
        return said
    return [word for word in said if word not in AMOUNT_WORDS] or said


# A noun that only says a count is asked, at the end of a telegraphic question ("trainee EPs
# count?", "opened schools numbers pls"): the intent, not the topic.
_A_PLURAL = re.compile(A_PLURAL)
_A_SINGULAR_COUNTED = re.compile(A_SINGULAR_COUNTED)


def without_count_noun(said: Sequence[str]) -> Sequence[str]:
    end = len(said)
    while end and said[end - 1] in POLITE_ENDS:
        end -= 1
    if end < 2 or said[end - 1] not in COUNT_NOUNS:
        return said
    counted = said[end - 2]
    if (
        said[end - 1] not in TALLY_NOUNS
        and not _A_PLURAL.fullmatch(counted)
        and not (said[end - 1] in SINGULAR_COUNT_NOUNS and _A_SINGULAR_COUNTED.fullmatch(counted))
    ):
        return said  # "what's the official number": the number of what, asked before
    # ("taskforce count": "count" or "tally" ending a question asking a count asks only that)
    return [*said[: end - 1], *said[end:]]


# School year groups run from reception to year 13.
LAST_YEAR_GROUP = 13


def without_year_groups(said: Sequence[str]) -> Sequence[str]:
    """The words without the number of a school year group ("year 3 teacher here"): a class,
    not a figure, so it does not draw a fact giving "£3 million"."""
    if "year" not in said and "yr" not in said:
        return said
    return [
        word
        for at, word in enumerate(said)
        if not (
            at
            and said[at - 1] in ("year", "yr")
            and word.isdigit()
            and int(word) <= LAST_YEAR_GROUP
        )
    ]


# Words that ask about the question an MP or peer put, not about its subject.
ASKING_WORDS = frozenset(
    """ask asked asking asks question questions pq pqs mp mps member members peer peers lord
    lords baroness wording worded word tabled raised raise wanted enquire enquired replying
    responding""".split()
)

# ... and about the written answer itself: who gave it, when, for which department.
ANSWER_WORDS = frozenset(
    """answer answered answers answering reply replied replies respond responded response
    minister ministers department dept dfe published publish date dated""".split()
)


def _beside_the_point(index: FactIndex, position: int, question: Question) -> bool:
    """A fact quoting the question put, for a question about its subject: it says what was
    asked, not the answer; unless it gives a figure of the kind asked for (a question may date
    the report it asks about: "published on 10 December 2024"), or the name asked for (a
    question may name the report it asks about)."""
    if position not in index.restating:
        return False
    if asks_a_name(question):
        return False
    fact = index.facts[position]
    return not any(question.intent in INTENTS_OF_FIGURE[figure.kind] for figure in fact.figures)


def _not_about_the_answer(question: Question) -> bool:
    return ANSWER_WORDS.isdisjoint(question.words) and question.intent not in (
        Intent.DATE,
        Intent.PERSON,
        Intent.START,
    )


def _about_the_asking(question: Question) -> bool:
    return (
        question.intent is Intent.ASKER
        or not ASKING_WORDS.isdisjoint(question.words)
        or asks_what_answer_is_about(question.text)
    )


def only_about_the_document(fact: Fact, question: Question) -> bool:
    """A fact about a written answer itself (when it was asked, who answered) shown as related
    information to a question about neither: it tells the asker nothing they asked about."""
    return "document" in fact.tags and (
        (not _about_the_asking(question) and _not_about_the_answer(question))
        or counts_members(question)
    )


# Members of either House, and the words that make them the ones who asked.
_MEMBERS = frozenset("mp mps member members peer peers lord lords baroness".split())
_ASKED_BY_THEM = frozenset(
    "ask asked asking asks question questions pq pqs tabled raised wanted enquire enquired".split()
)


def counts_members(question: Question) -> bool:
    """'how many MPs are there in parliament': how many members there are, not who asked the
    written answer's question, which no record of one answer counts."""
    return (
        question.intent is Intent.COUNT
        and question.subject.lower() in _MEMBERS
        and _ASKED_BY_THEM.isdisjoint(question.words)
    )


# Words that name no topic: a question with no other term ("anything?", "anything on this?",
# said while members talk to each other) asks about nothing, though one fact's phrasing holds
# them ("are they actually doing anything about send?"). Beside a topic they stay terms.
INDEFINITE_TERMS = frozenset(stem(word) for word in ("anything", "something"))


def rank(index: FactIndex, text: str, question: Question | None = None) -> Ranking:
    """The facts that might answer, best first, with the evidence for each. `question` is
    `text` analysed, when the caller has analysed it already."""
    question = analyse(text) if question is None else question
    if not question.is_question:
        return Ranking(question, RankedCandidates.none(), ())
    terms, corrected = query_terms(index, _topic_words(question, index.idf))
    # No term, or none naming a topic (the first term looked at alone first: a few hundredths
    # of a microsecond for nearly every question).
    if not terms or (
        terms[0] in INDEFINITE_TERMS and all(term in INDEFINITE_TERMS for term in terms)
    ):
        return Ranking(question, RankedCandidates.none(), tuple(corrected))
    query = query_of(index, question, terms)
    shortlist = _shortlist(index, terms, query.mass)
    if not _about_the_asking(question):
        shortlist = [(p, c) for p, c in shortlist if not _beside_the_point(index, p, question)]
    candidates = ranked(index, shortlist, query)
    unasked = partial(_unasked_parts, index, candidates.positions, question, text, terms)
    if candidates and DOCUMENT_TAG in index.facts[candidates[0].position].tags:
        # Only a part of a written answer that was asked for is put first.
        read = unasked()
        candidates = _first_asked_on_top(candidates, read)
        unasked = partial(frozenset, read)
        if candidates:
            named_answer_on_top(index, candidates, terms, read)
    if (
        candidates
        and (
            asks_what_answer_is_about(question.text)
            or asks_what_was_asked(question.text)
            or checks_question_topic(question.text)
        )
        and not names_no_answer(question)
    ):
        _question_put_on_top(index, candidates)
    if claims_record(question):
        _record_on_top(index, candidates)
    if candidates and (asked := details_asked(question.text)):
        _all_asked_on_top(index, asked, candidates)
    if (
        candidates
        and " and " in question.text
        and (parts := parts_asked(asking_text(text), index.normaliser.terms))
    ):
        _saying_each_on_top(index, parts, candidates)
    if candidates and (thing := thing_asked_to_exist(question.text)):
        _saying_it_exists_on_top(index, thing, candidates)
    elif candidates and (thing := thing_asked_the_sort_of(question.text)):
        # A fact only referring back to the thing does not say what sort it is either.
        _saying_it_exists_on_top(index, thing, candidates)
    if candidates and question.change and question.intent in RISE_ASKED:
        _rise_on_top(index, candidates, text)
    if candidates and question.lacked:
        _of_those_without_on_top(index, candidates, question)
    if candidates and asks_the_size_of_a_change(question.text.lower()):
        _change_sized_on_top(index, candidates)
    if candidates and asks_a_total(question):
        _level_on_top(index, candidates, text)
    if (
        candidates
        and question.intent in COUNT_FROM_THE_START_INTENTS
        and (asks_a_count_from_the_start(question.text))
    ):
        _count_from_the_start_on_top(index, candidates)
    if candidates and (named_alone := kind_asked_alone(text)):
        _listing_others_on_top(index, named_alone, candidates)
    if candidates and asks_if_it_has_changed(question.text):
        _happened_on_top(index, candidates)
    if candidates and (more_of := more_asked_of(question.words)):
        _more_of_it_on_top(index, more_of, candidates)
    if candidates and asks_what_makes_it_up(question.text):
        _makeup_on_top(index, candidates)
    if candidates and asks_what_it_lets_do(question.text):
        _what_it_lets_do_on_top(index, candidates)
    if candidates and asks_it_in_its_asking_clauses(text, question):
        _purpose_on_top(index, candidates, question.text, asking_text(text))
    if candidates and asks_an_aim_in_money_terms(question.text):
        _aim_in_money_terms_on_top(index, candidates)
    if candidates and asks_whether_it_is_done(text):
        _plan_on_top(index, candidates)
    if candidates and asks_whom_it_is_for(question.text):
        _whom_on_top(index, candidates, asks_the_age(question.text))
    if candidates and question.intent not in FIGURE_ASKED:
        _said_not_referred_back_on_top(index, candidates, terms)
    kinds = figure_kinds_asked(question, text)
    if candidates and kinds:
        _kind_asked_on_top(index, kinds, candidates)
    if candidates and question.intent not in FIGURE_ASKED and not kinds:
        # (a figure asked, "AP taskforce numbers", is what a count added to a quote gives)
        _quoted_whole_first(index, text, candidates)
    return Ranking(question, candidates, tuple(corrected), unasked)


def _unasked_parts(
    index: FactIndex,
    positions: Sequence[int],
    question: Question,
    text: str,
    terms: list[str],
) -> frozenset[int]:
    """The candidates giving a part of a written answer itself that the question does not ask
    for; what it asks of an answer is read only when there is such a candidate."""
    documents = [position for position in positions if DOCUMENT_TAG in index.facts[position].tags]
    if not documents:
        return frozenset()
    asked = asked_of_answer(question, asking_words(index, text, terms))
    return frozenset(position for position in documents if misfits(asked, index.facts[position]))


def _first_asked_on_top(candidates: RankedCandidates, unasked: frozenset[int]) -> RankedCandidates:
    """A part of a written answer itself (its date, its minister) that the question does not
    ask for is never the answer, nor the related fact; it stays a competitor below the first,
    so that the fact put first is no surer than before it was passed over."""
    if candidates.bring_first(lambda candidate: candidate.position not in unasked):
        return candidates
    return RankedCandidates.none()


def _question_put_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """'what was the nov 2023 educational psychology question about', 'that nov 2023 ep pq,
    what was it asking': what a written answer (or its question) is about, or what it asked, is
    the question put, so the nearest record of a question's wording is first, not what the
    answer says on its topic."""
    candidates.bring_first(
        lambda candidate: answer_part(index.facts[candidate.position]) is AnswerPart.QUESTION_TEXT
    )


def _record_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "More than ever?" checks a record: a fact that says so comes before a figure that
    does not, however alike their words."""
    candidates.bring_first(lambda candidate: says_record(index.facts[candidate.position]))


# How far below the top fact a fact giving every detail asked together may rank and still be
# put first: as far as the words of a one-detail fact's phrasings can lift it.
ASKED_TOGETHER_REACH = 0.2


def _all_asked_on_top(
    index: FactIndex, asked: frozenset[Detail], candidates: RankedCandidates
) -> None:
    """ "When did it launch and how big is it?": the top fact gives one of the details asked
    and a close fact gives them all, so it comes first."""
    if gives_all(asked, index.facts[candidates[0].position]):
        return
    floor = candidates[0].rank_score - ASKED_TOGETHER_REACH
    for candidate in candidates:
        if candidate.rank_score < floor:
            return
        evidence = candidate.evidence
        if (
            evidence.missing is None
            and evidence.intent_fit != -1
            and gives_all(asked, index.facts[candidate.position])
        ):
            candidates.bring_first(lambda other: other is candidate)  # noqa: B023
            return


# How far below the top fact a sibling saying every part asked may rank and still be put
# first: the shorter one's curated phrasings, on the part it says, may lift it that far.
SAYS_EACH_REACH = 0.2


def _saying_each_on_top(
    index: FactIndex, parts: Sequence[frozenset[str]], candidates: RankedCandidates
) -> None:
    """ "Has it reached many children and has it been extended?": the top fact says only that
    it was extended; a close fact of its sentence, whose quote holds the top one's whole and
    says the children reached too, answers both parts, and comes first."""
    facts, terms = index.facts, index.normaliser.terms
    top = facts[candidates[0].position]
    if says_each(frozenset(terms(top.quote)), parts):
        return
    _close_answer_first(
        candidates,
        SAYS_EACH_REACH,
        answers=lambda candidate: (
            holds_more_of_it(facts[candidate.position], top)
            and says_each(frozenset(terms(facts[candidate.position].quote)), parts)
        ),
    )


# How far below the top fact, which refers back to the thing asked about, a fact saying that the
# thing exists may rank and still be put first: as far as the words of a sibling fact's
# phrasings can lift it ("what will the PINS evaluation look at?" beside "is there one?").
SAYS_IT_EXISTS_REACH = 0.2


def _saying_it_exists_on_top(index: FactIndex, thing: str, candidates: RankedCandidates) -> None:
    """ "Is there an evaluation of PINS?": the top fact says what "this evaluation" will do,
    taking it as known; a close fact of the same reach that says there is one answers. The
    facts passed over that refer back to the thing agree with it: they are not its rivals."""
    top = candidates[0]
    if not _refers_back_only(index, top, thing):
        return
    _close_answer_first(
        candidates,
        SAYS_IT_EXISTS_REACH,
        answers=lambda candidate: (
            candidate.evidence.coverage >= top.evidence.coverage
            and says_it_exists(index.facts[candidate.position].quote, thing)
        ),
        agrees=lambda candidate: _refers_back_only(index, candidate, thing),
    )


def _refers_back_only(index: FactIndex, candidate: Candidate, thing: str) -> bool:
    quote = index.facts[candidate.position].quote
    return refers_back_to(quote, thing) and not says_it_exists(quote, thing)


# The questions asking how much something rose ("how much more ... in 25/26"), of a sum or count,
# or whether it rose ("is the high needs budget more than before?"): the rise answers both.
RISE_ASKED = frozenset({Intent.AMOUNT, Intent.COUNT, Intent.OTHER})
# How far below the top fact, a level, a fact giving the rise may rank and still be put first:
# the total and the rise of one year share most of their words ("high needs", "2025/26").
RISE_REACH = 0.1
# ... when the question names the top fact's own level ("is the £10.5bn an increase on before,
# and by how much?"): the figure the asker has drew the level up, and the rise is asked of it.
RISE_REACH_LEVEL_NAMED = 0.3


def _rise_on_top(index: FactIndex, candidates: RankedCandidates, text: str) -> None:
    """ "How much more high needs money is there in 25/26?": the top fact gives only the total
    ("over £12 billion"), a close fact states the rise ("an increase of £1 billion"), which
    comes first, even where the total's quote tells the rise too (the reply states the
    total). The totals passed over give another measure: they are not its rivals."""
    top = index.facts[candidates[0].position]
    if not states_only_levels(top):
        return
    reach = RISE_REACH_LEVEL_NAMED if _names_a_figure_of(text, top) else RISE_REACH
    _close_answer_first(
        candidates,
        reach,
        answers=lambda candidate: states_a_change(index.facts[candidate.position]),
        agrees=lambda candidate: states_only_levels(index.facts[candidate.position]),
    )


# How far below the top fact a fact about those lacking what the question says they lack may
# rank and still be put first.
WITHOUT_REACH = 0.1


def _of_those_without_on_top(
    index: FactIndex, candidates: RankedCandidates, question: Question
) -> None:
    """ "Any money for internships for young people who don't have an EHCP?": a question about
    those lacking something; a close fact about those without it (the pilot for young people
    "without an Education, Health and Care plan") comes before a top fact that does not say
    whom it is for, however the lack is worded ("who don't have", "with no", "without"). Not
    over a record of the answer ("which minister answered the q about places for those with
    and without an EHCP"): whom the answer is about names it, and is not asked."""
    top = candidates[0].position
    lacked = said_terms(index, question.lacked)
    if not lacked or lacked <= index.profiles[top].without_terms:
        return
    if DOCUMENT_TAG in index.facts[top].tags:
        return
    _close_answer_first(
        candidates,
        WITHOUT_REACH,
        answers=lambda candidate: lacked <= index.profiles[candidate.position].without_terms,
    )


# How far below a top fact that gives no sum at all the fact stating a rise may rank and still
# be put first: the fact telling why the money rose shares the rise's words ("the increase in
# high needs funding"), and totals of the same year may rank between them.
SIZE_REACH = 0.2


def _change_sized_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "What's the high needs increase for 2025/26?", "what got added to high needs?": the
    size of a rise is asked; a top fact giving no sum (why the money rose, what it is for)
    cannot tell it, and a close fact stating the rise comes first. The facts passed over state
    no rise (no sum, or a total): they are not its rivals."""
    if amounts(index.facts[candidates[0].position]):
        return
    _close_answer_first(
        candidates,
        SIZE_REACH,
        answers=lambda candidate: states_a_change(index.facts[candidate.position]),
        agrees=lambda candidate: not states_a_change(index.facts[candidate.position]),
    )


# How far below the top fact a fact listing the kind asked among others may rank and still
# be put first: a near tie only, as both speak of the kind asked.
LISTING_OTHERS_REACH = 0.05


def _listing_others_on_top(index: FactIndex, named: str, candidates: RankedCandidates) -> None:
    """ "Who is it working with, is it just councils?": the top fact names the councils
    alone; a fact about as close listing councils among others says they are not the only
    ones, and comes first."""
    terms, facts = index.normaliser.terms, index.facts
    if lists_it_among_others(facts[candidates[0].position].quote, named, terms):
        return
    _close_answer_first(
        candidates,
        LISTING_OTHERS_REACH,
        answers=lambda candidate: lists_it_among_others(
            facts[candidate.position].quote, named, terms
        ),
    )


# A count asked, or a figure by a word ("what's the count") the intent reader leaves "other".
COUNT_FROM_THE_START_INTENTS = frozenset({Intent.COUNT, Intent.OTHER})
# How far below the top fact, counting one year alone, a fact of its topic counting from the
# start may rank and still be put first: as far as the one-year fact's phrasings ("special
# schools opened this year") lift it.
FROM_THE_START_REACH = 0.3


def _count_from_the_start_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "How many AP free schools have opened over the years?": the top fact counts one
    academic year alone, a part of what is asked; a close fact of its topic counting from a
    year on ("since 2010") gives the whole, and comes first. The facts passed over are no
    rivals when they count one year of the topic (a part of the whole) or say the whole in a
    longer sentence ("... since 2010, with 67 similar projects in the pipeline")."""
    facts = index.facts
    top = facts[candidates[0].position]
    if not top.figures or not counts_one_year_only(top.quote):
        return
    whole = next(
        (
            candidate
            for candidate in candidates
            if candidate.rank_score >= candidates[0].rank_score - FROM_THE_START_REACH
            and candidate.evidence.missing is None
            and candidate.evidence.intent_fit != -1
            and facts[candidate.position].topic is not None
            and facts[candidate.position].topic == top.topic
            and counts_from_the_start(facts[candidate.position].quote)
        ),
        None,
    )
    if whole is None:
        return
    said = facts[whole.position].quote.lower()
    candidates.bring_first(lambda candidate: candidate is whole)
    candidates.not_rivals = frozenset(
        candidate.position
        for candidate in candidates
        if candidate is not whole
        and (
            (
                facts[candidate.position].topic == top.topic
                and counts_one_year_only(facts[candidate.position].quote)
            )
            or said in facts[candidate.position].quote.lower()
        )
    )


def _names_a_figure_of(text: str, fact: Fact) -> bool:
    """The question names one of the fact's sums or counts: "the £10.5bn" of "over £10.5
    billion"."""
    named = figures_besides_dates(text.lower())
    return any(same_figure(figure, given) for figure in named for given in fact.figures)


def _level_on_top(index: FactIndex, candidates: RankedCandidates, text: str) -> None:
    """ "The £970 million took total high needs funding to what?": the top fact gives only the
    rise (the £970 million the asker already has), a close fact gives the total it brought
    ("£10.1 billion"), which comes first. The rises passed over give another measure: they are
    not its rivals. The mirror of `_rise_on_top`."""
    top = index.facts[candidates[0].position]
    if gives_only_changes(top) and _names_a_figure_of(text, top):
        # "what total did high needs reach after the £970m bump": the rise named is the top
        # fact's own, so the total it brought is the one its written answer gives (not another
        # year's total, closer in words), further below as the level named reaches. Another
        # answer's total passed over is of another year, not a rival reading of this one.
        _close_answer_first(
            candidates,
            RISE_REACH_LEVEL_NAMED,
            answers=lambda candidate: _a_level_of(index.facts[candidate.position], top.source_id),
            agrees=lambda candidate: _gives_a_measure(index.facts[candidate.position]),
        )
        if index.facts[candidates[0].position] is not top:
            return
        # (the rise named is said again in a later answer giving no total: "high needs has
        # increased by over £1 billion", of the April answer's "£1 billion increase")
    _other_measure_first(index, candidates, gives_only_changes, gives_a_level)


def _a_level_of(fact: Fact, source_id: str) -> bool:
    return fact.source_id == source_id and gives_a_level(fact)


def _gives_a_measure(fact: Fact) -> bool:
    return gives_only_changes(fact) or gives_a_level(fact)


def _other_measure_first(
    index: FactIndex,
    candidates: RankedCandidates,
    only: Callable[[Fact], bool],
    answers: Callable[[Fact], bool],
) -> None:
    """The top fact gives `only` one measure (a total, a rise) where the other is asked: a
    close fact that `answers` comes first, and the facts passed over giving `only` that
    measure are not its rivals."""
    if not only(index.facts[candidates[0].position]):
        return
    _close_answer_first(
        candidates,
        RISE_REACH,
        answers=lambda candidate: answers(index.facts[candidate.position]),
        agrees=lambda candidate: only(index.facts[candidate.position]),
    )


# How far below the top fact a fact stating what a thing is made up of may rank and still be
# put first: siblings on one programme share its name ("the change programme").
MAKEUP_REACH = 0.15


def _makeup_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "What is the change programme made up of?": the top fact says what it is (its quote
    naming the 32 councils in passing); a close fact whose statement says what it is made up
    of answers; the facts passed over whose quote says it too are not its rivals."""
    _close_answer_first(
        candidates,
        MAKEUP_REACH,
        answers=lambda candidate: states_what_makes_it_up(index.facts[candidate.position]),
        agrees=lambda candidate: quotes_what_makes_it_up(index.facts[candidate.position]),
    )


# How far below the top fact a fact whose statement says what the thing is for may rank and
# still be put first: siblings on one sum or programme share its name and figures.
PURPOSE_REACH = 0.2
# ... and a fact saying, as its point, what the very thing asked is for, where the top fact
# says what something else is for ("the investment aims to double supported internships"):
# the top one's phrasings ("aim of the supported internships investment") share the asked
# thing's name and the purpose words, and may lift it further.
THING_PURPOSE_REACH = 0.25
SAME_SENTENCE_PURPOSE_REACH = 0.35


# How far below the top fact a fact saying what a thing makes possible may rank and still be put
# first: both are of one announcement, and the top one's shorter quote, naming it and little
# else, fits the question's words closely (as `PURPOSE_REACH` allows for a purpose).
LETS_DO_REACH = 0.25


def _what_it_lets_do_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "What did the budget announcement let the department do?": the top fact says what was
    announced; a close fact saying what it makes possible ("means that the department can now
    go further") answers, and comes first."""
    facts = index.facts
    if says_what_it_lets_do(facts[candidates[0].position].quote):
        return
    _close_answer_first(
        candidates,
        LETS_DO_REACH,
        answers=lambda candidate: says_what_it_lets_do(facts[candidate.position].quote),
        agrees=lambda candidate: not says_what_it_lets_do(facts[candidate.position].quote),
    )


def _purpose_on_top(index: FactIndex, candidates: RankedCandidates, text: str, asking: str) -> None:
    """ "What is the extra high needs money supposed to help councils with?": the top fact
    gives the rise and says nothing of what it is for; a close fact whose statement says what
    the money will help with answers, and comes first."""
    facts = index.facts
    top = facts[candidates[0].position]
    if states_its_purpose(top):
        _purpose_of_the_thing_on_top(index, candidates, text, asking)
        return
    _close_answer_first(
        candidates,
        PURPOSE_REACH,
        answers=lambda candidate: states_its_purpose(facts[candidate.position]),
        agrees=lambda candidate: not states_its_purpose(facts[candidate.position]),
    )
    if facts[candidates[0].position] is not top:
        return
    # A sibling of the top fact's own sentence, each quoting a part of it, from further below:
    # their words cannot tell them apart, and the top one's phrasings ("the leadership level
    # NPQ") may lift it far.
    _close_answer_first(
        candidates,
        SAME_SENTENCE_PURPOSE_REACH,
        answers=lambda candidate: (
            states_its_purpose(facts[candidate.position])
            and overlapping_quotes(facts[candidate.position], top)
        ),
        agrees=lambda candidate: not states_its_purpose(facts[candidate.position]),
    )


def _purpose_of_the_thing_on_top(
    index: FactIndex, candidates: RankedCandidates, text: str, asking: str
) -> None:
    """ "What is the change programme for?": the top fact tells its launch with a purpose in
    passing ("launched a £70 million Change Programme ... to test and refine its reforms"); a
    close fact saying, as its point, what the thing asked is for ("the Change Programme is a
    vehicle for testing these proposals") answers, and comes first. The close facts that say
    no such thing of it (what its evaluation will help with, whom it works with) are not its
    rivals, whether ranked above or below it."""
    facts = index.facts
    asked = frozenset(index.normaliser.terms(text))
    terms = index.normaliser.terms
    if states_purpose_of(facts[candidates[0].position], asked, terms):
        return
    floor = candidates[0].rank_score - THING_PURPOSE_REACH
    close = [candidate for candidate in candidates.down_to(floor) if candidate.rank_score >= floor]
    saying = [
        candidate
        for candidate in close
        if candidate.evidence.missing is None
        and candidate.evidence.intent_fit != -1
        and states_purpose_of(facts[candidate.position], asked, terms)
    ]
    if not saying:
        return
    first = saying[0]
    # "what is it for? to test and refine the reforms or something?": the words the asker
    # guesses are the top fact's; it says more of what was asked (not of the asker's story,
    # `asking`: the message's asking clauses), and stays.
    # The words asking for a purpose ("what's the point, the end goal?") guess nothing: the
    # top fact saying "aims to" of something else tells them no more than the first one does.
    guessed = (asked | frozenset(index.normaliser.terms(asking))) - _purpose_terms(index)
    if _terms_told(index, candidates[0], guessed) > _terms_told(index, first, guessed):
        return
    candidates.bring_first(lambda other: other is first)
    candidates.not_rivals = frozenset(
        candidate.position for candidate in close if candidate not in saying
    )


# How far below the top fact an aim told in money's terms may rank and still be put first,
# when the top fact's aim says nothing of money: an ambition for children shares the words
# of "the government's stated objective for SEND" and its phrasings lift it.
MONEY_AIM_REACH = 0.3


def _aim_in_money_terms_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "What's the stated objective for SEND finances?": the top fact states an ambition for
    children and says nothing of money; a close fact whose aim is told in money's terms ("in a
    financially sustainable way") answers, and comes first. The aims passed over that say
    nothing of money are not its rivals."""
    facts = index.facts
    if speaks_of_money(facts[candidates[0].position]):
        return
    _close_answer_first(
        candidates,
        MONEY_AIM_REACH,
        answers=lambda candidate: states_an_aim_in_money_terms(facts[candidate.position]),
        # an aim that says nothing of money does not answer it in other words: no rival
        agrees=lambda candidate: not speaks_of_money(facts[candidate.position]),
    )


# How far below the top fact a sentence it refers back to may rank and still be put first: the
# top one's statement spells out the sentence's point, and its phrasings lift it.
REFERRED_BACK_REACH = 0.3
# How many of the question's terms the top fact must owe to its statement alone: one shared
# word ("demand") is a topic both sentences are about; two ("demand", "placements") are what
# the earlier sentence says.
REFERRED_BACK_TERMS = 2


def _said_not_referred_back_on_top(
    index: FactIndex, candidates: RankedCandidates, asked: Sequence[str]
) -> None:
    """ "Did the 2023 answer say demand for placements had grown?": the top fact's quote refers
    back ("We have responded to this ...") and only its statement has the words asked; a close
    fact of the same written answer quoting them all says it, and comes first."""
    facts = index.facts
    top = facts[candidates[0].position]
    if not quote_refers_back(top):
        return
    terms = index.normaliser.terms
    wanted = said_only_by_its_statement(top, asked, terms)
    if len(wanted) < REFERRED_BACK_TERMS:
        return
    _close_answer_first(
        candidates,
        REFERRED_BACK_REACH,
        answers=lambda candidate: (
            facts[candidate.position].source_id == top.source_id
            and quotes_them(facts[candidate.position], wanted, terms)
        ),
    )


@per_index
def _purpose_terms(index: FactIndex) -> frozenset[str]:
    """The terms of the words that ask what a thing is for ("aim", "goal", "purpose")."""
    return frozenset(index.normaliser.terms(" ".join(PURPOSE_NOUNS)))


def _terms_told(index: FactIndex, candidate: Candidate, asked: frozenset[str]) -> int:
    """How many of the question's terms the candidate's statement says."""
    return len(
        asked.intersection(index.normaliser.terms(index.facts[candidate.position].statement))
    )


# How far below the top fact a fact saying what is (not) planned may rank and still be put
# first: siblings on one scheme share its name ("special free schools", "applications").
PLAN_REACH = 0.15


def _plan_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "Are they opening a new application round for councils?": the top fact says how many
    applied last time; a close fact saying what is planned ("does not currently plan to invite
    new local authority applications") answers, and comes first. The facts passed over that
    say nothing of a plan are not its rivals."""
    facts = index.facts
    if states_a_plan(facts[candidates[0].position]):
        return
    _close_answer_first(
        candidates,
        PLAN_REACH,
        answers=lambda candidate: states_a_plan(facts[candidate.position]),
        agrees=lambda candidate: not states_a_plan(facts[candidate.position]),
    )


# How far below the top fact a fact saying whom the thing is for may rank and still be put
# first: siblings on one scheme share its name ("supported internships").
WHOM_REACH = 0.15


def _whom_on_top(index: FactIndex, candidates: RankedCandidates, age_asked: bool) -> None:
    """ "Are supported internships only for young people with an EHC plan?": the top fact
    says how much was invested in them or what they aim to double; a close fact whose quote
    says whom they support ("young people aged 16-24 with EHC plans") answers, and comes
    first. An age asked ("what age range are they for?") needs an age given. When the top
    fact says it already, the close siblings that do not are no rivals of it either."""
    facts = index.facts
    top = candidates[0]
    if says_whom_it_is_for(facts[top.position], age_asked):
        if top.evidence.missing is None and top.evidence.intent_fit != -1:
            floor = top.rank_score - WHOM_REACH
            candidates.not_rivals = frozenset(
                candidate.position
                for candidate in candidates.down_to(floor)
                if candidate.rank_score >= floor
                and not says_whom_it_is_for(facts[candidate.position], age_asked)
            )
        return
    _close_answer_first(
        candidates,
        WHOM_REACH,
        answers=lambda candidate: says_whom_it_is_for(facts[candidate.position], age_asked),
        agrees=lambda candidate: not says_whom_it_is_for(facts[candidate.position], age_asked),
    )


# How far below the top fact (a forecast, or a fact saying nothing of a change) a fact saying
# the change has happened may rank and still be put first: the two share the measure's words
# ("specialist placements").
HAPPENED_REACH = 0.15


def _happened_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "Has demand for specialist places actually grown?": the top fact forecasts ("is
    expected to continue to increase") or says nothing of a change ("we have responded to
    this by developing new specialist provision"); a close fact saying it has grown answers."""
    if not says_no_change_happened(index.facts[candidates[0].position].quote):
        return
    _close_answer_first(
        candidates,
        HAPPENED_REACH,
        answers=lambda candidate: says_it_has_changed(index.facts[candidate.position].quote),
    )


# How far below the top fact a fact saying there is more of the thing asked may rank and still
# be put first: siblings on one thing share most of their words ("the new ITTECF", "SEND").
MORE_REACH = 0.1


def _more_of_it_on_top(
    index: FactIndex, thing: Sequence[str], candidates: RankedCandidates
) -> None:
    """ "Does the new ITT framework have more SEND content?": the top fact says the framework
    has SEND content ("new and updated content on SEND"); a close fact saying there is more of
    it ("significantly more content related to adaptive teaching and SEND") answers, and comes
    first. The close facts that say no more of it do not answer whether there is more: they
    are not its rivals (nor, of its own written answer, a quote naming more of the words
    asked)."""
    terms = index.normaliser.terms
    asked = frozenset(terms(" ".join(thing)))
    if not asked:
        return
    facts = index.facts
    floor = candidates[0].rank_score - MORE_REACH
    close = list(candidates.down_to(floor))
    saying = [
        candidate
        for candidate in close
        if candidate.rank_score >= floor
        and candidate.evidence.missing is None
        and candidate.evidence.intent_fit != -1
        and says_more_of(facts[candidate.position].quote, asked, terms)
    ]
    if not saying:
        return
    first = saying[0]
    candidates.bring_first(lambda other: other is first)
    candidates.not_rivals = frozenset(
        candidate.position for candidate in close if candidate not in saying
    )


# How far below the top fact, which quotes it whole and adds a count, a fact may rank and still
# be put first: the words of the clause the count adds are all that lift the top one.
QUOTED_WHOLE_REACH = 0.2


def _quoted_whole_first(index: FactIndex, text: str, candidates: RankedCandidates) -> None:
    """ "Our LA got a terrible SEND report, has the govt made LA inspections tougher?": the
    top fact quotes a close one whole and adds a count (how many reports were published),
    which the question neither asks for nor names in its asking clauses: the close one,
    which says what was asked and no more, comes first (see `nested_quote`)."""
    if candidates[0].position not in _adding_a_count(index):
        return  # most top facts: reading the close candidates for it would be wasted
    facts = index.facts
    top = facts[candidates[0].position]
    floor = candidates[0].rank_score - QUOTED_WHOLE_REACH
    for candidate in candidates.down_to(floor):
        fact = facts[candidate.position]
        if candidate.rank_score < floor or not adds_a_count_to(top, fact):
            continue
        evidence = candidate.evidence
        asking = index.normaliser.terms(asking_text(text))
        if (
            evidence.missing is None
            and evidence.intent_fit != -1
            and not asks_what_it_adds(top, fact, asking, index.normaliser.terms)
        ):
            candidates.bring_first(lambda other: other is candidate)  # noqa: B023
        return


# How far below the top fact, which gives no figure of the kind asked, a fact that gives one
# may rank and still be put first: as far as a sibling's phrasings (the count's "how big is
# the change programme" beside the sum's "how much is it") can lift the top one.
KIND_ASKED_REACH = 0.2
SAME_SENTENCE_KIND_REACH = 0.3


def _kind_asked_on_top(
    index: FactIndex, kinds: frozenset[FigureKind], candidates: RankedCandidates
) -> None:
    """ "Any new money for EPs?": the top fact gives only a count (400 trainees) and a close
    fact gives the sum asked (£21 million), which comes first; "AP taskforce numbers" likewise
    puts the children reached before the month it was extended to. The facts passed over
    that give no figure of the kind asked are not its rivals."""
    facts = index.facts
    top = facts[candidates[0].position]
    if gives_a_kind(top, kinds):
        return
    # A sibling: of the top fact's topic (a tag in common), not a figure of another topic
    # that happens to rank close ("special school numbers" beside the plan's ambition); of
    # the top fact's own sentence ("a £70 million Change Programme made up of 32 local
    # authorities"), from further below: there the words cannot tell the two apart, and the
    # top one's phrasings ("how big is the change programme") may lift it far.
    _close_answer_first(
        candidates,
        SAME_SENTENCE_KIND_REACH,
        answers=lambda candidate: (
            gives_a_kind(facts[candidate.position], kinds)
            and same_sentence(facts[candidate.position], top)
        ),
        agrees=lambda candidate: not gives_a_kind(facts[candidate.position], kinds),
    )
    if facts[candidates[0].position] is not top:
        return
    _close_answer_first(
        candidates,
        KIND_ASKED_REACH,
        answers=lambda candidate: (
            gives_a_kind(facts[candidate.position], kinds)
            and not set(top.tags).isdisjoint(facts[candidate.position].tags)
        ),
        agrees=lambda candidate: not gives_a_kind(facts[candidate.position], kinds),
    )


@per_index
def _adding_a_count(index: FactIndex) -> frozenset[int]:
    return adding_a_count(index.facts)


def _close_answer_first(
    candidates: RankedCandidates,
    reach: float,
    answers: Callable[[Candidate], bool],
    agrees: Callable[[Candidate], bool] | None = None,
) -> None:
    """The first candidate within `reach` of the top fact's rank score that fits the question
    and `answers` it comes first; the facts passed over that `agrees` with it (say the same
    thing in other words) are not its rivals."""
    floor = candidates[0].rank_score - reach
    passed: list[Candidate] = []
    for candidate in candidates:
        if candidate.rank_score < floor:
            return
        evidence = candidate.evidence
        if evidence.missing is None and evidence.intent_fit != -1 and answers(candidate):
            candidates.bring_first(lambda other: other is candidate)  # noqa: B023
            if agrees is not None:
                candidates.not_rivals = frozenset(
                    other.position for other in passed if agrees(other)
                )
            return
        passed.append(candidate)
