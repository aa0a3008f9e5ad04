"""The newest figure first: a matched fact that reports a measure, checked against the others.

A question naming no period gets the measure's newest fact, with the earlier figures listed
beside it; a question naming a period (or a year relative to today, "last year") gets that
period's fact, or a partial reply naming the periods the sources do give. A newest figure older
than a set age is said to be so, whether or not other facts report its measure. Every value
shown is the figure's own text in its quote, never a number written anew. Which measure a
question names is `asked_measure`'s job, which period `asked_period`'s. Pure: today's date is a
parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from sendbot.answering.answer_parts import DOMAIN_WORDS, is_a_time, speaks_of_its_content
from sendbot.answering.asked_measure import (
    CLAIMED_FIGURE_TERM,
    FIGURE_INTENTS,
    about_the_answer,
    answer_fact_misread,
    asks_change_of_a_level,
    claimed_terms,
    giving_in_named_answer,
    lacking_in_named_answer,
    missing_for,
    more_specific,
    named_measure,
    record_misfit,
    unsaid_topic,
    within_named_answer,
)
from sendbot.answering.asked_period import (
    RelativePeriod,
    asked_period,
    base_years_named,
    covers,
    named_since,
    named_years,
    named_years_with,
    relative_period_asked,
    says_period,
    since_year,
)
from sendbot.answering.asked_span import asks_newest_rise, measure_for_span
from sendbot.answering.asked_today import now_not_given_line, now_not_given_of_fact_line
from sendbot.answering.asked_together import DETAIL_WORDS, details_asked, gives_all
from sendbot.answering.checked_claim import (
    Claim,
    checkable,
    checked_figures,
    checks_its_date,
    claims,
)
from sendbot.answering.compared_years import named_as_total
from sendbot.answering.confidence import Verdict
from sendbot.answering.dated_answer import (
    as_it,
    asks_of_the_answer_itself,
    called_it,
    checks_what_it_said,
    dated_sources,
    names_one_dated_answer,
    without_the_date,
)
from sendbot.answering.due_by import due_by_answer
from sendbot.answering.fact_index import FIELD_WEIGHTS, FactIndex
from sendbot.answering.fall_denied import asks_only_if_level_fell, quotes_an_increase
from sendbot.answering.figure_span import answers_its_span
from sendbot.answering.intent import FIGURE_ASKED, WHEN_ASKED, Intent
from sendbot.answering.latest import news_after_figures
from sendbot.answering.level_rose import asks_if_level_rose, quotes_a_rise
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.measure_checked import without_claims
from sendbot.answering.measure_table import measure_table, measure_terms, position_of
from sendbot.answering.minister_named import (
    asks_what_was_said,
    clearly_closest,
    minister_sources,
    of_the_month_named,
    without_the_minister,
    without_the_speaker,
)
from sendbot.answering.missing import covers_places
from sendbot.answering.normalise import COMMON_WORDS, words
from sendbot.answering.period_fact import period_fact_answer
from sendbot.answering.purpose_reworded import as_purpose_asked
from sendbot.answering.purpose_stated import asks_what_it_is_for, states_its_purpose
from sendbot.answering.question import VERDICT_ASKED, Question, analyse
from sendbot.answering.quoted_fragment import fragment_around, period_said_apart, quoted_figure
from sendbot.answering.ranking import CANDIDATES, among_first, rank
from sendbot.answering.record_claims import unsaid_record
from sendbot.answering.reply import (
    SAID_EARLIER,
    SAID_LATER,
    EarlierFigure,
    Reply,
)
from sendbot.answering.scoring import missing_from
from sendbot.answering.staleness_fits import states_a_changing_figure
from sendbot.answering.titled_answer import titled_sources
from sendbot.answering.trend import measure_phrase
from sendbot.knowledge.figures import (
    FoundFigure,
    extract_figures,
    figures_besides_dates,
    same_figure,
)
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.measures import period_of
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase
from sendbot.knowledge.periods import Period, parse_period, period_label

DEFAULT_STALE_MONTHS = 12

# Words asking what stands now of a measure, in a yes/no question: "still", "again".
_STANDS_NOW = frozenset({"still", "again"})


@dataclass(frozen=True, slots=True)
class Newest:
    """The match result to reply with, and what to say beside it."""

    result: MatchResult
    earlier: tuple[EarlierFigure, ...] = ()
    stale: str | None = None  # one sentence when the newest figure is old
    reading: str | None = None  # how a relative period ("last year") was read
    no_longer: str | None = None  # "is it still £10.5bn?" of an earlier figure: it is not
    # The "no longer" sentence leads the reply, in place of a line checking the claim.
    no_longer_first: bool = False
    # Asked for the newest on a topic: what earlier written answers said on it, and when.
    said_before: tuple[str, ...] = ()
    # Asked for a period ("in 2023/24"), the measure's figures for later periods: that the
    # figure given is not the newest is news, the earlier ones are not.
    newer: tuple[EarlierFigure, ...] = ()
    # Several facts answering together: (fact id, line) for each part whose promised date has
    # passed, shown under that part (`Reply.parts_dated`) in place of one `stale` line.
    parts_dated: tuple[tuple[str, str], ...] = ()
    # "this year" answered with an older year's figure: the year the figure is for leads the
    # reply, so that it is not read as this year's before the caveat after the quote.
    reading_first: bool = False

    @property
    def figures(self) -> tuple[EarlierFigure, ...]:
        """The measure's other figures listed beside the reply: earlier ones, then later."""
        return (*self.earlier, *self.newer)

    @property
    def notes(self) -> tuple[str, ...]:
        lines = [self.reading] if self.reading and not self.reading_first else []
        if self.no_longer and not self.no_longer_first:
            lines.append(self.no_longer)
        # A figure shown for its period, not the newest ("the yearly % rise": 4.3% for 2024/25),
        # has the measure's figures for later periods beside it: those are later, not earlier.
        # "Earlier" is older on both counts: a figure of an earlier time given in a later
        # answer (33 approved in March 2023, said in March 2024, beside 76 said in February
        # 2024) is listed as said later.
        # The figure "No longer: that was ..." names is not named again beside it.
        listed = [
            item
            for item in self.figures
            if not self._quoted_above(item) and not self._said_no_longer(item)
        ]
        # Each line's opening says first when the figure was true, then, where it differs,
        # when it was said: "Earlier, though said in a later answer" beside "This is the
        # latest figure" is no contradiction, where "In a later answer" alone read as one.
        # Every line lists in time order, oldest first (2023/24, then 2024/25), as dates are
        # read: "Earlier" listed newest first beside "Later" in time order read as two orders.
        after = sorted(
            (item for item in listed if self._after_shown(item)),
            key=lambda item: (_ends(item), item.answered),
        )
        said_earlier = [item for item in after if item.said_earlier]
        later = [item for item in after if item not in said_earlier]
        # `listed` holds the rest newest first, as the measure's history does.
        said_later = [item.text for item in listed if item not in after and item.said_later]
        before = [item.text for item in listed if item not in after and not item.said_later]
        lines += [
            _figures_line(opening, items)
            for opening, items in (
                ("Later", _after_in_time_order([item.text for item in later], "later")),
                (SAID_EARLIER, _after_in_time_order([item.text for item in said_earlier], "more")),
                (SAID_LATER, _before_in_time_order(said_later)),
                ("Earlier", _before_in_time_order(before)),
            )
            if items
        ]
        if self.said_before:
            # The earlier answers on a topic, newest first as found: listed oldest first too.
            listed_before = _before_in_time_order(list(self.said_before), "earlier answers")
            lines.append(_figures_line("Earlier answers on this", listed_before))
        if self.stale:
            lines.append(self.stale)
        return tuple(lines)

    def _quoted_above(self, item: EarlierFigure) -> bool:
        """A figure of the same written answer that the quote shown already writes, with its
        period ("increased from 115,000 to 200,000 in 2024/25" holds 115,000 for 2015/16): a
        line would only repeat it. It stays in `earlier`. The same figure in an earlier answer
        is listed: that it was said then is news."""
        shown = self.result.best.fact if self.result.best else None
        if shown is None or not item.same_answer:
            return False
        said = (item.value, item.period) if item.period else (item.value,)
        return all(_writes(shown.quote, part) for part in said)

    def _said_no_longer(self, item: EarlierFigure) -> bool:
        """The earlier figure the "No longer" line already quotes, with who and when."""
        return self.no_longer is not None and item.text in self.no_longer

    def _after_shown(self, item: EarlierFigure) -> bool:
        shown = self.result.best.fact if self.result.best else None
        if shown is None or shown.id == item.fact_id:
            return False
        return _ends(item) > period_of(shown).end

    def annotate(self, reply: Reply) -> Reply:
        """The reply with how a relative period was read, the earlier figures and the
        staleness line after it."""
        figures = self.figures
        if self.no_longer and self.no_longer_first:
            reply = replace(reply, text=f"{self.no_longer}\n{reply.text}")
        if self.reading and self.reading_first:
            reply = _reading_before_the_statement(reply, self.reading)
        if not self.notes:
            # Earlier figures the quote shown already writes are listed in `earlier` only.
            return replace(reply, earlier=figures) if figures else reply
        text = "\n".join((reply.text, *self.notes))
        return replace(reply, text=text, earlier=figures, notes=self.notes)


