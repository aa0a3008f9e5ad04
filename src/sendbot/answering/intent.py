"""A question's words -> its intent: the kind of detail it asks (a count, a date, ...). Pure."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from enum import StrEnum
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from sendbot.answering.normalise import WORD_START
from sendbot.answering.phrase_groups import grouped


class Intent(StrEnum):
    """The detail a question asks for."""

    COUNT = "count"
    AMOUNT = "amount"
    PERCENT = "percent"
    DATE = "date"
    START = "start"  # when something began, launched or opened
    END = "end"  # when it ends, runs until, or its deadline
    PERSON = "person"
    ASKER = "asker"  # who asked or tabled the question: written answers do not say
    PLACE = "place"
    NAMED_LIST = "named-list"  # "which councils ...": names the source would have to list
    COST = "cost"  # the cost to a family, school or person
    OUTCOME = "outcome"  # results, impact, whether it worked
    DEFINITION = "definition"
    ELIGIBILITY = "eligibility"
    CASE = "case"  # what will happen in one person's case ("will my child get a place?")
    REASON = "reason"
    METHOD = "method"  # how something is done or decided, or what caused it
    OPINION = "opinion"
    JUDGEMENT = "judgement"  # "is it enough?", "did they cut it?": a verdict, not a figure
    REQUIRED = "required"  # "is it mandatory?"
    PAY = "pay"  # what someone earns
    DIFFERENCE = "difference"  # "what's the difference between X and Y?"
    PREDICTION = "prediction"  # "will funding go up next year?": what will happen
    OTHER = "other"


# Questions asking for a figure: how many, how much, what share.
FIGURE_ASKED = frozenset({Intent.COUNT, Intent.AMOUNT, Intent.PERCENT})
# A month named, written out or short: "until march", "to sept".
_MONTH_NAMES = (
    r"jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
    r"sep|sept|september|oct|october|nov|november|dec|december"
)
# Questions asking when: on what date, since when, until when.
WHEN_ASKED = frozenset({Intent.DATE, Intent.START, Intent.END})

# Words that make "what is the X" ask for a figure, date or detail about something rather
# than what a named thing is: "what is the total budget", "what's the deadline for councils",
# "what's the dfe view" (what the department says, not what a view is).
_FIGURE_WORDS = (
    r"total|budget|budgets|deadline|date|dates|number|amount|cost|costs|figure|figures|funding|"
    r"money|point|aim|aims|goal|goals|objective|objectives|purpose|difference|latest|plan|"
    r"timeline|timescale|progress|status|"
    # "what is the actual promise here": what the plan promises, not what a promise is
    r"promise|promises|pledge|pledges|commitment|commitments|"
    r"update|news|target|rate|ratio|share|percentage|proportion|age|limit|criteria|process|"
    r"reason|name|names|answer|question|wording|text|title|situation|problem|issue|catch|deal|position|policy|"
    r"view|views|line|stance|claim|claims|"
    r"result|results|impact|outcome|outcomes|evidence|increase|rise|spend|split|breakdown|"
    r"for|of|in|on|with|to|about|between|since|from|by|at|per|and|or"
)


# The one before a new thing, named after "different from": "the old one", "the existing
# award", "what teachers got in 2019", "the version before".
_AN_EARLIER_ONE = (
    r"(?:\w+ ){0,4}?(?:old|older|existing|previous|former|earlier|original|outgoing|before|"
    r"\d{4})\b"
)


# A thing that comes out, whose "due" is when it is expected, not a deadline: a paper, a
# report, a decision (findings and results ask outcomes, and plans may have deadlines: those
# stay as they were).
_PUBLISHED_THING = (
    r"(?:paper|papers|report|reports|evaluation|review|strategy|guidance|"
    r"announcement|decision|response|publication|update|"
    r"consultation|bill)"
)


# Words naming money: "count of the money for PINS" asks a sum, said with a count word.
_SUM_WORD = (
    "(?:money|cash|funds?|funding|costs?|pounds?|spend|spending|budgets?|grants?|"
    "millions?|billions?|allocations?|finance|financial)"
)


def _phrases(text: str) -> tuple[str, ...]:
    # Stripped, so a space beside a "|" inside a group is lost: write "(?: (?:in|up))?", not
    # "(?: in| up)?". (Splitting only outside groups would keep them, but changes replies: a
    # stored question "has the X made a difference" then reads as asking an outcome and draws
    # other programmes' outcome questions, and "when the question was asked" no longer asks a
    # date; measured in round 45, one source 4 fewer unanswerable handled. The rules that lose
    # such a space are listed in tests/answering/test_intent_phrases_lose_group_spaces.py.)
    return tuple(phrase.strip() for phrase in text.split("|") if phrase.strip())


# What a relative clause describes ("kids with SEND who need an EHC plan", "parents who
# appeal", "young people who don't have an EHCP"), each its own fixed-width lookbehind: the
# people and bodies a question may describe by what they do or have, never a name asked for.
_RELATIVE_WHO = "".join(
    f"(?<!{noun} )"
    for noun in """those parents families anyone someone teachers staff learners
    ones send sen needs ehcp ehcps plan plans people ppl peeps kids children child pupils
    pupil students student youngsters adults adult individuals persons boys girls sons
    daughters carers sencos schools councils authorities las parent teacher kid son daughter
    mum dad mother father carer senco""".split()
)

# Things a question may ask to have named, one by one.
LISTED = (
    # ("unis": universities, as chat writes them)
    r"(?:councils|authorities|las|schools|areas|regions|providers|trusts|universities|unis|"
    r"boards|"
    r"icbs|counties|cities|towns|organisations|charities|partners|modules|courses|groups|"
    # "what policy options are being tested": the options by name
    r"options)"
)

# The first rule (in this order) with a phrase in the question decides what it asks for.
INTENT_RULES: tuple[tuple[Intent, tuple[str, ...]], ...] = (
    (
        Intent.CASE,
        _phrases(
            r"will my \w+ get|will my \w+ be|can my \w+ get|could my \w+ get|does my \w+ get|"
            # "will the 400 new EPs mean we get seen sooner", "will the nursery's training mean
            # they spot it": what something will mean for the asker's own case
            r"(?:will|would) (?:\w+ ){1,8}?mean (?:we|i|my|our|they|he|she|him|her)\b|"
            r"(?:will|would) (?:\w+ ){1,6}?work with (?:him|her|me|us|my|our)\b|"
            # "my LA's report was bad, what happens to us now"
            r"what (?:happens|will happen) to (?:us|me|my|our|him|her)\b|"
            # ("where can i get the statistics" asks where they are published)
            # "how much top-up will our school get for my son": one school's or child's sum
            r"how much (?:\w+ ){0,4}?(?:will|would|does|do|should|can) (?:my|our) (?:school|"
            r"setting|nursery|college|academy|child|son|daughter|kid) (?:get|receive|be given)\b|"
            r"is my \w+ going to|will i get|(?<!where )can i get|am i entitled|will we get|"
            r"(?<!where )can we get|"
            # "do we get the 3.4% increase", "can we still sign up", "will his college have to
            # offer him one": the asker's own case ("can she do a supported internship" may be
            # answered by whom the scheme is for)
            r"do we get|(?<!where )can we (?:still )?(?:sign up|join|apply|take part)\b|"
            # "can i refer my own child to the taskforce": the asker's child put forward
            r"(?:can|could|should) (?:i|we) (?:self )?refer (?:my|our) (?:own )?\w+\b|"
            r"(?:will|would) (?:his|her|my|our) \w+ (?:\w+ )?(?:have to|need to) (?:\w+ )?"
            r"(?:him|her)\b|"
            # The asker's child spoken of as "she" or "he": "my daughter is 7, will she get one"
            # ("can he get one" may be answered by who a scheme is for; "will he" may not)
            r"(?:will|would) (?:she|he) (?:\w+ )?(?:get|be)|"
            # "could he be one of the kids it reaches": one child among those a scheme counts
            r"(?:could|can|might|may) (?:she|he|my \w+) be (?:one of|among|part of|included|"
            r"picked|chosen|selected|referred|accepted|offered|given|considered)\b|"
            # "can he get into one of the new schools", "can she get help from the taskforce":
            # a place or help for one child, not who a scheme is for
            r"(?:can|could) (?:she|he) (?:\w+ )?get (?:into|in to|a place|help|support)\b|"
            # "can she get on the pilot", "can my 16yo in AP get help from the taskforce": a
            # place or help for one child, however the child is described
            r"(?:can|could) (?:she|he) get (?:on|onto) (?:the|a|that|this)\b|"
            r"(?:can|could|will|would) my (?:\w+ ){2,7}?get (?:into|in to|on|onto|a place|help|"
            r"support)\b|"
            r"(?:will|would) (?:my|her|his) \w+ "
            r"(?:\w+ )?(?:get|be)|"
            # "will my son's EHCP review be affected": what befalls the child's own plan or place
            r"(?:will|would|could|might) (?:my|her|his) (?:\w+ )?(?:child|son|daughter|kid|boy|"
            r"girl) (?:\w+ ){1,2}?(?:get|be)\b|"
            r"will my \w+ \w+ get|my \w+ case|in my case|for my \w+ specifically|"
            # "will the ap taskforce help him", "does pins cover my daughter": what it does for the
            # asker's child
            r"(?:will|would|can|could|does|do) (?:\w+ ){1,6}?(?:help|support|take|accept|cover|"
            r"include|reach) (?:him|her|my (?:\w+ ){0,3}?(?:child|son|daughter|kid|boy|girl))\b|"
            # "can my son go to one of the new special schools": a place for one child ("my
            # autistic son", "my 15 year old": words may say what the child is)
            r"(?:can|could|will|would) my (?:\w+ ){0,3}?(?:child|son|daughter|kid|boy|girl) "
            r"(?:\w+ )?(?:go to|attend|get into|get in to|start at|move to)\b|"
            # "does my child qualify for a place": one child's case, not who a scheme is for
            r"(?:does|do|will|would|could|can) my (?:\w+ ){0,3}?(?:child|son|daughter|kid|boy|"
            r"girl) (?:\w+ )?(?:qualify|count)\b|"
            # "will the school get top up funding for him", "will these places mean she gets
            # one": what happens for the asker's child, spoken of as "him" or "she"
            r"will (?:\w+ ){1,8}?(?:for (?:him|her)$|mean (?:she|he) (?:gets?|will get)\b)|"
            # ... not "will my initial teacher training cover SEND": training, not a teacher; a
            # child's "primary" or "secondary" is their school
            r"(?:is|are|does|do|will|can|could|would|has|was) my \w+(?: s)? (?:\w+ )?(?:school|"
            r"primary|secondary|nursery|college|council|la|area|class|teacher|senco)\b"
            r"(?! training\b)|"
            # "can her school get PINS support", "will his local college offer him a place": what
            # one child's own school or college will do, which no written answer says
            r"(?:is|are|does|do|will|can|could|would) (?:his|her) (?:\w+ )?(?:school|nursery|"
            r"college|council|la|teacher|senco) (?:\w+ )?(?:get|offer|give|take|accept|have|be)\b|"
            # "can he get seen by one of the new EPs": one child seen, not how many are trained
            r"(?:can|could|will|would) (?:she|he|my \w+) (?:\w+ )?(?:get|be) (?:seen|assessed|"
            r"helped|supported|treated) by\b|"
            # "could i get one of the 400 funded places": one of those counted, for the asker
            r"(?:can|could|would|will) (?:i|we) (?:\w+ )?get (?:one of|a place on|a place at|"
            r"onto|on to)\b|"
            # "how do i get my kid seen by an EP", "how do we get an ep to assess my son": the
            # way to help for the asker's own child, which no written answer gives
            r"how (?:do|can|could|should|would) (?:i|we) get (?:my|our) (?:\w+ ){0,3}?(?:child|son|"
            r"daughter|kid|boy|girl)\b|"
            r"how (?:do|can|could|should|would) (?:i|we) get (?:\w+ ){1,4}?(?:to (?:\w+ )?(?:see|"
            r"assess|help|support|test|diagnose|work with)|for) (?:my|our|him|her)\b|"
            # "how do we get our kids' school to join", "how can i get my council to take part":
            # the asker's own child's school or council brought in, which no written answer says
            r"how (?:do|can|could|should|would) (?:i|we) get (?:my|our) (?:\w+ ){0,3}?(?:children|"
            r"kids|school|primary|secondary|nursery|college|council|la)\b|"
            # "my son is 16, how does he get onto the pilot": a place for the asker's child
            r"\bhow (?:does|do|can|could|would|will) (?:she|he) (?:\w+ )?get (?:a place|into|"
            r"in to|onto|on to|on)\b"
        ),
    ),
    (
        Intent.ASKER,
        _phrases(
            r"who asked|who tabled|who put (?:the|this|that) (?:\w+ )?question|"
            r"who submitted|who raised|asked by whom|who was it asked by|"
            r"(?:mp|peer|lord|baroness|member|politician|person) (?:who|that) (?:\w+ )?"
            r"(?:asked|tabled|raised|submitted)|"
            r"who (?:actually|really|originally|first|exactly|even) (?:asked|tabled|raised)|"
            # "did a lord ask this or an mp": which kind of member ("did the mp ask" asks what)
            r"(?:did (?:a|an)|was it (?:a|an|the)) (?:\w+ ){0,3}?(?:mp|lord|peer|baroness|member|"
            r"politician) (?:who |that )?(?:ask|asked|asking|table|tabled|raise|raised)|"
            # "did my MP ask this", "was the question asked by my mp": whether the asker's own
            # member put it, which is who asked
            r"(?:did|was it) (?:my|our) (?:\w+ )?(?:mp|lord|peer|member|councillor) "
            r"(?:who |that )?(?:ask|asked|asking|table|tabled|raise|raised|put|submit)\b|"
            r"asked by (?:my|our) (?:\w+ )?(?:mp|lord|peer|member)\b|"
            r"(?:which|what) (?:mp|member|peer|lord|baroness|politician|person|party)"
            r"(?: of parliament)? "
            r"(?:\w+ )?(?:asked|tabled|put|submitted|raised|wrote|lodged|sent|posed|brought|"
            r"wanted to know|was asking|was behind|is behind)|"
            # Who put the question, by any verb for putting one: "who lodged the pq", "who sent
            # in the question", "who wrote this question" (not "who wrote the plan").
            r"who (?:\w+ )?(?:lodged|wrote|sent|put|posed|filed|brought|submitted|raised|asked)"
            r"(?: (?:in|down|up|forward))? (?:(?:the|this|that) )?(?:(?:written|parliamentary) )?"
            r"(?:question|pq)s?\b|"
            r"who (?:lodged|posed|filed|put down|put in|put forward|sent in|brought up) "
            r"(?:it|this|that)\b|"
            # Where a question comes from: "who was the question from", "whose pq was it",
            # "who is the questioner", "who questioned the minister", "raised in parliament".
            r"who (?:is|was) (?:(?:the|this|that) )?(?:question|pq) (?:from|by)\b|"
            r"whose (?:question|pq)\b|(?:question|pq) (?:came|come|comes) from\b|"
            r"who (?:is|was) (?:the )?(?:questioner|asker|member asking)\b|"
            r"who questioned (?:the )?(?:minister|department|dfe|government|secretary)\b|"
            # ... though not who answered there ("who actually gave this answer in parliament")
            r"who (?:(?!(?:answer|repl|respond|said|says|gave|give|spoke|wrote)\w*\b)\w+ ){1,4}?"
            r"in (?:parliament|the commons|the house)\b|"
            # "was this asked by a labour or tory mp": which kind of member, by party.
            r"asked by (?:a|an|the|which|what) (?:\w+ ){0,3}?(?:mp|member|peer|lord|politician)"
        ),
    ),
    (
        Intent.OPINION,
        _phrases(
            "do you think|what do you think|do you reckon|what do you reckon|your opinion|"
            "your view|think of|think about|"
            # ... in chat spelling: "do u reckon it's working", "u think pins works", "in ur view"
            r"(?:do|did) (?:u|ya|ye) (?:think|reckon)|^(?:u|ya) (?:think|reckon)\b|"
            r"in (?:ur|ya) (?:view|opinion)|(?:ur|your) (?:take|thoughts) on\b|"
            "is it any good|should i|good enough|fair to say|rate the|"
            # "was this a good answer or did he dodge the question": a verdict on the answer
            # ("was this a proper answer or just spin" is a judgement, read as one)
            r"(?:was|is) (?:this|that|it|the \w+ s answer) (?:\w+ ){0,2}?(?:good|bad|poor|fair|"
            r"decent|straight|honest) (?:answer|reply|response)\b|"
            r"\b(?:dodge|dodged|dodging|dodgy|fobbed off|fob us off|non answer|evasive|waffle)\b|"
            r"(?:would|do|can) you recommend|worth doing|"
            # "is David Johnston any good as a minister": a verdict on someone, not a fact
            r"(?:is|are|was|were|will (?:\w+ ){1,5}?be) (?:\w+ ){0,6}?any (?:good|use)|"
            # "was delaying the white paper a mistake", "should we bother with it, is it worth
            # it": a verdict, not a fact
            r"^(?:is|are|was|were) (?:\w+ ){1,8}?(?:a|an) (?:mistake|error|blunder|misstep)\b|"
            r"\bworth it\b|should (?:i|we|our \w+|my \w+) (?:even )?bother\b|"
            # "should our primary school apply to join", "should we move house for it": a choice
            # for the asker's own school or family, which no account of the programme makes
            r"^should (?:we|our(?: \w+){1,2}?|my(?: \w+){1,2}?) (?:apply|join|sign up|enrol|"
            r"register|take part|opt in|move)\b|"
            r"doing a good job|"
            # "should parents trust the change programme", "can we believe the figures"
            # ("should we as parents trust PINS": the askers said between)
            r"(?:should|can|could) (?:i|we|parents|families|people|schools|anyone) (?:\w+ ){0,3}?"
            r"(?:trust|believe|rely on|be worried|worry)\b"
            # (not "can i trust that number": whether a figure told is right, checked)
            r"(?! (?:that|this|the|those|these) (?:number|figure|stat|statistic|claim|numbers|"
            r"figures|stats|statistics)\b)|"
            r"(?:is|are|was|were) (?:\w+ ){1,4}?(?:competent|incompetent|trustworthy)|"
            # "is the government right to fund pins", "was it wrong to cut it": a verdict
            # ... of a thing not done too: "are councils right not to top it up"
            r"^(?:is|are|was|were) (?:\w+ ){1,4}?(?:right|wrong) (?:not )?to\b|"
            # "is the change programme just a way to delay the reforms": a motive imputed
            r"^(?:is|are|was|were) (?:\w+ ){1,8}?(?:just|only|simply|really|basically) (?:a|an) "
            r"(?:way|excuse|ploy|trick|stunt|smokescreen|cover|distraction|gimmick)\b|"
            # "was David Johnston a good minister", "a good SEND minister": a verdict on someone
            # in office, not his name
            r"^(?:is|are|was|were) (?:\w+ ){1,4}?(?:a|an) (?:good|bad|decent|great|poor|terrible|"
            r"competent|effective|useless) (?:\w+ )?(?:minister|secretary of state|secretary|mp|"
            r"politician|leader)\b|"
            # "should they have waited for the review", "should the plan have been delayed": what
            # ought to have been done instead, which no account of what was done says
            r"^should (?:\w+ ){1,4}?have (?:been )?(?:\w+ed|done|gone|given|taken|spent)\b|"
            # "should SENCOs be paid more": what ought to be, not what is
            r"^should (?:\w+ ){1,3}?be (?:paid|funded|given|valued) (?:more|less)\b|"
            # "isn't the cut a scandal", "is it not shameful that ...": outrage asked to be shared
            r"^(?:isnt|isn t|is not|wasnt|wasn t|arent|aren t|is|was|are) (?:\w+ ){0,8}?"
            r"(?:outrageous|scandalous|shameful|disgraceful|appalling|a betrayal|a scandal|"
            r"a disgrace)\b|"
            # "are apprenticeships as good as internships": a comparison of worth (not "as good
            # as it sounds", whether a figure is what it seems: a judgement)
            r"^(?:is|are|was|were) (?:\w+ ){1,5}?as (?:good|effective|useful|worthwhile) as "
            r"(?!(?:it|they|that|this|the \w+) (?:sounds?|seems?|looks?|appears?)\b)|"
            # "is the backlog the council's fault": blame, a verdict
            r"^(?:is|are|was|were|isnt|isn t) (?:\w+ ){1,8}?fault\b|"
            # "do teachers think the framework helps": what others make of it, which an answer
            # from the department does not report
            r"^do (?:\w+ ){0,2}?(?:parents|families|people|teachers|schools|councils|sencos) "
            r"think\b|"
            # "is the govt just spinning here": whether it is spin, a motive imputed
            r"^(?:is|are) (?:\w+ ){1,4}?(?:(?:just|only|simply) )?(?:spinning|spinning it)\b|"
            # "which is better for my kid, a special school or AP": a choice for the asker
            r"^(?:which|what) (?:one )?(?:is|would be|s) (?:better|best|worse)\b|"
            # "are councils to blame for their deficits", "whose fault is it": blame, a verdict
            r"\bto blame\b|\bwhose fault\b|"
            # "is the delay a bad sign for EHCPs", "was it the right call to delay it"
            r"(?:is|was|are|were) (?:\w+ ){1,8}?(?:a|an) (?:good|bad|worrying|positive|"
            r"negative|promising|ominous) sign\b|"
            r"\b(?:the )?(?:right|wrong) (?:call|decision|move|choice) (?:to|for)\b|"
            # "was delaying the white paper the right call?", "is pausing it the wrong move":
            # a verdict on a decision, asked of the decision itself
            r"^(?:is|are|was|were|will|would) (?:\w+ ){1,10}?(?:the|a) (?:right|wrong|correct|"
            r"sensible|good|bad|smart|wise) (?:call|decision|move|choice|thing to do)$"
        ),
    ),
    (
        Intent.PREDICTION,
        _phrases(
            r"^will (?:\w+ ){0,6}?(?:go up|go down|rise|increase|fall|drop|be cut|be increased|"
            r"be reduced|be raised|grow|keep (?:going|rising|growing))|"
            # "will councils go bust because of their deficits": what is to become of them
            r"^will (?:\w+ ){0,6}?(?:go bust|go bankrupt|go under|go broke|collapse)\b|"
            # "will more councils join", "will there be more schools approved next year"
            r"^will (?:there be )?(?:any )?(?:more|further|other) (?:\w+ ){1,3}?(?:join|be|get|"
            r"open|opened|approved|built|sign up|take part)\b|"
            # ... asked without the "will": "any more academies getting approved next year", "more
            # places being funded next spring?" (what is to come after the sources)
            r"^(?:any )?(?:more|further|other) (?:\w+ ){1,4}?(?:getting|being|to be) (?:\w+ )?"
            r"(?:approved|opened|announced|funded|built|launched|published|trained|added|created) "
            r"(?:\w+ )?next (?:year|term|month|spring|summer|autumn|winter|academic year|"
            r"financial year)\b|"
            # "will the 76 schools actually get built": doubt about what is to come
            r"^will (?:\w+ ){1,6}?(?:actually|really|ever) (?:get|be|happen|open|go ahead|work)\b|"
            # "will the government keep funding pins after 2025": what is done next
            r"^will (?:\w+ ){0,6}?(?:keep|continue|carry on) (?:funding|paying for|running|"
            r"supporting)\b|"
            # "will the change programme get rolled out to every council": a decision to come
            r"^will (?:\w+ ){1,10}?(?:get|be) rolled out\b|"
            # "are they going to approve even more special free schools", "is the govt gonna
            # fund more EPs": more of it to come, which a figure of what was approved is not
            # ("are they going to" is read as "will they")
            r"\b(?:gonna|planning to|plan to) (?:\w+ )?(?:open|approve|build|fund|"
            r"announce|create|train) (?:(?:even|any) )?(?:more|further|another)\b|"
            # "what's the next step for the inspections once this round is done", "what happens
            # after the change programme finishes": what follows its end, not what it is doing
            r"^(?:what is|whats|what s|what are) (?:the )?next(?: (?:step|steps|stage|phase))?"
            r"\b(?=.*\b(?:after|once|when)\b)|"
            r"^what (?:comes|happens|will happen) (?:next )?(?:after|once)\b|"
            # "will special schools get another uplift like the 3.4% one": a repeat of what was
            # given, which the one given does not say (not "will new teachers get more send
            # training", which a plan stated answers)
            r"^will (?:\w+ ){0,6}?(?:get|receive|see|be given) (?:another|a further|a second|"
            r"one more)\b|"
            # "will the £6,000 threshold change under the reforms": a change to come (not the
            # change programme)
            r"^will (?:\w+ ){1,10}?change\b(?! programmes?\b)|"
            # "any plans for more EP training places after the 400": more beyond what was given,
            # still to be decided (not "any plans for more special free schools", which the
            # plan for 15 more answers)
            r"\b(?:any|are there|is there an?|is there any) plans? (?:for|to) (?:\w+ ){0,2}?"
            r"(?:more|further|another|extra) (?:\w+ ){0,5}?(?:after|beyond|on top of|besides)\b|"
            # "will the govt approve more special free schools beyond the 76": more to come
            r"^will (?:\w+ ){0,4}?(?:approve|open|announce) (?:(?:any|even) )?"
            r"(?:more|further|another)\b|"
            # "after the pilot, will it be opened up to everyone", "once it has tested the
            # reforms will they be rolled out": what is decided next
            r"^(?:after|once) (?:\w+ ){1,10}?will (?:\w+ ){1,8}?(?:be|get) (?:rolled out|opened up|"
            r"extended|expanded|made permanent)\b|"
            # "how many more inspection reports will be published this year": publications to
            # come, which no written answer counts (not "how many more EPs will be trained": a
            # number the department plans)
            r"how many more (?:\w+ ){0,4}?(?:will be|are going to be|are due to be|are to be) "
            r"(?:published|released|carried out|held)\b|"
            # "will pins be expanded to secondary schools": a decision still to be made
            r"^will (?:\w+ ){1,6}?(?:get|be) (?:expanded|extended|widened|opened up) to\b|"
            # "any chance pins gets extended to secondary schools", "is there a chance of it
            # being rolled out further": the odds of a decision still to be made
            r"^(?:any|is there (?:any|a)) chance (?:(?:of|that) )?(?:\w+ ){1,6}?(?:gets?|getting|"
            r"will (?:get|be)|could (?:get|be)|being|be) (?:extended|expanded|widened|opened up|"
            r"rolled out|made permanent|renewed|continued)\b|"
            # "will the taskforce spread to other regions", "will it widen to colleges": the
            # same decision to come, said of the programme itself (not "will it extend to march
            # 2025", which asks how long it runs)
            r"^will (?:\w+ ){1,6}?(?:expand|extend|widen|spread|branch out) (?:to|into) "
            r"(?!(?:19|20)\d\d|(?:the )?end\b|(?:" + _MONTH_NAMES + r")\b)(?=\w)|"
            # "will it get extended again": a further decision, not the one made
            r"^(?:will|is|are|could|might) (?:\w+ ){0,6}?(?:going to )?(?:be|get) (?:extended|"
            r"renewed|continued|expanded) (?:again|further|beyond|after|past)|"
            # A policy change to come: "will the white paper get rid of EHCPs?", "are parents
            # going to lose the right to go to tribunal"
            r"^(?:will|are|is) (?:\w+ ){0,6}?(?:going to )?(?:get rid of|scrap|abolish|"
            r"be scrapped|be abolished|be written off|write off|lose|be removed|get scrapped|"
            r"get abolished|get written off|get removed)\b|"
            # A figure for a round not yet announced: "how many schools in the next wave"
            r"how (?:many|much) (?:\w+ ){0,8}?next (?:wave|round|tranche|phase|batch)\b|"
            # ... or for a programme's expansion to come: "how many schools will the PINS
            # expansion reach", a figure the programme's own does not give
            r"how (?:many|much) (?:\w+ ){0,6}?(?:will|would) (?:(?:the|its|this|that) )?"
            r"(?:\w+ ){0,2}?(?:expansion|extension|roll ?out)\b|"
            # "will the schools open on time", "are they going to be delayed": what is to come
            r"^will (?:\w+ ){1,8}?(?:on time|on schedule|on track|be delayed|be late)\b|"
            # "is the government going to meet its target of doubling them" (read as "will")
            r"^will (?:\w+ ){0,5}?(?:meet|hit|reach|achieve|miss) (?:its|their|the|that|this) "
            r"(?:\w+ )?(?:target|goal|aim|ambition)|"
            # What a paper still to come will say: "what will the white paper say about send"
            r"^what will (?:\w+ ){1,6}?(?:say|include|contain|propose)\b|"
            # More of the same after what the source gives: "will there be more special schools
            # after the 76", "will they approve more next year", "any more beyond 2025"
            r"^will there be (?:any )?(?:more|further|another) (?:\w+ ){0,8}?(?:after|beyond|"
            r"once|next year|in future|in the future|again)\b|"
            # "will there be more AP free schools opening": more to come, however it is put
            r"^will there be (?:any )?(?:more|further|other) (?:\w+ ){1,3}?(?:opening|coming|"
            r"built)\b|"
            # "will they open the training to more people next year", "are sen units getting
            # more capital money next year": more again, after what the source gives
            r"^(?:will|are|is) (?:\w+ ){1,10}?more (?:\w+ ){0,3}?(?:next year|again)\b|"
            # "are they planning to raise it again next year", "are they planning more schools
            # after the 76": a plan beyond the source's own
            r"^(?:are|is) (?:\w+ ){0,3}?planning (?:to )?(?:\w+ ){0,6}?(?:again|after|beyond|"
            r"next year)\b|"
            # "will the 3.4% uplift be repeated next year": the same again, not yet decided
            r"^will (?:\w+ ){1,8}?be repeated\b|"
            r"^will (?:they|the (?:government|department|dfe|minister)|ministers) (?:\w+ )?"
            r"(?:approve|open|build|fund|announce|create|commission) (?:(?:any|even) )?"
            r"(?:more|further|another)\b|"
            # "will the pilot be made permanent": a decision still to be made
            r"\b(?:be|get|become|becomes|becoming|being) (?:made )?permanent\b|"
            # "are they planning to extend pins to secondary schools": a plan not yet made
            # (not "plan to expand supported internships": a plan a source may give)
            # "are ofsted planning to change the inspections again": a change not yet decided
            # ("are they going to ..." reads as "will they ...")
            r"(?:(?:planning|intending|looking) to|^will(?: \w+){1,4}?) (?:change|overhaul|revise|"
            r"rethink|reform|replace|redo) (?:\w+ ){0,6}?again\b|"
            r"(?:planning|intending|looking|thinking of|thinking about) (?:(?:to|at|on) )?"
            r"(?:extend|expand|widen|roll)\w* (?:out )?(?:\w+ ){1,4}?(?:to|into|beyond)\b|"
            # "after the 76 are built is the plan to stop or keep going": what comes after
            r"^after (?:\w+ ){1,8}?(?:are|is|have been|has been) (?:built|opened|done|finished|"
            r"over|completed|delivered)\b|\bor (?:keep going|carry on)\b|"
            # "are they going to extend pins to secondary schools" (read as "will they ..."):
            # what ministers will decide, which a written answer cannot say
            # ("will dfe ever ringfence it": the body named without "the" too)
            r"^will (?:they|(?:the )?(?:government|govt|department|dfe|minister|ministers)) "
            r"(?:\w+ )?(?:extend|expand|widen|roll out|ringfence|ring fence|change|scrap|"
            r"abolish|raise|lower|increase|cut|reduce)\b|"
            # "is the £6,000 threshold going to change", "will it change after the reforms": a
            # rule that may change (not "the change programme")
            r"^will (?:\w+ ){1,8}?(?:change|be changed)(?! programme)\b|"
            # ... with a longer name before it than "going to" is read as "will" for: "is the
            # £6,000 per pupil threshold for mainstream SEN support going to change"
            r"^(?:is|are) (?:\w+ ){1,12}?going to (?:change|be changed)\b(?! programme)|"
            # "will the bursary money continue after 2025", "will the grant be renewed beyond
            # the three years": what follows the period a sum is given for (not "carry on into
            # 2026/27", which a source may say)
            r"^(?:will|is|are) (?:\w+ ){0,8}?(?:going to )?(?:continue|be continued|carry on|"
            r"be renewed|be extended|keep going) (?:after|beyond|past)\b|"
            # "will the new rules go national", "when will the pilot become national policy",
            # "will it be rolled out nationally": a decision on a pilot still to be made
            r"\bwill (?:\w+ ){0,10}?(?:go|become|be rolled out|get rolled out) national(?:ly)?\b|"
            r"\bnational (?:roll ?out|rules)\b|"
            # "will the survey keep collecting it in future years": what it does from now on
            # (not "are placements expected to keep rising? we're doing long term planning")
            r"^(?:will (?:\w+ ){0,10}?|(?:is|are) (?:\w+ ){0,10}?going to )(?:keep|continue|"
            r"carry on) (?:\w+ ){0,8}?(?:in (?:the )?future|future years|from now on|for good)\b|"
            # "will families keep the right to appeal": a right the reforms may change
            r"^will (?:\w+ ){0,4}?(?:keep|retain|still have) (?:the|their) (?:right|rights|"
            r"entitlement)\b|"
            # "will it be made available to everyone permanently": a decision still to be made
            r"\b(?:opened|open|extended|expanded|available|made) (?:\w+ ){0,6}?permanently\b|"
            # "any more special free schools planned after the spring budget 15": more to come
            # after those the source gives
            r"^(?:are there )?any (?:more|further) (?:\w+ ){0,5}?(?:planned|coming|expected|"
            r"to come) (?:after|beyond)\b|"
            # What a fiscal event still to come will bring: "more money in the next spending
            # review", "at the next budget" (the sources report only those already held)
            r"\b(?:in|at|from|after|by) (?:the )?next (?:spending review|budget|autumn statement|"
            r"spring statement|spending round|fiscal event|settlement)\b|"
            # Law still to be made: "will the reforms become law, and when", "is there going to
            # be new SEND legislation", "are they going to change the law on EHCPs" (no source
            # speaks of legislation: any answer would be a guess)
            r"\b(?:become|becomes|be made|made into|put (?:\w+ ){0,4}?into|written into|"
            r"enshrined in) law\b|\blegislat(?:e|es|ed|ion|ing)\b|"
            r"\bnew (?:\w+ ){0,2}?(?:law|laws|bill)\b|\bchange (?:the|any) laws?\b"
        ),
    ),
    (
        Intent.DIFFERENCE,
        _phrases(
            r"difference between|differences between|how is \w+(?: \w+){0,4} different|"
            r"versus|vs|"
            # "what's an AP free school, is it the same as a PRU": how two things differ
            # ("is it the same as before" asks whether it changed)
            r"(?:is|are) (?:it|they|that|this|those|these) (?:just )?(?:the same (?:thing )?as|"
            r"different (?:from|to)) (?:an?|the) \w+|"
            r"^(?:is|are) (?:an?|the) (?:\w+ ){1,4}?the same (?:thing )?as (?:an?|the) \w+|"
            # "what's an AP free school compared to a normal PRU", "what makes a free school
            # different from an academy": how one kind differs from the ordinary kind
            r"compared (?:to|with) (?:(?:an?|the) )?(?:normal|ordinary|regular|standard|usual|"
            r"typical|traditional|mainstream|other|existing) \w+|"
            r"^what (?:makes|made) (?:\w+ ){1,6}?(?:different|distinct|unlike) (?:from|to)\b|"
            # A thing set beside another, however the comparison is put: "how does the new
            # qualification compare with the old one", "in what way is the new regime
            # different from the old", "what's different in X compared to Y", "is our scheme
            # like the Scottish one" (a change between two years is read as a change, in
            # question._intent)
            r"^how (?:does|do|did|will|would|is|are) (?:\w+ ){1,10}?(?:compare|stack up|"
            r"measure up) (?:with|to|against)\b(?!(?: \w+){0,3} (?:\d|(?:last|previous|"
            r"earlier|before|ago|years?)\b))|"
            # ... with an earlier reform named by its year: "how does it compare with the 2014
            # reforms", "against the 2015 code" (not "compare with 2022/23", a figure's year)
            r"^how (?:does|do|did|will|would|is|are) (?:\w+ ){1,10}?compare (?:with|to|against) "
            r"(?:the )?\d{4} (?:\w+ ){0,2}?(?:reforms?|framework|code|act|system|regime|scheme|"
            r"programme|qualification|award|rules|policy|green paper|white paper)\b|"
            r"\bin what (?:way|ways|respect|respects) (?:is|are|was|were|does|do|will) "
            r"(?:\w+ ){1,10}?(?:different|differ)\b|"
            r"^what (?:(?:is|s|are) )?(?:different|new|changed) (?:in|about) (?:\w+ ){1,8}?"
            r"(?:compared (?:to|with)|from|than|versus)\b|"
            r"^(?:is|are) (?:\w+ ){1,8}?(?:like|similar to) (?:the|a|an) (?:\w+ ){0,2}?(?:one|ones|"
            r"model|system|version|scheme)\b|"
            # How a new thing differs from the one before it, asked with the verb: "how does
            # the new qualification differ from the existing one", "how are the new courses any
            # different to the old ones", "are the reformed rules different from what we had in
            # 2015", "what's changed in the wording between the new and the previous version"
            # (not "how are internships different from traineeships": two kinds, which a
            # definition may tell apart)
            rf"\bhow (?:does|do|did|will|would|is|are|was|were) (?:\w+ ){{1,10}}?(?:any )?"
            rf"(?:differ|different) (?:from|to) {_AN_EARLIER_ONE}|"
            rf"^(?:is|are|was|were) (?:\w+ ){{1,10}}?(?:any )?different (?:from|to) "
            rf"{_AN_EARLIER_ONE}|"
            rf"\b(?:different|changed) (?:\w+ ){{1,5}}?between (?:\w+ ){{0,8}}?{_AN_EARLIER_ONE}"
        ),
    ),
    (
        Intent.JUDGEMENT,
        _phrases(
            r"^(?:is|are|was|were|has|have|did|does|do|will|would) (?:[\w.]+ ){0,8}?(?:enough|"
            # ("is there a cut off date": a deadline, not a cut)
            r"sufficient|adequate|fair|unfair|cut(?! off)|cuts|cutting|slashed|reduced|underfunded|"
            r"worth it|value for money|better or worse|getting better|getting worse)|"
            r"^(?:is|are|was|were) (?:[\w.]+ ){0,6}?(?:a lot|a lot of money|loads|a big deal|"
            r"generous|a good amount)$|"
            # "is the new regime tougher": a comparison no figure makes
            r"^(?:is|are|was|were) (?:[\w.]+ ){1,6}?(?:tougher|stricter|harsher|softer|easier|"
            r"fairer|better|worse)(?: (?:than|or)\b|$)|"
            # "actually tougher or just box ticking", "really new or only a rebrand": a verdict
            # between two readings of it
            # (not "has demand actually grown or is it just us": whether it has)
            r"^(?:is|are|was|were) (?:[\w.]+ ){1,6}?(?:actually|really|genuinely) \w+ or "
            r"(?:is it )?(?:just|only|simply|merely)\b|"
            r"(?:enough|sufficient|adequate)$|too little|too few|waste of money|"
            # "is delaying the white paper a good thing", "was it a waste of 70m": a verdict
            r"^(?:is|are|was|were|will|would) (?:[\w.]+ ){1,8}?(?:a )?(?:good|bad) "
            r"(?:thing|idea|move|decision)\b|\ba waste of\b|"
            # "is a 60% rise actually good once you factor in inflation", "is it box ticking",
            # "would you say the npq is better": a verdict asked, of the rise or of the bot
            r"^(?:is|are|was|were) (?:[\w.]+ ){1,8}?(?:(?:actually|really|genuinely) (?:any )?"
            r"(?:good|bad)\b|(?:good|bad) (?:once|given|considering)\b)|"
            # ("(?:just |only )?" would lose the space after "just": see _phrases)
            r"\bor (?:(?:is|was) it )?(?:(?:just|only|simply|merely) )?(?:box ticking|"
            r"lip service|a gimmick|window dressing|a rebrand|for show|a token gesture|tokenism|"
            r"a pr stunt|a publicity stunt)\b|"
            r"^would you say\b|"
            # "is the 60% rise as good as it sounds", "does it sound better than it is": whether
            # a figure is what it seems, which no figure says
            r"\bas (?:good|big|much|generous|impressive|great|large|significant|bad|big a deal|"
            r"good a deal|positive) as (?:it|they|that|this|the \w+) (?:sounds?|seems?|looks?|"
            r"appears?|is made out|are made out)\b|"
            r"\b(?:sounds?|seems?|looks?) (?:better|bigger|more|larger|greater) than (?:it|they) "
            r"(?:(?:really|actually|truly) )?(?:is|are)\b|"
            # "how good is the offer at my council", "is Bedford doing well": a verdict
            r"^how good (?:is|are|was|were)\b|"
            r"^(?:is|are) (?:\w+ ){1,5}?doing (?:well|badly|ok|okay|good)\b|"
            # "is the £2.6 billion good value", "is £70 million a good use of money"
            # ... or of what was bought with it: "was the change programme a good use of £70m",
            # "was the £18m well spent"
            r"(?:good|poor|bad|great) value\b|worth the money|\bwell spent\b|"
            r"(?:a )?(?:good|bad|poor|wise|sensible) use of\b|"
            # "has the rise kept pace with inflation", "is the uplift keeping up with demand":
            # whether a sum is enough for what it meets, which no figure of the sum says
            r"^(?:is|are|was|were|has|have|had|did|does|do) (?:[\w.]+ ){1,8}?(?:keep|keeping|kept) "
            r"(?:up|pace) with\b|"
            # A figure told, then a verdict on it asked as a tag: "only 15 opened, isn't that
            # rather low", "400 EPs, aren't they too few" (not "isn't it a lot more than that?",
            # a figure checked)
            r"\b(?:isnt|is not|arent|are not) (?:that|it|this|those|these|they) (?:\w+ )?(?:slow|"
            r"low|small|tiny|meagre|few|poor|bad|disappointing|high|huge|too \w+)$|"
            # "is PINS worth signing up for", "is the NPQ worth the effort", "is the taskforce
            # worthwhile": whether it repays the asker's time, a verdict (not "is PINS worth
            # £13m", its sum, nor "what is PINS worth")
            r"^(?:is|are|was|were) (?:[\w.]+ ){1,8}?(?:worth (?:\w+ing|the (?:time|effort|bother|"
            r"hassle|wait|cost)|our|my|your)\b|worthwhile)|"
            # "is a 60% rise generous given demand", "is 400 enough considering the shortage"
            r"\b(?:generous|enough|adequate|sufficient|fair|reasonable) (?:given|considering|"
            r"once you|when you)\b|"
            # "is 60% a good increase given demand", "a decent uplift considering inflation": the
            # same verdict with the thing judged named between
            r"\ba (?:good|decent|generous|fair|reasonable|big|real|bad|poor|small|tiny|meagre) "
            r"(?:\w+ )?(?:given|considering|once you|when you)\b|"
            # "is 400 more EPs going to make a dent in the shortage": a verdict on its effect
            r"\b(?:make|put|making) (?:a|any) (?:real |big |serious |meaningful |proper )?dent\b|"
            # "is 15 a lot or a drop in the ocean", "actually good or nowhere near enough"
            r"drop in the (?:ocean|bucket)|scratch(?:es|ing)? the surface|"
            r"(?:nowhere|not) (?:near|nearly|anywhere near) enough|"
            r"(?:actually|really) (?:good|bad) or\b|\ba lot or (?:not|a little|\w+ \w+)\b|"
            # "is £13m a lot or tiny", "loads or peanuts": a verdict on a sum's size between two
            # words for it, which the sum alone does not give
            r"\b(?:a lot|loads) or (?:tiny|small|little|peanuts|nothing|not much|a pittance|"
            r"modest|meagre)\b|"
            # "will the npq be better than the old award": a comparison no figure makes
            r"^(?:will|would) (?:[\w.]+ ){1,6}?be (?:any )?(?:better|worse|tougher|stricter|"
            r"easier) than\b|"
            # "too soft on councils", "23 reports, slow or about right", "is a 60% rise good or
            # has demand gone up faster", "is 1500 places a lot compared to the need": a verdict
            # on a figure or a regime, which no figure gives (not "too late to apply", a date)
            r"^(?:is|are|was|were|isnt|arent) (?:[\w./]+ ){0,10}?too (?:soft|lenient|weak|harsh|"
            r"tough|strict|slow|easy|generous|small|low|little|few|modest|stingy|light touch)\b|"
            r"\bor (?:about|just) right\b|"
            r"^(?:is|are|was|were) (?:[\w.]+ ){1,10}?(?:good|bad|decent|impressive|reasonable|"
            r"high|low|fast|slow|quick|generous|big|small) or\b|"
            r"\ba lot (?:compared (?:to|with)|given|considering|for the)\b|"
            r"^(?:isnt|isn t|arent|aren t|wasnt|wasn t) (?:[\w.]+ ){1,6}?(?:quite |very |pretty |"
            r"a bit |rather |really )?(?:small|low|few|little|slow|high|big|large|modest|paltry|"
            r"measly)\b|"
            r"^(?:is|are|was|were) (?:[\w.]+ ){1,8}?(?:impressive|decent|respectable|paltry|measly|"
            r"pathetic|reasonable|about right|good going)\b|"
            # "was this a proper answer or just spin": a verdict on the answer itself (not "is
            # that real or spin", whether a figure is so)
            r"^(?:is|was) (?:this|that|it) (?:really )?a proper answer\b"
        ),
    ),
    (
        Intent.REQUIRED,
        _phrases(
            # ... not "do schools have to pay": a cost, whoever must meet it
            r"mandatory|compulsory|obligatory|optional|required to(?! (?:pay|fund)\b)|"
            r"a requirement|statutory|"
            r"do (?:i|they|we|you|sencos|teachers|schools) have to(?! (?:pay|fund)\b)|"
            r"must (?:i|they|we|sencos|teachers|schools)(?! (?:pay|fund)\b)|"
            # What those who already hold the thing being replaced must do: "will existing
            # SENCOs with the old award have to do the new one", "what happens to staff who
            # already have the current qualification", "do I need to redo it" (the sources say
            # what replaces it, never what becomes of those who hold it)
            r"\b(?:have|need|needs) to (?:redo|retake|resit|re do|re take|re sit|requalify|"
            r"re qualify)\b|"
            r"\b(?:what happens|what will happen|what ll happen) to (?:\w+ ){1,4}?"
            r"(?:who|that|with) (?:(?:already|currently) )?"
            r"(?:have|has|hold|holds|got|did|done|completed)\b|"
            r"\b(?:already|existing) (?:\w+ ){0,6}?(?:old|previous|current|existing) "
            r"(?:\w+ ){0,3}?(?:have to|need to|must|still (?:valid|count|counts|recogni[sz]ed))\b"
        ),
    ),
    (
        Intent.OUTCOME,
        _phrases(
            # (not "who is it working with": who its partners are)
            r"is it working(?! (?:with|alongside|together)\b)|will it work|will it fix|"
            r"has it worked|did it work|"
            r"have they worked|has (?:the |this |it )?\w* ?\w* ?made a difference|"
            # "did the £3m pilot work for young people without EHCPs": whether it worked for them
            r"^(?:did|has|have) (?:\w+ ){1,8}?(?:work|worked) (?:for|out for)\b|"
            r"any results|the results|results so far|results of|outcomes so far|"
            # "did the pilot get good results", "has PINS had positive outcomes": how it went,
            # asked by the verdict on the results it got (not "is it meant to drive good
            # outcomes", what it is for)
            r"^(?:did|has|have) (?:\w+ ){1,12}?(?:get|got|gotten|have|had|achieve|achieved|"
            r"produce|produced|deliver|delivered|see|seen|saw|show|shown|showed|yield|yielded) "
            r"(?:any )?(?:good|positive|strong|poor|bad|decent|great|promising|encouraging|"
            r"disappointing|mixed) (?:results?|outcomes?)\b|"
            r"what (?:results|outcomes) (?:has|have|did)|^(?:did|has|have) (?:\w+ ){1,12}?work$|"
            # "will 400 more EPs fix the waiting lists": whether it will work, however named
            r"^will (?:\w+ ){1,8}?(?:fix|solve|sort out|cure)\b|"
            # "did the 4000 kids reached go back into mainstream": what came of those reached
            r"^did (?:\w+ ){1,10}?(?:go back|get back|move back|return) (?:in ?to|to)\b|"
            # "is there any evidence the training has improved early identification": what
            # came of it, however it is named
            r"evidence (?:(?:that|of) )?(?:\w+ ){0,8}?(?:has|have|had) (?:\w+ )?(?:improved|worked|"
            r"helped|reduced|raised|boosted|increased|cut|made a difference)\b|"
            r"what has \w+(?: \w+){0,4} achieved|what have \w+(?: \w+){0,4} achieved|impact of|"
            # "what did the £3m pilot for young people without a plan achieve": what came of it,
            # however long its name (not "what is it meant to achieve", its purpose)
            r"^what (?:did|has|have) (?:\S+ ){1,16}?(?:achieve|achieved|accomplish|accomplished)$|"
            r"what impact|how effective|been effective|success rate|"
            r"how successful|been successful|did it succeed|made any difference|what difference|"
            r"made (?:a|any|much) (?:real|big|significant|positive) difference|"
            r"(?:been|was|is|proved) (?:a success|a failure)|"
            r"how well (?:is|has|did|are|have)|failed|fail their|rated|rating|ratings|"
            r"will (?:the|this|it) (?:\w+ ){0,3}?(?:work|fix|solve|succeed)|"
            r"^(?:is|are) (?:the |this |it |they )?(?:\w+ ){0,4}?(?:working|succeeding|helping)$|"
            r"^(?:has|have|did) (?:the |this |it |they )?(?:\w+ ){0,4}?(?:(?:made|make) (?:\w+ )?"
            # (not "has the government helped councils improve them": help given to others;
            # nor "have all councils been helped with it": the help given them, passive, but
            # "have pupils been helped by it" asks what it did for them)
            r"(?:better|worse)|improved (?:things|anything|matters)|worked|"
            r"(?:(?<!been )helped|(?<=been )helped(?= by\b))"
            r"(?! (?:\w+ ){1,3}?(?:to|improve|develop|build|expand|strengthen)\b))|"
            r"^(?:has|have|did) (?:\w+ ){1,10}?(?:worked|succeeded)$|"
            r"(?:will|would|going to) (?:\w+ ){0,5}?make (?:\w+ ){0,3}?(?:any |much )?"
            r"(?:better|worse)|"
            # (not "has the government funded councils to improve them": the help given)
            r"^(?:has|have|did|does) (?!(?:\w+ ){0,4}?(?:helped|funded|supported|paid|enabled) )"
            r"(?:the |this |it |they )?(?:\w+ ){0,5}?(?<!to )"
            # ("boost" and "raise" before "to", "for", "in" or "of" are nouns, what the question
            # is about: "has the latest boost to high needs been kept going")
            r"(?:(?:improve|improved|reduce|reduced|raised|boosted) "
            r"(?!funding|the budget|spending)|"
            r"(?:raise|boost) (?!funding|the budget|spending|(?:to|for|in|of)\b))\w+|"
            # (a long name too: "what did the pilot for young people with no plan find")
            r"what (?:did|have|has|do) (?:\w+ ){0,10}?(?:find|found|conclude|concluded|reveal|"
            r"revealed|show|shown)|findings|what (?:(?:has|have) )?(?:came|come) (?:out )?of|"
            # What came of it for those it reached, by any measure of it: "did they have better
            # outcomes", "did attendance go up", "how did the kids get on", "did pins help any
            # kids", "how has it gone"
            r"^(?:did|have|has) (?:\w+ ){1,10}?(?:have|had|get|got|see|seen|achieve|achieved) "
            r"(?:any )?(?:better|worse|improved) (?:outcomes|results)|"
            r"(?:attendance|exclusions?|attainment|grades|behaviour|wellbeing) (?:\w+ )?(?:go|went|"
            r"gone|got|improve|improved|fall|fell|fallen|drop|dropped|rise|rose|risen|increase|"
            r"increased|decrease|decreased|reduce|reduced)\b|"
            r"^how (?:did|have|has|are|were) (?:\w+ ){1,8}?(?:get|got|getting|gotten) on\b|"
            r"^how (?:did|has|have) (?:\w+ ){1,6}?(?:go|gone|turn out|turned out|work out|"
            r"worked out|pan out|panned out)$|"
            # "how has the pilot gone for the young people on it": how it went for those it was
            # for
            r"^how (?:did|has|have) (?:\w+ ){1,6}?(?:go|gone|turn out|turned out|work out|"
            r"worked out|pan out|panned out) for (?:those|the|young|people|children|kids|pupils|"
            r"families|schools|interns|students|learners)\b|"
            r"^(?:did|has|have) (?:\w+ ){1,8}?(?:helped|help) (?:any|many|the|kids|children|"
            r"pupils|young|families|schools|anyone|anybody)\b|"
            # "did pins actually help neurodiverse kids": whether it helped those it was for
            r"^(?:did|has|have) (?:\w+ ){1,6}?(?:actually|really) (?:helped|help) (?:\w+ )?"
            r"(?:kids|children|pupils|families|schools|students|learners)\b|"
            # "has the 60% rise cleared council deficits": whether the money fixed a problem
            r"^(?:has|have|did|will) (?:\w+ ){1,10}?(?:cleared|clear|wiped out|wipe out|paid off|"
            r"pay off) (?:\w+ ){0,2}?(?:deficits?|debts?|backlogs?|shortages?|waiting lists?)\b|"
            # "has the extra £1bn stopped councils going into deficit": whether it kept them out
            r"^(?:has|have|did|will) (?:\w+ ){1,10}?(?:stopped|stop|prevented|prevent|kept|keep) "
            r"(?:\w+ ){1,3}?(?:from )?(?:going|getting|falling|running|sliding|ending up) "
            r"(?:in(?:to)? )?(?:deficits?|debts?|the red|overspends?)\b|"
            r"(?:did|have|has) (?:they|it|we|the \w+|\w+) (?:(?:actually|really) )?"
            r"(?:manage|managed|succeed|succeeded|achieve|achieved|hit) |"
            # How it is going so far: "how is the pilot going", "how's PINS going so far",
            # "how are the new schools coming along"
            r"^how (?:is|are) (?:\w+ ){1,6}?(?:going|coming along|progressing|shaping up)"
            r"(?: (?:so far|now|at the moment))?$|"
            # ... asked inside another question: "any update on how the PINS schools are
            # doing", "is there any data on how the pilot went" (not "how much went to schools")
            r"how (?:is|are) (?:\w+ ){1,8}?doing(?: (?:now|so far|at the moment|these days))?$|"
            r"how (?!(?:much|many|long|far|often)\b)(?:\w+ ){1,6}?(?:went|has gone|have gone)$|"
            # What came of it, said another way: "what's come of the change programme" ("what's"
            # is read "what is"), "what's happened with the 76 schools since they were approved",
            # "did the councils see improvements"
            r"(?:what is|whats|what s) (?:come|came) (?:out )?of|"
            r"what (?:is|has) happened (?:with|to) (?:\w+ ){1,8}?since\b|"
            r"(?:see|seen|saw) (?:any )?(?:improvements?|results|benefits?)\b|"
            # "is the senco training making a difference", "will it make a difference"
            r"(?:make|makes|making) (?:a|any|much|the) (?:\w+ )?difference\b|"
            # "could the white paper make things worse", "will pins make schools more inclusive"
            r"(?:could|might|may) (?:\w+ ){0,5}?make (?:\w+ ){0,3}?(?:any |much )?(?:better|worse)|"
            r"^(?:will|would|could|might) (?:\w+ ){1,5}?make (?:\w+ ){0,3}?(?:more|less) "
            r"(?:inclusive|confident|effective|accessible|skilled|aware|supportive|capable)\b|"
            # "will the new inspections make councils improve": whether it will work
            r"^(?:will|would|could|might) (?:\w+ ){1,5}?make (?:\w+ ){1,3}?(?:improve|do better|"
            r"get better|raise their game|up their game)\b|"
            # "have EP waiting times come down since the £21m": what came of it, by the waits
            r"\b(?:waiting (?:times?|lists?)|waits|backlogs?) (?:\w+ )?(?:come|came|gone|go|went|"
            r"got|get|getting|coming|going) (?:down|up|shorter|longer)\b|"
            # Built yet: "are the 15 schools built yet" (not "opened yet": a source may say how
            # many opened; "finished yet" is read as a count of those completed)
            r"^(?:is|are|have|has) (?:\w+ ){1,8}?(?:built|ready|up and running)(?: \w+)? yet$|"
            # What came of it, by those it was for: "has the new content made new teachers any
            # better", "made any measurable difference", "did the kids it reached do better",
            # "has it led to fewer tribunals", "are areas getting better or worse"
            r"^(?:has|have|did) (?:\w+ ){1,8}?made (?:\w+ ){1,3}?any (?:better|worse)\b|"
            r"made (?:a|any|much) (?:measurable|noticeable|real|actual|tangible) difference\b|"
            r"^did (?:\w+ ){1,10}?(?:(?:actually|really) )?do (?:any )?(?:better|worse)\b|"
            r"^(?:has|have|did) (?:\w+ ){0,6}?(?:led|lead) to (?:fewer|less|lower|more|higher|"
            r"better|worse|shorter|longer|an? (?:\w+ )?(?:drop|fall|rise|reduction|increase|"
            r"improvement|decrease))\b|"
            # "did the training lead to earlier identification", "has it resulted in quicker
            # assessments": whatever came of it, named by what it led to
            r"^(?:has|have|did) (?:\w+ ){1,10}?(?:led|lead|resulted|result) (?:to|in) "
            r"(?:(?:any|an?|the) )?(?:earlier|faster|quicker|sooner|improved|increased|reduced|"
            r"greater|bigger|smaller|fewer|less|lower|more|higher|better|worse|shorter|longer|"
            r"changes?|improvements?|results|outcomes|benefits?|reductions?)\b|"
            r"(?:getting|got|get) better or (?:getting )?worse|improving or (?:not|getting worse|"
            r"declining)\b|"
            # "will the group lead to faster diagnosis": whether it will work, by what follows
            r"^(?:will|would|could|might) (?:\w+ ){1,8}?(?:lead|led) to (?:faster|quicker|shorter|"
            r"fewer|less|lower|better|more|higher|improved|an? (?:\w+ )?(?:drop|fall|rise|"
            r"reduction|increase|improvement))\b|"
            # "has the evaluation found anything yet", "did it change anything in classrooms"
            r"^(?:has|have|did) (?:\w+ ){1,10}?(?:found|find|shown|show|concluded|changed|change) "
            r"(?:anything|any \w+)\b|"
            r"\b(?:has|have|had) (?:\w+ ){0,4}?changed anything\b|"
            # "has the pilot got anyone into paid jobs yet": what came of it for those it reached
            r"\b(?:got|get|gotten|getting|helped|help) (?:anyone|anybody|any (?:\w+ )?(?:people|"
            r"interns|young people|pupils|children|kids)) (?:in ?to|into) (?:\w+ )?(?:jobs?|work|"
            r"employment)\b"
        ),
    ),
    (
        Intent.ELIGIBILITY,
        _phrases(
            r"eligible|eligibility|who can apply|can \w+ apply|how do i apply|how to apply|"
            r"qualify for|who qualifies|entitled to|criteria for|who gets it|"
            # "can i as a TA do the NPQ", "would i be able to do it", "could i sign up for it":
            # who the asker is, and how it is put, may come between
            r"(?:can|could|would|may) (?:i|we)(?: as an? \w+(?: \w+)?)?"
            r"(?: be (?:able|allowed) to)? (?:do|take|join|go on|attend|sign up|enrol|enrol on|"
            r"access|register|apply|get on|get onto)\b|"
            r"(?:am i|are we) allowed (?:on|onto)|(?:is|are) (?:my|our) \w+ (?:able|allowed) to|"
            r"can (?:anyone|anybody|everyone|any \w+) (?:do|take|join|go on|attend|sign up|enrol|"
            r"access|apply)|"
            # "can a parent do the autism training": whether one kind of person may
            r"(?<!how )can (?:a|an) \w+(?: \w+)? (?:do|take|join|go on|attend|sign up|enrol|"
            r"access|register|get|use|apply for)\b|"
            # "can teaching assistants do the autism training": whether people of a kind may
            r"^can (?:\w+ )?(?:assistants|tas|teachers|parents|carers|sencos|staff|"
            r"practitioners|childminders|nurseries|settings|schools|academies|colleges|heads|"
            r"headteachers|governors|nurses|volunteers) (?:do|take|join|go on|attend|sign up|"
            r"enrol|access|register|apply)\b|"
            # ("can my 19 year old without an EHCP join the pilot": the child described at length)
            # (not "would my son have to pay anything to do it": a cost)
            r"(?:can|could|would) (?:my|our|his|her) \w+"
            r"(?: (?!(?:have|has|need|needs|pay|to|be)\b)\w+){0,5}?(?: be (?:able|allowed) to)? "
            r"(?:do|take|"
            r"join|go on|attend|sign up|enrol|access|apply|register)|"
            # "can she join the pilot": the asker's child ("can she do a supported internship"
            # may be answered by who a scheme is for)
            r"(?:can|could) (?:she|he) (?:join|go on|sign up|enrol|register|apply)\b|"
            r"(?:am i|are we|is (?:she|he)) (?:able|allowed) to|"
            r"(?:would|does|do|will|could) (?:i|we|she|he|they|my \w+) (?:\w+ )?(?:count|"
            r"qualify) (?:as|for)|"
            r"am i allowed to|are we allowed to|"
            # asked indirectly: "wondering if i can do the training", "whether we qualify"
            r"(?:if|whether) (?:i|we) (?:can|could|would be able to|am allowed to|are allowed to) "
            r"(?:do|take|join|go on|attend|sign up|enrol|access|apply|register|get on)\b|"
            r"(?:if|whether) (?:i|we) (?:qualify|am eligible|are eligible)\b|"
            # "can i as a parent go to one of the listening sessions", "how do i sign up to one",
            # "can a TA like me apply": whether the asker may take part
            r"(?:can|could|may) (?:i|we)(?: as an? \w+(?: \w+)?)? (?:go to|come to|take part in|"
            r"be part of)\b|"
            # (said with stress too: "how do I actually sign up")
            r"\bhow (?:do|can|would|could) (?:i|we) (?:(?:actually|even|then|now) )?(?:sign up|"
            r"register|enrol|book|get involved|take part|join|apply)\b|"
            r"(?<!how )can (?:a|an) \w+(?: \w+)? like (?:me|myself|us) (?:do|take|join|go on|"
            r"attend|sign up|enrol|access|register|get|use|apply)\b"
        ),
    ),
    (
        Intent.COST,
        _phrases(
            r"cost (?:to|for) (?:parents|families|family|schools|a school|the school|me|us|"
            r"carers|each family)|cost (?:me|us|parents|families|schools|my)|"
            r"(?:do|will|would|does|must) (?:i|we|parents|families|schools|my \w+|a school|"
            r"(?:(?:a|the) )?(?:nurser(?:y|ies)|settings?|childminders?|colleges?|providers?|staff|"
            r"teachers?|sencos?|practitioners?|trainees?|trainee \w+|interns?|students?|learners?|"
            r"apprentices?|young people)) (?:have to |need to )?(?:pay|be charged)|"
            # "do trainee EPs pay tuition fees": a fee asked of those on a course
            r"\btuition fees?\b|"
            r"fees? for|charged for|is it free|"
            r"have to pay|how much do \w+ pay|free (?:for|to) (?:\w+ )?(?:parents|families|"
            r"schools|nurseries|settings|staff|teachers|sencos|childminders|us|me|them)|"
            r"free of charge|how much does it cost to|how much will it cost to|"
            r"how much would it cost to|how much is it to|afford|"
            r"cost (?:\w+ ){0,2}?to (?:join|take part|sign up|enrol|register|attend|apply|do|take|"
            r"send|get|use|be part of|be in|participate)\b|"
            r"cost (?:our|my|a|the|each) (?:\w+ )?(?:school|primary|secondary|nursery|"
            r"setting|family|parents?)|"
            # Whether anyone pays, however it is asked: "is the autism training free", "is
            # there a charge for it", "is it paid for by the government" (not "is there free
            # training", which asks whether there is any; nor "who pays for EHCP provision",
            # which a rule for who funds what answers).
            r"^(?:is|are|will|would) (?:\w+ ){1,6}?free(?:$|(?= (?:for|to|or|of charge)\b))|"
            r"(?:is|are) there (?:(?:a|any) )?(?:fees?|charges?|costs?)\b|"
            # "are the online training modules paid?", "is the npq paid or free": whether a
            # course is paid for by whoever takes it (not "are EPs paid", what someone earns)
            r"^(?:is|are|will|would) (?:\w+ ){0,5}?(?:training|modules?|courses?|"
            r"qualifications?|npqs?|sessions?|webinars?|resources?) (?:be )?paid(?: for)?"
            r"(?:$|(?= (?:or|i|im|we|and|if)\b))|paid or free\b|free or paid\b|"
            # "does it cost the young person anything", "i'd be paying myself": a cost to one
            r"cost (?:\w+ ){0,3}?anything\b|"
            r"paying (?:for (?:it )?)?(?:myself|ourselves|themselves)\b|"
            r"out of (?:my|our|their) own pockets?\b|"
            r"(?:paid for|covered|funded) by (?:the )?(?:government|dfe|department|schools?|"
            r"parents|families|councils?|las?|us|me|them|the school)\b|"
            r"(?:pay|contribute|fund \w+) (?:\w+ ){0,3}?(?:out of|from) (?:our|their|my|the "
            r"school s|the schools|its) (?:own )?(?:budgets?|pocket|money)\b|"
            r"(?:what|how much) (?:do|does|will|would) (?:parents|families|schools|nurseries|"
            r"settings|employers|we|i) (?:have to )?(?:pay|contribute)\b|"
            # "how much are schools meant to pay for SEN transport": what they must meet
            r"(?:what|how much) (?:are|is) (?:parents|families|schools|nurseries|settings|"
            r"employers|councils|we|i) (?:meant|supposed|expected|required|asked) to (?:pay|"
            r"contribute)\b|"
            # "do colleges have to put money in for the pilot": a cost to those taking part
            r"(?:have to|need to|must|expected to) (?:put|chip) (?:in\b|(?:any |some |their own )?"
            r"(?:money|cash|funding|funds) in\b)|"
            # A fee asked of a place or course ("what are the fees at the new school", "the
            # fee per module"), or what something charges ("do the new schools charge
            # parents", "what does the npq charge"): the price to whoever uses it (not "who is
            # in charge", nor "fees" counted in a share of spending)
            r"^(?:what|how much) (?:are|is|were|was|will be|would be) (?:the )?fees?\b|"
            r"\bfees? (?:at|per|of|to|charged)\b|"
            r"\b(?:do|does|did|will|would|could) (?:\w+ ){1,6}?charge\b(?! of\b)"
        ),
    ),
    # "who decides what EPs get paid", "who sets how much staff are paid": who decides, which
    # a fact saying whose responsibility it is answers (before PAY: no sum is asked)
    (
        Intent.PERSON,
        _phrases(r"who (?:decides|decide|sets|set|chooses|choose|determines) (?:what|how much)"),
    ),
    (
        Intent.PAY,
        _phrases(
            # (not "get paid work": a job, which is what came of something)
            r"earn|earns|earning|salary|salaries|wage|wages|pay scale|"
            r"get paid(?! (?:work|employment|jobs?)\b)|are paid|is paid|"
            # "what is the delivery partner being paid": what someone is paid, now (not "how is
            # the plan being paid for": how it is funded)
            r"being paid(?! (?:work|employment|jobs?|for)\b)|"
            r"paid per|paid an hour|"
            # "how much are EPs paid?": what someone is paid, said with who in between
            r"how much (?:are|is|do|does) (?:\w+ ){1,3}?(?:paid|get paid)$|"
            # "are supported internships paid?", "is the placement paid or unpaid": whether those
            # doing it are paid, asked of the thing they do
            r"^(?:are|is|were|was) (?:\w+ ){1,4}?paid(?: or (?:unpaid|not|voluntary))?$"
        ),
    ),
    # "whats the PINS thing worth", "what is the change programme worth": its sum of money
    # (before the definitions: "what is pins worth" does not ask what PINS is).
    (
        Intent.AMOUNT,
        # ... "what's the contract worth, out of the £18m": the sum, then the whole it is part of
        _phrases(
            r"(?:what is|whats|what s|what are|what was) (?:\w+ ){1,10}?worth$|"
            # ("what's" folds to "what")
            r"^what (?:(?:is|s|are|was) )?(?:\w+ ){1,10}?worth(?= (?:out of|of|from|within) "
            r"(?:the|that|this|its)\b)"
        ),
    ),
    (
        Intent.DEFINITION,
        _phrases(
            r"stand for|stands for|short for|acronym|abbreviation|meaning of|what does \w+ mean|"
            # "what makes a free school a special free school", "what makes a school count as
            # specialist": what a kind is, asked by what puts a thing in it
            r"^what (?:makes|made) (?:\w+ ){1,5}?(?:an?|count as|qualify as) \w+|"
            r"what counts as|what qualifies as|what is meant by|what do (?:they|you|we) mean by|"
            r"what does \w+ \w+ mean|define|definition of|what is an? \w+$|what s an? \w+$|"
            r"what is an? \w+ \w+$|what is an? \w+ \w+ \w+$|what are \w+$|whats an? \w+$|"
            r"what are (?!(?:the|these|those|they|their|its|my|our|your|some|any)\b)"
            r"\w+ \w+(?: \w+)?$|"
            # (not "what's changed": "what has changed" asks what happened; "what's needed" is
            # still read as asking what a thing is)
            r"what is (?!(?:changed|happened|improved|moved|shifted|altered)$)\w+$|"
            r"whats (?!(?:changed|happened|improved|moved|shifted|altered)$)\w+$|"
            r"what s (?!(?:changed|happened|improved|moved|shifted|altered)$)\w+$|"
            r"what (?:actually|exactly|even) (?:is|are) (?:an? )?\w+(?: \w+){0,2}$|"
            # "what does local area inspection mean": a term of any length
            r"what does (?:\w+ ){1,4}?(?:(?:actually|really|exactly|even) )?mean"
            r"(?: (?:exactly|here|in this))?$|"
            # "what does early identification actually mean in the training": a term, where
            r"what does (?:\w+ ){1,4}?mean (?:in|for) (?:the|this|that)\b|"
            # "what is the taskforce, what do they actually do (day to day)": what it does
            r"what (?:do|does) (?:they|it) (?:(?:actually|really|even|exactly) )?do"
            r"(?: (?:day to day|exactly|in practice|all day))?$|"
            # "whats AP mean here? alternative provision?": "what does" said short, a guess after
            r"(?:whats|what s|what is) (?!(?:it|that|this|the|a|an)\b)\w+ mean"
            r"(?: here| in this)?\b|"
            r"(?:whats|what s) an? \w+(?: \w+){0,2}$|"
            # "what is an education health and care plan": a term of five words
            r"(?:what is|whats|what s) an? \w+(?: \w+){3,4}$|"
            r"(?:what is|whats|what s) an? \w+(?: \w+){0,2} like\b|"
            # "who are the Autism Education Trust": what an organisation is (not "who is
            # leading the consortium": who does something)
            r"who (?:is|are) (?:the )?(?!\w+ing\b)\w+(?: \w+){0,3} (?:trust|charity|foundation|"
            r"network|alliance|association|agency|organisation|partnership|consortium)$|"
            r"(?:what is|whats|what s) (?!(?:the|this|that|it|its|there|their|his|her|our|my|your|"
            r"being|happening|going|next|new|latest|current|known|planned|done|needed|said|meant|"
            r"expected)\b|\w+ing (?:the|a|an|it|them|our|my)\b)\w+ \w+(?: \w+)?$|"
            # "what does the Autism Education Trust do", "what is a special free school exactly",
            # "what's the universal training offer": what a named thing is, not a figure about it.
            r"what does (?:the )?(?!(?:it|they|this|that|he|she)\b)\w+(?: \w+){0,2}"
            r"(?: (?:actually|really|exactly))? do$|"
            # "what does the universal services programme actually involve": what it is
            r"what (?:does|do|will) (?:the )?(?!(?:it|they|this|that)\b)(?:\w+ ){1,5}?"
            r"(?:(?:actually|really|exactly) )?(?:involve|entail|consist of)\b|"
            r"(?:what is|whats|what s) an? \w+(?: \w+){0,2} (?:exactly|actually)$|"
            r"(?:what is|whats|what s) the (?!.*\b(?:" + _FIGURE_WORDS + r")\b)\w+ \w+(?: \w+)?$|"
            # "what even is the early career framework", "what's the X exactly"
            r"what (?:actually|exactly|even) (?:is|are) the (?!.*\b(?:" + _FIGURE_WORDS + r")\b)"
            r"\w+(?: \w+){0,3}$|"
            # ... with a clause saying where the asker met it: "what exactly is the universal
            # training offer that the autism training comes through"
            r"what (?:actually|exactly|even) (?:is|are) the (?!.*\b(?:" + _FIGURE_WORDS + r")\b)"
            r"\w+(?: \w+){0,3} (?:that|which) (?:\w+ ){1,8}?\w+$|"
            r"(?:what is|whats|what s) the (?!.*\b(?:" + _FIGURE_WORDS + r")\b)\w+(?: \w+){0,3} "
            r"(?:exactly|actually)$"
        ),
    ),
    (
        Intent.NAMED_LIST,
        _phrases(
            # (not "who is on the hook if ...": who answers for it, as "who is responsible")
            r"who (?:(?:exactly|actually|really) )?(?:is|are|sits|sit) on(?! the hook)|members of|"
            r"membership of|"
            # "who does the group actually include": who its members are
            r"who (?:does|do) (?:\w+ ){1,6}?(?:(?:actually|really) )?"
            r"(?:include|consist of|comprise)\b|"
            # (not "the threshold above which mainstream schools get top-up": a relative)
            r"(?<!above )(?<!below )(?<!beyond )which (?:\w+ ){0,3}?(?:councils|authorities|las|"
            r"schools|areas|regions|providers|"
            r"trusts|universities|unis|ones|boards|icbs|places|counties|cities|towns|"
            r"organisations|charities|partners|modules|courses|groups|options)|list of|list the|"
            r"list all|"
            r"can you list|"
            # "what are the titles of the modules": their names
            r"names of|titles of|name the|what are the (?:names|titles)|what are they called|"
            # (not "what are the 76 schools for": what they are for)
            r"where are the|where are they|where will they be|"
            r"what are the \d+(?!(?: \w+){0,9} for$)|which \d+|"
            # "which AP free school was it that opened": a name asked for, one or many
            r"which (?:\w+ ){0,3}?(?:council|authority|la|school|area|region|provider|trust|"
            r"university|board|icb|county|city|town|organisation|charity|partner|module|course) "
            r"(?:was|is) (?:it|that)|"
            # The same asked by "what" or as a request: "what schools are in pins", "tell me
            # the councils in the change programme", "give me the 32 las".
            # (not "what number of councils are in it": how many)
            r"^what (?!(?:number|amount|count|total) of\b)(?:\d+ )?(?:\w+ ){0,2}?"
            + LISTED
            + r" (?:are|were|have|has|got|took|"
            r"take|joined|will|did)\b|"
            # "what areas does the taskforce work in", "what schools do they cover": the ones by
            # name (not "what will local authorities do with it": what they will do)
            r"^what (?!(?:will|would|do|does|did|can|could|should|is|are|was|were|has|have)\b)"
            r"(?:\d+ )?(?:\w+ ){0,2}?" + LISTED + r" (?:does|do)\b|"
            # "what are the policy options they're testing", "what were the schools it chose":
            # the things something is doing or has done, one by one
            r"^what (?:are|were|will be) the (?:\w+ ){0,2}?" + LISTED + r" (?:they|it|we|you|"
            r"the \w+|dfe|government|department|ministers?) (?:(?:re|ve|are|have|will|"
            r"were|had|is|has) )?(?:\w+ing|\w+ed|chose|chosen|picked)\b|"
            r"(?:tell|give|show|send) me (?:(?:the|a) )?(?:(?:full )?list of )?(?:(?:the|all) )?"
            # (the things themselves, not "tell me the newest core schools budget")
            r"(?:\d+ )?(?:\w+ ){0,2}?" + LISTED + r"(?= (?:in|on|of|that|which|who|are|were|"
            r"taking|involved|with|near|across|getting|please|pls)\b|$)"
        ),
    ),
    (
        Intent.PERCENT,
        _phrases(
            "what percentage|what percent|what proportion|what share|"
            "what fraction|percentage of|proportion of|percent of|share of|"
            # "how much did it go up by in percent", "how much as a percentage": the amount
            # asked for in a unit that makes it a percentage (at the question's end, or
            # before the period it is for: not "in percent of ..."; no "|" inside a group,
            # which `_phrases` would split)
            r"\bin percent(?:age)?(?: terms)?$|\bas an? percent(?:age)?$|"
            r"\bin percent(?:age)?(?: terms)?(?= in\b)|\bin percent(?:age)?(?: terms)?(?= for\b)|"
            r"\bpercentage ?wise$|"
            # "early years senco training completion rate?": the share who finished
            r"(?:completion|pass|drop ?out|dropout|take ?up|uptake|retention) rates?\b|"
            r"how much of (?:the|that|this|it)\b(?= (?:\w+ ){0,6}?(?:go|goes|going|is spent|"
            r"are spent|spent|is used|used) (?:on|to|in|for)\b)"
        ),
    ),
    (
        Intent.COUNT,
        _phrases(
            # (not "how many million": a sum of money, asked by its unit)
            r"how many(?! (?:millions?|billions?|pounds|quid|grand)\b)|number of|num of|"
            r"what number|"
            # "count of councils in the programme", "tally of schools opened": a count, by the
            # noun before what it counts (as "number of" says; not "count of the funds")
            # (not "tally of the funds for it" or "count of the money for PINS": a sum, whatever
            # plural ends it, so no word before that plural names money either)
            rf"\b(?:count|tally) of (?:the )?(?:(?!{_SUM_WORD}\b)\w+ ){{0,2}}?"
            r"(?!(?:funds|costs|pounds|millions|billions|grants|budgets|needs|years)\b)"
            r"[a-z]{2,}[^su\W]s\b|"
            # "are they training hundreds or thousands more EPs": a count, asked by its scale
            r"\b(?:dozens|hundreds|thousands) or (?:dozens|hundreds|thousands)\b|"
            # "total new places from the new schools?": a total of things, said without "how
            # many" (not "total funds" or "the total schools budget", sums)
            r"^(?:so |and |ok )?total (?:(?:new|extra|more|additional|further) )?(?:\w+ ){0,2}?"
            r"(?!(?:funds|costs|pounds|millions|billions|grants|budgets|needs|years)\b)"
            r"[a-z]{2,}[^su\W]s\b(?! (?:budgets?|funding|money|spend|spending|figures?|costs?)\b)|"
            # "how much children has it reached": "how much" said of people is how many (not
            # "how much do children get", a sum they are given)
            r"how much (?:children|kids|people|pupils|students|young people|families|"
            r"teachers|staff|schools|places|spaces)\b(?! (?:get|gets|got|receive|receives|"
            r"received|pay|pays|paid|earn|earns|need|needs|cost|costs|will get|are given|"
            r"is given)\b)"
        ),
    ),
    (
        Intent.END,
        _phrases(
            r"(?:when|what (?:year|month|date|day)|which (?:year|month)) (?:\w+ ){0,10}?(?:end|"
            r"ends|ending|finish|finishes|finishing|close|closes|closing|stop|stops|stopping|"
            r"expire|expires|expiring|conclude|concludes|concluding|run until|run till|run to|"
            r"wrap up)(?! of)"
            r"(?= (?:its|their|the|his|her|in|on|at|by|for|this|that|it|up|and|or|date|being|"
            r"exactly|actually|precisely)\b|$)|"
            r"when (?:will|is|are|does|do) (?:\w+ ){1,8}?(?:be )?(?:withdrawn|discontinued|"
            r"phased out|scrapped|wound up|wound down|wrapped up|closed|over|finished|ended|"
            r"stopped|concluded)\b|"
            r"(?:when|what) (?:is|s|will be) the (?:last|final) (?:intake|cohort|round|chance|"
            # (not "the date on the screenshot is cut off": cut short, not a deadline)
            r"opportunity)|(?<!is )(?<!was )(?<!are )(?<!got )(?<!been )cut off|cut offs|"
            r"end date|"
            r"deadline|"
            # ("till when", "til when": "until when" as it is often typed)
            r"until when|till when|til when|untill when|by when|"
            r"how long (?:\w+ ){0,8}?(?:last|run|go on|continue|carry on|"
            r"carrying on|keep going|keeps going|going on|continuing|"
            # "how long will the training be available": until when it is offered
            r"(?:be|stay|remain) (?:available|open|offered|funded|running))|"
            # "does it stop at some point", "will the grant ever end": whether it ends, asked
            # yes or no
            r"^(?:does|do|will|would|is|are) (?:it|they|this|that|the (?:\w+ ){0,4}?\w+) (?:ever )?"
            r"(?:stop|end|finish|run out|expire|close|going to (?:stop|end|finish|run out|close))"
            r"(?= at some point| eventually| ever|$)|"
            r"closing date|finish date|last date|last day|cut off date|cutoff|"
            # "by what date do providers have to have it in place", "when do schools need to
            # sign up by": a date something must be done by, which is a deadline
            # (not "and by which year": when a figure is reached)
            r"by (?:what|which) (?:date|day)|"
            r"when (?:\w+ ){1,10}?(?:have to|has to|need to|needs to|must|should|got to|"
            r"supposed to|required to|meant to) (?:\w+ ){1,8}?by$|"
            # (not "when's the white paper due", "when are the findings due": when a paper or
            # its findings are expected out, which is no deadline)
            r"when (?!(?:\w+ ){0,6}?" + _PUBLISHED_THING + r" (?:\w+ ){0,3}?due\b)"
            r"(?:\w+ ){0,6}?due(?! to (?:come in|start|begin|open|launch|be launched|"
            r"be introduced|be rolled out|roll out|kick in|go live|take effect|commence|arrive))|"
            r"last until|runs? out"
        ),
    ),
    (
        Intent.START,
        _phrases(
            r"when (?:did|does|will|was|is) (?:\w+ ){0,6}?(?:start|starts|begin|begins|"
            r"commence|kick off|get going)|start date|starting date|since when|"
            # "when does it apply?", "when does the new framework kick in": from when it holds
            r"when (?:does|will|did) (?:\w+ ){0,6}?(?:apply|kick in|come in)\b|"
            r"(?:come|comes|came|coming) into (?:force|effect)|(?:take|takes|took) effect|"
            r"(?:go|goes|went) live|"
            # "when is the new NPQ due to come in": from when it holds, not a deadline
            r"when (?:\w+ ){0,6}?due to (?:come in|start|begin|kick in|go live|take effect|"
            r"commence)\b|"
            # "when will the new framework be rolled out": when it starts, not when announced
            r"when (?:did|does|will|was|is|are) (?:\w+ ){0,6}?"
            r"(?:be |get |been |getting |being )?(?:rolled|roll|rolls) out"
        ),
    ),
    (
        Intent.AMOUNT,
        _phrases(
            "how much|cost|costs|budget for|what funding|how big is the budget|how big is|"
            # "what cash went into training more EPs", "what extra money is there": a sum, as
            # "what funding" asks one
            r"what (?:extra |new |additional |more )?(?:money|cash)\b|"
            # "what amount is going into EPs", "what's the amount of funding": how much
            r"what amount|(?:what is|whats|what s) the (?:total )?amount\b|"
            # "what sum did the minister say the plan is backed by", "whats the funding figure
            # they quote", "the headline money figure": a sum of money, named by its role
            r"what sum\b|(?:what is|whats|what s|what was) the (?:total )?sum\b|"
            r"(?:what is|whats|what s|what was|what are) (?:the )?(?:\w+ )?(?:funding|money|cash|"
            r"spending|budget|financial) (?:figure|figures|total|sum)\b|"
            # "what headline budget number did the minister quote", "the headline funding
            # number for the plan", "what headline amount is backing it": a sum of money
            # (not "funding ... amount": "the funding for more EPs, what's the amount" reads
            # its story's words as the figure's)
            r"\b(?:funding|money|cash|spending|budget|financial) (?:number|numbers)\b|"
            r"\bheadline (?:amount|sum)\b|"
            "how large is|size of|"
            # "what's the value of the PINS evaluation contract": a sum (not "value for money")
            r"^(?:what|whats) (?:(?:is|was|s) )?the (?:total )?value of|"
            # "what's the contract value for the PINS evaluation", "pins evaluation contract
            # value?", "the full value for the contract": a sum (not "value for money")
            r"\b(?:contract|contracts|cash|monetary|money|financial|full|total) value\b"
            r"(?! for money)|"
            # A sum asked by a noun for it rather than "how much": "price tag on the new
            # schools?", "money spent on the training so far?", "value of the evaluation
            # contract?", "nasen paid what to run it" (not "what's the money spent on", which
            # asks what it buys; not "funding amount": a fact's curated "pins funding amount"
            # read so outranked the EP funding for "the funding for more EPs, what's the amount?")
            r"\bprice tags?\b|\bprice (?:of|for)\b|"
            r"\b(?:money|cash|funding|funds) spent (?:on|so far|to date|in total)\b(?= \w)|"
            r"\b(?:money|cash|funding|funds) spent (?:so far|to date|in total)\b|"
            r"\bvalue of (?:\w+ ){0,4}?(?:contracts?|grants?|awards?)\b|"
            # (not "i don't get what the question was": "get" and "got" say too much else)
            r"\b(?:paid|awarded) (?:what|how much)\b|"
            # "how big are the grants to councils": a sum, however many it is split into
            r"how (?:big|large) (?:are|were) (?:the |these |those |their |its )?(?:\w+ )?(?:grants|"
            r"budgets|allocations|payments|pots|sums)\b|"
            # "total spend on the taskforce?", "the 2019/20 allocations in pounds": a sum of
            # money asked for
            r"^total (?:spend|spending|budget|cost|funding)\b|in pounds$|"
            # "how many million for it": money asked by its unit
            r"how many (?:millions?|billions?|pounds|quid|grand)\b|"
            # A sum asked by what a thing is costing the payer or what the payer pays whom:
            # "what is the new course costing the dfe", "what's the govt paying the charity
            # for the training" (not "what did they pay for", which asks what was bought)
            r"\bcosting (?:the |us\b|them\b|taxpayers?\b|dfe\b|govt\b|government\b)|"
            r"^(?:what|whats)(?: (?:is|are|was|were|did|does|do|will|s))? (?:the )?"
            r"(?:govt|government|dfe|department|ministers?|they) (?:paying|pay|paid) (?!for\b)\w+"
        ),
    ),
    # "how are they picking the projects", "what triggered the extra money": a method or a
    # cause ("where did the money come from"); "how does the feedback get to the department"
    # asks the route. Process verbs only: "how is it going" asks a status, "how many" a count.
    (
        Intent.METHOD,
        _phrases(
            r"how (?:does|do|did|is|are|was|were|will|would|can|could) (?!(?:i|we|you|my|our)\b)"
            r"(?:\w+ ){1,6}?(?:(?:get|gets|getting|make|makes|find|finds) (?:its|their) way to|"
            r"(?:get|gets|getting|reach|reaches|reaching) (?:to )?"
            r"(?:(?:the|a|an|their|its|each|every) )?"
            r"(?:\w+ )?(?:department|dfe|government|minister|ministers|council|councils|la|las|"
            r"school|schools|college|colleges|setting|settings|family|families)|"
            r"(?:get|gets|getting|hear|hears) (?:back|(?:\w+ )?(?:feedback|views|"
            r"evidence|information|data))|pick|picks|picked|picking|choose|chooses|chose|"
            r"chosen|choosing|select|selects|selected|selecting|decide|decides|decided|deciding|"
            r"allocate|allocates|allocated|allocating|distribute|distributed|distributing|"
            r"monitor|monitors|monitored|monitoring|measure|measured|measuring|assess|assessed|"
            r"assessing|evaluate|evaluated|evaluating|calculate|calculated|calculating|work out|"
            r"worked out|collect|collected|"
            r"collecting|gather|gathered|gathering|identify|identified|identifying|prioritise|"
            r"prioritised|prioritising|receive|receives|received|receiving)\b|"
            r"what (?:triggered|caused|prompted|led to|drove|was behind|is behind)|"
            r"on what basis|by what (?:process|means|method|criteria)|"
            r"through what (?:process|means)|"
            # "where did the extra money come from": what it came out of, not a place
            r"where (?:\w+ ){1,10}?(?:come|comes|came|coming) from|"
            # The asker's way to complain or appeal: "how can we raise a concern about our
            # council", "can i report my LA to the inspectors", "how do parents challenge it"
            r"\bhow (?:do|can|could|should|would) (?:i|we|parents|families|a parent) (?:\w+ )?"
            r"(?:complain|report|appeal|challenge|raise (?:a |my |our )?concerns?)\b|"
            r"(?:can|could|should) (?:i|we) (?:\w+ )?(?:complain|report (?:\w+ ){0,3}?"
            r"(?:to|about))\b"
        ),
    ),
    (
        Intent.DATE,
        _phrases(
            # (not "what was her role when she answered", "what did they promise when they
            # replied": when the answer was given, as the time of what is asked)
            # (the subject is never "was", "did": "when was it answered" asks the date)
            "when(?! (?:the |a |her |his |their )?(?!(?:was|were|is|are|did|does|do|has|had|have|"
            "will|would)\\b)\\w+ (?:answered|replied|responded|wrote|gave|was asked|were asked|"
            "was answering|was replying)\\b)|what date|what day|which day|what year|which year|"
            "what month|how long|"
            # (not "reached to date", "up to date": so far, not a date asked)
            "(?<!to )date|how recent|"
            # "the top slicing q was asked on?", "ifs q, answered on": the date left to fill in
            "(?:asked|answered|tabled|lodged|submitted|replied|published) on$"
        ),
    ),
    (
        Intent.REASON,
        _phrases(
            # ("who are the partnerships intended to help": whom they serve, however put)
            "(?:meant|ment|supp?oss?ed|intended|designed) to (?:help|benefit|serve|support)|"
            "who is it for|who benefits|who will benefit|"
            # "who is the £1bn for" asks who it serves; "who is the delivery partner for the
            # change programme" asks who the partner is: only a "for" ending the question asks why.
            "aimed at|who is the \\w+(?: \\w+){0,4} for$|what will \\w+(?: \\w+){0,4} do$|"
            # "who are they meant to be for": whom they serve, not a person's name
            "who (?:is|are) (?:it|they|these|those|this|that|them) (?:(?:meant|supposed|"
            "intended|designed) to be )?for$|"
            # ... as are "who are the 76 new schools meant (to be) for", whatever they are, and
            # "the 76 free schools are for who?", "traineeships r for who exactly"
            "who (?:is|are) (?:the )?(?:\\w+ ){1,6}?(?:meant|supposed|intended|designed) "
            "(?:to be )?for$|"
            "(?:is|are|r|was|were) (?:(?:meant|supposed|intended|designed) (?:to be )?)?for "
            "(?:who|whom)(?: exactly| then| really)?$|"
            # ... put any way round: "who exactly is the pilot for", "who are the 76 new
            # special free schools for", "who is that pilot for", "£3m pilot for who", "the
            # pilot, for whom?" (not "who is the minister responsible for": a person asked)
            "who (?:(?:exactly|actually|really) )?(?:is|are|s|r) "
            "(?:(?:exactly|actually|really) )?(?:the|this|that|these|those) (?:\\w+ ){0,7}?"
            "(?<!responsible )(?<!accountable )(?<!charge )for(?: (?:exactly|then|really))?$|"
            "for (?:who|whom)(?: (?:exactly|then|really))?$|"
            "what is \\w+(?: \\w+){0,4} going to do"
        ),
    ),
    # "parents who appeal": "who" after the people it describes asks for no one; nor does
    # "who's right?", of two figures told ("he says 2022, i think 2023"). (No "|" inside a
    # phrase: `_phrases` splits on it.)
    (
        Intent.PERSON,
        _phrases(
            _RELATIVE_WHO + "who(?! is right)(?! is correct)(?! was right)"
            "|whom|which minister|which mp|which person|whose"
            # "which dfe minister": the minister, named by whose they are
            "|which dfe minister|which education minister|which government minister"
            "|which govt minister|which junior minister"
            # "which under-secretary gave the reply": the answering minister, by office
            "|which under secretary|which parliamentary under secretary|which undersecretary"
            "|which minister of state"
            # "which organisation delivers the NPQ", "which charity runs PINS": who, by body
            "|(?:which|what) (?:organisation|organization|org|provider|company|charity|body|"
            # ("which charity actually runs PINS": a word of stress before the verb)
            "firm|agency|supplier|contractor|partner)s? (?:(?:is|are|will|was) )?"
            "(?:(?:actually|really|exactly|even) )?(?:delivers?|"
            "delivering|delivered|runs?|running|ran|provides?|providing|provided|leads?|"
            "leading|led|does|did|wrote|write|writes|carries out|carrying out)"
        ),
    ),
    (
        Intent.PLACE,
        _phrases(
            # (not "where did they say that", "where does it say about X", "where it says
            # kids should ...": which written answer, or which of its lines, says it)
            r"where(?! (?:did|do|does|was|is) (?:\w+ ){0,2}?(?:say|said|saying|claim|claimed|"
            r"call|called|calling|mention|mentioned|write|written|announce|announced) "
            r"(?:that|this|it|so|about)\b)(?! (?:it|they|the answer|the reply) (?:say|says|"
            r"said|mentions|mentioned|talks about|claims)\b)"
            # (nor "where does the govt promise parents won't have to fight", "where did dfe
            # commit to doubling them": which answer says it, unless what is said is where
            # something will be or go, "where did they say the schools would be built")
            r"(?! (?:did|do|does|has|have|was|is) (?:\w+ ){0,3}?(?:promise|promised|promises|"
            r"commit|committed|commits|pledge|pledged|pledges|state|stated|states|admit|"
            r"admitted|admits|describe|described|describes|confirm|confirmed|confirms|say|said|"
            r"says|claim|claimed|claims|call|called|calls|mention|mentioned|mentions|write|"
            r"written|writes|wrote|announce|announced|announces)\b"
            r"(?!(?: \w+){0,8}? (?:be|go|goes|going|gone|built|located|based|opened|opening|"
            r"open|held|happen|happening|sited)\b))"
            # (nor "where's that from", "where is the 'unprecedented' quote from": which answer)
            r"(?! (?:is|s|was) (?:(?:that|this|it|the) )(?:\w+ ){0,4}?from$)"
            # (nor "where demand is heading", "where are things headed": which way it goes)
            r"(?!(?: \w+){0,8}? (?:heading|headed)\b)"
            # (nor "where will the schools budget be by 2028-29", "where did the high needs
            # budget get to": the level a sum reaches)
            r"(?! (?:will|would|did|does|do|is|has|s) (?:\w+ ){0,5}?(?:budget|funding|spending|"
            r"total|allocation)s? (?:(?:going|expected|set) to )?"
            r"(?:be|get to|got to|gotten to|reach|reached|stand|sit|land)"
            r"(?: (?:by|in|at|for|now)\b|$))"
            r"|which area|which council|which school|"
            r"which region|which la|"
            r"(?:which|what) constituency|"
            r"near me"
        ),
    ),
    (
        Intent.REASON,
        _phrases(
            # ("ment to": "meant to" as chat types it)
            r"why|what for|the point|purpose|meant to|ment to|help with|aim of|"
            # "what was it designed to do", "what is the change programme supposed to be
            # testing": what it is for, as "meant to" says (not "what are the inspections
            # supposed to drive", which asks for the thing driven)
            r"(?:intended|designed) to|supp?oss?ed to be \w+ing\b|"
            # "what's the DfE's stated reason for the new NPQ": why, however it is put
            r"reasons? (?:for|behind)|rationale|reasoning (?:for|behind)|"
            # ("supposed to tell the department", "supposed to cover": what it is to show or pay)
            r"supp?oss?ed to (?:do|achieve|help|deliver|accomplish|be for|tell|show|find out|"
            r"cover|pay for|fund)\b|"
            # "is the training supposed to be about spotting needs early": what it is for,
            # checked by naming it (as "meant to be about" reads through "meant to")
            r"supp?oss?ed to be (?:all )?about\b|"
            # "what do they hope the new qualification does for sencos", "what are they
            # hoping the course will change": what it is for, by what those behind it hope
            # it brings (not "what do they expect the number to be": a figure)
            r"^(?:what|whats) (?:do|does|did|are|is|were|s) (?:\w+ ){0,3}?(?:hope|hopes|hoping|"
            r"hoped|want|wants|wanting|expect|expects|expecting) (?:\w+ ){1,6}?(?:(?:to|will|"
            r"would) )?(?:do|does|did|achieve|achieves|change|changes|bring|brings)"
            r"(?: for (?:\w+ ){0,3}?\w+)?$|"
            # "what is the course supposed to improve", "what will the new qualification
            # ensure": what it is for, by what it is to bring about
            # ("(?:(?:is|are|s) )?", not "(?:is |are |s )?": split at its "|", "is " lost its
            # space, and "what is the early years senco training actually supposed to improve"
            # needed one word fewer)
            # ("what does the dfe say the new npq is supposed to ensure": the same, in the
            # words of whoever says it)
            r"(?:what|whats) (?:(?:does|do|did) (?:the )?\w+ says? (?:that )?)?(?:(?:is|are|s) )?"
            r"(?:\w+ ){1,6}?(?:supp?oss?ed|meant|intended|"
            r"designed|try|tries|trying|aim|aims|aiming|hope|hopes|hoping) to (?:improve|boost|fix|"
            r"change|ensure|provide|give|bring|make)\b|"
            # "what will the early years senco training improve", "what would the npq boost in
            # a setting like mine": what it is for, by what it is to make better (not "what
            # will the budget improve by", how much)
            r"^what (?:will|would|should|does|do|can|could) (?:\w+ ){1,6}?(?:improve|boost)\b"
            r"(?! by\b)|"
            # "what will the npq do for sencos": what it is for, told by whom it serves, a group
            # that may be joined or qualified ("school and fe staff", "children with send"; not
            # "kids like mine", one asker's own)
            r"^what (?:will|does|would) (?:the )?(?:new )?(?:\w+ ){1,4}?do for (?:\w+ )?\w+"
            r"(?: (?:and|with) (?:\w+ )?\w+)?$|"
            # "what does the early years senco training focus on": what it is for
            r"^what (?:does|do|will) (?:\w+ ){1,6}?(?:focus|concentrate) on$|"
            # ... as does "whats the early years senco training focused on"
            r"^(?:what|whats) (?:(?:is|are|s|was|were) )?(?:\w+ ){1,6}?(?:focus(?:s)?ed|"
            r"concentrated) on$|"
            # "what reason does the dfe give", "what's the stated reason": a reason asked for,
            # whatever follows it
            r"^(?:what|whats) (?:(?:is|are|s|was|were) )?(?:(?:the|their|its) )?(?:\w+ )?"
            r"reasons?\b|"
            # "what is the programme trying to do", "what do staff get out of the course":
            # what it is for, by what it sets out to do or gives those on it
            r"(?:what|whats) (?:(?:is|are|s) )?(?:\w+ ){1,6}?(?:try|tries|trying|aim|aims|"
            r"aiming|set out|sets out|setting out) to (?:do|achieve|accomplish)\b|"
            r"^what (?:will|would|do|does|can|could) (?:\w+ ){1,6}?get out of\b|"
            # ("what will the plan ensure for kids with send": whichever children they are;
            # "make sure of" is "ensure", and "what does the dfe say the new npq will make sure
            # of" puts seven words before it)
            r"^what (?:will|would|should|does|do) (?:\w+ ){1,7}?(?:ensure|achieve|deliver|"
            r"make sure(?: of)?)"
            r"(?: for (?:\w+ ){0,3}?(?:kids|children|families|pupils|young people|them)"
            r"(?: with \w+(?: \w+){0,3})?)?$|"
            # ... as does "the plan will ensure what exactly?", what asked last
            r"^(?:the|this|that|it) (?:\w+ ){0,5}?(?:will|would|should) (?:ensure|achieve|"
            r"deliver|make sure(?: of)?) what(?: exactly| then| really)?$|"
            r"(?:is|are) (?:(?:it|they|this|that) )?(?:(?:actually|really|even) )?for(?: in \w+)?$|"
            # "what's the objective of the reforms", "the govt's stated aim for send": a purpose
            # named by a noun that says one (as "purpose" and "aim of" do)
            r"\b(?:goals?|objectives?|aims) (?:of|for|behind)\b|"
            r"\b(?:stated|main|overall|key|central|core) (?:aims?|goals?|objectives?)\b|"
            r"^(?:what|whats) (?:(?:is|are|s|was|were) )?(?:\w+ ){1,6}?"
            r"(?:aims?|goals?|objectives?)$|"
            # "what will the £70m be spent on", "what is it to be used for next year", "what is
            # the extra money going towards": what a sum is for, by what it pays for
            r"^(?:what|whats) (?:\w+ ){1,8}?(?:be|being) (?:used|spent) (?:for|on)\b|"
            r"^(?:what|whats) (?:\w+ ){1,8}?(?:go|goes|going) towards\b"
        ),
    ),
)


def _first_letters(items: Any) -> frozenset[str] | None:
    """Every character a match of the parsed pattern `items` may start with; None when that is
    not known for sure (or it may match nothing)."""
    letters: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0:
            maybe = _first_letters(av[2])
            if maybe is None:
                return None
            letters |= maybe
            continue  # repeated none or more times: the next item may start the match
        first = _item_first_letters(op, av)
        return None if first is None else frozenset(letters | first)
    return None  # it may match nothing


def _item_first_letters(op: Any, av: Any) -> frozenset[str] | None:
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op is _sre.IN:
        letters: set[str] = set()
        for member_op, member in av:
            if member_op is _sre.LITERAL:
                letters.add(chr(member))
            elif member_op is _sre.RANGE:
                letters.update(chr(code) for code in range(member[0], member[1] + 1))
            else:
                return None  # a negated set, a category: not known for sure
        return frozenset(letters)
    if op is _sre.SUBPATTERN:
        return None if av[1] or av[2] else _first_letters(av[3])  # flags change what matches
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            letters_ = _first_letters(branch)
            if letters_ is None:
                return None
            union |= letters_
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        return _first_letters(av[2])
    return None


def _rule_pattern(number: int, phrases: tuple[str, ...]) -> str:
    """The rule's phrases, opened by a look ahead at the letters they may start with, when
    those are known: where a word starts with none of them, the rule is passed over at once,
    not phrase by phrase (hundreds of phrases at every word). Within it, the phrases opening
    with the same letters are grouped (`phrase_groups`): a word is read against the few phrases
    that may start with it, not every phrase sharing its first letter. The rule is named by an
    empty group closing it, the last group a match of it closes (`intent_of` reads only that
    name and where the whole match starts): a group opened before the look ahead was entered
    for every rule at every word, and cost a sixth of the pattern's time."""
    rule = "|".join(phrases)
    letters = _first_letters(_sre_parse.parse(rule))
    regrouped = grouped(rule, word_start=True)  # the rules are tried where a word starts
    named = f"(?P<rule{number}>)"
    if letters is None:
        return f"(?:{regrouped}){named}"
    return f"(?=[{''.join(map(re.escape, sorted(letters)))}])(?:{regrouped}){named}"


