"""Where a quoted value whose closing quote is missing began. Pure.

`quote: "David Johnston` with no closing mark runs on until the next `"` in the file, perhaps
thirty lines down, swallowing the keys between; PyYAML then stumbles there, and `kb check`
named that line, which looks right to the person reading it. The slip is where the runaway
value opened.
"""

from __future__ import annotations

import re

import yaml

# A line that reads as a key of the file ("questions:", "- value: 3"), not as text of a value.
_KEY_LINE = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*:(?:\s|$)")


def runaway_quote_start(text: str, error_line: int) -> tuple[int, int] | None:
    """The 0-based line and column where a quoted value opened that ran over key lines to end on
    `error_line` (0-based), where PyYAML stumbled; None when there is none."""
    lines = text.splitlines()
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line > error_line:
                break
            if not isinstance(token, yaml.ScalarToken) or token.style not in ('"', "'"):
                continue
            start, end = token.start_mark.line, token.end_mark.line
            if start < end == error_line and any(
                _KEY_LINE.match(line) for line in lines[start + 1 : end + 1]
            ):
                found = (start, token.start_mark.column)
    except yaml.YAMLError:
        pass  # the tokens read so far are the ones before the slip
    return found
