"""Questions asking whether something promised has happened yet ("has the white paper been
published yet?", "is the change programme over now?") or what a promised thing holds ("what's in
the white paper?"), against a fact that states it only as to come ("with the view of bringing
forward a full Schools White Paper early in the new year"): the promise is not the answer, so the
reply says what no answer here says, with the date of the promise. A fact that states the event
done ("has opened 15 new special schools") still answers. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from sendbot.answering.normalise import without_final_s
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.human_date import human_date


@dataclass(frozen=True, slots=True)
class AskedEvent:
    """What a question asks has happened: the event, as "whether it has ___ since" ends."""

    event: str  # "published", "opened", "announced", "started", "ended", "shared"
    plural: bool  # "have the schools opened" -> "they have"
    contents: bool = False  # asks what the promised thing holds, not whether it came
    # asks where the promised thing is ("so where are the 15 schools?"), not what it holds
    where: bool = False
    # "have they opened", "did it start": asked of the thing itself, not "were those approved
    # on top of the ones already opened", whose event is said of others
    perfect: bool = False
    # "has it reported back yet": asked as by now, which only a quote saying it has answers
    yet: bool = False
    # "did it finish in march 2025 as planned": whether the plan was kept, which the plan
    # ("until March 2025") does not say
    as_planned: bool = False
    # "what recommendations has it made": the things whose contents are asked, as written
    thing: str | None = None


# The message in clauses: a yes-or-no question begins one ("ok but is it over now?").
_CLAUSE_BREAK = re.compile(r"[?.!,;:]+\s*|\s[-\u2013\u2014]+\s+")
# Apart from own_case's and asked_figure_kind's yes/no readers: only "has/did/was ..." (an event
# done or not, never "is there"), and it hands on the clause's rest.
_YES_NO = re.compile(
    r"\s*(?:(?:so|but|and|ok|okay|also)\s+)?(?P<aux>has|have|had|did|was|were|is|are)\s+"
    r"(?!there\b)(?P<rest>.*)"
)
# The asked event's words, within the clause the yes-or-no question begins. "Out" only as
# "come out" or "out yet" ("before it comes out" asks something else), "over" only at the end
# or before "now", "yet" ("over five years", "over £1bn" are amounts), "open to" asks who may.
_EVENT_WORDS = (
    # "has the group reported back yet": its report published
    (
        "published",
        r"published|publish|released|come out|came out|out (?:yet|now|already)|"
        r"reported back|report back|reported|"
        # "have they set out the reform plans yet": put out in full (asked by now only: "did
        # the plan set out a timetable" asks what it holds)
        r"set (?:(?:them|it|these|those) )?out",
    ),
    ("opened", r"opened|open(?! (?:to|for)\b)"),
    ("announced", r"announced|announce"),
    ("started", r"started|start|begun|begin|launched|launch|kicked off"),
    # "has the pilot finished and been rolled out": past a pilot, to everyone (the further
    # stage of the two asked)
    ("rolled_out", r"rolled out|roll(?:ed)? it out|rolling out"),
    (
        "ended",
        # ("done" as "over" is: "is the pilot done now", not "has anything been done")
        r"(?:over|(?<!been )(?<!being )done)(?= *$| (?:now|yet|already|and dusted)\b)|ended|"
        r"finished|concluded|"
        r"wound up|completed|complete|"
        r"(?<!task and )(?<!task & )finish(?! group)"
        r"|end(?= (?:on time|on schedule|in|as|yet|now|already)\b)"
        # "did the pilot actually run until march 2025", "did it run its full course": whether
        # it ran to the end planned (asked with "did" or "has": "is it running until" asks of
        # the plan, which says it)
        r"|run(?= (?:(?:all the way|right) )?(?:to|until|til|till|through|thru) "
        r"| (?:its|the|their) (?:full )?(?:course|term)\b)",
    ),
    ("shared", r"shared|share"),
    # "is it actually being taught on courses yet", "has it come into use": in use, which a
    # thing announced is not yet said to be (asked with "yet", "now" or the like: "is the
    # £21m used for training" asks what it is for)
    (
        "in_use",
        r"(?:being |been )?(?:used|taught|delivered|implemented|applied)(?= .*\b(?:yet|now|"
        r"already)\b)|in use|come into (?:use|force|effect)|came into (?:use|force|effect)|"
        # ... or with "already" before it: "is the framework already being used on courses"
        r"(?<=already )(?:being |been )?(?:used|taught|delivered|implemented|applied)|"
        # ... or said of those who use it: "are colleges already teaching the new content"
        # (not "delivering": "is REACh already delivering the programme" asks of its delivery
        # partner, whose role the source gives, not of a thing coming into use)
        r"(?<=already )(?:using|teaching|implementing|applying)",
    ),
    # "have the listening sessions happened yet": events held, not things opened or published
    ("held", r"happened|taken place|took place|been held"),
    # "has the old senco qualification been scrapped yet": asked only with "has" or "have"
    # ("is it being replaced" asks of the plan, which the promise answers)
    ("replaced", r"replaced|scrapped|abolished|phased out|withdrawn"),
)
_EVENT = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _EVENT_WORDS) + r")\b"
)
# The first word of each, to pass over at once the many questions that name none.
_EVENT_FIRST_WORDS = frozenset(
    """published publish released come came out opened open announced announce started start set
    begun begin launched launch kicked rolled over done ended finished concluded wound completed
    complete finish end run shared
    share happened taken took been replaced scrapped abolished phased withdrawn reported report
    used taught delivered implemented applied use force effect roll using teaching implementing
    applying
    rolling""".split()
)
_AUX = frozenset("has have had did was were is are".split())
# The in-use words said of those who use the thing ("are colleges already teaching it").
_USING = frozenset("using teaching implementing applying".split())
_CLIPPED_WORDS = frozenset({"yet", "already"})  # what a clipped yes-or-no question ends with
_WORDS_BEFORE_EVENT = 10
_WORDS_BEFORE_AN_END = 14
# Asked of the event still to come, or of what was said of it: the promise answers.
_STILL_TO_COME = re.compile(
    r"\b(?:going to|gonna|about to|due to|will|would|say|says|said|promise\w*|plan\w*|"
    r"intend\w*)\b"
)
_PLURAL_AUX = frozenset({"have", "were", "are"})
_HAS = frozenset({"has", "have", "had"})
_PERFECT_AUX = frozenset({"have", "has", "had", "did"})
_NOW_AUX = frozenset({"is", "are"})

# "what's (actually) in the white paper", "what will be in it": what the thing holds.
_WHAT_IS_IN = re.compile(
    # ("what's going to be in the white paper": "what's" then what is to come)
    r"\s*(?:(?:so|but|and|ok|okay|also)\s+)?what(?:'s|\u2019s|s| is| are| was| were)?"
    r"(?:(?: exactly| actually| really)? (?:will|would|is going to|are going to|going to|gonna) "
    r"be)? "
    r"(?:actually |really |exactly )?in (?:the|their|its|it)\b"
)
# "what exactly will the white paper say on send": what the thing will say, when it comes.
_WHAT_IT_WILL_SAY = re.compile(
    r"\s*(?:(?:so|but|and|ok|okay|also)\s+)?what (?:exactly |actually )?(?:will|would) "
    r"(?:[\w'\u2019]+ ){1,6}?(?:say|contain|include|cover|propose)\b"
)
# "what early insights has it shared so far", "what are the plans it said it would set out":
# the thing named, then the question's own word that it was promised or is awaited.
# ("what are the actual send reform plans": a name of a few words before the thing)
_WHAT_PROMISED = re.compile(
    r"\s*(?:(?:so|but|and|ok|okay|also)\s+)?what (?:[\w'\u2019]+ ){0,6}?"
    r"(?P<thing>plans|insights|findings|proposals|reforms|options|recommendations|conclusions)\b"
)
# ("what are the actual send reforms going to be in the white paper"; "what early insights has
# the feedback loop shown", "what recommendations did the evaluation make": asked as come by
# now; "what are the plans it's working on", "what options are being tested": still being
# made, so awaited)
_AWAITED = re.compile(
    r"\b(?:would|will|coming|due|promised|so far|yet|going to)\b"
    # "the plans they'll set out", "they'd publish": "will" and "would" said short
    r"|\w['\u2019](?:ll|d)\b"
    r"|\b(?:has|have)\b(?: [\w'\u2019]+){0,6}? (?:shown|shared|found|revealed|produced|made|"
    r"given|published|reached|set out|come up with)\b"
    r"|\bdid\b(?: [\w'\u2019]+){0,6}? (?:show|share|find|reveal|produce|make|give|publish|"
    r"reach|set out|come up with)\b"
    r"|\b(?:working on|working at pace|developing|being developed|drawing up|being drawn up|"
    r"being tested|being considered|tested|considered|testing|considering)\b"
)
# "the answer said reform plans later this year - what were they": the clause asks only "what",
# of the promised thing another clause names.
_WHAT_OF_IT = re.compile(
    r"\s*(?:(?:so|but|and|ok|okay|also)\s+)?what (?P<be>are|were|is|was) "
    r"(?:they|it|those|these|them|the details?|the specifics)\s*$"
)
# "what are the actual send reform plans, details?", "give me the details of the reforms":
# the details of a promised thing, which a promise to set them out later does not give.
_DETAILS = frozenset({"detail", "details", "specifics"})
# "so where (exactly) are the 15 schools", "have they said where the schools are yet": where the
# thing is now, which a promise to announce it does not say. Not "where are things with PINS"
# (how it stands), nor where it will be ("where are they going to be built"), which the promise
# answers.
_OF_IT = frozenset({"it", "they", "those", "these", "them"})
# ... when the message tells that it was promised or asked for ("ITTECF minimum entitlement -
# what is it?" asks what the thing is, which the promise of it says).
_TOLD_OF = re.compile(
    r"\b(?:said|says|say|promised|would|will|due|later|coming|asked (?:\w+ ){0,3}?for)\b"
)
_WHERE = re.compile(
    r"\bwhere (?:exactly |actually |precisely )?(?!(?:are|is) (?:things|we|it)\b)"
    r"(?:are|is|were|was|the|they|these|those)\b"
    r"(?![^?.!,;:]*\b(?:going to|gonna|will|would|shall|to be|planned)\b)"
)
_WHAT = frozenset({"what", "whats", "what's", "what\u2019s", "what'", "what\u2019"})
_PROMISED_THINGS = frozenset(
    {
        "plans",
        "insights",
        "findings",
        "proposals",
        "reforms",
        "options",
        "recommendations",
        "conclusions",
    }
)
# Asking when, or for the newest word on it, is answered by the promise: "when will it come
# out", "what did they say most recently". ("latest" and the like are read in latest.py.)
_WHEN_OR_NEWEST = frozenset({"when", "latest", "newest", "timeline", "progress", "update"})
_MOST_RECENT = "most recent"
_PUNCTUATION_TO_SPACE = str.maketrans(dict.fromkeys('?.!,;:"()-\u2013\u2014', " "))


@lru_cache(maxsize=8)
def asked_event(text: str) -> AskedEvent | None:
    """The event a (lower-case) question asks has happened, or None when it asks no such
    thing. Words are looked up first: most questions ask neither."""
    said = set(text.translate(_PUNCTUATION_TO_SPACE).split())
    if said & _WHEN_OR_NEWEST or _MOST_RECENT in text:
        return None
    yes_no = bool((said & _AUX or said & _CLIPPED_WORDS) and said & _EVENT_FIRST_WORDS)
    details = not said.isdisjoint(_DETAILS)
    contents = (bool(said & _WHAT) or details) and (
        "in" in said
        or not said.isdisjoint(_PROMISED_THINGS)
        or not said.isdisjoint(_OF_IT)
        or details
        or "will" in said
    )
    where = _WHERE.search(text) if "where" in said else None
    if where is not None:
        plural = not where[0].endswith(("is", "was"))  # "where are the 15 schools"
        return AskedEvent("announced", plural, contents=True, where=True)
    if not (yes_no or contents):
        return None
    for clause in _CLAUSE_BREAK.split(text):
        found = _event_asked(clause) if yes_no else None
        if found is None and contents:
            found = _contents_asked(clause, text)
        if found is not None:
            return found
    return None


def _event_asked(clause: str) -> AskedEvent | None:
    asked = _YES_NO.match(clause)
    if asked is None and _CLIPPED.match(clause):
        asked = _YES_NO.match(f"has {clause}")  # "white paper out yet?" asks "has it come out"
    if asked is None:
        return None
    rest = " ".join(asked["rest"].split())
    found = _EVENT.search(rest)
    if found is None or found.lastgroup is None:
        return None
    if found[0].startswith("set") and not (_BY_NOW.search(rest) or _OR_NOT.search(rest)):
        return None
    event = found.lastgroup
    if event == "ended" and _ROLLED_OUT.search(rest, found.end()):
        event = "rolled_out"  # "has the pilot finished and been rolled out": the further stage
    before = rest[: found.start()]
    # (what ended may be named at length: "did the £3m pilot for young people without an
    # ehcp actually finish")
    most = _WORDS_BEFORE_AN_END if event == "ended" else _WORDS_BEFORE_EVENT
    if before.count(" ") > most or _STILL_TO_COME.search(before):
        return None  # "are they going to open", "did dfe say it would share": the promise
    ran = event == "ended" and found[0] == "run"
    if ran and asked["aux"] not in _PERFECT_AUX:
        return None  # "is the pilot running until march 2025": the plan answers
    if event == "replaced" and asked["aux"] not in _HAS:
        return None
    return AskedEvent(
        event,
        # ("are colleges already teaching it": the users are plural, the thing used is one)
        asked["aux"] in _PLURAL_AUX and found[0] not in _USING,
        # (rolled out is always asked of the thing itself: "was the pilot rolled out"; so is
        # a state now: "are the schools open yet")
        perfect=asked["aux"] in _PERFECT_AUX
        or event == "rolled_out"
        or (asked["aux"] in _NOW_AUX and found[0] == "open" and not _a_choice(rest, found)),
        yet=bool(_BY_NOW.search(rest)),
        as_planned=ran or bool(_AS_PLANNED.search(rest)),
    )


def _a_choice(rest: str, found: re.Match[str]) -> bool:
    """ "is that approved or open", "open or only approved": which of two states, which the
    quote's own state answers ("or not" still asks whether)."""
    return bool(_OR_BEFORE.search(rest, 0, found.start()) or _OR_AFTER.match(rest, found.end()))