@functools.cache
def intent_pattern() -> re.Pattern[str]:
    """Every rule as one pattern, built and compiled at the first question, not at import: the
    largest pattern of all (about 120 ms of CPU, a quarter of importing the answering package),
    which a process that asks nothing (the bot starting, a command that only reads) need not pay."""
    return re.compile(
        WORD_START
        + r"(?:"
        + "|".join(
            _rule_pattern(number, phrases) for number, (_, phrases) in enumerate(INTENT_RULES)
        )
        + r")\b"
    )


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


# "is the programme going to be rolled out" asks what "will the programme be rolled out" asks.
_GOING_TO = re.compile(r"^(?:is|are) ((?:\w+ ){1,6}?)going to ")


# Words tagged on after a question ends: "or not", "or what", "tbh", "honestly", "anyway".
_TAG_END = re.compile(
    r"(?: (?:or not really|or not|or what|or no|tbh|honestly|though|lol|then|anyway|anyways))+$"
)
_DEFINITION_TAG = re.compile(
    r"(?: (?:i ve |ive |i have |i d |id )?never (?:heard|come across) (?:of )?(?:it|that|this|them)"
    r"(?: before)?| is it (?:like|a kind of|a sort of|a type of) (?:an? )?\w+(?: \w+)?|"
    r" in plain english| in simple terms)+$"
)


