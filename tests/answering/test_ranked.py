"""Candidates worked out only when read must come in exactly the order of working out and
sorting them all: a bound below a fact's evidence would put a wrong fact first."""

import random

from sendbot.answering.evidence import Evidence
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.ranked import Bounds, Candidate, RankedCandidates
from sendbot.answering.ranking import _shortlist, _topic_words, among_first, rank
from sendbot.answering.scoring import (
    _bounds,
    _evidence_in_parts,
    _intent_fits,
    _with_missing,
    query_of,
    query_terms,
)


def _evidence(score: float) -> Evidence:
    return Evidence(score, 0.0, 0.0, 0.0, 0.0, 0, False, 0.0)


def _ranked(scores: list[float], slack: list[float]) -> tuple[RankedCandidates, list[int]]:
    worked_out: list[int] = []

    def work_out(at: int) -> Candidate:
        worked_out.append(at)
        return Candidate(100 + at, _evidence(scores[at]), scores[at])

    most = [score + extra for score, extra in zip(scores, slack, strict=True)]
    bounds = Bounds(most, most)
    return RankedCandidates([100 + at for at in range(len(scores))], bounds, work_out), worked_out


def test_the_order_is_that_of_sorting_every_candidate_ties_in_the_order_given() -> None:
    rng = random.Random(3)
    for _ in range(300):
        count = rng.randint(0, 25)
        scores = [rng.choice((0.0, 0.25, 0.5, rng.random())) for _ in range(count)]
        slack = [rng.choice((0.0, 0.1, rng.random())) for _ in range(count)]
        ranked, _ = _ranked(scores, slack)
        expected = sorted(range(count), key=lambda at: -scores[at])
        assert [candidate.position - 100 for candidate in ranked] == expected
        ranked, _ = _ranked(scores, slack)
        floor = rng.random()
        reaching = [candidate.position - 100 for candidate in ranked.reaching(floor)]
        # In order, and every candidate that reaches the floor (the first whatever it is).
        assert reaching == [at for at in expected if at in reaching]
        wanted = [at for at in expected if at == expected[0] or scores[at] >= floor]
        assert [at for at in reaching if at in wanted] == wanted


def test_a_candidate_whose_bound_cannot_beat_the_first_is_not_worked_out() -> None:
    ranked, worked_out = _ranked([0.9, 0.2, 0.8, 0.1], [0.0, 0.1, 0.05, 0.0])
    assert ranked[0].position == 100
    assert worked_out == [0]
    assert ranked[1].position == 102
    assert sorted(worked_out) == [0, 2]


def test_the_rivals_on_topic_are_every_candidate_that_may_be_closer_on_topic() -> None:
    ranked, worked_out = _ranked([0.9, 0.2, 0.8, 0.1], [0.0, 0.1, 0.05, 0.0])
    rivals = {candidate.position for candidate in ranked.topic_rivals(0.35)}
    assert rivals == {102}
    assert 1 not in worked_out and 3 not in worked_out


def test_bringing_a_candidate_first_keeps_the_others_in_order() -> None:
    ranked, _ = _ranked([0.9, 0.2, 0.8, 0.1], [0.1] * 4)
    assert ranked.bring_first(lambda candidate: candidate.position == 101)
    assert [candidate.position for candidate in ranked] == [101, 100, 102, 103]
    assert [candidate.position for candidate in ranked.reaching(0.5)] == [101, 100, 102]
    assert not ranked.bring_first(lambda candidate: candidate.position == 7)


def test_no_shipped_fact_scores_above_its_bound(shipped_index: FactIndex) -> None:
    """The bounds hold on every fact shortlisted for the shipped base's own questions, each
    asked as curated and with its words shuffled."""
    rng = random.Random(5)
    texts = [text for fact in shipped_index.kb for text in fact.questions]
    texts += [" ".join(rng.sample(text.split(), len(text.split()))) for text in texts]
    for text in texts:
        question = analyse(text)
        terms = query_terms(shipped_index, _topic_words(question, shipped_index.idf))[0]
        if not question.is_question or not terms:
            continue
        query = query_of(shipped_index, question, terms)
        unchecked, lacking = _evidence_in_parts(shipped_index, query)
        shortlist = _shortlist(shipped_index, terms, query.mass)
        intent_fits = _intent_fits(shipped_index, query, shortlist)
        bounds = _bounds(shipped_index, query, shortlist, intent_fits)
        for at, (position, coverage) in enumerate(shortlist):
            evidence = _with_missing(
                unchecked(position, coverage, intent_fits[at]), lacking(position)
            )
            assert evidence.closeness <= bounds.closeness[at], text
            assert evidence.topic_rank_score <= bounds.topic_rank_score[at], text