_OR_BEFORE = re.compile(r"\bor\s*$")
_OR_AFTER = re.compile(r"\s*or\b(?! not\b)")
_ROLLED_OUT = re.compile(r"\b(?:rolled out|roll(?:ed)? it out|rolling out)\b")
_AS_PLANNED = re.compile(r"\b(?:as (?:planned|intended|scheduled|expected)|on time|on schedule)\b")


_BY_NOW = re.compile(r"\b(?:yet|already|so far|by now|at all|now)\b")
_OR_NOT = re.compile(r"\bor (?:not|nah|no)\b")
# A yes-or-no question put in chat with its "has" left out: a thing and what is asked of it by
# now ("white paper published yet or nah", "evaluation done and dusted yet?"), no question word
# or verb of its own anywhere ("when ..." asks another thing; "beyond what has opened already"
# tells what is so, as does "besides the ones opened already").
_CLIPPED = re.compile(
    r"\s*(?!.*\b(?:what|whats|when|where|which|who|why|how|has|have|had|did|does|do|is|are|was|"
    r"were|will|would|can|could)\b)"
    r"(?!(?:besides|beyond|apart from|except|other than|on top of|as well as|not counting)\b)"
    r"(?:\w+ ){0,8}?\w+ "
    r"(?:yet|already)(?: or (?:not|nah|no|what))?\s*$"
)


