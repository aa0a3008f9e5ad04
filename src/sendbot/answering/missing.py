"""What a fact holds, compared with what a question asks: the one plain sentence saying what the
written answer does not give, or None when the fact answers what was asked. Pure.

What the fact holds is its profile (fact_profile). What a question asks about time (over what
period, on what date) is weighed in asked_when; what it asks of a thing the fact only mentions,
in only_mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from sendbot.answering.addition_not_total import addition_not_total, asks_a_total
from sendbot.answering.answer_parts import AnswerPart, asked_of_answer
from sendbot.answering.asked_address import asks_where_to_read
from sendbot.answering.asked_all_done import asks_whether_all_are_done, every_one_done
from sendbot.answering.asked_contents import asks_what_it_holds, pointer_only
from sendbot.answering.asked_every_year import asks_a_total_across_every_year, every_year_not_given
from sendbot.answering.asked_exact_date import asks_an_exact_date, exact_date_not_given
from sendbot.answering.asked_founder import (
    asks_who_set_it_up,
    says_any_body_set_up,
    says_who_set_it_up,
)
from sendbot.answering.asked_open import asks_whether_open, opening_not_said
from sendbot.answering.asked_participants import asks_who_takes_part, lists_kinds_of_people
from sendbot.answering.asked_purpose import asks_a_purpose
from sendbot.answering.asked_recipients import (
    asks_where_money_goes,
    asks_who_is_reached,
    names_whom_it_reaches,
)
from sendbot.answering.asked_under_way import asks_whether_under_way, under_way_not_said
from sendbot.answering.asked_when import asks_when, not_given
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.before_a_further_sum import (
    asks_before_a_further_sum,
    earlier_money_not_given,
)
from sendbot.answering.compared_years import compares_years
from sendbot.answering.earlier_figure import earlier_not_given
from sendbot.answering.either_side import both_sides_spoken_of, side_named
from sendbot.answering.fact_profile import (
    DEFAULT_PLACE,
    DISTRIBUTIVE,
    DONE_ROLES,
    END_ROLES,
    FLOW_ROLES,
    OPEN_ROLES,
    PLANNED_ROLES,
    ROLE_WORDS,
    START_ROLES,
    FactProfile,
)
from sendbot.answering.figure_span import answers_its_source, answers_its_span, answers_when
from sendbot.answering.fiscal_event import asks_of_a_fiscal_event, other_event_named
from sendbot.answering.intent import FIGURE_ASKED, LISTED, PERCENT_AS_UNIT, Intent
from sendbot.answering.lacking import SOURCE, as_said, said_back, the_figure
from sendbot.answering.live_figure import asks_a_live_figure, live_figure_not_given
from sendbot.answering.normalise import COMMON_WORDS, SMALLTALK, STOPWORDS, stem, words
from sendbot.answering.office_holder import asks_who_holds_an_office, holder_not_named
from sendbot.answering.one_persons_place import asks_for_one
from sendbot.answering.only_mentioned import asks_of_a_thing_it_may_only_mention, only_mentioned
from sendbot.answering.other_kind_named import asks_a_figure_of_one_kind, other_kind_named
from sendbot.answering.owned_figure import asks_a_named_figure
from sendbot.answering.part_of_a_joint_count import asks_places_counted, places_of_one_kind
from sendbot.answering.part_of_a_joint_name import asks_a_sum, sum_of_a_joint_part
from sendbot.answering.part_of_a_told_sum import asks_a_part_of_a_told_sum, whole_not_the_part
from sendbot.answering.period_mismatch import (
    after_its_end,
    asks_from_a_year_on,
    before_its_start,
    has_year,
    last_period_it_speaks_of,
    later_than_its_years,
    missing_period,
    only_compared_with,
    only_past_dates,
    other_period,
    said_number,
    years_before,
)
from sendbot.answering.place_set_aside import only_set_aside
from sendbot.answering.place_takes_part import asks_if_place_takes_part
from sendbot.answering.question import Question, names_a_measure
from sendbot.answering.setting_aside_words import SETTING_ASIDE, either_of
from sendbot.answering.span_mismatch import names_a_span, other_span, set_aside, sets_a_figure_aside
from sendbot.answering.spelt_out import asked_letters, spells_out
from sendbot.answering.sum_not_given import asks_how_much_money, no_sum_given
from sendbot.answering.unsaid_kinds import (
    asked_of_the_answer,
    asks_how_a_formula_works,
    asks_the_cost_of_a_thing_beside,
    asks_what_the_answer_gave,
    asks_who_heads_a_body,
    asks_who_held_an_office_then,
    cost_of_a_thing_beside,
    head_of_a_body,
    how_it_works,
    office_held_then,
)
from sendbot.knowledge.figures import SCALES
from sendbot.knowledge.model import FigureKind

# Python 3.11 reads an enum member (`Intent.COUNT`) through EnumType's __getattr__ hook, some
# fifteen times slower than a global name, and these checks run for every candidate fact of
# every question: the intents they compare with are read once, here.
_AMOUNT = Intent.AMOUNT
_ASKER = Intent.ASKER
_CASE = Intent.CASE
_COST = Intent.COST
_COUNT = Intent.COUNT
_DATE = Intent.DATE
_DEFINITION = Intent.DEFINITION
_DIFFERENCE = Intent.DIFFERENCE
_ELIGIBILITY = Intent.ELIGIBILITY
_END = Intent.END
_JUDGEMENT = Intent.JUDGEMENT
_METHOD = Intent.METHOD
_NAMED_LIST = Intent.NAMED_LIST
_OPINION = Intent.OPINION
_OTHER = Intent.OTHER
_OUTCOME = Intent.OUTCOME
_PAY = Intent.PAY
_PERCENT = Intent.PERCENT
_PERSON = Intent.PERSON
_PLACE = Intent.PLACE
_PREDICTION = Intent.PREDICTION
_REASON = Intent.REASON
_REQUIRED = Intent.REQUIRED
_START = Intent.START

# Counts of people, so that "completed" reads "the number who completed it".
PEOPLE_WORDS = frozenset(
    """people practitioners professionals teachers children pupils students psychologists
    sencos staff trainees young parents families workers places""".split()
)
# Words for anyone at all, and for any area, as the normaliser gives them.
PEOPLE_TERMS = frozenset(
    """people person kid child young pupil student staff worker individual family parent place
    one""".split()
)
# People by their role: counted by a fact that names the role ("SENCO training").
ROLE_TERMS = frozenset(
    """senco teacher practitioner professional psychologist ep trainee ta nurse governor
    head headteacher childminder intern apprentice""".split()
)
AREA_TERMS = frozenset("area council authority la region locality".split())
# What every written answer here is about: the training a fact's curated questions call "SEND
# training" is that, though its own words say only "training".
EVERY_ANSWERS_TOPIC = frozenset({"send", "sen"})
_UNIT_END = frozenset(
    """cost costs to train get receive be is are will would does do did in for from on at of
    by with not between over have has had and or across during""".split()
)


# Kinds of question a place asks a figure of: "how many in Devon" is not answered by a figure
# for every region. (Not asked_measure.FIGURE_INTENTS, which is about the newest figure.)
_LOCAL_FIGURE_INTENTS = FIGURE_ASKED | {_COST, _PAY}
# A question asking whether something reaches everywhere: "every region or just some areas?".
_ASKS_EVERYWHERE = re.compile(r"\b(?:every|everywhere|wherever|all (?:areas|regions)|some areas)\b")


# A figure asked for the whole country: "the total DSG for England", "nationally". (Read only
# of a fact about one area: most facts are England's. "The East of England" is a region.)
_ASKS_NATIONALLY = re.compile(
    r"\b(?:(?:in|for|across|(?<!east )(?<!west )(?<!north )(?<!south )of|throughout) "
    r"(?:the whole of |all of )?england|england wide|"
    r"nationally|national(?:ly)? total|whole country|across the country|country wide)\b"
)


def _reaches_asker(question: Question, fact: FactProfile) -> bool:
    """The fact says it reaches every area, and the question asks whether it reaches the
    asker's own ("near me", "in my region") or every one, not for a figure: "is there one in
    Sheffield?" names a place the fact does not. Or it says what holds for every council or
    local setting, asked of the asker's: "is it the council or the school that's responsible?
    we're in Essex" of "local authorities ... are responsible"."""
    if question.intent in _LOCAL_FIGURE_INTENTS or _WHAT_IT_GETS.search(question.text):
        return False
    if fact.everywhere:
        return question.local or bool(_ASKS_EVERYWHERE.search(question.text))
    # ... though not a count of councils ("a Change Programme made up of 32 local
    # authorities"): that speaks of some of them. "Has my LA had money for it? we're in
    # Sunderland" names the asker's own council, asked of as theirs. (Not of "to benefit every
    # region", above: whether "my council (Leeds)" takes part is not said by that.)
    own_council = bool(question.places) and _ASKERS_COUNCIL.search(question.text) is not None
    return (
        (question.local or own_council)
        and not fact.count_terms & AREA_TERMS
        and bool(_OF_EVERY_COUNCIL.search(fact.text))
    )


# What one gets, asked as "what": "what does our LA get in high needs money", "what did our
# schools get from the rise". A sum or share asked, though no "how much" says so: a fact saying
# money goes to every council reaches the asker's, but gives no figure for it.
_WHAT_IT_GETS = re.compile(
    r"\bwhat (?:do|did|does|will|would|should) (?:\w+ ){1,4}?(?:get|receive|got|be given|"
    r"be getting)\b"
)


# The asker's own council, by whose it is: "my LA", "our local council".
_ASKERS_COUNCIL = re.compile(r"\b(?:my|our) (?:local )?(?:council|la|local authority)\b")


# A fact's own words for what holds in each area: "local authorities are responsible for",
# "new local authority applications", "in their local setting".
_OF_EVERY_COUNCIL = re.compile(
    r"\blocal (?:authorities|settings?)\b|\b(?:all|every|each) (?:councils?|areas?)\b|\bcouncils\b"
)


# Words that say what is to come: a plan, an aim, something expected.
_PLANS = re.compile(
    r"\b(?:will|would|aims? to|aimed at|plans? to|planned|is to|are to|intends? to|"
    r"expected|due to|to test|to pilot|to be)\b"
)


# "which regions does it benefit": the areas it reaches, which "every region" names; but not
# "which regions and when", which asks more than where.
_AREAS = re.compile(r"(?:the )?(?:regions?|areas?|parts? of (?:the country|england))")
_ASKS_MORE = re.compile(r"\b(?:and|or) (?:when|where|how|what|who|why|which)\b")


# The words of asking whether something worked, apart from what it is.
_OUTCOME_WORDS = frozenset(
    """made make makes making difference differences real much work worked working works help
    helped helping helps succeed succeeded success successful effective impact results result
    outcome outcomes improve improved better worse far yet actually really good""".split()
)


def _names_no_topic(question: Question) -> bool:
    return all(
        word in STOPWORDS or word in SMALLTALK or word in _OUTCOME_WORDS for word in question.words
    )


def fits(question: Question, fact: FactProfile) -> bool:
    """The fact gives the kind of detail the question asks for."""
    if question.intent is _PERSON and _founder_not_said(question, fact):
        return False  # "who launched PINS?" is not answered by who evaluates it
    # The fact's flags are read before the question's intent: this runs for most candidates
    # of every question, and most facts have neither flag.
    if fact.percent_only and question.intent is _AMOUNT and not question.change:
        return False  # "how much is the budget?" is not answered by how much it rose
    if fact.states_change and question.intent is _DIFFERENCE and compares_years(question):
        return True  # "how much did it go up in 2024/25 vs 2023/24": the change answers it
    if fact.everywhere and (
        question.intent is _PLACE
        or (
            question.intent is _NAMED_LIST
            and _AREAS.fullmatch(question.subject.lower())
            and not _ASKS_MORE.search(question.text)
        )
    ):
        # "does support depend on where you live", "which regions does it benefit" of "wherever
        # they live", "every region" (not "which regions and when": every region says no when)
        return True
    if question.intent is _NAMED_LIST and _names_the_kinds(question, fact):
        return True
    if question.intent is _DIFFERENCE and both_sides_spoken_of(question.text, fact.own_terms):
        return True  # "what approach is it taking, mainstream vs special" of one naming both
    if question.intent is _COUNT and _all_of_them(question, fact):
        return True
    # (the fact's intents first: asking who said it is read only of a fact that fits no other way)
    return (
        question.intent in fact.intents
        or (
            # "who said EPs play a critical role, and when?": the citation says both
            question.intent in _SAID_BY_INTENTS and asks_who_said(question.text)
        )
        or (
            # "who is it aimed at?" is read as what it is for (REASON); a fact whose quote says
            # whom it reaches gives that, whether or not it states a purpose
            question.intent is _REASON and fact.says_whom and not _WHOM.isdisjoint(question.words)
        )
        or (
            # "who set up the group?" of "the department established the group": which body
            # acted is what was asked, though no person is named
            question.intent is _PERSON
            and asks_who_set_it_up(question.text)
            and says_who_set_it_up(fact.text, question.text)
        )
    )


def _founder_not_said(question: Question, fact: FactProfile) -> bool:
    """ "who launched PINS?", "who set the group up?": which body set it up is what is asked,
    so a fact whose curated phrasings ask who does something else with it ("who is evaluating
    PINS?") does not give it when its words say no body set anything up."""
    return asks_who_set_it_up(question.text) and not says_any_body_set_up(fact.text)


# A "why" question naming whom ("who is it aimed at", "for whom", "who benefits") asks whom it
# serves, which a fact saying whom it reaches gives.
_WHOM = frozenset({"who", "whom"})


# "who said EPs play a critical role, and when (did they say it)?": who gave the written answer
# saying it, and when, as its citation says of any fact quoted from it. Not "who says a child
# gets a place" (who decides), "which minister wrote the reply" (the answer's own part, which
# another fact gives) nor "when did they say the white paper would come out" (when it comes).
_WHO_SAID = re.compile(
    r"\bwho (?:said|announced|stated|claimed)\b"
    r"(?!.*\bwhen (?:it|they|this|that) (?:will|would|is|are)\b)"
)
_AND_WHEN_SAID = re.compile(
    r"\band when\b(?: (?:did (?:they|he|she) (?:say|announce|state) (?:it|that|this)|"
    r"was (?:that|this|it)(?: said)?))?\W*$"
)
_SAID_BY_INTENTS = frozenset({_PERSON, _DATE})