def _reading_before_the_statement(reply: Reply, reading: str) -> Reply:
    """The reply with how its year was read said before the fact's statement: after a line
    setting a checked figure right ("The written answer gives 15, not 600."), which answers
    the asker first; on Discord too, where `corrected` is said before the statement."""
    lead = f"{reply.corrected}\n" if reply.corrected else ""
    if not reply.text.startswith(lead):
        return reply
    rest = reply.text[len(lead) :]
    first = f"{lead}{reading}"
    return replace(reply, text=f"{first}\n{rest}", corrected=first)


# The most figures a line lists: those nearest the figure shown; the rest are counted where
# they fall in time ("2 older figures, then ...", "...; and 2 later").
FIGURES_LISTED = 3


def _figures_line(opening: str, items: Sequence[str]) -> str:
    """'Earlier: "..." (who, when); "..." (who, when).'"""
    return f"{opening}: {'; '.join(items)}."


def _after_in_time_order(items: Sequence[str], more: str) -> list[str]:
    """Items later than the figure shown, in time order: the first few, the rest counted
    after them ("and 2 later")."""
    left = len(items) - FIGURES_LISTED
    return [*items[:FIGURES_LISTED], *([f"and {left} {more}"] if left > 0 else [])]


def _before_in_time_order(newest_first: Sequence[str], older: str = "older figures") -> list[str]:
    """Items earlier than the figure shown, given newest first, in time order: the few
    nearest it, oldest first, the older ones counted before them ("2 older figures, then")."""
    shown = list(reversed(newest_first[:FIGURES_LISTED]))
    left = len(newest_first) - FIGURES_LISTED
    if left > 0:
        shown[0] = f"{left} {older}, then {shown[0]}"
    return shown


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from one date to a later one."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def periods_text(periods: list[str]) -> str:
    return periods[0] if len(periods) == 1 else f"{', '.join(periods[:-1])} and {periods[-1]}"


# The outcomes whose fact may give way to another of its measure, or of a written answer named.
_RESOLVED_OUTCOMES = (Outcome.ANSWERED, Outcome.PARTIAL, Outcome.DECLINED)


def resolve(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
    now_asked: bool = False,
) -> Newest:
    """The fact to reply with for a measure, the earlier figures and a staleness line.
    `now_asked`: the question asks for the figure as it is now ("latest", "still"), so a
    figure it states is the claim to check against the newest, not a topic of its own."""
    best = result.best
    if best is None or result.outcome not in _RESOLVED_OUTCOMES:
        return Newest(result)
    named_answer = _from_named_answer(index, result, question)
    if named_answer is not None:
        return Newest(named_answer)  # that answer's figure, not a newer one
    for_period = period_fact_answer(index, result, question)
    if for_period is None and result.outcome is not Outcome.ANSWERED:
        # "by May 2024 what was meant to be announced?": the fact looking ahead to that month
        for_period = due_by_answer(index, result, question)
    if for_period is not None:
        # the one close fact giving the period named
        return _with_newer(index, Newest(for_period))
    result = _named_answer_or_declined(index, result, question)
    matched = result.best.fact if result.best else best.fact
    named, measure = _measure_asked(index, result, question, matched)
    if not measure:
        if result.outcome is Outcome.ANSWERED and _reports_a_figure(matched):
            return _only_figure(index, result, question, today, stale_months)
        return Newest(result)
    return _for_measure(
        index,
        result,
        question,
        measure,
        matched,
        named=bool(named),
        today=today,
        stale_months=stale_months,
        now_asked=now_asked,
    )


def _named_answer_or_declined(
    index: FactIndex, result: MatchResult, question: Question
) -> MatchResult:
    """`result`, answered instead from the written answer a question names to ask for one of
    its figures ("in the Lords answer on the IFS report, how big an increase did they
    mention?"); or declined when its fact is about a written answer itself (its date, who gave
    it) and the question asks nothing about one."""
    assert result.best is not None
    if record_misfit(question, result) or _what_it_says_declined(index, question, result):
        # The question named a written answer to ask for one of its figures.
        source = frozenset({result.best.fact.source_id})
        within = within_named_answer(index, question, source)
        lacking = None if within is None else _end_not_given(index, question, within.fact)
        if lacking is not None:
            return _lacking_in_named(result, lacking) or result
        if within is not None:
            named_answer = result.answered_if_confident(Verdict.NAMED_ANSWER, within)
            if named_answer is not None:
                result = named_answer
    misfit = result.answered and record_misfit(question, result)
    if answer_fact_misread(question, result) or misfit:
        # Declining is better than a date or a name given for something else.
        result = result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.DECLINED)
    return result


def _what_it_says_declined(index: FactIndex, question: Question, result: MatchResult) -> bool:
    """Declined, a question naming a written answer as what says something, by a word of its
    title ("in their reply on the IFS report did ministers say anything about when ...?"): the
    answer's records passed over, the closest fact's answer is the one named, and its closest
    fact giving what was asked is looked for as when a record was the match. ("Does the dfe
    answer say that too?" names no answer.)"""
    if result.outcome is not Outcome.DECLINED or result.best is None:
        return False
    if not speaks_of_its_content(question.text.lower()):
        return False
    title = index.kb.source_of(result.best.fact).title
    every = index.normaliser.terms(" ".join(sorted(DOMAIN_WORDS)))
    # Not by its date: "(November 2023)" in a title is not named by "the feb 2023 answer".
    named = {
        term
        for term in set(index.normaliser.terms(title)) - COMMON_WORDS - set(every)
        if not is_a_time(term)
    }
    return not named.isdisjoint(index.normaliser.terms(question.text))


def _measure_asked(
    index: FactIndex, result: MatchResult, question: Question, matched: Fact
) -> tuple[str | None, str | None]:
    """The measure a question names by its words, if any, and the measure to reply about:
    the named one, unless the matched fact's is more specific ("since" in "the rise in the
    high needs budget since 2019/20"), then the sibling of the span or details asked."""
    named = _named_measure(index, result, question, matched)
    measure = matched.measure if result.outcome is not Outcome.DECLINED else None
    if named and not (measure and more_specific(index, measure, named, question)):
        measure = named
    if measure:
        # "the year-on-year % increase" is the yearly increase, though the matcher found the
        # rise over five years: the question names the sibling measure by its span.
        spanned = measure_for_span(index, question, measure)
        # "how many are being trained and how much": the measure whose newest fact says both.
        spanned = _measure_giving_all(index, question, spanned)
        if spanned != measure:
            measure = named = spanned
    return named, measure