def _contents_asked(clause: str, text: str) -> AskedEvent | None:
    if _WHAT_IS_IN.match(clause) or _WHAT_IT_WILL_SAY.match(clause):
        return AskedEvent("published", plural=False, contents=True)
    of_it = _WHAT_OF_IT.match(clause)
    if of_it is not None and _TOLD_OF.search(text):
        return AskedEvent("published", of_it["be"] in ("are", "were"), contents=True)
    said = clause.split()
    if not (_DETAILS.isdisjoint(said) or _WHAT.isdisjoint(said)) and _TOLD_OF.search(text):
        # "what further detail on reform did they promise": the details of a thing promised
        return AskedEvent("published", plural=True, contents=True)
    if _PROMISED_THINGS.isdisjoint(said):
        return None
    found = _WHAT_PROMISED.match(clause)
    if found is not None and _AWAITED.search(text, found.end()):
        return AskedEvent("published", plural=True, contents=True, thing=found["thing"])
    if not _DETAILS.isdisjoint(text.translate(_PUNCTUATION_TO_SPACE).split()):
        # the details of the plans or reforms this clause names
        return AskedEvent("published", plural=True, contents=True)
    return None


# A fact's own words that what it speaks of is still to come.
_TO_COME = re.compile(
    r"\b(?:will|would|expected|intends?|plans? (?:to|for)|planned|in due course|later this year|"
    r"new year|is introducing|are introducing|with the view of|with a view to|to be made)\b"
)
# ... and that it will be published, set out or made known (what a question about its contents
# needs to be about a thing not yet out).
_TO_COME_OUT = re.compile(
    r"\b(?:will|intends? to|intend to|with the view of|with a view to|expected)\b[^.]{0,60}?"
    r"\b(?:set(?:ting)? (?:these |them |it )?out|bring(?:ing)? forward|publish\w*|shar(?:e|ing)|"
    r"be made|announc\w*)\b"
)
# A fact's words that the event has happened, each not after "will be" / "to be".
_NOT_PROMISED = r"(?<!will be )(?<!to be )(?<!will )"
_DONE = {
    "published": r"published|released|came out",
    "opened": r"opened|now open",
    "announced": r"announced|confirmed",
    "started": r"started|launched|began|begun|introduced|underway|under way|running|rolled out",
    "rolled_out": r"rolled out|extended to all|national roll ?out",
    # "extended until March 2025" says how long it runs, which answers whether it is over
    "ended": r"ended|concluded|closed|finished|completed|came to an end|extended|until",
    "shared": r"shared|published",
    "held": r"held|happened|took place|taken place|met",
    "replaced": r"replaced|scrapped|abolished|phased out|withdrawn",
    "in_use": r"implemented|in use|in place|in force|came into (?:force|effect|use)|being used|"
    r"being taught|rolled out|introduced|launched|started|running|underway|under way",
}
_DONE_PATTERNS = {
    event: re.compile(rf"\b{_NOT_PROMISED}(?:{words})\b") for event, words in _DONE.items()
}
# When the promise was for: "early in the new year", "by May 2024", "from Autumn 2024".
_MONTHS = "|".join([*MONTHS, "spring", "summer", "autumn", "winter"])
_WHEN_DUE = re.compile(
    rf"\b(?:early in the new year|later this year|in due course|"
    rf"(?:by|from|in|during) (?:early |late )?(?:{_MONTHS}) \d{{4}})\b",
    re.IGNORECASE,
)
_DONE_WORDS = {
    "published": "been published",
    "opened": "opened",
    "announced": "been announced",
    "started": "started",
    "ended": "ended",
    "shared": "been shared",
    "held": "taken place",
    "replaced": "been replaced",
    "in_use": "come into use",
    "rolled_out": "been rolled out",
}


