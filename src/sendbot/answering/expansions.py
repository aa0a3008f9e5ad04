"""What the sources spell out: "Special Educational Needs and Disabilities (SEND)" in a quote
answers "what does SEND stand for?" with that quote. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping, Sequence

from sendbot.answering.english_words import ENGLISH_WORDS
from sendbot.answering.normalise import ACRONYM_JOINERS, POINTING_WORDS, STOPWORDS
from sendbot.knowledge.model import Fact

# A word of emphasis a question may put between the letters and what it asks of them: "what
# do SEND and AP actually stand for", "what does AP really mean".
_STRESSED = r"(?:(?:actually|really|exactly|even|precisely|officially) )?"

# "AP stands for?", "whats AP short for", "what do SEND and AP stand for": the letters asked
# about come right before the asking words, wherever the question word is.
_STANDS_FOR = re.compile(rf"\b((?:\w+ and )?\w+) {_STRESSED}(?:stands? for|(?:is )?short for)\b")

# "Alternative Provision (AP)": words before an acronym in brackets.
# (A comma may follow a word: "Education, Health and Care (EHC)".)
_SPELT_OUT = re.compile(r"((?:[\w'\u2019-]+,?\s+){1,10})\(([A-Z]{2,6})\)")


def expansion(words_before: Sequence[str], acronym: str) -> str | None:
    """The words spelling `acronym` out, ending just before it: their capital initials are its
    letters in order, small joining words between them left out ("Partnerships for Inclusion
    of Neurodiversity in Schools" for PINS); None when they do not spell it. A word may give
    its first two letters, as "coordinator" gives the CO of SENCO ("special educational needs
    coordinator"), when other words give the rest."""
    letters = acronym
    taken: list[str] = []
    spelling = 0  # the words that gave letters
    two_from_one = False
    for word in reversed(words_before):
        if not letters:
            break
        # Capitals or not: "dedicated schools grant (DSG)" spells DSG out as well.
        if word[:1].upper() == letters[-1]:
            letters = letters[:-1]
        elif word.lower() in ACRONYM_JOINERS and taken:
            taken.append(word)
            continue
        elif word[:2].upper() == letters[-2:]:
            letters = letters[:-2]
            two_from_one = True
        else:
            return None
        taken.append(word)
        spelling += 1
    if letters or (two_from_one and spelling < 2):
        return None
    return " ".join(reversed(taken))


# Letters a question may ask the meaning of: "npq", "ehcp".
_LETTERS = re.compile(r"[a-z]{2,6}")


def spelt_by_initials(quote: str, acronym: str) -> str | None:
    """The words of `quote` whose initials spell `acronym` though no brackets name it: "what
    does NPQ stand for?" of "a new National Professional Qualification for ...". Capital
    initials tell a name from everyday words that happen to begin with its letters: all the
    words that give letters but one are capitalised ("an Education, Health and Care plan" for
    EHCP). The first such run; None when there is none."""
    written = quote.split()
    words = [word.strip(".,;:()\"'\u2018\u2019") for word in written]
    letters = acronym.upper()
    for end, word in enumerate(words):
        if not word or word[:1].upper() != letters[-1]:
            continue
        spelt = expansion(words[: end + 1], letters)
        if spelt is None:
            continue
        giving = [part for part in spelt.split() if part.lower() not in ACRONYM_JOINERS]
        capitalised = sum(part[:1].isupper() for part in giving)
        if capitalised >= max(2, len(giving) - 1):
            # As the quote writes them, commas and all: "Education, Health and Care plan"
            # (not the quotation mark opening a name the quote puts in quotes).
            said = " ".join([*written[end + 1 - len(spelt.split()) : end], word])
            return said.lstrip("(\"'\u2018\u201c")
    return None


def letters_before_asking(text: str) -> str | None:
    """The word (folded) just before "stands for" or "short for": "ehcp" of "ehcp stands for
    what exactly"; None when there is none or it only points back ("what does it stand for")."""
    found = _STANDS_FOR.search(text)
    if found is None:
        return None
    word = found[1].split()[-1]
    return None if word in POINTING_WORDS else word


def spelt_by_initials_in(facts: Sequence[Fact], letters: str | None) -> int | None:
    """The position of the first fact whose quote spells `letters` (folded) by capital
    initials (`spelt_by_initials`); None when none does, or when a quote writes the letters
    themselves: a source that uses "CP 800" as a name has not said that CP is its Change
    Programme."""
    if not letters or not _LETTERS.fullmatch(letters):
        return None
    written = re.compile(rf"\b{letters}\b", re.IGNORECASE)
    if any(written.search(fact.quote) for fact in facts):
        return None
    return next(
        (at for at, fact in enumerate(facts) if spelt_by_initials(fact.quote, letters)), None
    )


def acronyms(quote: str) -> frozenset[str]:
    """The acronyms `quote` spells out, folded ("send", "ap")."""
    return frozenset(
        match.group(2).lower()
        for match in _SPELT_OUT.finditer(quote)
        if expansion(match.group(1).split(), match.group(2))
    )


def spelt_out_line(question: str, fact: Fact) -> str | None:
    """'SEND stands for Special Educational Needs and Disabilities.': each acronym the question
    names that the fact spells out, in its quote's own words, said first so that the reply
    answers what was asked before it shows the quote; None when it spells none of them."""
    named = frozenset(re.findall(r"[a-z]+", question.lower()))
    said: dict[str, str] = {}
    for acronym, words in _spellings(fact):
        if acronym.lower() in named and acronym not in said:
            said[acronym] = words.rstrip(",")
    if not said:
        # No brackets: the letters asked, spelt by the quote's capitalised words: a word the
        # question writes in capitals, though it is English too ("PINS"), and no small word
        # ("is it in schools": "in" is no letters asked).
        capitals = frozenset(word.lower() for word in re.findall(r"\b[A-Z]{2,}\b", question))
        for word in sorted(named, key=question.lower().index):
            if _LETTERS.fullmatch(word) and (
                word in capitals or (word not in ENGLISH_WORDS and word not in STOPWORDS)
            ):
                initials = spelt_by_initials(fact.quote, word)
                if initials:
                    said.setdefault(word.upper(), initials)
    return " ".join(f"{acronym} stands for {words}." for acronym, words in said.items()) or None


def _spellings(fact: Fact) -> Iterator[tuple[str, str]]:
    """Each acronym the fact's quote spells out, with the words that spell it: in brackets
    after their words in the quote, or only in the statement when the quote holds the same
    words ("early years special educational needs coordinator (SENCO) training" stated of a
    quote saying "Special Educational Needs Coordinator training", the source never writing
    SENCO). The quote's first."""
    for text in (fact.quote, fact.statement):
        for match in _SPELT_OUT.finditer(text):
            words = expansion(match.group(1).split(), match.group(2))
            if words and (text is fact.quote or words.lower() in fact.quote.lower()):
                yield match.group(2), words


def _spelt_in_quote(fact: Fact) -> frozenset[str]:
    """The acronyms (folded) the fact's quote spells out (`_spellings`)."""
    return frozenset(acronym.lower() for acronym, _ in _spellings(fact))


def spelt_out(facts: Sequence[Fact]) -> dict[str, tuple[int, ...]]:
    """Each acronym the facts' quotes spell out (folded: "send") -> the positions of the facts
    that do, in order."""
    found: dict[str, list[int]] = {}
    for position, fact in enumerate(facts):
        for acronym in _spelt_in_quote(fact):
            found.setdefault(acronym, []).append(position)
    return {acronym: tuple(positions) for acronym, positions in found.items()}


# Pointing words that stand for more than one thing named before.
_PLURAL_POINTING = frozenset({"they", "them", "these", "those"})
# Words counting what is pointed at: "what do those two stand for", "both of them", "all three".
_COUNTING = frozenset({"both", "two", "three", "all", "of", "the"})
_PLURAL_COUNTS = frozenset({"both", "two", "three", "all"})


def acronyms_asked(
    text: str, subject: str, written: Mapping[str, str], known: Container[str]
) -> tuple[str, ...]:
    """The `known` acronyms (folded) a "what does X stand for" question asks about: the
    subject read, else the words before "stand(s) for" or "short for"; a pronoun is the one
    known acronym the message writes in capitals, when it writes just one. Empty when none
    can be told."""
    found = _STANDS_FOR.search(text)
    for reading in (subject.lower(), found[1] if found else ""):
        named = [word for word in reading.split() if word != "and"]
        if _PLURAL_COUNTS.intersection(named) and not set(named) - _COUNTING - POINTING_WORDS:
            # "what do those two actually stand for", "both of them": each of those named
            named = [word for word in named if word not in _COUNTING] or ["they"]
            if not _PLURAL_POINTING.issuperset(named):
                return ()
        if named and all(word in POINTING_WORDS for word in named):
            # "everyone keeps saying SEND, what does it stand for?": the letters named before
            capitals = [
                word
                for word, as_written in written.items()
                if word in known and as_written.isupper() and as_written.isalpha()
            ]
            if len(capitals) == 1:
                return (capitals[0],)
            # "everyone keeps saying SEND and AP, what do they stand for?": each of them
            if capitals and _PLURAL_POINTING.issuperset(named):
                return tuple(capitals)
        elif named and all(word in known for word in named):
            return tuple(named)
    return ()


# Other ways of asking what letters written as letters stand for, each naming them: "what
# does AP mean in all this", "the meaning of SEND and AP", "whats the AP in SEND and AP".
_LETTERS_NAMED = (
    re.compile(
        r"\bwhat (?:does|do) (?:the letters? )?(?P<named>\w+(?: and \w+)?) "
        rf"{_STRESSED}(?:mean|stand for)\b"
    ),
    re.compile(r"\bmeaning of (?P<named>\w+(?: and \w+)?)\b"),
    re.compile(r"\bwhat ?s the (?P<named>\w+) in (?P<within>\w+(?: and \w+)?)\b"),
)
# ... or pointing at the letters the message writes: "SEND and AP = ? full words pls", "no
# clue what the letters mean, can you spell them out?".
_LETTERS_POINTED_AT = re.compile(
    r"\b(?:full words|full forms?|spell (?:it|them|those|these|that) out|"
    r"what (?:do |does )?(?:the|those|these) letters (?:do |does )?"
    rf"{_STRESSED}(?:mean|stand for))\b"
)
# More acronyms than this written in one message is a list, not the letters asked about.
MOST_POINTED_AT = 3


def letters_asked(text: str, written: Mapping[str, str], known: Container[str]) -> tuple[str, ...]:
    """The `known` acronyms (folded) a question asks the meaning of in other words than "stand
    for": named in capitals as the letters asked about, or the ones the message writes in
    capitals when it asks for them spelt out. Empty when none can be told. `text`: the
    question folded; `written`: each folded word as the message wrote it."""

    def letters(words: str) -> list[str]:
        return [word for word in words.split() if word != "and"]

    def in_capitals(words: list[str]) -> bool:
        return bool(words) and all(
            word in known and written.get(word, "").isupper() for word in words
        )

    for pattern in _LETTERS_NAMED:
        found = pattern.search(text)
        if found is None:
            continue
        named = letters(found["named"])
        within = letters(found.groupdict().get("within") or "")
        if in_capitals(named) and (not found.groupdict().get("within") or in_capitals(within)):
            return tuple(named)
    if _LETTERS_POINTED_AT.search(text):
        capitals = [
            word
            for word, as_written in written.items()
            if word in known and as_written.isupper() and as_written.isalpha()
        ]
        if 0 < len(capitals) <= MOST_POINTED_AT:
            return tuple(capitals)
        # "ap and send, what do those letters stand for": typed in small letters, the acronyms the
        # message names are still the letters it asks about, when it writes none in capitals.
        named = [word for word in written if word in known]
        if not capitals and 0 < len(named) <= MOST_POINTED_AT:
            return tuple(named)
    return ()


def spelling_out_all(asked: Sequence[str], spelt: Mapping[str, tuple[int, ...]]) -> int | None:
    """The first fact (by position) whose quote spells out every acronym asked; None if none."""
    if not asked:
        return None
    common = set(spelt.get(asked[0], ()))
    for acronym in asked[1:]:
        common &= set(spelt.get(acronym, ()))
    return min(common) if common else None