def _named_measure(
    index: FactIndex, result: MatchResult, question: Question, matched: Fact
) -> str | None:
    """A question that names a measure and nothing else is about that measure, whichever fact
    the matcher found closest (several answers word the same figure alike)."""
    if question.intent not in FIGURE_INTENTS or about_the_answer(question):
        return None
    if not REASON_WORDS.isdisjoint(question.words):
        return None  # "the reason for the 2025/26 rise": what the fact found says, not a figure
    named = named_measure(index, question)
    if named is None and question.checking and not result.answered:
        # "is the high needs budget £11bn?", refused: the sum checked is no word of a name.
        named = named_measure(index, without_claims(question))
    news = matched if result.verdict is Verdict.NEWEST_ON_TOPIC else None
    if named and news and news_after_figures(index, rank(index, question.text), news, named):
        return None  # "the latest on high needs funding for next year": a later answer's word
    if named and asks_change_of_a_level(index, question, named) and result.answered:
        return None  # "how many more pupils than in 2017" is not the number of pupils
    return named


def _for_measure(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    measure: str,
    matched: Fact,
    *,
    named: bool,
    today: dt.date | None,
    stale_months: int,
    now_asked: bool,
) -> Newest:
    """The reply about a measure: its figure for the period asked ("in 2024/25", "last
    year"), or its newest figure with the earlier ones beside it. `named`: the question names
    the measure by its words; `matched`: the fact the matcher found."""
    about_measure = matched.measure == measure
    facts = measure_table(index).histories[measure]
    relative = relative_period_asked(index.kb, question, facts, today)
    asked = relative.period if relative else asked_period(question)
    if relative is not None:
        question = replace(question, period=None)  # resolved: no longer a period to refuse
    if asked is not None and asks_what_it_is_for(question) and states_its_purpose(matched):
        # "what is the £1bn for in 25/26?": the fact saying what it is for answers; the
        # period's figure says nothing of that.
        return Newest(result)
    if asked is not None:
        latest = now_asked and question.intent in FIGURE_INTENTS
        aged = _staleness(index.kb, today, stale_months)
        for_period = _for_period(
            index,
            result,
            question,
            facts,
            asked,
            relative,
            about_measure,
            latest,
            aged,
            now_asked=now_asked,
        )
        return _with_newer(index, for_period)
    if question.years:
        return Newest(result)  # several years named: the matcher's own reply stands
    # "the latest percentage rise": the newest fact that gives a percentage. ("Is the rise
    # still about 4%?" states the asker's figure: the newest rise is asked, whatever its kind.)
    newest = next(
        (fact for fact in facts if _gives_kind_asked(question, fact, claimed_ok=now_asked)),
        facts[0],
    )
    # Asked for the newest and answered with an older fact of the measure: a word of the
    # question that fact does not say either (the asker's "parent forum") is no reason to
    # keep it over the newest.
    answered_older = result.outcome is Outcome.ANSWERED and about_measure and now_asked
    fits_newest = _fits_newest(
        index, question, newest, now_asked, unsaid_by=matched if answered_older else None
    )
    if result.outcome is Outcome.ANSWERED and not now_asked:
        # "what's the 115,000 figure?" is about the fact giving 115,000, not the newest one;
        # "the budget after the 4.3% rise" names the rise's figure to ask for something else.
        fits_newest = fits_newest and not figure_named_keeps(question, matched, newest)
    if result.outcome is Outcome.ANSWERED and about_measure:
        # The newest figure answers a question about the figure (`fits_newest`); "what is the
        # £1bn for?" keeps the fact that says what it is for.
        if newest is not matched and fits_newest:
            result = _newest_answer(result, newest) or result
        shown = result.best.fact if result.best else newest
        stale = _stale(index.kb, shown, today, stale_months) if shown is newest else None
        return Newest(result, _earlier(index.kb, facts, shown), stale)
    # A yes/no question checks a claim ("are more children in special schools than ever?",
    # "does most high needs money go to schools?", "whether it is kept by the council"): the
    # measure's newest figure does not say whether, so it replaces neither the fact the
    # matcher found nor its refusal.
    checked = question.checking or "whether" in question.words or _asks_yes_or_no(question)
    if (
        now_asked
        and "still" in question.words
        and question.intent not in VERDICT_ASKED
        and extract_figures(question.text)
    ):
        # "is it still about 10bn?" asks what the figure is now: the newest one says, and
        # sets the figure claimed right ("over £12 billion, not £10.1bn"). ("is £12bn enough
        # or is it still underfunded?" asks a verdict on the figure, which no figure gives.)
        checked = False
        still_claimed = _figures_claimed_of(result.question, newest)
        if still_claimed and not result.checked:
            result = replace(result, checked=checked_figures(result.question, still_claimed))
    # (as the asker wrote it: "£11bn", which the analysed text spells "11 billion")
    refused = named and checked and not result.answered
    figure_claims = _figures_claimed_of(result.question, newest) if refused else ()
    if figure_claims:
        # "is the high needs budget £11bn?", refused, states a figure of the measure's kind:
        # the newest figure sets it right, as the measure's own figure does for "is it £12bn?".
        # (A fact the matcher answered with keeps its figure: "is high needs up 60%?")
        checked = False
        result = replace(result, checked=checked_figures(result.question, figure_claims))
        fits_newest = _fits_newest(index, question, newest, now_asked, checked=True)
    if refused and not figure_claims and asks_if_level_rose(question) and quotes_a_rise(newest):
        # "has the number of pupils in special schools gone up?", refused between the
        # measure's yearly figures: its newest fact's quote says the level rose, the yes asked.
        checked = False
    if (
        refused
        and not figure_claims
        and asks_only_if_level_fell(question)
        and quotes_an_increase(newest)
    ):
        # "is the SEN budget being cut?", refused: the measure's newest fact's quote says the
        # level rose, the no asked (the reply's "No:" line, fall_denied).
        checked = False
    if (
        named
        and (not _STANDS_NOW.isdisjoint(question.words) or asks_newest_rise(question))
        and result.outcome is Outcome.ANSWERED
        and question.intent not in VERDICT_ASKED
    ):
        # "is the high needs increase still going?": what stands now is the measure's newest
        # fact, not a fact of another measure the matcher found; "has it gone up again?" and
        # "has it gone up?" are answered by the newest rise.
        checked = False
    answered = _newest_answer(result, newest) if named and fits_newest and not checked else None
    if answered is not None:
        stale = _stale(index.kb, newest, today, stale_months)
        return Newest(answered, _earlier(index.kb, facts, newest), stale)
    lacking = _newest_lacking(index, result, question, newest) if named and not checked else None
    if lacking is not None:
        # Related information, as the matcher's own partial replies about a measure: its
        # earlier figures beside it (the staleness line is for a figure given as the answer).
        return Newest(lacking, _earlier(index.kb, facts, newest))
    if result.outcome is Outcome.PARTIAL and about_measure:
        # Related information about a measure: its other figures are related too.
        return Newest(result, _earlier(index.kb, facts, matched))
    return Newest(result)


# A question opening with an auxiliary that asks yes or no ("can schools use the top-up however
# they want?", "do councils let schools decide?"), which `question.checking` leaves to the
# matcher; not a request put that way ("can you tell me the total", "do you know how much").
_YES_OR_NO = re.compile(
    r"^(?:do|can|could|should|must|may|might)\b(?! (?:you|u|ya|i|we|anyone|someone|somebody)\b)"
)


def _figures_claimed_of(text: str, newest: Fact) -> tuple[Claim, ...]:
    """The sums, counts and percentages a question naming a measure states, when the measure's
    newest fact gives a figure of each of those kinds to set them right; none otherwise (a
    year, or "more than ever", is no figure of the measure)."""
    stated = tuple(claim for claim in claims(text) if claim.kind is not FigureKind.DATE)
    return stated if stated and checkable(newest, stated) else ()