# Read once per question, not once per candidate fact (a few kept, as asking_clauses does).
@lru_cache(maxsize=8)
def asks_who_said(text: str) -> bool:
    """Whether a (folded) question asks who said what it quotes or tells, or who and when:
    what a written answer's citation gives, whatever fact of it is quoted."""
    found = _WHO_SAID.search(text)
    if found is None:
        return False
    # "who said X" asks only who; "who said X, and when?" asks when it was said too
    rest = text[found.end() :]
    return " when " not in f" {rest} " or bool(_AND_WHEN_SAID.search(rest))


# Asking which kinds of partner or member, not the names of each: "which organisations does it
# work with", "which other groups", "what kinds of people" ("which councils", "which parent
# groups" ask names).
_ASKS_KINDS = re.compile(
    r"\b(?:which|what) (?:other )?(?:(?:kinds?|types?|sorts?) of|organisations|organizations|"
    r"groups|bodies|partners|people|professionals)\b"
)
# "which kind of schools is it for": the kind asked of a thing.
_KIND_OF = re.compile(r"\b(?:kinds?|types?|sorts?) of (\w+)")
# Words before a noun that name no kind of it: "the schools", "1680 schools", "new schools".
_NO_KIND = frozenset(
    """the a an of to for and or in on at by with up these those their its our all any some
    more new further additional other such many most""".split()
)


def _names_the_kinds(question: Question, fact: FactProfile) -> bool:
    """The fact gives the kinds a "which ..." question asks for: it lists them ("working with
    local authorities, integrated care boards, ... and professionals" of "which organisations
    does it work with"), or it names a kind of the thing asked ("up to 1680 primary schools"
    of "which kind of schools is PINS for")."""
    if fact.lists and _ASKS_KINDS.search(question.text):
        return True
    kind_of = _KIND_OF.search(question.text)
    if kind_of is None:
        return False
    noun = kind_of[1]
    return any(
        before.isalpha() and before not in _NO_KIND
        for before in re.findall(rf"\b(\w+) {re.escape(noun)}\b", fact.text)
    )


def _subject(question: Question, fallback: str) -> str:
    """What the question asks about, as the sentence says it back (lacking.said_back)."""
    return said_back(_apostrophe_plural(question)) or fallback


def _apostrophe_plural(question: Question) -> str:
    """The subject of a count, plural where it ends in a short form people pluralise with an
    apostrophe ("how many la's", "how many SENCO's"), which reading folds to the singular
    ("la"): a count is of many, so "a number of la" says it back wrongly."""
    subject = question.subject
    head = subject.split()[-1] if subject else ""
    plural = _SHORT_FORM_PLURALS.get(head.lower())
    if question.intent is not _COUNT or plural is None:
        return subject
    return f"{subject[: -len(head)]}{plural}"


_SHORT_FORM_PLURALS = {
    "la": "local authorities",
    "lea": "local education authorities",
    "ep": "EPs",
    "senco": "SENCOs",
    "sendco": "SENDCOs",
    "ehcp": "EHCPs",
    "las": "local authorities",
}


# "what policy options are being tested": the things asked to be named, where no subject is
# read after "which" or "how many".
_WHAT_LISTED = re.compile(r"^what (?:\d+ )?((?:\w+ ){0,2}?" + LISTED + r")\b")


def _listed(question: Question) -> str:
    found = None if question.subject else _WHAT_LISTED.match(question.text.lower())
    listed = said_back(found[1]) if found else None
    return listed or _subject(question, "ones it counts")


# Kinds of question a fact answers only if its figures or curated questions say so; a "why"
# or an unclassified question is left to the confidence model.
STRICT_INTENTS = frozenset(Intent) - {_REASON, _OTHER}


class AskedTerms(NamedTuple):
    """What the question says it asks about, as terms, the same for every fact asked of:
    `scoring.asked_terms` reads them."""

    kinds: tuple[tuple[str, str], ...]  # (term, as asked): "SEND training" must be SEND's
    subject_terms: frozenset[str]  # what a count is of: "places", "teachers"
    possessed_terms: frozenset[str]  # what the asker says someone has
    subgroup_terms: frozenset[str]  # "were girls": the part of a group asked about
    measure_terms: frozenset[str]  # "improve attendance": an outcome's measure
    share_terms: frozenset[str]  # "goes to special schools": where a share goes
    lacked_terms: frozenset[str]  # what the asker says someone has not

    def taking_as_given(self, named: frozenset[str]) -> AskedTerms:
        """The terms but those in `named`, which are taken as given."""
        return AskedTerms(
            tuple((term, phrase) for term, phrase in self.kinds if term not in named),
            self.subject_terms - named,
            self.possessed_terms - named,
            self.subgroup_terms - named,
            self.measure_terms - named,
            self.share_terms - named,
            self.lacked_terms - named,
        )


def what_is_missing(
    question: Question, fact: FactProfile, fact_terms: frozenset[str], terms: AskedTerms
) -> str | None:
    """One plain sentence naming what the question asks and the fact does not give.

    Each check gives its sentence or None, and the first sentence found is the one said: the
    order of `CHECKS` (at the end of this module) is part of the answer ("how many in Devon in
    2019?" is told about Devon before the year). `terms` are made once by the caller (the
    matcher makes them once for a ranking and asks of every candidate with them)."""
    if fact.gives_address and asks_where_to_read(question.text):
        return None  # the address is where to read it; what the title names is not asked
    for check in _checks_for(question, terms):
        said = check(question, fact, fact_terms, terms)
        if said:
            return said
    return None


Gate = Callable[[Question, AskedTerms], object]
Check = Callable[[Question, FactProfile, frozenset[str], AskedTerms], str | None]

# The checks that can fire for the last few questions: one question's candidates are read one
# after another, with at most a few other questions (its rewordings) read between them.
_QUESTIONS_KEPT = 4
_kept: list[tuple[Question, AskedTerms, tuple[Check, ...]]] = []


def _checks_for(question: Question, terms: AskedTerms) -> tuple[Check, ...]:
    """The checks whose gates `question` opens with `terms`. (The same question object with
    equal terms: a rewording is another question.)"""
    for kept_question, kept_terms, checks in _kept:
        if kept_question is question and kept_terms == terms:
            return checks
    checks = tuple(check for gate, check in CHECKS if gate(question, terms))
    _kept.insert(0, (question, terms, checks))
    del _kept[_QUESTIONS_KEPT:]
    return checks


def _missing_place(question: Question, fact: FactProfile) -> str | None:
    """A place other than the fact's: "how many in Devon?" of a figure for England, "the total
    for England" of one area's, "is there one near me?" of England as a whole."""
    if (
        question.places
        and not any(_covers(fact, place) for place in question.places)
        and not _reaches_asker(question, fact)
        # "will there be sessions outside London?" of sessions "in every region": everywhere
        # else is asked, and given
        and not (fact.everywhere and only_set_aside(question.text, question.places))
    ):
        # (one place the fact covers, the others are where in it the asker is: "i'm in
        # warwickshire (rugby) - how much did our high needs block go up by?")
        member = asks_if_place_takes_part(question.text, question.places)
        if member:
            # "is Leeds in the pilot?" asks no figure: what is not said is whether it is in it
            return f"{SOURCE} doesn't say whether {member} takes part."
        named = " or ".join(question.places)
        return f"{SOURCE} gives figures for {fact.place} as a whole, not for {named}."
    if (
        fact.place != DEFAULT_PLACE
        and not question.places
        and _ASKS_NATIONALLY.search(question.text)
    ):
        return f"{SOURCE} gives figures for {fact.place}, not for {DEFAULT_PLACE} as a whole."
    if question.local and fact.place == DEFAULT_PLACE and not _reaches_asker(question, fact):
        return f"{SOURCE} speaks for {fact.place} as a whole, not for any one area or council."
    if (
        question.local
        and fact.place != DEFAULT_PLACE
        and not question.places
        and (question.intent in _LOCAL_FIGURE_INTENTS or question.intent is _OTHER)
        and fact.place.lower() not in question.text.lower()
    ):
        # "how much does my local authority get?" of Warwickshire's allocation: the asker's
        # own council, unnamed, may be any council; one council's figure is not its answer.
        # (A place the question names in words the place list lacks is the asker's own.)
        return f"{SOURCE} gives figures for {fact.place} only, not for any other council."
    if (
        fact.place != DEFAULT_PLACE
        and (question.intent in _LOCAL_FIGURE_INTENTS or question.intent is _OTHER)
        and _ASKS_EVERY_AREA.search(question.text)
    ):
        # "what's every council's allocation, not just Warwickshire's?" of Warwickshire's (a
        # figure asked: "how is each council's allocation worked out" asks how, for all)
        return f"{SOURCE} gives figures for {fact.place} only, not for every area."
    return None


# Every area's figure, or the other areas': "each LA's allocation", "what about other councils".
_ASKS_EVERY_AREA = re.compile(
    r"\b(?:every|each|all|all the|other) (?:las?|local authorit(?:y|ies)|councils?|areas?|"
    r"regions?)\b"
)


def _names_its_answers_topic(question: Question, fact: FactProfile, year: str) -> bool:
    """'what does the spring budget 2024 mean for earlier bids?' of a fact that says "the Spring
    Budget announcement means ...", gives no time of its own, and is in the written answer on
    the Spring Budget 2024: the year is part of the name the fact says, not a period it would
    have to give a figure for. Only when the asking clauses name it: "the spring budget 2024
    said 15 schools, but did the dfe get lots of bids?" asks of the bids, not of the budget."""
    if fact.gives_a_time or not fact.named_years:
        return False
    said, own = f" {' '.join(words(asking_text(question.text)))} ", f" {fact.text} "
    return any(
        name.endswith(f" {year}") and f" {name} " in said and f" {name[: -len(year) - 1]} " in own
        for name in fact.named_years
    )


def _missing_year_or_period(
    question: Question, fact: FactProfile, fact_terms: frozenset[str]
) -> str | None:
    """A year or period the fact's figure is not for: "how many in 2019?", "since 2010",
    "what happens after March 2025?". Not when the question checks the span of a figure the
    fact gives, which its words say ("is the 15 in 2024 or in the academic year?")."""
    if answers_its_span(question.text, fact):
        return None
    if question.years:
        years = [
            year
            for year in question.years
            if (not has_year(fact_terms, year) or _only_its_answers_year(question, fact, year))
            and year not in fact.period_years
            # "was it published in 2022?" checks a date the fact gives: the fact answers it.
            and not (question.checking and "_" not in year and fact.dated)
            and not _names_its_answers_topic(question, fact, year)
            and not _its_now_against_its_base(question, fact, year)
            and not _year_it_was_said(question, fact, year)
        ]
        if years:
            return f"{SOURCE} doesn't give a figure for {' or '.join(map(said_number, years))}."
        compared = only_compared_with(question, fact)
        if compared:
            said = said_number(compared)
            return (
                f"{SOURCE} gives {said} only as the year it compares with, not a figure for {said}."
            )
    later = later_than_its_years(question, fact)
    if later:
        return f"{SOURCE} doesn't give a figure for {said_number(later)} or later."
    if question.period and other_period(question, fact):
        return missing_period(str(question.period), fact)
    span = other_span(question, fact)
    if span:
        return span
    last = last_period_it_speaks_of(question, fact)
    if last:
        return f"{SOURCE} speaks of {last}, not what happens after it."
    earlier = years_before(question, fact) if question.period and fact.own_years else None
    if earlier:
        return earlier
    after = (
        after_its_end(question, fact)
        if fact.dates and not _AFTER_WORDS.isdisjoint(question.words)
        else None
    )
    if (
        after is None
        and fact.dates
        and question.intent is not _CASE  # one person's case: its own sentence says more
        and _AFTER_IT_ENDS.search(question.text)
    ):
        # "will it be rolled out everywhere after it ends?" of a pilot "until March 2025"
        after = next((day for role, day in fact.dates if role in END_ROLES), None)
    if after and " " in after:  # "March 2025": the date it runs until
        return f"{SOURCE} gives when it runs until ({after}), not what happens after that."
    if after:
        return f"{SOURCE} speaks of the years up to {after}, not after {after}."
    before = before_its_start(question, fact) if fact.dates and "before" in question.words else None
    if before:
        return f"{SOURCE} gives {the_figure(fact)}, not before {before}."
    return None


def _its_now_against_its_base(question: Question, fact: FactProfile, year: str) -> bool:
    """'how many more pupils were in special schools in 2023 than in 2017' of "over 50,000 more
    pupils ... compared to 2017", said in June 2023 with no period of its own: the change it
    states runs from the year the question compares with to the written answer's own time,
    which is the other year asked."""
    return (
        year == str(fact.as_of_year)
        and not fact.own_years
        and not fact.period_years
        and any(base in fact.base_years for base in question.years if base != year)
    )


def _only_its_answers_year(question: Question, fact: FactProfile, year: str) -> bool:
    """'how many EPs were trained in 2023' of "a further 400 educational psychologists from
    2024", given in November 2023: the year asked is the year of the written answer (its
    curated questions name "the november 2023 answer"), while the fact's own figures are for
    another year. Not when the question asks what was said or announced then."""
    return (
        year == str(fact.as_of_year)
        and bool(fact.own_years)
        and not any(own.startswith(year) for own in fact.own_years | fact.base_years)
        and not has_year(fact.own_terms, year)
        and _SAID_WORDS.isdisjoint(question.words)
    )


def _year_it_was_said(question: Question, fact: FactProfile, year: str) -> bool:
    """'did they call high needs funding unprecedented in 2023?' of a fact said in 2023 that
    gives no year of its own, or 'who delivers the training in the 2024 answer': the year is
    when the written answer was given, which names it, not a period its figure must be for.
    Not when a count, sum or share is asked ("how many opened in 2023"): that asks for the
    figure of the year, which a figure said then need not be."""
    if year != str(fact.as_of_year):
        return False
    if re.search(rf"\b{year} (?:\w+ ){{0,2}}?{_NAMES_AN_ANSWER}\b", question.text):
        return True
    # ("in 2023", not "the spring budget 2024", a name; nor "what did they say in 2023", which
    # the words the fact is known by must date, see `_only_its_answers_year`)
    # ... and only when what the year dates is the department's own words ("did they call it
    # unprecedented in 2023", "in 2023 did the minister accept demand had grown"), not an event
    # the fact would have to date ("were bids turned down in 2024 looked at again?")
    return (
        not fact.own_years
        and question.intent not in FIGURE_ASKED
        and _SAID_WORDS.isdisjoint(question.words)
        and not _WORDS_OF_THE_ANSWER.isdisjoint(question.words)
        and re.search(rf"\bin {year}\b", question.text) is not None
    )