def states_done(quote: str, event: str) -> bool:
    """The quote says the event has happened: "has opened", "launched" (not "will be
    published")."""
    return bool(_DONE_PATTERNS[event].search(quote.lower()))


def only_promised(quote: str, asked: AskedEvent, numbers: tuple[str, ...] = ()) -> bool:
    """The quote speaks of what was asked only as to come, or as at a stage before it
    ("approved"). An end is stated by a fact that says so, whatever else it says ("launched in
    September 2023" does not say it is over). `numbers`: those the question names, whose clause
    of the quote is the one read."""
    text = quote.lower()
    if asked.contents:
        return bool(
            _TO_COME_OUT.search(text)
            or _INTRODUCING.search(text)
            or (asked.thing is not None and _named_as_to_come(text, asked.thing))
        )
    if _at_a_stage_before(text, asked, numbers):
        return True
    text = _naming_the_event(text, asked.event)
    if asked.event == "ended" and (asked.as_planned or _A_PILOT.search(text)):
        # "until March 2025" is the plan, not that it ended then; of a pilot announced to run
        # until then, whether it has finished (or was kept on) is not said
        return not _ENDED_SAID.search(text)
    if states_done(text, asked.event):
        return False
    # "has the task and finish group reported back yet" of "established the group": a report
    # or a use the quote never says has come is not its answer, though nothing is promised
    if asked.event == "ended" or (asked.yet and asked.event in _SAID_ONLY_WHEN_DONE):
        return True
    return bool(_TO_COME.search(text))