def told_after_a_definition(raw_words: Sequence[str]) -> bool:
    """ "what's the ECF, never heard of it": the words after what is asked are about the asker
    (their "it" points at the thing asked, not back at an earlier message)."""
    return tuple(raw_words[:1]) == ("what",) and bool(_DEFINITION_TAG.search(" ".join(raw_words)))


_TAG_ENDS = frozenset(
    {"not", "what", "no", "tbh", "honestly", "though", "lol", "then", "really", "anyway", "anyways"}
)


# "is the change programme meant to benefit every region?": whether it is meant for what is
# named, which a fact saying so answers; not what it is for ("is it meant to do anything").
# "was something meant to be announced by may 2024": whether it was due to be done, as named.
_CHECKS_A_PURPOSE = re.compile(
    r"^(?:is|are|was|were) (?:\w+ ){1,5}?(?:meant|supp?oss?ed|intended|designed) to "
    r"(?!(?:do|achieve|help|work)\b)"
    r"(?!be\b(?! (?:\w+ed|made|done|set|held|given|shown|brought|built)\b))\w+ \w+"
)


# "why are they bringing in an npq when there's already a qualification", "why fund more eps
# when councils already have some": a why-question whose "when" opens what already exists
# (given that ...), not a time asked. Not "why and when", nor "when did it start" or any word
# of a date asked after it.
# A percentage asked as the unit of the figure ("how much did it rise in percent", "how does
# it compare, in percentage terms", "as a %"): the figure's size as a percentage, a rise or a
# comparison, not a share of a whole. (The same words as the PERCENT rule's.)
PERCENT_AS_UNIT = re.compile(
    r"\b(?:in percent(?:age)?(?: terms)?(?=$| in\b| for\b)|as an? percent(?:age)?$"
    r"|percentage ?wise$)"
)


