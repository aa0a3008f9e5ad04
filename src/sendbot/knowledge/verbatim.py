"""The one comparison that decides whether a quote is verbatim in its source, and the one that
decides whether two questions are the same question."""

from __future__ import annotations

import re
import unicodedata

# Typographic forms that people cannot type on most keyboards, folded to what they would type.
_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_WHITESPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFKC, typographic quotes and dashes to ASCII, white space runs to one space. Nothing else."""
    folded = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC)
    return _WHITESPACE.sub(" ", folded).strip()


def is_verbatim(quote: str, document: str) -> bool:
    """Whether `quote` occurs in `document`, compared after `fold` only."""
    folded = fold(quote)
    return bool(folded) and folded in fold(document)


def question_key(question: str) -> str:
    """Questions that differ only in case, spacing or end punctuation are the same question."""
    return " ".join(fold(question).casefold().split()).strip(" ?!.")