# "is introducing a new qualification ... from Autumn 2024": a new thing still to come, whose
# contents the announcement of it does not give.
_INTRODUCING = re.compile(
    r"\b(?:is|are) introducing\b|\bwill (?:be )?introduc\w*|\bto be introduced\b"
)
# Before the thing, in its sentence, words saying it is still to come: "we will test policy
# options", "will help shape suitable recommendations".
_TO_COME_BEFORE = re.compile(r"\b(?:will|would|intends? to|plans? to|going to|expected to|to be)\b")
# ... and after it, words saying it has come: "recommendations have been made".
_THING_DONE = re.compile(
    r"\w*\s+(?:(?:\w+ ){0,2}?(?:have|has) been|(?:were|was) (?:made|published))\b"
)


def _named_as_to_come(text: str, thing: str) -> bool:
    """The quote names the asked thing ("recommendations", "options") only in sentences that
    say, before it, that it is still to come, and never that it has come: what it holds is not
    given."""
    stem = without_final_s(thing)  # what both "finding" and "findings" start with
    found = False
    for sentence in _SENTENCE_END.split(text):
        for named in re.finditer(rf"\b{stem}", sentence):
            if not _TO_COME_BEFORE.search(sentence, 0, named.start()) or _THING_DONE.match(
                sentence, named.end()
            ):
                return False
            found = True
    return found


