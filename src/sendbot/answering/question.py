"""A question -> what it asks: its kind, the detail wanted and the qualifiers that narrow it. Pure.

"I live in Devon, how many special schools opened?" asks for a count (the detail), of special
schools (the topic), in Devon (a place qualifier). "my son is 9, how many special schools
opened?" asks the same as the question without "my son is 9": that is personal context, not a
constraint. Matching compares the detail and qualifiers with what a fact holds; when the fact is
on topic but cannot give them, sendbot says plainly what the source does not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sendbot.answering.asked_effect import asks_an_effect
from sendbot.answering.asked_first import definition_asked_first
from sendbot.answering.asked_kinds import alternatives, as_written, kinds, role, sums_what_is_named
from sendbot.answering.asked_places import asked_places, asks_nationally, places
from sendbot.answering.asker_story import CHAT_FILLER, CONTEXT, asked_clauses
from sendbot.answering.asking_clauses import asking_text, folded_clauses
from sendbot.answering.chat_kind import emoji_kind, kind_of
from sendbot.answering.compared_with import compared_with
from sendbot.answering.intent import (
    ASKING_FOR,
    FIGURE_ASKED,
    OPENS_WITH_ANOTHER,
    Intent,
    intent_of,
    told_after_a_definition,
)
from sendbot.answering.markup import strip_markup
from sendbot.answering.message_kind import Kind
from sendbot.answering.normalise import POINTING_WORDS, STOPWORDS, WORD_START, fold_text, words
from sendbot.answering.own_case import asks_own_case
from sendbot.answering.role_as_recipient import with_role_as_recipient
from sendbot.answering.term_put_first import term_asked_of
from sendbot.answering.word_start import at_word_starts

# "what is the £1bn uplift for? our school has seen nothing": a question ending in "for" asks
# what for (see `intent_of`), when chat follows it too.
_ASKS_WHAT_FOR = re.compile(r"\bwhats?\b[^?!.]*\sfor\s*\?")


# The asker saying who they are before asking: "hi all, SEN officer at a county council here -
# ...", "nursery manager here, ...". Their job, or the kind of place they work at, is not what
# they ask about; a place that names a topic ("teacher at a PINS school here") stays.
_INTRODUCTION = re.compile(
    r"^(?:(?:hi|hey|hello|morning|evening)(?: all| everyone| folks| there)?\s*[,.!-]?\s*)?"
    r"(?:[a-z]+ ){1,4}?(?:(?:at|in|for|from|of) (?:a |an |the |my |our )?"
    r"(?:(?:small|big|large|local|county|mainstream|special|primary|secondary|city|rural|"
    r"village|state|independent|shire|metropolitan|unitary|london|inner|outer|northern|"
    r"southern|coastal) )?(?:council|school|primary|secondary|college|academy|trust|"
    # "councillor in a shire county here": the kind of area they serve
    r"la|local authority|authority|nursery|pru|ward|county|borough|district|town|city|area) )?"
    r"here\b(?=\s*(?:[,.!;:]|-)\s*\S)"
)


# A place below national level named by the asker ("my council", "our area").
_LOCAL = at_word_starts(
    r"\b(?:round|around|over) here\b|\bwhere (?:i|we) live\b|"
    # not "prep for our local area inspection", "waiting for our local area report": the kind
    # of inspection or report, not a place asked of
    r"\b(?:in|for|near|around|across) (?:my|our) (?:local )?(?:council|area|county|"
    r"town|city|la|local authority|borough|region)\b(?! (?:send )?(?:inspections?|reports?)\b)|"
    r"\b(?:my|our) (?:local )?(?:council|la|"
    r"local authority|area) s\b|\bnear me\b|\blocally\b|\bnear us\b|"
    r"\b(?:my|our) (?:local )?(?:council|la|local authority) (?:is |are )?(?:getting|get|gets|"
    r"receiving|receive|got|given)\b|"
    # "what did our special schools get from it": the schools of the asker's area, as a share
    # of a sum for all of them (not "my son's school", one person's case)
    r"\bwhat (?:do|did|does|will|would) (?:my|our) (?:local )?(?:special |mainstream )?schools "
    r"(?:get|receive|got)\b|"
    # "how many EPs does my council employ": what one council does, not England
    r"\b(?:my|our) (?:local )?(?:council|la|local authority) (?:\w+ )?(?:employ|employs|spend|"
    r"spends|spent|fund|funds)\b|"
    # "is our area in the pilot", "is my council part of it": whether one area takes part
    r"\b(?:is|are|was) (?:my|our) (?:local )?(?:council|area|county|town|city|la|"
    r"local authority|borough|region) (?:\w+ )?(?:in|part of|one of|included|involved|"
    r"taking part|covered|on)\b",
    letters="afilmnorw",
)
_CHECKING = re.compile(
    r"^(?:is|was|did|does|has|have|are|were)\b|\b(?:is that right|is it true|or was it|"
    r"or is it|or later|or earlier|is that correct)\b"
    # a statement with a question tag: "answered in march yeah?", "it was 2023, wasn't it?"
    # (not a question that asks what, how or when: "how much is it yeah")
    r"|^(?!.*\b(?:what|whats|how|when|who|which|where|why)\b).*\b(?:yeah|yep|right|correct|"
    r"innit|(?:isnt|wasnt|didnt|hasnt|doesnt) it|(?:arent|werent|dont|didnt) they)$"
)
# Periods a figure may or may not cover. A fact about "this academic year" does not answer
# "last year", "next year", "five years ago" or "under the last government".
_PERIOD = re.compile(
    WORD_START
    + r"(?:(?:last|previous|past|next|coming|following|prior) (?:academic |financial |school )?"
    r"(?:year|years|decade|month|months|term|parliament)|"
    # "the academic year before this one": the last, said the long way
    r"(?:the )?(?:academic |financial |school )?year before (?:this|the current)"
    r"(?: (?:one|year|academic year|financial year|school year))?|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several) (?:years?|decades?|"
    r"months?) ago|a decade ago|(?:the |under the )?(?:last|previous|former|tory|conservative|"
    r"labour|coalition|new|next) government|in the future|in future|by the end of the decade|"
    # "how many opened the academic year before this one"
    r"the (?:academic |financial |school )?year before (?:this|that|last)(?: one)?)\b"
)
_GRADE = re.compile(
    r"\bhow many (?:\w+ ){0,4}?(?:were|are|was|is|have been|got|came out|rated|judged|found)"
    r" (?:rated |judged |found |deemed )?(?:as |to be )?(bad|good|poor|outstanding|inadequate|"
    r"failing|failed|negative|"
    r"positive|critical|good or outstanding|requires improvement|successful|unsuccessful|"
    r"satisfactory|unsatisfactory|weak|strong)\b|\bhow many (?:\w+ ){0,3}?(?:failed|passed)\b|"
    r"\bhow many (bad|good|poor|outstanding|inadequate|failing|negative|positive|critical) "
)
# "the budget before the 60% rise": a time named by a change, not a change asked about.
_WHEN_OF_A_CHANGE = re.compile(
    r"\b(?:before|after|since|prior to) (?:the|that|this|its|it) (?:\w+ ){0,2}?(?:increase|rise|"
    r"uplift|boost|cut|change|drop|fall)\b"
)
# "what money went in to boost the number of EPs", "cash put in to grow the number of places": the
# change is what the money is for (an infinitive of aim), not a rise or fall asked about.
_CHANGE_AS_AIM = re.compile(
    r"\b(?:given|provided|put|spent|allocated|invested|announced|money|cash|funding|funds) "
    r"(?:\w+ ){0,3}?(?P<aim>to (?:help )?(?:grow|increase|boost|expand|raise) "
    r"(?:the|a|an|our|their|its|more)\b)"
)
_CHANGE = re.compile(
    WORD_START
    + r"(?:increase|increased|increases|increasing|rise|rises|rising|rose|risen|grow|grows|"
    r"growing|grown|grew|growth|go up|goes up|going up|gone up|went up|go down|goes down|"
    r"going down|gone down|went down|change|changed|fall|falls|falling|fell|fallen|drop|drops|"
    r"dropping|dropped|decrease|decreased|decreasing|more than|than|compared|by how much|"
    r"how much more|how much less|how much extra|extra|additional|boost|uplift|bigger|"
    r"smaller|higher|lower|bump|bumped|jump|jumped|hike|hiked|"
    # "high needs up by what %", "the budget's down by some %": a rise or fall, its size
    # asked (not "signed up by march", "set up by the dfe": a date, a doer)
    r"(?:up|down) by (?:what|some|about|roughly|around)|"
    # "how many more pupils in special schools since 2017": the rise since then, not a count
    # of more to come ("how many more special schools are planned")
    r"how many more (?:[\w'-]+ ){1,6}?since (?=(?:19|20)\d\d)|"
    # "how much is high needs up since 2019/20", "is the budget down on 2020": "up" or "down"
    # said of a thing before a base year is the change since it (not "sign up from 2024")
    r"(?:is|are|was|were|it's) (?:[\w'-]+ ){0,5}?(?:up|down) (?:by )?(?:since|from|on) "
    r"(?=(?:19|20)\d\d))\b"
)
# "the question on whether send funding is adequate", "what day did they ask whether send
# funding was adequate", "did the mp ask whether eps are value for money", "when did they
# respond on send funding being adequate": what a question was about, as a clause.
_ON_WHETHER = re.compile(
    r"\b(?:(?:on|about|asked|asking|did (?:\w+ ){1,3}?ask) (?:whether|if) (?:\w+ ){0,10}?"
    r"|(?:on|about) (?:\w+ ){1,6}?being "
    # "did the ed psych question ask about value for money": what the question asked about
    r"|\b(?:ask|asks|asked|asking) (?:about|on) (?:the |their |its )?(?:\w+ ){0,3}?)"
    r"(?:enough|sufficient|adequate|value for money)\b"
)
_VERSUS = frozenset({"vs", "versus"})
# "2024_25 vs 2023_24", "in 2024_25 vs this year": a year set against another.
_YEAR_VERSUS = re.compile(
    r"\b(?:(?:19|20)\d\d(?:_\d\d)?|this year|last year) (?:vs|versus) (?:the )?"
    r"(?:(?:19|20)\d\d(?:_\d\d)?|this year|last year|year before|previous year)\b"
)


def _asks_a_change_between_years(raw_words: tuple[str, ...]) -> bool:
    """ "how much did high needs funding rise in 2024/25 vs 2023/24": by how much it rose, a
    figure, not a difference between two things to explain. ("how many EPs in 2024 vs 2025"
    asks for no change: two figures side by side, which stays a difference.)"""
    text = " ".join(raw_words)
    return bool(_YEAR_VERSUS.search(text)) and bool(_CHANGE.search(_YEAR_VERSUS.sub(" ", text)))


_POSSESSED = re.compile(
    r"\b(?:has|have|got|with|holds|having) (?:an? |the |his |her |their )?(\w+)"
)
# What a question says someone has not: "no EHC plan", "without an EHCP", "doesn't have one".
_LACKED = re.compile(
    r"\b(?:no|without|not got|never had|(?:doesnt|dont|hasnt|havent|doesn t|don t) have|"
    r"(?:hasnt|havent|hasn t|haven t) got) (?:an? |any )?([a-z]+(?: plans?)?)\b"
)
_NEGATION = re.compile(
    r"\b(?:no|not|without|doesnt|dont|hasnt|havent|isnt|arent|never|nor|lacks?|lacking)\b|"
    r"\b(?:doesn|don|hasn|haven|isn|aren) t\b"
)
# A year is a constraint when the question asks about that year ("in 2022", "for 2025/26"),
# not when it is a guess to confirm ("is it from 2023 or 2022?").
# ... and "in the 2021/22 academic year", "for the 2025 financial year".
_CONSTRAINED_YEAR = re.compile(
    r"\b(?:in|for|during|since|of|year|budget|funding|until|by) (?:the )?"
    r"((?:19|20)\d{2}(?:_\d{2})?)\b"
)
# "warwickshire high needs allocation 2023/24", "HNB 24/25?": a financial or academic year
# put with no word before it, the period asked when it is the only year the question names
# and the question checks nothing ("did it call its 2023/24 level unprecedented?" names which
# funding it means).
# (Not after a word placing it before or after another time: "after 2024/25", "vs 2023/24".)
_BARE_YEAR = re.compile(
    r"(?<!after )(?<!before )(?<!beyond )(?<!from )(?<!into )(?<!past )(?<!than )(?<!with )"
    r"(?<!to )(?<!vs )(?<!versus )\b(?:19|20)\d{2}_\d{2}\b"
)
_ANY_YEAR = re.compile(r"(?<![\d_])(?:19|20)\d{2}(?!\d)")
# "funding 2022 to 2025", "for 2022-2025" (read as words: "2022 2025"): a span of years,
# asked as a whole (its end year as well as its start).
_SPAN_OF_YEARS = re.compile(r"\b((?:19|20)\d{2}) (?:(?:to|until|till|through) )?((?:19|20)\d{2})\b")


def _years_asked(asked_about: str, checking: bool) -> tuple[str, ...]:
    """The years a question asks about: "in 2023", "for 2022 to 2025" (both ends of the span),
    or a bare "2023/24" that is the only year named in a question checking nothing."""
    said = " ".join(words(asked_about))
    if not any(map(str.isdigit, said)):
        return ()  # no year to find (most questions): the searches below are skipped
    unnamed = _NAMING_DATE.sub(" ", said)
    years = _CONSTRAINED_YEAR.findall(unnamed)
    for start, end in _SPAN_OF_YEARS.findall(said) if years else ():
        if start in years and end not in years:
            years.insert(years.index(start) + 1, end)
    if years or checking or "_" not in said:
        return tuple(years)
    bare = _BARE_YEAR.findall(unnamed)
    return tuple(bare) if len(bare) == 1 and len(_ANY_YEAR.findall(unnamed)) == 1 else ()


# "the change programme that launched in 2023": a date naming which thing is meant, not a
# period asked about (asked_period.named_months reads a month so too).
# ... nor a year something is said not to start until ("doesnt start until 2026", "wont kick
# in till 2025"): when it starts, a date claimed, not a period whose figure is asked.
_NAMING_DATE = re.compile(
    r"\b(?:(?:that|which) (?:was |were |got )?(?:launched|started|began|begun|announced|"
    r"introduced|set up) in"
    r"|(?:not|doesnt|dont|didnt|wont|isnt|arent|wasnt|never|doesn t|don t|won t|isn t|aren t)"
    r" (?:be )?(?:start|starting|begin|beginning|launch|launching|come in|coming in|kick in|"
    r"kicking in|be introduced|be launched|be available) (?:until|till|til)"
    r") (?:\w+ )?(?:19|20)\d{2}(?:_\d{2})?\b"
)

_END_VERBS = frozenset(
    "end ends finish finishes close closes stop stops expire expires conclude concludes".split()
    # "how long does the change programme run for": how it asks, not what it is about
    + "long run runs last lasts until till".split()
)
_YEAR = re.compile(r"^(?:19|20)\d{2}(?:_\d{2})?$")


@dataclass(frozen=True, slots=True)
class Question:
    """What a question asks, apart from its topic words."""

    kind: Kind
    text: str  # the question without chat markup and personal context: what is matched
    words: tuple[str, ...]  # its folded words
    intent: Intent
    places: tuple[str, ...]  # places below national level it names, as written
    local: bool  # it asks about the asker's own area ("my council")
    role: str | None  # "completed" or "total" when a count is asked that way
    years: tuple[str, ...]  # years it asks about ("2022", "2025_26")
    subject: str  # what the detail is about, for saying what the source lacks
    # "SEND training", "schools budget": a kind the asked figure must be of (word, phrase)
    kinds: tuple[tuple[str, str], ...] = ()
    checking: bool = False  # a yes/no question checking something ("was it in 2022?")
    period: str | None = None  # a period it asks about: "last year", "five years ago"
    grade: str | None = None  # a subgroup by verdict it counts: "bad", "outstanding"
    change: bool = False  # it asks how much something rose or fell, not how much it is
    negated: bool = False  # it says something is not so ("doesn't have an EHCP")
    possessed: tuple[str, ...] = ()  # what it says someone has: "got an EHCP" -> ("ehcp",)
    lacked: tuple[str, ...] = ()  # what it says someone has not: "no EHC plan" -> ("ehc plan",)
    # "how many of the 4,000 were girls": the part of a counted group asked about, as written
    # ("were girls"); its words must be in a fact for the fact to count that part.
    subgroup: str = ""
    subgroup_words: tuple[str, ...] = ()
    breakdown: str | None = None  # "by year", "by type": a split the asker wants
    # "what % of high needs funding goes to special schools": where the share goes.
    share_of: tuple[str, ...] = ()
    # "did it improve attendance?": the measure of an outcome asked about ("attendance").
    measure_words: tuple[str, ...] = ()
    so_far: bool = False  # it asks what has been done up to now, not what is planned
    findings: bool = False  # it asks what was found or achieved, not what is planned
    effect: bool = False  # ... of that, what difference it made to people ("back into school")
    stage: str | None = None  # "final": the stage of a report or findings it asks about
    # "names" or "places": it asks for the names of people or organisations, or where things
    # are; a fact that gives neither cannot answer, however close its topic.
    wants: str | None = None
    # "who asked about educational psychologists": the topic of the asked question, as written.
    about: tuple[str, ...] = ()
    # The folded words of its clauses about what is asked (asked_clauses), when others only
    # tell the asker's story ("the nearest one is a taxi ride each way. how many schools were
    # approved?"): what the story says ("each way") is not a detail asked. Empty when no
    # clause was left out as the story.
    about_words: tuple[str, ...] = ()
    # "is that more than last year?", "how many was the last cohort?": the earlier time or
    # thing it compares a figure with, or asks a figure of, as written ("the last cohort").
    compared_with: str | None = None
    # "what is the ECF? never heard of it": the first sentence, when it alone asks what a thing
    # is and the words after it only tell or guess (folded).
    defined_first: str | None = None
    # Its words as the asker wrote them ("EHCPs", not "ehcps"), for replies.
    written: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_question(self) -> bool:
        return self.kind is Kind.QUESTION


_SUBJECT_AFTER = re.compile(
    r"\b(?:how many|number of|which|names of|list of|list the|name the|percentage of|"
    r"proportion of|what (?:actually |exactly )?is an?|what s an?|whats an?|what are|"
    r"what does)\s+(.+)"
)
_COUNTED_AFTER = re.compile(r"\b(?:how many|number of|^(?:so |and |ok )?total)\s+(.+)")
# What a definition is asked of: "what is top-slicing", "what does SEMH stand for".
_DEFINED_AFTER = re.compile(
    r"\b(?:what (?:actually |exactly |even )?(?:is|are)|whats|what s|wh?at does|wot does|define|"
    r"definition of|meaning of|who (?:is|are)|what counts as|what qualifies as|"
    r"what is meant by|"
    # "what makes a free school a special free school": the kind it is put in
    r"what (?:makes|made) (?:\w+ ){1,5}?(?:an?|count as|qualify as))\s+(?:an? |the )?(.+)"
)
# "what does the dfe mean by a community-wide approach": the term is what they mean it by.
_MEANT_BY = re.compile(r"\b(?:means?|meant) by\s+(?:an? |the )?(.+)")
_SUBJECT_LEAD = re.compile(r"^(?:(?:the|a|an|of|all|names|name|list|\d+(?:_\d+)?)\s+)*")
# A second question joined on: "how many and how much" asks both of what follows them (or of
# the rest of the question), not of "and how much".
_ANOTHER_ASK = re.compile(
    r"^(?:and|or) (?:how (?:many|much|long|often)|when|where|which|what)\b\s*"
)
# "what does AP stand for in this?", "what does SEND mean in this?": the pronoun is where,
# not what, the letters are asked; so too when the letters come first and "what" after them
# ("EHCP is short for what in this?", "PINS stands for what in that").
_IN_THIS = re.compile(
    r"\b(?:stand|stands|short|mean|means)(?: for)?(?: what)? (?:in|on) (?:this|that|it)\W*$",
    re.I,
)
_SUBJECT_END = frozenset(
    """are is was were have has had will would do does did can could in on at for to from
    by been being get got there that who which this these stand stands mean means with
    opened open approved registered completed trained r u doing taking getting going being
    having making done since under over so yet through about across into after before than per
    each like as up out actually exactly really even take takes took taking join joins joined
    joining participate participating involved attend attending receive receiving work working
    use using need needing benefit benefiting sign signed nationally come comes came coming go
    goes went gone make makes made create creates anyway anyways""".split()
)


# A new noun phrase after the subject begins a clause about it: "extra EPs the DfE is paying
# to train" counts EPs, as "special schools dfe has opened" counts schools and "extra EPs
# they're training" EPs.
_CLAUSE_START = frozenset(
    """the a an they we you i he she those my our your their theyre youre theyd theyll theyve
    weve youd dfe government department govt gov ministers minister""".split()
)


def _subject(
    raw_words: Sequence[str], intent: Intent = Intent.OTHER, written: dict[str, str] | None = None
) -> str:
    """The words right after "how many", "which" ...: what the asked detail is about."""
    text = " ".join(raw_words)
    written = written or {}
    defined = intent is Intent.DEFINITION
    found = (
        (defined and (_MEANT_BY.search(text) or _DEFINED_AFTER.search(text)))
        # "what does the government say about deficits? how many schools opened?" counts schools
        or (intent is Intent.COUNT and _COUNTED_AFTER.search(text))
        or _SUBJECT_AFTER.search(text)
    )
    if not found:
        return _counted_before(raw_words) if intent is Intent.COUNT else ""
    # "which 32 councils", "the names of the 15 new special schools": what is named comes after.
    rest = _SUBJECT_LEAD.sub("", _ANOTHER_ASK.sub("", found.group(1)))
    subject: list[str] = []
    said = rest.split()
    for at, word in enumerate(said):
        # "reports published", "modules finished": the count is of the noun before the verb
        # (but "supported interns", "integrated care boards" begin with one).
        if (
            word in _SUBJECT_END
            or (not subject and word in _DONE_FIRST)  # "how many finished it": no noun
            # "and if so how many, I keep hearing...": a pronoun starts a clause, no noun
            or (not subject and word in _PRONOUNS)
            or (word.isdigit() and intent is not Intent.DEFINITION)  # "CP 800" is a name
            or (subject and len(word) > 4 and word.endswith("ed"))
            or (subject and word in _CLAUSE_START)
            # "how many LAs and how much money": a second question begins
            or (word in ("and", "or") and _asks_another(said[at + 1 : at + 3]))
        ):
            break
        subject.append(word)
        if (
            intent is Intent.COUNT
            and _PLURAL.fullmatch(word)
            and _starts_a_clause(said[at + 1 : at + 3], written)
        ):
            # "how many modules people finish", "how many primaries PINS covers", "number of
            # local authorities testing the reforms": what is counted ends at its plural noun
            # when a clause about it follows ("early years practitioners" is one noun).
            break
        plural = _PLURAL.fullmatch(word) or _ACRONYM_PLURAL.fullmatch(written.get(word, word))
        if not defined and plural and _acts_on(said[at + 1 : at + 3]):
            # "which organisations deliver the NPQ", "which ICBs sit on the board": the names
            # asked are the organisations', ICBs'; the verb after them starts what they do.
            break
    while subject and subject[-1] in ("and", "or"):
        # "what's the pilot? my nephew ... and has no EHCP": the story told after the question
        # is left out of the words, and what joined it is no part of the pilot's name
        subject.pop()
    if not subject and intent is Intent.COUNT:
        return _counted_before(raw_words)  # "those new schools, how many opened?"
    return " ".join(subject[:5])


_ANOTHER_QUESTION = frozenset("how what when where which who why".split())
# Words that may lead a second question's word: "how many extra EPs and starting when?",
# "and from when", "and for how long".
_LEADS_A_QUESTION = frozenset("starting start starts from since until till by for at in".split())


def _asks_another(following: Sequence[str]) -> bool:
    """The words after an "and" (or "or") start a second question: "and when", "and
    starting when"."""
    if not following:
        return False
    if following[0] in _ANOTHER_QUESTION:
        return True
    return (
        following[0] in _LEADS_A_QUESTION
        and following[1:2] != []
        and (following[1] in _ANOTHER_QUESTION)
    )