def _asks_yes_or_no(question: Question) -> bool:
    return bool(_YES_OR_NO.match(question.text.lower().lstrip()))


def _newest_lacking(
    index: FactIndex, result: MatchResult, question: Question, newest: Fact
) -> MatchResult | None:
    """A refused question naming a measure, whose newest fact lacks only a detail asked ("the
    newest figure for high needs funding in Leeds?": England's): that figure as related
    information, with the sentence saying what it lacks; None when it lacks nothing."""
    if result.outcome is not Outcome.DECLINED:
        return None
    missing = missing_for(index, question, newest)
    if missing is None:
        return None
    return _partial(result, newest, missing)


def _fits_newest(
    index: FactIndex,
    question: Question,
    newest: Fact,
    now_asked: bool,
    checked: bool = False,
    unsaid_by: Fact | None = None,
) -> bool:
    """The measure's newest fact answers a question about the figure: not "what is the £1bn
    for?", which asks for more than a figure. A year the newest fact does not say ("approved
    in 2023", asked to check) keeps the matched fact: a newer figure is not an answer about
    that time. So does a question about more than the figure ("is the £1bn going to councils
    so they can support schools?"), when the newest fact does not speak of that."""
    said = index.fact_terms[position_of(index, newest)]
    together = details_asked(question.text)
    gives_together = bool(together) and gives_all(together, newest)
    given = _no_topic(index, question, now_asked)
    if checked or question.checking:
        # "is the high needs budget £11bn?": the sum checked is set right, no topic of its own,
        # whether the matcher refused or found an older figure of the measure ("is the high
        # needs figure £9bn?" drew the 2023/24 £10.1 billion, the nearest sum).
        given |= claimed_terms(index, question)
    if now_asked:
        # Asked for the newest: the measure's other names are its newest fact's too.
        given |= _measure_aliases(index, question, newest)
    if gives_together:
        # "how much is it costing": a sum of money given is what the cost asks for.
        given |= frozenset(index.normaliser.terms(DETAIL_WORDS))
    if unsaid_by is not None and unsaid_by is not newest:
        # The words the fact matched does not say either tell neither fact apart.
        given |= frozenset(unsaid_topic(index, question, unsaid_by, given))
    return (
        question.intent in FIGURE_INTENTS  # "what is the £1bn for?" asks for more than a figure
        and not unsaid_record(question, newest)
        # (its quote giving each detail asked together: "£21 million to train 400")
        and (gives_together or missing_for(index, question, newest) is None)
        and named_years(question) <= said
        and not unsaid_topic(index, question, newest, given)
    )


def figure_named_keeps(question: Question, matched: Fact, other: Fact) -> bool:
    """A figure the question writes ("the 115,000 figure", "after the 4.3% rise") keeps the
    matched fact rather than `other`: the matched fact's own figure is the one named and
    `other`'s is not; or, a figure of `other`'s measure is named beside a question the matched
    fact (of another measure) answers, and a figure the asker already gives is not asked for.
    A check ("was the rise 4.3%?") asks about the figure it states: not kept."""
    if question.checking or matched is other:
        return False
    stated = figures_besides_dates(question.text)
    if not stated:
        return False
    if _headline_named(stated, matched) and not _headline_named(stated, other):
        return True
    if matched.measure == other.measure or _gives_named(stated, matched):
        return False
    return _gives_named(stated, other)


def _headline_named(stated: Sequence[FoundFigure], fact: Fact) -> bool:
    """The figure `fact` reports first (what it is the fact of) is one of those `stated`."""
    if not fact.figures or fact.figures[0].kind is FigureKind.DATE:
        return False
    headline = (fact.figures[0].kind, fact.figures[0].value)
    return any(_same_value(found, headline) for found in stated)


def _gives_named(stated: Sequence[FoundFigure], fact: Fact) -> bool:
    figures = [(f.kind, f.value) for f in fact.figures if f.kind is not FigureKind.DATE]
    return any(_same_value(found, figure) for found in stated for figure in figures)


def _same_value(found: FoundFigure, figure: tuple[FigureKind, int | float | str]) -> bool:
    return found.value == figure[1]


def _measure_aliases(index: FactIndex, question: Question, newest: Fact) -> frozenset[str]:
    """Words of the question that a curated phrasing of another fact of the newest fact's
    measure says: the facts report one figure over time, so a name the curator gave it for one
    period ("how much extra are LAs getting for high needs?") names it for every period. Not
    a place named, which says whose figure is asked, not which measure."""
    if not newest.measure:
        return frozenset()
    terms = frozenset(index.normaliser.terms(question.text))
    placed = frozenset(index.normaliser.terms(" ".join(question.places)))
    positions = [
        position_of(index, fact) for fact in measure_table(index).histories[newest.measure]
    ]
    return frozenset(
        term
        for term in terms - placed
        if any(index.postings.get(term, {}).get(p, 0.0) >= QUESTIONS_WEIGHT for p in positions)
    )


# The weight a word has in a fact's curated phrasings (its `questions`).
QUESTIONS_WEIGHT = FIELD_WEIGHTS["questions"]


def _no_topic(index: FactIndex, question: Question, now_asked: bool) -> frozenset[str]:
    """Words of a question that say no topic the newest figure must speak of: "writing to my
    MP", who said it ("the rise the govt announced"), and the figure claimed when the figure
    is asked as it is now ("is it still £10.5bn?")."""
    table = measure_table(index)
    given = table.record_only | table.aside
    if now_asked:
        terms = index.normaliser.terms(question.text)
        given |= {term for term in terms if CLAIMED_FIGURE_TERM.search(term)}
    return given


def _measure_giving_all(index: FactIndex, question: Question, measure: str) -> str:
    """`measure`, or, when its newest fact does not give every detail the question asks
    together ("how many EPs and how much"), a measure named by its words and more whose newest
    fact does (the funding "to train 400", not the 400 alone)."""
    asked = details_asked(question.text)
    table = measure_table(index)
    if not asked or gives_all(asked, table.histories[measure][0]):
        return measure
    terms = measure_terms(index, measure)
    wider = (
        other
        for other, facts in table.histories.items()
        if other != measure and terms <= measure_terms(index, other) and gives_all(asked, facts[0])
    )
    return next(wider, measure)


def _from_named_answer(
    index: FactIndex, result: MatchResult, question: Question
) -> MatchResult | None:
    """A question naming a written answer, by its date or else by its minister or title,
    answered from that answer's closest fact, when the matcher found another answer's."""
    best = result.best
    if best is None:
        return None
    sources = dated_sources(index, question)
    if not sources:
        return _from_ministers_answer(index, result, question, best.fact)
    return _from_dated_answer(index, result, question, sources, best)