def test_a_ranking_read_in_part_then_whole_is_the_same(shipped_index: FactIndex) -> None:
    for fact in list(shipped_index.kb)[:40]:
        for text in fact.questions:
            whole = list(rank(shipped_index, text).candidates)
            ranking = rank(shipped_index, text).candidates
            assert ranking[:3] == whole[:3]
            assert list(ranking) == whole
            assert whole == sorted(whole, key=lambda candidate: -candidate.rank_score)


def test_the_closest_on_topic_are_those_of_scoring_every_candidate() -> None:
    rng = random.Random(7)
    for _ in range(300):
        count = rng.randint(1, 25)
        scores = [rng.choice((0.25, 0.5, rng.random())) for _ in range(count)]
        slack = [rng.choice((0.0, 0.1, rng.random())) for _ in range(count)]
        bonus = {100 + at: rng.choice((0.0, 0.15)) for at in range(count)}
        leave_out = frozenset(100 + at for at in range(count) if rng.random() < 0.2)
        ranked, _ = _ranked(scores, slack)
        every = sorted(
            (
                (candidate.evidence.topic_rank_score + bonus[candidate.position], candidate)
                for candidate in _ranked(scores, slack)[0]
                if candidate.position not in leave_out
            ),
            key=lambda pair: -pair[0],
        )
        assert ranked.closest_on_topic(bonus.__getitem__, leave_out) == every[:2]


def test_down_to_a_floor_is_every_candidate_reaching_it_in_order() -> None:
    rng = random.Random(5)
    for _ in range(300):
        count = rng.randint(1, 25)
        scores = [rng.choice((0.0, 0.25, 0.5, rng.random())) for _ in range(count)]
        slack = [rng.choice((0.0, 0.1, rng.random())) for _ in range(count)]
        ranked, _ = _ranked(scores, slack)
        # Rules may put candidates first, one after another.
        for _ in range(rng.choice((0, 0, 1, 2, 3))):
            chosen = rng.randrange(count)
            ranked.bring_first(lambda candidate, chosen=chosen: candidate.position == 100 + chosen)
        floor = rng.random()
        down_to = list(ranked.down_to(floor))
        everyone = list(ranked)
        assert down_to == everyone[: len(down_to)]
        assert [c for c in down_to if c.rank_score >= floor] == [
            c for c in everyone if c.rank_score >= floor
        ]


def test_below_the_floor_is_not_worked_out() -> None:
    ranked, worked_out = _ranked([0.9, 0.2, 0.8, 0.1], [0.0, 0.0, 0.0, 0.0])
    assert [candidate.position for candidate in ranked.down_to(0.5)] == [100, 102]
    assert 3 not in worked_out


def test_where_works_out_only_the_candidates_kept() -> None:
    ranked, worked_out = _ranked([0.9, 0.2, 0.8, 0.1], [0.1, 0.1, 0.1, 0.1])
    kept = {candidate.position for candidate in ranked.where(lambda position: position % 2)}
    assert kept == {101, 103}
    assert sorted(worked_out) == [1, 3]