_WHY_GIVEN_THAT = re.compile(
    r"^(?:\w+ ){0,4}?why (?!(?:and|or) when\b)(?:\w+ ){2,}?when "
    r"(?!(?:did|does|do|was|were|is|are|will|would|has|have|had|exactly|roughly)\b)"
    r"(?:\w+ ){0,4}?already\b"
    r"(?!.*\b(?:date|day|month|year|how long)\b)"
)


# "what was meant to be announced by may 2024", "whats meant to come out in autumn": what was
# due to be done or to happen, named by the deed; not what something is for ("what is the
# £1bn meant to be used for", whose "what" is no subject of "meant").
_WHAT_WAS_DUE = re.compile(
    r"^(?:what|whats) (?:(?:is|was|are|were|s) )?(?:meant|ment|supp?oss?ed|due|expected) to "
    r"(?:be (?:\w+(?:ed|en)|made|done|set|held|shown|built|put)\b|happen|come|arrive)"
    r"(?!.* for(?: (?:exactly|actually|really))?$)"
)


# Words tagged on after what is asked, saying how to answer or whose word it is: "what's it for
# in a nutshell", "what is it for according to the dfe". The rules read the question's end.
_ANSWER_TAG = re.compile(
    r"(?: (?:in a nutshell|in one line|in short|in brief|briefly|according to (?:the )?"
    r"(?:dfe|department|government|govt|minister|answer|written answer|reply|them)))+$"
)
# The same words said first: "according to the answer what will staff get out of it", "per
# the dfe, how many ...". The rules read the question's start ("^what ...").
_ANSWER_LEAD = re.compile(
    r"^(?:(?:according to|as per|per) (?:the )?(?:dfe|department|government|govt|minister|"
    r"answer|written answer|reply)|(?:in|from) the (?:answer|written answer|reply)) "
)
_ANSWER_LEAD_STARTS = ("according to ", "as per ", "per ", "in the ", "from the ")

