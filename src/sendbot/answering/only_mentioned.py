"""What a question asks of a thing that a fact only mentions: how it works, what came of it,
which ones it counts, or a part or the kinds of a number it gives as a whole. A fact that uses
"the high needs national funding formula" does not explain it; one saying the department "aims
to double" internships does not say they have doubled; one counting "76 approved schools" does
not name them, nor split them by kind. Pure.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from sendbot.answering.asked_once import read_once
from sendbot.answering.lacking import SOURCE, Figured, said_back, the_figure
from sendbot.answering.normalise import (
    POINTING_WORDS,
    WORD_BOUNDARY,
    WORD_START,
    starts_of,
    without_final_s,
)
from sendbot.answering.question import Question
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.model import FigureKind

# "how does the funding formula work", "what counts as adaptive teaching", "what exactly is
# the DSG": an explanation of a named thing, not a figure about it.
_EXPLAIN = (
    re.compile(
        r"^how (?:does|do|will) (?:the |an? )?(?P<thing>.+?) (?:actually |really )?work"
        r"(?: exactly| actually| in practice)?$"
    ),
    # "how is the high needs national funding formula worked out", "what's the formula made
    # of": how a named formula or framework is made up (not "how is Warwickshire's high needs
    # block worked out", which "calculated using the formula" answers)
    re.compile(
        r"^how (?:is|are|was|were) (?:the |an? )?(?P<thing>(?:\w+ ){0,5}?(?:formula|protocol|"
        r"framework|offer|regime))(?: actually| exactly)? (?:worked out|calculated|"
        r"made up|put together|constructed|structured)$"
    ),
    re.compile(
        r"^(?:what is|what s|whats|what are) (?:the |an? )?(?P<thing>(?:\w+ ){0,5}?(?:formula|"
        r"protocol|framework|offer|regime)) (?:actually |exactly )?made (?:up )?of$"
    ),
    re.compile(r"^what counts as (?:an? |the )?(?P<thing>.+)$"),
    # "my son's school mentioned the universal training offer - what is that?": the thing the
    # story names, asked about by pointing back
    re.compile(
        WORD_START + r"(?:mentioned|mentions|heard (?:of|about)|told (?:me|us) about|talking about|"
        r"keeps? (?:saying|mentioning)) (?:the |an? |this |some )?(?P<thing>(?:\w+ ){0,4}?\w+) "
        r"(?:what is|what s|whats|what are) (?:that|it|this|they)(?: exactly| actually)?$"
    ),
    # "what does the universal training offer involve", "... include exactly"
    re.compile(
        r"^what (?:does|do|will) (?:the |an? )?(?P<thing>.+?) (?:actually |really )?(?:involve|"
        r"entail|consist of|include)(?: exactly| actually)?$"
    ),
    re.compile(r"^what (?:exactly|actually|even) (?:is|are) (?:an? |the )?(?P<thing>.+)$"),
    # "what is an EHCP exactly and how do you get one", "what is the high needs national
    # funding formula, how does it work": what it is, and then how it works or is had
    re.compile(
        r"^what (?:is|are) (?:an? |the )?(?P<thing>(?:\w+ ){0,6}?\w+) (?:exactly |actually )?"
        r"(?:and )?how (?:does|do|would|can) (?:it|they|that|this|you|one|i|we) (?:work|get)\b"
    ),
    # "what's a community-wide approach in practice": what it means to do, not that it is done
    # (not "what is PINS meant to help schools do exactly": what it is for, a purpose asked)
    re.compile(
        r"^what (?:is|are) (?:an? |the )?"
        r"(?!(?:\w+ ){1,5}?(?:meant|supposed|designed|intended|there|set up) to\b)"
        r"(?P<thing>.+?) (?:exactly|actually|in practice)$"
    ),
    # "what does the AP specialist taskforce actually do day to day", "... do with kids", or
    # with a second question run on that says more of the same ("... do, like who's in the
    # team?"): what it does, whatever follows (`_NEXT_ASKED` ends the thing's name)
    re.compile(
        r"^what (?:does|do) (?:the |an? )?(?P<thing>.+?) (?:actually |really |even )?do"
        r"(?: day to day| all day| exactly| in practice| with (?:kids|children|pupils|students|"
        r"young people|families|them))?(?: (?:like|so|i mean|ie|eg) .+)?$"
    ),
    # "what is the high needs budget, like what does it pay for", "whats the AP taskforce, what
    # do they do", "what's a taskforce, what does one do": what it is, then what it does,
    # asked by pointing back
    re.compile(
        r"^(?:what is|what s|whats|what are) (?:an? |the )?(?P<thing>(?:\w+ ){0,5}?\w+) "
        r"(?:(?:like|so|i mean|ie|and) )?what (?:does|do) (?:it|they|that|this|one) "
        r"(?:actually |really |even )?(?:do|pay for|fund|cover|involve|include|mean)\b"
    ),
    # "what is a universal training offer - what's in it"
    re.compile(
        r"^(?:what is|what s|whats|what are) (?:an? |the )?(?P<thing>(?:\w+ ){0,5}?\w+) "
        r"(?:what is|what s|whats|what are) in (?:it|them|that|this)$"
    ),
    # "what is the government social research protocol": a long name of a kind of thing
    re.compile(
        r"^(?:what is|what s|whats|what are) the "
        r"(?P<thing>(?:(?!for|of|in|on|to|with|from|by)\w+ ){2,5}?"
        r"(?:formula|protocol|framework|taskforce|regime|offer|grant|block|qualification|"
        r"standards?|code|guidance|strategy))$"
    ),
)
# A second question run on after a thing's name: "... like what do they do day to day"; or how
# the asker wants it put: "... in simple words".
_NEXT_ASKED = re.compile(
    r" (?:(?:like|so|i mean|ie|and|or) )?(?:what|how|why|who|where|which) |"
    r" in (?:simple|plain|short|a nutshell|brief|laymans?|everyday)\b"
)
# "(what does) the govt say its funding (helps schools do)": who says it, before the thing
_WHO_SAYS_IT = re.compile(
    r"^(?:\w+ ){1,3}?(?:say|says|said|think|thinks|claim|claims) (?:that )?(?:its |their |the )?"
)
# "(what does) the programme help school staff (do)": whom it helps, after the thing
_WHOM_IT_HELPS = re.compile(r" (?:helps?|lets?|allows?|enables?)(?: \w+){1,4}$")
# After a thing's name, words that go on to say what it is, does or is for.
_SAYS_WHAT = (
    r"(?:is|are|was|means|covers|includes|refers|works|provides|supports|helps|"
    r"brings|sets|allocates|distributes|gives|funds|aims|will|which|that|to|for)\b"
)

# "has it actually doubled yet", "what were the interim findings", "how many interns actually
# got paid jobs", "how many places has it delivered so far": what has come of something.
_OUTCOME = re.compile(
    r"\bwhat (?:were|are|was|is) the (?:\w+ ){0,3}?(?:findings|results|recommendations|"
    r"outcomes?)\b|"
    r"\bwhat (?:did|do|does|have|has) (?:\w+ ){0,7}?(?:findings|results|evaluation|report) "
    r"(?:actually |really )?(?:say|said|show|showed|find|found)\b|"
    r"\b(?:has|have|did) (?:\S+ ){1,8}?(?:actually |really |now |already )?(?:doubled|tripled|"
    r"recommended|delivered|achieved|reached|met|hit|worked|succeeded)\b"
    # (not "has high needs funding reached £11bn": a level claimed, which a figure checks)
    r"(?! (?:over |more than |above )?(?:£|pounds )?\d)|"
    # "did supported internships actually double": "did" asks the same with the plain verb
    # (not "did they say they want to double them", "... would double": what was aimed at,
    # which the aim answers; "did they manage to double them" still asks what came of it)
    r"\bdid (?:\S+ ){1,8}?(?:actually |really |ever )?"
    r"(?<!(?<!manage )(?<!managed )\bto )(?<!\bwould )(?<!\bwill )(?:double|triple|deliver|"
    r"achieve|meet|succeed|lead to|result in)\b|"
    r"\bhow many (?:\w+ ){1,4}?(?:actually|really) (?:got|get|went|found|secured|moved|ended)\b|"
    r"\bhow many (?:\w+ ){1,6}?(?:got|found|secured|went into|moved into) (?:a )?(?:paid |"
    r"sustained )?(?:jobs?|employment|work)\b"
)
# A fact that says what is planned, expected or set up, not what came of it.
_PLAN_OR_START = re.compile(
    r"\b(?:aims?|aiming|aimed|will|expected|plans?|planned|intends?|ambition|investing|invest|"
    r"established|set up|launched|commissioned|to deliver|to create|to double|to improve|"
    r"to strengthen)\b"
)

# "list the 76 approved schools", "which are the 67 projects": names, not the number.
# (A waiting list is what the asker is on, not one asked for: "a waiting list of 40".)
# (Searched from word starts only: each branch opens a word.)
_LIST = at_word_starts(
    r"^(?:can you |can u |could you |please )?list\b|\b(?<!waiting )list (?:of|all|the)\b|"
    r"\b(?<!waiting )list$|"
    # (not "what are the 76 schools for": what they are for)
    r"\b(?:which|what) are the \d[\d,]*\b(?!(?: \w+){0,9} for$)|^which \d[\d,]* \w+",
    letters="clpw",
)
_MANY_NAMES = 2  # a fact naming this many things the question does not is a list

# "how many of the 1,500 places are AP places", "of the 4000 kids reached, how many were in
# year 11": a part of a number the asker quotes, which that number itself does not answer.
_PART_OF = re.compile(
    WORD_START + r"(?:"
    r"\bhow (?:many|much) of (?:all )?(?:the|those|these) (?:(?:up to|over|around|about|nearly|"
    r"almost|pounds) )*(?P<whole>\d[\d.]*)\b|"
    r"^(?:\w+ ){0,3}?of (?:all )?(?:the|those|these) (?:(?:up to|over|around|about|nearly|"
    r"almost|pounds) )*(?P<whole_first>\d[\d.]*) (?:\S+ ){1,10}?how (?:many|much)\b"
    r")"
)
# "what kind of special schools were the 15 new ones", "the 50,000 extra pupils, what needs do
# they have": the kinds among a number the asker quotes, which that number does not give.
# ("what ages are the 4000 kids reached": their ages, kinds by age)
_KINDS_OF = re.compile(
    r"\b(?:what|which) (?:(?:kinds?|types?|sorts?) of|needs|topics|subjects|ages|age groups|"
    r"year groups)\b"
)
_QUOTED_NUMBER = re.compile(r"\bthe (\d[\d.]*)\b")
# "what's the total DSG deficit", "how much do councils owe in total", "total DSG deficit
# across all councils?": a figure asked for.
_TOTAL = re.compile(r"\b(?:the|in) total\b|^total\b")
# ... of money: "the total funding for", "the total the dept spends on".
_TOTAL_MONEY = re.compile(
    r"\btotal (?:\w+ ){0,5}?(funding|budget|spend|spending|cost|investment|money)\b"
)


class Asked(NamedTuple):
    explain: str | None  # the thing whose working or meaning is asked, as folded words
    outcome: bool  # what has come of something
    names: bool  # which ones, by name
    part_of: str | None  # the number quoted as the whole a part is asked of
    kinds_of: str | None  # the number quoted as the whole whose kinds are asked
    total: bool  # a total figure


@read_once
def _asked(text: str) -> Asked:
    thing = next((found["thing"] for pattern in _EXPLAIN if (found := pattern.search(text))), None)
    if thing is not None:
        # "what actually is the AP taskforce, like what do they do": the thing ends where the
        # next question, which points back to it, starts
        thing = _NEXT_ASKED.split(thing, maxsplit=1)[0]
    if thing is not None:
        # "what does the govt say its funding helps schools to do": the funding, whose deed
        # is asked (whom it helps is part of what it does, not of its name)
        thing = _WHOM_IT_HELPS.sub("", _WHO_SAYS_IT.sub("", thing))
    if thing is not None and (not thing.strip() or set(thing.split()) & POINTING_WORDS):
        thing = None  # "how does that work" points back; it names nothing to compare
    part = _PART_OF.search(text)
    quoted = _QUOTED_NUMBER.search(text) if _KINDS_OF.search(text) else None
    return Asked(
        thing,
        bool(_OUTCOME.search(text)),
        bool(_LIST.search(text)),
        (part["whole"] or part["whole_first"]) if part else None,
        quoted[1] if quoted else None,
        bool(_TOTAL.search(text)),
    )


class Profiled(Figured, Protocol):
    """What is read of a fact's profile (missing.FactProfile), its main figure included."""

    @property
    def text(self) -> str: ...  # its own words, folded
    @property
    def reports_results(self) -> bool: ...
    @property
    def names(self) -> tuple[frozenset[str], ...]: ...
    @property
    def separate_counts(self) -> bool: ...  # it gives more than one figure


