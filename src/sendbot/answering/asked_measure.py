"""Which measure a question asks about, if any: it names the measure and nothing the
measure's facts do not say; and when the question is about something else (a written answer
itself, a reason, a rise rather than a level). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sendbot.answering.answer_parts import (
    MEMBER_WORDS,
    PART_WORDS,
    AnswerPart,
    answer_part,
    asked_of_answer,
    asks_a_name,
    asks_who_does,
    misfits,
    names_the_person,
    restates_a_question,
)
from sendbot.answering.asked_period import AGO, BEFORE_LAST, RELATIVE
from sendbot.answering.checked_claim import claims, with_bound
from sendbot.answering.confidence import Verdict
from sendbot.answering.expansions import acronyms
from sendbot.answering.fact_index import FIELD_WEIGHTS, FactIndex, gives_a_figure
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.match import Candidate, MatchResult, Outcome, ScoredFact
from sendbot.answering.measure_table import (
    MeasureTable,
    NamedKey,
    measure_table,
    measure_terms,
    neutral_terms,
    position_of,
)
from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS, words
from sendbot.answering.question import Question
from sendbot.answering.ranked import RankedCandidates
from sendbot.answering.ranking import rank
from sendbot.answering.scoring import corrected_terms, missing_from
from sendbot.answering.whose_word import names_whose_word
from sendbot.knowledge.model import Fact, FigureKind

QUOTE_WEIGHT = FIELD_WEIGHTS["quote"]


def named_measure(index: FactIndex, question: Question) -> str | None:
    """The measure a question asks for and nothing else: it uses every word of one of the
    measure's names ("the high needs budget", "the total budget for schools"; "funding" folds
    to "budget") and its other words are all found in that measure's facts or only say when
    ("latest", "now", "this year"). The most specific such measure when several are."""
    table = measure_table(index)
    key = reading_key(question)
    if key in table.named:
        return table.named[key]
    found = _named_measure(index, question, table)
    if len(table.named) >= NAMED_KEPT:
        table.named.clear()
    table.named[key] = found
    return found


# Questions whose measure is kept: the newest-figure rule and a chatty message's asking
# clause may each ask it of the same text while one question is answered. (Only a few: a
# question asked again is worked out again, as `sendbot bench` times it.)
NAMED_KEPT = 8


def reading_key(question: Question) -> NamedKey:
    """All of a question that `_named_measure` reads, which its kept measure is kept by: not
    the text alone, for a question read again with another intent or with its claims taken
    out (`without_claims` keeps the words and years of the whole question) is another
    reading, and what was kept for one would otherwise answer the other, the one asked first
    in a running bot deciding what the next question gets."""
    return question.text, question.intent, question.years, "still" in question.words


def _named_measure(index: FactIndex, question: Question, table: MeasureTable) -> str | None:
    # "3 years ago", "the year before last" say when
    undated = BEFORE_LAST.sub(" ", AGO.sub(" ", RELATIVE.sub(" ", question.text)))
    # Read as the matcher reads it ("increse" is "increase"); who said it is no part of what
    # is asked ("the rise the govt has announced"), nor being at school ("educated in").
    folded = frozenset(corrected_terms(index, undated)) - set(question.years) - table.aside
    if "still" in question.words:
        # "is high needs still about 10bn?": the figure claimed is what is checked against the
        # measure's newest, not a word of its name.
        folded = frozenset(term for term in folded if not CLAIMED_FIGURE_TERM.search(term))
    # "special schools" folds to one word; its parts name "special free schools" too.
    asked = folded | {part for term in folded if "_" in term for part in term.split("_")}
    if HOW_MUCH_MORE.search(question.text):
        # "how much extra high needs money is there": the sum added, a measure of the rise
        # ("high needs budget increase") where there is one, not the level it rose to.
        asked |= table.change
    neutral = neutral_terms(index)
    named: list[tuple[bool, bool, int, int, str]] = []
    wanted = _KINDS_ASKED.get(question.intent)
    # Only a measure with a name sharing a word with the question can be named by it.
    possible = table.named_by.get("", frozenset()).union(
        *(table.named_by[term] for term in asked if term in table.named_by)
    )
    for measure, facts in table.histories.items():
        if measure not in possible:
            continue
        said = next((words for words in table.names[measure] if words <= asked), None)
        if said is None:
            continue
        if wanted is not None and wanted.isdisjoint(table.kinds[measure]):
            continue  # "how many schools" is not the schools budget
        # Words the facts themselves say (a quote's other words are context, not the measure).
        own = table.terms[measure] | said
        other = folded - own - neutral - table.record_only
        if unexplained(index, other, facts, QUOTE_WEIGHT):
            continue  # "the high needs budget for autism": something the measure is not
        key = table.terms[measure] - table.generic or table.terms[measure]
        if not key <= asked and _unknown(index, other):
            continue  # named by a looser name: "the school transport budget" is not it
        # Its own name said outright first: "the high needs increase" is the increase's,
        # though the rise since 2019/20 is titled "rise in the high needs budget" too; and
        # all of it before a name said but for its generic word ("the EPs being trained" are
        # not the funding to train them).
        whole = table.terms[measure] <= asked
        named.append((key <= asked, whole, len(said), len(table.terms[measure]), measure))
    return max(named)[4] if named else None


# Asking for the sum or count added, not how much there is: "how much extra money", "how much
# more cash is going into", "how many additional".
HOW_MUCH_MORE = re.compile(
    r"\bhow (?:much|many|big an?|large an?) (?:\w+ )?(?:extra|more|additional)\b"
    # "... than the schools budget" sets it against another thing; "... than 2024/25" or "than
    # the year before" against an earlier year of itself: the rise, still.
    r"(?!.*\bthan\b(?! (?:in )?(?:(?:19|20)\d\d|last year|the (?:previous )?year before|"
    r"the previous year|a year ago)))",
    re.IGNORECASE,
)


# A figure's words in a question: "£10.5 billion" ("10_5", "billion"), "76", "60%".
CLAIMED_FIGURE_TERM = re.compile(r"\d|^(?:thousand|million|billion|bn|m|percent)$")


def claimed_terms(index: FactIndex, question: Question) -> frozenset[str]:
    """The words of the sums, counts and percentages a question states: "11", "billion"."""
    said = [
        with_bound(question.text, claim)
        for claim in claims(question.text)
        if claim.kind is not FigureKind.DATE
    ]
    return frozenset(corrected_terms(index, " ".join(said))) if said else frozenset()


def _unknown(index: FactIndex, terms: Iterable[str]) -> bool:
    """A word the knowledge base has never seen that is no everyday word ("transport")."""
    return any(term not in index.idf and term not in COMMON_WORDS for term in terms)


# The kinds of figure each kind of question asks for; other questions take any.
_KINDS_ASKED = {
    Intent.COUNT: frozenset({FigureKind.COUNT}),
    Intent.AMOUNT: frozenset({FigureKind.MONEY, FigureKind.PERCENT}),
    Intent.PERCENT: frozenset({FigureKind.PERCENT}),
}


def missing_for(index: FactIndex, question: Question, fact: Fact) -> str | None:
    """What the fact does not give that the question asks ("how many of them are girls"),
    the words naming its measure taken as given ("high needs block")."""
    named = neutral_terms(index)
    if fact.measure:
        named |= measure_table(index).naming_words[fact.measure]
    return missing_from(index, question, position_of(index, fact), named)


def unexplained(
    index: FactIndex, terms: frozenset[str], facts: Iterable[Fact], above: float = 0.0
) -> set[str]:
    """The terms none of `facts` carries in a field weighing more than `above`, leaving out
    words the knowledge base does not know ("campaigner") and everyday ones ("want"): those
    say nothing of another topic, while a word it knows ("autism") may, and so does a phrase
    its synonyms name though no fact says it ("looked after children": a group of pupils no
    written answer counts apart)."""
    positions = [position_of(index, fact) for fact in facts]
    return {
        term
        for term in terms
        if (term in index.idf or _names_a_group(index, term))
        and term not in COMMON_WORDS
        and not any(
            index.postings.get(term, {}).get(position, 0.0) > above for position in positions
        )
    }


def _names_a_group(index: FactIndex, term: str) -> bool:
    """`term` is the name of one of the base's synonym groups ("look_after_child")."""
    return "_" in term and term in index.normaliser.phrases.values()