_ANSWER_TAG_ENDS = frozenset({"nutshell", "line", "short", "brief", "briefly"}) | frozenset(
    "dfe department government govt minister answer reply them".split()
)

# "what department is this question for", "which age group is it for": which one it is for,
# not why (unlike "what is it for", "what exactly is it for").
# ("which children is it meant for" asks whom it serves, as "who is it for" does.)
_WHICH_ONE_FOR = re.compile(
    r"^(?:what|which) (?!(?:is|are|was|were|s|exactly|really|actually|else|children|kids|"
    r"pupils|students|families|parents|people|young|groups?)\b)\w+ (?:\w+ )?"
    r"(?:is|are|was|were) (?!.*\b(?:meant|supposed|intended|designed)\b)"
)


# "wat does AP mean", "wots SEND": "what" as chat types it.
_CHAT_WHAT = re.compile(r"\b(?:wat|wot)(s?)\b")


# Nouns that only say a count is asked, after the thing counted ("special schools count?"),
# a polite word after them, and a plural they can follow ("EPs", not "this" or "was").
COUNT_NOUNS = frozenset({"count", "tally", "number", "numbers"})
POLITE_ENDS = frozenset({"pls", "please", "plz"})
A_PLURAL = r"[a-z]+[^su\W]s"
COUNT_NOUN = "(?:" + "|".join(sorted(COUNT_NOUNS)) + ")"
POLITE_END = "(?:" + "|".join(sorted(POLITE_ENDS)) + ")"
# "trainee EPs count?", "opened schools numbers pls": a count asked by a noun after the plural it
# counts, ending the message (not "grant numbers" or "high needs numbers", sums; not "trainees
# number and which years", where what else is asked says what the noun asks).
# ... or after a singular noun naming the programme or what it counts ("taskforce numbers?",
# "training reg numbers?"), in the plural or as "count": "the £13m programme number" or "the
# paper number" is one number naming a thing, and money, a paper or a message's words before
# it are no count ("funding numbers", "reference numbers", "the numbers").
# The words before a count noun that name no thing counted, shared by both readers of a
# singular noun before one (`A_SINGULAR_COUNTED`, `_a_terse_tally`): money ("budget count" is
# a sum's name), what names a paper or a record, a determiner or a word that only grades the
# number ("the latest numbers"), and a verb ("does an EHCP count?" asks whether it counts).
NOT_COUNTED = frozenset(
    """funding fund budget money grant cash spend spending cost pound pay salary finance
    financial allocation need figure word reference ref question uin paper phone contact case
    command page version serial tracking account id head the this that it what any some your
    my its our their his her latest new recent official exact actual real rough ballpark plus
    total headline key main big same last first final current was has does yes""".split()
)
A_SINGULAR_COUNTED = (
    r"(?!(?:" + "|".join(sorted(NOT_COUNTED)) + "|"
    # "special school numbers", "pupil numbers": how many are in them, a measure over the
    # years, not a count of the thing named
    r"school|pupil|student|learner|place|class|setting)\b)[a-z]{2,}[^s\W]"
)
SINGULAR_COUNT_NOUNS = frozenset({"count", "tally", "numbers"})
# ... only in a message of a few words that asks nothing else: "what is the target for
# internship numbers", "the answer on pupil numbers" name numbers, they do not ask a count.
_TELEGRAPHIC = (
    r"(?<![\w ])(?!(?:\w+ )*?(?:what|whats|who|whos|how|has|have|had|is|are|was|were|did|does|"
    r"do|when|which|why|where|on|in|for|behind|about|rise|fall|target)\b)(?:\w+ ){0,5}"
)
_COUNT_BY_NOUN = re.compile(
    r"\b(?:(?!(?:funds|costs|pounds|millions|billions|grants|budgets|needs|years|figures|this|"
    rf"was|has|does|yes)\b){A_PLURAL} {COUNT_NOUN}|{_TELEGRAPHIC}{A_SINGULAR_COUNTED} "
    rf"(?:count|tally|numbers))(?: {POLITE_END})?$"
)