# Who may start a clause of their own: never what is counted.
_PRONOUNS = frozenset("i we you they he she theyre youre im ive weve".split())


# A plural noun: "modules", "authorities"; not "needs" or "years" ("early years staff"), nor a
# word that only ends in s ("class", "census", "its").
_PLURAL = re.compile(r"(?!(?:needs|years|its|this|has|was|is|us|yes)$)[a-z]{3,}[^su]s")
# Who may do what a count is of, after it: "modules people finish", "places kids got".
_CLAUSE_PEOPLE = frozenset("people kids children pupils students staff parents families".split())
_DETERMINERS = frozenset("the a an their its our your his her them it".split())


def _starts_a_clause(following: Sequence[str], written: dict[str, str]) -> bool:
    """The words after a plural noun begin a clause about it: someone doing something
    ("people finish"), a name ("PINS covers"), or a verb taking an object ("testing the
    reforms")."""
    if not following:
        return False
    first = following[0]
    if first in _CLAUSE_PEOPLE:
        return True
    as_written = written.get(first, first)
    if len(as_written) > 1 and as_written.isupper() and as_written.isalpha():
        return True  # "primaries PINS covers"
    return first.endswith("ing") and len(following) > 1 and following[1] in _DETERMINERS


# What a verb is followed by: its object ("deliver the NPQ", "train their staff") or a
# preposition ("sit on the board").
_AFTER_A_VERB = _DETERMINERS | frozenset("on with for to into".split())


