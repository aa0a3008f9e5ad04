"""Autocomplete for question and fact options: what the user has typed -> at most 25 choices.

Pure and fast: a `ChoiceList` is built once per index (the knowledge base's known questions
and fact titles, or its facts by id) and searched with rapidfuzz on every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from sendbot.answering.match import FactIndex

MAX_CHOICES = 25  # Discord's limit on autocomplete choices
NAME_LIMIT = 100  # ... and on a choice's name and (string) value
# WRatio scores a short prefix of a long question highly ("special sch" vs "how many special
# schools opened?"), so a fairly high cutoff still lets partial typing through.
SCORE_CUTOFF = 60.0


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
        self.default: tuple[Choice, ...] = tuple(default or self.choices)[:MAX_CHOICES]

    def __len__(self) -> int:
        return len(self.choices)

    def complete(self, typed: str, limit: int = MAX_CHOICES) -> list[Choice]:
        limit = min(limit, MAX_CHOICES)
        query = utils.default_process(typed)
        if not query:
            return list(self.default[:limit])
        found = process.extract(
            query,
            self._keys,
            scorer=fuzz.WRatio,
            processor=None,  # keys were processed above, the query just now
            score_cutoff=SCORE_CUTOFF,
            limit=limit * 2,
        )
        # What was typed, found as it is, beats a fuzzy near-miss ("ehcp" before "ep ...").
        found.sort(key=lambda hit: query not in hit[0])
        return [self.choices[position] for _, _, position in found[:limit]]

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