def _glanced(
    coverages: list[float], lacks: list[bool], slack: list[float]
) -> tuple[RankedCandidates, list[int]]:
    """Candidates glanced at before they are worked out: a glance gives the evidence but what
    the fact lacks, whose closeness is exact; a fact lacking something ranks below it."""
    lacked: list[int] = []  # the places whose evidence was worked out whole

    def glance(at: int) -> Evidence:
        return Evidence(coverages[at], 0.0, 0.0, 0.0, 0.0, 0, False, 0.0)

    def work_out(at: int) -> Candidate:
        lacked.append(at)
        evidence = glance(at)._replace(missing="it lacks this" if lacks[at] else None)
        return Candidate(100 + at, evidence, evidence.rank_score)

    most = [glance(at).closeness + slack[at] for at in range(len(coverages))]
    topic = [glance(at).topic_rank_score + slack[at] for at in range(len(coverages))]
    positions = [100 + at for at in range(len(coverages))]
    return RankedCandidates(positions, Bounds(most, topic), work_out, glance), lacked


def test_glancing_first_keeps_the_order_of_sorting_every_candidate() -> None:
    rng = random.Random(11)
    for _ in range(300):
        count = rng.randint(0, 25)
        coverages = [rng.choice((0.0, 0.5, 1.0, rng.random())) for _ in range(count)]
        lacks = [rng.random() < 0.5 for _ in range(count)]
        slack = [rng.choice((0.0, 0.1, rng.random())) for _ in range(count)]
        whole = [
            candidate.position
            for candidate in sorted(
                (_glanced(coverages, lacks, slack)[0]._candidate(at) for at in range(count)),
                key=lambda candidate: -candidate.rank_score,
            )
        ]
        assert [candidate.position for candidate in _glanced(coverages, lacks, slack)[0]] == whole
        ranked, _ = _glanced(coverages, lacks, slack)
        floor = rng.random()
        reaching = list(ranked.reaching(floor))
        wanted = [
            candidate
            for candidate in ranked
            if candidate is ranked[0] or candidate.evidence.closeness >= floor
        ]
        assert [candidate for candidate in reaching if candidate in wanted] == wanted
        assert [candidate.position for candidate in reaching] == [
            position for position in whole if position in {c.position for c in reaching}
        ]
        ranked, _ = _glanced(coverages, lacks, slack)
        above = rng.random()
        rivals = {
            candidate.position
            for candidate in ranked.topic_rivals(above)
            if candidate.evidence.topic_rank_score > above
        }
        assert rivals == {
            candidate.position
            for candidate in ranked[1:]
            if candidate.evidence.topic_rank_score > above
        }


def test_what_a_fact_lacks_is_worked_out_only_if_its_closeness_competes() -> None:
    # Closeness 0.45, 0.36, 0.405, 0.09 (bounds 0.05 above), rank scores 0.45, 0.21, 0.255,
    # 0.09: the first lacks nothing, so no other is worked out whole to find it. The second
    # is the third (0.255), and only the second's closeness may still reach that.
    ranked, lacked = _glanced([1.0, 0.8, 0.9, 0.2], [False, True, True, False], [0.05] * 4)
    assert [candidate.position for candidate in ranked[:2]] == [100, 102]
    assert sorted(lacked) == [0, 1, 2]
    ranked, lacked = _glanced([1.0, 0.8, 0.9, 0.2], [False, True, True, False], [0.05] * 4)
    assert ranked[0].position == 100
    assert lacked == [0]
    # The second's closeness (0.36), glanced at, is below the floor: it is left out.
    assert [candidate.position for candidate in ranked.reaching(0.4)] == [100, 102]
    assert 1 not in lacked and 3 not in lacked


def test_among_first_gives_the_candidate_only_within_the_count(shipped_index: FactIndex) -> None:
    ranking = rank(shipped_index, "how many special schools opened?")
    third = ranking.candidates[2]
    fact = shipped_index.facts[third.position]
    assert among_first(shipped_index, ranking, fact, 3) is third
    assert among_first(shipped_index, ranking, fact, 2) is None


def test_among_first_reads_no_candidate_past_the_one_found(shipped_index: FactIndex) -> None:
    # Working out candidates is most of a ranking's cost: the first is found at once.
    ranking = rank(shipped_index, "how many special schools opened?")
    top = shipped_index.facts[ranking.candidates[0].position]
    fresh = rank(shipped_index, "how many special schools opened?")
    assert among_first(shipped_index, fresh, top, 5) is fresh.candidates[0]
    assert len(fresh.candidates._ranked) == 1