# Verbs for what a written answer does with words, other than saying (see `_SAID_WORDS`).
_WORDS_OF_THE_ANSWER = frozenset(
    """call called calls calling describe described describes admit admitted admits accept
    accepted accepts acknowledge acknowledged acknowledges claim claimed claims label labelled
    labeled""".split()
)


# What names a written answer after its year: "the 2024 progress answer", "the 2023 pq".
_NAMES_AN_ANSWER = r"(?:answer|answers|reply|replies|response|update|question|pq|wpq)"


# Words asking what was said, announced or planned at a time, which a written answer of that
# year gives whatever its figures are for.
_SAID_WORDS = frozenset(
    """say said says announce announced announces confirm confirmed promise promised pledge
    pledged plan planned plans commit committed answer answered reply replied state stated
    told tell""".split()
)


# What comes once something has ended: "after it ends", "once the pilot finishes".
_AFTER_IT_ENDS = re.compile(
    r"\b(?:after|once) (?:it|they|this|that|the (?:\w+ ){0,3}?\w+) (?:ends|has ended|finishes|"
    r"has finished|closes|runs out|has run out|expires|stops|is over|comes to an end)\b"
    # ... or kept going past it: "will it carry on after the pilot", "continue beyond the trial"
    r"|\b(?:carry on|carried on|continue|continued|keep going|kept going|keep running|be kept|"
    r"stay|remain) (?:\w+ ){0,3}?(?:after|beyond|past) (?:the |this |that )?"
    r"(?:pilot|trial|programme|scheme|funding)\b"
)
# A question's words asking what is to come, or when, or the newest word: "will it show what
# works", "when are the findings due", "what is it meant to achieve", "where are things with
# it now, any results yet?" (which the findings expected answer).
_ASKED_AHEAD = re.compile(
    r"\b(?:will|would|going to|gonna|expected|expect|due|when|plan|plans|planned|aim|aims|"
    r"meant to|supposed to|intended|hoped|hope|should|now|latest|update|updates|progress|"
    r"status|news|yet|at the moment|currently)\b"
)
# Asked of what was done by now, in the past tense: "what did the evaluation conclude", "did
# the pilot work", "what has the review found" (not "does the evaluation check whether it
# improved things", which asks what it looks at, nor "pins interim findings?").
_ASKED_DONE = re.compile(r"^(?:(?:so|and|but|ok) )?(?:what (?:\w+ ){0,2}?)?(?:did|has|have)\b")


def _missing_results(question: Question, fact: FactProfile) -> str | None:
    """Results or findings asked of a fact that reports none: "has it made a difference?",
    "what did the evaluation find?", "is there a final report?"."""
    if question.intent is _OUTCOME and _names_no_topic(question):
        # "has it made a difference?": whatever a fact reports reached or done, nothing in the
        # question says it is the "it" asked about
        return _missing_detail(question, fact)
    if question.findings and not fact.reports_results:
        if _PLANS.search(fact.text):
            return (
                f"{SOURCE} doesn't report results or findings; it says what is planned or expected."
            )
        # "23 inspection reports have been published", "100,000 have undertaken it": done,
        # though what came of it is not said
        return f"{SOURCE} doesn't report results or findings; it says what has been done."
    if question.stage and fact.stage:
        return f"{SOURCE} speaks of {fact.stage} findings, not a {question.stage} report."
    if (
        "assessment" in question.words
        and _ASKS_AN_ASSESSMENT.search(question.text)
        and not _ASSESSES.search(fact.text)
    ):
        return f"{SOURCE} doesn't give the department's assessment of that."
    return None


def _no_effect_said(fact: FactProfile) -> str:
    """What the source lacks, of a question asking what difference something made."""
    if fact.main_kind is FigureKind.COUNT:
        return f"{SOURCE} gives {the_figure(fact)}, not what difference it has made."
    if _PLANS.search(fact.text):
        return f"{SOURCE} doesn't say what difference it has made; it says what is planned."
    return f"{SOURCE} doesn't say what difference it has made; it says what has been done."


_POINTED_SENTENCES = {
    "where": f"{SOURCE} says where it is published, not what it says.",
    "when": f"{SOURCE} says when it is expected, not what it shows.",
    "asked": f"{SOURCE} says what was asked for, not the figures given.",
}


def _missing_contents(question: Question, fact: FactProfile) -> str | None:
    """What a document says, asked of a fact giving no figure that only points to it: "what
    does the contracts finder notice say" of "further information is available on Contracts
    Finder"."""
    if fact.main_kind is not None or not asks_what_it_holds(question.text):
        return None
    pointer = pointer_only(fact.text)
    return _POINTED_SENTENCES[pointer] if pointer else None


# "what assessment has the dfe made of EP value for money", "dfe's assessment of it": the
# department's own judgement of something, which only a fact saying it assessed it, or what it
# expects ("expected to continue to increase based on current trends"), gives (an EP's
# assessment of a child is not asked).
_ASSESSES = re.compile(r"\b(?:assess\w*|expect\w*|forecast\w*|trends?|likely|projected)\b")
_ASKS_AN_ASSESSMENT = re.compile(
    r"\bwhat assessment (?:has|have|did|had) (?:\w+ ){0,3}?(?:made|make|done|carried out)\b|"
    r"\b(?:dfe|department|government|govt|minister|ministers)s? (?:own |actual )?assessment of\b|"
    # "dfe's value-for-money assessment of EPs", "the department's own VfM assessment"
    r"\b(?:dfe|department|government|govt|minister|ministers)s? (?:\w+ ){0,4}?assessment\b|"
    r"\bvalue for money assessment\b"
)


# An office as someone held it before: "the former minister for school standards".
_A_FORMER_ROLE = re.compile(
    r"\b(?:former|previous|ex|old) (?:\w+ ){0,2}?(?:minister|secretary|mp|member|chair|"
    r"director|commissioner|head)\b"
)


# "who is the secretary of state the question was addressed to": a person by the office the
# question was put to, which the department's record does not name.
_OFFICE_PUT_TO = re.compile(r"\b(?:secretary of state|sec of state|education secretary)\b")
_THE_ANSWER_ITSELF = frozenset("answer answers reply response question pq wpq".split())
# "who wrote the IFS report", "who carried out the review": the authors of a document the answer
# speaks of, not of the answer itself ("who wrote this answer" is who answered).
_WROTE_ANOTHER = re.compile(
    r"\bwho (?:actually )?(?:wrote|writes|authored|produced|did|carried out|conducted) "
    r"(?:the |that |this )?(?P<document>(?:\w+ ){0,4}?(?:report|review|study|research|paper|"
    r"analysis|survey))\b"
)


def office_not_named(question: Question, fact: FactProfile) -> str | None:
    """A record of a written answer's part (who answered, which department) given for a person
    it does not name: the Secretary of State the question was put to, of the department; an
    earlier holder of an office, of who answered. None when the record names the one asked."""
    held_then = office_held_then(question, fact)  # "who was PM when ...", asked as a date
    if held_then is not None:
        return held_then
    if question.intent is not _PERSON:
        return None
    if fact.answer_part is AnswerPart.DEPARTMENT and _OFFICE_PUT_TO.search(question.text):
        return (
            f"{SOURCE} gives the department the question was put to, not the name of the "
            "Secretary of State."
        )
    wrote = _WROTE_ANOTHER.search(question.text)
    if (
        fact.answer_part is AnswerPart.ANSWERER
        and wrote is not None
        and _THE_ANSWER_ITSELF.isdisjoint(wrote["document"].split())
    ):
        document = " ".join(question.written.get(word, word) for word in wrote["document"].split())
        return f"{SOURCE} gives who answered, not who wrote the {document}."
    if (
        fact.answer_part is AnswerPart.ANSWERER
        and _A_FORMER_ROLE.search(question.text)
        and not _A_FORMER_ROLE.search(fact.text)
    ):
        # "who was the former minister for school standards in the nov 2025 answer", of who
        # answered it: the one holding the office then is not the one who held it before
        return f"{SOURCE} gives who answered, not who held the earlier office it mentions."
    # "who is the secretary of state Georgia Gould refers to", of her own record
    return holder_not_named(question, fact)


def _missing_names(question: Question, fact: FactProfile) -> str | None:
    """Names or places the fact does not give, and an asker's answer on another topic: "who
    is doing the PINS evaluation?", "which councils?", "where are they?"."""
    if (
        question.intent is _PERSON
        and _WHO_CARRIES_OUT.search(question.text)
        and (
            not (gives_names(question, fact) or _says_by_whom(question, fact))
            or _person_within(question, fact)
        )
    ):
        # "who is doing the PINS evaluation?" of a fact saying only that one is under way.
        within = _WHO_RIGHT_AT.search(question.text)
        if within is not None:  # "who at ofsted leads them": the body is the asker's own word
            return f"{SOURCE} doesn't name anyone at {question.written.get(within[1], within[1])}."
        return f"{SOURCE} doesn't say {_who_does_it(question)}."
    office = office_not_named(question, fact) if fact.answer_part else None
    if office:
        return office
    if (
        question.wants == "names"
        and question.intent in NAME_INTENTS
        and (
            not gives_names(question, fact)
            or (
                question.intent is _NAMED_LIST
                and not _names_beside_the_one_asked_of(question, fact)
            )
        )
    ):
        named = said_back(question.subject)
        return f"{SOURCE} doesn't name the {named}." if named else f"{SOURCE} doesn't give names."
    if question.about and fact.names_asker and not _about_it(question.about, fact.text):
        # (an answer that names no asker at all says nothing of who asked: see below)
        topic = " ".join(question.written.get(word, word) for word in question.about)
        return f"{SOURCE} that names this asker is about another topic, not {topic}."
    if (
        question.wants == "places"
        and question.intent in PLACE_INTENTS
        and not fact.places
        and fact.place == DEFAULT_PLACE
        # "where are they going? the names of the areas please": the names, see _missing_list
        and not _asks_the_names(question)
    ):
        return f"{SOURCE} doesn't say where; it names no places."
    return None


def _missing_with_or_without(
    question: Question,
    fact: FactProfile,
    fact_terms: frozenset[str],
    possessed_terms: frozenset[str],
    lacked_terms: frozenset[str],
) -> str | None:
    """A fact about those without something, asked of those with it, or the other way round:
    "what's there for my son, who has an EHC plan?", "what's there for 16-24s with no EHC
    plan?"; or one that never speaks of it, asked of those without it ("which councils are in
    the pilot for young people without an EHCP", of grants to every council)."""
    if fact.without_terms and fact.without_terms <= possessed_terms and not question.negated:
        return f"{SOURCE} is about {fact.without}; it doesn't say what applies with one."
    if not lacked_terms:
        return None  # most questions
    if lacked_terms <= fact.with_terms and not lacked_terms & fact.without_terms:
        # "what's there for 16-24s with no EHC plan": not a fact about those with one.
        return f"{SOURCE} is about {fact.with_}; it doesn't say what applies without one."
    if (
        # (a fact about those without anything may say it in other words: "without a plan" of
        # "without an Education, Health and Care plan")
        not fact.without_terms
        and lacked_terms.isdisjoint(fact_terms)
        and all(lacked in _PROVISION_LACKED for lacked in question.lacked)
        # which ones or how many of them are asked, not what the asker's story tells ("my son
        # is dyslexic, no EHCP. who decides how the school spends its money")
        and (question.intent is _NAMED_LIST or question.intent in FIGURE_ASKED)
    ):
        named = " or ".join(question.written.get(word, word) for word in question.lacked)
        return f"{SOURCE} doesn't speak of those without {_an(named)}."
    return None


# What a child may be without that decides which support applies ("no idea", "no matter where"
# are not).
_PROVISION_LACKED = frozenset(
    {"ehcp", "ehcps", "ehc plan", "ehc plans", "plan", "plans", "diagnosis", "statement"}
)