def unsaid_topic(
    index: FactIndex, question: Question, fact: Fact, given: frozenset[str] = frozenset()
) -> set[str]:
    """Words of the question's topic the fact does not carry ("teacher pay award for 2024/25"
    is not about the high needs budget for 2024/25). Words saying when or that it is the
    national figure are no topic, nor its measure's own name (every fact of it means it), nor
    the words `given` by the caller's reading of the question."""
    topic = frozenset(index.normaliser.terms(question.text)) - neutral_terms(index) - given
    if fact.measure:
        topic -= measure_terms(index, fact.measure)
    return unexplained(index, topic, (fact,))


# Questions asking for a figure, or for nothing in particular ("the latest high needs
# budget?"); "what is it used for?" or "why did it rise?" asks for something else.
FIGURE_INTENTS = FIGURE_ASKED | {Intent.OTHER}

# A question about a written answer itself (who answered, when it was asked) is not about
# the figures the answer gives.
DOCUMENT_WORDS = frozenset(
    """question questions answer answers answered asked ask reply replied respond responded
    minister mp pq tabled lords department dept ministry dfe published publish date""".split()
)
DOCUMENT_INTENTS = frozenset({Intent.DATE, Intent.START, Intent.PERSON, Intent.ASKER})
# "was anyone asking about EPs": a question put, as "did anyone ask" says; not the asker's own
# "asking as a class teacher".
_SOMEONE_ASKING = re.compile(r"\b(?:anyone|any1|someone|somebody|who|mps?|they)(?: been)? asking\b")