def _from_dated_answer(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    sources: frozenset[str],
    best: ScoredFact,
) -> MatchResult | None:
    """A question naming a written answer by its date ("according to the feb 2024 answer", one
    of `sources`) answered from that answer's closest fact, when the matcher found another
    answer's (`best`)."""
    if asks_of_the_answer_itself(question):
        return None  # "which report was the june 2025 question about?": its record's to say
    if checks_what_it_said(question):
        # "did the june 2023 answer say demand is going up?": that answer's fact on demand,
        # found without the answer's name drawing the question to its date or minister.
        within = within_named_answer(index, as_it(question), sources)
        if within is None or (within.fact is best.fact and result.answered):
            return None  # (declined, the same fact is that answer's: it says so)
        return _lacking_in_named(result, _end_not_given(index, question, within.fact)) or (
            result.answered_if_confident(Verdict.NAMED_ANSWER, within)
        )
    own = best.fact.source_id in sources
    # Read with the answer it names called "it" (once, before its date is dropped: "the sept
    # 2023 answer said +440m; what did the lords answer in 2025 give" names two).
    # (A question asking when has its answer's date dropped by `without_the_date` instead.)
    named_once = called_it(question) is not question and question.intent not in WHEN_ASKED
    if own and result.outcome is Outcome.ANSWERED:
        return _within_named_as_it(index, result, question, sources, best) if named_once else None
    undated = without_the_date(question)
    as_it_named = called_it(undated)
    sure = _sure_as_it(index, as_it_named, sources) if named_once else None
    # The reading as "it" picks which of the answer's facts is asked; it never finds one the
    # answer read as asked lacks ("how many specialist places does the june 2023 reply give":
    # an amount, no number of places, not the 50,000 more pupils).
    as_asked = within_named_answer(index, undated, sources)
    within = sure if sure is not None and as_asked is not None else as_asked
    if within is None:
        lacking = _lacking_in_named(result, lacking_in_named_answer(index, undated, sources))
        if lacking is None and not own and result.answered and names_one_dated_answer(question):
            # "what did the sept 2023 answer say it would go up to?": the answer named has no
            # fact close enough, and another answer's fact is no answer to what that one said.
            return result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.DECLINED)
        return lacking
    if within is not sure and named_once and _drawn_by_the_name(index, as_it_named, within.fact):
        return None  # "what did the sept 2023 answer say about EHCP timeliness": not its total
    # Read with the answer called "it", its name draws no fact: the matcher's fact is judged
    # so ("the overall schools budget in the sept 2023 answer": the total of high needs, whose
    # phrasings name that answer, is no contender once it is "it").
    judged_on = as_it_named if within is sure else question
    if own and within.fact is not best.fact and _a_contender(index, judged_on, best.fact):
        # "what did the dfe say in feb 2023 about money for special schools": the matcher's
        # closest fact is of the answer named, but it was not sure of it, and read without the
        # date the answer's closest fact is another: which of them is meant is not clear.
        return None
    return _lacking_in_named(result, _end_not_given(index, question, within.fact)) or (
        result.answered_if_confident(Verdict.NAMED_ANSWER, within)
    )


def _within_named_as_it(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    sources: frozenset[str],
    best: ScoredFact,
) -> MatchResult | None:
    """Answered with a fact of the answer named by its date, found with the answer's name in
    the question: that answer's fact read with the name called "it", when another is clearly
    what is asked ("how much is high needs going up by in the sept 2023 answer?": the increase,
    not the total a curated phrasing of which names "the september 2023 answer")."""
    if "document" in best.fact.tags:
        return None  # "who answered the sept 2023 answer": its record, which names it so
    as_it_named = called_it(question)
    within = _sure_as_it(index, as_it_named, sources)
    if within is None and _drawn_by_the_name(index, as_it_named, best.fact):
        # "what did the sept 2023 answer say about EHCP timeliness": only the answer's name
        # drew its total, whose phrasings name the answer; what was asked it does not say.
        return result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.DECLINED)
    if within is None or within.fact is best.fact:
        return None
    if _its_level_asked(index, question, best.fact, within.fact):
        return None
    return result.answered_if_confident(Verdict.NAMED_ANSWER, within)


def _its_level_asked(index: FactIndex, question: Question, found: Fact, read_as_it: Fact) -> bool:
    """The matcher found the named answer's level of a measure (its total) and the reading
    with the answer called "it" its rise, though no change is asked: "in the sept 2023 answer
    what was high needs going to be for 2024/25" asks the total ("going up by" would ask the
    rise)."""
    if question.change or found.source_id != read_as_it.source_id:
        return False
    if any(
        same_figure(stated, figure)
        for stated in figures_besides_dates(question.text)
        for figure in read_as_it.figures
        if figure.kind is not FigureKind.DATE
    ):
        return False  # "whats the 4.3% in the sept 2023 answer": the rise's own figure
    if found.measure is None or read_as_it.measure is None:
        return False
    change = measure_table(index).change
    return not measure_terms(index, found.measure) & change and bool(
        measure_terms(index, read_as_it.measure) & change
    )


def _drawn_by_the_name(index: FactIndex, as_it_named: Question, fact: Fact) -> bool:
    """Read with the answer called "it", the question has nothing of the fact: it is not
    among the candidates at all."""
    return among_first(index, rank(index, as_it_named.text, as_it_named), fact, CANDIDATES) is None


# How close a fact of the named answer must be, read with the answer called "it", to be chosen
# over the one read as asked: the name's words left out, fewer words say what is asked, and a
# fact matching some of them ("the value of EPs": the £21m for training them) is no surer.
SURE_AS_IT = 0.6


def _sure_as_it(
    index: FactIndex, as_it_named: Question, sources: frozenset[str]
) -> ScoredFact | None:
    """The named answer's closest fact read with the answer called "it", when it is sure
    (SURE_AS_IT, and no near tie with the answer's next fact) and not one area's fact the
    question names no area for ("how much does high needs go up in the april 2025 answer":
    England's £1 billion, not Warwickshire's £6.9 million, whose phrasings the name's words
    no longer outweigh)."""
    within = within_named_answer(index, as_it_named, sources)
    if within is None or within.score < SURE_AS_IT:
        return None
    if within.fact.place is not None and not as_it_named.places:
        return None
    rival = next(
        (
            candidate
            for candidate in islice(giving_in_named_answer(index, as_it_named, sources), 2)
            if index.facts[candidate.position].id != within.fact.id
        ),
        None,
    )
    if rival is not None and within.score - rival.rank_score < NEAR_TIE:
        return None  # "whats the schools budget in the sept 2023 answer": which is a guess
    return within


# Two facts whose rank scores are this close are tied: neither is the surer reading.
NEAR_TIE = 0.02


# The rank score from which the matcher's closest fact is a contender for what was asked, not
# a stray match of a word or two (in a base of one written answer, every fact is of the
# answer named).
CONTENDER_SCORE = 0.5


def _a_contender(index: FactIndex, question: Question, fact: Fact) -> bool:
    """The fact ranks first for the question, at CONTENDER_SCORE or above. (Ranked again: only
    questions naming an answer by its date that the matcher declined get here.)"""
    first = among_first(index, rank(index, question.text, question), fact, 1)
    return first is not None and first.rank_score >= CONTENDER_SCORE


# Verdicts of worth or of a person: no written answer's fact is one, whoever gave it.
_VERDICTS_ON_ANYONE = frozenset({Intent.OPINION, Intent.JUDGEMENT})


def _from_ministers_answer(
    index: FactIndex, result: MatchResult, question: Question, best: Fact
) -> MatchResult | None:
    """A question naming a written answer by its minister ("what's the £1bn for according to
    mckinnell") or its title ("in the lords IFS answer"), answered from that answer's clearly
    closest fact read without the naming words, when the matcher found another answer's fact,
    or the answer's record (who gave it), or declined."""
    if not asks_what_was_said(question) or asks_of_the_answer_itself(question):
        return None
    if question.intent in _VERDICTS_ON_ANYONE:
        # "was <minister> a good minister", "is £13m a lot, per <minister>": a verdict asked,
        # which none of that answer's facts gives; the name only says whose answer it is
        return None
    sources = minister_sources(index, question)
    if sources:
        unnamed = without_the_minister(index, question)
        sources, undated = of_the_month_named(index, sources, unnamed)
        # "per baroness smith in june 2025": read without the month naming her answer, then
        # with it, as it may be a word of the fact too ("later in 2025").
        readings = [_as_purpose(undated)] + ([_as_purpose(unnamed)] if undated != unnamed else [])
    else:
        sources, unnamed = titled_sources(index, question)
        readings = [unnamed]
    found = result.answered and "document" not in best.tags
    if not sources or (found and best.source_id in sources):
        return None
    closest = (clearly_closest(index, without_the_speaker(read), sources) for read in readings)
    within = next((fact for fact in closest if fact is not None), None)
    if within is None:
        if found:
            # "what's the plan meant to give families, per the pawsey answer": none of the
            # answer's facts is clearly meant, and another answer's is no answer to what
            # that one said.
            return result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.DECLINED)
        return None
    return result.answered_if_confident(Verdict.NAMED_ANSWER, within)


