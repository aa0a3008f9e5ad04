"""A day as every reply and message writes it: "8 February 2024" (no leading zero).

Here, below everything that names a date (replies, the matcher, drafted records, the
Written Questions API's text, the command line), so that none of them keeps its own copy.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=4096)
def human_date(day: dt.date) -> str:
    # Cached: a reply names a few dates, over and over, and strftime is slow.
    return f"{day.day} {day:%B %Y}"