def about_the_answer(question: Question) -> bool:
    # The record's words are some of the question's: most questions have none to look for.
    if not DOCUMENT_WORDS.isdisjoint(question.words) and not DOCUMENT_WORDS.isdisjoint(
        _record_words(question.words)
    ):
        return True
    if "asking" in question.words and _SOMEONE_ASKING.search(" ".join(question.words)):
        return True
    if question.intent is Intent.PERSON and asks_who_does(question):
        return False
    return question.intent in DOCUMENT_INTENTS


# "my MP", "our local council": the asker's own, not the answer's.
_OWN = frozenset({"my", "our", "local"})


# "the rise the dfe has announced": who gave a figure, said of the figure, not of an answer.
_GAVE_IT = frozenset("announced reported stated".split())
_HAS = frozenset("has have had".split())
# "the newest number the dfe has given" too, but "the answer given in feb" is the answer.
_HAS_GIVEN = frozenset("given".split())


def _record_words(said: tuple[str, ...] | list[str]) -> set[str]:
    """The question's words but those naming the asker's own ("a letter to my MP") and who
    gave a figure ("the increase the dfe has reported", "the rise according to the dfe")."""
    return {
        word
        for place, word in enumerate(said)
        if (place == 0 or said[place - 1] not in _OWN)
        and not _gave_it(said[place + 1 :])
        and not names_whose_word(said, place)
    }


def _gave_it(after: tuple[str, ...] | list[str]) -> bool:
    following = [word for word in after[:2] if word not in _HAS][:1]
    if following and following[0] in _HAS_GIVEN:
        return bool(after) and after[0] in _HAS
    return bool(following) and following[0] in _GAVE_IT


_MEANING_WORDS = frozenset("mean means meaning stand stands abbreviation short".split())


# Words asking a person's office ("his job title"); not "position" or "post", which may be
# their view ("David Johnston's position on EHCPs").
_OFFICE_WORDS = frozenset("job jobs role title".split())


