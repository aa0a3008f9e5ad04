"""Page furniture: the short lines a captured page adds after the answer (a loading message,
a share link), which drafting drops and no quote may rest on."""

from __future__ import annotations

import re

from sendbot.knowledge.figures import extract_figures

# "•" and its relatives, a dash or star, or "1." / "2)" at the start of a line.
BULLET = re.compile(r"^(?P<indent>\s*)(?:[•·▪‣◦●○■□\u2013\u2014*-]|\d{1,2}[.)])\s+(?=\S)")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
# A trailing line is page furniture when it is this short and has no punctuation or figures.
FURNITURE_MAX_WORDS = 8
FURNITURE_MAX_CHARS = 60


def is_furniture(line: str) -> bool:
    """A line no answer would end with: short, no sentence punctuation, no figures, no bullet.

    An answer's last line ends a sentence, holds a figure, is a bullet or wraps a sentence
    (so starts lower case); a loading message or link text is none of these.
    """
    text = _ELLIPSIS.sub("", line.strip())
    return (
        bool(text)
        and not BULLET.match(line)
        and len(text.split()) <= FURNITURE_MAX_WORDS
        and len(text) <= FURNITURE_MAX_CHARS
        and not re.search(r"[.!?,;:]", text)
        and not text[0].islower()
        and not extract_figures(text)
    )


def without_trailing_furniture(document: str) -> str:
    """The document up to its last line that is not blank and not furniture."""
    lines = document.splitlines()
    end = len(lines)
    while end and (not lines[end - 1].strip() or is_furniture(lines[end - 1])):
        end -= 1
    return "\n".join(lines[:end])