# "ap specialist taskforce count?", "change programme tally": a count asked by "count" or
# "tally" after a singular noun, in a message that is only a short noun phrase (not "does an
# EHCP count?", asking whether it counts; not "budget count", a sum's name).
TALLY_NOUNS = frozenset({"count", "tally"})
_ASKING_FIRST = frozenset(
    """does do did doe will would should can could is are was were what whats which who how
    why when where it that this they i we you if""".split()
)
_TERSE_WORDS = 5


def _a_terse_tally(text: str) -> bool:
    """Whether `text` is a short noun phrase ending "count" or "tally" (maybe "pls" after it)
    that names what is counted: its first word no asking word, the word before a noun."""
    said = text.split()
    while said and said[-1] in POLITE_ENDS:
        said.pop()
    return (
        2 <= len(said) <= _TERSE_WORDS
        and said[-1] in TALLY_NOUNS
        and said[0] not in _ASKING_FIRST
        and said[-2] not in NOT_COUNTED
        and said[-2].isalpha()
    )


def _ends_with_a_count_noun(text: str) -> bool:
    """Whether `text` can end as `_COUNT_BY_NOUN` reads a count asked: its last word a count
    noun, or a polite word after one. Looked at first, as that search tries every word of
    every question read and few end so."""
    last = text.rsplit(None, 2)
    if not last:
        return False
    if last[-1] in COUNT_NOUNS:
        return True
    return len(last) > 1 and last[-1] in POLITE_ENDS and last[-2] in COUNT_NOUNS