def _an(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _missing_those_with(
    question: Question, fact_terms: frozenset[str], possessed_terms: frozenset[str]
) -> str | None:
    """A count of those with something the fact does not name: "how many kids with SEMH needs
    are in special schools", "how many special school pupils have an EHCP", of a count of all
    pupils in special schools."""
    if question.intent not in (_COUNT, _PERCENT) or not possessed_terms or question.negated:
        return None  # most questions
    if possessed_terms & fact_terms:
        return None
    had = _had(question.text, question.possessed)
    if not had:
        return None
    named = " or ".join(question.written.get(word, word) for word in had)
    return f"{SOURCE} doesn't count those with {named}."


# The counted, then what they have: "how many kids with", "how many pupils have an", "what
# share of children with" (not "has an EHCP, how many places ...", the asker's story).
_COUNTED_WITH = (
    r"\b(?:how many|(?:what|which) (?:share|percentage|proportion|percent) of) (?:\w+ ){1,3}?"
    r"(?:with|(?:have|has|got) an?) "
)


@lru_cache(maxsize=8)
def _had(text: str, possessed: tuple[str, ...]) -> tuple[str, ...]:
    """The things the question says those counted have, named as nouns ("kids with SEMH
    needs", "pupils have an EHCP"; not "have opened"), other than what every answer is about
    (SEND)."""
    return tuple(
        word
        for word in possessed
        if word not in EVERY_ANSWERS_TOPIC
        and not word.endswith("ly")  # "have a fully trained SENCO": how, not what they have
        and re.search(rf"{_COUNTED_WITH}{re.escape(word)}\b", text)
    )


def _missing_kind_of_detail(
    question: Question, fact: FactProfile, subject_terms: frozenset[str]
) -> str | None:
    """The kind of detail asked is not one the fact gives: "how many?" of a fact with no
    count, "the closing date for applying" of when a programme ends."""
    if question.intent is _ELIGIBILITY and fact.whom_only and asks_for_one(question.text):
        # "my daughter has no EHCP, is she eligible for the pilot", of a fact saying whom the
        # pilot is for: that much is given, one young person's place is not
        return f"{SOURCE} says whom it is for, not whether any one person can take part."
    if (
        question.intent in STRICT_INTENTS
        and not fits(question, fact)
        and not _describes(question, fact, subject_terms)
        # "what's Kent's uplift" of a fact giving Kent's uplift: the sum is what is asked
        and not (
            question.intent is _DEFINITION and asks_a_named_figure(question, fact, subject_terms)
        )
        and not _time_or_source_given(question, fact)
        and not _reached_given(question, fact)
        # "who is involved in the engagement?" of a fact listing the kinds of people who are
        and not (
            question.intent is _PERSON
            and asks_who_takes_part(question.text)
            and lists_kinds_of_people(fact.text)
        )
        # "could my kid's secondary be in it or is it only primaries?" of "up to 1680 primary
        # schools": the quote says which side, for every child's school
        and not (question.intent in _ONES_OWN and side_named(question.text, fact.own_terms))
    ):
        split = _missing_breakdown(question, fact) if question.intent in _SPLIT_MISREAD else None
        return split or _missing_detail(question, fact)
    if question.intent is _REASON and asks_a_purpose(question) and not fits(question, fact):
        # "what is the taskforce meant to do", of a fact saying only how long it runs: the
        # words asking a purpose are read as the intent, so the fact must state one
        return f"{SOURCE} doesn't say what it is meant to do."
    if (
        question.intent is _END
        and _TO_APPLY.search(question.text)
        and not _APPLYING.search(fact.text)
    ):
        # "the closing date for applying", of a programme's end: when it runs until is not
        # when applications close
        return f"{SOURCE} doesn't give a deadline to apply or sign up."
    return None


# "since when", "compared with what year": the time a change is counted from.
_ASKS_SINCE_WHEN = re.compile(
    r"\b(?:since|from|compared (?:to|with)|up on) (?:when|what year|which year|what date)\b"
)

# A change's own words for the year it is counted from: "since 2015/16", "from 2019/20" (years
# folded as "2015_16").
_COUNTED_FROM = re.compile(r"\b(?:since|from) (?:the )?\d{4}(?:_\d{2})?\b")


# Intents a request for a split is read as by its other words: "can I get the £10.5bn broken
# down by local authority" asks for no one's case, "how many of the places are primary versus
# secondary" for no explanation of a difference. The split not given is what is said.
_SPLIT_MISREAD = frozenset({_CASE, _DIFFERENCE})


# Asked of one person's or place's own case: "could my kid's school be in it", "can my
# daughter's secondary take part".
_ONES_OWN = frozenset({_CASE, _ELIGIBILITY})


def _time_or_source_given(question: Question, fact: FactProfile) -> bool:
    """'15 special schools opened?? when' of the 15 opened "this academic year"; '1500 new
    places - where does that number come from?' of the fact giving them (`figure_span`); 'up
    60% since when?' of a rise its own words count from a year ("from the 2019/20
    allocations")."""
    if question.intent is _DATE:
        return answers_when(question.text, fact)
    if question.intent is _START:
        return (
            fact.states_change
            and _ASKS_SINCE_WHEN.search(question.text) is not None
            and (bool(fact.base_years) or _COUNTED_FROM.search(fact.text) is not None)
        )
    return question.intent is _METHOD and answers_its_source(question.text, fact)


def _reached_given(question: Question, fact: FactProfile) -> bool:
    """'who got the grant?', 'who does the programme help?', 'where does the money go?' of a
    fact naming whom it reaches ("supported all local authorities", "allocated to local
    authorities"): the people or bodies asked for, though no one's name and no place."""
    asked = (question.intent is _PERSON and asks_who_is_reached(question.text)) or (
        question.intent is _PLACE and asks_where_money_goes(question.text)
    )
    return asked and names_whom_it_reaches(fact.text)


def _missing_list(question: Question, fact: FactProfile) -> str | None:
    """Which ones, asked of a fact that does not list them all: "which areas will the 15
    schools go in?", "which councils are in the change programme?"."""
    if _asks_the_names(question) and _STILL_TO_COME.search(fact.text):
        # "which areas will the 15 schools go in", "where are they going? names of the areas",
        # of "an announcement on the location of these schools will be made by May 2024": when
        # they will be named, not the names (which a bare "where are they going?" may be
        # answered by: not yet known)
        return f"{SOURCE} says they are still to be announced; it doesn't name them."
    if (
        (question.intent is _NAMED_LIST and "which" in question.words)
        or _asks_the_other_ones(question.text)
    ) and names_an_example(fact):
        # "which councils are in the change programme apart from Bedford", of "the Change
        # Programme authorities, including Bedford": an example, not the list
        return f"{SOURCE} names only some of them, as examples; it doesn't list them all."
    besides = _named_besides(question.text)
    if besides and _leads_it(fact.text, besides):
        # "who else is in the internships work consortium apart from NDTi", of "the Internships
        # Work consortium, led by the National Development Team for Inclusion": the one leading
        # it is all the fact names
        return f"{SOURCE} names only who leads it, not the others."
    return None


# "who else is in it apart from NDTi", "which orgs are in it besides X": the others, past the
# one named.
_BESIDES_WORDS = (*SETTING_ASIDE, "aside from")
_BESIDES = re.compile(
    r"^(?:who else|(?:which|what) (?:other )?\w+|who) (?:\w+ ){1,8}?"
    rf"{either_of(_BESIDES_WORDS)} (?:the )?(\w+)"
)
_LED_BY = re.compile(r"\bled by (?:the )?((?:\w+ ){0,6}\w+)")


@lru_cache(maxsize=8)
def _named_besides(text: str) -> str | None:
    """The one a question asking for the others names ("NDTi"), or None."""
    if not any(said in text for said in _BESIDES_WORDS):
        return None  # most questions
    found = _BESIDES.search(text)
    return found[1] if found else None


def _leads_it(fact_text: str, named: str) -> bool:
    """The fact says the one named leads it, by name or by its initials ("NDTi" of "National
    Development Team for Inclusion"), and names no other member."""
    found = _LED_BY.search(fact_text)
    if found is None:
        return False
    if named in _THE_LEADER:
        return True  # "apart from the lead": whoever the fact says leads it
    leader = [word for word in found[1].split() if word not in STOPWORDS]
    initials = "".join(word[0] for word in leader)
    return named in leader or (len(named) > 1 and initials.startswith(named))


# The one leading a group, named by that role: "who else is in it apart from the lead".
_THE_LEADER = frozenset("lead leader leaders leading".split())


def _asks_the_names(question: Question) -> bool:
    """Which ones by name: "which areas ...?", "where are they? names of the areas pls",
    "where exactly are they going? list them"."""
    if question.intent is _NAMED_LIST:
        return "which" in question.words or bool(_AREAS.fullmatch(question.subject.lower()))
    return question.wants == "names"


# "what are the other partnerships besides Bedford", "the rest of the councils apart from
# Bedford": the ones a fact naming one as an example does not list.
_THE_OTHER_ONES = re.compile(
    r"\b(?:what|which|who) (?:are|were|r) the (?:other|rest)(?: \w+){0,6}? "
    rf"{either_of((*SETTING_ASIDE, 'as well as', 'beyond'))}\b"
)


def _asks_the_other_ones(text: str) -> bool:
    """`_THE_OTHER_ONES` is in the question. This is read for every candidate fact: the words
    it cannot match without are looked for first, and most questions have neither."""
    return (" the other" in text or " the rest" in text) and bool(_THE_OTHER_ONES.search(text))


def _included(question: Question) -> tuple[str, ...]:
    """What a total is asked to include: ("health", "and", "social", "care") of "the total
    spend including health and social care"; () when it names nothing so."""
    words = question.words
    if "total" not in words and question.intent not in FIGURE_ASKED:
        return ()
    for at, word in enumerate(words):
        if word in _INCLUDES:
            named: list[str] = []
            for following in words[at + 1 : at + 1 + _MOST_INCLUDED]:
                if following in STOPWORDS and following != "and":
                    break
                named.append(following)
            while named and named[-1] == "and":
                named.pop()
            return tuple(named) if any(w != "and" for w in named) else ()
    return ()


def _names_none(said: Sequence[str], fact_terms: frozenset[str]) -> bool:
    """None of the words said, nor two of them as one term ("high_need"), is the fact's."""
    stems = [stem(word) for word in said if word != "and"]
    pairs = (f"{first}_{second}" for first, second in pairwise(stems))
    return not any(term in fact_terms for term in (*stems, *pairs))


# "the total including health and social care" ("plus" joins two things asked of together:
# "mainstream plus high needs").
_INCLUDES = frozenset({"including", "incl"})
_MOST_INCLUDED = 4


def _missing_figure(
    question: Question, fact: FactProfile, fact_terms: frozenset[str]
) -> str | None:
    """A figure asked for that the fact does not give as one: "the budget for alternative
    provision on its own?", "do parents have to pay?", "what's the change programme budget?",
    "what percentage are in special schools?"."""
    if " and " in fact.main_label and _asks_on_its_own(question.words):
        # "total budget for alternative provision on its own?", of the funding backing the
        # "SEND and AP Improvement Plan": one figure for both
        return f"{SOURCE} gives {the_figure(fact)} as one figure, not a separate one for each part."
    if (
        not _INFLATION_WORDS.isdisjoint(question.words)
        and asks_real_terms(question.text)
        and not asks_real_terms(fact.text)
    ):
        return (
            f"{SOURCE} doesn't say whether {the_figure(fact)} is in real terms (after "
            "inflation) or in cash terms."
        )
    beyond = None if question.checking else beyond_its_figure(question, fact_terms)
    if beyond:
        # "the change programme is £70m but what's the total for all the reforms put
        # together", "spent before this extra £21 million": the fact's own figure is quoted,
        # and a wider or earlier one asked for
        return f"{SOURCE} gives {the_figure(fact)}, not {beyond}."
    included = _included(question)
    if included and _names_none(included, fact_terms):
        # "the total SEND spend including health and social care", of a figure for the SEND
        # and AP plan alone (not "the schools budget incl high needs" of one naming high needs)
        named = " ".join(question.written.get(word, word) for word in included)
        return f"{SOURCE} doesn't give a figure including {named}."
    if (
        question.intent is _COST
        and _FAMILY_PAYS.search(question.text)
        and not _FAMILIES.search(fact.text)
    ):
        # "do parents have to pay for an EP assessment", of a fact saying employers decide
        # what they can afford: who pays in a council is not what a family pays
        return f"{SOURCE} doesn't say what families pay."
    if (
        question.words[-1:] == ("budget",)
        and not fact.gives_money
        and question.intent in (_OTHER, _AMOUNT)
        and _WHAT_IS.match(question.text)
        # "what's the five year rise in the high needs budget": the rise, which a percentage
        # rise gives, not the budget
        and not (question.change and fact.states_change)
    ):
        # "what's Bedford's change programme budget", of a fact dating its launch: a sum of
        # money asked for without "how much" (its intent is left as it is: "what's the schools
        # budget these days" is the newest figure's to answer)
        return f"{SOURCE} doesn't give an amount for that."
    if (
        question.intent is _OTHER
        and fact.main_kind is None
        and not _FIGURES_ASKED.isdisjoint(question.words)
        and _ASKS_THE_FIGURES.search(question.text)
        and not _COLLECTING.search(question.text)
    ):
        # "what numbers did the capacity survey give for forecast demand", of a fact saying
        # only that the survey asked for them: the figures themselves are not given
        return f"{SOURCE} doesn't give the figures themselves."
    if (
        question.intent is _PERCENT
        and not fact.gives_percent
        and fact.main_kind is not FigureKind.MONEY
        and not question.checking
        and not question.change
        and _A_PERCENTAGE.search(question.text)
    ):
        # "what percentage of children are in special schools" of "a greater proportion ...
        # than at any time in the past fifty years": a comparison, no percentage (which does
        # answer "the share now compared with the past")
        return f"{SOURCE} doesn't give a percentage as a figure."
    return None


_FIGURES_ASKED = frozenset({"numbers", "figures", "forecast", "forecasts", "data"})
# "what numbers did it give", "what are the forecast demand figures", "any numbers", "what do
# councils forecast", "what is the forecast demand in numbers": the figures asked for ...
_ASKS_THE_FIGURES = re.compile(
    # (not "the target for supported internship numbers": the numbers name what the target
    # is of, and the target is asked)
    r"\b(?:what|which|any|the) (?:(?!(?:for|of|in|on) )\w+ ){0,4}?(?:numbers|figures)\b|"
    r"\bwhat (?:\w+ ){0,4}?forecasts?\b|\bin numbers$|"
    # "what data did the survey show": what it found, not what it gathers ("is there any data
    # on it" asks whether there is some, which a fact saying where it is published answers)
    r"\bwhat data (?:did|does|do|has|have) (?:\w+ ){0,6}?(?:show|shows|showed|shown|give|gave|"
    r"given|reveal|reveals|revealed)\b"
)
# ... not what figures are gathered ("what figures does the census collect"), which a fact
# describing the gathering answers.
_COLLECTING = re.compile(
    r"\b(?:collect\w*|gather\w*|record\w*|hold|holds|held|keep|keeps|kept|publish\w*|track\w*)\b"
)


# Past a figure the asker quotes, a total of more than it ("... but what's the total budget for
# all the SEND reforms put together"), or what came before it ("spent before this extra £21
# million"): the number quoted is the group's first.
_BEYOND_QUOTED = re.compile(
    r"\b(\d[\d.]*)\b(?: \w+){0,6}? (?:but|so|and) (?:what|whats|what s|how much)\b(?: \w+){0,4}? "
    r"(?:total|overall|whole|combined)\b(?: \w+){0,6}? (?:for|of|on|across) (?:all|every|the whole)"
    r"\b|\bbefore (?:the|this|that|these) (?:extra|additional|further|new|latest) (?:pounds )?"
    r"(\d[\d.]*)\b"
)
_QUOTES_A_NUMBER = re.compile(r"\d")


def beyond_its_figure(question: Question, fact_terms: frozenset[str]) -> str | None:
    """What the question asks beyond a number it quotes that the fact gives: a wider total,
    or what came before it; None when it asks neither."""
    quoted = _quoted_beyond(question.text)
    if quoted is None or quoted[0] not in fact_terms:
        return None
    return quoted[1]


# Read once per question, not once per candidate fact.
@lru_cache(maxsize=8)
def _quoted_beyond(text: str) -> tuple[str, str] | None:
    """The number a question quotes and what it asks beyond it (as beyond_its_figure says),
    or None."""
    if not _QUOTES_A_NUMBER.search(text):
        return None  # most questions
    found = _BEYOND_QUOTED.search(text)
    if found is None:
        return None
    if found[1]:
        return found[1], "a combined total for everything asked about"
    return found[2], "the figure before it"


# Whether a figure is after inflation: "is the 60% rise real terms or just inflation?", "is
# that above inflation", "inflation adjusted?" (not "which sounds tiny given inflation, is that
# right?", which checks the figure itself).
_INFLATION_WORDS = frozenset({"inflation", "real"})
_REAL_TERMS = re.compile(
    r"\breal terms\b|\binflation adjusted\b|\b(?:above|after|below|beat|beats|beating|ahead of|"
    r"in line with|keep up with|keeps up with|keeping up with|outpace|outpaced|match|matched) "
    r"inflation\b|\bor (?:just |only |simply )?(?:inflation|cash terms)\b|"
    # "is it really that much once you factor in inflation", "allowing for inflation": the
    # figure after inflation, asked by taking it into account
    r"\b(?:factor|factoring|factored) in inflation\b|"
    r"\b(?:allowing|allow|adjusting|adjust|adjusted|accounting|account|accounted) for inflation\b|"
    r"\btak(?:e|ing) (?:\w+ )?inflation into account\b"
)


def asks_real_terms(text: str) -> bool:
    """Whether a question's or a fact's folded words speak of a figure after inflation."""
    return bool(_REAL_TERMS.search(text))


def _missing_when(question: Question, fact: FactProfile) -> str | None:
    """A date or time the fact does not give: "when will it open?" of a fact dating only what
    has happened (asked_when weighs the rest)."""
    happened = only_past_dates(question, fact) if question.intent is _DATE else None
    if happened:
        return happened
    return not_given(question, fact)


# Whether something will be spread further: "will PINS be rolled out to every school", "is the
# pilot going to be extended", "will it go nationwide". A forecast of something else ("interim
# findings are expected in autumn 2025") is not that.
_ASKS_SPREAD = re.compile(
    r"\b(?:roll(?:ed|ing)? ?out|extend(?:ed|ing)?|expand(?:ed|ing)?|scal(?:ed|ing|e) up|"
    r"go(?:ing)? (?:national|nationwide)|nationwide|made permanent)\b"
)
_SAYS_SPREAD = re.compile(
    r"\b(?:roll\w* ?out|extend\w*|expan\w*|scal\w* up|national\w*|nationwide|permanent\w*|"
    r"more (?:schools|areas|councils|places)|across the country)\b"
)


def _missing_spread(question: Question, fact: FactProfile) -> str | None:
    """'will PINS be rolled out to every school after the evaluation?' of a fact forecasting
    only when the evaluation's findings come: whether it will be spread further is not said."""
    if question.intent is not _PREDICTION or not _ASKS_SPREAD.search(question.text):
        return None
    if _SAYS_SPREAD.search(fact.text):
        return None
    return f"{SOURCE} doesn't say whether it will be rolled out or extended further."


def _missing_part_or_meaning(
    question: Question,
    fact: FactProfile,
    subject_terms: frozenset[str],
    share_terms: frozenset[str],
    subgroup_terms: frozenset[str],
) -> str | None:
    """A share of the whole, what a term means, or a part of those counted: "how much goes to
    schools?", "what does EHCP stand for?", "how many of them are autistic?"."""
    if share_terms and not share_terms <= fact.own_terms:
        target = " ".join(question.written.get(word, word) for word in question.share_of)
        return f"{SOURCE} doesn't give the share that goes to {target}."
    if (
        question.intent is _PERCENT
        and fact.percent_changes
        and not question.change
        and not PERCENT_AS_UNIT.search(question.text)
    ):
        # ("compare with 2019/20, in percentage terms" asks the change as a percentage)
        return f"{SOURCE} gives the {fact.percent_changes[0]}, not a share of it."
    group = _SHARE_OF_PEOPLE.search(question.text) if question.intent is _PERCENT else None
    if group and fact.percent_changes and not _names_people(fact.percent_changes):
        # "is the percentage of children in special schools going up" of a 3.4% rise in
        # special schools' budgets: a rise, but of money, not of the share of a group
        return f"{SOURCE} gives the {fact.percent_changes[0]}, not the share of {group[1]}."
    if question.intent is _DEFINITION and subject_terms.isdisjoint(fact.own_terms):
        return _missing_detail(question, fact)
    letters = asked_letters(question) if question.intent is _DEFINITION else None
    if letters and not spells_out(letters, fact.text):
        said = question.written.get(letters, letters)
        return f"{SOURCE} doesn't say what {said} stands for."
    # "what is complex needs" of a fact on "the most complex needs" in passing: a term is
    # explained by a fact that names it (its title, the term written as a name, or what its
    # written answer is about), in one word at least ("the Supported Internships programme").
    defined = question.intent is _DEFINITION and not letters
    if defined and asks_a_named_figure(question, fact, subject_terms):
        return None  # "what's Kent's uplift" of a fact giving Kent's uplift: the sum answers
    named = fact.named_terms | fact.topic_terms
    if defined and named.isdisjoint(subject_terms - COMMON_WORDS):
        return _missing_detail(question, fact)
    if subgroup_terms and not subgroup_terms <= fact.own_terms | fact.other_stems:
        # Every word of the part asked about: "for autistic children" of places "for children
        # and young people" is a part the source does not count.
        part = "what share" if question.intent is _PERCENT else "how many"
        return f"{SOURCE} gives {the_figure(fact)}, not {part} of them {_subgroup(question)}."
    return None


def _subgroup(question: Question) -> str:
    """The part asked about as the sentence says it back: "are for autism" of "are for autism
    specifically", "are in each region" of "are each region"; its first word ("are", "have")
    is kept as asked."""
    verb, _, part = question.subgroup.partition(" ")
    said = said_back(part, asking_ends=False)
    if said and said.startswith("each "):
        said = f"in {said}"  # "how many of them are each region": in each region
    return f"{verb} {said}" if said else question.subgroup


# Whether those a count counts are better off: "did the kids the taskforce reached do better",
# "have the children it reached improved". A count of those reached is not that.
_ASKS_THEM_BETTER = re.compile(
    r"\b(?:better|worse|improv\w*|difference|results|outcomes|grades|attendance|attainment)\b"
)


def _missing_outcome(
    question: Question,
    fact: FactProfile,
    fact_terms: frozenset[str],
    measure_terms: frozenset[str],
) -> str | None:
    """What came of something, asked of a fact that does not say: "did attendance improve?",
    "did the 4000 kids go back into mainstream?", "have the 400 EPs qualified yet?"."""
    if (
        measure_terms
        and (
            question.intent is _OUTCOME or (question.intent is _OTHER and names_a_measure(question))
        )
        and measure_terms.isdisjoint(fact.own_terms)
    ):
        # "did attendance go up", "have waiting lists gone down since the new places": a change
        # in what the fact never names (a question of no other kind that names a measure such
        # as waiting lists or deficits changing asks an outcome, whatever its words)
        if question.intent is _OUTCOME:
            return _missing_detail(question, fact)
        return f"{SOURCE} doesn't say what happened to {_measure_said(question)}."
    if (
        question.intent is _OUTCOME
        and fact.main_kind is FigureKind.COUNT
        and (
            any(word.isdigit() and word in fact_terms for word in question.words)
            or (
                _ASKS_THEM_BETTER.search(question.text)
                and not fact.count_roles.isdisjoint(question.words)
            )
        )
    ):
        # "did the 4000 kids the taskforce reached go back into mainstream": the count the
        # fact gives, asked what came of those it counts
        return f"{SOURCE} gives {the_figure(fact)}, not what came of them."
    if (
        # "how many so far", or "have the 400 EPs qualified yet": what has been done to date
        question.intent in (_COUNT, _OTHER)
        and question.so_far
        and fact.count_roles
        and fact.count_roles <= PLANNED_ROLES
    ):
        return f"{SOURCE} gives {the_figure(fact)}, a plan, not how many so far."
    if question.effect and not fact.reports_effect:
        # "did the kids the taskforce reached get back into school": what was done (reached,
        # trained) is not what difference it made to them
        return _no_effect_said(fact)
    return None


def _outcome_of_a_plan(question: Question, fact: FactProfile) -> str | None:
    """What came of something ("what did the evaluation conclude", "did the pilot work"),
    asked in the past tense of a fact saying only what it will do or is expected to; read
    after the checks that say more exactly what such a fact lacks. Not "will it show what
    works", "any results yet", nor "findings in autumn 2025?", which the plan, the newest word
    or the date expected answers."""
    if (
        question.intent is _OUTCOME
        and not question.years
        and not fact.reports_results
        and _PLANS.search(fact.text)
        and _ASKED_DONE.search(question.text)
        and not _ASKED_AHEAD.search(question.text)
    ):
        return f"{SOURCE} doesn't report results or findings; it says what is planned or expected."
    return None


def _measure_said(question: Question) -> str:
    measure = question.measure_words[0]
    return question.written.get(measure, measure)


def _missing_breakdown(question: Question, fact: FactProfile) -> str | None:
    """A figure split some way the fact does not split it: "how was the money split between
    regions?", "how many special schools and how many AP schools?"."""
    # "what topics do the 5,000 modules cover" asks to split a count; of a fact saying what a
    # course is about, it asks what the fact says.
    if question.breakdown == "by topic" and not fact.count_terms:
        pass
    elif question.breakdown == "between them" and fact.separate_counts:
        pass  # "how many special schools and how many AP schools" of one counting each
    elif (
        question.breakdown
        and (question.checking or question.intent is _OTHER)
        and question.breakdown in fact.text
    ):
        # "does the census count them by type?", "is it divided by type?" of "published by type
        # of provision": whether there is the split the fact says there is (not "how many of
        # each type", a figure for each it does not give, nor "where is the data by type")
        pass
    elif question.breakdown and (
        (question.intent is _NAMED_LIST and _names_the_kinds(question, fact))
        # "what kinds of orgs": the kinds a fact lists (not "split of it by type of
        # provision", a figure asked split)
        or (question.intent is _OTHER and fact.lists and _ASKS_KINDS.search(question.text))
    ):
        pass  # "which kinds of organisations is it working with" of a fact listing them
    elif question.breakdown == "line by line" and not fact.distributive:
        # (whether or not this fact gives the sum: another fact of the answer may)
        return f"{SOURCE} doesn't break it down line by line."
    elif question.breakdown and fact.main_kind is None:
        # "how was the money split between regions", of a fact giving no figure at all
        return f"{SOURCE} gives no figure to break down."
    elif question.breakdown == "between them" and not fact.distributive:
        return f"{SOURCE} gives a total, not how many of each."
    elif question.breakdown and not fact.distributive:
        return f"{SOURCE} gives a total, not a breakdown {question.breakdown}."
    return None


def _missing_count(
    question: Question, fact: FactProfile, subject_terms: frozenset[str]
) -> str | None:
    """A count of something else, or come about another way: "how many have completed one?"
    of a fact with no number, "how many places?" of a count of schools, "how many completed?"
    of how many registered."""
    if question.role and question.intent is _COUNT and not fact.count_terms:
        # "how many have completed one" of a fact that gives no number at all ("aims to double
        # the number"), though a curated phrasing asks "how many".
        return f"{SOURCE} doesn't give a number of {_subject(question, 'those')} {question.role}."
    if (
        question.intent is _COUNT
        and fact.main_kind is None
        and question.text.startswith("how many")
        and not any(character.isdigit() for character in fact.text)
        and not _all_of_them(question, fact)
    ):
        # "how many supported internships will there be once doubled", of "aiming to double
        # the number": a fact with no figure and no number in its words gives no number,
        # whatever its curated phrasings ask
        return f"{SOURCE} doesn't give a number of {_subject(question, 'those')}."
    if question.intent is _COUNT and fact.count_terms:
        unit_missing = _missing_unit(question, fact, subject_terms)
        if unit_missing:
            return unit_missing
    a_sum = _a_sum_not_a_count(question, fact)
    if a_sum:
        return a_sum
    # How a count came about first: "finished training" is a role, not a kind of training.
    return _missing_role(question, fact) if question.role else None


def _all_of_them(question: Question, fact: FactProfile) -> bool:
    """ "how many local authorities got support for supported internships" of "has supported
    all local authorities in England": all of those counted in the country is how many (not
    "support to all pupils", of "how many pupils are on SEN support")."""
    subject = question.subject.lower() or _counted_before_how_many(question.words)
    subject = _BODIES_SAID_SHORT.get(subject, subject)
    text = fact.text.lower()
    if not subject or subject not in text:
        return False  # nearly every count asked
    return f"all {subject} in england" in text or f"every {subject} in england" in text


def _counted_before_how_many(said: Sequence[str]) -> str:
    """What a terse question ending "how many" counts: the word before it ("supported
    internships grant las how many")."""
    if len(said) > 2 and said[-2:] == ("how", "many"):
        return said[-3]
    return ""


# "how many LAs", "how many councils": the local authorities, as the sources name them.
_BODIES_SAID_SHORT = {
    name: "local authorities" for name in ("las", "councils", "local councils", "leas")
}


def _a_sum_not_a_count(question: Question, fact: FactProfile) -> str | None:
    """ "how many specialist places?" of "£2.6 billion to deliver new specialist places": a
    sum, which says what it gives when no curated phrasing of the fact asks how many."""
    if (
        question.intent is _COUNT
        and fact.gives_money
        and not fact.count_terms
        and _MONEY_COUNTED.isdisjoint(_beside_figures(question.words))
    ):
        counted = _subject(question, "those")
        return f"{SOURCE} gives {the_figure(fact)}, an amount, not a number of {counted}."
    return None


def _beside_figures(question_words: Sequence[str]) -> list[str]:
    """The words of a question without those of the sums it names: "how many places will the
    £2.6bn create" ("pounds 2.6 billion") asks a number of places, not of billions."""
    kept = []
    for at, word in enumerate(question_words):
        before = question_words[at - 1] if at else ""
        after = question_words[at + 1] if at + 1 < len(question_words) else ""
        in_a_sum = (word == "pounds" and _is_number(after)) or (
            word in _SCALES and _is_number(before)
        )
        if not in_a_sum:
            kept.append(word)
    return kept


# The words of a sum's scale, as figures reads them ("2.6bn", "70 mill").
_SCALES = frozenset(SCALES)


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).replace(",", "").isdigit()


