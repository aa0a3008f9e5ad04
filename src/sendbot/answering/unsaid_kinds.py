"""Kinds of detail a question asks that a fact on its very topic does not hold, however close
its words: who held an office at the time ("who was education secretary when the £1bn answer
came out"), what a thing beside the fact's own sum costs ("how much is the evaluation of the
change programme costing", of the programme's £70m), and how a formula works ("what factors go
into the high needs funding formula", of one council's allocation). Each gives the one sentence
saying what is missing, in the asker's words, or None. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.asked_once import searched_once
from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# An office someone held, asked of the time of something: "who was education secretary when
# the answer came out", "who was PM at the time". A written answer's record names who answered
# and when, not who else held office then. (Not "who was the minister who answered": that is
# the record's own answerer.)
_OFFICE = (
    r"(?:education secretary|education sec|secretary of state(?: for education)?|sec of state|"
    r"prime minister|pm|chancellor(?: of the exchequer)?|children s minister|childrens minister|"
    r"schools minister|send minister|minister for (?:children|schools|school standards|send))"
)
_OFFICE_THEN = re.compile(
    r"\bwho (?:was|were|s) (?:the )?(" + _OFFICE + r")\b(?! who)(?: (?:\w+ ){0,2}?)?"
    r"(?:when|at the time|then|back then|at that point|in (?:19|20)\d\d)\b"
)
_office_then = searched_once(_OFFICE_THEN)


def asks_who_held_an_office_then(text: str) -> bool:
    """Whether a (folded) question asks who held an office at the time: what office_held_then
    weighs, of any fact."""
    return _office_then(text) is not None


def office_held_then(question: Question, fact: FactProfile) -> str | None:
    found = _office_then(question.text)
    if found is None:
        return None
    office = found.group(1)
    if office in fact.text:
        return None  # the fact names the office: it may name its holder
    said = {"pm": "Prime Minister", "education sec": "education secretary"}.get(office, office)
    return f"{SOURCE} doesn't say who was {said} at the time."


# Things done beside a programme, whose cost is not the programme's: "the evaluation", "the
# listening sessions". A fact giving the programme's sum does not give theirs.
_BESIDE = (
    r"(?:evaluation|evaluations|evaluator|evaluators|evaluating|review|reviews|research|study|"
    r"studies|consultation|consultations|listening sessions|sessions|events|survey|surveys|"
    r"engagement|inquiry|evaluate)"
)
_COST_OF = re.compile(
    r"\b(?:how much (?:\w+ ){0,10}?(?:cost|costs|costing|costed|spent|spending|spend|paying|"
    r"paid|budgeted)|what (?:\w+ ){0,10}?(?:costing|cost|costs|paying|paid)|cost of|costs of|"
    r"budget for|spend(?:ing)? on|money for)\b"
)
_THING_BESIDE = re.compile(r"\b((?:independent |external |white paper |\w+ )?" + _BESIDE + r")\b")
# Searched of the question once, not once for each candidate fact.
_cost_of, _thing_beside = searched_once(_COST_OF), searched_once(_THING_BESIDE)
_MODIFIERS_DROPPED = frozenset("the a an its their this that of on for is are was".split())


def asks_the_cost_of_a_thing_beside(text: str) -> bool:
    """Whether a (folded) question asks what a thing done beside a programme costs ("the
    evaluation"): what cost_of_a_thing_beside weighs, of any fact."""
    return _cost_of(text) is not None and _thing_beside(text) is not None


def cost_of_a_thing_beside(question: Question, fact: FactProfile) -> str | None:
    """A cost asked of a thing done beside what the fact's sum is for."""
    text = question.text
    asked = _cost_of(text)
    if asked is None:
        return None
    thing = _thing_beside(text)
    if thing is None:
        return None
    head = thing.group(1).split()[-1]
    if fact.gives_money and head[:6] in fact.text:
        return None  # a sum beside the thing named: it may be its cost
    said = thing.group(1).split()
    if said[0] in _MODIFIERS_DROPPED:
        said = said[1:]
    named = " ".join(said)
    if head == "evaluate":  # "what PINS costs to evaluate"
        return f"{SOURCE} doesn't give what the evaluation costs."
    if re.search(r"\b(?:paying|paid)\b", asked.group(0)):
        return f"{SOURCE} doesn't say what the {named} is paid."
    verb = "cost" if head.endswith("s") and not head.endswith("ss") else "costs"
    return f"{SOURCE} doesn't give what the {named} {verb}."


# How a formula works or what goes into it: "how does the high needs national funding formula
# actually work", "what factors go into the formula". Only a fact saying what it is based on
# answers. (Not "how is warwickshire's allocation worked out": "calculated using the national
# funding formula" says how.)
_FORMULA = r"(?:formula|formulae|nff)"
_HOW_IT_WORKS = re.compile(
    r"\bhow (?:does|do|did|will|is|are|was) (?:\w+ ){0,7}?" + _FORMULA + r" (?:\w+ ){0,2}?"
    r"(?:work|works|worked out|work out|calculated|decided|determined|set)\b|"
    r"\b(?:what|which) (?:factors|goes|go|things|data|measures|indicators) (?:\w+ ){0,4}?"
    r"(?:in|into)\b(?= (?:\w+ ){0,6}?" + _FORMULA + r"\b| it\b|$)|"
    r"\b" + _FORMULA + r"\b(?: \w+){0,6}? (?:how does it work|how it works|what factors)\b"
)
_how_it_works = searched_once(_HOW_IT_WORKS)
# (Not "calculated using the national funding formula": what used it, not how it works.)
_EXPLAINS = re.compile(
    r"\b(?:based on|factors?|weighted|weighting|takes account|takes into account|proxy|proxies|"
    r"made up of|determined by|calculated (?:by|from|on the basis))\b"
)
_FORMULA_NAME = re.compile(
    r"\b((?:(?:high needs|national|funding|schools|hn)\s+){0,4}" + _FORMULA + r")\b"
)


def asks_how_a_formula_works(text: str) -> bool:
    """Whether a (folded) question asks how a formula works or what goes into it: what
    how_it_works weighs, of any fact."""
    return _how_it_works(text) is not None


def how_it_works(question: Question, fact: FactProfile) -> str | None:
    if not _how_it_works(question.text) or _EXPLAINS.search(fact.text):
        return None
    named = _FORMULA_NAME.search(question.text)
    thing = named.group(1) if named else "formula"
    return f"{SOURCE} doesn't explain how the {thing} works or what goes into it."


# What the answer itself gave, asked of what the question put asked for: "what ARE the
# trends?", "what figure for council SEN debt did the govt give?", "what was dfe's
# value-for-money assessment?". A record of the question (or of when it was answered) says what
# was asked, not what was said; a fact saying no change says no trend.
_TRENDS_ASKED = re.compile(
    r"\bwhat (?:are|were|r|re) (?:the |those |these )?(?:\w+ ){0,3}?trends\b"
)
_CHANGE_SAID = re.compile(
    r"\b(?:trends?|ris(?:e|en|es|ing)|rose|increas\w*|fall\w*|fell|declin\w*|grow\w*|grew|"
    r"up from|down from|more than|fewer than|improv\w*|worsen\w*)\b"
)
_GIVEN_ASKED = re.compile(
    r"\bwhat (figure|figures|number|numbers|amount|estimate|assessment|data) "
    r"(?:(?:for|on|of) ((?:\w+ ){0,4}\w+) )?(?:\w+ ){0,6}?"
    r"(?:did|has|have|had) (?:the )?(?:govt|government|dfe|department|minister|ministers|they|"
    r"answer|reply) (?:actually |ever )?(?:give|gave|given|provide|provided|make|made|say|said|"
    r"offer|offered|put)\b|"
    r"\bwhat (?:is|was|s) (?:the )?(?:dfe|department|government|govt|minister)s? (?:own |actual )?"
    r"(?:\w+ ){0,3}?(assessment|estimate)\b|"
    # "what was the assessment?", "did the govt actually give one?": the one asked for, named
    # by the question put (whose record a matcher finds by those words)
    r"\bwhat (?:is|was|s) the (?:actual |final )?(assessment|estimate)\b|"
    r"\b(?:did|has|have) (?:the )?(?:govt|government|dfe|department|minister|ministers|they) "
    r"(?:actually |ever |really )?(?:give|gave|given|provide|provided|make|made|offer|offered) "
    # ("one" may be read as the thing it stands for: "give question")
    r"(?:one|any|it|that|question)$"
)
# What was said in reply, asked of those who answered: "what trends did the minister actually
# discuss", "what did the earlier answer to that question say", "what discussions did ministers
# have", "what was the nov 2025 question told". The question put names the matter; its record
# does not say what was said about it. (Not "what did the question say": its own wording.)
_REPLY_ASKED = re.compile(
    r"\bwhat (?:\w+ ){0,6}?(?:did|has|have|had|does|do) (?:\w+ ){0,3}?(?:minister|ministers|govt|"
    r"government|dfe|department|answer|reply|response|secretary of state|they) (?:\w+ ){0,6}?"
    r"(?:actually |really |ever |just )?(?P<verb>say|said|discuss|discussed|set out|tell|told|"
    r"mention|mentioned|explain|explained|have|had)\b|"
    r"\bwhat (?:\w+ ){0,6}?(?:did|has|have|was|were) (?:\w+ ){0,3}?(?:question|q|pq) "
    r"(?:\w+ ){0,2}?(?:get|got|gets|been)? ?told\b"
)
_trends_asked, _given_asked = searched_once(_TRENDS_ASKED), searched_once(_GIVEN_ASKED)
_reply_asked = searched_once(_REPLY_ASKED)
# The question put, named as what the reply was to: "the nov 2025 question asked about it",
# "the answer to question 40830" ("what did the govt say about the IFS report" names none: the
# answer's own words are asked, which the matcher weighs).
_NAMES_THE_QUESTION_PUT = re.compile(r"\b(?:question|questions|q|pq|pqs|wpq|asked|asking)\b")
_DISCUSSED = frozenset({"discuss", "discussed", "have", "had"})
_GIVEN_SAID = {
    "figures": "figures",
    "numbers": "figures",
    "number": "a figure",
    "figure": "a figure",
    "amount": "an amount",
    "estimate": "an estimate",
    "assessment": "an assessment",
    "data": "data",
}


def _of_the_question(fact: FactProfile) -> bool:
    """A record of the written answer (who answered, when) or a fact saying what the question
    put asked ("the question asked what assessment ..."): neither says what was answered."""
    return fact.answer_part is not None or fact.text.startswith(("the question ", "to ask "))


def asks_what_the_answer_gave(text: str) -> bool:
    """Whether a (folded) question asks what the answer itself gave: its trends, the figure or
    assessment it gave, or what was said in reply. What asked_of_the_answer weighs, of any
    fact."""
    return (
        _trends_asked(text) is not None
        or _given_asked(text) is not None
        or _reply_asked(text) is not None
    )


def asked_of_the_answer(question: Question, fact: FactProfile) -> str | None:
    text = question.text
    if _trends_asked(text):
        if _of_the_question(fact) or not _CHANGE_SAID.search(fact.text):
            return f"{SOURCE} doesn't describe the trends themselves."
        return None
    given = _given_asked(text)
    if given is None:
        reply = _reply_asked(text)
        if reply is None or not _of_the_question(fact) or not _NAMES_THE_QUESTION_PUT.search(text):
            return None
        said = "discussed" if reply.group("verb") in _DISCUSSED else "said in reply"
        return f"The question put asked about it, but {SOURCE.lower()} doesn't say what was {said}."
    if not _of_the_question(fact):
        return None  # a fact of the answer's own words: the matcher weighs it
    word = given.group(1) or given.group(3) or given.group(4) or "that"
    what = _GIVEN_SAID.get(word, "that")
    if given.group(2):  # "what figure for council SEN debt": said back as the asker wrote it
        said = " ".join(question.written.get(w, w) for w in given.group(2).split())
        what = f"{what} for {said}"
    return f"The question put asked about it, but {SOURCE.lower()} doesn't give {what}."


# Who heads a body the fact names: "who's the head of the autism education trust", of a fact
# saying the training is "provided by the Autism Education Trust". The body is named; its head
# is not, unless the fact gives the role.
_ROLE_OF = re.compile(
    r"\bwho (?:is|s|was|are|were) (?:the )?(head|chief executive|ceo|director|chair|chairman|"
    r"chairperson|chair person|leader|boss|lead|person in charge) (?:of|at) (?:the )?"
    r"((?:\w+ ){0,5}?\w+)(?: (?:now|currently|then))?$"
)
_role_of = searched_once(_ROLE_OF)


def asks_who_heads_a_body(text: str) -> bool:
    """Whether a (folded) question asks who heads a body ("who is the head of the autism
    education trust"): what head_of_a_body weighs, of any fact."""
    return _role_of(text) is not None


def head_of_a_body(question: Question, fact: FactProfile) -> str | None:
    found = _role_of(question.text)
    if found is None or found.group(1) in fact.text:
        return None
    body = " ".join(question.written.get(word, word) for word in found.group(2).split())
    return f"{SOURCE} doesn't name the {found.group(1)} of the {body}."
