"""Questions asking what a rise was, by how much, in the words of a thing: "what's the high
needs increase for 2025/26", "what was the uplift in 2024-25", "what got added to the schools
budget this year". Pure.

Such a question asks the size of the rise, though it says neither "how much" nor "by how
much": a fact telling why the money rose or what it is for (it gives no sum) shares its words
("the increase in high needs funding", "to add money") and may rank first, while the fact
stating the rise's sum ranks close behind it.
"""

from __future__ import annotations

import re

# A year or a time of one: "2025/26" (folded "2025_26"), "this year", "next financial year".
_WHEN = (
    r"(?:(?:19|20)\d\d(?:_\d\d)?|(?:this|next|last|the) (?:financial |academic |school )?"
    r"year|(?:19|20)\d\d ?(?:-|to) ?\d\d)"
)
# What is said after the rise: only when, or where it went ("to high needs"), not what for.
_AFTER = (
    rf"(?:\s*(?:[?!.,]|$)|\s+(?:(?:for|in|of) )?(?:the )?{_WHEN}\b"
    r"|\s+(?:to|in) (?!(?:help|pay|cover|meet|fund|support|tackle|deal)\b)"
    r"(?:the )?(?:[\w'-]+ ){0,3}?(?:budgets?|funding|money|block|grant|needs)\b"
    rf"(?: (?:for|in) (?:the )?{_WHEN}\b)?\s*(?:[?!.,]|$)"
    # "... in the lords answer": which written answer says it
    r"|\s+(?:in|from) (?:the |that |this )?(?:[\w'-]+ ){0,2}?(?:answer|reply|response|pq)\s*"
    r"(?:[?!.,]|$))"
)
_SIZE_ASKED = re.compile(
    # "what's the high needs increase for 2025/26", "what was this year's uplift?"
    r"\b(?:what|wat|whats)(?:'s| is| was| s| will be)? (?:the |this |that |their )?"
    r"(?:[\w/'-]+ ){0,4}?(?:increase|rise|uplift|boost|top[- ]?up)"
    + _AFTER
    # "what got added to high needs for 2025-26", "what has been added to the budget?"
    + r"|\b(?:what|wat|whats|how much)(?:'s| s)? (?:got|get|gets|was|were|is|has been|have "
    r"been|had been|is being|will be) added (?:on )?to\b"
)
# Words asking why or what for: "what is the increase for?", "what's the rise meant to do".
_PURPOSE_OR_CAUSE = re.compile(
    r"\b(?:why|reason|reasons|meant|supposed|intended|aim|aimed|purpose|point|goal|help|"
    r"pay for|used for|spent on|go on|goes on|cover)\b|\bfor\s*[?!.]*$"
)


def asks_the_size_of_a_change(text: str) -> bool:
    """Whether the (lower-case) text asks what a rise or addition was, its size, without
    asking why or what for."""
    return bool(_SIZE_ASKED.search(text)) and not _PURPOSE_OR_CAUSE.search(text)