# Words of a count of money ("how many billions", "how many quid") or of spending ("how many
# billon is the dfe spending"): a sum is asked for.
_MONEY_COUNTED = frozenset(
    """billions billion millions million pounds pound quid bn m k thousands money cash spend
    spending spent invest investing invested investment fund funding funded budget cost costs
    worth""".split()
)


# Words naming a figure as what is asked: "the latest capital funding figure".
_FIGURE_WORDS = frozenset(
    "figure figures number numbers statistics stats total count amount sum".split()
)


def _asks_a_figure_of(question: Question, phrase: str) -> bool:
    """Whether a figure is asked of the kind named: by "how many", "how much", a cost or a pay,
    a word naming a figure, or a budget (a sum, whatever is asked of it). "What changes for
    new teachers' SEND training?" asks none."""
    if question.intent in FIGURE_ASKED or question.intent in (_COST, _PAY):
        return True
    if not _FIGURE_WORDS.isdisjoint(question.words):
        return True
    return phrase.lower().endswith("budget")


def _asks_its_record(question: Question, fact: FactProfile) -> bool:
    """The question asks for the part of a written answer's record the fact gives: who
    answered it, when, what was asked; and no figure ("the latest total, the answer of
    february 2023 says £10.1bn" asks one)."""
    part = fact.answer_part
    if (
        part is None
        or question.intent in FIGURE_ASKED
        or not _FIGURE_WORDS.isdisjoint(question.words)
    ):
        return False
    return part in asked_of_answer(question, frozenset(question.words)).parts


