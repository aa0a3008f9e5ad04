"""What a message tells of the asker (who they are, their story) apart from what it asks. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sendbot.answering.asked_places import RESIDENCE
from sendbot.answering.asking_clauses import (
    asking_text,
    clause_asks,
    clauses_asking,
    folded_clauses,
)
from sendbot.answering.normalise import (
    ACRONYM_JOINERS,
    PLACE_WORDS,
    STOPWORDS,
    WORD_START,
    fold_text,
    words,
)

# The words naming a gathering or group where an asker hears of things ("our LA SEND board
# meetings", "the parents' coffee morning"): none names what a fact is about.
_GATHERING = (
    r"(?:local|monthly|termly|weekly|parent|parents|carer|carers|forum|pcf|la|send|sen|board|"
    r"governors?|senco|sencos|cluster|staff|team|network|school|coffee|council|committee|"
    r"support|group|inset|partnership|area)"
)

# Personal context: who is asking, and about whom. It does not change what is asked, and its
# numbers ("my son is 9") are not figures the question wants.
CONTEXT = re.compile(
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
    # ... and where: "i'm a senco at a primary school" says who asks, not what
    r"(?: (?:at|in) (?:a|an|the|my|our) (?:\w+ ){0,2}?(?:school|college|nursery|academy|"
    r"setting|unit|pru|trust))?"
    r"|(?:senco|sendco|teacher|parent|mum|dad|carer|governor|headteacher|ta|journalist) here"
    r"|as a (?:\w+ )?(?:parent|senco|sendco|teacher|mum|dad|carer|governor|head|headteacher|"
    r"journalist|researcher|professional)"
    r"|(?:mum|dad|parent|mother|father) of (?:a |an |two |three )?\d*(?: year old| yo)?"
    # "what's the objective for send finances going forward": from now on, no topic
    r"|(?:going|moving) forward(?=\W*$)"
    # "someone in our whatsapp group told me": where the asker heard it, not what is asked
    r"|(?:in|on) (?:the |our |my |a |one of (?:the|our|my) )?(?:local )?(?:parents? )?"
    # (only apps the told-claim readings do not already name as where a figure was heard:
    # they read "someone on facebook said ..." themselves)
    r"(?:whatsapp|whats app|telegram|messenger)(?: (?:group|chat|page|thread|channel)s?)?"
    # "i keep hearing about it at parent forum meetings", "our forum got an email about it",
    # "parent rep on our local forum here": where the asker heard of it, or who they are
    r"|(?:at|from|during) (?:(?:our|the|a|my|one of (?:the|our|my)|" + _GATHERING + r") )*"
    r"(?:meetings?|coffee mornings?|briefings?|events?|forums?|conferences?)"
    r"|(?:(?:our|my|the|we|i) )?(?:(?:" + _GATHERING + r") )*(?:got|had|received|were sent|"
    r"was sent|have been sent|been sent) (?:an?|the|some) (?:e ?mail|letter|message|newsletter|"
    r"invite|invitation|leaflet|flyer)s?(?: from (?:(?:our|my|the|" + _GATHERING + r") )+)?"
    r"|(?:(?:parent|pcf|forum) )?rep(?:resentative)?(?: (?:on|at|for|of)(?: (?:our|the|a|my|"
    + _GATHERING
    + r"))+)? here"
    r")\b"
)

# Chat words that carry nothing a fact could match: "when was it published lol".
CHAT_FILLER = frozenset(
    "lol lmao haha hahaha pls plz please thx thanks cheers tbh btw fyi omg".split()
    # "honestly, is the government doing enough?": how it is said, not what is asked
    + "honestly seriously genuinely realistically frankly truthfully".split()
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
    r"doctor|gp|solicitor)s?\b|\bhere\b|"
    # Where the asker works, and how things seem to them: "work in a pupil referral unit in
    # the midlands", "feels like nothing is happening locally".
    r"^\s*(?:(?:hi|hey|so|ok|honestly|tbh|but|and) )*(?:(?:i|we) )?(?:work|works|working|worked|"
    r"teach|teaching) (?:in|at|for)\b|"
    r"^\s*(?:(?:so|ok|honestly|tbh|but|and) )*(?:it )?(?:feels|felt|seems|seemed) like\b"
)

# Words by which the asker speaks of themselves ("we've waited 9 months", "I sit on a forum").
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|my|mine|we|weve|us|our|ours)\b")

# The asker's own council or area as a clause's subject ("my council in Devon has no money").
_OWN_AREA_SUBJECT = re.compile(
    r"\b(?:my|our) (?:local )?(?:council|la|local authority|authority|area|county|town|city|"
    r"borough|region)\b(?! (?:send )?inspections?\b)"  # "our local area inspection": its kind
)

# An asking clause pointing back at the asker's council: "how much is it getting?" after "my
# council in Devon has no money": what a council gets, spends or employs, whether it takes
# part, its budget, or "there". Not "how much money is it?" after "our LA keeps referencing the
# change programme", nor "how many children has it reached?": those point at what the
# council spoke of.
_POINTING_BACK = re.compile(
    r"\b(?:it|they)(?: s| is| are| was| were| will| would| does| do| did| has| have| had)?"
    r"(?: been| be)? (?:get|gets|getting|got|receive|receives|receiving|received|given|spend|"
    r"spends|spending|spent|employ|employs|employing|employed|fund|funds|funding|funded|"
    r"allocated|owed|short|lose|losing|lost|cut)\b|"
    r"\b(?:is|are|was|were) (?:it|they) (?:\w+ )?(?:in|part of|one of|included|involved|"
    r"taking part|covered|on)\b|"
    r"\b(?:its|their) (?:\w+ )?(?:budget|allocation|share|funding|money|deficit|grant|"
    r"spending|spend)\b|"
    # "my LA got a bad report, what did it say about them?": a council is "them", a programme "it"
    r"\b(?:about|for|to|into|at|with|on) them\b|\bthere\b"
)


def _tells_of_the_asker(clause: str, asking: str) -> bool:
    """A folded clause that only tells who the asker is or how things are for them ("SEND
    caseworker in a county council", "we're on a waiting list near us", "our LA got a dire
    report last year"): it asks nothing, and says nowhere the asker lives ("I live in Devon,
    how many ..." asks about Devon). The asker's council is what is asked when the asking
    clauses (`asking`) point back at it ("my council is in Devon, how much is it getting?")."""
    if clause_asks(clause) or RESIDENCE.search(clause):
        return False
    if _OWN_AREA_SUBJECT.search(clause) and _POINTING_BACK.search(asking):
        return False
    return bool(_SELF.search(clause) or _OWN_STORY.match(clause) or _FIRST_PERSON.search(clause))


def asked_clauses(text: str) -> list[str]:
    """The folded clauses of a message that are about what it asks: all of them, unless some
    ask and others only tell the asker's story."""
    clauses = folded_clauses(text)
    asks = clauses_asking(text)
    asking = " ".join(clause for clause, asked in zip(clauses, asks, strict=True) if asked)
    if not asking:
        return clauses
    # A clause told with its subject left out ("did the old award in 2016.") tells the story.
    return [
        clause
        for clause, asked in zip(clauses, asks, strict=True)
        if (asked or not clause_asks(clause)) and not _tells_of_the_asker(clause, asking)
    ]


# Words by which a story clause tells who is asking and about whom: not what the topic is
# ("my son is 17 with an EHC plan and his college mentioned supported internships").
_TELLER_WORDS = frozenset(
    """i im ive id me my mine we weve us our ours he his him she her hers they their them
    son sons daughter daughters child children kid kids boy girl grandson granddaughter nephew
    niece twins lad family husband wife mum dad mother father parents gran grandma grandad
    nan nana aunt auntie uncle here""".split()
)

# The roles an asker says they have: "childminder here", "as a SENCO".
ROLE = (
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
    rf"\b(?:i m|im|i am|as|a|an) (?:\w+ ){{0,2}}?{ROLE}{_WORKPLACE}\b|"
    rf"(?:\w+ )?{ROLE}{_WORKPLACE} here\b|"
    rf"^(?:(?:hi|hey|hello|so|ok) )*(?:\w+ )?{ROLE}{_WORKPLACE}\b"
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
    if clause_asks(clause):
        return False
    return bool(
        _FIRST_PERSON.search(clause)
        or _THEIR_CHILD.search(clause)
        or _SELF.search(clause)
        or CONTEXT.search(clause)
    )


# "my son is 17, his college mentioned supported internships": the asker's child's own story.
_THEIR_CHILD = re.compile(r"\b(?:his|her)\b")


def _story_clauses(text: str) -> list[str]:
    """The folded clauses of a message that tell the asker's story (`_is_story`)."""
    return [clause for clause in folded_clauses(text) if _is_story(clause)]


def story_topic(text: str) -> str:
    """The words a message's story clauses (`_is_story`) name a topic with, without who tells
    it, about whom or where: "supported internships" in "my son is 17 with an EHC plan
    and his college mentioned supported internships, how much goes into them?"."""
    story = " , ".join(
        CONTEXT.sub(" ", _TELLER.sub(" ", _THEIRS.sub(" ", _ABOUT_WHOM.sub(" ", clause))))
        for clause in _story_clauses(text)
    )
    said = words(story)
    kept = [
        word not in STOPWORDS
        and word not in _TELLER_WORDS
        and word not in PLACE_WORDS
        and word not in CHAT_FILLER
        and not any(char.isdigit() for char in word)
        for word in said
    ]
    return " ".join(
        word for at, word in enumerate(said) if kept[at] or _inside_a_name(said, kept, at)
    )


def _inside_a_name(said: list[str], kept: list[bool], at: int) -> bool:
    """A small word between two kept ones ("for" and "of" in "partnerships for inclusion of
    neurodiversity"; one or two of them, "in the"): part of a name, without which the words
    are no longer the phrase a synonym knows."""
    if said[at] not in ACRONYM_JOINERS or at == 0 or not kept[at - 1]:
        return False
    after = at + 1
    if after < len(said) and said[after] in ACRONYM_JOINERS:
        after += 1
    return after < len(said) and kept[after]


def told_of_whom(text: str) -> str:
    """What a message's story says of the one it is about (an age, what the child has: "with
    moderate learning difficulties"), which `story_topic` leaves out."""
    return " , ".join(
        found[0] for clause in _story_clauses(text) for found in _ABOUT_WHOM.finditer(clause)
    )


def story_numbers(text: str) -> str:
    """The numbers a message's story names, but for ages: a sum or a year ("the £1bn", "the
    budget increase for 23/24") that a fact must give to be what the story pointed at."""
    story = " , ".join(
        CONTEXT.sub(" ", _ABOUT_WHOM.sub(" ", clause)) for clause in _story_clauses(text)
    )
    return " ".join(word for word in words(story) if any(char.isdigit() for char in word))


# What the asker's child has or is: about whom, not what is asked ("my son is 17 with an EHC
# plan and his college mentioned supported internships").
_ABOUT_WHOM = re.compile(
    r"\b(?:is|s|are|turned|turns|aged|age|in year|in yr) \d{1,2}\b|"
    # "my son is autistic and 6": an age told after what the child has
    r"\b(?:is|s|are) \w+ and \d{1,2}\b(?! ?(?:%|per ?cent|bn|billion|m|million|k)\b)|"
    r"\b\d{1,2} ?(?:yo|y o|yrs?|years? old|year old)\b|"
    r"\b(?:is|s|are|has|have|had|got|with|without|diagnosed with) (?:an? |the |his |her |"
    r"their |no )?(?:ehcp|ehcps|ehc plan|ehc plans|education health and care plan|statement|"
    r"diagnosis|autism|autistic|adhd|dyslexia|dyslexic|dyspraxia|send|sen|complex needs|"
    r"special needs|additional needs|"
    # "my nephew is 20 with moderate learning difficulties": what he has, not a topic asked of
    r"(?:severe |moderate |mild |profound )?learning (?:difficulties|difficulty|disabilities|"
    r"disability)|disabilities|a disability)\b"
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
    clauses = folded_clauses(text)
    told = [clause for clause in clauses if not clause_asks(clause)]
    return bool(told) and len(told) < len(clauses) and all(_SELF.search(clause) for clause in told)


# A clause that says, in the first person, who asks: "i m a governor", "as a chair of
# governors", "senco here" (not "400 eps funded", which tells of the eps).
_INTRODUCES = re.compile(r"^(?:(?:hi|hey|hello|so|ok) )?(?:i m |im |i am |as )|\bhere$")


def only_introduces_the_asker(text: str) -> bool:
    """Every clause of a message that asks nothing is the asker saying in the first person who
    they are, with no figure ("I'm a governor at a special school - ..."), and one asks."""
    clauses = folded_clauses(text)
    told = [clause for clause in clauses if not clause_asks(clause)]
    return (
        bool(told)
        and len(told) < len(clauses)
        and all(
            _SELF.search(clause)
            and _INTRODUCES.search(clause)
            and not any(char.isdigit() for char in clause)
            for clause in told
        )
    )


def tells_only_of_the_asker(told: str) -> bool:
    """Text told after a question only says who the asker is or how things seem to them
    ("feels like nothing has happened for ages", "asking as a parent rep, we keep getting
    asked"): every clause asks nothing, speaks of the asker (or says how it seems) and names no
    figure, and none says where the asker lives, which would narrow what is asked."""
    clauses = [clause for clause in folded_clauses(told) if clause.strip()]
    return bool(clauses) and all(
        not clause_asks(clause)
        and not RESIDENCE.search(clause)
        and not any(char.isdigit() for char in clause)
        and bool(_SELF.search(clause) or _FIRST_PERSON.search(clause))
        for clause in clauses
    )