def intent_of(raw_words: Sequence[str], whole: bool = True) -> Intent:
    """What kind of detail the (folded) words ask for; `whole`: they are the whole question,
    not its first part read alone."""
    # "is £10.5bn enough": a number is one word to the rules, decimal point and all.
    text = _DECIMAL_POINT.sub("_", " ".join(raw_words))
    if "wat" in text or "wot" in text:
        text = _CHAT_WHAT.sub(r"what\1", text)
    if "going" in raw_words:
        text = _GOING_TO.sub(r"will \1", text)
    if raw_words and raw_words[-1] in _TAG_ENDS:
        # "is 13 million a lot or not", "is it enough tbh": the rules read the question's end
        text = _TAG_END.sub("", text)
    if raw_words and raw_words[-1] in _ANSWER_TAG_ENDS:
        text = _ANSWER_TAG.sub("", text)
    if text.startswith(_ANSWER_LEAD_STARTS):
        text = _ANSWER_LEAD.sub("", text)
    if text.startswith("what"):
        # "what's the early career framework, never heard of it", "what is it, is it like a
        # course?": what a thing is, with a word about the asker after it
        text = _DEFINITION_TAG.sub("", text)
    rules = [
        int(group[4:])
        for found in intent_pattern().finditer(text)
        if (group := found.lastgroup)
        # (most rules found are not a definition's: `_relative_what` is called only for those)
        and not (group == _DEFINITION_GROUP and _relative_what(found, text))
    ]
    if rules:
        intent = INTENT_RULES[min(rules)][0]
        if intent is Intent.REASON and (_CHECKS_A_PURPOSE.match(text) or _WHAT_WAS_DUE.match(text)):
            return Intent.OTHER  # "is the programme meant to benefit every region": whether
        if intent is Intent.DATE and _WHY_GIVEN_THAT.match(text):
            return Intent.REASON  # "why a new npq when there's already one": why, not when
        if intent is Intent.DEFINITION and _asks_what_for(text):
            return Intent.REASON  # "what is pins for": what it is for, not what it is
        return intent
    if whole and _ends_with_a_count_noun(text) and _COUNT_BY_NOUN.search(text):
        return Intent.COUNT
    if whole and _ends_with_a_count_noun(text) and _a_terse_tally(text):
        return Intent.COUNT
    if "and" in raw_words:
        # "has the taskforce worked and will it continue": the first question, read to its
        # end, says what it asks when the whole does not
        first = _AND_ANOTHER.split(text, maxsplit=1)[0]
        if first != text:
            return intent_of(first.split(), whole=False)
    if _asks_what_for(text):
        return Intent.REASON
    return Intent.OTHER