def _as_purpose(question: Question) -> Question:
    """ "what is the extra high needs cash for, according to coutinho": asked without the
    minister, what it is for, in the words the base's purposes are asked by."""
    purpose = as_purpose_asked(question.text)
    return analyse(purpose) if purpose is not None else question


def _end_not_given(index: FactIndex, question: Question, fact: Fact) -> tuple[Fact, str] | None:
    """'the Feb 2026 answer says the funding continues next year - but when does it stop?': what
    it said is told, and when it ends asked, which that answer's fact may not give."""
    if question.intent is not Intent.END:
        return None
    missing = missing_from(index, question, position_of(index, fact))
    return None if missing is None else (fact, missing)


def _lacking_in_named(result: MatchResult, lacking: tuple[Fact, str] | None) -> MatchResult | None:
    """Partial: the named answer's fact on the topic, and what it does not give; another
    answer's fact is no answer to what that one said."""
    if lacking is None:
        return None
    fact, missing = lacking
    return _partial(result, fact, missing)


def _only_figure(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    today: dt.date | None,
    stale_months: int,
) -> Newest:
    """A figure no other fact updates: the newest there is, so it may be old too; asked for
    a period it is not for and does not name, it is related information only."""
    assert result.best is not None
    fact = result.best.fact
    asked = asked_period(question)
    if (
        asked is None
        or _for_asked(fact, asked, question)
        or checks_its_date(question, fact)
        or _its_span_checked(index, question, fact)
    ):
        now = _only_figure_for_now(index, result, question, today) if asked is None else None
        if now is not None:
            return now
        return Newest(result, stale=_stale(index.kb, fact, today, stale_months))
    sibling = _sibling_saying(index, result, question, asked)
    if sibling is not None:
        return Newest(sibling)
    due = due_by_answer(index, result, question)  # (when no sibling offered looks ahead to it)
    if due is not None:
        return Newest(due)
    return Newest(_as_of_only(result, fact, asked))


def _only_figure_for_now(
    index: FactIndex, result: MatchResult, question: Question, today: dt.date | None
) -> Newest | None:
    """ "this year" asked of a figure no measure tracks (one council's allocation for
    2025/26): read like a measure's "this year", so an older year's figure is no answer but
    related information, the year missing said first (see `_newest_for_now`)."""
    assert result.best is not None
    fact = result.best.fact
    own = _own_period(fact)
    # (read as a split year when the figure's own year is one, as a measure's would be)
    dated = replace(fact, period=own.text) if own is not None and not fact.period else fact
    relative = relative_period_asked(index.kb, question, (dated,), today)
    return None if relative is None else _matched_older_for_now(result, question, relative)


def _matched_older_for_now(
    result: MatchResult, question: Question, relative: RelativePeriod
) -> Newest | None:
    """The matched figure, for an older year than the "this year" asked: partial, its own
    year said first, as for a measure's newest figure (`_newest_for_now`)."""
    assert result.best is not None
    fact = result.best.fact
    own = _own_period(fact)
    if result.outcome is not Outcome.ANSWERED or own is None or not relative.now:
        return None
    if own.start >= relative.period.start:
        return None
    if _this_year_is_the_sources(fact, relative, question):
        return None  # the source's own "this year", or the asker's dated answer's
    missing = now_not_given_of_fact_line(relative.period.text, relative.phrase, own.text)
    return Newest(_partial(result, fact, missing), reading=relative.note)


def _own_period(fact: Fact) -> Period | None:
    """The year a fact's figure is for: its `period`, else the newest split year its title or
    statement names ("Warwickshire's high needs allocation for 2025/26"); None if neither. (A
    period said relative to the answer's date, "this year", is `FactProfile.period`.)"""
    if fact.period:
        return period_of(fact)
    named = (
        parse_period(f"{found[1]}/{found[2]}")
        for found in _SPLIT_YEAR_WRITTEN.finditer(f"{fact.title} {fact.statement}")
    )
    return max((period for period in named if period), key=lambda p: p.start, default=None)


# A split year as a fact writes it: "2025/26", "2025-26".
_SPLIT_YEAR_WRITTEN = re.compile(r"\b((?:19|20)\d{2})[/-](\d{2})\b")


def _its_span_checked(index: FactIndex, question: Question, fact: Fact) -> bool:
    """'the 60% - is that over five years or since 2010?': the period named ("since 2010") is
    a span checked of the figure named, which the fact's own words set right ("over five
    years"), not a period whose figure is asked for (see `figure_span`)."""
    return answers_its_span(question.text, index.profiles[position_of(index, fact)])


def _for_asked(fact: Fact, asked: Period, question: Question) -> bool:
    """Whether a fact's figure is for the asked period, by its period or its own words."""
    return covers(asked, fact) or says_period(fact, asked, question)


def _as_of_only(result: MatchResult, fact: Fact, asked: Period) -> MatchResult:
    """Partial: the fact gives its figure as of its date, not for the asked period; or, when
    its one figure is for years it names together with the asked one ("across 2024 and
    2025"), that figure is for them together (its date would say nothing of the years)."""
    together = named_years_with(fact, asked)
    if together:
        missing = (
            f"The written answer gives one figure for {together} together, not one for "
            f"{period_label(asked.text)} alone."
        )
        return _partial(result, fact, missing)
    missing = (
        f"The written answer gives the figure as of {human_date(fact.as_of)}, not one for "
        f"{period_label(asked.text)}."
    )
    return _partial(result, fact, missing)


def _sibling_saying(
    index: FactIndex, result: MatchResult, question: Question, asked: Period
) -> MatchResult | None:
    """ "what was meant to happen by May 2024 about the new special free schools?", matched to
    a fact of the answer giving no figure for May 2024: another fact of the same written
    answer among those offered that names that period in its own words ("will be made by
    May 2024") and lacks nothing asked answers, as sure as the fact matched."""
    assert result.best is not None
    if question.intent in FIGURE_ASKED:
        return None  # a figure for that period, which a fact saying what was due does not give
    shown = result.best.fact
    for offered in result.suggestions:
        fact = offered.fact
        if (
            fact.source_id == shown.source_id
            and "document" not in fact.tags
            and says_period(fact, asked, question)
            and missing_for(index, question, fact) is None
        ):
            others = tuple(other for other in result.suggestions if other is not offered)
            return replace(
                result,
                best=ScoredFact(fact, result.best.score),
                suggestions=(result.best, *others),
            )
    return None


