"""A question -> what it asks: its kind, the detail wanted and the qualifiers that narrow it. Pure.

"I live in Devon, how many special schools opened?" asks for a count (the detail), of special
schools (the topic), in Devon (a place qualifier). "my son is 9, how many special schools
opened?" asks the same as the question without "my son is 9": that is personal context, not a
constraint. Matching compares the detail and qualifiers with what a fact holds; when the fact is
on topic but cannot give them, sendbot says plainly what the source does not say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from sendbot.answering.chat_kind import Kind, kind_of
from sendbot.answering.markup import strip_markup
from sendbot.answering.normalise import (
    PLACE_WORDS,
    POINTING_WORDS,
    STOPWORDS,
    WORD_START,
    fold_text,
    words,
)
from sendbot.answering.wordlists import REGIONS


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


# Words that make "what is the X" ask for a figure, date or detail about something rather
# than what a named thing is: "what is the total budget", "what's the deadline for councils",
# "what's the dfe view" (what the department says, not what a view is).
_FIGURE_WORDS = (
    r"total|budget|budgets|deadline|date|dates|number|amount|cost|costs|figure|figures|funding|"
    r"money|point|aim|aims|purpose|difference|latest|plan|timeline|timescale|progress|status|"
    r"update|news|target|rate|ratio|share|percentage|proportion|age|limit|criteria|process|"
    r"reason|name|names|answer|question|wording|text|title|situation|problem|issue|catch|deal|position|policy|"
    r"view|views|line|stance|"
    r"result|results|impact|outcome|outcomes|evidence|increase|rise|spend|split|breakdown|"
    r"for|of|in|on|with|to|about|between|since|from|by|at|per|and|or"
)


def _phrases(text: str) -> tuple[str, ...]:
    # Stripped, so a space beside a "|" inside a group is lost: write "(?: (?:in|up))?", not
    # "(?: in| up)?".
    return tuple(phrase.strip() for phrase in text.split("|") if phrase.strip())


# What a relative clause describes ("kids with SEND who need an EHC plan", "parents who
# appeal"), each its own fixed-width lookbehind.
_RELATIVE_WHO = "".join(
    f"(?<!{noun} )"
    for noun in """those parents families anyone someone teachers staff learners
    ones send sen needs ehcp ehcps plan plans""".split()
)
# Things a question may ask to have named, one by one.
_LISTED = (
    r"(?:councils|authorities|las|schools|areas|regions|providers|trusts|universities|boards|"
    r"icbs|counties|cities|towns|organisations|charities|partners|modules|courses|groups)"
)
# The first rule (in this order) with a phrase in the question decides what it asks for.
INTENT_RULES: tuple[tuple[Intent, tuple[str, ...]], ...] = (
    (
        Intent.CASE,
        _phrases(
            r"will my \w+ get|will my \w+ be|can my \w+ get|could my \w+ get|does my \w+ get|"
            r"is my \w+ going to|will i get|can i get|am i entitled|will we get|can we get|"
            # The asker's child spoken of as "she" or "he": "my daughter is 7, will she get one"
            # ("can he get one" may be answered by who a scheme is for; "will he" may not)
            r"(?:will|would) (?:she|he) (?:\w+ )?(?:get|be)|"
            # "could he be one of the kids it reaches": one child among those a scheme counts
            r"(?:could|can|might|may) (?:she|he|my \w+) be (?:one of|among|part of|included|"
            r"picked|chosen|selected)\b|"
            # "can he get into one of the new schools", "can she get help from the taskforce":
            # a place or help for one child, not who a scheme is for
            r"(?:can|could) (?:she|he) (?:\w+ )?get (?:into|in to|a place|help|support)\b|"
            r"(?:will|would) (?:my|her|his) \w+ "
            r"(?:\w+ )?(?:get|be)|"
            r"will my \w+ \w+ get|my \w+ case|in my case|for my \w+ specifically|"
            # "will the ap taskforce help him", "does pins cover her": what it does for the
            # asker's child
            r"(?:will|would|can|could|does|do) (?:\w+ ){1,6}?(?:help|support|take|accept|cover|"
            r"include|reach) (?:him|her)\b|"
            # "can my son go to one of the new special schools": a place for one child
            r"(?:can|could|will|would) my (?:child|son|daughter|kid|boy|girl) (?:\w+ )?(?:go to|"
            r"attend|get into|get in to|start at|move to)\b|"
            # "does my child qualify for a place": one child's case, not who a scheme is for
            r"(?:does|do|will|would|could|can) my (?:child|son|daughter|kid|boy|girl) (?:\w+ )?"
            r"(?:qualify|count)\b|"
            # "will the school get top up funding for him", "will these places mean she gets
            # one": what happens for the asker's child, spoken of as "him" or "she"
            r"will (?:\w+ ){1,8}?(?:for (?:him|her)$|mean (?:she|he) (?:gets?|will get)\b)|"
            # ... not "will my initial teacher training cover SEND": training, not a teacher
            r"(?:is|are|does|do|will|can|could|would|has|was) my \w+(?: s)? (?:\w+ )?(?:school|"
            r"nursery|college|council|la|area|class|teacher|senco)\b(?! training\b)"
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
            r"(?:did (?:a|an)|was it (?:a|an|the)) (?:\w+ )?(?:mp|lord|peer|baroness|member|"
            r"politician) (?:who |that )?(?:ask|asked|table|tabled|raise|raised)|"
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
            "is it any good|should i|good enough|fair to say|rate the|"
            r"(?:would|do|can) you recommend|worth doing|"
            # "is David Johnston any good as a minister": a verdict on someone, not a fact
            r"(?:is|are|was|were|will (?:\w+ ){1,5}?be) (?:\w+ ){0,4}?any (?:good|use)|"
            r"doing a good job|"
            # "should parents trust the change programme", "can we believe the figures"
            r"(?:should|can|could) (?:i|we|parents|families|people|schools|anyone) (?:\w+ )?"
            r"(?:trust|believe|rely on|be worried|worry)\b|"
            r"(?:is|are|was|were) (?:\w+ ){1,4}?(?:competent|incompetent|trustworthy)|"
            # "is the government right to fund pins", "was it wrong to cut it": a verdict
            r"^(?:is|are|was|were) (?:\w+ ){1,4}?(?:right|wrong) to\b"
        ),
    ),
    (
        Intent.PREDICTION,
        _phrases(
            r"^will (?:\w+ ){0,6}?(?:go up|go down|rise|increase|fall|drop|be cut|be increased|"
            r"be reduced|be raised|grow|keep (?:going|rising|growing))|"
            # "will more councils join", "will there be more schools approved next year"
            r"^will (?:there be )?(?:any )?(?:more|further|other) (?:\w+ ){1,3}?(?:join|be|get|"
            r"open|opened|approved|built|sign up|take part)\b|"
            # "will the 76 schools actually get built": doubt about what is to come
            r"^will (?:\w+ ){1,6}?(?:actually|really|ever) (?:get|be|happen|open|go ahead)\b|"
            # "will the government keep funding pins after 2025": what is done next
            r"^will (?:\w+ ){0,6}?(?:keep|continue|carry on) (?:funding|paying for|running|"
            r"supporting)\b|"
            # "will the change programme get rolled out to every council": a decision to come
            r"^will (?:\w+ ){1,6}?(?:get|be) rolled out\b|"
            # "will it get extended again": a further decision, not the one made
            r"^(?:will|is|are|could|might) (?:\w+ ){0,6}?(?:going to )?(?:be|get) (?:extended|"
            r"renewed|continued|expanded) (?:again|further|beyond|after|past)|"
            # A policy change to come: "will the white paper get rid of EHCPs?", "are parents
            # going to lose the right to go to tribunal"
            r"^(?:will|are|is) (?:\w+ ){0,6}?(?:going to )?(?:get rid of|scrap|abolish|"
            r"be scrapped|be abolished|be written off|write off|lose|be removed)\b|"
            # A figure for a round not yet announced: "how many schools in the next wave"
            r"how (?:many|much) (?:\w+ ){0,8}?next (?:wave|round|tranche|phase|batch)\b|"
            # "will the schools open on time", "are they going to be delayed": what is to come
            r"^will (?:\w+ ){1,8}?(?:on time|on schedule|on track|be delayed|be late)\b"
        ),
    ),
    (
        Intent.DIFFERENCE,
        _phrases(
            r"difference between|differences between|how is \w+(?: \w+){0,4} different|"
            r"versus|vs"
        ),
    ),
    (
        Intent.JUDGEMENT,
        _phrases(
            r"^(?:is|are|was|were|has|have|did|does|do|will|would) (?:[\w.]+ ){0,8}?(?:enough|"
            r"sufficient|adequate|fair|unfair|cut|cuts|cutting|slashed|reduced|underfunded|"
            r"worth it|value for money|better or worse|getting better|getting worse)|"
            r"^(?:is|are|was|were) (?:[\w.]+ ){0,6}?(?:a lot|a lot of money|loads|a big deal|"
            r"generous|a good amount)$|"
            # "is the new regime tougher": a comparison no figure makes
            r"^(?:is|are|was|were) (?:[\w.]+ ){1,6}?(?:tougher|stricter|harsher|softer|easier|"
            r"fairer|better|worse)(?: than\b|$)|"
            r"(?:enough|sufficient|adequate)$|too little|too few|waste of money|"
            # "how good is the offer at my council", "is Bedford doing well": a verdict
            r"^how good (?:is|are|was|were)\b|"
            r"^(?:is|are) (?:\w+ ){1,5}?doing (?:well|badly|ok|okay|good)\b"
        ),
    ),
    (
        Intent.REQUIRED,
        _phrases(
            # ... not "do schools have to pay": a cost, whoever must meet it
            r"mandatory|compulsory|obligatory|optional|required to(?! (?:pay|fund)\b)|"
            r"a requirement|statutory|"
            r"do (?:i|they|we|you|sencos|teachers|schools) have to(?! (?:pay|fund)\b)|"
            r"must (?:i|they|we|sencos|teachers|schools)(?! (?:pay|fund)\b)"
        ),
    ),
    (
        Intent.OUTCOME,
        _phrases(
            r"is it working|will it work|will it fix|has it worked|did it work|"
            r"have they worked|has (?:the |this |it )?\w* ?\w* ?made a difference|"
            r"any results|the results|results so far|results of|outcomes so far|"
            r"what (?:results|outcomes) (?:has|have|did)|^(?:did|has|have) (?:\w+ ){1,12}?work$|"
            # "will 400 more EPs fix the waiting lists": whether it will work, however named
            r"^will (?:\w+ ){1,5}?(?:fix|solve|sort out|cure)\b|"
            # "did the 4000 kids reached go back into mainstream": what came of those reached
            r"^did (?:\w+ ){1,10}?(?:go back|get back|move back|return) (?:in ?to|to)\b|"
            r"what has \w+(?: \w+){0,4} achieved|what have \w+(?: \w+){0,4} achieved|impact of|"
            r"what impact|how effective|been effective|success rate|"
            r"how successful|been successful|did it succeed|made any difference|what difference|"
            r"made (?:a|any|much) (?:real|big|significant|positive) difference|"
            r"(?:been|was|is|proved) (?:a success|a failure)|"
            r"how well (?:is|has|did|are|have)|failed|fail their|rated|rating|ratings|"
            r"will (?:the|this|it) (?:\w+ ){0,3}?(?:work|fix|solve|succeed)|"
            r"^(?:is|are) (?:the |this |it |they )?(?:\w+ ){0,4}?(?:working|succeeding|helping)$|"
            r"^(?:has|have|did) (?:the |this |it |they )?(?:\w+ ){0,4}?(?:(?:made|make) (?:\w+ )?"
            r"(?:better|worse)|improved (?:things|anything|matters)|worked|helped)|"
            r"^(?:has|have|did) (?:\w+ ){1,10}?(?:worked|succeeded)$|"
            r"(?:will|would|going to) (?:\w+ ){0,5}?make (?:\w+ ){0,3}?(?:any |much )?"
            r"(?:better|worse)|"
            r"^(?:has|have|did|does) (?:the |this |it |they )?(?:\w+ ){0,5}?(?<!to )"
            r"(?:improve|improved|"
            r"reduce|reduced|raise|raised|boost|boosted) (?!funding|the budget|spending)\w+|"
            r"what (?:did|have|has|do) (?:\w+ ){0,6}?(?:find|found|conclude|concluded|reveal|"
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
            r"^(?:did|has|have) (?:\w+ ){1,8}?(?:helped|help) (?:any|many|the|kids|children|"
            r"pupils|young|families|schools|anyone|anybody)\b|"
            r"(?:did|have|has) (?:they|it|we|the \w+|\w+) (?:(?:actually|really) )?"
            r"(?:manage|managed|succeed|succeeded|achieve|achieved|hit) "
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
            r"(?:can|could|would) (?:my|our|his|her) \w+(?: \w+)?(?: be (?:able|allowed) to)? "
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
            r"(?:if|whether) (?:i|we) (?:qualify|am eligible|are eligible)\b"
        ),
    ),
    (
        Intent.COST,
        _phrases(
            r"cost (?:to|for) (?:parents|families|family|schools|a school|the school|me|us|"
            r"carers|each family)|cost (?:me|us|parents|families|schools|my)|"
            r"(?:do|will|would|does|must) (?:i|we|parents|families|schools|my \w+|a school|"
            r"(?:(?:a|the) )?(?:nurser(?:y|ies)|settings?|childminders?|colleges?|providers?|staff|"
            r"teachers?|sencos?|practitioners?)) (?:have to |need to )?(?:pay|be charged)|"
            r"fees? for|charged for|is it free|"
            r"have to pay|how much do \w+ pay|free (?:for|to) (?:\w+ )?(?:parents|families|"
            r"schools|nurseries|settings|staff|teachers|sencos|childminders|us|me|them)|"
            r"free of charge|how much does it cost to|how much will it cost to|"
            r"how much would it cost to|how much is it to|afford|"
            r"cost (?:\w+ ){0,2}?to (?:join|take part|sign up|enrol|register|attend|apply|do|take|"
            r"send|get|use)|"
            r"cost (?:our|my|a|the|each) (?:\w+ )?(?:school|primary|secondary|nursery|"
            r"setting|family|parents?)|"
            # Whether anyone pays, however it is asked: "is the autism training free", "is
            # there a charge for it", "is it paid for by the government" (not "is there free
            # training", which asks whether there is any; nor "who pays for EHCP provision",
            # which a rule for who funds what answers).
            r"^(?:is|are|will|would) (?:\w+ ){1,6}?free(?:$|(?= (?:for|to|or|of charge)\b))|"
            r"(?:is|are) there (?:(?:a|any) )?(?:fees?|charges?|costs?)\b|"
            r"(?:paid for|covered|funded) by (?:the )?(?:government|dfe|department|schools?|"
            r"parents|families|councils?|las?|us|me|them|the school)\b|"
            r"(?:pay|contribute|fund \w+) (?:\w+ ){0,3}?(?:out of|from) (?:our|their|my|the "
            r"school s|the schools|its) (?:own )?(?:budgets?|pocket|money)\b|"
            r"(?:what|how much) (?:do|does|will|would) (?:parents|families|schools|nurseries|"
            r"settings|employers|we|i) (?:have to )?(?:pay|contribute)\b"
        ),
    ),
    (
        Intent.PAY,
        _phrases(
            r"earn|earns|earning|salary|salaries|wage|wages|pay scale|get paid|are paid|is paid|"
            r"paid per|paid an hour|"
            # "how much are EPs paid?": what someone is paid, said with who in between
            r"how much (?:are|is|do|does) (?:\w+ ){1,3}?(?:paid|get paid)$"
        ),
    ),
    (
        Intent.DEFINITION,
        _phrases(
            r"stand for|stands for|short for|acronym|abbreviation|meaning of|what does \w+ mean|"
            r"what counts as|what qualifies as|what is meant by|what do (?:they|you|we) mean by|"
            r"what does \w+ \w+ mean|define|definition of|what is an? \w+$|what s an? \w+$|"
            r"what is an? \w+ \w+$|what is an? \w+ \w+ \w+$|what are \w+$|whats an? \w+$|"
            r"what are (?!(?:the|these|those|they|their|its|my|our|your|some|any)\b)"
            r"\w+ \w+(?: \w+)?$|"
            r"what is \w+$|whats \w+$|what s \w+$|"
            r"what (?:actually|exactly|even) (?:is|are) (?:an? )?\w+(?: \w+){0,2}$|"
            # "what does local area inspection mean": a term of any length
            r"what does (?:\w+ ){1,4}?mean(?: (?:exactly|here|in this))?$|"
            r"(?:whats|what s) an? \w+(?: \w+){0,2}$|"
            r"(?:what is|whats|what s) an? \w+(?: \w+){0,2} like\b|"
            # "who are the Autism Education Trust": what an organisation is
            r"who (?:is|are) (?:the )?\w+(?: \w+){0,3} (?:trust|charity|foundation|network|"
            r"alliance|association|agency|organisation|partnership|consortium)$|"
            r"(?:what is|whats|what s) (?!(?:the|this|that|it|its|there|their|his|her|our|my|your|"
            r"being|happening|going|next|new|latest|current|known|planned|done|needed|said|meant|"
            r"expected)\b|\w+ing (?:the|a|an|it|them|our|my)\b)\w+ \w+(?: \w+)?$|"
            # "what does the Autism Education Trust do", "what is a special free school exactly",
            # "what's the universal training offer": what a named thing is, not a figure about it.
            r"what does (?:the )?(?!(?:it|they|this|that|he|she)\b)\w+(?: \w+){0,2} do$|"
            # "what does the universal services programme actually involve": what it is
            r"what (?:does|do|will) (?:the )?(?!(?:it|they|this|that)\b)(?:\w+ ){1,5}?"
            r"(?:(?:actually|really|exactly) )?(?:involve|entail|consist of)\b|"
            r"(?:what is|whats|what s) an? \w+(?: \w+){0,2} (?:exactly|actually)$|"
            r"(?:what is|whats|what s) the (?!.*\b(?:" + _FIGURE_WORDS + r")\b)\w+ \w+(?: \w+)?$|"
            # "what even is the early career framework", "what's the X exactly"
            r"what (?:actually|exactly|even) (?:is|are) the (?!.*\b(?:" + _FIGURE_WORDS + r")\b)"
            r"\w+(?: \w+){0,3}$|"
            r"(?:what is|whats|what s) the (?!.*\b(?:" + _FIGURE_WORDS + r")\b)\w+(?: \w+){0,3} "
            r"(?:exactly|actually)$"
        ),
    ),
    (
        Intent.NAMED_LIST,
        _phrases(
            r"who (?:exactly )?(?:is|are|sits|sit) on|members of|membership of|"
            # (not "the threshold above which mainstream schools get top-up": a relative)
            r"(?<!above )(?<!below )(?<!beyond )which (?:\w+ ){0,3}?(?:councils|authorities|las|"
            r"schools|areas|regions|providers|"
            r"trusts|universities|ones|boards|icbs|places|counties|cities|towns|organisations|"
            r"charities|partners|modules|courses|groups)|list of|list the|list all|can you list|"
            r"names of|name the|what are the names|what are they called|"
            r"where are the|where are they|where will they be|what are the \d+|which \d+|"
            # "which AP free school was it that opened": a name asked for, one or many
            r"which (?:\w+ ){0,3}?(?:council|authority|la|school|area|region|provider|trust|"
            r"university|board|icb|county|city|town|organisation|charity|partner|module|course) "
            r"(?:was|is) (?:it|that)|"
            # The same asked by "what" or as a request: "what schools are in pins", "tell me
            # the councils in the change programme", "give me the 32 las".
            r"^what (?:\d+ )?(?:\w+ ){0,2}?" + _LISTED + r" (?:are|were|have|has|got|took|"
            r"take|joined|will|did)\b|"
            r"(?:tell|give|show|send) me (?:(?:the|a) )?(?:(?:full )?list of )?(?:(?:the|all) )?"
            # (the things themselves, not "tell me the newest core schools budget")
            r"(?:\d+ )?(?:\w+ ){0,2}?" + _LISTED + r"(?= (?:in|on|of|that|which|who|are|were|"
            r"taking|involved|with|near|across|getting|please|pls)\b|$)"
        ),
    ),
    (
        Intent.PERCENT,
        _phrases(
            "what percentage|what percent|what proportion|what share|"
            "what fraction|percentage of|proportion of|percent of|share of|"
            r"how much of (?:the|that|this|it)\b(?= (?:\w+ ){0,6}?(?:go|goes|going|is spent|"
            r"are spent|spent|is used|used) (?:on|to|in|for)\b)"
        ),
    ),
    (Intent.COUNT, _phrases("how many|number of|what number")),
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
            r"opportunity)|cut off|cut offs|"
            r"end date|"
            r"deadline|"
            r"until when|by when|how long (?:\w+ ){0,8}?(?:last|run|go on|continue)|"
            r"closing date|finish date|last date|last day|cut off date|cutoff|"
            r"when (?:\w+ ){0,6}?due|last until|runs? out"
        ),
    ),
    (
        Intent.START,
        _phrases(
            r"when (?:did|does|will|was|is) (?:\w+ ){0,6}?(?:start|starts|begin|begins|"
            r"commence|kick off|get going)|start date|starting date|since when|"
            r"(?:come|comes|came|coming) into (?:force|effect)|(?:take|takes|took) effect|"
            r"(?:go|goes|went) live"
        ),
    ),
    (
        Intent.AMOUNT,
        _phrases(
            "how much|cost|costs|budget for|what funding|how big is the budget|how big is|"
            "how large is|size of|"
            # "total spend on the taskforce?", "the 2019/20 allocations in pounds": a sum of
            # money asked for
            r"^total (?:spend|spending|budget|cost|funding)\b|in pounds$"
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
            r"assessing|calculate|calculated|calculating|work out|worked out|collect|collected|"
            r"collecting|gather|gathered|gathering|identify|identified|identifying|prioritise|"
            r"prioritised|prioritising|receive|receives|received|receiving)\b|"
            r"what (?:triggered|caused|prompted|led to|drove|was behind|is behind)|"
            r"on what basis|by what (?:process|means|method|criteria)|"
            r"through what (?:process|means)|"
            # "where did the extra money come from": what it came out of, not a place
            r"where (?:\w+ ){1,10}?(?:come|comes|came|coming) from"
        ),
    ),
    (
        Intent.DATE,
        _phrases(
            "when|what date|what day|which day|what year|which year|what month|how long|"
            "date|how recent"
        ),
    ),
    (
        Intent.REASON,
        _phrases(
            "meant to help|meant to benefit|who is it for|who benefits|who will benefit|"
            # "who is the £1bn for" asks who it serves; "who is the delivery partner for the
            # change programme" asks who the partner is: only a "for" ending the question asks why.
            "aimed at|who is the \\w+(?: \\w+){0,4} for$|what will \\w+(?: \\w+){0,4} do$|"
            "what is \\w+(?: \\w+){0,4} going to do"
        ),
    ),
    # "parents who appeal": "who" after the people it describes asks for no one.
    (
        Intent.PERSON,
        _phrases(_RELATIVE_WHO + "who|whom|which minister|which mp|which person|whose"),
    ),
    (
        Intent.PLACE,
        _phrases("where|which area|which council|which school|which region|which la|near me"),
    ),
    (
        Intent.REASON,
        _phrases(
            r"why|what for|the point|purpose|meant to|help with|aim of|"
            r"(?:is|are) (?:(?:it|they|this|that) )?(?:(?:actually|really|even) )?for(?: in \w+)?$"
        ),
    ),
)

_INTENT_PATTERN = re.compile(
    WORD_START
    + r"(?:"
    + "|".join(
        f"(?P<rule{number}>{'|'.join(phrases)})" for number, (_, phrases) in enumerate(INTENT_RULES)
    )
    + r")\b"
)


# "what is the £1bn uplift for? our school has seen nothing": a question ending in "for" asks
# what for (see `intent_of`), when chat follows it too.
_ASKS_WHAT_FOR = re.compile(r"\bwhats?\b[^?!.]*\sfor\s*\?")


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


# "is the programme going to be rolled out" asks what "will the programme be rolled out" asks.
_GOING_TO = re.compile(r"^(?:is|are) ((?:\w+ ){1,6}?)going to ")


# Words tagged on after a question ends: "or not", "or what", "tbh", "honestly".
_TAG_END = re.compile(r"(?: (?:or not|or what|or no|tbh|honestly|though|lol|then))+$")
_TAG_ENDS = frozenset({"not", "what", "no", "tbh", "honestly", "though", "lol", "then"})


def intent_of(raw_words: Sequence[str]) -> Intent:
    # "is £10.5bn enough": a number is one word to the rules, decimal point and all.
    text = _DECIMAL_POINT.sub("_", " ".join(raw_words))
    if "going" in raw_words:
        text = _GOING_TO.sub(r"will \1", text)
    if raw_words and raw_words[-1] in _TAG_ENDS:
        # "is 13 million a lot or not", "is it enough tbh": the rules read the question's end
        text = _TAG_END.sub("", text)
    rules = [
        int(found.lastgroup[4:])
        for found in _INTENT_PATTERN.finditer(text)
        if found.lastgroup and not _relative_what(found, text)
    ]
    if rules:
        return INTENT_RULES[min(rules)][0]
    if "and" in raw_words:
        # "has the taskforce worked and will it continue": the first question, read to its
        # end, says what it asks when the whole does not
        first = _AND_ANOTHER.split(text, maxsplit=1)[0]
        if first != text:
            return intent_of(first.split())
    return Intent.REASON if text.endswith(" for") else Intent.OTHER


# "... and what/how/will ...": a second question joined to the first.
_AND_ANOTHER = re.compile(
    r" and (?=(?:what|who|how|when|where|why|which|will|is|are|does|do|can|has|have|did)\b)"
)


_DEFINITION_RULE = next(
    number for number, (intent, _) in enumerate(INTENT_RULES) if intent is Intent.DEFINITION
)
# A question opened by another question word: "who makes sure a school delivers what's in an
# EHCP" asks who, and its "what's in an EHCP" says what is delivered.
_OPENS_WITH_ANOTHER = re.compile(r"(?:who|whom|where|when|which|why)\b")


def _relative_what(found: re.Match[str], text: str) -> bool:
    """A "what is ..." inside a question that asks something else: not a definition asked."""
    return (
        found.lastgroup == f"rule{_DEFINITION_RULE}"
        and found.start() > 0
        and bool(_OPENS_WITH_ANOTHER.match(text))
    )


# What a count is of, when the question says how it came about: "completed" is not
# "registered", and "how many are there" (all of them) is not "how many opened this year".
# Those who did not finish: no count of those who started or registered says how many.
_DROPPED_OUT = re.compile(
    r"\b(?:dropped out|drop out|drop outs?|dropouts?|(?:didnt|did not|didn t|never|not) "
    r"(?:finish|finished|complete|completed)|withdrew|withdrawn|gave up|quit)\b"
)
ASKED_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dropped out", _DROPPED_OUT),
    (
        "completed",
        re.compile(
            r"\b(?:completed?|finish(?:ed)?|passed|qualified|graduated|fully trained|trained up|"
            r"(?:have|has) (?:actually |now |already )?(?:done|sat|taken) the (?:training|course|"
            r"qualification|programme)|"
            # "how many got the qualification", "how many are now accredited"
            r"(?:got|gained|achieved|earned|obtained|awarded) (?:the |their |a )?(?:\w+ )?"
            r"(?:qualification|award|certificate|accreditation|npq)|"
            r"(?:are|is) (?:now |actually )?(?:accredited|certified))\b"
        ),
    ),
    (
        "needed",
        re.compile(
            r"\b(?:(?:are|is|be|were) (?:still )?(?:needed|required)|needed|short of|shortage|"
            r"shortfall|vacancies|vacant posts|(?:do|does|would|will) (?:\w+ ){1,3}?need)\b"
        ),
    ),
    (
        "opened",
        re.compile(
            r"\b(?:actually opened|(?:have|has) (?:now |already |actually )?opened|now open|"
            r"opened yet|"
            # "how many have been built so far", "how many are actually up and running" (not
            # "how many have been completed", which a count of modules completed answers)
            r"(?:have|has) (?:now |already |actually )?been built|(?:actually|already) built|"
            r"up and running)\b"
        ),
    ),
    (
        "total",
        re.compile(
            r"\bhow many (?:\w+ ){1,4}?(?:are there|is there|are in england|exist|are currently)\b|"
            r"\b(?:in total|altogether|all together|overall|total number|does england have)\b"
        ),
    ),
)
# Words that say the count is of something new, not a total stock.
FLOW_WORDS = re.compile(
    r"\b(?:new|more|extra|additional|opened|open|approved|trained|train|registered|launched|"
    r"created|since|this year|so far|completed|undertaken|reached|published|further|taken|done|"
    r"had|received|attended|joined|signed up|benefited|did|been on|gone on)\b"
)

# Personal context: who is asking, and about whom. It does not change what is asked, and its
# numbers ("my son is 9") are not figures the question wants.
_CONTEXT = re.compile(
    WORD_START + r"(?:"
    r"(?:my|our) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|"
    r"nephew|niece|pupil|student|twins?|children|kids|sons|daughters)"
    r"(?: who)? (?:is|s|are|was|has just turned|just turned|turned|aged|age)"
    r"(?: in)?(?: year| yr| reception)? ?\d*(?: years? old| yrs?(?: old)?| yo)?"
    r"|(?:he|she|they) (?:is|s|are|re|was|turned|just turned) (?:in )?(?:year |yr )?\d+"
    r"(?: years? old| yrs?(?: old)?| yo)?"
    r"|aged \d+(?: years?)?(?= and|,|$| with| who)"
    r"|(?:i am|im|i m|i work as|working as) (?:a |an |the )?(?:\w+ )?(?:senco|sendco|teacher|"
    r"parent|mum|dad|mother|father|carer|governor|head|headteacher|head teacher|ta|"
    r"teaching assistant|councillor|social worker|student|journalist|researcher|nurse|"
    r"psychologist|ep|send officer|caseworker|foster carer|grandparent|advocate)"
    r"|(?:senco|sendco|teacher|parent|mum|dad|carer|governor|headteacher|ta|journalist) here"
    r"|as a (?:\w+ )?(?:parent|senco|sendco|teacher|mum|dad|carer|governor|head|headteacher|"
    r"journalist|researcher|professional)"
    r"|(?:mum|dad|parent|mother|father) of (?:a |an |two |three )?\d*(?: year old| yo)?"
    r")\b"
)

# The asker saying who they are before asking: "hi all, SEN officer at a county council here -
# ...", "nursery manager here, ...". Their job, or the kind of place they work at, is not what
# they ask about; a place that names a topic ("teacher at a PINS school here") stays.
_INTRODUCTION = re.compile(
    r"^(?:(?:hi|hey|hello|morning|evening)(?: all| everyone| folks| there)?\s*[,.!-]?\s*)?"
    r"(?:[a-z]+ ){1,4}?(?:(?:at|in|for|from|of) (?:a |an |the |my |our )?"
    r"(?:(?:small|big|large|local|county|mainstream|special|primary|secondary|city|rural|"
    r"village|state|independent) )?(?:council|school|primary|secondary|college|academy|trust|"
    r"la|local authority|authority|nursery|pru|ward) )?here\b(?=\s*(?:[,.!;:]|-)\s*\S)"
)


# A place below national level named by the asker ("my council", "our area").
_LOCAL = re.compile(
    r"\b(?:round|around|over) here\b|\bwhere (?:i|we) live\b|"
    r"\b(?:in|for|near|around|across) (?:my|our) (?:local )?(?:council|area|county|"
    r"town|city|la|local authority|borough|region)\b|\b(?:my|our) (?:local )?(?:council|la|"
    r"local authority|area) s\b|\bnear me\b|\blocally\b|\bnear us\b|"
    r"\b(?:my|our) (?:local )?(?:council|la|local authority) (?:is |are )?(?:getting|get|gets|"
    r"receiving|receive|got|given)\b|"
    # "how many EPs does my council employ": what one council does, not England
    r"\b(?:my|our) (?:local )?(?:council|la|local authority) (?:\w+ )?(?:employ|employs|spend|"
    r"spends|spent|fund|funds)\b|"
    # "is our area in the pilot", "is my council part of it": whether one area takes part
    r"\b(?:is|are|was) (?:my|our) (?:local )?(?:council|area|county|town|city|la|"
    r"local authority|borough|region) (?:\w+ )?(?:in|part of|one of|included|involved|"
    r"taking part|covered|on)\b"
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
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several) (?:years?|decades?|"
    r"months?) ago|a decade ago|(?:the |under the )?(?:last|previous|former|tory|conservative|"
    r"labour|coalition|new|next) government|in the future|in future|by the end of the decade)\b"
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
_CHANGE = re.compile(
    WORD_START
    + r"(?:increase|increased|increases|increasing|rise|rises|rising|rose|risen|grow|grows|"
    r"growing|grown|grew|growth|go up|goes up|going up|gone up|went up|go down|goes down|"
    r"going down|gone down|went down|change|changed|fall|falls|falling|fell|fallen|drop|drops|"
    r"dropping|dropped|decrease|decreased|decreasing|more than|than|compared|by how much|"
    r"how much more|how much less|how much extra|extra|additional|boost|uplift|bigger|"
    r"smaller|higher|lower)\b"
)
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
_CONSTRAINED_YEAR = re.compile(
    r"\b(?:in|for|during|since|of|year|budget|funding|until|by) ((?:19|20)\d{2}(?:_\d{2})?)\b"
)

# Chat words that carry nothing a fact could match: "when was it published lol".
_CHAT_FILLER = frozenset(
    "lol lmao haha hahaha pls plz please thx thanks cheers tbh btw fyi omg".split()
    # "honestly, is the government doing enough?": how it is said, not what is asked
    + "honestly seriously genuinely realistically frankly truthfully".split()
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
    stage: str | None = None  # "final": the stage of a report or findings it asks about
    # "names" or "places": it asks for the names of people or organisations, or where things
    # are; a fact that gives neither cannot answer, however close its topic.
    wants: str | None = None
    # "who asked about educational psychologists": the topic of the asked question, as written.
    about: tuple[str, ...] = ()
    # Its words as the asker wrote them ("EHCPs", not "ehcps"), for replies.
    written: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_question(self) -> bool:
        return self.kind is Kind.QUESTION


_BARE_REGIONS = sorted({region.removeprefix("the ") for region in REGIONS}, key=len, reverse=True)
# "the south west" is the South West, not "the south": after "the", the longest name wins.
_REGION = re.compile(
    WORD_START
    + r"(?:the (?:"
    + "|".join(_BARE_REGIONS)
    + r")|"
    + "|".join(sorted((r for r in REGIONS if not r.startswith("the ")), key=len, reverse=True))
    + r")\b"
)


# "I live in Leeds but nationally how much ...": where the asker lives is context when the
# question itself asks about the whole country.
_NATIONAL = re.compile(r"\b(?:nationally|national|across england|in england|england wide)\b")
_RESIDENCE = re.compile(
    r"\b(?:(?:i|we) (?:\w+ )?(?:live|living|lived|reside|moved|move|moving|relocated) "
    r"(?:in|to|into|near|over to)|i m in|im in|i am in|we re in|we are in|based in|i m from|"
    r"im from|i am from|we re from|we are from|our home in|living in|live in) (\w+(?: \w+)?)"
)


# A clause telling of the asker's own situation: "our EP waiting list is like a year long";
# not of their council or area ("my council in Devon has no money"), which may be what is asked.
_OWN_STORY = re.compile(
    r"^\s*(?:(?:hi|hey|hello|so|ok|well) )*(?:my|our) (?!(?:local )?(?:council|la|local "
    r"authority|authority|area|county|town|city|borough|region|school|schools|trust|patch)\b)\w+"
)

# A clause saying who the asker is: their role, or "... here".
_SELF = re.compile(
    r"^(?:(?:hi|hey|hello|so|ok) )?(?!(?:our|my|their|his|her|the|this|that) )"
    r"(?:(?:i m|im|i am|as) )?(?:an? )?(?:\w+ ){0,3}?(?:parent|"
    r"mum|dad|mother|father|carer|senco|sendco|teacher|ta|governor|campaigner|practitioner|"
    r"councillor|journalist|researcher|student|grandparent|head|headteacher|nurse|worker|"
    r"officer|professional|childminder|advocate|ep|psychologist|volunteer|caseworker|trustee|"
    r"cfo|ceo|manager|chair|rep|member|lead|coordinator|director|clerk|assistant|gran|grandma|"
    r"grandad|nan|nana|aunt|auntie|uncle|nqt|ect|trainee|lecturer|tutor|consultant|therapist|"
    r"doctor|gp|solicitor)s?\b|\bhere\b"
)


# Words by which the asker speaks of themselves ("we've waited 9 months", "I sit on a forum").
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|my|mine|we|weve|us|our|ours)\b")


# The asker's own council or area as a clause's subject ("my council in Devon has no money").
_OWN_AREA_SUBJECT = re.compile(
    r"\b(?:my|our) (?:local )?(?:council|la|local authority|authority|area|county|town|city|"
    r"borough|region)\b"
)
# Words by which an asking clause points back at what another clause told: "how much is it
# getting?" after "my council in Devon has no money".
_POINTING_BACK = re.compile(r"\b(?:it|its|they|them|their|theirs|there)\b")


def _tells_of_the_asker(clause: str, asking: str) -> bool:
    """A folded clause that only tells who the asker is or how things are for them ("SEND
    caseworker in a county council", "we're on a waiting list near us", "our LA got a dire
    report last year"): it asks nothing, and says nowhere the asker lives ("I live in Devon,
    how many ..." asks about Devon). The asker's council is what is asked when the asking
    clauses (`asking`) point back at it ("my council is in Devon, how much is it getting?")."""
    if _ASKING.match(clause) or _RESIDENCE.search(clause):
        return False
    if _OWN_AREA_SUBJECT.search(clause) and _POINTING_BACK.search(asking):
        return False
    return bool(_SELF.search(clause) or _OWN_STORY.match(clause) or _FIRST_PERSON.search(clause))


# "we're" folds to "were", which would read "we're desperate for a place" as a question.
_ARE_CONTRACTION = re.compile(r"\b(we|you|they)['\u2019]re\b", re.I)


def _folded_clause(clause: str) -> str:
    if "'" not in clause and "\u2019" not in clause:  # no "'re" to spell out: most clauses
        return fold_text(clause)
    return fold_text(_ARE_CONTRACTION.sub(r"\1 are", clause))


def _folded_clauses(text: str) -> list[str]:
    return [_folded_clause(clause) for clause in _clauses(text)]


def _asked_clauses(text: str) -> list[str]:
    """The folded clauses of a message that are about what it asks: all of them, unless some
    ask and others only tell the asker's story."""
    clauses = _folded_clauses(text)
    asking = " ".join(clause for clause in clauses if _ASKING.match(clause))
    if not asking:
        return clauses
    return [clause for clause in clauses if not _tells_of_the_asker(clause, asking)]


def _places(
    text: str, raw_words: Sequence[str], folded: str, asked_about: Sequence[str]
) -> tuple[str, ...]:
    """The places the question asks about: those named in `asked_about`, the clauses about
    what is asked (`_asked_clauses`). Where the asker is ("parent in Norfolk, how many ...",
    "campaigner in Cornwall here - ...") is context, unless they say they live there ("I live
    in Devon, how many ..." asks about Devon); a question asked "nationally" asks about no
    place."""
    named = _named_places(text, raw_words)
    if not named:
        return ()
    if folded and _NATIONAL.search(folded):
        return ()
    # Who the asker is ("parent in Norfolk", "SENCO in Kent here") and how things are for them
    # ("our EP waiting list is a year long in Devon") are not what they ask about.
    return tuple(
        place
        for place in named
        if any(
            re.search(rf"\b{re.escape(place.lower().removeprefix('the '))}\b", clause)
            for clause in asked_about
        )
    )


# Who speaks for the whole country: a figure asked of them is not one of the asker's area.
_NATIONAL_ACTOR = re.compile(
    r"\b(?:dfe|department|government|govt|ministers?|nationally|national|england|the country|"
    r"the uk)\b"
)


_OWN_AREA = re.compile(
    r"\b(?:my|our|us|we|i|me|near|nearby|local|locally|council|councils|area|areas|la|las|"
    r"region|here|there|county|town|city|borough)\b"
)


def _told_only(text: str, intent: Intent) -> str | None:
    """The asking clauses, folded, when a place said elsewhere in the message only tells where
    the asker is: they ask nothing of the asker's own area, and no figure unless of the
    department or the country ("I'm in Leeds... how much has the DfE put in?", "I run a
    preschool in Norfolk - does the course cover early identification?").
    None when a place said anywhere may be what is asked ("I live in Devon, how many special
    schools opened?")."""
    asking = asking_text(text)
    if asking == text:
        return None
    asked = fold_text(asking)
    # "is my council in it?", "how much is the government giving us?": the asker's own area
    # is what is asked.
    if _OWN_AREA.search(asked):
        return None
    if intent in FIGURE_ASKED and (
        not _NATIONAL_ACTOR.search(asked) or _RESIDENCE.search(fold_text(text))
    ):
        return None  # "I live in Devon, how much is the government spending?" asks of Devon
    return asked


def _asked_places(text: str, places: tuple[str, ...], intent: Intent) -> tuple[str, ...]:
    if places and _LEFT_OUT.search(text):
        # "which councils are in it apart from Bedford": a place set aside, not asked about
        lowered = text.lower()
        places = tuple(
            place
            for place in places
            if not re.search(
                rf"{_LEFT_OUT.pattern} (?:the )?{re.escape(place.lower().removeprefix('the '))}\b",
                lowered,
            )
        )
    if len(places) > 1:
        # "im in bedfordshire, is bedford the lead authority for the east of england?": the
        # places the asking clauses name are asked about; the asker's own is context.
        asking = fold_text(asking_text(text))
        named = tuple(place for place in places if _said_in(place, asking))
        if named and asking != fold_text(text):
            return named
    asked = _told_only(text, intent) if places else None
    if asked is None:
        return places
    return tuple(
        place
        for place in places
        if re.search(rf"\b{re.escape(place.lower().removeprefix('the '))}\b", asked)
    )


def _said_in(place: str, folded: str) -> bool:
    return bool(re.search(rf"\b{re.escape(place.lower().removeprefix('the '))}\b", folded))


_LEFT_OUT = re.compile(r"\b(?:apart from|other than|besides|except|excluding)\b", re.I)
_LETTERS = re.compile(r"[A-Za-z]+")


def _named_places(text: str, raw_words: Sequence[str]) -> tuple[str, ...]:
    regions = [
        region.title().replace("The ", "the ").replace(" And ", " and ").replace(" Of ", " of ")
        for region in _REGION.findall(" ".join(raw_words))
    ]
    found = [word for word in raw_words if word in PLACE_WORDS]
    # As the asker wrote them: "Devon", not "devon".
    written = {word.lower(): word for word in _LETTERS.findall(text)}
    named = [written.get(word, word).capitalize() for word in found]
    return tuple(dict.fromkeys((*regions, *named)))


_SUBJECT_AFTER = re.compile(
    r"\b(?:how many|number of|which|names of|list of|list the|name the|percentage of|"
    r"proportion of|what (?:actually |exactly )?is an?|what s an?|whats an?|what are|"
    r"what does)\s+(.+)"
)
# What a definition is asked of: "what is top-slicing", "what does SEMH stand for".
_DEFINED_AFTER = re.compile(
    r"\b(?:what (?:actually |exactly |even )?(?:is|are)|whats|what s|what does|define|"
    r"definition of|meaning of|who (?:is|are)|what counts as|what qualifies as|"
    r"what is meant by)\s+(?:an? |the )?(.+)"
)
_SUBJECT_LEAD = re.compile(r"^(?:(?:the|a|an|of|all|names|name|list|\d+(?:_\d+)?)\s+)*")
# A second question joined on: "how many and how much" asks both of what follows them (or of
# the rest of the question), not of "and how much".
_ANOTHER_ASK = re.compile(
    r"^(?:and|or) (?:how (?:many|much|long|often)|when|where|which|what)\b\s*"
)
# "what does AP stand for in this?", "what does SEND mean in this?": the pronoun is where,
# not what, the letters are asked.
_IN_THIS = re.compile(
    r"\b(?:stand|stands|short|mean|means)(?: for)? (?:in|on) (?:this|that|it)\W*$", re.I
)
_SUBJECT_END = frozenset(
    """are is was were have has had will would do does did can could in on at for to from
    by been being get got there that who which this these stand stands mean means with
    opened open approved registered completed trained r u doing taking getting going being
    having making done since under over so yet through about across into after before than per
    each like as up out actually exactly really even take takes took taking join joins joined
    joining participate participating involved attend attending receive receiving work working
    use using need needing benefit benefiting sign signed nationally come comes came coming go
    goes went gone make makes made create creates""".split()
)


# A new noun phrase after the subject begins a clause about it: "extra EPs the DfE is paying
# to train" counts EPs, as "special schools dfe has opened" counts schools and "extra EPs
# they're training" EPs.
_CLAUSE_START = frozenset(
    """the a an they we you i he she those my our your their theyre youre dfe government
    department""".split()
)

_KIND_HEADS = frozenset({"training", "budget", "funding"})
_IS_DOING = re.compile(r"\b(?:is|are|was|were|be|been) (?:the )?\w+$")


# Words before "budget" that say how much of it, not which one: "the total SEND budget".
_NOT_KINDS = frozenset(
    """total overall whole entire actual current annual yearly new extra full latest newest recent
    additional more further nationally""".split()
)


# "is the government funding", "are they funding": a verb when its doer is named ("is
# government funding ringfenced" asks about the funding).
_IS_FUNDING = re.compile(
    r"\b(?:is|are|was|were|be|been) "
    r"(?:the (?:government|department|dfe|councils?|la|schools?)|they|we|ministers)$"
)


def _done(raw_words: Sequence[str], at: int, word: str) -> bool:
    """Whether a word that may name a kind of training or funding is the verb there."""
    before = " ".join(raw_words[max(0, at - 3) : at])
    if word == "training":
        return bool(_IS_DOING.search(before))
    return word == "funding" and bool(_IS_FUNDING.search(before))


def _kinds(raw_words: Sequence[str], written: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """What names the budget, training, funding or spending asked about, each as (its words,
    as the reply says it): every word of them must be in the fact."""
    return (
        *_kinds_by_head(raw_words, written),
        *_valued(raw_words, written),
        *_spent_on(raw_words, written),
        *_joined(raw_words, written),
    )


def _kinds_by_head(raw_words: Sequence[str], written: dict[str, str]) -> list[tuple[str, str]]:
    """("send", "SEND training"), and for "core schools budget" both "core" and "schools":
    the words before "budget", "training" or "funding"; and after "budget for"."""
    kinds: list[tuple[str, str]] = []
    doing = {at for at, word in enumerate(raw_words) if _done(raw_words, at, word)}
    for at, word in enumerate(raw_words):
        if word not in _KIND_HEADS or at in doing:
            continue  # "is the government training": a verb, and who does it
        start = at
        # "the government funding training for": what is funded, not a kind of training.
        while (
            start > max(0, at - 2)
            and raw_words[start - 1] not in STOPWORDS | _NOT_KINDS
            and start - 1 not in doing
        ):
            start -= 1
        # "the spring budget" is a fiscal event, not a budget of its own; and the words before
        # its name say something else ("the 15 spring budget schools").
        if word == "budget" and at and raw_words[at - 1] in _EVENTS:
            start = at
        named = [said for said in raw_words[start:at] if not (word == "budget" and said in _EVENTS)]
        if named:
            phrase = _as_written(raw_words[start : at + 1], written)
            kinds.append((" ".join(named), phrase))
        whose = _named_after(raw_words, at, "for") if word == "budget" else []
        if whose:
            # "the total budget for the NPQ SENCO": whose budget, said after it
            kinds.append((" ".join(whose), f"the {_as_written(whose, written)} budget"))
    return kinds


def _valued(raw_words: Sequence[str], written: dict[str, str]) -> list[tuple[str, str]]:
    """Each word naming what is valued: "how much is the PINS expansion worth"."""
    valued = _VALUED.search(" ".join(raw_words))
    if valued is None:
        return []
    thing = valued["thing"].split()
    named = [
        word
        for word in thing
        if word not in STOPWORDS | _NOT_KINDS | _TOPIC_OF_EVERY_ANSWER
        and not any(char.isdigit() for char in word)
    ]
    return [(" ".join(named), f"the {_as_written(thing, written)}")] if named else []


def _spent_on(raw_words: Sequence[str], written: dict[str, str]) -> list[tuple[str, str]]:
    """What the money is spent on: "how much is being spent on the PINS evaluation"."""
    kinds: list[tuple[str, str]] = []
    for at, word in enumerate(raw_words):
        named = _named_after(raw_words, at, "on") if word in _SPENDING else []
        if named:
            kinds.append((" ".join(named), f"what is spent on {_as_written(named, written)}"))
    return kinds


def _joined(raw_words: Sequence[str], written: dict[str, str]) -> list[tuple[str, str]]:
    """The course or scheme people joined, in a count of them: "how many SENCOs have enrolled
    on the new NPQ" counts those on the NPQ, which a count of another course does not give."""
    if _JOINING.isdisjoint(raw_words):
        return []  # most questions
    for at, word in enumerate(raw_words):
        if word not in _JOINING or raw_words[at + 1 : at + 2] not in _JOINED_BY:
            continue
        rest = list(raw_words[at + 2 : at + 4 + _NAMED_AFTER])
        while rest and rest[0] in _ARTICLES | _NOT_KINDS:
            rest.pop(0)  # "the new NPQ": the NPQ
        named: list[str] = []
        for following in rest[:_NAMED_AFTER]:
            if following in STOPWORDS | _NOT_KINDS | _WHEN_WORDS or following.isdigit():
                break
            named.append(following)
        if named:
            return [(" ".join(named), f"the {_as_written(named, written)}")]
    return []


_JOINING = frozenset("enrolled enrol enrols enrolling".split())
_JOINED_BY = (("on",), ("onto",), ("in",), ("for",))
_ARTICLES = frozenset({"the", "a", "an"})


def _as_written(said: Iterable[str], written: Mapping[str, str]) -> str:
    """Folded words as the asker wrote them: "SEND training", not "send training"."""
    return " ".join(written.get(word, word) for word in said)


_SPENDING = frozenset({"spend", "spends", "spending", "spent"})
# The Chancellor's fiscal events, named by their season: "the Spring Budget".
_EVENTS = frozenset({"spring", "autumn", "summer", "emergency"})
# Words that say what every written answer here is about ("the SEND change programme"): no
# fact need repeat them to be about the thing named.
_TOPIC_OF_EVERY_ANSWER = frozenset("send sen dfe government department england national".split())
# "how much is the PINS evaluation contract worth", "how much did the evaluation cost": the
# thing whose value is asked, named between the verb and "worth" or "cost".
_VALUED = re.compile(
    r"^how much (?:is|was|does|did|will|would) (?:the )?(?P<thing>(?:\w+ ){1,5}?)"
    r"(?:worth|cost)$"
)
# Words saying when, not on what: "spending on high needs next year".
_WHEN_WORDS = frozenset("next last this year years now currently annually each per".split())


_NAMED_AFTER = 3  # "the budget for the NPQ SENCO": the words naming whose it is, at most


def _named_after(raw_words: Sequence[str], at: int, preposition: str) -> list[str]:
    """The words after "budget for (the)" or "spent on (the)" naming what the money is for,
    up to a stopword or a number ("the budget for PINS in 2024/25" -> ["pins"])."""
    rest = list(raw_words[at + 1 : at + 3 + _NAMED_AFTER])
    if not rest or rest[0] != preposition:
        return []
    rest = rest[2:] if len(rest) > 1 and rest[1] in ("the", "a", "an") else rest[1:]
    named: list[str] = []
    for word in rest[:_NAMED_AFTER]:
        if word in STOPWORDS | _NOT_KINDS | _WHEN_WORDS or any(char.isdigit() for char in word):
            break
        named.append(word)
    return named


def _subject(raw_words: Sequence[str], intent: Intent = Intent.OTHER) -> str:
    """The words right after "how many", "which" ...: what the asked detail is about."""
    text = " ".join(raw_words)
    found = (intent is Intent.DEFINITION and _DEFINED_AFTER.search(text)) or _SUBJECT_AFTER.search(
        text
    )
    if not found:
        return ""
    # "which 32 councils", "the names of the 15 new special schools": what is named comes after.
    rest = _SUBJECT_LEAD.sub("", _ANOTHER_ASK.sub("", found.group(1)))
    subject: list[str] = []
    for word in rest.split():
        # "reports published", "modules finished": the count is of the noun before the verb
        # (but "supported interns", "integrated care boards" begin with one).
        if (
            word in _SUBJECT_END
            or (not subject and word in _DONE_FIRST)  # "how many finished it": no noun
            or (word.isdigit() and intent is not Intent.DEFINITION)  # "CP 800" is a name
            or (subject and len(word) > 4 and word.endswith("ed"))
            or (subject and word in _CLAUSE_START)
        ):
            break
        subject.append(word)
    return " ".join(subject[:5])


# Verbs that, straight after "how many", say what was done, not who did it.
_DONE_FIRST = frozenset(
    """finished completed qualified passed graduated registered enrolled joined took went got
    dropped signed started""".split()
)
# The roles a yes/no question asks of a count: "have all 5000 finished the training yet".
_CHECKED_ROLES = frozenset({"completed", "dropped out"})


def _role(text: str, intent: Intent, checking: bool = False) -> str | None:
    checked = checking and intent is Intent.OTHER
    if intent is not Intent.COUNT and not checked:
        return None
    for role, pattern in ASKED_ROLES:
        if checked and role not in _CHECKED_ROLES:
            continue
        if pattern.search(text):
            if role == "total" and FLOW_WORDS.search(text):
                return None
            return role
    return None


# "what's an EHCP?" asks what "what is an EHCP?" asks: the folder would drop the "'s".
_IS_CONTRACTION = re.compile(
    r"\b(what|who|where|when|how|why|which|it|that|there|here|this|he|she)['\u2019]s\b", re.I
)
_WE_ARE = re.compile(r"\b(we|they)['\u2019]re\b", re.I)


_WRITTEN_WORD = re.compile(r"[A-Za-z0-9]+")


def analyse(question: str) -> Question:
    text = _expanded(strip_markup(question))
    folded = fold_text(text)
    said = words(text)
    kind = kind_of(folded, said)
    without_context = _CONTEXT.sub(" ", _INTRODUCTION.sub(" ", folded))
    raw_words = tuple(word for word in words(without_context) if word not in _CHAT_FILLER)
    if kind is Kind.QUESTION and not raw_words:
        kind = Kind.EMPTY
    if not said and any(character.isalpha() for character in text):
        # Letters in a script it cannot read ("日本語の質問"): a question it has no answer
        # to, not an empty line to prompt for one.
        kind = Kind.QUESTION
    intent = intent_of(raw_words)
    if intent is Intent.OTHER and _ASKS_WHAT_FOR.search(folded):
        intent = Intent.REASON
    if intent is Intent.END:
        raw_words = _without_end_verbs(raw_words)
    # Words as the asker wrote them, for the reply: "EHCPs", not "ehcps".
    written = {word.lower(): word for word in _WRITTEN_WORD.findall(text)}
    if (
        intent is Intent.DEFINITION
        and raw_words[-1] in POINTING_WORDS
        and not _IN_THIS.search(text)
    ):
        intent = Intent.OTHER  # "what are they?" refers back; it asks for no definition
    asking = asking_text(text)
    # Most messages ask in every clause: their asking text is the message, already read.
    asked_folded = without_context if asking == text else _CONTEXT.sub(" ", fold_text(asking))
    # The clauses about what is asked, without the asker's story: where and when it asks about.
    asked_clauses = _asked_clauses(text)
    asked_about = _CONTEXT.sub(" ", " , ".join(asked_clauses))
    asked_words = tuple(words(asked_folded))
    asked = " ".join(asked_words)
    if asking != text and intent is Intent.COST and intent_of(asked_words) is not intent:
        # "the school says it can't afford support - does the dfe say who decides?": what the
        # story says costs too much is not what the asking clauses ask.
        intent = intent_of(asked_words)
    elif intent is Intent.DEFINITION and _OPENS_WITH_ANOTHER.match(asked):
        # "SENCo here, our LA is top slicing. who is responsible for making sure the school
        # delivers what's in the EHCP?": the asking clause opens with "who".
        intent = intent_of(asked_words)
    # "of the 4,000 reached, how many had an EHCP": the group may be named before the asking.
    subgroup, subgroup_words = _subgroup(asked, written)
    if not subgroup and asked != " ".join(raw_words):
        subgroup, subgroup_words = _subgroup(" ".join(raw_words), written)
    checking = bool(_CHECKING.search(" ".join(raw_words)))
    return Question(
        kind=kind,
        text=" ".join(raw_words),
        words=raw_words,
        intent=intent,
        places=_asked_places(text, _places(text, raw_words, folded, asked_clauses), intent),
        # "near us" in "we're waiting for a place near us, how many ..." tells, it does not ask.
        local=bool(_LOCAL.search(asked_about)),
        # "how many started it but didn't finish": the clause that says so may follow the asking.
        # "the 100,000 trained - did they all complete it?": the asking clause may check
        role=_role(asked_folded, intent, checking or bool(_CHECKING.match(asked_folded.strip())))
        or ("dropped out" if _role(folded, intent, checking) == "dropped out" else None),
        # "since our son started school in 2019, by what percentage ...": a year in the
        # asker's story is not a period asked about.
        years=tuple(_CONSTRAINED_YEAR.findall(" ".join(words(asked_about)))),
        checking=checking,
        subject=_as_written(_subject(raw_words, intent).split(), written),
        kinds=_kinds(asked_words, written),
        period=_period(asked),
        grade=_grade(asked),
        change=bool(_CHANGE.search(_WHEN_OF_A_CHANGE.sub(" ", " ".join(raw_words)))),
        written=written,
        negated=bool(_NEGATION.search(" ".join(raw_words))),
        possessed=tuple(
            word for found in _POSSESSED.finditer(" ".join(raw_words)) for word in found.groups()
        ),
        lacked=tuple(found[1] for found in _LACKED.finditer(" ".join(raw_words))),
        subgroup=subgroup,
        subgroup_words=subgroup_words,
        breakdown=_breakdown(asked),
        share_of=_share_of(asked, intent),
        measure_words=_measure(asked),
        so_far=bool(_SO_FAR.search(asked)),
        findings=bool(_FINDINGS.search(asked)),
        stage=_STAGE.search(asked) and "final",
        wants=_wants(asked),
        about=_about(asked) if intent is Intent.ASKER else (),
    )


def _expanded(text: str) -> str:
    """The text with "it's", "what's" ... and "we're", "they're" written out."""
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
    # A share of a group: "what share of kids in special schools are autistic"
    re.compile(
        r"\b(?:what|which) (?:share|proportion|percentage|percent|fraction) of (?:\w+ ){1,8}?"
        r"(are|is|were|was|have|has|had)\s+((?:\w+\s*){1,5})$"
    ),
)
# "were out by feb 2024": published by then, no part of the group.
_SUBGROUP_FILLER = frozenset("actually really already still now in total so far been out".split())
_SUBGROUP_TIME = frozenset("since from until before after during between this last by".split())
_PARTICIPLES = frozenset("done taken made given seen begun gone run got gotten".split())
_BREAKDOWN = re.compile(
    WORD_START
    + r"(?:(year by year|by year|between years|month by month|by month|(?:for )?(?:every|each) "
    r"year from|for every year|for each year|"
    # "how many eps will train in 2024 and how many in 2025": one figure for each year
    r"how many (?:\w+ ){0,8}?(?:in|for|during) (?:19|20)\d\d(?:_\d\d)? (?:and|vs|versus) how many "
    r"(?:\w+ ){0,3}?(?:in|for|during) (?:19|20)\d\d)|"
    r"(?:what|which) (?:types|kinds|sorts) of|((?:what|which) (?:topics|subjects) (?:do|does|did))|"
    # "what kind of schools were the 15 new ones": the kinds among a number counted (not
    # "what kind of evaluation is it getting", which asks what it is)
    r"(?:what|which) (?:type|kind|sort) of (?=(?:\w+ ){0,8}?\d)|"
    r"split (?:of (?:[\w.]+ ){1,4}?)?(?:between|by|across|over|up)|broken down|breakdown|"
    r"break down|by type|by need|"
    r"how (?:is|was|will) (?:[\w.]+ ){0,5}?(?:split|divided|shared out|broken up)"
    r"(?: (?:between|by|across|over|up|among))?|"
    # A split of a total the asker names: "how many of the 1,500 places are in the AP school
    # and how many in special schools"
    r"(how many of (?:the|those|these|them|all) (?:\w+ ){0,12}?(?:and|or|vs|versus) how many))\b"
)


def _subgroup(text: str, written: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    found = next((f for pattern in _SUBGROUP_PATTERNS if (f := pattern.search(text))), None)
    if not found:
        return "", ()
    predicate = []
    # "had been permanently excluded": what happened to them, a part of the group.
    passive = found.group(2).split()[:1] == ["been"]
    for word in found.group(2).split():
        if word in _SUBGROUP_TIME:
            break  # "since may 2022" says when, not which part
        if word not in _SUBGROUP_FILLER:
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
    said = _as_written((*verb, *predicate), written)
    return said, tuple(predicate)


_MEASURE = re.compile(
    r"\b(?<!to )(?:improve|improved|improving|reduce|reduced|reducing|raise|raised|boost|"
    r"boosted|increase|increased|cut) (?:the |their |its |kids |children s |pupils )?(\w+)"
)
_SO_FAR = re.compile(
    # "how many new EPs are working in schools now": those in post, not those planned
    r"\b(?:(?:working|in post|employed|practising) (?:\w+ ){0,3}?now|now (?:working|in post|"
    r"employed|practising)|currently (?:working|in post|employed|practising))\b|"
    # "how many actually took part": those who did, not those planned for
    r"\b(?:took part|participated|(?:actually|really) (?:signed up|joined|enrolled|started))\b|"
    r"\b(?:so far|to date|already|yet|(?:have|has) (?:actually |already |now )?(?:signed up|joined|"
    r"taken part|enrolled|started|begun|commenced|been (?:supported|reached|helped|trained|"
    r"signed up))|(?:are|is) (?:actually |already |now |currently )?(?:in training|on (?:the|their|"
    r"a) (?:course|programme|training)))\b"
)


# "what did the evaluation find", "did they manage to double it": results, not plans.
_FINDINGS = re.compile(
    r"\bwhat (?:did|have|has|do|does) (?:\w+ ){0,6}?(?:find|found|conclude|concluded|reveal|"
    r"revealed|show|shown|learn|learned|learnt)\b|"
    r"\bwhat (?:did|do|does|have|has) (?:\w+ ){0,4}?(?:findings|results|evaluation) "
    r"(?:say|said|show)\b|"
    r"\bwhat (?:(?:has|have) )?(?:came|come) out of\b|"
    r"\b(?:did|have|has) (?:they|it|we|the \w+|\w+) (?:(?:actually|really) )?(?:manage|managed|"
    r"succeed|succeeded|achieve|achieved)\b|"
    r"\b(?:findings|results|found) so far\b|"
    # "has the training actually made a difference in classrooms"
    r"\b(?:has|have|did) (?:\w+ ){0,6}?(?:made|make) (?:a |any |much |a real )?(?:difference|"
    r"impact)\b|\b(?:had|has) (?:an? |any )?(?:impact|effect) on\b|"
    # "how many interns went on to get paid jobs": what came of it, not how many took part
    r"\b(?:went|gone|go|going) on to (?:get|find|secure|start|move)\b|"
    r"\bended up (?:in|with|getting)\b|"
    # "has it got any young people into paid jobs": what came of it (not "what is being done
    # to get young people into jobs", which asks what is planned)
    r"\b(?:(?:has|have|did) (?:\w+ ){0,6}?(?:got|get|gotten|helped|help|moved|move)|how many "
    r"(?:\w+ ){0,4}?(?:got|went|moved|have got|have gone)) (?:\w+ ){0,3}?into (?:paid |full time |"
    r"part time )?(?:jobs?|work|employment)\b"
)
_STAGE = re.compile(
    WORD_START
    + r"(?:final|full|completed?) (?:\w+ ){0,2}?(?:report|evaluation|findings|results|version)\b"
)
# ... "what's the AP free school called": a name asked for by "called" at the end.
_WANTS_NAMES = re.compile(
    r"\b(?:names?|name the|who exactly|exactly who)\b|\bcalled(?: again| exactly)?$"
)
# Where things are, asked as the question itself ("where will they be built"), not in a
# question about the question ("did someone ask where ...").
_WANTS_PLACES = re.compile(
    r"^(?:(?:so|and|but|ok|okay|then|any idea|do you know) )*where (?:(?:\w+ ){0,14}?(?:going to "
    r"be|be built|be located|being built|being located)\b|(?:are|will) (?:the|they|these|those) "
    r"(?:\w+ ){0,8}?(?:be|located|based)$)|"
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


def _wants(text: str) -> str | None:
    if _WANTS_NAMES.search(text):
        return "names"
    return "places" if _WANTS_PLACES.search(text) else None


# ... or named before its change: "did attendance go up", "have exclusions fallen".
_MEASURE_BEFORE = re.compile(
    r"\b(attendance|exclusions?|attainment|grades|behaviour|wellbeing) (?:\w+ )?(?:go|went|gone|"
    r"got|improve|improved|fall|fell|fallen|drop|dropped|rise|rose|risen|increase|increased|"
    r"decrease|decreased|reduce|reduced)\b"
)


def _measure(text: str) -> tuple[str, ...]:
    found = _MEASURE.search(text) or _MEASURE_BEFORE.search(text)
    return (found.group(1),) if found and found.group(1) not in STOPWORDS else ()


_SHARE_TARGET = re.compile(
    r"\b(?:goes|go|going|ends up|end up|is spent|are spent|spent|is used|used) "
    r"(?:on|to|in|with|for) (?:the )?((?:\w+ ?){1,4})$"
)


def _share_of(text: str, intent: Intent) -> tuple[str, ...]:
    if intent is not Intent.PERCENT:
        return ()
    found = _SHARE_TARGET.search(text)
    return tuple(word for word in found.group(1).split() if word not in STOPWORDS) if found else ()


def _breakdown(text: str) -> str | None:
    found = _BREAKDOWN.search(text)
    if not found:
        return None
    # "split between years" is by year; "split between councils" or "what types of need" not.
    said = text[found.start() : found.end() + 12]
    if found.group(2):
        return "by topic"
    if found.group(3):
        return "between them"
    if found.group(1) or re.search(r"\byears?\b", said):
        return "by year"
    # "how are the 1,500 places split across regions": by where, not by kind
    return "by area" if _AREAS_SPLIT.search(said) else "by type"


_AREAS_SPLIT = re.compile(r"\b(?:regions?|areas?|councils?|local authorities|las|counties)\b")


# Clauses that ask, apart from statements around them ("our LA says there is a shortage"):
# what a statement says is context, not a period, role or kind the answer must have.
_CLAUSE_SPLIT = re.compile(
    # not "4,000" or "2.5"; not "so far", "so much", "so many", which end no clause
    r"(?<!\d)[,.]|[,.](?!\d)|[;:!?()]|\s-\s|\s(?:but|and so|so)\s(?!far\b|much\b|many\b)"
    r"|[\u2600-\u27bf\U0001f300-\U0001faff]"  # an emoji ends what it follows: "brutal 😩 how many"
)
_ASKING = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|but|also|hi|hey|hiya|then|um|right|sorry|please|pls|quick question"
    r"|question|quick q|roughly|approximately|approx|realistically|honestly|genuinely|basically"
    r"|actually) )*"
    # "anyone know how many ...", "I want to know when ...": a question asked indirectly.
    r"(?:(?:does |do )?(?:any ?one|any ?body|some ?one|you) know |any idea |(?:just )?wondering |"
    r"(?:i|we) (?:want|would like|d like|need) to know )?"
    # "by what percentage ...", "on what date ...": a question led by a preposition.
    r"(?:(?:by|in|on|at|for|from|to|since|until|of|over) (?=what|which|how|when|whom|whose))?"
    r"(?:how|what|whats|when|which|who|whom|whose|where|why|is|are|was|were|do|"
    r"does|did|can|could|will|would|has|have|should|any|tell me|give me|list)\b"
)


# A few kept: a message is split by its analysis, for its asking clauses and for the clauses
# about what it asks. (Only a few: a question asked again is worked out again.)
@lru_cache(maxsize=8)
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(clause for clause in _CLAUSE_SPLIT.split(text) if clause.strip())


# A few kept: one message's asking clauses are read by its analysis, by the matcher and by the
# newest-figure rule. (Only a few: a question asked again is worked out again.)
@lru_cache(maxsize=8)
def asking_text(text: str) -> str:
    """The clauses of a message that ask something, when others only tell, and the questions
    it tells of ("my head asked me how much the programme has, do you know?"): the whole
    message when none or all of them ask."""
    clauses = _clauses(text)
    asking = [_asked_in(clause) for clause in clauses]
    if not any(asking) or all(
        asked == clause for asked, clause in zip(asking, clauses, strict=True)
    ):
        return text
    return ", ".join(asked for asked in asking if asked)


# A question told as someone's: "my head asked me how much funding the programme has".
_EMBEDDED = re.compile(
    r"\b(?:asked (?:me|us)|asking (?:me|us)|wondering|wondered) "
    r"((?:how|what|when|which|who)\b.*)",
    re.IGNORECASE,
)


def _asked_in(clause: str) -> str:
    """The clause when it asks; the question it tells of, when it tells of one; else ''."""
    if _ASKING.match(_folded_clause(clause)):
        return clause
    embedded = _EMBEDDED.search(clause)
    return embedded[1] if embedded else ""


def _period(text: str) -> str | None:
    found = _PERIOD.search(text)
    return found.group(0) if found else None


def _grade(text: str) -> str | None:
    found = _GRADE.search(text)
    return next((group for group in found.groups() if group), None) if found else None


def is_year(term: str) -> bool:
    return bool(_YEAR.match(term))


# Words by which a story clause tells who is asking and about whom: not what the topic is
# ("my son is 17 with an EHC plan and his college mentioned supported internships").
_TELLER_WORDS = frozenset(
    """i im ive id me my mine we weve us our ours he his him she her hers they their them
    son sons daughter daughters child children kid kids boy girl grandson granddaughter nephew
    niece twins lad family husband wife mum dad mother father parents gran grandma grandad
    nan nana aunt auntie uncle here""".split()
)
_ROLE = (
    r"(?:parent|mum|dad|mother|father|carer|senco|sendco|teacher|ta|governor|campaigner|"
    r"practitioner|councillor|journalist|researcher|student|grandparent|head|headteacher|nurse|"
    r"worker|officer|professional|childminder|advocate|ep|psychologist|volunteer|caseworker|"
    r"trustee|cfo|ceo|manager|chair|rep|member|lead|coordinator|director|clerk|assistant|gran|"
    r"grandma|grandad|nan|nana|aunt|auntie|uncle|nqt|ect|trainee|lecturer|tutor|consultant|"
    r"therapist|doctor|gp|solicitor)s?"
)
# Where the asker works: "a SENCO in a primary", "a teacher at an academy".
_WORKPLACE = (
    r"(?: (?:in|at|for) (?:a|an|the|our|my) (?:\w+ ){0,2}?(?:primary|secondary|school|academy|"
    r"college|nursery|trust|council|la|local authority))?"
)
# Who the asker says they are: "childminder here", "as a SENCO", "new senco in a primary".
_TELLER = re.compile(
    rf"\b(?:i m|im|i am|as|a|an) (?:\w+ ){{0,2}}?{_ROLE}{_WORKPLACE}\b|"
    rf"(?:\w+ )?{_ROLE}{_WORKPLACE} here\b|"
    rf"^(?:(?:hi|hey|hello|so|ok) )*(?:\w+ )?{_ROLE}{_WORKPLACE}\b"
)


# Whose school or college it is, who told them: "his college mentioned supported internships".
_THEIRS = re.compile(
    r"\b(?:my|our|his|her|their) (?:local )?(?:school|college|nursery|academy|setting|class|"
    r"head|headteacher|tutor|mp|gp|la|council|local authority)s?\b"
)


def _is_story(clause: str) -> bool:
    """A folded clause that asks nothing and tells of the asker: who they are, their child,
    what happened to them ("our school was in PINS last year"). "latest on the PINS
    evaluation" tells nothing of the asker: it is a question without a question word."""
    if _ASKING.match(clause):
        return False
    return bool(
        _FIRST_PERSON.search(clause)
        or _THEIR_CHILD.search(clause)
        or _SELF.search(clause)
        or _CONTEXT.search(clause)
    )


# "my son is 17, his college mentioned supported internships": the asker's child's own story.
_THEIR_CHILD = re.compile(r"\b(?:his|her)\b")


def _story_clauses(text: str) -> list[str]:
    """The folded clauses of a message that tell the asker's story (`_is_story`)."""
    return [clause for clause in _folded_clauses(text) if _is_story(clause)]


def story_topic(text: str) -> str:
    """The words a message's story clauses (`_is_story`) name a topic with, without who tells
    it, about whom or where: "supported internships" in "my son is 17 with an EHC plan
    and his college mentioned supported internships, how much goes into them?"."""
    story = " , ".join(
        _CONTEXT.sub(" ", _TELLER.sub(" ", _THEIRS.sub(" ", _ABOUT_WHOM.sub(" ", clause))))
        for clause in _story_clauses(text)
    )
    topic = (
        word
        for word in words(story)
        if word not in STOPWORDS
        and word not in _TELLER_WORDS
        and word not in PLACE_WORDS
        and word not in _CHAT_FILLER
        and not any(char.isdigit() for char in word)
    )
    return " ".join(topic)


def story_numbers(text: str) -> str:
    """The numbers a message's story names, but for ages: a sum or a year ("the £1bn", "the
    budget increase for 23/24") that a fact must give to be what the story pointed at."""
    story = " , ".join(
        _CONTEXT.sub(" ", _ABOUT_WHOM.sub(" ", clause)) for clause in _story_clauses(text)
    )
    return " ".join(word for word in words(story) if any(char.isdigit() for char in word))


# What the asker's child has or is: about whom, not what is asked ("my son is 17 with an EHC
# plan and his college mentioned supported internships").
_ABOUT_WHOM = re.compile(
    r"\b(?:is|s|are|turned|turns|aged|age|in year|in yr) \d{1,2}\b|"
    r"\b\d{1,2} ?(?:yo|y o|yrs?|years? old|year old)\b|"
    r"\b(?:is|s|are|has|have|had|got|with|without|diagnosed with) (?:an? |the |his |her |"
    r"their |no )?(?:ehcp|ehcps|ehc plan|ehc plans|education health and care plan|statement|"
    r"diagnosis|autism|autistic|adhd|dyslexia|dyslexic|dyspraxia|send|sen|complex needs|"
    r"special needs|additional needs)\b"
)

_BACK_REFERENCE = re.compile(
    r"\b(?:it|its|they|them|their|this|that|these|those)\b(?! (?:is|are|was|were) (?:what|how))"
)


@dataclass(frozen=True, slots=True)
class PointedBack:
    """Asking clauses that point back at what the asker's story names: "how much is it
    worth?" after "my daughter's school is in the PINS programme"."""

    asking: str  # the asking clauses, folded
    at: tuple[int, int]  # where in them the last word pointing back is
    story: str  # the story's words that may name what it points at (`story_topic`)
    numbers: str  # the sums and years the story names (`story_numbers`)

    def naming(self, topic: str) -> str:
        """The asking clauses with `topic` said where they point back: "how much is PINS
        worth?"."""
        start, end = self.at
        return f"{self.asking[:start]}{topic}{self.asking[end:]}"


# Asking clauses about the written answer itself point back at it, not at the story: "when
# did the dfe reply to this?", "what did the minister say it is for?".
_OF_THE_ANSWER = re.compile(
    r"\b(?:answer|answers|answered|reply|replied|replies|respond|responded|response|question|"
    r"questions|pq|pqs|tabled|minister|ministers|mp)\b"
)


def pointed_back(text: str) -> PointedBack | None:
    """The asking clauses of a message whose story names the topic they point back to ("my
    daughter's school is in the PINS programme, how much is it worth?"). None when the message
    has no story, its asking clauses point back at nothing, or the story names nothing but who
    tells it."""
    asking = asking_text(text)
    if asking == text:
        return None
    folded = fold_text(asking)
    references = list(_BACK_REFERENCE.finditer(folded))
    if not references or _OF_THE_ANSWER.search(folded):
        return None
    topic = story_topic(text)
    if not topic:
        return None
    return PointedBack(folded, references[-1].span(), topic, story_numbers(text))


def told_only_who_asks(text: str) -> bool:
    """Every clause of a message that asks nothing says who the asker is ("teacher here doing
    some CPD reading for staff training, when did the plan come out?"), and one does."""
    clauses = _folded_clauses(text)
    told = [clause for clause in clauses if not _ASKING.match(clause)]
    return bool(told) and len(told) < len(clauses) and all(_SELF.search(clause) for clause in told)