# "ICBs", "LAs", "EPs": an acronym's plural as written.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _acts_on(following: Sequence[str]) -> bool:
    """The two words after a plural noun are a verb and what it acts on: "deliver the",
    "sit on" (not "and the", joining a second noun to the first)."""
    return (
        len(following) == 2
        and following[0] not in ("and", "or")
        and following[0] not in _SUBJECT_END
        and following[1] in _AFTER_A_VERB
    )


# Verbs that, straight after "how many", say what was done, not who did it.
_DONE_FIRST = frozenset(
    """finished completed qualified passed graduated registered enrolled joined took went got
    dropped signed started""".split()
)


# Words ending a count's noun phrase read backwards from "how many": "so about those new
# schools, how many opened" counts "new schools".
_BEFORE_THE_COUNTED = _SUBJECT_END | _CLAUSE_START | _PRONOUNS | frozenset("any some of".split())
# A deed, not a thing counted: "beyond this year's openings, how many?"
_DEED = re.compile(r"(?:ings|ions|ments|als)$")


def _counted_before(raw_words: Sequence[str]) -> str:
    """What "how many" with a verb but no noun after it counts: the plural noun phrase right
    before it ("about those new schools, how many opened" -> "new schools"); "" when none is."""
    at = next(
        (i for i in range(len(raw_words) - 1) if raw_words[i : i + 2] == ("how", "many")), None
    )
    if not at:
        return ""
    fronted = _fronted_before_another(raw_words[:at])
    if fronted:
        return fronted  # "extra places from the new schools, how many": places are counted
    if at + 2 == len(raw_words):
        return ""  # "ep trainees how many": a terse count, left to the words as a whole
    if not _PLURAL.fullmatch(raw_words[at - 1]) or _DEED.search(raw_words[at - 1]):
        return ""
    start = at - 1
    while start > max(0, at - 4) and raw_words[start - 1] not in _BEFORE_THE_COUNTED:
        if any(character.isdigit() for character in raw_words[start - 1]):
            break
        start -= 1
    before = start - 1
    if before > 0 and raw_words[before] in _DETERMINERS | _POINTERS:
        before -= 1
    if before >= 0 and raw_words[before] in _OF_ANOTHER:
        return ""  # "new places from the special schools, how many": the places are counted
    return " ".join(raw_words[start:at])


# Words tying a noun phrase to an earlier one it only describes: "places from the schools",
# "a course for teachers".
_OF_ANOTHER = frozenset("from for of in at by on with to".split())
# Words that may lead the noun a message opens with: "extra places", "the new places".
_COUNT_LEAD = frozenset("the new extra more additional further any".split())


def _fronted_before_another(before: Sequence[str]) -> str:
    """The plural noun a count question opens with, tied by "from", "for" ... to what it
    describes, or followed by a clause about it, when "how many" follows with no noun of its
    own ("extra places from the new special schools, how many?", "councils testing the
    reforms, how many are there?"): that noun (and one word before it, "local authorities")
    is counted, not the schools or reforms it is of; "" when the message opens otherwise."""
    words = list(before)
    start = 0
    while start < len(words) and words[start] in _COUNT_LEAD:
        start += 1
    first = start
    if start + 2 < len(words) and not _PLURAL.fullmatch(words[start]):
        start += 1  # "local authorities", "primary schools": one word before the noun
    if start + 1 >= len(words):
        return ""
    # ... or by a clause about it: "councils testing the reforms, how many are there?" (a
    # word before the noun only then: "supported internships for autistic young people, how
    # many" asks a part of them, which the noun alone would not say)
    tied = words[start + 1] in _OF_ANOTHER and start == first
    if not tied and not _starts_a_clause(words[start + 1 : start + 3], {}):
        return ""
    noun = words[start]
    if not _PLURAL.fullmatch(noun) or _DEED.search(noun):
        return ""
    return " ".join(words[first : start + 1])


_POINTERS = frozenset("those these this that my".split())


# "what's an EHCP?" asks what "what is an EHCP?" asks: the folder would drop the "'s".
_IS_CONTRACTION = re.compile(
    r"\b(what|who|where|when|how|why|which|it|that|there|here|this|he|she)['\u2019]s\b", re.I
)
_WE_ARE = re.compile(r"\b(we|they)['\u2019]re\b", re.I)
# "whos the minister" is "who's" without its apostrophe: who is asked, as "who is" asks it.
_WHOS = re.compile(r"\bwhos\b", re.I)


_WRITTEN_WORD = re.compile(r"[A-Za-z0-9]+")


# The last few messages read: a message may be read again by a later rule (the topic of "the
# latest X", the asking clauses of "who answered the question on X"), and a Question never
# changes once made.
@lru_cache(maxsize=8)
def analyse(question: str) -> Question:
    """A message read once: what kind it is, what it asks (its intent) and of what, where and
    when, as the matcher compares it with each fact ("how many EPs are being trained in
    2024/25?")."""
    text = _expanded(strip_markup(question))
    folded = fold_text(text)
    said = words(text)
    # "as a SENCO, what training is available?": the role is whom it asks about, not only
    # who asks (see `with_role_as_recipient`).
    introduced = _INTRODUCTION.sub(" ", with_role_as_recipient(folded))
    without_context = CONTEXT.sub(" ", introduced)
    raw_words = tuple(word for word in words(without_context) if word not in CHAT_FILLER)
    kind = _kind(text, folded, said, raw_words)
    intent = _intent(text, folded, raw_words)
    if intent is Intent.END:
        raw_words = _without_end_verbs(raw_words)
    plain = " ".join(raw_words)
    # Words as the asker wrote them, for the reply: "EHCPs", not "ehcps".
    written = {word.lower(): word for word in _WRITTEN_WORD.findall(text)}
    asking = asking_text(text)
    # Most messages ask in every clause: their asking text is the message, already read.
    asked_folded = without_context if asking == text else CONTEXT.sub(" ", fold_text(asking))
    # The clauses about what is asked, without the asker's story: where and when it asks about.
    clauses = asked_clauses(text)
    about = " , ".join(clauses)
    # One clause, as most messages are, is often the text read above: its context is known.
    asked_about = without_context if about == introduced else CONTEXT.sub(" ", about)
    asked_words = tuple(words(asked_folded))
    asked = " ".join(asked_words)
    intent = _intent_of_asking(intent, asking != text, asked_words, asked, plain)
    if intent in _MAY_BE_ONES_OWN and asks_own_case(folded, asked):
        intent = Intent.CASE  # "my son's school in Bristol - will it get PINS support?"
    if intent is not Intent.DEFINITION and quoted_term(text):
        intent = Intent.DEFINITION  # "what is 'adaptive teaching' in the ITTECF"
    # "what is the ECF? I'm a parent so no idea": the first sentence asks, the rest tells.
    # ... or of a term put first: "adaptive teaching - what is that?", "explain the ECF".
    defined_first = definition_asked_first(text) or term_asked_of(text)
    if defined_first is not None:
        intent = Intent.DEFINITION
    subject_words = (
        raw_words
        if defined_first is None
        else tuple(word for word in defined_first.split() if word not in CHAT_FILLER)
    )
    # "of the 4,000 reached, how many had an EHCP": the group may be named before the asking.
    subgroup, subgroup_words = _subgroup(asked, written)
    if not subgroup and asked != plain:
        subgroup, subgroup_words = _subgroup(plain, written)
    checking = bool(_CHECKING.search(plain))
    return Question(
        kind=kind,
        text=plain,
        words=raw_words,
        intent=intent,
        places=asked_places(text, places(text, raw_words, folded, clauses), intent),
        # "near us" in "we're waiting for a place near us, how many ..." tells, it does not ask.
        local=bool(_LOCAL.search(asked_about)) and not asks_nationally(asked_folded),
        role=_role_asked(folded, asked_folded, intent, checking),
        # "since our son started school in 2019, by what percentage ...": a year in the
        # asker's story is not a period asked about.
        years=_years_asked(asked_about, checking),
        checking=checking,
        subject=as_written(_defined_subject(text, subject_words, intent, written).split(), written),
        kinds=kinds(asked_words, written, alternatives(text), intent in FIGURE_ASKED),
        period=_period(asked),
        grade=_grade(asked),
        change=bool(_CHANGE.search(_WHEN_OF_A_CHANGE.sub(" ", _CHANGE_AS_AIM.sub(" ", plain)))),
        written=written,
        negated=bool(_NEGATION.search(plain)),
        possessed=tuple(word for found in _POSSESSED.finditer(plain) for word in found.groups()),
        lacked=tuple(found[1] for found in _LACKED.finditer(plain)),
        subgroup=subgroup,
        subgroup_words=subgroup_words,
        breakdown=_breakdown(asked, plain) or _breakdown_tagged_on(plain),
        share_of=_share_of(asked, intent),
        measure_words=_measure(asked),
        so_far=bool(_SO_FAR.search(asked)),
        findings=_asks_findings(asked),
        effect=asks_an_effect(asked),
        # (the whole message too: "when is the final (not interim) report due" asks in a
        # clause its brackets cut short; searched only when it is not the asking clauses)
        stage="final"
        if _STAGE.search(asked) or (plain != asked and _STAGE.search(plain))
        else None,
        # "which orgs are on it, by name": "by name" may be told apart from the asking clause
        wants=_wants(asked) or ("names" if _BY_NAME.search(plain) else None),
        about=_about(asked) if intent is Intent.ASKER else (),
        about_words=_words_about(text, clauses, asked_about),
        compared_with=(
            compared_with(asked, intent in FIGURE_ASKED, plain)
            if intent in _FIGURES_COMPARED
            else None
        ),
        defined_first=defined_first,
    )