def asks_of_a_thing_it_may_only_mention(question: Question) -> bool:
    """Whether the question asks what a thing is or does, what came of it, its list, a part or
    kinds of a number it quotes, or a total: what only_mentioned weighs, of any fact."""
    if _asked(question.text) is not None:
        return True
    first = question.defined_first  # "what does the AP taskforce do? is it like a charity"
    if not first:
        return False
    return _asked(first) is not None


def asks_what_it_is_or_does(question: Question) -> bool:
    """Whether the question asks how a thing works, what it does or what it is "exactly" ("what
    even is the DSG", "what does a SENCO actually do day to day"): an explanation, which the
    words its letters stand for do not give."""
    asked = _asked(question.text)
    return asked is not None and asked.explain is not None


def only_mentioned(question: Question, fact: Profiled, fact_terms: frozenset[str]) -> str | None:
    """The sentence saying what the fact lacks, or None. `fact_terms` hold its numbers as
    written."""
    asked = _asked(question.text)
    if question.defined_first and (asked is None or asked.explain is None):
        # "what does the AP taskforce do? is it like a charity": the first sentence asks
        asked = _asked(question.defined_first)
    if asked is None:
        return None
    main_kind = fact.main_kind
    if asked.part_of and asked.part_of in fact_terms and not fact.separate_counts:
        return f"{SOURCE} gives {the_figure(fact)} as a whole, not the part of it asked about."
    if (
        asked.kinds_of
        and asked.kinds_of in fact_terms
        and main_kind is FigureKind.COUNT
        and not fact.separate_counts
    ):
        return f"{SOURCE} gives {the_figure(fact)} as a whole, not how many of each kind."
    if asked.total and main_kind is None:
        return f"{SOURCE} gives no figure for that total."
    if asked.total and main_kind is FigureKind.COUNT:
        # "what's the total funding for the autism training", of how many were trained: a
        # count is not the sum of money asked
        money = _TOTAL_MONEY.search(question.text)
        if money is not None:
            return f"{SOURCE} gives {the_figure(fact)}, not the total {money[1]}."
    explain = asked.explain
    if explain and not _explains(explain, fact.text):
        thing = " ".join(question.written.get(word, word) for word in explain.split())
        thing = said_back(thing) or "what was asked about"
        return f"{SOURCE} mentions {thing} but doesn't explain what it is or how it works."
    if asked.outcome and not fact.reports_results and _PLAN_OR_START.search(fact.text):
        return f"{SOURCE} says what is planned or under way, not what has come of it so far."
    if asked.names and main_kind is FigureKind.COUNT:
        said = set(question.words)
        if sum(not name <= said for name in fact.names) < _MANY_NAMES:
            return f"{SOURCE} gives {the_figure(fact)}, not their names."
    return None


def _explains(thing: str, fact_text: str) -> bool:
    """The fact names the thing and goes on to say what it is or does: at a word start, the
    thing's last word, a letter or two more ("internships" of "internship"), then
    `_SAYS_WHAT`."""
    last = without_final_s(thing.split()[-1])  # "a supported internship" of "internships are"
    return any(
        WORD_BOUNDARY.match(fact_text, at) and _GOES_ON_TO_SAY.match(fact_text, at + len(last))
        for at in starts_of(last, fact_text)
    )


# (past whom it is led or run by: "the consortium, led by the NDTi, to deliver activities";
# only "to" and the like after the name, which "for" may be part of: "led by the National
# Association for Special Educational Needs" says who leads it, not what it does)
_GOES_ON_TO_SAY = re.compile(
    rf"\w{{0,2}} (?:{_SAYS_WHAT}|(?:led|run|funded|managed|delivered) by (?:\w+ ){{1,8}}?"
    r"(?:to|which|that|will)\b)"
)