def _for_period(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    facts: tuple[Fact, ...],
    asked: Period,
    relative: RelativePeriod | None,
    about_measure: bool,
    latest: bool = False,
    stale: Callable[[Fact], str | None] = lambda fact: None,
    now_asked: bool = False,
) -> Newest:
    """`latest`: the figure is asked for as it stands ("the latest on how much extra high
    needs money there is this year"), so the period's newest statement answers. `stale`
    says whether the newest figure, given for "this year", is old. `now_asked`: the question
    asks for the newest, whatever its form ("the most recent stat on the rise since 2019/20")."""
    assert result.best is not None
    reading = relative.note if relative else None
    covering = [fact for fact in facts if covers(asked, fact)]
    if covering and relative is None and since_year(question, asked):
        # "grown since 2015/16": the year named is the base of the rise asked, so the fact
        # counting from it answers, not the base year's own figure.
        based = _counted_from(index, result, question, facts, asked)
        if based is not None:
            return Newest(based, reading=reading)
    if covering:
        # Two answers giving the same period's figure: the one the question matched is the
        # one it is about ("what is the £1bn for in 2025/26" is not the later answer's),
        # unless what stands now is asked.
        matched = result.best.fact in covering and result.outcome is Outcome.ANSWERED
        if matched and not (latest and missing_for(index, question, covering[0]) is None):
            return Newest(_total_named(index, result, question, covering), reading=reading)
        chosen = named_as_total(question, covering[0], covering)
        fits_chosen = missing_for(index, question, chosen) is None
        answered = _newest_answer(result, chosen) if fits_chosen else None
        if answered is not None:
            return Newest(answered, reading=reading)
        fact = result.best.fact
        named = relative is None  # "in 2024/25", not "this year" read from a date
        if named and result.outcome is Outcome.ANSWERED and not _for_asked(fact, asked, question):
            # The period's figure is for something else asked ("England", not Warwickshire),
            # and the matched fact's is for another period: related information only.
            return Newest(_as_of_only(result, fact, asked))
        return Newest(result)
    if relative is not None and relative.now and period_of(facts[0]).start < asked.start:
        # "this year" asks for the present: no source gives a figure for it yet, so the reply
        # says so first and gives the newest as related information.
        return _newest_for_now(index, result, question, facts, relative)
    matched = about_measure and result.outcome is Outcome.ANSWERED
    if matched and relative is not None and _says_phrase(result.best.fact, relative.phrase):
        # "continuing into next year": the matched fact speaks of that year in those words.
        return Newest(result)
    matched = matched and relative is None
    if (
        matched
        and now_asked
        and named_since(question, asked)
        and counts_from(facts[0].measure, asked)
    ):
        # "the most recent stat on the rise since 2019/20": every figure of the measure counts
        # from that year, so its newest answer's figure is asked, though an older one names the
        # year ("over 60% from the 2019/20 allocations") and the newest puts it another way.
        newest = _newest_answer(result, facts[0])
        if newest is not None:
            return Newest(newest, _earlier(index.kb, facts, facts[0]), stale(facts[0]))
    if matched and says_period(result.best.fact, asked, question):
        # The matched fact speaks of that period itself ("compared to 2022/23"): keep it.
        return Newest(result)
    based = _counted_from(index, result, question, facts, asked) if relative is None else None
    if based is None and relative is None:
        based = _counted_from_by_sibling(index, result, question, facts, asked)
    if based is not None:
        return Newest(based)
    given = [period_label(period_of(fact).text) for fact in reversed(facts) if fact.period]
    if not given:
        # No fact of the measure names a period: each gives its figure as of its date.
        if result.outcome is Outcome.ANSWERED and relative is None:
            return Newest(_as_of_only(result, result.best.fact, asked))
        return Newest(result)
    title = measure_phrase(facts[0].measure or "")
    place = index.profiles[position_of(index, facts[0])]
    if not covers_places(question, place):
        # "warwickshire high needs allocation 2019/20": the years the measure is given for are
        # another place's (England's); what the matched fact lacks is said instead, or else
        # whose figures the measure's are.
        if result.outcome is Outcome.ANSWERED:
            return Newest(_as_of_only(result, result.best.fact, asked))
        if result.outcome is Outcome.PARTIAL:
            return Newest(result)
        places = " or ".join(question.places)
        missing = (
            f"The written answers give the {title} for {place.place} as a whole, not for {places}."
        )
        return Newest(_partial(result, facts[0], missing), _earlier(index.kb, facts, facts[0]))
    asked_text = period_label(asked.text) + (f" ({relative.phrase})" if relative else "")
    # "risen since 2010": a rise counted from that year is what is not given, not its year's;
    # "created since 2018": a count from that year, not one for it.
    if since_year(question, asked):
        not_given = f"one since {asked_text}"
    elif named_since(question, asked):
        not_given = f"since {asked_text}"
    else:
        not_given = f"for {asked_text}"
    given_for = f"for {periods_text(list(dict.fromkeys(given)))}"
    if not facts[0].period:
        # The fact shown (the newest) names no period: its date is what the sentence names,
        # not an older fact's period ("approved for March 2023" over the 76 said in 2024).
        given_for = f"as of {human_date(facts[0].as_of)}"
    missing = f"The written answers give the {title} {given_for}, not {not_given}."
    partial = _partial(result, facts[0], missing)
    return Newest(partial, _earlier(index.kb, facts, facts[0]), reading=reading)


def _total_named(
    index: FactIndex, result: MatchResult, question: Question, covering: list[Fact]
) -> MatchResult:
    """The matched fact, or the period's fact giving its sums that calls them the total asked
    for (`named_as_total`): one answer in two written answers' words, so as sure."""
    assert result.best is not None
    fact = named_as_total(question, result.best.fact, covering)
    if fact is result.best.fact or missing_for(index, question, fact) is not None:
        return result
    return replace(result, best=ScoredFact(fact, result.best.score))


def _partial(result: MatchResult, fact: Fact, missing: str) -> MatchResult:
    """Partial: what is not given (`missing`), then the fact that is (a measure's newest
    figure, a named answer's fact), as related information."""
    return result.judged(
        Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, best=ScoredFact(fact, 0.0), missing=missing
    )


def _counted_from(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    facts: tuple[Fact, ...],
    asked: Period,
) -> MatchResult | None:
    """A rise asked since a year ("how much has the high needs budget risen since 2019?"):
    the year is the base it is counted from, not the period of the figure, so the measure's
    newest fact naming that base answers ("over 60% from the 2019/20 allocations")."""
    if not question.change:
        return None
    saying = (fact for fact in facts if says_period(fact, asked, question))
    chosen = next(saying, None)
    if chosen is None or missing_for(index, question, chosen) is not None:
        return None
    return _newest_answer(result, chosen)


def _counted_from_by_sibling(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    facts: tuple[Fact, ...],
    asked: Period,
) -> MatchResult | None:
    """A change asked against a base year ("how much more than in 2019/20", "up compared
    with 2019/20"), matched to the yearly increase: the same figure's measure counting from
    that year ("high-needs-budget-rise-since-2019-20") answers with its newest fact."""
    if not question.change or not _named_as_base(question, asked):
        return None
    stem = _measure_stem(facts[0].measure)
    # The base year is not the figure's period, nor a year whose figure is asked.
    base = str(asked.start.year)
    asked_years = tuple(year for year in question.years if not year.startswith(base))
    unperiodic = replace(question, period=None, years=asked_years)
    for measure, history in measure_table(index).histories.items():
        if measure == facts[0].measure or not counts_from(measure, asked):
            continue
        # The fact that states the base year as its own ("over 60% from the 2019/20
        # allocations") before a newer one putting it another way ("over five years").
        chosen = next((fact for fact in history if says_period(fact, asked, question)), None)
        chosen = chosen or history[0]
        if _measure_stem(measure) != stem or missing_for(index, unperiodic, chosen):
            continue
        return _newest_answer(result, chosen)
    return None


def _named_as_base(question: Question, asked: Period) -> bool:
    """The asked year is written after "than", "compared", "since": the change's base."""
    year = str(asked.start.year)
    return any(named.startswith(year) for named in base_years_named(question))


def _measure_stem(measure: str | None) -> str:
    """What a measure counts, without the change or its base: "high-needs-budget" of
    "high-needs-budget-increase" and of "high-needs-budget-rise-since-2019-20"."""
    stem = (measure or "").partition("-since-")[0]
    for change in ("-increase", "-rise"):
        stem = stem.removesuffix(change)
    return stem


def counts_from(measure: str | None, asked: Period) -> bool:
    """Whether a measure is the rise since the year asked, as its key names it
    ("high-needs-budget-rise-since-2019-20" of "since 2019/20" or "since 2019")."""
    _, since, base = (measure or "").rpartition("-since-")
    period = parse_period(base.replace("-", "/")) if since else None
    return period is not None and period.start.year == asked.start.year


def _newest_answer(result: MatchResult, fact: Fact) -> MatchResult | None:
    """`fact`, the measure's figure for what was asked, as the answer: the newest-figure rule's
    verdict, when the probability given that verdict reaches the threshold (None otherwise)."""
    return result.answered_if_confident(Verdict.NEWEST_FIGURE, ScoredFact(fact, 0.0))