def _defined_subject(
    text: str, raw_words: tuple[str, ...], intent: Intent, written: dict[str, str]
) -> str:
    """What is asked about; for a definition asked of a quoted term, the term as quoted: "what
    is 'adaptive teaching' in the ITTECF" asks what adaptive teaching is."""
    quoted = quoted_term(text) if intent is Intent.DEFINITION else None
    return quoted or _subject(raw_words, intent, written)


# What a question comparing a figure with an earlier one asks: the figure, whether it is
# more ("is that more than last year?"), or nothing the rules name ("how does that compare?");
# not what the new one is for ("the point of the new NPQ versus the old one"), nor a verdict
# ("is the NPQ better than the old award?"), which has a sentence of its own.
_FIGURES_COMPARED = FIGURE_ASKED | {Intent.OTHER}


# What a question asking of the asker's own case reads as by its words alone: "is it one of
# the PINS schools?" asks nothing the rules name; "will it get us seen sooner?" what will be.
_MAY_BE_ONES_OWN = frozenset({Intent.OTHER, Intent.PREDICTION})


def _words_about(text: str, clauses: Sequence[str], asked_about: str) -> tuple[str, ...]:
    """The words of the clauses about what is asked, when some clause of `text` was left out
    as the asker's story; else () (the question's own words are read)."""
    if len(clauses) == len(folded_clauses(text)):
        return ()
    about = tuple(word for word in words(asked_about) if word not in CHAT_FILLER)
    if all(word in STOPWORDS or word in POINTING_WORDS or word in _RIGHT for word in about):
        # "a governor said each council gets £2m, is that true?": the clause left out tells
        # what the asking clause checks, not the asker's story.
        return ()
    return about


# Words by which a clause asks only whether what was said is right.
_RIGHT = frozenset({"true", "right", "correct", "accurate", "wrong"})


def _kind(text: str, folded: str, said: Sequence[str], raw_words: Sequence[str]) -> Kind:
    """A question, a greeting, thanks ... or an empty message: "hi", "thanks!", "ok so"."""
    kind = kind_of(folded, said)
    if kind is Kind.QUESTION and not any(_has_letters(word) for word in raw_words):
        # Nothing but numbers ("5", "2024"): no topic to look for, so the asker is asked for a
        # question; "5" alone was answered with the fact about "five years".
        kind = Kind.EMPTY
    if kind is Kind.EMPTY and not said:
        kind = emoji_kind(text) or kind  # "👋", "🙏": a hello, thanks
    if not said and _has_letters(text) and kind is not Kind.THANKS:
        # Letters in a script it cannot read ("日本語の質問"): a question it has no answer
        # to, not an empty line to prompt for one.
        kind = Kind.QUESTION
    return kind


# The words a figure is written with besides its number: "£1 billion", "30%", "2.6bn".
_FIGURE_WORDS = frozenset({"pounds", "billion", "million", "thousand", "percent"})


def a_bare_fragment(message: str, question: Question) -> bool:
    """A whole message that is a figure ("£1 billion", "30%", not "£10.5bn?", which checks it)
    or a single word asked nothing of ("EP", not "EP?" nor "AP = ?"): no question to answer.
    (Not for a part of a message read on its own: "pins" of "pins - whats the latest" is its
    topic.)"""
    said = question.words
    asked = bool(_ASKED_OF_A_WORD.search(message))
    if len(said) == 1 and not asked:
        return True
    if asked and any(c.isdigit() for c in message) and not _FIGURE_WORDS.isdisjoint(said):
        return False  # "£10.5bn?" checks a sum or a share; a number alone ("7?") names nothing
    return all(word in _FIGURE_WORDS or not _has_letters(word) for word in said)


_ASKED_OF_A_WORD = re.compile(r"[?=]")


def _has_letters(word: str) -> bool:
    return any(character.isalpha() for character in word)


# A term in quotes right after "what is" or "what does ... mean": "what is 'adaptive teaching'
# in the ITTECF", "what's the 'universal training offer' that the autism training comes
# through". The asker quotes the source's own words, so what follows the quote says where they
# saw it, not another thing asked. (Not "what is this 'PINS' thing and how much is it".)
_QUOTED_TERM = (
    r"""(?:an? |the )?['"\u2018\u201c]([^'"\u2018\u2019\u201c\u201d]{3,60})['"\u2019\u201d]"""
)
_DEFINES_A_QUOTED_TERM = re.compile(
    r"\b(?:what (?:actually |exactly |even )?(?:is|are)|whats|what's|what\u2019s|what s|"
    r"what counts as|what is meant by|what do (?:they|you|we) mean by) " + _QUOTED_TERM + "|"
    r"\bwhat does " + _QUOTED_TERM + r" (?:(?:actually|really|even|exactly) )?mean\b",
    re.IGNORECASE,
)


def quoted_term(text: str) -> str | None:
    """The term a message quotes and asks the meaning of, folded; None when it quotes none."""
    if "'" not in text and '"' not in text and "\u2018" not in text and "\u201c" not in text:
        return None  # most messages
    found = _DEFINES_A_QUOTED_TERM.search(text)
    if found is None:
        return None
    return " ".join(words(found[1] or found[2])) or None


def _intent(text: str, folded: str, raw_words: tuple[str, ...]) -> Intent:
    """What the whole message asks for, as its words say ("how many ..." a count), read past
    what a question put in Parliament was about and a change asked between years."""
    intent = intent_of(raw_words)
    if intent is Intent.JUDGEMENT and _ON_WHETHER.search(" ".join(raw_words)):
        # "who answered the question on whether send funding is adequate": the judgement is
        # what the question put in Parliament was about, not one asked of the answer
        intent = intent_of(_ON_WHETHER.sub(" ", " ".join(raw_words)).split())
    if intent is Intent.COUNT and (aim := _CHANGE_AS_AIM.search(folded)):
        # "what funding was provided to increase the number of EPs": the number is what the
        # money is for; the sum is asked, as the words before the aim say
        before = intent_of(folded[: aim.start("aim")].split())
        intent = Intent.AMOUNT if before is Intent.AMOUNT else intent
    if intent is Intent.DIFFERENCE and _asks_a_change_between_years(raw_words):
        intent = intent_of(tuple("compared" if w in _VERSUS else w for w in raw_words))
    if intent is Intent.OTHER and _ASKS_WHAT_FOR.search(folded) and not ASKING_FOR.search(folded):
        intent = Intent.REASON
    if (
        intent is Intent.DEFINITION
        and _last_asked_word(text, raw_words) in POINTING_WORDS
        and not _IN_THIS.search(text)
        and not told_after_a_definition(raw_words)
    ):
        intent = Intent.OTHER  # "what are they?" refers back; it asks for no definition
    return intent


# The message up to its first question mark: "what does SEND stand for? the letters are
# on everything" asks what SEND stands for, whatever the chat after it ends with.
_FIRST_ASKED = re.compile(r"^[^?]*\?")


def _last_asked_word(text: str, raw_words: tuple[str, ...]) -> str:
    """The last word of the first question a message asks: "what are they?" points back."""
    found = _FIRST_ASKED.match(text)
    asked = words(fold_text(found.group(0))) if found else ()
    return asked[-1] if asked else raw_words[-1]


# What a story tells as often as a question asks: where (the asker is), who (they are),
# which names (they want to give).
# ... and what a thing is: "we're thinking about what's after college" is the asker's errand.
TOLD_OF_IN_STORIES = frozenset({Intent.PLACE, Intent.PERSON, Intent.NAMED_LIST, Intent.DEFINITION})
# What an asking clause asks that no story around it tells: a verdict, or what came of
# something. (Not what is to come: "will parents get a say? any meetings planned?" may be
# answered by the meetings a source says are planned.)
VERDICT_ASKED = frozenset({Intent.OUTCOME, Intent.JUDGEMENT, Intent.OPINION})
# "where we live", "from where i'm sitting", "depending where you go": where the asker is.
_WHERE_THE_ASKER_IS = re.compile(r"\bwhere (?:we|i|im|you|us)\b")


def _only_where_the_asker_is(plain: str) -> bool:
    """Every "where" the message says is where the asker is, not where something is ("can't
    find where they'll be built" asks it)."""
    return plain.count("where") == len(_WHERE_THE_ASKER_IS.findall(plain))


def _intent_of_asking(
    intent: Intent, told_a_story: bool, asked_words: tuple[str, ...], asked: str, plain: str
) -> Intent:
    """The intent of the asking clauses, when the asker's story says something else:
    `told_a_story`, the message says more than it asks (`plain`, all it says)."""
    if told_a_story and intent is Intent.COST and intent_of(asked_words) is not intent:
        # "the school says it can't afford support - does the dfe say who decides?": what the
        # story says costs too much is not what the asking clauses ask.
        return intent_of(asked_words)
    if intent is Intent.REASON and told_a_story and intent_of(asked_words) is not intent:
        # "trying to explain to governors why high needs went up, what total did it reach?":
        # the why is the asker's own errand; the asking clause asks for the total.
        return intent_of(asked_words)
    if (
        told_a_story
        and intent in TOLD_OF_IN_STORIES
        and (intent is not Intent.PLACE or _only_where_the_asker_is(plain))
        and intent_of(asked_words) is not intent
    ):
        # "feels like nothing is happening where we are, does the dfe claim it's delivering
        # the plan?", "want to name the person who answered, who was it?": where the asker
        # is, or what they want to do, is their story; the asking clause says what is asked.
        return intent_of(asked_words)
    if told_a_story and intent is Intent.OTHER:
        # "our LA was in the change programme from the start. has it led to fewer tribunals?":
        # the story reads as asking nothing, the asking clause asks what came of it
        asked_intent = intent_of(asked_words)
        if asked_intent in VERDICT_ASKED:
            return asked_intent
    if intent is Intent.DEFINITION and OPENS_WITH_ANOTHER.match(asked):
        # "SENCo here, our LA is top slicing. who is responsible for making sure the school
        # delivers what's in the EHCP?": the asking clause opens with "who".
        return intent_of(asked_words)
    if told_a_story and intent is not Intent.OTHER:
        # "my head says I need to do the mandatory qualification. When does the new NPQ
        # start?", "college said she's not eligible. how long does the pilot run?": a kind of
        # detail the story names (required, eligible, a sum it mentions) is not what is asked
        # when the asking clauses ask for another kind of their own. (Not when they ask for
        # none: "saw £30m for PINS, is that right?" checks the figure the story gives.)
        # Read as the whole message is ("how much extra in 2024/25 versus 2023/24" asks an
        # amount, not a difference).
        asked_intent = _intent(asked, asked, asked_words)
        if asked_intent is not Intent.OTHER:
            return asked_intent
    return intent