_A_PILOT = re.compile(r"\b(?:pilot|piloting|trial|trialling)\b")
_ENDED_SAID = re.compile(
    rf"\b{_NOT_PROMISED}(?:ended|concluded|closed|finished|completed|came to an end)\b"
)

# Events whose happening only a quote saying so answers ("ended": "is it over now" of a
# programme "launched in September 2023"; "is the new framework fully rolled out now" of one
# "announced").
_SAID_ONLY_WHEN_DONE = frozenset({"ended", "published", "in_use", "rolled_out"})


def _at_a_stage_before(text: str, asked: AskedEvent, numbers: tuple[str, ...]) -> bool:
    """The quote says what was asked reached a stage before the event, and no more: "have the
    76 approved schools opened" of "approved a further 76 special free schools"; of a quote
    saying more than one thing, what it says in the clause of the number asked about."""
    not_yet = _NOT_YET.get(asked.event)
    if not_yet is None or not asked.perfect:
        return False
    said = _of_the_number(text, numbers)
    return bool(not_yet.search(said)) and not states_done(said, asked.event)


# A fact's words for a stage before the event, which it says is reached and no more: schools
# "approved" or "in the pipeline" have not opened; a thing piloted is not rolled out.
_NOT_YET = {
    "opened": re.compile(r"\b(?:approved|in the pipeline|to open)\b"),
    "started": re.compile(r"\b(?:to pilot|piloting|pilots?)\b"),
    "rolled_out": re.compile(r"\b(?:to pilot|piloting|pilots?|piloted)\b"),
}
# Where a quote's clauses part: "has opened 77 special ... since 2010, with 67 similar
# projects in the pipeline".
_CLAUSES = re.compile(r"[,;.]\s+|\s+(?:with|and|while|but)\s+")


def _of_the_number(text: str, numbers: tuple[str, ...]) -> str:
    """The clause of the quote holding a number the question names ("have the 67 pipeline
    schools all opened" of "has opened 77 ..., with 67 similar projects in the pipeline"): what
    it says of that number is what was asked, not what it says of another. The whole quote when
    it holds none of them."""
    for number in numbers:
        for clause in _CLAUSES.split(text):
            if re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|,\d)", clause):
                return clause
    return text