def _about_its_answer(fact: FactProfile, term: str, phrase: str) -> bool:
    """What its written answer is about names the kind, or each of its words: "SEND school
    funding" of an answer on "funding for schools to support pupils with SEND"."""
    if term in fact.answer_terms:
        return True
    return all(stem(word) in fact.answer_terms for word in words(phrase) if word not in STOPWORDS)


def _names_each_word(fact: FactProfile, term: str, phrase: str) -> bool:
    """The fact names each word of a kind, if not the words together: "new teachers" and
    "training" of "new teachers' SEND training" (SEND being what every answer is about)."""
    return all(
        word in EVERY_ANSWERS_TOPIC or _names_kind(fact, word, phrase) for word in term.split()
    )


def _missing_kind_or_unit(
    question: Question,
    fact: FactProfile,
    fact_terms: frozenset[str],
    kinds: Sequence[tuple[str, str]],
) -> str | None:
    """A kind of funding, training or budget the fact does not name, or an amount for each
    one of a total: "how much autism training funding?", "how much per school?"."""
    if kinds and _asks_its_record(question, fact):
        # "when was the reply about high needs funding given?": funding its written answer is
        # about names which one is meant; no figure of it is asked. Another kind ("which
        # minister said the core schools budget would hit ...", of an answer on a report) is
        # still one the record does not give.
        kinds = [
            (term, phrase) for term, phrase in kinds if not _about_its_answer(fact, term, phrase)
        ]
    for term, phrase in kinds:
        if not _asks_a_figure_of(question, phrase) and _names_each_word(fact, term, phrase):
            continue  # "what changes for new teachers' SEND training": no figure asked of it
        if term in EVERY_ANSWERS_TOPIC and term in fact_terms:
            continue  # "online SEND training" of "online training modules", asked of as SEND's
        if term in DEPARTMENT_TERMS and len(kinds) > 1:
            continue  # "the dfe budget for send": SEND's budget is asked, the DfE's gives it
        if not _names_kind(fact, term, phrase):
            if term in WHOLE_BUDGET_TERMS and fact.gives_money:
                whole = phrase.removeprefix("the ").replace("dfe", "DfE")
                return f"{SOURCE} gives {the_figure(fact)}, not the whole {whole}."
            if question.checking and not _asks_a_figure_of(question, phrase):
                # "is high needs funding ringfenced": a yes or no asked of the kind, no figure,
                # so none is said to be missing; what is checked is not said of that kind.
                return f"{SOURCE} doesn't say this of {phrase}."
            return f"{SOURCE} doesn't give a figure for {phrase}."
    # "how is each council's allocation worked out" asks how, not an amount for each; "the
    # nearest one is a taxi ride each way" tells the asker's story, and is not asked.
    said = question.about_words or question.words
    if (
        not fact.distributive
        and question.intent is not _METHOD
        and _asks_each(said)
        # "is the £21m per year or across both years?": a span checked, which its words say
        and not answers_its_span(question.text, fact)
    ):
        unit = _after(said, DISTRIBUTIVE, question.written) or "one"
        return f"{SOURCE} gives a total, not an amount for each {unit}."
    # Read in the clauses that ask, as "each" is: "we have one EP for the whole district" tells
    # the asker's story, and asks no amount for one EP.
    asked = " ".join(question.about_words) if question.about_words else question.text
    one = _ONE_OF.search(asked) if question.intent in _UNIT_COST_INTENTS else None
    if one is not None and not fact.distributive:
        # "what does it cost to build one new special school place", of £2.6bn for new places
        unit = " ".join(question.written.get(word, word) for word in one.group(1).split())
        return f"{SOURCE} gives a total, not an amount for each {unit}."
    return None


# A sum asked for one of a thing ("one place", "a single council"), not for the whole: said
# with "each" or "per" it is `_asks_each`'s. Not "the one AP free school" (that very one) nor
# "one billion".
# Words that end a name: "one is 14 and our council" tells of a child, not of one council.
_NOT_A_NAMING_WORD = r"(?:is|are|was|were|of|and|or|our|my|his|her|their|the|to|in|has|have|\d+)\b"
_ONE_OF = re.compile(
    r"(?<!the )(?<!that )\b(?:one|a single|an individual|a typical)\s+((?:(?!"
    + _NOT_A_NAMING_WORD
    + r")\w+\s+){0,4}?"
    r"(?:place|pupil|child|"
    r"kid|student|learner|trainee|intern|internship|school|council|authority|la|area|ep|"
    r"educational psychologist))\b"
)
_UNIT_COST_INTENTS = frozenset({_AMOUNT, _COST})


# A fact saying what is asked is yet to be made known: "an announcement on the location of
# these schools will be made by May 2024", "the areas will be confirmed in due course".
_STILL_TO_COME = re.compile(
    r"\b(?:announcement|details|decision) (?:\w+ ){0,8}?will be (?:made|announced|published|"
    r"confirmed|set out)\b|\bwill be (?:announced|confirmed|named) (?:in due course|later|"
    r"shortly|soon|by)\b"
)
# A deadline asked of applying or signing up: "the closing date for applying", "deadline to
# register", "when do applications close".
_TO_APPLY = re.compile(
    r"\b(?:apply|applying|application|applications|register|registering|registration|"
    r"sign up|signing up|enrol|enrolling|enrolment)\b"
)
# A fact saying anything of applying or signing up.
_APPLYING = re.compile(r"\b(?:appl\w*|regist\w*|sign\w* up|enrol\w*|recruit\w*)\b")
# A list given by an example of it: "the Change Programme authorities, including Bedford".
_INCLUDING = re.compile(r"\bincluding (\w+)")
# "by itself", "separately", "on its own": a part of what a figure may give together.
_ON_ITS_OWN = frozenset({"own", "itself", "alone", "separately"})
# "on its own", "on their own": "own" says apart from the rest only so; "our own pot", "the
# govt's own figure" say whose.
_OWN_APART = frozenset({("on", "its"), ("on", "their")})


def _asks_on_its_own(said: Sequence[str]) -> bool:
    """A part asked for apart from what a figure gives together: "the AP budget on its own",
    "separately"; not "out of our own pot" nor "the government's own figure"."""
    if _ON_ITS_OWN.isdisjoint(said):
        return False  # most questions
    return any(
        word in _ON_ITS_OWN and (word != "own" or tuple(said[max(at - 2, 0) : at]) in _OWN_APART)
        for at, word in enumerate(said)
    )


# A cost asked of the asker or a family: "how much will we pay", "do parents have to pay".
_FAMILY_PAYS = re.compile(
    r"\b(?:i|we|parents|families|carers) (?:\w+ ){0,2}?(?:pay|be charged)\b|\bprivately\b|"
    r"\bcost (?:me|us|parents|families)\b"
)
# A fact that says anything of families, or of what is free to them.
_FAMILIES = re.compile(r"\b(?:parents?|famil(?:y|ies)|carers?|free|charge|charged|no cost)\b")
# "what's ...", "what was ...": a question asking what something is, or was.
_WHAT_IS = re.compile(r"(?:what is|what was|what were|whats|what s) ")
_A_PERCENTAGE = re.compile(r"\b(?:percentage|percent)\b")
# A share of a group of people: "the percentage of children in special schools", "what
# proportion of pupils have an EHCP" (whether or not the question asks if it is rising).
_PEOPLE = r"(?:children|kids|pupils|students|learners|young people|people|families|teachers)"
_SHARE_OF_PEOPLE = re.compile(
    r"\b(?:percentage|percent|proportion|share|fraction) of (?:the |all |our )?"
    # (its words before the group describe it: not "the share of funding for children")
    rf"(?:(?!(?:{_PEOPLE}|for|to|on|in|of|with)\b)\w+ ){{0,2}}?({_PEOPLE})\b"
)
_PEOPLE_WORDS = re.compile(rf"\b{_PEOPLE}\b|\bchild\b|\bpupil\b")


def _names_people(labels: tuple[str, ...]) -> bool:
    """A percentage label about a group of people, not a sum of money or a count of things."""
    return any(_PEOPLE_WORDS.search(label) for label in labels)


# Words that say which of a thing, not what it is: "the new inspection regime" asks about the
# one the department brought in, which a fact describing it answers.
_WHICH_ONE = frozenset({"new", "current", "latest", "recent", "strengthen", "revised", "updated"})


def _describes(question: Question, fact: FactProfile, subject_terms: frozenset[str]) -> bool:
    """'what is the new inspection regime' of a fact whose own words name the whole of it and
    say what it is ("a strengthened local authority inspection regime between Ofsted and the
    CQC"), though its curated questions ask no definition; or 'what's the supported internship
    pilot' of a fact naming that pilot (a scheme is described by what it is set up to do)."""
    if question.intent is not _DEFINITION:
        return False
    if subject_terms.isdisjoint(_WHICH_ONE) and not _names_a_scheme(question):
        return False  # "what is a special free school" asks what the term means
    named = subject_terms - _WHICH_ONE
    return len(named) > 1 and named <= fact.own_terms


# The kinds of thing a department sets up, named by the words before them: "the supported
# internship pilot", "the PINS programme". What one is, is what the quote naming it says it does.
_SCHEMES = frozenset("pilot pilots programme programmes scheme schemes taskforce".split())


def _names_a_scheme(question: Question) -> bool:
    """The thing to define is one scheme, named ("the ... pilot"), not a term ("a pilot")."""
    subject = question.subject.lower().split()
    if len(subject) < 2 or subject[-1] not in _SCHEMES:
        return False
    return f"the {' '.join(subject)}" in " ".join(question.words)


def _missing_role(question: Question, fact: FactProfile) -> str | None:
    """'completed' or 'trained' is not 'registered', 'needed' not 'to be trained', 'in total'
    not 'new'."""
    if question.role == "dropped out" and "dropped out" not in fact.count_roles:
        return f"{SOURCE} gives {the_figure(fact)}, not how many did not finish."
    if question.role == "completed" and fact.count_roles and not fact.count_roles & DONE_ROLES:
        done = _role_words(fact.count_roles)
        if not _counts_people(fact):
            if fact.count_roles & OPEN_ROLES:
                if not fact.period:
                    return None  # a school completed is a school opened
                # ... but those opened in one period are not all that have been completed.
                return (
                    f"{SOURCE} gives the number {done} {fact.period}, not how many have been "
                    "completed in all."
                )
            return f"{SOURCE} gives the number {done}, not the number completed."
        return f"{SOURCE} gives the number {done}, not the number who completed it."
    if (
        question.role == "trained"
        and "registered" in fact.count_roles
        and not fact.count_roles & DONE_ROLES
    ):
        # "how many sencos trained" of those registered for the training: registrations are
        # not trainings done (a count of those to be trained, or who undertook it, answers)
        return f"{SOURCE} gives the number registered for the training, not the number trained."
    if question.role == "completed" and fact.count_terms and not fact.count_roles:
        # "how many councils have finished the change programme" of "made up of 32 local
        # authorities": a count that says nothing of finishing
        return f"{SOURCE} gives the number of {fact.main_label}, not how many have finished."
    if (
        question.role in _NOT_YET_GIVEN
        and fact.count_roles
        and not (fact.count_roles & _NOT_YET_GIVEN[question.role])
    ):
        # "how many inspections have been carried out" of 23 reports published, "are the 1,500
        # places filled" of places created: another step than the one the figure counts
        return (
            f"{SOURCE} gives the number of {fact.main_label}, not how many "
            f"{_ASKED_STEP[question.role]}."
        )
    if question.role == "waiting" and "waiting" not in fact.count_roles:
        return f"{SOURCE} gives the number of {fact.main_label}, not how many are waiting."
    if question.role == "needed" and "needed" not in fact.count_roles:
        return f"{SOURCE} gives the number of {fact.main_label}, not how many are needed."
    if question.role == "opened" and fact.count_roles and not fact.count_roles & OPEN_ROLES:
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done}, not the number opened."
    if (
        question.role == "open now"
        and fact.count_roles
        and fact.count_roles <= OPEN_ROLES
        and fact.period
        and not _FROM_THE_START.search(fact.period)
    ):
        # "how many are open right now" of those opened "this academic year": some of them
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done} {fact.period}, not how many are open now."
    if question.role == "total" and fact.count_roles and fact.count_roles <= FLOW_ROLES:
        done = _role_words(fact.count_roles)
        return f"{SOURCE} gives the number {done}, not how many there are in total."
    return None


# A period counted from the start, whose openings are all there are: "since 2010", "to date".
_FROM_THE_START = re.compile(r"\b(?:since|to date|so far|in total|altogether)\b")


# Counts asked by a step that only these roles of a fact's figure give: a count of reports
# published is not one of inspections carried out, nor places created ones filled.
_NOT_YET_GIVEN = {
    "carried out": DONE_ROLES | OPEN_ROLES | {"undertaken", "reached"},
    "filled": frozenset({"filled"}),
    "scheduled": PLANNED_ROLES,
    # those still to come: a plan, or things approved or announced and not yet done
    "to come": PLANNED_ROLES | {"approved", "announced", "confirmed", "pipeline"},
}
_ASKED_STEP = {
    "carried out": "have been carried out",
    "filled": "have been filled",
    "scheduled": "more are scheduled",
    "to come": "more are to come",
}