def _role_asked(folded: str, asked_folded: str, intent: Intent, checking: bool) -> str | None:
    """How a count asked came about ("completed", "total"), read from the asking clauses."""
    # "the 100,000 trained - did they all complete it?": the asking clause may check
    asking_checks = checking or bool(_CHECKING.match(asked_folded.strip()))
    asked_role = role(asked_folded, intent, asking_checks)
    if asked_role == "total" and sums_what_is_named(folded, asked_folded):
        return None
    if asked_role:
        return asked_role
    # "how many started it but didn't finish": the clause that says so may follow the asking.
    if role(folded, intent, checking) == "dropped out":
        return "dropped out"
    # "how many have actually completed it, is it anywhere near the 5000?": the asking clause
    # found is the check after it; the count asked is said after its "how many"
    counted = folded.rfind("how many")
    if counted < 0 or not _CHECKING.match(asked_folded.strip()):
        return None
    return role(folded[counted:], intent)


# "was the q tabled in december?", "the jan 2026 q", "the top-slicing q", "when did pawsey put
# his q in": "q" is "question" after "the" (or a member's "his", "her", "their") and up to four
# words of its date or topic ("quick q", "this is a dumb q", "my q" are no written question).
_THE_Q = re.compile(
    r"\b((?:the|this|that|original|orig|his|her|their)(?: (?!(?:is|was|a|an|my|quick|dumb|"
    r"silly|stupid|daft|random|simple|small|another|one)\b)[\w/-]+){0,4}?) q\b",
    re.I,
)


def with_the_q_spelt_out(text: str) -> str:
    """ "what was the q" as "what was the question" (see `_THE_Q`)."""
    if " q" in text or " Q" in text:
        return _THE_Q.sub(r"\1 question", text)
    return text


# "AP = ?", "send = special educational needs and disabilities?": what the letters stand for,
# asked (or a guess checked) in the shorthand of a note.
# Not "PINS = up to 1680 schools?": a figure after the sign is a claim about it to check.
_EQUALS_ASKED = re.compile(
    r"^\s*([A-Za-z]{2,6})\s*=(?!\s*(?:(?:up to|over|about|around|roughly|nearly|almost|"
    r"under|only|just|less than|more than|at least) )?[\u00a3$]?\d)\s*"
)

# "PINS stands for what", "AP short for?": the letters first, the asking after them, as a
# quick note says it; read as "what does PINS stand for" (the whole message, nothing after).
_STANDS_FOR_WHAT = re.compile(
    r"^\s*([A-Za-z]{2,6})\s+(?:stands?|is short|short) for(?:\s+what)?\s*\??\s*$"
)


# "keeping the high needs increase going": "keep going" said around what is kept going, read
# as the phrase ("keeping going the high needs increase") the synonyms know.
_KEPT_GOING = re.compile(
    r"\b(keep|keeps|keeping|kept) ((?:[\w£.]+ ){1,5}?)going\b(?! to\b)", re.IGNORECASE
)


def _expanded(text: str) -> str:
    """The text with "it's", "what's" ... and "we're", "they're" written out, and "the q" as
    "the question"."""
    text = with_the_q_spelt_out(text)
    if "going" in text:
        text = _KEPT_GOING.sub(r"\1 going \2", text)
    if "=" in text:
        text = _EQUALS_ASKED.sub(r"what does \1 stand for, ", text, count=1)
    elif " for" in text:
        text = _STANDS_FOR_WHAT.sub(r"what does \1 stand for", text, count=1)
    if "hos" in text:
        text = _WHOS.sub("who is", text)
    if "'" not in text and "\u2019" not in text:  # most questions have no apostrophe to expand
        return text
    text = _IS_CONTRACTION.sub(r"\1 is", text)
    # "we're always told it's being cut" is no "were ..." question of whether it was cut
    # ("you're" stays: "what you're able to answer" asks for help as written).
    return _WE_ARE.sub(r"\1 are", text)


def _without_end_verbs(raw_words: tuple[str, ...]) -> tuple[str, ...]:
    """The words but a verb asking when something ends: in "when do the modules finish" it
    asks for an end date and is not the topic ("finish" would otherwise fold into "complete"
    and match counts of things completed). A verb, not a name: "the task and finish group"
    keeps its "finish"."""
    kept = tuple(
        word
        for at, word in enumerate(raw_words)
        if word not in _END_VERBS
        or (at + 1 < len(raw_words) and raw_words[at + 1] not in STOPWORDS)
    )
    return kept or raw_words


