"""Autocomplete for question and fact options: what the user has typed -> at most 25 choices.

Pure and fast: a `ChoiceList` is built once per index (the knowledge base's known questions
and fact titles, or its facts by id) and searched with rapidfuzz on every keystroke. A short
list is scored whole; a long one (a real archive has tens of thousands of questions) is first
narrowed to the few hundred choices that hold what was typed, or share its words, so a
keystroke stays within a few milliseconds at any size.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from sendbot.answering.fact_index import FactIndex

MAX_CHOICES = 25  # Discord's limit on autocomplete choices
NAME_LIMIT = 100  # ... and on a choice's name and (string) value
# WRatio scores a short prefix of a long question highly ("special sch" vs "how many special
# schools opened?"), so a fairly high cutoff still lets partial typing through.
SCORE_CUTOFF = 60.0
# Up to this many choices are all scored on each keystroke (about a millisecond); a longer
# list is narrowed to this many first.
SCORE_ALL_LIMIT = 1_500
NARROWED = 200
# A word in more than this share of the choices ("how", "many") narrows nothing.
COMMON_SHARE = 0.25
TYPO_CUTOFF = 75.0  # a typed word this close to a known word counts as that word
MIN_TYPO_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Choice:
    name: str
    value: str


def _short(text: str) -> str:
    """Discord rejects names over 100 characters; cut on a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= NAME_LIMIT:
        return text
    cut = text[: NAME_LIMIT - 1]
    return cut[: cut.rfind(" ")] + "…" if " " in cut else cut + "…"


class _Narrower:
    """Which of many keys are worth scoring: those holding the typed text as it is, then
    those sharing the most of its words (the last one may be half typed, or misspelt)."""

    def __init__(self, keys: Sequence[str]) -> None:
        # Processed keys hold no newline: one string searched at C speed for what was typed.
        self._text = "\n".join(keys)
        self._starts: list[int] = []
        offset = 0
        for key in keys:
            self._starts.append(offset)
            offset += len(key) + 1
        postings: dict[str, list[int]] = {}
        for position, key in enumerate(keys):
            for word in dict.fromkeys(key.split()):
                postings.setdefault(word, []).append(position)
        self._common = COMMON_SHARE * len(keys)
        self._postings = postings
        self._vocabulary = sorted(postings)
        self._spelt = [word for word in self._vocabulary if word.isalpha()]

    def narrow(self, query: str, limit: int) -> list[int]:
        found = dict.fromkeys(self._containing(query, limit))
        if len(found) < limit:
            for position in self._sharing_words(query, limit):
                found.setdefault(position)
                if len(found) == limit:
                    break
        return list(found)

    def _containing(self, query: str, limit: int) -> list[int]:
        positions: list[int] = []
        at = self._text.find(query)
        while at >= 0 and len(positions) < limit:
            position = bisect_right(self._starts, at) - 1
            positions.append(position)
            if position + 1 == len(self._starts):
                break
            at = self._text.find(query, self._starts[position + 1])
        return positions

    def _sharing_words(self, query: str, limit: int) -> list[int]:
        """Keys holding every typed word first, then those holding the rarest ones."""
        words = query.split()
        groups = []
        for number, word in enumerate(words):
            owners = [
                position
                for known in self._known(word, prefix=number == len(words) - 1)
                if len(self._postings[known]) <= self._common
                for position in self._postings[known]
            ]
            if owners:
                groups.append(owners)
        if not groups:
            return []
        groups.sort(key=len)
        every = set(groups[0]).intersection(*groups[1:])
        found = dict.fromkeys(heapq.nsmallest(limit, every))  # in list order
        for owners in groups:
            for position in owners:
                if len(found) >= limit:
                    return list(found)
                found.setdefault(position)
        return list(found)

    def _known(self, word: str, *, prefix: bool) -> list[str]:
        """The known words a typed word stands for: itself, the words it begins (the last
        word may be half typed), or the nearest spelling."""
        if word in self._postings and not prefix:
            return [word]
        if prefix:
            start = bisect_left(self._vocabulary, word)
            end = bisect_right(self._vocabulary, word + "\uffff", lo=start)
            if start < end:
                return self._vocabulary[start : min(end, start + 20)]
        if len(word) >= MIN_TYPO_LENGTH and word.isalpha():
            nearest = process.extractOne(
                word, self._spelt, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
            )
            if nearest is not None:
                return [nearest[0]]
        return []


class ChoiceList:
    """Choices with their search keys processed once, so a lookup is a single extract."""

    def __init__(
        self,
        choices: Iterable[Choice],
        keys: Iterable[str] | None = None,
        *,
        default: Sequence[Choice] | None = None,
    ) -> None:
        self.choices: tuple[Choice, ...] = tuple(choices)
        raw_keys = tuple(keys) if keys is not None else tuple(c.name for c in self.choices)
        if len(raw_keys) != len(self.choices):
            raise ValueError("one search key per choice")
        self._keys = [utils.default_process(key) for key in raw_keys]
        self._narrower = _Narrower(self._keys) if len(self._keys) > SCORE_ALL_LIMIT else None
        self.default: tuple[Choice, ...] = tuple(default or self.choices)[:MAX_CHOICES]

    def __len__(self) -> int:
        return len(self.choices)

    def complete(self, typed: str, limit: int = MAX_CHOICES) -> list[Choice]:
        limit = min(limit, MAX_CHOICES)
        query = utils.default_process(typed)
        if not query:
            return list(self.default[:limit])
        keys, positions = self._candidates(query)
        found = process.extract(
            query,
            keys,
            scorer=fuzz.WRatio,
            processor=None,  # keys were processed above, the query just now
            score_cutoff=SCORE_CUTOFF,
            limit=limit * 2,
        )
        # What was typed, found as it is, beats a fuzzy near-miss ("ehcp" before "ep ...").
        found.sort(key=lambda hit: query not in hit[0])
        return [self.choices[positions[index]] for _, _, index in found[:limit]]

    def _candidates(self, query: str) -> tuple[Sequence[str], Sequence[int]]:
        """The keys worth scoring, and where each is in the list."""
        if self._narrower is None:
            return self._keys, range(len(self._keys))
        positions = self._narrower.narrow(query, NARROWED)
        return [self._keys[position] for position in positions], positions

    @classmethod
    def questions(cls, index: FactIndex) -> ChoiceList:
        """Known questions and fact titles; the value is the text itself, asked as typed."""
        seen: dict[str, Choice] = {}
        firsts: list[Choice] = []
        for fact in index.facts:
            texts = [*fact.questions, *([fact.title] if fact.title else [])]
            for number, text in enumerate(texts):
                text = " ".join(text.split())
                if not text or len(text) > NAME_LIMIT or text.casefold() in seen:
                    continue
                choice = Choice(text, text)
                seen[text.casefold()] = choice
                if number == 0:
                    firsts.append(choice)
        return cls(seen.values(), default=firsts)

    @classmethod
    def facts(cls, index: FactIndex) -> ChoiceList:
        """Facts by id, shown by their label; the id and the label are both searched."""
        choices = [Choice(_short(f"{fact.label} ({fact.id})"), fact.id) for fact in index.facts]
        keys = [f"{fact.id} {fact.label}" for fact in index.facts]
        return cls(choices, keys)

    @classmethod
    def of(cls, names: Iterable[str]) -> ChoiceList:
        """Plain values, such as tags."""
        return cls(Choice(_short(name), name) for name in names if len(name) <= NAME_LIMIT)