# For a count asked by how it came about, the roles that come nearest: a school "completed" is
# one opened before it is one approved.
NEAR_ROLES = {
    "completed": DONE_ROLES | OPEN_ROLES | {"undertaken"},
    "opened": OPEN_ROLES | DONE_ROLES | {"undertaken"},
    "trained": DONE_ROLES | {"undertaken", "to-train"},
}


def nearest_role(question: Question, fact: FactProfile) -> bool:
    """The fact counts what was asked, or the nearest thing to it the source gives."""
    near = NEAR_ROLES.get(question.role or "")
    return bool(near and fact.count_roles & near)


_AFTER_WORDS = frozenset({"after", "beyond", "post", "past"})


# "who is doing the PINS evaluation", "who's running it": who carries something out, which only
# a fact naming someone answers (not one saying that it is under way, nor one listing whom it
# works with).
_WHO_CARRIES_OUT = re.compile(
    r"\bwho (?:is|s|are|will be) (?!\w+ing (?:the )?(?:answer|question|reply))\w+ing\b"
    # "who leads the change programme", "who is in charge of it": the one at its head
    r"|\bwho (?:(?:is|s|are) )?(?:\w+ )?"
    r"(?:leads|runs|heads|oversees|manages|chairs|delivers|in charge of)\b"
    # "who at ofsted leads the inspections", "who in the department is responsible for it":
    # someone within a body the asker names, which the body's name does not give
    r"|\bwho (?:at|within|inside) (?:the )?\w+(?: \w+)? (?:is |are |s )?"
    r"(?:leads?|leading|runs?|running|heads?|heading|oversees|overseeing|manages|managing|"
    r"chairs|in charge|responsible|delivers|delivering)\b"
)


# "This feedback loop, led by the department and the delivery partner": the quote says who
# does it, in words that need not be a name.
_BY_WHOM = re.compile(
    r"\b(\w+) (?:led|run|headed|overseen|managed|chaired|delivered|carried out|conducted) by\b"
)


def _says_by_whom(question: Question, fact: FactProfile) -> bool:
    """The quote says by whom the thing asked about is led or run: the word before "led by"
    is one the question says ("who leads the feedback loop" of "this feedback loop, led by
    the department"; not "who leads the change programme" of it)."""
    return any(found[1] in question.words for found in _BY_WHOM.finditer(fact.text))


def _who_does_it(question: Question) -> str:
    """Who does what was asked, in the asker's own verb ("who chairs it", "who is doing
    it"), so that the sentence names what is missing: "doesn't name who." read badly."""
    found = _WHO_CARRIES_OUT.search(question.text)
    if found is None:
        return "who does it"
    said = [question.written.get(word, word) for word in found[0].split()]
    if said[1:2] == ["s"]:  # "who's doing it", its apostrophe dropped in the reading
        said[1] = "is"
    return " ".join(["who", *said[1:], "it"])


# "like a named person", "any particular individual": a person asked for, not a body.
_A_PERSON = re.compile(r"\b(?:named|particular|specific|actual) (?:person|individual)\b")
# "who is in charge of the inspections at ofsted": someone within the body the question names.
_WHO_AT = re.compile(r"\bwho\b(?: [\w']+){1,8}? at (?:the )?(\w+)")
# "who at ofsted leads them", "who within ofsted": the body named straight after "who".
_WHO_RIGHT_AT = re.compile(r"\bwho (?:at|within|inside) (?:the )?(\w+)")


def _person_within(question: Question, fact: FactProfile) -> bool:
    """Who leads or runs it asked as a person, or as someone within a body the fact names
    ("... at ofsted, like a named person"): the bodies the fact names do not say who."""
    if _A_PERSON.search(question.text):
        return True
    within = _WHO_AT.search(question.text) or _WHO_RIGHT_AT.search(question.text)
    return within is not None and any(within[1] in name for name in fact.names)


# The kinds of question a request for names or places can be: "who is on it", "which ones".
NAME_INTENTS = frozenset({_NAMED_LIST, _PERSON, _OTHER})
PLACE_INTENTS = frozenset({_NAMED_LIST, _PLACE})
STEM = 5  # letters enough to match "special" with "specialist", "psychologists" with "psychology"


def _about_it(topic: Sequence[str], text: str) -> bool:
    """The fact's own words share a stem with a word of the topic asked about."""
    stems = {word[:STEM] for word in text.split() if len(word) >= STEM}
    return any(word[:STEM] in stems for word in topic if len(word) >= STEM) or not any(
        len(word) >= STEM for word in topic
    )


def gives_names(question: Question, fact: FactProfile) -> bool:
    """A name the question does not itself say: "the Neurodivergence Task and Finish Group"
    names the group asked about, not who is on it."""
    asked = set(question.words)
    return any(not name <= asked for name in fact.names)


def _names_beside_the_one_asked_of(question: Question, fact: FactProfile) -> bool:
    """A name other than that of the thing the names are asked of: "list the members of the
    neurodivergence group" is not answered by "the Neurodivergence Task and Finish Group", the
    group itself, though the question leaves out part of its name."""
    asked = {word for word in question.words if len(word) >= STEM and word not in COMMON_WORDS}
    return any(not name <= set(question.words) and not name & asked for name in fact.names)


def names_an_example(fact: FactProfile) -> bool:
    """The fact names one of many by "including" and a proper name: "including Bedford"."""
    found = _INCLUDING.search(fact.text)
    return found is not None and any(found[1] in name for name in fact.names)


def covers_places(question: Question, fact: FactProfile) -> bool:
    """Whether the fact's figures are for every place the question names (any, when it names
    none): "in Warwickshire" is not covered by England's."""
    return all(_covers(fact, place) for place in question.places)


def _covers(fact: FactProfile, place: str) -> bool:
    name = place.lower().removeprefix("the ")
    return name in fact.places or name in fact.place.lower()


def _counts_people(fact: FactProfile) -> bool:
    return not PEOPLE_WORDS.isdisjoint(words(fact.main_label))


# A budget named by the whole field or the whole department: "the education budget", "the
# total DfE budget" is all of it, which a fact on part of it ("Special Educational Needs" in a
# plan's name, the high needs budget) does not name.
WHOLE_BUDGET_TERMS = frozenset({"education", "dfe", "department", "departmental"})
# ... though "the DfE's budget for SEND" names the part asked for after it.
DEPARTMENT_TERMS = frozenset({"dfe", "department", "departmental"})


def _names_kind(fact: FactProfile, term: str, phrase: str) -> bool:
    """The fact names this kind of funding, training or budget; or, for funding or training,
    the written answer it is from does ("EP funding" in an answer on EPs). A budget is named
    by the fact itself: the "schools budget" is not any budget an answer on schools gives."""
    if term in WHOLE_BUDGET_TERMS and phrase.lower().endswith("budget"):
        # "the education budget" is all of it: named only by a fact whose money is that
        return term in fact.budget_terms
    if term in fact.own_terms:
        return True
    if term in fact.topic_terms and not phrase.lower().endswith("budget"):
        return True
    # "trust" of "Autism Education Trust", which a synonym folds into one term; and a word
    # cut short ("autism awarenes training") of the fact's whole one.
    if term in fact.other_stems:
        return True
    whole = fact.own_terms | fact.other_stems
    # ... and the word's bare form of its -ed or -ing one ("ringfence" of "ringfenced", which
    # the light stemmer leaves as "ringfenc")
    start = term.removesuffix("e")
    return len(term) >= STEM and any(word.startswith(start) for word in whole)


def _asks_each(said: Sequence[str]) -> bool:
    """ "per school", "each year"; not "per the November answer" or "per DfE", which say whose
    words, nor "talking to each other", which says with whom, nor "is it tied to each plan",
    which asks how money may be used, not an amount for each."""
    if DISTRIBUTIVE.isdisjoint(said):
        return False  # most questions
    before = ("", "", *said)
    return any(
        (word == "per" and following not in _WHOSE)
        or (word == "each" and following != "other" and not (tie == "to" and tied in _TIED))
        for tied, tie, word, following in zip(
            before, before[1:], said, (*said[1:], ""), strict=False
        )
    )


# Before "to each", words saying money is bound to each one, not shared out by amount.
_TIED = frozenset("tied locked linked attached bound ringfenced earmarked restricted".split())


# After "per", words that say whose account, not a unit: "per this answer", "per the DfE".
_WHOSE = frozenset(
    """the this that these those his her their its dfe department government govt minister
    answer""".split()
)


def _missing_unit(
    question: Question, fact: FactProfile, subject_terms: frozenset[str]
) -> str | None:
    """'How many places ...' is not answered by a count of schools, nor 'how many teachers'
    by a count of professionals, nor 'how many were bad' by how many were published."""
    if question.grade and question.grade not in fact.text:
        return f"{SOURCE} gives {the_figure(fact)}, not how many were {question.grade}."
    return counts_another_thing(question, fact, subject_terms)


# Endings that make a deed a thing counted: "registrations", "approvals", "completions",
# "openings", "enrolments".
_DEED_ENDINGS = ("ation", "ition", "ion", "al", "ment", "ing")
# The fewest letters a deed and a count's verb must share to be one word.
_SHARED_ROOT = 4


def names_the_count(term: str, role: str) -> bool:
    """The (stemmed) term names the deed a count's role counts: "registration" of
    "registered", "approval" of "approved", "publication" of "published"."""
    if not role.endswith("ed"):
        return False
    if term == stem(role):
        return True  # the deed's term is read as its verb: "registrations" as "register"
    ending = next((end for end in _DEED_ENDINGS if term.endswith(end)), None)
    if ending is None:
        return False
    root, verb = term[: -len(ending)], role[:-2]
    pairs = zip(root, verb, strict=False)  # of any two lengths: where they part is read
    shared = next((at for at, (one, other) in enumerate(pairs) if one != other), len(root))
    shared = min(shared, len(verb))
    return shared >= max(_SHARED_ROOT, min(len(root), len(verb)) - 1)


def counts_another_thing(
    question: Question, fact: FactProfile, subject_terms: frozenset[str]
) -> str | None:
    """The fact counts something other than what the question counts (`subject_terms`):
    schools, not places. Said as what the fact gives instead; None when it counts that."""
    if not subject_terms or not subject_terms.isdisjoint(fact.count_terms):
        return None
    if any(names_the_count(term, role) for term in subject_terms for role in fact.count_roles):
        return None  # "number of registrations" of "practitioners registered": the same count
    # "people", "kids", "staff" are whoever the fact counts; "teachers" are not "professionals".
    if _counts_people(fact) and subject_terms & (PEOPLE_TERMS | (ROLE_TERMS & fact.label_terms)):
        return None  # "how many SENCOs" of "practitioners registered for SENCO training"
    if _counts_people(fact) and any(_one_done_to(term, fact) for term in subject_terms):
        return None  # "how many trainees" of "400 more psychologists to be trained"
    if subject_terms & AREA_TERMS and (fact.count_terms | fact.own_terms) & AREA_TERMS:
        return None
    return f"{SOURCE} gives {the_figure(fact)}, not a number of {_subject(question, 'those')}."


# The ending of a noun for a person something is done to: a "trainee" is one being trained.
_DONE_TO = "ee"


def _one_done_to(term: str, fact: FactProfile) -> bool:
    """The (stemmed) term names people by what is done to them ("trainee", "attendee"), and
    the people the fact counts have that done to them: its count's label names the deed
    ("to be trained", "registered for SENCO training"), so they are the ones asked about."""
    root = term.removesuffix(_DONE_TO)
    return root != term and len(root) >= _SHARED_ROOT and root in fact.label_terms


def _role_words(roles: frozenset[str]) -> str:
    return " or ".join(sorted(ROLE_WORDS.get(role, role) for role in roles))


def _after(
    raw_words: Sequence[str], markers: frozenset[str], written: dict[str, str]
) -> str | None:
    """The whole noun after "each" or "per": "each educational psychologist", not "each
    educational"."""
    for position, word in enumerate(raw_words[:-1]):
        if word in markers:
            unit: list[str] = []
            for following in raw_words[position + 1 :]:
                if following in _UNIT_END:
                    break
                unit.append(written.get(following, following))
            return " ".join(unit[:4]) or None
    return None


# The asker's (or parents') own complaint or appeal, whose way a METHOD question asks: "how
# do we appeal", "can i report my council to ofsted" (not "how is the report assessed").
_COMPLAINT_ASKED = re.compile(
    r"\b(?:i|we|parents|families|parent) (?:\w+ ){0,2}?(?:complain|report|appeal|challenge|"
    r"raise (?:a |my |our )?concerns?)\b"
)


# The sentence for each kind of detail a fact does not give, made only for the kind asked:
# built for every candidate a question has, so never all of them at once.
_DETAIL_SENTENCES: dict[Intent, Callable[[Question], str]] = {
    _COUNT: lambda question: f"{SOURCE} doesn't give a number of {_subject(question, 'those')}.",
    _AMOUNT: lambda question: f"{SOURCE} doesn't give an amount for that.",
    _PERCENT: lambda question: f"{SOURCE} doesn't give a percentage or share for that.",
    _DATE: lambda question: f"{SOURCE} doesn't give a date for that.",
    _PERSON: lambda question: (
        # "who launched PINS?": which body set it up, not a person's name, is what is missing
        f"{SOURCE} doesn't name who set it up."
        if asks_who_set_it_up(question.text)
        else f"{SOURCE} doesn't name the {_who_asked(question)}."
    ),
    _ASKER: lambda question: f"{SOURCE} doesn't say who asked the question.",
    _PLACE: lambda question: f"{SOURCE} doesn't say where.",
    _NAMED_LIST: lambda question: f"{SOURCE} doesn't name the {_listed(question)}.",
    _COST: lambda question: f"{SOURCE} doesn't give a cost to families, schools or anyone else.",
    _OUTCOME: lambda question: (
        f"{SOURCE} doesn't report results or judge whether it is working; it says what is "
        "being done."
    ),
    _DEFINITION: lambda question: _not_defined(question),
    _ELIGIBILITY: lambda question: f"{SOURCE} doesn't say who is eligible.",
    _CASE: lambda question: (
        # "how much does my council get": the asker's own council's case, not a person's
        f"{SOURCE} speaks for England as a whole, not for any one area or council."
        if question.local
        else f"{SOURCE} can't say what will happen in any one person's case; "
        "it speaks for England as a whole."
    ),
    _REASON: lambda question: f"{SOURCE} doesn't say why.",
    _METHOD: lambda question: (
        # "can i report my council to ofsted": the asker's own way to complain or appeal
        f"{SOURCE} doesn't say how to complain, appeal or report a concern."
        if _COMPLAINT_ASKED.search(question.text)
        else f"{SOURCE} doesn't say how that is done or decided."
        if question.text.startswith("how") or " how " in question.text
        else f"{SOURCE} doesn't say what brought it about."
    ),
    _OPINION: lambda question: (
        f"{SOURCE} gives the department's account, not anyone's opinion of it."
    ),
    _REQUIRED: lambda question: f"{SOURCE} doesn't say whether it is required or optional.",
    _PAY: lambda question: f"{SOURCE} doesn't say what anyone is paid.",
    _DIFFERENCE: lambda question: (
        # "how many dropped out vs finished": figures to set side by side, not an explanation
        f"{SOURCE} doesn't give a figure for each to compare."
        if question.text.startswith(("how many", "how much"))
        else f"{SOURCE} doesn't compare them or explain the difference."
    ),
    _PREDICTION: lambda question: (
        f"{SOURCE} doesn't say what will happen next; it reports what has been done and planned."
    ),
}