# "how many of the 100,000 who did autism training were actually teachers": a part of a group.
_SUBGROUP_VERB = (
    r"(were|are|was|is|had|have|has|got|get|will be|will|came out|went on|went|returned|moved)"
)
_SUBGROUP_PATTERNS = (
    re.compile(
        r"\bhow many of (?:the|those|these|them|all)\b(?:\s+\w+)*?\s+"
        + _SUBGROUP_VERB
        + r"\s+((?:\w+\s*){1,5})$"
    ),
    # The group named first: "of the 200,000 in special schools how many have an ehcp"
    re.compile(
        r"^(?:\w+ ){0,3}?of (?:the|those|these|all) (?:\w+ ){1,8}?how many (?:\w+ ){0,2}?"
        + _SUBGROUP_VERB
        + r"\s+((?:\w+\s*){1,5})$"
    ),
    # ... by its count, maybe after what the asker tells, the part said at more length: "LA EP
    # here: of the 400 extra trainees, how many will end up working in council services rather
    # than privately" (not across a second "and how many", which is split off and said back)
    re.compile(
        r"\bof (?:the|those|these|all) \d[\d.]*k? (?:\w+ ){1,6}?how many (?:\w+ ){0,2}?"
        + _SUBGROUP_VERB
        + r"\s+((?:(?!(?:and|or) how\b)\w+\s*){1,10})$"
    ),
    # The group named first by its count, a part of it asked after: "the 5000 practitioners
    # on the training, how many are childminders", "5,000 modules done - how many of them were
    # by teachers"
    re.compile(
        r"^(?:\w+ ){0,3}?\d[\d.]*k? (?:\w+ ){1,8}?how many (?:of (?:those|them|these) )?"
        # (being, not doing: "the 4000 reached, how many went back to school" asks what came
        # of them, which the rules on effects read)
        r"(are|were|is|was)" + r"\s+((?:(?!(?:and|or) how\b)\w+\s*){1,5})$"
    ),
    # A share of a group: "what share of kids in special schools are autistic"
    re.compile(
        r"\b(?:what|which) (?:share|proportion|percentage|percent|fraction) of (?:\w+ ){1,8}?"
        r"(are|is|were|was|have|has|had)\s+((?:\w+\s*){1,5})$"
    ),
    # The group named first by its count, then a part of it asked where it is: "200k special
    # school pupils - how many in independent special schools" (read "are in ...")
    re.compile(r"^(?:\w+ ){0,2}?\d[\d.]* (?:\w+ ){1,5}?how many (in)\s+((?:\w+\s*){1,5})$"),
    # The part named before the group's count: "how many autistic kids are in special
    # schools out of the 200k" asks how many of the 200,000 are autistic
    re.compile(
        r"\bhow many (?P<part>\w+) (?:kids|children|pupils|students|people|young people|"
        r"schools|places|practitioners|professionals) (?P<verb>are|were|is|was) (?:\w+ ){0,6}?"
        r"out of (?:the |those |these |all )?\d"
    ),
    # The part named first, then the group it is among by its count, the number asked last:
    # "teaching assistants among the 100,000 trained - how many", "SENCOs among the 5000
    # registered, what number" (read "are teaching assistants")
    re.compile(
        r"^(?P<part>(?!(?:how|what|which|and|so|of)\b)\w+(?: \w+){0,2}) (?P<verb>)among "
        r"(?:the|those|these|all) \d\w*(?: \w+){0,8}? how many\b"
    ),
    # ... or the number asked first: "the number of SENCOs among the 5000 registered", "how
    # many SENCOs among the 5000 registered"
    re.compile(
        r"^(?:how many|(?:the )?number of) (?P<part>(?!(?:of|the|those|these|them)\b)\w+"
        r"(?: \w+){0,2}) (?P<verb>)among "
        r"(?:the|those|these|all) \d"
    ),
    # The part named first, the group it is among said by what they did, the number asked
    # last: "nursery managers who did the autism training, how many", "SENCOs signed up to
    # the early years training - what is the number for them". When the part is the group
    # itself ("professionals who did the training, how many") the fact names it and nothing
    # is missing (missing.py checks the part's terms against the fact's), nor when it ends
    # in a word for people in general ("nursery staff signed up for it, how many": all of them).
    re.compile(
        r"^(?P<part>(?!(?:how|what|which|and|so|of|the|number|is|are|do|does|did|has|have)\b)"
        r"\w+(?: \w+){0,2})(?<!staff)(?<!people)(?<!workers)(?<!practitioners)"
        r"(?<!professionals)(?<!members)(?<!folk) (?P<verb>)"
        r"(?:who|whove|who have|who had|who did|that|registered|signed up|enrolled) "
        r"(?:\w+ ){1,10}?"
        r"how many(?: \w+){0,3}$"
    ),
)
# "were out by feb 2024": published by then, no part of the group.
# "how many of them have been completed nationally", "... overall": across the country or
# all of them, no part of the group.
_SUBGROUP_FILLER = frozenset(
    "actually really already still now in total so far been out nationally overall altogether "
    "combined".split()
)
_SUBGROUP_TIME = frozenset("since from until before after during between this last by".split())
_MONTHS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december""".split()
)


def _done_by_whom(after_by: Sequence[str]) -> bool:
    """Whether "by" opens who did it ("by sencos"), not a time ("by march", "by 2025")."""
    return (
        bool(after_by)
        and not after_by[0][0].isdigit()
        and after_by[0]
        not in _MONTHS
        | {
            "then",
            "now",
            "the",
            "end",
        }
    )


_PARTICIPLES = frozenset("done taken made given seen begun gone run got gotten".split())
# The kinds a figure may be split by, other than place and year, as an asker names them (not
# "by age 25", an age something is reached by).
_KIND_SPLIT = (
    r"(?:age(?: groups?| ranges?| bands?)?|ages|gender|sex|ethnicity|ethnic groups?|"
    r"(?:school )?phase|key stages?|year groups?|(?:job )?roles?|professions?|settings?|"
    r"(?:type|kind) of (?:special |school |sen )?\w+|primary and secondary)\b(?! \d)"
)
# What "vs" sets a figure against when it asks a change, not a split: "vs 2015/16", "vs back
# in 2015", "vs last year".
_THEN = r"(?:(?:19|20)\d\d|back|in|last|then|before|previously|earlier|now)\b"
_YEARS_SET = re.compile(r"\b(?:19|20)\d\d(?:_\d\d)? (?:vs|versus|and|or) (?:19|20)\d\d\b")
_BY_KIND = re.compile(r"\bby (" + _KIND_SPLIT + ")")
_BREAKDOWN = at_word_starts(
    WORD_START
    + r"(?:(year by year|by year|between years|month by month|by month|(?:for )?(?:every|each) "
    r"year from|for every year|for each year|"
    # "how many eps will train in 2024 and how many in 2025", "how much in 2024 and how much in
    # 2025": one figure for each year
    r"how (?:many|much) (?:\w+ ){0,8}?(?:in|for|during) (?:19|20)\d\d(?:_\d\d)? (?:and|vs|versus) "
    r"how (?:many|much) (?:\w+ ){0,3}?(?:in|for|during) (?:19|20)\d\d)|"
    r"(?:what|which) (?:types|kinds|sorts) of|((?:what|which) (?:topics|subjects) (?:do|does|did))|"
    # "what kind of schools were the 15 new ones": the kinds among a number counted (not
    # "what kind of evaluation is it getting", which asks what it is)
    r"(?:what|which) (?:type|kind|sort) of (?=(?:\w+ ){0,8}?\d)|"
    # "how many are autism schools and how many SEMH": a figure for each kind
    r"how many (?:\w+ ){0,3}?(?:are|were|is|was) (?:\w+ ){1,3}?(?:and|or|vs) how many\b|"
    # "23 reports by region, what's the split": the split asked for in a word
    r"what(?:s| is| s)? the (?:\w+ )?split$|"
    # "the 4000 kids reached, by area pls": a figure for each place, asked at the end
    # (not "is it run by councils": who runs it)
    r"\bby (?:regions?|areas?|counties|county)"
    r"(?: (?:pls|please|plz|thanks|ta))?$|"
    # ("what's the £59.6bn split into": its parts)
    r"split (?:of (?:[\w.]+ ){1,8}?)?(?:between|by|across|over|up|into)|broken down|breakdown|"
    r"break down|by type|by need|"
    # "the 4000 kids by age group", "the 100,000 trained, by job role": a figure for each of a
    # kind the asker names (not "by age 25", an age something is reached by)
    r"\bby " + _KIND_SPLIT + r"|"
    # "regional split of the 76", "how are they distributed regionally", "break the £1bn down
    # by council": a figure for each place
    r"\bregional (?:split|spread|distribution|breakdown|figures?|numbers?)\b|"
    r"\b(?:distributed|spread|split|allocated) regionally\b|"
    r"\bbreak (?:[\w.]+ ){1,8}?down by\b|"
    # "supported internship numbers by region": one figure for each place
    r"(?:numbers?|figures?|data|stats|statistics|spending|funding) (?:broken down )?by "
    r"(?:regions?|areas?|councils?|local authorit(?:y|ies)|counties|county)|"
    # "numbers of young people on supported internships by LA": the figures asked, then the
    # place they are split by, at the end
    # (not "are the figures checked by councils": who does something to them)
    r"(?:numbers?|figures?|data|stats|statistics) (?:\w+ ){1,8}?(?<!ed )(?<!en )(?<!run )"
    r"by (?:regions?|areas?|councils?|"
    r"local authorit(?:y|ies)|las?|counties|county)$|"
    # "how is the £13m PINS money divided up" ("the pounds 13 million pins money")
    # ("how does the £13m get divided up", "how is the £1 billion increase for 2025/26 divided
    # up": a sum named at length, or "get" before the split)
    r"how (?:is|was|will|are|were|does|do|did) (?:[\w.]+ ){0,10}?(?:get |be |been )?"
    # ("how are the 76 schools spread by age range": spread over kinds, or places)
    r"(?:split|divided|shared out|broken up|spread(?: out)? (?=by|between|across|among|over)|"
    r"shared (?=between|among|across))"
    r"(?: (?:between|by|across|over|up|among))?|"
    # A split of a total the asker names: "how many of the 1,500 places are in the AP school
    # and how many in special schools"
    r"(how many of (?:the|those|these|them|all) (?:\w+ ){0,12}?(?:and|or|vs|versus) how many|"
    # "the 1,500 places - how many in the special schools and how many in the AP school": a
    # figure for each place or kind named
    r"how many in (?:\w+ ){1,5}?(?:and|or|vs) how many in|"
    # "how many of the 1,500 places are primary versus secondary", "1500 places primary vs
    # secondary split?": a figure for each of two kinds set against each other (not two years,
    # which is by year)
    r"how many (?:\w+ ){0,10}?(?:are|were|is|was|will be) (?:\w+ ){1,3}?(?:vs|versus) "
    r"(?!" + _THEN + r")\w+|"
    r"(?:vs|versus) (?!" + _THEN + r")\w+(?: \w+)? (?:split|breakdown)))\b",
    letters="abdefhmnrsvwy",
)


# Where a second asking begins ("... are in each region and what types of need will they
# cover", "... are in london, what kind of need are they for"): the part asked about ends
# before it. "who", "which", "where" and "when" alone may open a clause about the group ("of the
# 100k who did the training how many were teachers"): only after "and", "or" or "but" do
# they ask again.
_NEXT_ASKING = re.compile(
    r"\s(?=(?:(?:and|or|but|also) )+(?:what|whats|which|when|where|who|why|whether)\b|"
    r"(?:what|whats|why|whether)\b)"
)
# "and how" may ask the same again, one split said back whole ("how many are primary and how
# many secondary"), so the clauses are cut there too only when nothing is found without: "how
# many are for SEMH and how many for autism" asks a part, "for SEMH", first.
_NEXT_HOW = re.compile(r"\s(?=(?:and|or|but) how\b)")


# The same asked again, short enough to say back whole: "and how many for autism".
_ASKED_AGAIN = re.compile(r"^(?:and|or) how many(?: \w+){1,4}$")


def _found_in(clauses: list[str]) -> tuple[re.Match[str] | None, str]:
    """The first part asked about in the clauses, and the short clause after it that asks the
    same again ("and how many for autism"), if any."""
    for at, clause in enumerate(clauses):
        for pattern in _SUBGROUP_PATTERNS:
            if found := pattern.search(clause):
                after = clauses[at + 1] if at + 1 < len(clauses) else ""
                return found, _said_again(after) if _ASKED_AGAIN.match(after) else ""
    return None, ""


def _said_again(clause: str) -> str:
    """The clause asking again without what the asker goes on to say ("and how many for SEMH
    asking as a teacher" is left "and how many for SEMH asking"): no "-ing" word ends it."""
    said = clause.split()
    while len(said) > 3 and (said[-1].endswith("ing") or said[-1] in _CHAT_ENDS):
        said.pop()
    return " ".join(said) if len(said) > 3 else ""


_CHAT_ENDS = frozenset("pls please plz lol thanks ta tho".split())


# Words every one of `_SUBGROUP_PATTERNS` needs: a message with none of them (most) names no
# part of a group, and its clauses are not searched pattern by pattern.
_SUBGROUP_NEEDS = (
    "how many",
    "what number",
    "share of",
    "proportion of",
    "percent",
    "fraction of",
    "number of",  # "the number of SENCOs among the 5000 registered"
    "the number",  # "... what is the number for them"
)


# ... and so does "what is the number for them"
_WHAT_NUMBER = re.compile(r"\bwhat(?: is)?(?: the)? number\b")


def _subgroup(text: str, written: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    if not any(needed in text for needed in _SUBGROUP_NEEDS):
        return "", ()
    # "what number of the 5000 registered are childminders" asks what "how many of" asks
    clauses = _NEXT_ASKING.split(_WHAT_NUMBER.sub("how many", text))
    found, again = _found_in(clauses)
    if not found:
        found, again = _found_in([part for clause in clauses for part in _NEXT_HOW.split(clause)])
    if not found:
        return "", ()
    if found.re.groupindex:  # the part named before the group: "how many autistic kids ..."
        verb = found["verb"] or "are"  # "teaching assistants among the 100,000": are them
        return as_written((verb, found["part"]), written), (found["part"],)
    predicate = []
    # "had been permanently excluded": what happened to them, a part of the group.
    passive = found.group(2).split()[:1] == ["been"]
    said = found.group(2).split()
    for at, word in enumerate(said):
        if at == 0 and word == "by" and _done_by_whom(said[1:]):
            predicate.append(word)  # "how many of those were by SENCOs": a part by whom
            continue
        if word in _SUBGROUP_TIME:
            break  # "since may 2022" says when, not which part
        if word == "in" and said[at + 1 : at + 2] != ["total"]:
            predicate.append(word)  # "are in London", not "in total"
        elif word not in _SUBGROUP_FILLER:
            predicate.append(word)
    # "how many of the modules have people done": what was done, not a part of the group.
    done = (
        not passive
        and found.group(1) in ("have", "has", "had")
        and any(word in _PARTICIPLES or word.endswith("ed") for word in predicate)
    )
    if not predicate or done:
        return "", ()
    verb = (found.group(1), "been") if passive else (found.group(1),)
    if verb == ("in",):
        verb = ("are", "in")  # "how many in independent special schools": are in them
    said = as_written((*verb, *predicate, *again.split()), written)
    return said, tuple(predicate)


_MEASURE = re.compile(
    r"\b(?<!to )(?:improve|improved|improving|reduce|reduced|reducing|raise|raised|boost|"
    r"boosted|increase|increased|cut) (?:the |their |its |kids |children s |pupils )?(\w+)"
)
# What an outcome is measured by, when named: a change asked of one of these is an outcome
# asked, which a fact reporting something else done (places created, children reached) does
# not give.
_MEASURES = (
    r"attendance|absences?|exclusions?|suspensions?|attainment|grades|behaviour|wellbeing|"
    r"waiting lists?|waiting times?|waits|deficits?|debts?|overspends?|tribunal appeals?|"
    r"tribunals?|appeals?|"
    r"complaints|employment|jobs"
)
# ... after a change that names it with words between: "reduce council high needs deficits",
# "shorten the waiting lists", "cut tribunal appeals".
_MEASURE_NAMED_AFTER = re.compile(
    r"\b(?:improve|improved|improving|reduce|reduced|reducing|cut|lower|lowered|shorten|"
    r"shortened|bring down|brought down|ease|eased) (?:\w+ ){0,3}?(" + _MEASURES + r")\b"
)


def asks_so_far(text: str) -> bool:
    """Whether a question asks what has been done up to now ("how many EPs are working in
    schools now"), not what is planned."""
    return bool(_SO_FAR.search(text.lower()))


_SO_FAR = at_word_starts(
    # "how many new EPs are working in schools now": those in post, not those planned
    r"\b(?:(?:working|in post|employed|practising) (?:\w+ ){0,3}?now|now (?:working|in post|"
    r"employed|practising)|currently (?:working|in post|employed|practising))\b|"
    # "how many new EPs are working in schools": those in post now, said by the tense alone
    r"\b(?:are|is) (?:actually |already )?(?:working|in post|employed|practising)\b|"
    # "how many actually took part": those who did, not those planned for
    r"\b(?:took part|participated|(?:actually|really) (?:signed up|joined|enrolled|started))\b|"
    r"\b(?:so far|to date|already|yet|(?:have|has) (?:actually |already |now )?(?:signed up|joined|"
    r"taken part|enrolled|started|begun|commenced|been (?:supported|reached|helped|trained|"
    r"signed up))|(?:are|is) (?:actually |already |now |currently )?(?:in training|on (?:the|their|"
    r"a) (?:course|programme|training)))\b|"
    # "how many EPs trained?", "how many psychologists got trained": a past tense asking how
    # many it has been done for up to now (not "how many will be trained", a plan's count)
    r"\bhow many (?:(?!(?:will|would|to|be|being|shall|should|could|can|may|might|going|gonna|"
    r"planned|due|expected|set|funded|paid|need|needed|get|gets|getting|are|is|more)\b)"
    r"[\w'-]+ ){1,4}?(?:were |got |was )?"
    r"(?:trained|qualified)\b(?! (?:by|in|over|across|from|during|between|under) 20\d\d)|"
    # "have the 400 extra EPs been trained now": asked of those named, whether it is done yet
    # (not "have all 400 been trained": whether every one is, asked_all_done's)
    r"\b(?:have|has) (?!(?:all|every|each)\b)(?:(?!(?:all|every|each)\b)[\w'-]+ ){1,6}?"
    r"(?:actually |already |now )?been (?:trained|qualified)\b|"
    # "is the programme live in every school it was meant for", "in place across all areas":
    # whether it has reached them all by now, not how many it is planned to reach
    r"\b(?:(?:fully|completely|properly) )?(?:rolled out|up and running|running|live|"
    r"operating|in place|in use) (?:\w+ ){0,2}?(?:in|to|across|at|for) (?:all|every|each)\b|"
    r"\b(?:fully|completely) (?:rolled out|up and running|in place|implemented|delivered)\b",
    letters="acefhilnoprstuwy",
)


# "what did the evaluation find", "did they manage to double it": results, not plans.
# (Searched from word starts only: each branch opens a word.)
# Those whose feedback on a thing says what they made of it: "feedback from SENCOs".
_FEEDBACK_FROM = (
    r"(?:practitioners|participants|parents|families|carers|schools|teachers|staff|sencos|"
    r"councils|las|users|young people|pupils|students|areas|partnerships|trainees|providers|"
    r"heads|headteachers)\b"
)
_FINDINGS = at_word_starts(
    r"\bwhat (?:did|have|has|do|does) (?:\w+ ){0,6}?(?:(?:actually|really) )?(?:find|found|"
    r"conclude|concluded|reveal|revealed|show|shown|learn|learned|learnt)\b|"
    # "what results has the change programme shown so far", "what impact has it had"
    r"\bwhat (?:results|findings|outcomes|impact|difference) (?:have|has|did) (?:\w+ ){1,6}?"
    r"(?:shown?|produced?|achieved?|had|have|made|make|delivered?)\b|"
    # ... and what a report said: "what did the IFS report say about council debt" asks for
    # the report's words, not the department's answer to it
    r"\bwhat (?:did|do|does|have|has) (?:\w+ ){0,4}?(?:findings|results|evaluation|report|"
    r"study|research) (?:say|said|show|recommend|recommended|warn|warned)\b|"
    # "what early insights have come out of the change programme"
    r"\bwhat (?:\w+ ){0,3}?(?:(?:has|have) )?(?:came|come) out of\b|"
    # "what did the task and finish group recommend": what a group or review advised
    r"\bwhat (?:did|has|have) (?:\w+ ){1,6}?(?:recommend|recommended|advise|advised)\b|"
    # "what conclusions has the review reached", "what recommendations did the panel make":
    # what came of it, named before who made it
    r"\bwhat (?:recommendations|conclusions|lessons) (?:did|has|have|had) (?:\w+ ){1,8}?"
    r"(?:make|made|reach|reached|produce|produced|come up with|came up with|draw|drawn|"
    r"give|given|publish|published)\b|"
    # "what feedback have practitioners given on the training", "any feedback from SENCOs?":
    # what those taking part made of it (not "what will the partnerships feed back on", which
    # asks what is planned)
    r"\bwhat (?:feedback|views) (?:have|has|did) (?:\w+ ){0,6}?(?:given|give|provided|shared|"
    r"offered|said|had|come back|came back)\b|"
    # (not "how does feedback from the partnerships get back to dfe": how it travels)
    r"\b(?:any|what|whats|what s|what is|what was|what has been|was|is|has) (?:the )?"
    r"feedback (?:from|by) (?:the )?" + _FEEDBACK_FROM + r"|"
    r"^(?:the feedback|feedback) (?:from|by) (?:the )?" + _FEEDBACK_FROM + r"|"
    r"\bwhat (?:did|have|has) (?:\w+ ){1,6}?(?:fed back|feed back)\b|"
    # "what early insights has the partner fed back", "what lessons have the pilots reported":
    # what was learned, asked by its name (not "what insights has the feedback loop shown": what
    # a thing promised holds, which the checks of promised things read)
    r"\bwhat (?:\w+ ){0,2}?(?:insights?|lessons?|learnings?|findings|evidence) (?:have|has|did|"
    r"had) (?:\w+ ){0,6}?(?:fed back|feed back|learned|learnt|gathered|reported|come up with|"
    # "what early insights have come back from the feedback loop": what came of it, however
    # it got back
    r"come back|came back|come through|emerged|been shared|been found|been drawn)\b|"
    # "how did councils do in the 23 inspections": how those looked at came out of them
    r"\bhow (?:did|have|has) (?:\w+ ){1,3}?(?:do|done|fare|fared|perform|performed) (?:in|on|at) "
    r"(?:\w+ ){0,6}?(?:inspections?|evaluations?|reviews?|pilots?|trials?|assessments?)\b|"
    # "did the 23 inspections find problems": what they found
    r"\bdid (?:\w+ ){0,4}?(?:inspections?|reports?|evaluations?|reviews?|stud(?:y|ies)|"
    r"research|visits?) (?:actually |really )?(?:find|reveal|uncover|show)\b|"
    r"\b(?:did|have|has) (?:they|it|we|the \w+|\w+) (?:(?:actually|really) )?(?:manage|managed|"
    r"succeed|succeeded|achieve|achieved)\b|"
    # "what has the pilot for young people without a plan achieved so far": what came of it,
    # however long the name of what did it (not "what did it aim to achieve": its purpose)
    r"\bwhat (?:did|has|have) (?:\w+ ){1,12}?(?:(?<!to )achieve|achieved|(?<!to )accomplish|"
    r"accomplished)\b|"
    r"\b(?:findings|results|found) so far\b|"
    # "has the review group published any recommendations yet", "have the pilots produced any
    # findings": what came of a group's work, asked by whether it has any (not "will it make
    # recommendations", which asks what is planned)
    r"^(?:has|have|did) (?:\w+ ){1,10}?(?:made|make|published|publish|produced|produce|issued|"
    r"issue|reached|reach|come up with|came up with) (?:any )?(?:recommendations|conclusions|"
    r"findings)\b|"
    # "so what were the outcomes for the families reached", "what were the results of it": what
    # came of it, in the past tense (not "what outcomes is it meant to improve": its purpose)
    r"\bwhat (?:were|have been|was) (?:the )?(?:outcomes?|results?|impacts?|effects?) "
    r"(?:for|of|on)\b|"
    # "has the evaluation found anything yet", "did the training change anything": what came
    # of it, said with "anything"
    r"^(?:has|have|did) (?:\w+ ){1,8}?(?:found|find|shown|show|concluded|revealed|reported|"
    r"changed|change) (?:anything|any (?:\w+ )?(?:results|findings|difference|evidence))\b|"
    r"\b(?:has|have|had) (?:\w+ ){0,4}?changed anything\b|"
    # "what did parents say at the listening sessions": what those taking part said, which
    # the department reports only if it gives findings (not "what did they say": the answer)
    r"\bwhat (?:did|have|has) (?:the )?(?:parents|families|carers|young people|attendees|"
    r"participants|councils|schools|teachers|sencos|people|folks?|everyone|experts|"
    r"stakeholders|professionals) (?:\w+ ){0,5}?(?:say|said|tell|told|"
    r"raise|raised|feed back|fed back)\b|"
    # "what did the IFS say about council deficits", "what has ofsted said about councils": an
    # outside body's words, which a written answer gives only as the department's reply to them
    # (not "what did the IFS question answer say": the written answer named by its topic; not
    # "what does Ofsted think of my council": an opinion, which the opinion reading says)
    r"\bwhat (?:did|do|does|have|has) (?:the )?(?:ifs|institute for fiscal studies|ofsted|cqc|"
    r"nao|national audit office|lga|local government association|childrens commissioner|"
    r"children s commissioner)(?! (?:question|questions|q|pq|answer|written|reply|lords)\b) "
    r"(?:\w+ ){0,5}?(?:say|said|warn|warned|tell|told|raise|raised)\b|"
    # "results of the change programme evaluation?", "is the change programme going to work":
    # what an evaluation found, or will find (not "when are findings from the evaluation due")
    r"^(?:the )?(?:results|findings|outcomes?) (?:of|from) (?:the |this |that )?(?:\w+ ){0,4}?"
    r"(?:evaluation|pilot|review|trial|study)\b|\b(?:is|are) (?:\w+ ){1,6}?going to work\b|"
    # "has the training actually made a difference in classrooms"
    r"\b(?:has|have|did) (?:\w+ ){0,6}?(?:made|make) (?:a |any |much |a real )?(?:difference|"
    r"impact)\b|\b(?:had|has) (?:an? |any )?(?:impact|effect) on\b|"
    # "how many interns went on to get paid jobs": what came of it, not how many took part
    r"\b(?:went|gone|go|going) on to (?:get|find|secure|start|move)\b|"
    # (not "how many councils ended up in the change programme": who came to take part)
    r"\bended up (?:in|with|getting)\b(?! (?:the |a |an |this |that )?(?:[\w-]+ ){0,3}?"
    r"(?:programme|program|pilot|scheme|cohort|wave|trial)s?\b)|"
    # "has it got any young people into paid jobs": what came of it (not "what is being done
    # to get young people into jobs", which asks what is planned)
    r"\b(?:(?:has|have|did) (?:\w+ ){0,6}?(?:got|get|gotten|helped|help|moved|move)|how many "
    r"(?:\w+ ){0,4}?(?:got|went|moved|have got|have gone)) (?:\w+ ){0,3}?into (?:paid |full time |"
    r"part time )?(?:jobs?|work|employment)\b|"
    # "is the change programme actually working", "did it really work": what came of it (not "is
    # it working with councils", which asks who it works with; "is it working?" alone is an
    # outcome asked, whose reply says no answer judges it)
    r"(?:^(?:is|are) (?:\w+ ){0,6}?(?:actually|really) working|^did (?:\w+ ){0,6}?(?:actually|"
    r"really) work|\b(?:has|have) (?:\w+ ){0,6}?(?:actually|really) worked)\b"
    r"(?! (?:with|on|in|at|for|alongside|towards?|to|as|together|out|through|across)\b)|"
    # "what has the feedback said is working so far": what those asked found works
    r"\b(?:said|says|shown|shows|found|finds) (?:is|are|was|were) (?:\w+ ){0,2}?working\b|"
    # "is the change programme working or not", "is pins working, honestly": whether it works,
    # pressed for, the message ending there (not "is it working with councils": with whom; "is
    # it working?" alone is an outcome asked, whose own reading says no answer judges it)
    r"^(?:is|are) (?:\w+ ){1,6}?working(?: (?:or not|at all|yet|so far|then|in practice|"
    r"honestly|tbh|to be honest))+$|"
    # "has pins improved outcomes for autistic kids", "did the training improve anything"
    r"\b(?:has|have|did) (?:\w+ ){0,6}?(?:actually |really )?improved? (?:anything|things|"
    r"outcomes?|results|matters|attainment|attendance|behaviour|wellbeing|inclusion|lives)\b|"
    # "did the training really help autistic pupils", "did the kids end up back in mainstream",
    # "how did the pilot go so far": what came of it (not "has the dfe actually changed ITT",
    # which asks what was done)
    r"\b(?:did|has|have) (?:\w+ ){0,6}?(?:actually|really) (?:help|helped|reduce|reduced)\b|"
    r"\b(?:did|has|have) (?:\w+ ){0,10}?(?:end|ended) up\b|"
    r"^how (?:did|has|have|is|are) (?:\w+ ){1,10}?(?:go|gone|going)"
    r"(?: so far| overall| in practice)?$"
)
# Every branch of _FINDINGS says one of these (" any" of "anything", not of "many"): a message
# saying none is not searched: most messages say none, and trying every branch at each word
# costs each some 15 microseconds.
_FINDINGS_CUES = (
    "what",
    "feedback",
    "did",
    "manage",
    "succeed",
    "achieve",
    "so far",
    " any",
    "results",
    "findings",
    "recommendations",
    "conclusions",
    "outcome",
    "going to work",
    "difference",
    "impact",
    "effect",
    "on to",
    "ended up",
    "into",
    "work",
    "improve",
    "actually",
    "really",
    "end up",
    "how did",
    "how has",
    "how have",
    "how is",
    "how are",
)


def _asks_findings(asked: str) -> bool:
    return any(cue in asked for cue in _FINDINGS_CUES) and bool(_FINDINGS.search(asked))


_STAGE = re.compile(
    WORD_START
    # ("the final (not interim) PINS evaluation report": a stage set apart in passing)
    + r"(?:final|full|completed?) (?:\w+ ){0,3}?(?:report|evaluation|findings|results|version)\b"
)
# ... "what's the AP free school called": a name asked for by "called" at the end.
_WANTS_NAMES = re.compile(
    r"\b(?:names?|name the|who exactly|exactly who)\b|\bcalled(?: again| exactly)?$|"
    # "which charities are on it", "the actual members": which ones by name, not what kinds
    r"\b(?:which|what) (?:charities|orgs|companies)\b|\bactual (?:members|names)\b|"
    # "which third sector organisations sit on the panel", "which bodies are members of it":
    # its members one by one (not "which organisations does it work with": the kinds it names)
    r"\b(?:which|what) (?!(?:kinds?|types?|sorts?) of\b)(?:\w+ ){0,2}?(?:organisations|"
    r"organizations|charities|bodies|groups|people|experts) (?:sit|sits|serve|serves|"
    r"are sitting|are serving) on\b|"
    r"\b(?:which|what) (?!(?:kinds?|types?|sorts?) of\b)(?:\w+ ){0,2}?(?:organisations|"
    r"organizations|charities|bodies) (?:are|were) (?:members of|represented on)\b|"
    # "list the members of the group", "can you list all its partners": each one, by name
    # (not "list the kinds of people on it")
    r"\blist (?:(?:all|each|every) )?(?:of )?(?:the |its |their )?(?:\w+ )?(?:members|partners|"
    r"organisations|organizations|people|experts|providers|councils|schools|charities)\b"
)
# Where things are, asked as the question itself ("where will they be built"), not in a
# question about the question ("did someone ask where ...").
_WANTS_PLACES = re.compile(
    r"^(?:(?:so|and|but|ok|okay|then|any idea|do you know) )*where (?:(?:\w+ ){0,14}?(?:going to "
    r"be|be built|be located|being built|being located)\b|(?:are|will) (?:the|they|these|those) "
    r"(?:\w+ ){0,8}?(?:be|located|based)$|"
    # "where r the 15 new special free schools actually going"
    r"(?:are|r|will) (?:the|they|these|those) (?:\w+ ){0,10}?(?:actually )?(?:going|go)$)|"
    # "which region has the most special free schools": where most of them are
    r"^which (?:region|area|county|city|town|part of (?:the )?country)s? (?:\w+ ){0,3}?"
    r"(?:has|have|got|gets|get) (?:the )?(?:most|fewest|least|more)\b"
)


_ABOUT_TOPIC = re.compile(r"\b(?:about|on|regarding) ((?:\w+ ?){1,4})$")


def _about(text: str) -> tuple[str, ...]:
    found = _ABOUT_TOPIC.search(text)
    if not found:
        return ()
    return tuple(word for word in found.group(1).split() if word not in STOPWORDS)


# ... or asked for after the question: "who is on it, names?", "which one opened? name pls",
# "which ones? list them". (not "types of people, not names")
# (Searched from word starts only: each branch opens a word.)
_BY_NAME = at_word_starts(
    r"\bby name\b|(?<!not )(?<!no )\bnames?\W*$|\blist them\W*$|"
    # "who are they, named people or orgs?": the ones by name, not the kinds of them
    r"\bnamed (?:people|persons|individuals|orgs|organisations|organizations|bodies|groups|"
    r"charities)\b",
    letters="bln",
)


def _wants(text: str) -> str | None:
    if _WANTS_NAMES.search(text):
        return "names"
    return "places" if _WANTS_PLACES.search(text) else None


# ... or named before its change: "did attendance go up", "have exclusions fallen", "have
# waiting lists for specialist places gone down".
_MEASURE_BEFORE = re.compile(
    r"\b(" + _MEASURES + r") (?:\w+ ){0,4}?(?:go|went|gone|got|improve|improved|fall|fell|fallen|"
    r"drop|dropped|rise|rose|risen|increase|increased|decrease|decreased|reduce|reduced|"
    r"shorten|shortened|shrink|shrunk|shrank|come down|came down|shorter|longer)\b"
)
# ... or named as what something had an effect on: "what impact has the AP taskforce had on
# exclusions", "any effect on attendance", "made a difference to waiting lists".
_MEASURE_AFFECTED = re.compile(
    r"\b(?:impact|effect|effects|difference|affect|affected|had) (?:on|to) (?:the |their |its )?"
    r"(?:\w+ ){0,3}?(" + _MEASURES + r")\b"
)


_A_MEASURE = re.compile(_MEASURES)


def names_a_measure(question: Question) -> bool:
    """The outcome measure the question reads is one named as such ("waiting lists",
    "deficits"), not any word after "increase" ("the increased high needs funding")."""
    return bool(question.measure_words) and bool(_A_MEASURE.fullmatch(question.measure_words[0]))


def _measure(text: str) -> tuple[str, ...]:
    found = (
        _MEASURE_AFFECTED.search(text)
        or _MEASURE_BEFORE.search(text)
        or _MEASURE_NAMED_AFTER.search(text)
        or _MEASURE.search(text)
    )
    return (found.group(1),) if found and found.group(1) not in STOPWORDS else ()


# Up to six words: "goes on post 16 and fe colleges" names its part at length.
_SHARE_TARGET = re.compile(
    # ... said in the past too: "what % of the increase has gone to independent schools"
    r"\b(?:goes|go|going|gone|went|ends up|end up|ended up|is spent|are spent|spent|is used|used|"
    r"allocated|given) "
    r"(?:on|to|in|with|for) (?:the )?((?:\w+ ?){1,6})$"
)


def _share_of(text: str, intent: Intent) -> tuple[str, ...]:
    if intent is not Intent.PERCENT:
        return ()
    found = _SHARE_TARGET.search(text)
    return tuple(word for word in found.group(1).split() if word not in STOPWORDS) if found else ()


def _breakdown(text: str, whole: str = "") -> str | None:
    """`whole`: the message the asking clauses `text` are from, whose clause after them may say
    the split ("how is the £70m split, per year or per area?")."""
    if _ITEMISED.search(text) or (whole != text and _ITEMISED.search(whole)):
        return "line by line"
    found = _BREAKDOWN.search(text)
    if not found:
        return None
    # "split between years" is by year; "split between councils" or "what types of need" not.
    said = text[found.start() : found.end() + 32]  # "... between the different councils"
    if found.end() == len(text) and whole.startswith(text):
        said += whole[len(text) : len(text) + 24]
    if found.group(2):
        return "by topic"
    if found.group(3):
        return "between them"
    if (
        found.group(1)
        or re.search(r"\byears?\b|\b(?:19|20)\d\d\b", said)
        or _YEARS_SET.search(text)
    ):
        # ("how many in 2024 vs 2025, how is the 400 split": the years said before the split)
        return "by year"
    # "how are the 1,500 places split across regions": by where, not by kind
    # ("23 reports by region, what's the split": the places named before a split asked last)
    if found.end() == len(text):
        places_in, places_from = whole or text, 0  # the whole message, from its start
    else:
        places_in, places_from = text, found.start()
    if _AREAS_SPLIT.search(said) or _BY_AREA.search(places_in, places_from):
        # (a split named at length before its places: "breakdown of the 23 inspection reports
        # by region")
        return "by area"
    named = _BY_KIND.search(text, found.start())
    # "by age group", "by job role": the split said back as the asker names it
    return f"by {named[1]}" if named else "by type"


# "what does the £18m get spent on, line by line", "an itemised list of the spending": each
# item a sum is spent on, asked apart from any split by year, area or kind (the clause saying
# so may come after the question, so the whole message is searched too).
# (Not "does it have to be spent line by line on the plan": how money must be used, asked as
# a yes or no; only a question asking what, or for a list or breakdown, asks the items.)
_ITEMISED = re.compile(
    r"\b(?:itemi[sz]ed|itemi[sz]ation|line items?|(?:breakdown|broken down|break (?:\w+ )?down|"
    r"list(?:ed)?) (?:\w+ ){0,3}?(?:line by line|item by item))\b|"
    r"^(?:what|whats|how much|where|which)\b.*\b(?:line by line|item by item)\b"
)


# "what is the PINS money spent on, breakdown": a split asked for in a word at the end, a
# clause of its own that the asking clauses leave out.
# ("breakdown by activity": the split named after it)
_TAGGED_BREAKDOWN = re.compile(
    r"\b(?:breakdown|broken down)(?: by (?:\w+ )?\w+)?(?: (?:pls|please|plz))?$"
)


def _breakdown_tagged_on(plain: str) -> str | None:
    return _breakdown(plain) if _TAGGED_BREAKDOWN.search(plain) else None


_AREAS_SPLIT = re.compile(
    r"\b(?:regions?|regional|regionally|areas?|councils?|local authority|local authorities|las?|"
    r"county|counties|the country)\b"
)
_BY_AREA = re.compile(
    r"\b(?:by|across|between|per|each|every) (?:\w+ )?(?:regions?|areas?|councils?|"
    r"local authority|local authorities|las?|county|counties)\b"
)


def _period(text: str) -> str | None:
    found = _PERIOD.search(text)
    return found.group(0) if found else None


def _grade(text: str) -> str | None:
    found = _GRADE.search(text)
    return next((group for group in found.groups() if group), None) if found else None


def is_year(term: str) -> bool:
    return bool(_YEAR.match(term))