def _role_asked(question: Question, fact: Fact) -> bool:
    """'What's David Johnston's job title?': the record of who answered (or asked), asked for
    the office of the person it names."""
    part = answer_part(fact)
    if part not in (AnswerPart.ANSWERER, AnswerPart.ASKER):
        return False
    # "what party and seat is mark pawsey?": the record of who asked gives the member's party
    # and seat beside the name ("Asked by Mark Pawsey (Conservative - Rugby)"); the record of
    # who answered gives no party.
    offices = _OFFICE_WORDS | MEMBER_WORDS if part is AnswerPart.ASKER else _OFFICE_WORDS
    return not offices.isdisjoint(question.words) and names_the_person(
        frozenset(question.words), fact
    )


def _paper_asked(question: Question, fact: Fact) -> bool:
    """'What's the command paper number of the improvement plan?': the record dating the
    paper the question names, asked for what it gives."""
    if answer_part(fact) is not AnswerPart.PUBLISHED or question.intent is Intent.DEFINITION:
        return False
    if not _MEANING_WORDS.isdisjoint(question.words):
        return False  # what "CP" stands for, the record does not say

    return not misfits(asked_of_answer(question, frozenset(question.words)), fact)


def answer_fact_misread(question: Question, result: MatchResult) -> bool:
    """The matcher answered with a fact about a written answer itself (its date, who gave it)
    a question that asks nothing about one: its phrasings name the answer's topic, which
    drew the question there."""
    return (
        result.outcome is Outcome.ANSWERED
        and result.best is not None
        and "document" in result.best.fact.tags
        # The rule answering with a part of a written answer found it named and asked for.
        and result.verdict is not Verdict.ANSWER_PART
        # ... and the rule answering with the quote that spells out the letters asked.
        and result.verdict is not Verdict.SPELT_OUT
        and not about_the_answer(question)
        and not _paper_asked(question, result.best.fact)
        # "what was the IFS report called?": the question put names the report
        and not (asks_a_name(question) and restates_a_question(result.best.fact))
        and not _role_asked(question, result.best.fact)
        # "what does SEND stand for?": the question's own text spells it out; "what is CP
        # 800?": the record names it for what it is.
        and not (
            question.intent is Intent.DEFINITION
            and (
                question.subject.lower() in acronyms(result.best.fact.quote)
                or _names_it(question.subject, result.best.fact.quote)
            )
        )
    )


def _names_it(subject: str, quote: str) -> bool:
    """The quote says the subject's words together: "CP 800" in "... Improvement Plan, CP 800,
    published on 31 March 2023"."""
    said = " ".join(words(subject))
    return bool(said) and f" {said} " in f" {' '.join(words(quote))} "


# "how big an increase", "how much": a question asking for a figure. (Not "how far they've
# got with the plan": how far on it has come, its progress.)
_ASKS_FIGURE = re.compile(
    r"\bhow (?:much|many|big|large|high|"
    r"far(?! (?:\w+ ){0,3}?(?:got|come|gone|progressed|along)\b))\b"
)
# "what did the minister say about X", "what did the government reply": what an answer said
# (not "what does the original pq say": what was asked).
_ASKS_WHAT_SAID = re.compile(
    r"\bwhat (?:did|does|do|has|have) (?P<who>(?:\w+ ){0,4}?)(?:actually |really )?"
    r"(?:say|said|reply|replied|respond|responded)\b"
)
_ASKERS = frozenset("pq question mp asker".split())


def asks_a_figure(question: Question) -> bool:
    """Asked outright: "who wrote the reply about the largest share ..." names a figure
    only to say which answer."""
    return question.intent in FIGURE_INTENTS and bool(_ASKS_FIGURE.search(question.text.lower()))


# A record the matcher declined is still the answer the question named: it is declined because
# a record cannot answer what the answer said.
RECORD_OUTCOMES = (Outcome.ANSWERED, Outcome.PARTIAL, Outcome.DECLINED)