# "what is pins for (exactly)": a question ending in "for" asks what a thing is for, though
# its "what is X Y" shape reads as a definition; "stand for", "short for" ask what letters mean.
# Opened by " for" itself, its look behinds after it: a pattern opening with a literal is
# searched for that literal at once, not tried (three look behinds) at every character.
_FOR_AT_END = re.compile(
    r" for(?<!\bstand for)(?<!\bstands for)(?<!\bshort for)"
    r"(?: (?:exactly|actually|really|basically))?"
    # "what's the extra money for in 25/26": what it is for, in the period named after it
    r"(?: in (?:\d{4}(?:_\d{2})?|(?:this|next|last|the) (?:financial |academic )?year))?$"
)


def _asks_what_for(text: str) -> bool:
    found = _FOR_AT_END.search(text)
    if found is None:
        return False
    # read without the "exactly" after it: "what was it asking for exactly" asks what was asked
    asked = f"{text[: found.start()]} for"
    return not (_WHICH_ONE_FOR.match(asked) or ASKING_FOR.search(asked))


# "what was the question asking for", "what did the survey ask LAs for": what was asked (or
# requested), not why.
ASKING_FOR = re.compile(
    r"\b(?:ask|asks|asked|asking|request|requests|requested|requesting)(?: \w+){0,3} for\W*$"
)


# "... and what/how/will ...": a second question joined to the first.
_AND_ANOTHER = re.compile(
    r" and (?=(?:what|who|how|when|where|why|which|will|is|are|does|do|can|has|have|did)\b)"
)


_DEFINITION_RULE = next(
    number for number, (intent, _) in enumerate(INTENT_RULES) if intent is Intent.DEFINITION
)
_DEFINITION_GROUP = f"rule{_DEFINITION_RULE}"  # named once, not per rule found

# A question opened by another question word: "who makes sure a school delivers what's in an
# EHCP" asks who, and its "what's in an EHCP" says what is delivered.
# "whos responsible for ... whats in the EHCP": "who's" typed without its apostrophe too;
# "whose job is it to make sure ... whats in the ehcp" asks whose.
OPENS_WITH_ANOTHER = re.compile(r"(?:who|whos|whose|whom|where|wheres|when|whens|which|why)\b")


# Words after which "what is ..." is what they are about, not a question of its own: "feed
# back on what is and isn't working", "decide what's affordable". (Not "tell me" or "know":
# "can you tell me what is an EHCP" asks what one is.)
_EMBEDS_WHAT = re.compile(r"\b(?:on|decide|decides|deciding|decided) $")


def _relative_what(found: re.Match[str], text: str) -> bool:
    """A "what is ..." inside a question that asks something else: not a definition asked."""
    return (
        found.lastgroup == _DEFINITION_GROUP
        and found.start() > 0
        and (
            bool(OPENS_WITH_ANOTHER.match(text))
            or bool(_EMBEDS_WHAT.search(text, 0, found.start()))
        )
    )