# Names of a sum or a figure: "what is the warwickshire dsg deficit" asks for the figure, not
# what a deficit is.
_FIGURE_NAMES = frozenset(
    "deficit deficits budget budgets allocation allocations spend spending total cost".split()
)


# Verbs whose "-ing" asked alone ("what's changing", "whats happening") asks what happens,
# not what a thing called "changing" is.
_HAPPENING_VERBS = frozenset(
    "changing happening going coming improving moving developing growing rising falling "
    "increasing decreasing planned working".split()
)


def _not_defined(question: Question) -> str:
    subject = _subject(question, "that")
    if subject.lower() in _HAPPENING_VERBS:
        return f"{SOURCE} doesn't say what is {subject.lower()}."
    # ... of someone's ("warwickshire dsg deficit"): "what's a DSG deficit" asks what it is
    if subject.split()[-1].lower() in _FIGURE_NAMES and len(subject.split()) > 2:
        return f"{SOURCE} doesn't give a figure for the {subject}."
    # "what is an integrated care board": said back with the asker's article ("what an
    # integrated care board is"); only letters may stand for something ("what EHCP is or
    # stands for"), not "adaptive teaching".
    said = f"{_article_before(question.text, subject)}{subject}"
    letters = subject != "that" and " " not in subject and len(subject) <= _LETTERS_AT_MOST
    stands = " or stands for" if letters else ""
    return f"{SOURCE} doesn't explain what {said} is{stands}."


# How long a word may be and still be read as letters that stand for something ("SENCO").
_LETTERS_AT_MOST = 6


def _article_before(text: str, subject: str) -> str:
    """'an ' when the question says 'an integrated care board' (quotes allowed between them,
    "the 'universal training offer'"), else ''."""
    first = subject.split()[0].lower()
    found = re.search(rf"\b(a|an|the) [\"'\u2018\u201c]?{re.escape(first)}\b", text.lower())
    return f"{found[1]} " if found else ""


def mentioned_not_explained(term: str, answers: int, given: str = "") -> str | None:
    """What a decline says of a term asked to be defined that `answers` written answers
    mention but none of their facts explains; None when none mentions it. `given` says who
    gave the one answer and when ("by Georgia Gould on 26 February 2026"): the closest topics
    offered are the matcher's, often of other answers, so the sentence itself says which."""
    if not term or answers < 1:
        return None
    term = as_said(term)
    if answers == 1:
        which = f", given {given}," if given else ""
        return f"One written answer{which} mentions {term} but doesn't explain what it means."
    return f"{answers} written answers mention {term} but don't explain what it means."


# "which organisation delivers the NPQ": a body is asked for, not a person.
_BODY_ASKED = re.compile(
    r"\b(?:which|what) (organisation|organization|org|provider|company|charity|body|firm|agency|"
    r"supplier|contractor|partner)s?\b"
)


def _who_asked(question: Question) -> str:
    found = _BODY_ASKED.search(question.text)
    if found is None:
        return "person"
    return {"org": "organisation"}.get(found.group(1), found.group(1))


def _missing_detail(question: Question, fact: FactProfile) -> str:
    intent = question.intent
    if intent is _END:
        started = [(role, day) for role, day in fact.dates if role not in END_ROLES]
        if started:
            role, day = started[0]
            verb = "a start date" if role == "starts" else f"when it was {role}"
            if not role:
                verb = "a date"
            return f"{SOURCE} gives {verb} ({day}), not when it ends or any deadline."
        return f"{SOURCE} doesn't give an end date or deadline for that."
    if intent is _START:
        ends = [day for role, day in fact.dates if role in END_ROLES]
        if ends:
            return f"{SOURCE} gives when it runs until ({ends[0]}), not when it started."
        # "when does it come into force?" of a fact dating its announcement
        other = [(role, day) for role, day in fact.dates if role and role not in START_ROLES]
        if other:
            role, day = other[0]
            return f"{SOURCE} gives when it was {role} ({day}), not when it starts."
        return f"{SOURCE} doesn't say when that started."
    # ... of a sum for what is counted ("how many places does the £2.6bn pay for"), not of
    # another thing ("how many EHCPs are there")
    named = bool(question.subject) and question.subject.lower() in fact.text
    a_sum = _a_sum_not_a_count(question, fact) if named else None
    if a_sum:
        return a_sum
    if intent is _JUDGEMENT:
        return _no_judgement(fact)
    sentence = _DETAIL_SENTENCES.get(intent)
    return sentence(question) if sentence else f"{SOURCE} doesn't say that."


def _no_judgement(fact: FactProfile) -> str:
    """A verdict asked ("is it enough?", "was it a waste?") of a fact that gives none: what it
    says instead, no more than it does. "What the department is doing and spending" was said
    of a White Paper's timing, which names no sum, and of what councils are responsible for."""
    said = "what is being done and spent" if fact.gives_money else "what is being done"
    return f"{SOURCE} doesn't make that judgement; it says {said}."


# Every check, in the order they are said, each behind its gate: the test on the question
# alone (and the terms read from it) that the check starts with, so that a gate that is false
# means the check returns None for every fact. what_is_missing runs for every candidate of
# every question, and nearly every check stops at that first test: the gates are read once per
# question and only the checks that can fire are called. A gate may be wider than its check's
# first test, never narrower (tests/answering/test_missing_gates.py asks both of every
# development question).
CHECKS: tuple[tuple[Gate, Check], ...] = (
    (
        lambda q, a: (
            q.places
            or q.local
            or _ASKS_NATIONALLY.search(q.text)
            or _ASKS_EVERY_AREA.search(q.text)
        ),
        lambda q, f, ft, a: _missing_place(q, f),
    ),
    (
        lambda q, a: asks_who_held_an_office_then(q.text),
        lambda q, f, ft, a: office_held_then(q, f),
    ),
    (
        lambda q, a: asks_who_heads_a_body(q.text),
        lambda q, f, ft, a: head_of_a_body(q, f),
    ),
    (
        lambda q, a: (
            q.years
            or q.period
            or names_a_span(q)
            or not _AFTER_WORDS.isdisjoint(q.words)
            or "before" in q.words
            or "once" in q.words  # _AFTER_IT_ENDS
            or asks_from_a_year_on(q)
        ),
        lambda q, f, ft, a: _missing_year_or_period(q, f, ft),
    ),
    (
        lambda q, a: asks_a_live_figure(q),
        lambda q, f, ft, a: live_figure_not_given(q, f),
    ),
    (
        lambda q, a: asks_of_a_fiscal_event(q),
        lambda q, f, ft, a: other_event_named(q, f),
    ),
    (
        lambda q, a: asks_a_total_across_every_year(q),
        lambda q, f, ft, a: every_year_not_given(q, f),
    ),
    (
        lambda q, a: asks_a_part_of_a_told_sum(q),
        lambda q, f, ft, a: whole_not_the_part(q, f),
    ),
    (
        lambda q, a: q.compared_with is not None,
        lambda q, f, ft, a: earlier_not_given(q, f),
    ),
    (
        lambda q, a: asks_before_a_further_sum(q),
        lambda q, f, ft, a: earlier_money_not_given(q, f),
    ),
    (
        lambda q, a: asks_what_the_answer_gave(q.text),
        lambda q, f, ft, a: asked_of_the_answer(q, f),
    ),
    (
        lambda q, a: q.intent is _OUTCOME or q.findings or q.stage or "assessment" in q.words,
        lambda q, f, ft, a: _missing_results(q, f),
    ),
    (
        lambda q, a: asks_what_it_holds(q.text),
        lambda q, f, ft, a: _missing_contents(q, f),
    ),
    (
        lambda q, a: (
            q.intent is _PERSON
            or asks_who_held_an_office_then(q.text)  # office_not_named
            or (q.wants == "names" and q.intent in NAME_INTENTS)
            or q.about
            or (q.wants == "places" and q.intent in PLACE_INTENTS)
        ),
        lambda q, f, ft, a: _missing_names(q, f),
    ),
    (
        lambda q, a: asks_who_holds_an_office(q),
        lambda q, f, ft, a: None if f.answer_part else holder_not_named(q, f),
    ),
    (
        lambda q, a: (a.possessed_terms and not q.negated) or a.lacked_terms,
        lambda q, f, ft, a: _missing_with_or_without(q, f, ft, a.possessed_terms, a.lacked_terms),
    ),
    (
        lambda q, a: q.intent is not _OTHER,
        lambda q, f, ft, a: _missing_kind_of_detail(q, f, a.subject_terms),
    ),
    (
        lambda q, a: asks_how_much_money(q),
        lambda q, f, ft, a: no_sum_given(q, f),
    ),
    (
        lambda q, a: (
            _asks_the_names(q)
            or (q.intent is _NAMED_LIST and "which" in q.words)
            or _asks_the_other_ones(q.text)
            or _named_besides(q.text)
        ),
        lambda q, f, ft, a: _missing_list(q, f),
    ),
    (
        lambda q, a: (
            _asks_on_its_own(q.words)
            or (not _INFLATION_WORDS.isdisjoint(q.words) and asks_real_terms(q.text))
            or (not q.checking and _quoted_beyond(q.text))
            or _included(q)
            or (q.intent is _COST and _FAMILY_PAYS.search(q.text))
            or (
                q.words[-1:] == ("budget",)
                and q.intent in (_OTHER, _AMOUNT)
                and _WHAT_IS.match(q.text)
            )
            or (
                q.intent is _OTHER
                and not _FIGURES_ASKED.isdisjoint(q.words)
                and _ASKS_THE_FIGURES.search(q.text)
                and not _COLLECTING.search(q.text)
            )
            or (
                q.intent is _PERCENT
                and not q.checking
                and not q.change
                and _A_PERCENTAGE.search(q.text)
            )
        ),
        lambda q, f, ft, a: _missing_figure(q, f, ft),
    ),
    (
        lambda q, a: asks_an_exact_date(q),
        lambda q, f, ft, a: exact_date_not_given(q, f),
    ),
    (
        lambda q, a: q.intent is _DATE or asks_when(q.text),
        lambda q, f, ft, a: _missing_when(q, f),
    ),
    (
        lambda q, a: q.intent is _PREDICTION and _ASKS_SPREAD.search(q.text),
        lambda q, f, ft, a: _missing_spread(q, f),
    ),
    (
        lambda q, a: (
            a.share_terms
            or (q.intent is _PERCENT and (not q.change or _SHARE_OF_PEOPLE.search(q.text)))
            or q.intent is _DEFINITION
            or a.subgroup_terms
        ),
        lambda q, f, ft, a: _missing_part_or_meaning(
            q, f, a.subject_terms, a.share_terms, a.subgroup_terms
        ),
    ),
    (
        lambda q, a: (
            q.intent is _OUTCOME
            or (a.measure_terms and q.intent is _OTHER and names_a_measure(q))
            or (q.intent in (_COUNT, _OTHER) and q.so_far)
            or q.effect
        ),
        lambda q, f, ft, a: _missing_outcome(q, f, ft, a.measure_terms),
    ),
    (
        lambda q, a: q.breakdown,
        lambda q, f, ft, a: _missing_breakdown(q, f),
    ),
    (
        lambda q, a: asks_a_total(q),
        lambda q, f, ft, a: addition_not_total(q, f),
    ),
    (
        lambda q, a: q.intent is _COUNT or q.role,
        lambda q, f, ft, a: _missing_count(q, f, a.subject_terms),
    ),
    (
        lambda q, a: (
            a.kinds
            or (q.intent is not _METHOD and _asks_each(q.about_words or q.words))
            or (q.intent in _UNIT_COST_INTENTS and _ONE_OF.search(q.text))
        ),
        lambda q, f, ft, a: _missing_kind_or_unit(q, f, ft, a.kinds),
    ),
    (
        lambda q, a: (
            q.intent in (_COUNT, _PERCENT)
            and a.possessed_terms
            and not q.negated
            and _had(q.text, q.possessed)
        ),
        lambda q, f, ft, a: _missing_those_with(q, ft, a.possessed_terms),
    ),
    (
        lambda q, a: asks_whether_all_are_done(q),
        lambda q, f, ft, a: every_one_done(q, f),
    ),
    (
        lambda q, a: asks_whether_open(q),
        lambda q, f, ft, a: opening_not_said(q, f),
    ),
    (
        lambda q, a: asks_whether_under_way(q),
        lambda q, f, ft, a: under_way_not_said(q, f),
    ),
    (
        lambda q, a: asks_a_figure_of_one_kind(q),
        lambda q, f, ft, a: other_kind_named(q, f),
    ),
    (
        lambda q, a: asks_a_sum(q),
        lambda q, f, ft, a: sum_of_a_joint_part(q, f),
    ),
    (
        lambda q, a: asks_places_counted(q),
        lambda q, f, ft, a: places_of_one_kind(q, f),
    ),
    (
        lambda q, a: asks_of_a_thing_it_may_only_mention(q),
        lambda q, f, ft, a: only_mentioned(q, f, ft),
    ),
    (
        lambda q, a: sets_a_figure_aside(q),
        lambda q, f, ft, a: set_aside(q, f),
    ),
    (
        lambda q, a: asks_the_cost_of_a_thing_beside(q.text),
        lambda q, f, ft, a: cost_of_a_thing_beside(q, f),
    ),
    (
        lambda q, a: asks_how_a_formula_works(q.text),
        lambda q, f, ft, a: how_it_works(q, f),
    ),
    (
        lambda q, a: q.intent is _OUTCOME and not q.years,
        lambda q, f, ft, a: _outcome_of_a_plan(q, f),
    ),
)
