"""The words that set a thing aside ("apart from Bedford", "other than the NDTi", "except
London"): one list for every rule reading a thing named only to be left out, each adding the
words only its own reading takes. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Every such rule reads these: the thing after them is left out of what is asked.
SETTING_ASIDE = ("apart from", "other than", "besides", "except")


def either_of(words: Iterable[str]) -> str:
    """A regex group matching any of `words` (longest first, so that "except for" is read
    whole before "except")."""
    return "(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + ")"
