"""The sibling of the fact a question is about that gives the kind of figure asked. Pure.

A sentence of a written answer often holds two facts: "a further £21 million to train 400 more
education psychologists" is the money (one fact) and the count (another, whose quote is part
of the first's). "The EP training money, how much did the dept put in?" is about them both; the
count is closest on topic, but cannot give an amount, and the money, ranked first, can: the
money answers, rather than a partial reply saying the count gives no amount.

Likewise a figure compared with an earlier one: "how much more is Warwickshire's high needs
block than the year before?" is about the allocation ("over £104 million"), which gives no
earlier figure; the sibling ranked first states the change from that very figure ("over £104
million ..., an increase of £6.9 million on their 2024/25 DSG high needs block") and answers,
rather than a partial reply saying the earlier figure is not given.

The sibling giving it may also rank right behind the fact the question is about, and that fact
may give a figure of the kind asked but count another thing: "the new special and AP schools,
how many places is that?" is closest to the schools opened ("15 new special schools and one AP
free school"), which count schools, not places; the places they create, of the same sentence
and ranked second, answer. Two facts quoting the two ends of one sentence ("the £13 million
... programme" and "programme to support up to 1680 primary schools") are of one sentence too.
"""

from __future__ import annotations

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.missing import counts_another_thing
from sendbot.answering.normalise import fold_text
from sendbot.answering.question import Question
from sendbot.answering.ranked import Candidate
from sendbot.answering.scoring import subject_terms
from sendbot.knowledge.figures import figures_besides_dates, same_figure
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.sentences import sentence_spans

# How much money, how many: a sum and a count of one sentence are told apart by the kind
# asked. Not a percentage ("what percentage of the £10.5bn goes on AP" asks a share of the
# sum, which the rise beside it is not), nor a verdict or a name. Two years set side by side
# ("special school pupils now versus 2015/16?") are answered by the sibling giving both
# years' figures ("from 115,000 to 200,000"), not by the one giving the earlier year's alone.
_SIBLING_KINDS = frozenset({Intent.AMOUNT, Intent.COUNT, Intent.DIFFERENCE})


def sibling_giving_it(
    index: FactIndex, question: Question, top: Candidate, related: Candidate
) -> bool:
    """`top`, the first candidate (or the one right behind `related`), gives what was asked
    and is a sibling of `related`, the fact closest on topic, which cannot give it: the kind of
    figure asked (`question.intent`), or a count of the thing asked where `related` counts
    another, of the same written answer's sentence; or the change from an earlier figure the
    question compares with, stated of `related`'s own figure."""
    if top.position == related.position:
        return False
    if top.evidence.missing is not None or top.evidence.intent_fit != 1:
        return False
    first, about = index.facts[top.position], index.facts[related.position]
    if question.intent in _SIBLING_KINDS and related.evidence.intent_fit == -1:
        return of_one_sentence(index, first, about)
    if question.intent is Intent.COUNT and counts_only_another_thing(index, question, related):
        # Schools counted where places were asked: the sibling's own words name what the
        # question counts ("places", "children"), not merely people where "people" were asked
        # of professionals trained.
        profile = index.profiles[top.position]
        named = subject_terms(index, question) & (profile.count_terms | profile.own_terms)
        return bool(named) and of_one_sentence(index, first, about)
    return (
        question.compared_with is not None
        and related.evidence.missing is not None
        and index.profiles[top.position].states_change
        and states_the_change_from(first, about)
    )


def same_sentence(first: Fact, other: Fact) -> bool:
    """The two facts are of one written answer's sentence: one quote holds the other."""
    if first.source_id != other.source_id:
        return False
    said, also = fold_text(first.quote), fold_text(other.quote)
    return also in said or said in also


def counts_only_another_thing(index: FactIndex, question: Question, candidate: Candidate) -> bool:
    """All the candidate lacks is that it counts something other than what was asked."""
    other = counts_another_thing(
        question, index.profiles[candidate.position], subject_terms(index, question)
    )
    return other is not None and other == candidate.evidence.missing


def of_one_sentence(index: FactIndex, first: Fact, other: Fact) -> bool:
    """The two facts are of one written answer's sentence: one quote holds the other, or both
    are parts of one sentence of its text, wherever they part ("the £13 million ...
    programme" and "programme to support up to 1680 primary schools")."""
    if same_sentence(first, other):
        return True
    if first.source_id != other.source_id:
        return False
    source = index.kb.source(first.source_id)
    if source is None:
        return False
    quotes = [" ".join(fact.quote.split()) for fact in (first, other)]
    # Line by line: a bullet list ends its items with no full stop.
    for line in source.text.splitlines():
        text = " ".join(line.split())
        if all(quote in text for quote in quotes) and any(
            all(quote in text[span.start : span.end] for quote in quotes)
            for span in sentence_spans(text)
        ):
            return True
    return False


# How many words in a row two quotes of one written answer must share to be of one sentence.
SHARED_RUN = 8


def overlapping_quotes(first: Fact, other: Fact) -> bool:
    """The two facts are of one written answer's sentence, each quoting a part of it that the
    other's runs on into ("... introducing a leadership level new National Professional
    Qualification for SENCOs, to replace the existing qualification" and "National Professional
    Qualification for SENCOs, to replace the existing qualification, ... and ensure ..."): their
    quotes share a run of words, or one holds the other."""
    if same_sentence(first, other):
        return True
    if first.source_id != other.source_id:
        return False
    said = fold_text(first.quote).split()
    runs = {tuple(said[at : at + SHARED_RUN]) for at in range(len(said) - SHARED_RUN + 1)}
    also = fold_text(other.quote).split()
    return any(
        tuple(also[at : at + SHARED_RUN]) in runs for at in range(len(also) - SHARED_RUN + 1)
    )


def states_the_change_from(change: Fact, level: Fact) -> bool:
    """`change`, of the same written answer, quotes `level`'s own sum or count: the change it
    states is from (or to) that very figure, not of another measure."""
    if change.source_id != level.source_id:
        return False
    quoted = figures_besides_dates(change.quote)
    return any(
        same_figure(said, figure)
        for figure in level.figures
        if figure.kind is not FigureKind.DATE
        for said in quoted
    )
