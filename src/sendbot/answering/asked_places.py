"""A message -> the places it asks about, apart from where the asker only says they are. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sendbot.answering.asking_clauses import asking_text, clause_asks
from sendbot.answering.compared_with import COMPARING
from sendbot.answering.english_words import ENGLISH_WORDS
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.normalise import PLACE_WORDS, WORD_START, fold_text
from sendbot.answering.setting_aside_words import SETTING_ASIDE, either_of
from sendbot.answering.wordlists import REGIONS

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

_OTHER_NATIONS = frozenset({"wales", "scotland", "northern ireland"})

# The whole country said outright as what is asked: "... how many opened across england?".
# Narrower than _NATIONAL: "my council's share of the national budget" still asks of one area.
_COUNTRY_AS_A_WHOLE = re.compile(
    r"\b(?:nationally|nationwide|countrywide|england wide|across (?:the (?:whole )?country|"
    r"(?:all of |the whole of )?england)|(?:in|for) (?:the whole of )?england as a whole|"
    r"(?:in|for) (?:all of|the whole of) england)\b"
)


def asks_nationally(asked: str) -> bool:
    """The (folded) asking clauses ask of the whole country, not comparing it with anywhere:
    then "there's nothing near us" said before is where the asker stands, not what they ask
    ("we're in Cornwall and there's nothing near us, how many opened across england?")."""
    return bool(_COUNTRY_AS_A_WHOLE.search(asked)) and not COMPARING.search(asked)


RESIDENCE = re.compile(
    r"\b(?:(?:i|we) (?:\w+ )?(?:live|living|lived|reside|moved|move|moving|relocated) "
    r"(?:in|to|into|near|over to)|based in|i m from|"
    r"im from|i am from|we re from|we are from|our home in|living in|live in) \w+|"
    # "we're in Surrey", not "we're in a tribunal over a place in Surrey": a plight, not where
    # they live
    r"\b(?:i m in|im in|i am in|we re in|we are in) (?!(?:a|an|my|our|his|her|their|the middle|"
    r"the process|limbo|crisis|bits|pieces|despair|tears|trouble|touch|contact|talks|dispute|"
    r"court|debt|shock|need|year|yr)\b)\w+"
)


def places(
    text: str, raw_words: Sequence[str], folded: str, asked_about: Sequence[str]
) -> tuple[str, ...]:
    """The places the question asks about: those named in `asked_about`, the clauses about
    what is asked (`asked_clauses`). Where the asker is ("parent in Norfolk, how many ...",
    "campaigner in Cornwall here - ...") is context, unless they say they live there ("I live
    in Devon, how many ..." asks about Devon); a question asked "nationally" asks about no
    place."""
    named = _named_places(text, raw_words)
    if not named:
        return ()
    if folded and _NATIONAL.search(folded):
        # ... but another nation named beside England is compared with it: "£10.5bn in
        # England, how does that compare with Wales?"
        if not COMPARING.search(folded):
            return ()
        return tuple(place for place in named if place.lower() in _OTHER_NATIONS)
    # Who the asker is ("parent in Norfolk", "SENCO in Kent here") and how things are for them
    # ("our EP waiting list is a year long in Devon") are not what they ask about.
    return tuple(
        place for place in named if _asked_about(place.lower().removeprefix("the "), asked_about)
    )


def _asked_about(place: str, asked_about: Sequence[str]) -> bool:
    """Some clause of `asked_about` names the (folded) place as asked of, not only as where the
    asker is."""
    return any(
        _asked_in_clause(place, clause) and not _where_the_asker_is(place, clause, asked_about)
        for clause in asked_about
    )


# Where the asker is, then how things are for them, in one clause: "I'm in Devon and waiting
# for our inspection", "we're in Kent and desperate for AP".
_RESIDENCE_THEN_STORY = (
    r"\b(?:(?:i|we) (?:\w+ )?(?:live|living|lived|are based|m based)|living|based|i m|im|i am|"
    r"we are) in (?:the )?{place}s? (?:and|but|so|with|where|as|because) \w+"
)

# An asking clause that points back at the asker's own area: "are we in it?", "how many opened
# round here?", "is our council one of them?".
_BACK_AT_THE_ASKER = re.compile(r"\b(?:my|our|ours|we|us|here|locally|nearby|near me)\b")


def _where_the_asker_is(place: str, clause: str, asked_about: Sequence[str]) -> bool:
    """The folded clause says the asker is in `place` and goes on with their story ("I'm in
    Devon and the nearest special school is an hour away, how many opened?"): the place is
    where they are, not what they ask, unless another clause points back at their own area
    ("... how many opened near us?"). A place said bare before the question ("I live in
    Devon, how many special schools opened?") still frames it."""
    if not re.search(_RESIDENCE_THEN_STORY.format(place=re.escape(place)), clause):
        return False
    return not any(_BACK_AT_THE_ASKER.search(other) for other in asked_about if other != clause)


# One school or setting, with where it is: "at a mainstream primary in Bolton", "run a small
# special school in Derby". Said apart from the question, it is where the asker's child or work
# is; "special schools in Devon" (many) may name what is asked.
_ONE_SETTING = (
    r"\b(?:school|primary|secondary|academy|nursery|preschool|pre school|college|pru|setting|"
    r"unit|infant|junior|sixth form) (?:(?:just )?(?:in|near|outside|at|up in|down in) )(?:the )?"
)


def _asked_in_clause(place: str, clause: str) -> bool:
    """The folded clause names `place` as something asked of: it asks, or it does not name the
    place only as where one school or setting is."""
    named = re.escape(place) + "s?"  # "surreys high needs block": Surrey's
    if not re.search(rf"\b{named}\b", clause):
        return False
    return clause_asks(clause) or not re.search(rf"{_ONE_SETTING}{named}\b", clause)


# Who speaks for the whole country: a figure asked of them is not one of the asker's area.
_NATIONAL_ACTOR = re.compile(
    r"\b(?:dfe|department|government|govt|ministers?|nationally|national|england|the country|"
    r"the uk)\b"
)

# The asker's own area, asked about: "is my council in it?", "is the council in it?". Not areas
# in general: "what is there for schools outside the PINS areas?", "do councils pay for it?",
# "how many local authorities are part of it?".
_OWN_AREA = re.compile(
    r"\b(?:my|our|us|we|i|me|near|nearby|local(?! (?:authorities|areas|councils)\b)|locally|"
    r"council|area|la|region|here|there|county|town|city|borough)\b"
)

# A figure asked for the whole: "how many primary schools in total is it to support?". A place
# said only outside the asking clauses does not narrow it, even where the asker lives.
_A_TOTAL = re.compile(
    r"\b(?:in total|total|totals|altogether|all together|overall|in all|combined|all told|"
    r"between them|nationally|nationwide|countrywide|across (?:the (?:whole )?country|england)|"
    # "how many places does that come to?", "what does it all add up to"
    r"add up|adds up|added up|adding up|(?:come|comes|came|coming) to$)\b"
)


def _told_only(text: str, intent: Intent) -> str | None:
    """The asking clauses, folded, when a place said elsewhere in the message only tells where
    the asker is: they ask nothing of the asker's own area, and no figure unless of the
    department or the country, or a total ("I'm in Leeds... how much has the DfE put in?", "I
    run a preschool in Norfolk - does the course cover early identification?", "his primary in
    Stoke is asking about PINS, how many schools in total is it to support?").
    None when a place said anywhere may be what is asked ("I live in Devon, how many special
    schools opened?")."""
    asking = asking_text(text)
    if asking == text:
        return None
    asked = fold_text(asking)
    if _ONLY_IF_RIGHT.match(" ".join(re.findall(r"\w+", asked))):
        return None  # "1,500 new places in Wales - is that right?" asks of what it said before
    # "is my council in it?", "how much is the government giving us?": the asker's own area
    # is what is asked.
    if _OWN_AREA.search(asked):
        return None
    if (
        intent in FIGURE_ASKED
        and not _A_TOTAL.search(asked)
        and (not _NATIONAL_ACTOR.search(asked) or RESIDENCE.search(fold_text(text)))
    ):
        return None  # "I live in Devon, how much is the government spending?" asks of Devon
    return asked


# An asking clause that only asks whether what the message said before it is right ("is that
# right?", "true?", "is it correct"): what it asks of, places and all, is what was said.
_ONLY_IF_RIGHT = re.compile(
    r"^(?:(?:so |and |but )?(?:is|was|are|were) (?:that|this|it|they|these|those) )?"
    r"(?:(?:actually|really|even|still|definitely) )?(?:right|true|correct|accurate|legit)$"
)


# A constituency naming its member ("the rugby mp's answer", "as the MP for Rugby, ...", "my
# constituency of Bolton"): who the asker or the member is, not a place asked about. A place
# said again outside such a phrase ("how many places in Rugby, since the MP for Rugby asked")
# is still asked about.
_MEMBER = r"(?:mps?|member(?: of parliament)?|constituency)"


def _member_phrase(place: str) -> re.Pattern[str]:
    name = re.escape(place.lower().removeprefix("the "))
    return re.compile(
        rf"\b{name}(?:'?s)?\s+{_MEMBER}\b|\b{_MEMBER}\s+(?:for|of)\s+(?:the\s+)?{name}\b"
    )


def _said_apart_from_its_member(place: str, lowered: str) -> bool:
    """Whether `place` is said in the lowered text other than as a constituency."""
    rest = _member_phrase(place).sub(" ", lowered)
    return _said_in(place, rest)


def asked_places(text: str, places: tuple[str, ...], intent: Intent) -> tuple[str, ...]:
    if places and re.search(rf"\b{_MEMBER}\b", text, re.IGNORECASE):
        lowered = text.lower()
        places = tuple(place for place in places if _said_apart_from_its_member(place, lowered))
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


# The words before a place that leave it out of those asked about ("apart from Bedford").
_LEFT_OUT = re.compile(rf"\b{either_of((*SETTING_ASIDE, 'excluding'))}\b", re.I)

_LETTERS = re.compile(r"[A-Za-z]+")


# "surreys high needs block": a place's name with the apostrophe of its "'s" left out (not
# "hulls", a word of its own).
_OWNED_PLACES = {
    f"{place}s": place
    for place in PLACE_WORDS
    if not place.endswith("s") and f"{place}s" not in ENGLISH_WORDS
}


def _named_places(text: str, raw_words: Sequence[str]) -> tuple[str, ...]:
    regions = [
        region.title().replace("The ", "the ").replace(" And ", " and ").replace(" Of ", " of ")
        for region in _REGION.findall(" ".join(raw_words))
    ]
    found = [
        _OWNED_PLACES.get(word, word)
        for word in raw_words
        if word in PLACE_WORDS or word in _OWNED_PLACES
    ]
    if not found:
        return tuple(dict.fromkeys(regions))  # no place word: nothing to write as the asker did
    # As the asker wrote them: "Devon", not "devon".
    written = {word.lower(): word for word in _LETTERS.findall(text)}
    named = [written.get(word, word).capitalize() for word in found]
    return tuple(dict.fromkeys((*regions, *named)))
