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


# A question in quotation marks, as a moderator pastes what someone asked: the marks are no
# part of it. Not one holding that mark inside (`"high needs" or "core" budget?`).
_WRAPPED = re.compile(r"""^(["'])([^"']*[^"'\s][^"']*)\1([?!.]*)$""")


def tidy_question(question: str) -> str:
    """A question as it is kept: white space runs as one space, and quotation marks around
    the whole of it taken off (`"how much went to PINS?"` -> `how much went to PINS?`)."""
    text = " ".join(question.split())
    # one character for one, so the match's positions are the text's
    wrapped = _WRAPPED.match(text.translate(_TYPOGRAPHIC))
    if wrapped is None:
        return text
    return text[wrapped.start(2) : wrapped.end(2)].strip() + wrapped[3]


def tidy_tag(tag: str) -> str:
    """A tag as it is kept: lower case, inner spaces as hyphens (`Special Schools` ->
    `special-schools`), as a moderator types one on the command line or in the Discord form."""
    return "-".join(tag.strip().lower().split())


def question_key(question: str) -> str:
    """Questions that differ only in case, spacing, end punctuation or the quotation marks
    around them are the same question."""
    return " ".join(fold(tidy_question(question)).casefold().split()).strip(" ?!.")