def record_misfit(question: Question, result: MatchResult) -> bool:
    """The matcher answered with a written answer's record (who gave it, when, what was
    asked) a question naming that answer to ask what it gives: a figure ("in the Lords
    answer on the IFS report, how big an increase did they mention?") or what it said
    ("what did the government reply about council deficits?")."""
    if result.best is None or result.outcome not in RECORD_OUTCOMES:
        return False
    fact = result.best.fact
    if "document" in fact.tags and names_who_gave_it(question, fact):
        return True
    if "document" not in fact.tags or DOCUMENT_WORDS.isdisjoint(question.words):
        return False  # a record offered as related, to a question naming no answer
    text = question.text.lower()
    said = _ASKS_WHAT_SAID.search(text)
    if said and question.intent not in DOCUMENT_INTENTS and _ASKERS.isdisjoint(said["who"].split()):
        return True
    if _asks_when_another_thing(text):
        return True
    return asks_a_figure(question) and not gives_a_figure(fact)


def names_who_gave_it(question: Question, fact: Fact) -> bool:
    """Asked who by a question whose subject is the person a record of who gave a written
    answer gives ("who did georgia gould say they've been listening to"): the person asked for
    is one that person spoke of, so the record, naming the one the asker named, is no answer.
    ("Who answered it, georgia gould?" asks who answered; "did david johnston answer on it?"
    asks yes or no.)"""
    if question.intent is not Intent.PERSON or "minister" not in fact.tags:
        return False
    name = fact.quote.split("\n", 1)[0].lower().split()
    if not name:
        return False
    subject = _WHO_DID.match(question.text.lower())
    return subject is not None and name[-1] in subject["who"].split()


# "who did georgia gould say ...", "which groups has the minister met": the one doing it.
_WHO_DID = re.compile(
    r"\s*(?:who|whom|which \w+)\s+(?:did|does|do|has|have|had|will|would)\s+"
    r"(?P<who>(?:[\w'-]+\s+){1,4}?)(?:say|said|mention|mentioned|name|named|thank|thanked|"
    r"listen|listened|meet|met|consult|consulted|speak|spoken|spoke|hear|heard)\b"
)


# "did they say anything about when SEND reform plans would come out": the date of what they
# said would happen, not of their answer.
_WHEN_IT_WOULD = re.compile(
    r"\babout when (?P<what>(?:\w+ ){1,5}?)(?:would|will|was going to|were going to|is going to|"
    r"are going to|might|could)\b"
)


def _asks_when_another_thing(text: str) -> bool:
    found = _WHEN_IT_WOULD.search(text)
    return found is not None and DOCUMENT_WORDS.isdisjoint(found["what"].split())


# How close a fact of the named answer must be to answer in its record's place.
WITHIN_ANSWER_FLOOR = 0.25


def within_named_answer(
    index: FactIndex, question: Question, sources: frozenset[str]
) -> ScoredFact | None:
    """The closest fact of the written answers the question named (by their record, or by
    their date), if one is close enough and gives what was asked (a figure, when one is asked
    for); never an answer's own record (who gave it, when)."""
    candidates = rank(index, question.text, question).candidates
    first = next(_giving(index, question, sources, candidates), None)
    if first is None or first.rank_score < WITHIN_ANSWER_FLOOR:
        return None
    chosen = _in_its_own_words(index, question, sources, candidates, first) or first
    return ScoredFact(index.facts[chosen.position], round(chosen.rank_score, 4))


def giving_in_named_answer(
    index: FactIndex, question: Question, sources: frozenset[str]
) -> Iterator[Candidate]:
    """The facts of the written answers named that give what was asked (a figure, when one is
    asked for), closest first; never an answer's own record (who gave it, when). Each is
    worked out only when read: a caller reading the first few leaves the rest unranked."""
    return _giving(index, question, sources, rank(index, question.text, question).candidates)