# Each event's stem: the sentences of a quote naming it are the ones that say whether it
# happened ("confirmed plans for 15 schools. An announcement on the location of these schools
# will be made by May 2024": the locations are announced in the second).
_EVENT_STEMS = {
    "published": re.compile(r"\bpublic|\bpublish"),
    "opened": re.compile(r"\bopen"),
    "announced": re.compile(r"\bannounc"),
    "started": re.compile(r"\bstart|\blaunch|\bintroduc|\bbegun\b|\bbegan\b"),
    "ended": re.compile(r"\bend|\bfinish|\bconclu|\buntil\b|\bextended\b"),
    "shared": re.compile(r"\bshar"),
    "held": re.compile(r"\bheld\b|\bhappen|\bplace\b"),
    "replaced": re.compile(r"\breplac|\bscrap|\babolish|\bphas|\bwithdr"),
    "rolled_out": re.compile(r"\broll|\bpilot"),
    "in_use": re.compile(r"\bus(?:e|ed|ing)\b|\bimplement|\bforce\b|\btaught\b|\bintroduc"),
}
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def _naming_the_event(text: str, event: str) -> str:
    """The quote's sentences that name the event, or all of it when none does."""
    stem = _EVENT_STEMS[event]
    if not stem.search(text):
        return text
    return " ".join(part for part in _SENTENCE_END.split(text) if stem.search(part))


def not_yet_said(question: str, quote: str, answered: dt.date) -> str | None:
    """One sentence saying no answer here says whether the promised thing has happened (or what
    it holds), from the promise's date; None when the question asks no such thing or the quote
    states it done."""
    asked = asked_event(question)
    if asked is None or not only_promised(quote, asked, tuple(_NUMBER.findall(question))):
        return None
    said = f"The written answer of {human_date(answered)}"
    pronoun, has = ("they", "have") if asked.plural else ("it", "has")
    if asked.event == "ended" and not asked.contents:
        return (
            f"{said} doesn't say {pronoun} {has} ended, and no answer here says whether "
            f"{pronoun} {has}."
        )
    due = _when_due(quote, answered)
    if asked.where:
        # what was promised is the announcement of where, not the thing itself
        are = "are" if asked.plural else "is"
        promise = (
            f"{said} says an announcement was expected {due}"
            if due
            else f"{said} speaks of an announcement only as to come"
        )
        return f"{promise}; no answer here says where {pronoun} {are}."
    was = "were" if asked.plural else "was"
    if (
        not asked.contents
        and asked.yet
        and asked.event in _SAID_ONLY_WHEN_DONE
        and not _TO_COME.search(quote.lower())
    ):
        # "established the group", "announced a new framework": nothing promised, and
        # nothing said of the report or the use asked about
        return f"{said} doesn't say whether {pronoun} {has} {_DONE_WORDS[asked.event]}."
    promise = (
        f"{said} says {pronoun} {was} expected {due}"
        if due
        else f"{said} speaks of {_object(asked)} only as {_PROMISED_AS[asked.contents]}"
    )
    if asked.contents:
        contain = "contain" if asked.plural else "contains"
        return f"{promise}; no answer here says what {pronoun} {contain}."
    return (
        f"{promise}; no answer here says whether {pronoun} {has} {_DONE_WORDS[asked.event]} since."
    )


_PROMISED_AS = {True: "to come", False: "planned"}


def _object(asked: AskedEvent) -> str:
    return "them" if asked.plural else "it"


def _when_due(quote: str, answered: dt.date) -> str | None:
    # The first time named that is not before the answer: "In August 2023, the department
    # confirmed ... from Autumn 2024" was due from Autumn 2024.
    for found in _WHEN_DUE.finditer(quote):
        due = found[0]
        if due.lower() == "later this year":
            return f"later in {answered.year}"  # the year of the answer, not the reader's
        year = _YEAR.search(due)
        if year is None or int(year[0]) >= answered.year:
            return due[0].lower() + due[1:]
    return None


_YEAR = re.compile(r"\d{4}")
# A number a question names ("the 76 approved special free schools"), not a year.
_NUMBER = re.compile(r"(?<![\d£$])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\d/])")
