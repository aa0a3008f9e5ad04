"""Questions asking which of two sides holds ("could my kid's secondary be in it or is it only
primaries?"), settled by a quote that names the side asked as the only one. Pure.

Asked of one person's case, such a question is answered for everyone by what the scheme is
for: a quote saying it supports "up to 1680 primary schools" says it is only primaries.
"""

from __future__ import annotations

import re

from sendbot.answering.normalise import singular, stem

# "... or is it only primaries", "or just for primary schools", "or only secondaries": the one
# side the asker thinks it may be limited to.
_ONLY_ONE_SIDE = re.compile(
    r"\bor (?:is it |are they |is that |is this )?(?:only|just) (?:for |in |at )?(?:the )?"
    r"([a-z]+)"
)


def side_named(text: str, own_terms: frozenset[str]) -> bool:
    """The question asks whether it is only one side, and the quote's own words name it."""
    found = _ONLY_ONE_SIDE.search(text.lower())
    if found is None:
        return False
    side = found.group(1)
    forms = {stem(side), stem(singular(side)), singular(side)}
    before = {stem(singular(word)) for word in re.findall(r"[a-z]+", text.lower()[: found.start()])}
    if forms & before:
        # "can a TA do the npq senco or is it only for sencos": the side is in the name of
        # what is asked about, so the quote naming it says nothing of who may take part
        return False
    return bool(forms & own_terms)