def _giving(
    index: FactIndex, question: Question, sources: frozenset[str], candidates: Iterable[Candidate]
) -> Iterator[Candidate]:
    """Of `candidates`, in their order, those `giving_in_named_answer` gives: each is judged
    alone, so any run of the candidates in rank order keeps its own in that order."""
    figure_asked = asks_a_figure(question)
    facts = index.facts

    def of_them(position: int) -> bool:
        return facts[position].source_id in sources and "document" not in facts[position].tags

    # Of a whole ranking, only the facts of the answers named are worked out (the others may
    # be most of it, all closer to the question).
    read = (
        candidates.in_order_where(of_them)
        if isinstance(candidates, RankedCandidates)
        else (candidate for candidate in candidates if of_them(candidate.position))
    )
    return (
        candidate
        for candidate in read
        if candidate.evidence.missing is None
        and candidate.evidence.intent_fit != -1
        and (not figure_asked or gives_a_figure(index.facts[candidate.position]))
    )


_YEAR_TERM = re.compile(r"(?:19|20)\d\d")

# How far below the closest fact of a named answer one saying the topic in its own words may
# rank and still be chosen before it.
OWN_WORDS_GAP = 0.1


def _in_its_own_words(
    index: FactIndex,
    question: Question,
    sources: frozenset[str],
    candidates: RankedCandidates,
    first: Candidate,
) -> Candidate | None:
    """Of a named answer's facts close to the first, the first whose own words (not only a
    curated phrasing) say every word of the topic: "what did the dfe say in 2023 about special
    schools?" is about the 3.4% for special schools, not prompt access to specialist provision
    that a phrasing asks of "a special school place"."""
    # Not the month or year naming the answer ("the nov 2023 answer"): no fact's words say it.
    topic = [
        term
        for term in corrected_terms(index, question.text)
        if term not in COMMON_WORDS
        and term not in PART_WORDS
        and term not in STOPWORDS
        and term not in MONTH_WORDS
        and not _YEAR_TERM.fullmatch(term)
    ]
    if not topic:
        return None
    floor = first.rank_score - OWN_WORDS_GAP
    # Read down to the floor only: every candidate that may rank at it or above is among them,
    # and the ones below it, never chosen, are not worked out.
    return next(
        (
            candidate
            for candidate in _giving(index, question, sources, candidates.down_to(floor))
            if candidate.rank_score >= floor
            and all(term in index.profiles[candidate.position].own_terms for term in topic)
        ),
        None,
    )


def lacking_in_named_answer(
    index: FactIndex, question: Question, sources: frozenset[str]
) -> tuple[Fact, str] | None:
    """The fact of the written answers the question named that it is most about, and what that
    fact does not give, when none of their facts answers it: "according to the june 2023
    answer, how many specialist places?" of the answer giving £2.6 billion for them, an amount
    and no count, on topic, though its rank lost to what that answer counts. Never an answer's
    own record. Only of a figure asked for: "is this answer from 2024?" asks its date."""
    if question.intent not in FIGURE_ASKED:
        return None
    facts = index.facts
    # (in rank order, the others never worked out: `max` keeps the first of equals)
    named = list(
        rank(index, question.text, question).candidates.in_order_where(
            lambda position: (
                facts[position].source_id in sources and "document" not in facts[position].tags
            )
        )
    )
    if not named:
        return None
    closest = max(named, key=lambda candidate: candidate.evidence.on_topic.closeness)
    missing = closest.evidence.missing
    if missing is None or closest.evidence.on_topic.closeness < WITHIN_ANSWER_FLOOR:
        return None
    return index.facts[closest.position], missing


def asks_change_of_a_level(index: FactIndex, question: Question, measure: str) -> bool:
    """A question asking how much something rose ("how many more ...") names a measure of
    how much there is, not of how much it rose."""
    return question.change and not measure_terms(index, measure) & _change_terms(index)


def _change_terms(index: FactIndex) -> frozenset[str]:
    return measure_table(index).change


def more_specific(index: FactIndex, matched: str, named: str, question: Question) -> bool:
    """Whether the question uses a word that only the matched fact's measure has in its name
    ("since" in "the rise in the high needs budget since 2019/20"); a year it names does not
    count, as it may be the period asked for."""
    extra = measure_terms(index, matched) - measure_terms(index, named)
    asked = set(index.normaliser.terms(question.text)) - set(question.years)
    return bool(extra & asked)