def newest_of_measure(
    index: FactIndex,
    result: MatchResult,
    measure: str,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
) -> Newest | None:
    """`measure`'s newest figure as the answer to `result`'s question, the earlier figures
    beside it and the staleness line: for a rule that found the measure otherwise than by the
    matcher's fact (None when the probability given the verdict is short of answering)."""
    facts = measure_table(index).histories[measure]
    answered = _newest_answer(result, facts[0])
    if answered is None:
        return None
    stale = _stale(index.kb, facts[0], today, stale_months)
    return Newest(answered, _earlier(index.kb, facts, facts[0]), stale)


def _newest_for_now(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    facts: tuple[Fact, ...],
    relative: RelativePeriod,
) -> Newest:
    """ "this year" with no figure for it yet: partial, the newest figure as related
    information, where it would have been the answer."""
    assert result.best is not None
    newest = next((fact for fact in facts if _gives_kind_asked(question, fact)), facts[0])
    fits = missing_for(index, question, newest) is None
    answered = _newest_answer(result, newest) if fits else None
    if answered is None:
        # The measure's newest figure is not what is asked ("this year" of a council's
        # allocation, the measure England's): the matched figure, if older, is no answer either.
        return _matched_older_for_now(result, question, relative) or Newest(result)
    if _this_year_is_the_sources(newest, relative, question):
        # "opened this academic year", the newest figure's own words for its year: the asker
        # says it back as the source does, so that figure is asked, said to be for its year.
        # So too when the figure is the source's own "this (academic) year", which a "this
        # year" says back, and when the asker dates or quotes the answer ("the feb 2024 update
        # says ... this year"): their "this year" is that answer's, not today's.
        # The figure's own year is said first, before the figure: after the quote, the
        # caveat came too late for a reader who took the figure as this year's.
        label = period_label(period_of(newest).text)
        reading = f"{relative.note[:-1]}; the newest figure in the sources is for {label}."
        earlier = _earlier(index.kb, facts, newest)
        return Newest(answered, earlier, reading=reading, reading_first=True)
    # Asked for the present year, an older year's figure is no answer: what is missing (that
    # year's figure) is said first, then the newest figure as related information.
    missing = now_not_given_line(
        newest.measure or "", relative.period.text, relative.phrase, period_of(newest).text
    )
    partial = _partial(result, newest, missing)
    return Newest(partial, _earlier(index.kb, facts, newest), reading=relative.note)


def _this_year_is_the_sources(fact: Fact, relative: RelativePeriod, question: Question) -> bool:
    """The "this year" asked is the source's, not today's: the fact says that phrase or speaks
    of its own present year ("this academic year"), or the asker dates or quotes the answer."""
    return bool(
        _says_phrase(fact, relative.phrase)
        or _SPEAKS_OF_ITS_OWN_YEAR.search(f"{fact.statement} {fact.quote}")
        or _DATES_AN_ANSWER.search(question.text)
    )


# A figure the source gives for its own present year ("In this academic year alone, ...").
_SPEAKS_OF_ITS_OWN_YEAR = re.compile(r"\bthis (?:academic |financial |school )?year\b", re.I)
# A month and year naming when an answer was given ("feb 2024", "(feb 24)", "January '24"),
_DATES_AN_ANSWER = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*'?(?:20)?\d\d\b"
    # or quotes one ("the improvement plan update says ... this year")
    r"|\b(?:update|answer|reply|plan|statement)\s+(?:says|said)\b",
    re.IGNORECASE,
)


def _says_phrase(fact: Fact, phrase: str) -> bool:
    said = " ".join(words(f"{fact.statement} {fact.quote}"))
    return f" {phrase} " in f" {said} "


# Words asking why something is, not how big it is: a figure does not answer them.
REASON_WORDS = frozenset({"reason", "reasons", "why", "purpose", "rationale"})

PERCENT_WORDS = frozenset({"percent", "percentage", "proportion"})


def _percentage_asked(said: Sequence[str]) -> bool:
    """A word for a percentage that does not follow a number: "the latest % rise", not the
    figure "4.3 percent" the asker states."""
    return any(
        word in PERCENT_WORDS and not (at and _NUMBER.fullmatch(said[at - 1]))
        for at, word in enumerate(said)
    )


_NUMBER = re.compile(r"\d[\d.,]*")


def _gives_kind_asked(question: Question, fact: Fact, claimed_ok: bool = False) -> bool:
    """A question asking for a percentage wants a fact that gives one. `claimed_ok`: the
    question asks what stands now, so a percentage it states ("still about 4%?") is the
    asker's claim, not the kind of figure asked for; only a percentage asked for in words
    ("the latest % rise") is."""
    if PERCENT_WORDS.isdisjoint(question.words):
        return True
    if claimed_ok and not _percentage_asked(question.words):
        return True
    return any(figure.kind is FigureKind.PERCENT for figure in fact.figures)


def _reports_a_figure(fact: Fact) -> bool:
    """A figure about the world, not about the written answer itself (its date, its number)."""
    return fact.measured is not None and "document" not in fact.tags


def _earlier(kb: KnowledgeBase, facts: tuple[Fact, ...], shown: Fact) -> tuple[EarlierFigure, ...]:
    """One figure per other period, newest first, each in the words of its own quote."""
    seen = {(period_of(shown).start, period_of(shown).end)}
    earlier: list[EarlierFigure] = []
    for fact in facts:
        span = (period_of(fact).start, period_of(fact).end)
        if span in seen:
            continue
        found = quoted_figure(fact)  # its qualifier ("over") included
        if found is None:
            continue  # never show a number its quote does not write
        quoted = fragment_around(fact, found)
        value = found.text
        seen.add(span)
        source = kb.source_of(fact)
        same_answer = fact.source_id == shown.source_id
        earlier.append(
            EarlierFigure(
                fact.id,
                value,
                fact.period,
                source.answered,
                same_answer,
                quoted=quoted,
                said_by=source.answered_by.name,
                said_later=source.answered > kb.source_of(shown).answered,
                said_earlier=source.answered < kb.source_of(shown).answered,
                period_said=period_said_apart(fact, quoted) or "",
            )
        )
    return tuple(earlier)


def _with_newer(index: FactIndex, newest: Newest) -> Newest:
    """A period's figure given as the answer ("high needs funding in 2023/24?"), with the
    measure's figures for later periods beside it, so the reply says a newer one exists and
    which period it is for. Unchanged when it lists figures already, or is not an answer."""
    best = newest.result.best
    if not newest.result.answered or best is None or newest.earlier or newest.newer:
        return newest
    facts = measure_table(index).histories.get(best.fact.measure or "")
    if not facts:
        return newest
    shown_ends = period_of(best.fact).end
    later = tuple(item for item in _earlier(index.kb, facts, best.fact) if _ends(item) > shown_ends)
    return replace(newest, newer=later) if later else newest


def _ends(item: EarlierFigure) -> dt.date:
    """The last day of the time a listed figure is for: its period's, else its answer's."""
    span = parse_period(item.period) if item.period else None
    return span.end if span else item.answered


def _writes(quote: str, text: str) -> bool:
    """`quote` holds `text` as a figure of its own: "400" is not the end of "1,400"."""
    return re.search(rf"(?<![\w.,]){re.escape(text)}(?!\w|[.,]\d)", quote) is not None


def _staleness(
    kb: KnowledgeBase, today: dt.date | None, months: int
) -> Callable[[Fact], str | None]:
    """`_stale` for today's date and the age set."""
    return lambda fact: _stale(kb, fact, today, months)


def _stale(kb: KnowledgeBase, fact: Fact, today: dt.date | None, months: int) -> str | None:
    if today is None or not states_a_changing_figure(fact):
        return None
    answered = kb.source_of(fact).answered
    if months_between(answered, today) < months:
        return None
    return (
        f"This is the latest figure in the sources, from an answer given on "
        f"{human_date(answered)} — more than {months} months ago."
    )
